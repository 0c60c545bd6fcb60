"""When to bring in a lead: `escalate(case, playbook)` gives the decision, the reasons (each
citing the client's words), the line to say to the client, and a handoff note for the lead.

>>> from calmdesk.case import Case
>>> from calmdesk.message import Message
>>> from calmdesk.playbook import default_playbook
>>> result = escalate(Case((Message("Third time asking. Get me your manager."),)),
...                   default_playbook())
>>> result.decision, [reason.kind for reason in result.reasons]
('required', ['manager_request', 'repeat_contact'])
"""

from __future__ import annotations

from datetime import datetime, timedelta

from calmdesk.case import Case, prepare_with_documents
from calmdesk.commitments.calendar import business_calendar
from calmdesk.escalation.handoff import aware, build_handoff, render_markdown
from calmdesk.escalation.policy import client_messages, decide, find_reasons, owners
from calmdesk.escalation.scripts import client_line, seed_of, when_phrase
from calmdesk.escalation.values import (
    DECISIONS,
    REASON_KINDS,
    Detail,
    Escalation,
    Handoff,
    HeatPoint,
    Promise,
    Quote,
    Reason,
    TimelineEntry,
)
from calmdesk.playbook.model import Playbook

# Working hours a lead needs to pick a case up; the client is told to expect news by then.
LEAD_REPLY_HOURS = 2.0


def escalate(case: Case, playbook: Playbook, now: datetime | None = None) -> Escalation:
    """Decide whether to bring in a lead, say why, give the client line and the handoff note.

    A pure function of the case, the playbook and `now` (used only to flag overdue promises and
    to say by when the client will hear back; naive times are the playbook's local time).
    Readings and promises stored in the case are used as they are; missing ones are worked out.
    Raises `InputError` for an empty case, a case with only rep messages, or a client message
    with nothing to read.
    """
    prepared, documents = prepare_with_documents(case, playbook)
    reasons = find_reasons(prepared, playbook)
    decision = decide(reasons)
    reply_by, when = _reply_by(now, playbook) if decision != "none" else (None, None)
    if reply_by is not None and when is not None and _elsewhere(prepared, reply_by):
        when = f"{when} ({reply_by.tzname()})"  # the client writes from another zone
    line = ""
    if decision != "none":
        names = (c.reading.client_name for c in reversed(client_messages(prepared)))
        name = next((found for found in names if found), None)
        line = client_line(
            reasons[0].kind, seed_of(_seed_key(prepared)), playbook.escalation.scripts, name, when
        )
    handoff = build_handoff(prepared, reasons, playbook, now, documents)
    return Escalation(decision, reasons, line, reply_by, handoff)


def _seed_key(case: Case) -> str:
    """What makes a case itself: its id, else the client's first message and when it came."""
    if case.id:
        return f"id:{case.id}"
    first = next(m for m in case.messages if m.role == "client")
    when = first.sent_at.isoformat() if first.sent_at else ""
    return f"first:{when}:{first.text}"


def _reply_by(now: datetime | None, playbook: Playbook) -> tuple[datetime | None, str | None]:
    """When the client will hear back, and how to say it; (None, None) without `now` or hours."""
    hours = getattr(playbook, "hours", None)
    if now is None or hours is None:
        return None, None
    calendar = business_calendar(hours)
    start = calendar.local(aware(now, calendar.zone) or now)
    reply_by = _round_up(calendar.add_business_hours(start, LEAD_REPLY_HOURS))
    return reply_by, when_phrase(reply_by, start)


def _elsewhere(case: Case, moment: datetime) -> bool:
    """True when the client's latest timed message has another UTC offset than `moment`."""
    times = [m.sent_at for m in case.messages if m.role == "client" and m.sent_at is not None]
    if not times or times[-1].tzinfo is None:
        return False
    return times[-1].utcoffset() != moment.utcoffset()


def _round_up(moment: datetime) -> datetime:
    """The next half hour: '1:30 pm' is a time a person promises, '1:05 pm' is not."""
    extra = (-moment.minute) % 30
    if extra == 0 and not (moment.second or moment.microsecond):
        return moment
    whole = moment.replace(second=0, microsecond=0)
    return whole + timedelta(minutes=extra or 30)


__all__ = [
    "DECISIONS",
    "LEAD_REPLY_HOURS",
    "REASON_KINDS",
    "Detail",
    "Escalation",
    "Handoff",
    "HeatPoint",
    "Promise",
    "Quote",
    "Reason",
    "TimelineEntry",
    "escalate",
    "owners",
    "render_markdown",
]
