"""Promises in a sent reply, turned into follow-ups with due times.

>>> from datetime import datetime
>>> from calmdesk.playbook.model import BusinessHours
>>> from calmdesk.commitments.promises import find
>>> hours = BusinessHours("America/New_York", "09:00", "17:00",
...                       ("mon", "tue", "wed", "thu", "fri"), "US")
>>> [c] = find("We'll ship the replacement tomorrow.", datetime(2026, 11, 24, 10), hours)
>>> c.owner, c.kind, c.due_at.isoformat()
('team', 'replacement', '2026-11-25T17:00:00-05:00')
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from calmdesk.commitments.promises import find
from calmdesk.commitments.values import KINDS, OWNERS, Commitment
from calmdesk.errors import PlaybookError
from calmdesk.playbook.model import Playbook
from calmdesk.text import Document, normalise


def commitments(
    reply: str | Document,
    sent_at: datetime,
    playbook: Playbook,
    client_zone: tzinfo | None = None,
) -> tuple[Commitment, ...]:
    """The promises in a sent reply, each with who owes it, what, and when it is due.

    `reply` is the text as sent (or an already normalised `Document`); `sent_at` is when it was
    sent, timezone-aware, or naive meaning the playbook's local time. Due times are in the
    playbook's zone and follow its business hours and holidays. Raises `PlaybookError` when the
    playbook has no usable business hours. `client_zone`, when the client's zone is known, is
    the clock "9am your time" is read on; without it the team's zone is used and the note says so.
    """
    hours = getattr(playbook, "hours", None)
    if hours is None:
        raise PlaybookError(
            f"Playbook '{getattr(playbook, 'name', '?')}' has no business hours; add an [hours] "
            "section (timezone, opens, closes, days) to work out due times."
        )
    if isinstance(reply, str):
        # Promises are read whatever the language, so it is not detected, and from the tokens'
        # starts and lower case only (see `Anchors.of`).
        reply = normalise(reply, playbook.limits.max_chars, tokens=False)
    return find(reply, sent_at, hours, client_zone)


__all__ = ["KINDS", "OWNERS", "Commitment", "commitments"]
