"""The value `commitments` returns: one promise found in a sent reply, with its due time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from calmdesk.text import Span

OWNERS = ("rep", "team", "client", "third_party")
KINDS = ("update", "delivery", "refund", "call", "replacement", "other")


@dataclass(frozen=True, slots=True)
class Commitment:
    """A promise in a reply: who owes what, and by when.

    `span` is the promise and `phrase` the time words inside it, both offsets into the reply as
    the user sees it (`normalise(reply).text`). `due_at` is timezone-aware in the playbook's zone,
    or None when the promise names no time (`vague` is then True). `note` says how the due time
    was worked out, so a lead can check it.

    >>> from datetime import datetime
    >>> c = Commitment(Span(0, 23, "I'll update you by 3 pm"), "rep", "update",
    ...                datetime(2026, 11, 24, 15, 0), False, Span(16, 23, "by 3 pm"), "3 pm today")
    >>> c.owner, c.phrase.text
    ('rep', 'by 3 pm')
    """

    span: Span
    owner: str
    kind: str
    due_at: datetime | None
    vague: bool
    phrase: Span
    note: str
