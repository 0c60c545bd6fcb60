"""The client's deadlines, placed on the calendar: "we need it by Friday", "within the hour".

The reader finds a hard deadline as a trigger with the client's words; here its time words are
read the way a promise's are (`calmdesk.commitments.timing`), counted from when the message was
sent, so the handoff can say when the deadline falls and the line to the client never promises
news after it.

>>> from datetime import datetime
>>> from calmdesk.case import Case, prepare
>>> from calmdesk.message import Message
>>> from calmdesk.playbook import default_playbook
>>> playbook = default_playbook()
>>> sent = datetime(2026, 11, 24, 10, 0)
>>> case = prepare(Case((Message("I need a call within the hour.", sent_at=sent),)), playbook)
>>> [(d.span.text, d.due_at.strftime("%H:%M")) for d in client_deadlines(case, playbook, sent)]
[('need a call within the hour', '11:00')]
"""

from __future__ import annotations

from datetime import datetime

from calmdesk.case import Case
from calmdesk.commitments.calendar import BusinessCalendar, business_calendar
from calmdesk.commitments.deadlines import deadline_at, names_a_time
from calmdesk.escalation.policy import client_messages
from calmdesk.escalation.values import Deadline
from calmdesk.playbook.model import Playbook
from calmdesk.text import Span

DEADLINE = "hard_deadline"


def client_deadlines(case: Case, playbook: Playbook, now: datetime | None) -> tuple[Deadline, ...]:
    """Every hard deadline the client named in a prepared case, in the order they said them.

    A deadline is counted from its message's time; the newest client message without a time is
    taken as sent at `now`. Without business hours nothing can be placed, and none are given.
    """
    hours = getattr(playbook, "hours", None)
    if hours is None:
        return ()
    calendar = business_calendar(hours)
    current = _local(now, calendar) if now is not None else None
    clients = client_messages(case)
    found: list[Deadline] = []
    for position, client in enumerate(clients):
        sent_at = case.messages[client.index].sent_at
        newest = position == len(clients) - 1
        sent = _local(sent_at, calendar) if sent_at is not None else (current if newest else None)
        for trigger in client.reading.triggers:
            if trigger.name == DEADLINE:
                found.append(_placed(client.index, trigger.span, sent, current, calendar))
    return tuple(found)


def _placed(
    index: int,
    span: Span,
    sent: datetime | None,
    now: datetime | None,
    calendar: BusinessCalendar,
) -> Deadline:
    if not names_a_time(span.text):
        return Deadline(index, span, None, False, "no time named")
    if sent is None:
        return Deadline(index, span, None, False, "the message has no time to count from")
    at, note = deadline_at(span.text, sent, calendar)
    passed = at is not None and now is not None and at < now
    return Deadline(index, span, at, passed, note)


def _local(moment: datetime, calendar: BusinessCalendar) -> datetime:
    """`moment` in the team's zone; a naive time is read as the team's local time."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=calendar.zone)
    return moment.astimezone(calendar.zone)


def earliest_ahead(deadlines: tuple[Deadline, ...]) -> Deadline | None:
    """The soonest deadline that has a time and has not passed, if any."""
    ahead = [d for d in deadlines if d.due_at is not None and not d.passed]
    return min(ahead, key=lambda d: d.due_at or datetime.max, default=None)


__all__ = ["DEADLINE", "client_deadlines", "earliest_ahead"]
