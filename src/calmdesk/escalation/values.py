"""The values `escalate` returns. Plain, frozen, and serialised by `calmdesk.serialise`.

Message indexes count from 0 in the case's `messages`; every span is a pair of character offsets
into that message's text as calmdesk sees it (`normalise(message.text).text`, which is also
`Reading.text`), so `text[span.start:span.end] == span.text`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from calmdesk.commitments.values import Commitment
from calmdesk.text import Span

# How strongly a lead is needed, weakest first.
DECISIONS = ("none", "suggest", "required")

# Why a lead may be needed. Each kind is documented in docs/escalation.md.
REASON_KINDS = (
    "manager_request",
    "refund_above_ceiling",
    "policy_exception",
    "legal_threat",
    "public_threat",
    "abuse",
    "heat_high",
    "heat_rising",
    "repeat_contact",
    "churn_threat",
    "promise_missed",
    "executive_copied",
)


@dataclass(frozen=True, slots=True)
class Reason:
    """One reason to bring in a lead, and the words in the thread that show it.

    `decision` is what this reason alone calls for (`suggest` or `required`); `detail` carries
    the specifics a lead needs (an exception id, an amount against the ceiling), or "".
    """

    kind: str
    decision: str
    message: str
    message_index: int
    span: Span
    detail: str = ""


@dataclass(frozen=True, slots=True)
class Quote:
    """Words from one message: what they show (`name`: a fact, an ask, a step...) and where."""

    name: str
    message_index: int
    span: Span


@dataclass(frozen=True, slots=True)
class Detail:
    """Something the client named (order number, amount, date...), normalised, and where."""

    kind: str
    value: str
    message_index: int
    span: Span


@dataclass(frozen=True, slots=True)
class HeatPoint:
    """The heat of one client message: level 0-4, its label, and the continuous score."""

    message_index: int
    sent_at: datetime | None
    level: int
    label: str
    score: float


@dataclass(frozen=True, slots=True)
class Promise:
    """A promise from a rep message; `overdue` is True when its due time is before `now`."""

    message_index: int
    commitment: Commitment
    overdue: bool


@dataclass(frozen=True, slots=True)
class Deadline:
    """A time the client needs something by, in their words (a hard-deadline trigger).

    `due_at` is the moment the words fall on, in the team's zone, counted from when the message
    was sent (None when they name no time, or the message has no time); `passed` is True when it
    is before `now`. `note` says how it was worked out.
    """

    message_index: int
    span: Span
    due_at: datetime | None
    passed: bool
    note: str


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One message in the timeline: who, on which channel, when, and its opening words."""

    message_index: int
    role: str
    channel: str
    sent_at: datetime | None
    excerpt: str


@dataclass(frozen=True, slots=True)
class Handoff:
    """The internal note a lead reads before taking the case over.

    `owner` is who should take it; `also` who should be told. `tried` are actions in rep
    messages (named for the reply step they serve); `promised` are their dated promises.
    """

    summary: str
    owner: str
    also: tuple[str, ...]
    topic: str
    cause: str | None
    details: tuple[Detail, ...]
    facts: tuple[Quote, ...]
    wants: tuple[Quote, ...]
    risks: tuple[Quote, ...]
    tried: tuple[Quote, ...]
    promised: tuple[Promise, ...]
    heat: tuple[HeatPoint, ...]
    timeline: tuple[TimelineEntry, ...]
    notes: tuple[str, ...]
    deadlines: tuple[Deadline, ...] = ()


@dataclass(frozen=True, slots=True)
class Escalation:
    """Whether to bring in a lead (`decision`), why, what to tell the client, and the handoff.

    `client_line` is "" when the decision is `none`. `reply_by` is when the client was told
    they will hear back (set only when `escalate` is given `now` and the playbook has hours).
    """

    decision: str
    reasons: tuple[Reason, ...]
    client_line: str
    reply_by: datetime | None
    handoff: Handoff
