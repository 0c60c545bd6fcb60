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

import re
from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from calmdesk.case import Case
from calmdesk.commitments.calendar import BusinessCalendar, business_calendar
from calmdesk.commitments.deadlines import deadline_at, names_a_time
from calmdesk.commitments.phrases import JOINER, TIME
from calmdesk.escalation.policy import client_messages
from calmdesk.escalation.values import Deadline
from calmdesk.playbook.model import BusinessHours, Playbook
from calmdesk.text import Span, sentence_around

DEADLINE = "hard_deadline"
# The most words between a deadline and the time words that finish it ("by Monday" + "November
# 30 at 7am", "before our board meeting" + "on Friday"), as between two pieces of a promise's time.
_MAX_GAP = 24
# How far after the deadline's words its time words are looked for ("November 30 at 7am").
_MAX_REACH = 80
_SPACES = re.compile(r"[\s,]*")
# "before our board meeting on Friday": an event named between "before" and its day.
_BEFORE_AN_EVENT = re.compile(
    r"before\s+((?:the|our|my|their|your|a|an)\s+[^,.;!?]{2,40}?)\s+(?:on|this|next)\s",
    re.IGNORECASE,
)
# How `timing` names a day's close when no clock time was said.
_DAY_CLOSE = "end of business day"


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
        text = client.reading.text
        for trigger in client.reading.triggers:
            if trigger.name == DEADLINE:
                span = _with_time_words(text, trigger.span)
                # The client's clock times are on their own clock: "by 7am" from Los Angeles.
                own = _client_calendar(hours, calendar, sent_at) or calendar
                found.append(_placed(client.index, span, sent, current, own))
    return tuple(found)


def _with_time_words(text: str, span: Span) -> Span:
    """The deadline's words with the time words said just after them in the same sentence:
    the reader may stop at "by Monday" in "by Monday November 30 at 7am"."""
    _, stop = sentence_around(text, span.start, span.end)
    stop = min(stop, span.end + _MAX_REACH)
    lowered = text[span.start : stop].lower()
    if len(lowered) != stop - span.start:  # a letter whose lower case is longer: keep the span
        return span
    lowered = " " * span.start + lowered  # same offsets as the text
    end = span.end
    while end < stop:
        # Time words right after the span, or after joining words ("at", "on", ", by").
        spaced = _SPACES.match(lowered, end, stop)
        joined = JOINER.match(lowered, end, stop)
        found = None
        for at in {spaced.end() if spaced else end, joined.end() if joined else end}:
            if at - end <= _MAX_GAP:
                match = TIME.match(lowered, at, stop)
                if match is not None and (found is None or match.end() > found.end()):
                    found = match
        if found is None or found.end() <= end:
            break
        end = found.end()
    return span if end == span.end else Span.of(text, span.start, end)


def _client_calendar(
    hours: BusinessHours, calendar: BusinessCalendar, sent_at: datetime | None
) -> BusinessCalendar | None:
    """The team's calendar on the client's clock, when the client's message carries another
    UTC offset than the team's zone at that moment; None when the clocks agree."""
    if sent_at is None or sent_at.tzinfo is None:
        return None
    offset = sent_at.utcoffset()
    if offset is None or offset == sent_at.astimezone(calendar.zone).utcoffset():
        return None
    key = getattr(sent_at.tzinfo, "key", None)
    if key is None:
        hours_east, rest = divmod(offset, timedelta(hours=1))
        if rest:
            return None  # a fixed offset with minutes has no Etc zone
        # Etc/GMT+8 is eight hours *behind* UTC: POSIX signs are the other way round.
        key = "Etc/GMT" if hours_east == 0 else f"Etc/GMT{-hours_east:+d}"
    try:
        ZoneInfo(key)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return business_calendar(replace(hours, timezone=key))


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
    at, note = deadline_at(span.text, sent.astimezone(calendar.zone), calendar)
    event = _BEFORE_AN_EVENT.match(span.text)
    if at is not None and event and _DAY_CLOSE in note:
        # "before our board meeting on Friday": the meeting is some time that day, so what the
        # client needs is in hand when the day starts, not at its close.
        day = calendar.local(at).date()
        at = calendar.at(day, calendar.opens)
        note = f"before {event.group(1)!r} that day: opening time, {calendar.describe_day(day)}"
    if at is not None and at.tzinfo != sent.tzinfo:
        note = f"{note}, on the client's clock"
        at = at.astimezone(sent.tzinfo)
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
