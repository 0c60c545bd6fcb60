"""Times a draft names: the next update and two call slots, inside the playbook's business hours.

Built on `calmdesk.commitments.calendar`, so a draft's "by 3 pm" is the same moment the
commitments tracker will later read back from the sent reply. Pure: the moment the reply goes out
is passed in, never read from a clock.

>>> from datetime import datetime
>>> from calmdesk.playbook import default_playbook
>>> hours = default_playbook().hours
>>> saturday_night = datetime(2026, 11, 28, 22, 15)
>>> describe_slots(*call_slots(saturday_night, hours), saturday_night, hours)
'at 10 am or at 2 pm on Monday 30 November (New York time)'
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from calmdesk.commitments.calendar import BusinessCalendar, business_calendar
from calmdesk.commitments.deadlines import answer_by, deadline_at
from calmdesk.playbook.model import BusinessHours

# How long after the reply the first update is due, in working hours.
UPDATE_AFTER_HOURS = 2.0
# The first call slot leaves the rep this much time to prepare; calls last about half an hour.
CALL_LEAD = timedelta(hours=1)
# When the client cannot wait ("someone on a call within the hour"): the first hour that is free.
URGENT_CALL_LEAD = timedelta(minutes=15)
CALL_LENGTH = timedelta(minutes=30)
CALL_GAP = timedelta(hours=4)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def zone_label(hours: BusinessHours) -> str:
    """The team's zone in words: 'America/New_York' -> 'New York time'."""
    return hours.timezone.rsplit("/", 1)[-1].replace("_", " ") + " time"


def local_moment(now: datetime, hours: BusinessHours) -> datetime:
    """`now` in the team's zone; a naive `now` already is the team's local time."""
    calendar = business_calendar(hours)
    if now.tzinfo is None:
        return calendar.at(now.date(), now.time().replace(microsecond=0))
    return calendar.local(now)


def _ceil_hour(moment: datetime, calendar: BusinessCalendar) -> datetime:
    if moment.minute == 0 and moment.second == 0 and moment.microsecond == 0:
        return moment
    hour = moment.replace(minute=0, second=0, microsecond=0)
    return calendar.at(hour.date(), hour.time()) + timedelta(hours=1)


def update_due(now: datetime, hours: BusinessHours, deadline: datetime | None = None) -> datetime:
    """When the next update is promised: two working hours on, on the hour, by closing time;
    by the client's `deadline` when that comes first (its half hour, when still ahead)."""
    calendar = business_calendar(hours)
    start = local_moment(now, hours)
    due = calendar.add_business_hours(start, UPDATE_AFTER_HOURS)
    closing = calendar.at(due.date(), calendar.closes)
    return answer_by(deadline, start, min(_ceil_hour(due, calendar), closing))


def client_deadline(words: list[str], now: datetime, hours: BusinessHours) -> datetime | None:
    """The earliest time among the client's deadlines (`words` of each), counted from `now`."""
    calendar = business_calendar(hours)
    start = local_moment(now, hours)
    times = [at for at, _ in (deadline_at(w, start, calendar) for w in words) if at is not None]
    return min(times, default=None)


def _first_slot_on(
    day: date, earliest: datetime, calendar: BusinessCalendar, urgent: bool = False
) -> datetime | None:
    opening = calendar.at(day, calendar.opens)
    last_start = calendar.at(day, calendar.closes) - CALL_LENGTH
    floor = opening if urgent else opening + timedelta(hours=1)
    start = max(floor, _ceil_hour(earliest, calendar))
    return start if start <= last_start else None


def call_slots(
    now: datetime, hours: BusinessHours, urgent: bool = False
) -> tuple[datetime, datetime]:
    """Two call times inside business hours, the first at least an hour after `now` (a quarter of
    an hour, and from opening time, when the client is `urgent`).

    Both on the hour; the second four hours after the first when that day allows, else on the
    next working day.
    """
    calendar = business_calendar(hours)
    earliest = local_moment(now, hours) + (URGENT_CALL_LEAD if urgent else CALL_LEAD)
    day = earliest.date()
    if not calendar.is_business_day(day):
        day = calendar.next_business_day(day)
    first = _first_slot_on(day, earliest, calendar, urgent)
    while first is None:
        day = calendar.next_business_day(day)
        first = _first_slot_on(day, calendar.at(day, calendar.opens), calendar, urgent)
    second = first + CALL_GAP
    if second > calendar.at(first.date(), calendar.closes) - CALL_LENGTH:
        following = calendar.next_business_day(first.date())
        second = calendar.at(following, _afternoon(calendar))
    return first, second


def untimed_slots(hours: BusinessHours) -> tuple[datetime, datetime]:
    """Two call times on any working day, for a draft written without the message time.

    An hour after opening and the middle of the working day, as clock readings on a stand-in date.
    """
    calendar = business_calendar(hours)
    day = date(2000, 1, 3)
    first = datetime.combine(day, calendar.opens) + timedelta(hours=1)
    return first, datetime.combine(day, _afternoon(calendar))


def _afternoon(calendar: BusinessCalendar) -> time:
    opening = datetime.combine(date(2000, 1, 3), calendar.opens)
    closing = datetime.combine(date(2000, 1, 3), calendar.closes)
    middle = opening + (closing - opening) / 2
    return middle.replace(minute=0).time()


def clock(moment: datetime) -> str:
    """'3 pm', '10:30 am', 'noon'."""
    if moment.hour == 12 and moment.minute == 0:
        return "noon"
    hour = moment.hour % 12 or 12
    minutes = f":{moment.minute:02d}" if moment.minute else ""
    return f"{hour}{minutes} {'am' if moment.hour < 12 else 'pm'}"


def _day(moment: datetime, now: datetime, hours: BusinessHours) -> str:
    when = local_moment(moment, hours)
    days = (when.date() - local_moment(now, hours).date()).days
    if days == 0:
        return "today"
    if days == 1:
        return f"tomorrow, {_WEEKDAYS[when.weekday()]}"
    return f"on {_WEEKDAYS[when.weekday()]} {when.day} {when.strftime('%B')}"


def describe(moment: datetime, now: datetime, hours: BusinessHours) -> str:
    """A moment as a client reads it, relative to when the reply goes out, with the zone.

    '3 pm today', '10 am tomorrow, Tuesday', '11 am on Monday 30 November'.
    """
    when = local_moment(moment, hours)
    return f"{clock(when)} {_day(moment, now, hours)} ({zone_label(hours)})"


def describe_slots(first: datetime, second: datetime, now: datetime, hours: BusinessHours) -> str:
    """Two call times in one phrase: 'at 10 am or at 2 pm today (New York time)'."""
    one, two = local_moment(first, hours), local_moment(second, hours)
    zone = zone_label(hours)
    if one.date() == two.date():
        return f"at {clock(one)} or at {clock(two)} {_day(one, now, hours)} ({zone})"
    return (
        f"at {clock(one)} {_day(one, now, hours)} or at {clock(two)} {_day(two, now, hours)} "
        f"({zone})"
    )
