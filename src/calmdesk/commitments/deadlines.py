"""A client's deadline in their words ("by Friday", "within the hour"), placed on the calendar.

The time words are read as a promise's are (`timing`): the same day names, clock times and
durations, counted from when the client wrote and resolved in the team's zone and hours.

>>> from datetime import datetime
>>> from calmdesk.commitments.calendar import business_calendar
>>> from calmdesk.playbook.model import BusinessHours
>>> calendar = business_calendar(BusinessHours("America/New_York", "09:00", "17:00",
...                                            ("mon", "tue", "wed", "thu", "fri"), "US"))
>>> sent = datetime(2026, 11, 24, 10, 5, tzinfo=calendar.zone)
>>> at, note = deadline_at("someone on a call within the hour", sent, calendar)
>>> at.strftime("%a %H:%M"), note
('Tue 11:05', '1 hour after sending')
>>> deadline_at("in time for my wedding", sent, calendar)
(None, 'no time named')
"""

from __future__ import annotations

from datetime import datetime

from calmdesk.commitments.calendar import BusinessCalendar
from calmdesk.commitments.phrases import TIME
from calmdesk.commitments.timing import due, read_phrase
from calmdesk.text import lower_in_place


def names_a_time(words: str) -> bool:
    """Whether `words` hold a time phrase at all ("by Friday" does, "for my wedding" does not)."""
    lowered = lower_in_place(words)
    return lowered is not None and TIME.search(lowered) is not None


def deadline_at(
    words: str, sent: datetime, calendar: BusinessCalendar
) -> tuple[datetime | None, str]:
    """When the deadline in `words`, written at `sent`, falls (None when they name no time),
    and how that was worked out."""
    lowered = lower_in_place(words)
    matches = list(TIME.finditer(lowered)) if lowered is not None else []
    if not matches:
        return None, "no time named"
    return due(read_phrase(matches, words), sent, calendar)


def answer_by(deadline: datetime | None, start: datetime, usual: datetime) -> datetime:
    """When to promise news, said at `start` (team time): `usual`, unless the client's
    `deadline` comes first; then the deadline's half hour when that is still ahead of `start`,
    else the deadline itself, to the minute.

    >>> from datetime import timezone
    >>> at = lambda h, m: datetime(2026, 11, 24, h, m, tzinfo=timezone.utc)
    >>> answer_by(at(11, 5), at(10, 5), at(12, 30)).strftime("%H:%M")
    '11:00'
    >>> answer_by(at(10, 20), at(10, 5), at(12, 30)).strftime("%H:%M")
    '10:20'
    """
    if deadline is None or not start < deadline < usual:
        return usual
    exact = deadline.astimezone(start.tzinfo).replace(second=0, microsecond=0)
    half = exact.replace(minute=exact.minute - exact.minute % 30)
    return half if half > start else exact
