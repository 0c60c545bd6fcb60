"""From the pieces of a time phrase to a due time, in the team's zone and business hours.

`read_phrase` turns the `phrases.TIME` matches of one phrase into a `When`; `due` resolves it
against the moment the reply was sent and the team's `BusinessCalendar`, returning the due
time (None when vague) and a note saying how it was worked out. The rules are listed in
docs/commitments.md; the short version:

- a clock time ("by 3 pm", "at 10:30", "before noon") is that time today, or on the next working
  day when it has already passed; a zone after it ("5pm EST") is honoured;
- same-day words ("end of day", "today", "later today", "this afternoon") mean closing time
  today, or on the next working day when sent on a closed day or after the cut-off;
- "tomorrow" is the next calendar day, taken literally; "morning" ends at noon, "first thing"
  is opening time, a bare day means its closing time;
- "within N hours/days/weeks" is wall-clock time; "N business hours/days" is working time;
- "next week" is closing time on next week's last working day.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import NamedTuple
from zoneinfo import ZoneInfo

from calmdesk.commitments.calendar import DAY_NAMES, BusinessCalendar
from calmdesk.commitments.phrases import NUMBER_WORDS, ZONES

# How a note says "your time" was read without the client's zone (see `promises.find`).
CLIENT_CLOCK_UNKNOWN = "whose zone the reply does not name; read in the team's zone"
NOON = time(12, 0)
LATE_AFTERNOON = time(17, 0)
END_OF_EVENING = time(23, 59)
# English month names, as strftime("%B") gives them in the C locale Python starts in.
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# DAYS[n] is n days, for any n up to a month: prebuilt, as building a timedelta costs several
# times more than adding one to a date.
DAYS = tuple(timedelta(days=n) for n in range(32))
ONE_HOUR = timedelta(hours=1)


class When(NamedTuple):
    """What a time phrase says, before it is placed on the calendar.

    A named tuple rather than a dataclass: one is built for every time phrase, and a tuple is
    several times cheaper to build.
    """

    day: str | None = None  # today, tomorrow, overmorrow, weekday, date, nth
    weekday: int = 0
    weekday_mod: str = ""  # "", "this", "next"
    month: int = 0
    month_day: int = 0
    part: str | None = None  # morning, afternoon, evening, eod, first
    clock: time | None = None
    clock_text: str = ""
    zone: str | None = None
    duration: tuple[float, str, bool] | None = None  # amount, unit, business time
    ranged: bool = False
    week: str | None = None
    immediate: bool = False
    vague: str | None = None
    placeholder: str | None = None


def _number(text: str) -> float:
    word = re.sub(r"\s+", " ", text.lower().strip())
    if word in NUMBER_WORDS:
        return float(NUMBER_WORDS[word])
    return float(word)


def _clock(match: re.Match[str]) -> tuple[time, str]:
    named = match.group("named")
    if named:
        word = named.lower()
        return (time(23, 59), "midnight") if word == "midnight" else (NOON, "noon")
    if match.group("hour24"):
        hour, minute, meridiem = int(match.group("hour24")), int(match.group("minute24")), ""
    elif match.group("bare"):
        hour, minute, meridiem = int(match.group("bare")), 0, ""
    else:
        hour = int(match.group("hour"))
        minute = int(match.group("minute") or 0)
        meridiem = match.group("meridiem").lower().replace(".", "")
    hour = min(hour, 23)
    if meridiem == "pm" and hour < 12:
        hour += 12
    elif meridiem == "am" and hour == 12:
        hour = 0
    elif not meridiem and 1 <= hour <= 7:
        # Without am/pm, an hour from 1 to 7 is read as the afternoon of a working day.
        hour += 12
    clock = time(hour, minute)
    return clock, _hm(clock)


# What the phrases seen so far say, by their words: replies keep using the same few ("by end of
# day", "within 24 hours", "tomorrow"). The size is capped.
_WHEN_OF: dict[tuple[tuple[str | None, str, str], ...], When] = {}
_WHEN_OF_LIMIT = 10_000


def read_phrase(matches: list[re.Match[str]], source: str | None = None) -> When:
    """Fold the pieces of one time phrase into a `When`.

    The matches may run over a lower-case copy of the text; `source` is the text as written
    (same offsets), for the words a note quotes ("ASAP", "[DATE]"). What a match says depends
    only on which alternative of `phrases.TIME` it is and on its words, so phrases are read once
    and remembered by those.

    >>> from calmdesk.commitments.phrases import TIME
    >>> text = "By Friday, ASAP"
    >>> when = read_phrase(list(TIME.finditer(text.lower())), text)
    >>> when.day, WEEKDAYS[when.weekday], when.vague
    ('weekday', 'friday', 'ASAP')
    """
    key = tuple(
        (match.lastgroup, match.group(), source[match.start() : match.end()] if source else "")
        for match in matches
    )
    when = _WHEN_OF.get(key)
    if when is None:
        when = _read(matches, source)
        if len(_WHEN_OF) < _WHEN_OF_LIMIT:
            _WHEN_OF[key] = when
    return when


def _read(matches: list[re.Match[str]], source: str | None) -> When:
    fields: dict[str, object] = {}
    for match in matches:
        kind = match.lastgroup
        text = match.group().lower()
        if kind == "placeholder" or kind == "vague":
            fields[kind] = source[match.start() : match.end()] if source else match.group()
        elif kind == "duration":
            unit = match.group("unit").lower()
            unit = {"min": "minute", "hr": "hour"}.get(unit.rstrip("s"), unit.rstrip("s"))
            high = match.group("count_high") or match.group("count_or")
            amount = _number(high or match.group("count"))
            fields["duration"] = (amount, unit, bool(match.group("business")))
            fields["ranged"] = bool(high)
        elif kind == "within_the":
            unit = match.group("the_unit").lower()
            if unit == "hour":
                fields["duration"] = (1.0, "hour", False)
            elif unit == "day":
                fields["part"] = "eod"
            else:
                fields["week"] = "this week"
        elif kind == "immediate":
            fields["immediate"] = True
        elif kind == "eod":
            fields["part"] = "eod"
        elif kind == "week":
            fields["week"] = re.sub(r"\s+", " ", text.removeprefix("the ").strip())
        elif kind == "first":
            fields["part"] = "first"
        elif kind == "overmorrow":
            fields["day"] = "overmorrow"
        elif kind == "tomorrow":
            fields["day"] = "tomorrow"
        elif kind == "today":
            fields.setdefault("day", "today")
            for part in ("morning", "afternoon", "evening"):
                if part in text:
                    fields["part"] = part
            if text == "tonight":
                fields["part"] = "evening"
        elif kind == "day_half":
            fields["part"] = "morning" if match.group("half").lower() == "a" else "afternoon"
        elif kind == "part":
            word = text.split()[-1]
            fields["part"] = "evening" if word == "night" else word
        elif kind == "weekday":
            fields["day"] = "weekday"
            fields["weekday"] = WEEKDAYS.index(text.split()[-1])
            modifier = (match.group("weekday_mod") or "").lower()
            fields["weekday_mod"] = "next" if modifier == "next" else modifier and "this"
        elif kind == "date":
            fields["day"] = "date"
            fields["month"] = next(i for i, m in enumerate(MONTHS, 1) if m in text)
            fields["month_day"] = int(match.group("month_day") or match.group("day_month"))
        elif kind == "nth":
            fields["day"] = "nth"
            fields["month_day"] = int(match.group("nth_day"))
        elif kind == "clock":
            clock, clock_text = _clock(match)
            fields["clock"] = clock
            fields["clock_text"] = clock_text
            if match.group("zone"):
                fields["zone"] = match.group("zone").lower()
    return When(**fields)  # type: ignore[arg-type]


# --- resolving ----------------------------------------------------------------------------


@lru_cache(maxsize=1024)
def _hm(clock: time) -> str:
    return clock.strftime("%H:%M")


def due(when: When, sent: datetime, calendar: BusinessCalendar) -> tuple[datetime | None, str]:
    """The due time of a time phrase said at `sent`, and how it was worked out.

    >>> from calmdesk.commitments.calendar import business_calendar
    >>> from calmdesk.playbook.model import BusinessHours
    >>> cal = business_calendar(BusinessHours("Europe/London", "09:00", "17:00",
    ...                                       ("mon", "tue", "wed", "thu", "fri"), None))
    >>> at, note = due(When(part="eod"), datetime(2026, 11, 24, 10, tzinfo=cal.zone), cal)
    >>> at.isoformat(), note
    ('2026-11-24T17:00:00+00:00', 'end of business day (17:00 Europe/London)')
    """
    local = calendar.local(sent)
    if when.placeholder:
        return None, f"placeholder {when.placeholder} was never filled in"
    if when.vague:
        return None, f"no time given ('{when.vague}')"
    if when.duration:
        return _after(when, local, calendar)
    if when.immediate:
        at = (local.astimezone(UTC) + ONE_HOUR).astimezone(calendar.zone)
        return at, "'right away' read as within the hour"
    if when.week:
        return _week(when.week, local, calendar)
    return _on_day(when, local, calendar)


def _after(when: When, local: datetime, calendar: BusinessCalendar) -> tuple[datetime, str]:
    assert when.duration is not None
    amount, unit, business = when.duration
    ranged = " (the later end of the range)" if when.ranged else ""
    shown = f"{amount:g} {'business ' if business else ''}{unit}{'s' if amount != 1 else ''}"
    if business and unit in ("minute", "hour"):
        hours = amount / 60 if unit == "minute" else amount
        at = calendar.add_business_hours(local, hours)
        return at, f"{shown} of working time{ranged}"
    if business:
        day, rolled = calendar.add_business_days(local, max(1, round(amount)))
        start = " counted from the next working day" if rolled else ""
        return calendar.at(day, calendar.closes), (
            f"{shown}{ranged}{start}: close of {calendar.describe_day(day)}"
        )
    if unit in ("minute", "hour"):
        delta = timedelta(minutes=amount) if unit == "minute" else timedelta(hours=amount)
        # Wall-clock hours: added on the UTC time line, so a daylight-saving change is honoured.
        at = (local.astimezone(UTC) + delta).astimezone(calendar.zone)
        return at, f"{shown} after sending{ranged}"
    days = amount * (7 if unit == "week" else 1)
    day = local.date() + timedelta(days=round(days))
    at = calendar.at(day, local.time().replace(tzinfo=None))
    return at, f"{shown} after sending, same clock time{ranged}"


def _week(week: str, local: datetime, calendar: BusinessCalendar) -> tuple[datetime, str]:
    today = local.date()
    monday = today - DAYS[today.weekday()]
    if week.endswith("weekend") and week not in ("weekend", "the weekend"):
        # "over the weekend": by the end of its Sunday, a day the team may not work.
        sunday = monday + DAYS[6]
        at = calendar.at(sunday, END_OF_EVENING)
        if at <= local:
            sunday += DAYS[7]
            at = calendar.at(sunday, END_OF_EVENING)
        return at, f"{week}: 23:59 on {calendar.describe_day(sunday)}"
    if week.endswith("weekend"):
        week = "end of the week"  # "by the weekend": before it starts
    if "month" in week:
        year, month = today.year, today.month
        if "next" in week:
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        first = date(year, month, 1)
        days = [first + step for step in DAYS[: monthrange(year, month)[1]]]
        label = f"last working day of {MONTH_NAMES[month - 1]}"
    else:
        start = monday + DAYS[7 if "next" in week else 0]
        days = [start + step for step in DAYS[:7]]
        label = "last working day of next week" if "next" in week else "last working day this week"
        if week == "early next week":
            working = [d for d in days if calendar.is_business_day(d)][:2]
            days = working or days
            label = "second working day of next week"
    working = [d for d in days if calendar.is_business_day(d)]
    if working:
        at = calendar.at(working[-1], calendar.closes)
        late = working[-1] == today and local.time() >= calendar.cutoff
        if at > local and not late:
            return at, f"{label}: close of {calendar.describe_day(working[-1])}"
    day, _ = calendar.working_day_of(local)
    return calendar.at(day, calendar.closes), (
        f"{label} had passed: close of the next working day, {calendar.describe_day(day)}"
    )


def _clock_zone(when: When, calendar: BusinessCalendar) -> ZoneInfo:
    # "your time" names no zone (ZONES gives ""): the team's zone is all there is to go on.
    return ZoneInfo(ZONES[when.zone]) if when.zone and ZONES[when.zone] else calendar.zone


def _zone_note(when: When, zone: ZoneInfo) -> str:
    if not when.zone:
        return ""
    if not ZONES[when.zone]:
        return f" in the client's time ('{when.zone}'), {CLIENT_CLOCK_UNKNOWN} ({zone.key})"
    return f" {when.zone.upper()} ({zone.key})"


def _target_day(when: When, local: datetime) -> tuple[date | None, str]:
    today = local.date()
    if when.day == "tomorrow":
        return today + DAYS[1], "tomorrow"
    if when.day == "overmorrow":
        return today + DAYS[2], "the day after tomorrow"
    if when.day == "weekday":
        ahead = (when.weekday - today.weekday()) % 7
        if when.weekday_mod == "this":
            return today + DAYS[ahead], f"this {WEEKDAYS[when.weekday].title()}"
        if when.weekday_mod == "next":
            monday = today - DAYS[today.weekday()] + DAYS[7]
            return monday + DAYS[when.weekday], f"next week's {WEEKDAYS[when.weekday].title()}"
        # A bare day name never means today: said on a Friday, "by Friday" is next Friday.
        return today + DAYS[ahead or 7], WEEKDAYS[when.weekday].title()
    if when.day == "date":
        year = today.year
        if (when.month, when.month_day) < (today.month, today.day):
            year += 1
        day_count = monthrange(year, when.month)[1]
        return date(year, when.month, min(when.month_day, day_count)), "the date given"
    if when.day == "nth":
        year, month = today.year, today.month
        if when.month_day < today.day:
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        day_count = monthrange(year, month)[1]
        return date(year, month, min(when.month_day, day_count)), "the day of the month given"
    return None, ""


def _on_day(when: When, local: datetime, calendar: BusinessCalendar) -> tuple[datetime, str]:
    day, said = _target_day(when, local)
    zone = _clock_zone(when, calendar)
    zone_note = _zone_note(when, zone)
    if day is not None:
        clock, what = _clock_for(when, calendar)
        at = calendar.at(day, clock, zone)
        if at > local:
            return at, f"{said}, {what}: {calendar.describe_day(day)}{zone_note}"
        # A date that has come round already (e.g. 'this Monday' on Tuesday): next working day.
        next_day = calendar.next_business_day(local.date())
        at = calendar.at(next_day, clock, zone)
        return at, f"{said} had passed; {what} on the next working day{zone_note}"
    # No day named: today, with same-day words following the cut-off.
    if when.clock is not None or when.part in ("morning", "evening"):
        clock, what = _clock_for(when, calendar)
        today = local.astimezone(zone).date()
        at = calendar.at(today, clock, zone)
        if at > local:
            return at, f"{what} today{zone_note}"
        next_day = calendar.next_business_day(local.date())
        at = calendar.at(next_day, clock, zone)
        return at, (
            f"{what} had passed when sent: the next working day, "
            f"{calendar.describe_day(next_day)}{zone_note}"
        )
    if when.part == "first":
        today = local.date()
        if calendar.is_business_day(today) and local.time() < calendar.opens:
            return calendar.at(today, calendar.opens), f"opening time today ({_hm(calendar.opens)})"
        next_day = calendar.next_business_day(today)
        return calendar.at(next_day, calendar.opens), (
            f"opening time on the next working day, {calendar.describe_day(next_day)}"
        )
    working_day, rolled = calendar.working_day_of(local)
    clock, what = _clock_for(when, calendar)
    at = calendar.at(working_day, clock)
    if not rolled and at > local:
        return at, f"{what[: what.index(')')]} {calendar.zone_name})"
    reason = (
        f"sent after the {_hm(calendar.cutoff)} cut-off"
        if calendar.is_business_day(local.date())
        else "sent on a day the team does not work"
    )
    return at, f"{what} on the next working day, {calendar.describe_day(working_day)} ({reason})"


def _clock_for(when: When, calendar: BusinessCalendar) -> tuple[time, str]:
    """The clock reading a phrase points at on its day, and how to say it."""
    if when.clock is not None:
        return when.clock, when.clock_text
    if when.part == "first":
        return calendar.opens, f"opening time ({_hm(calendar.opens)})"
    if when.part == "morning":
        return NOON, "end of the morning (12:00)"
    if when.part == "afternoon":
        clock = min(calendar.closes, LATE_AFTERNOON)
        return clock, f"end of the afternoon ({_hm(clock)})"
    if when.part == "evening":
        return END_OF_EVENING, "end of the evening (23:59)"
    return calendar.closes, f"end of business day ({_hm(calendar.closes)})"


__all__ = ["DAY_NAMES", "When", "due", "read_phrase"]
