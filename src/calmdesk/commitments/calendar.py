"""Business-hours arithmetic in a playbook's time zone: working days, holidays, the cut-off.

Every moment is a timezone-aware `datetime` in the team's zone. Local times are built from a date
and a clock reading and then passed through UTC once, so a clock reading that falls into a
daylight-saving gap moves forward to a real instant and an hour added near a change is an hour.

>>> from calmdesk.playbook.model import BusinessHours
>>> calendar = business_calendar(BusinessHours("America/New_York", "09:00", "17:00",
...                                            ("mon", "tue", "wed", "thu", "fri"), "US"))
>>> from datetime import date
>>> calendar.is_business_day(date(2026, 11, 26)), calendar.holiday_name(date(2026, 11, 26))
(False, 'Thanksgiving Day')
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from types import MappingProxyType
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import holidays

from calmdesk.errors import PlaybookError
from calmdesk.playbook.model import BusinessHours

DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_LABELS = tuple(name.title() for name in DAY_NAMES)
# As strftime("%b") gives them in the C locale Python starts in, without its cost.
MONTH_LABELS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Without a cut-off in the playbook, same-day promises made in the last working hour roll over.
DEFAULT_CUTOFF_BEFORE_CLOSE = timedelta(hours=1)
ONE_DAY = timedelta(days=1)  # prebuilt: building a timedelta costs more than adding one


@lru_cache(maxsize=256)
def _holidays(country: str, year: int) -> Mapping[date, str]:
    """Public holidays of one country and year, from the maintained `holidays` package."""
    try:
        found = holidays.country_holidays(country, years=year)
    except NotImplementedError as error:
        raise PlaybookError(
            f"Unknown holidays country '{country}' in the playbook's business hours; use a "
            "two-letter ISO code such as 'US' or 'GB', or leave holidays_country empty."
        ) from error
    return MappingProxyType(dict(found.items()))


@lru_cache(maxsize=4096)
def _instant(day: date, clock: time, zone: ZoneInfo, team_zone: ZoneInfo) -> datetime:
    """`clock` on `day` in `zone`, in `team_zone`. Cached: replies keep naming the same few days
    and times ("tomorrow", "by 5 pm"), and the time-zone arithmetic is the slow part."""
    return datetime.combine(day, clock, tzinfo=zone).astimezone(UTC).astimezone(team_zone)


def _clock(value: str, name: str) -> time:
    """'HH:MM' as a time; '24:00' means the very end of the day."""
    text = value.strip()
    if text == "24:00":
        return time(23, 59)
    try:
        hours, minutes = text.split(":")
        return time(int(hours), int(minutes))
    except ValueError as error:
        raise PlaybookError(
            f"Business hours '{name}' is '{value}'; write it as HH:MM, for example '09:00'."
        ) from error


@dataclass(frozen=True, slots=True)
class BusinessCalendar:
    """A team's working week in its own time zone. Build one with `business_calendar`."""

    zone_name: str
    zone: ZoneInfo
    opens: time
    closes: time
    cutoff: time
    days: frozenset[int]
    holidays_country: str | None

    def holiday_name(self, day: date) -> str | None:
        if self.holidays_country is None:
            return None
        return _holidays(self.holidays_country, day.year).get(day)

    def is_business_day(self, day: date) -> bool:
        return day.weekday() in self.days and self.holiday_name(day) is None

    def next_business_day(self, day: date) -> date:
        """The first working day strictly after `day`."""
        candidate = day
        for _ in range(369):
            candidate += ONE_DAY
            if self.is_business_day(candidate):
                return candidate
        raise PlaybookError("The playbook's business hours leave no working day within a year.")

    def at(self, day: date, clock: time, zone: ZoneInfo | None = None) -> datetime:
        """The instant `clock` on `day` in `zone` (default the team's), in the team's zone."""
        return _instant(day, clock, zone or self.zone, self.zone)

    def local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.zone)

    def working_day_of(self, moment: datetime) -> tuple[date, bool]:
        """The day a same-day promise made at `moment` belongs to, and whether it rolled over.

        Today when today is a working day and the cut-off has not passed, else the next working day.
        """
        local = self.local(moment)
        today = local.date()
        if self.is_business_day(today) and local.time() < self.cutoff:
            return today, False
        return self.next_business_day(today), True

    def add_business_hours(self, moment: datetime, hours: float) -> datetime:
        """`hours` of working time after `moment`, counting only open hours on working days."""
        remaining = timedelta(hours=hours)
        local = self.local(moment)
        day = local.date()
        start = local
        while True:
            if self.is_business_day(day):
                opening, closing = self.at(day, self.opens), self.at(day, self.closes)
                begin = max(start, opening)
                if begin < closing:
                    if begin + remaining <= closing:
                        return (begin.astimezone(UTC) + remaining).astimezone(self.zone)
                    remaining -= closing - begin
            day = self.next_business_day(day)
            start = self.at(day, self.opens)

    def add_business_days(self, moment: datetime, count: int) -> tuple[date, bool]:
        """The `count`-th working day after the day the request counts as received.

        A request made after the cut-off or on a closed day counts from the next working day.
        """
        day, rolled = self.working_day_of(moment)
        for _ in range(count):
            day = self.next_business_day(day)
        return day, rolled

    def describe_day(self, day: date) -> str:
        """'Thu 26 Nov', with a warning when the team does not work that day."""
        label = f"{DAY_LABELS[day.weekday()]} {day.day} {MONTH_LABELS[day.month - 1]}"
        holiday = self.holiday_name(day)
        if holiday:
            return f"{label}, a holiday ({holiday})"
        if day.weekday() not in self.days:
            return f"{label}, not a working day"
        return label


@lru_cache(maxsize=64)
def business_calendar(hours: BusinessHours | None) -> BusinessCalendar:
    """Check a playbook's business hours and turn them into a `BusinessCalendar`.

    Raises `PlaybookError` with what to fix for a missing section, an unknown time zone, a
    malformed clock, unknown day names or an unknown holidays country.
    """
    if hours is None:
        raise PlaybookError(
            "The playbook has no business hours; add an [hours] section with timezone, opens, "
            "closes and days so due times can be worked out."
        )
    try:
        zone = ZoneInfo(hours.timezone)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise PlaybookError(
            f"Unknown time zone '{hours.timezone}' in the playbook's business hours; use an IANA "
            "name such as 'Europe/London' or 'America/New_York'."
        ) from error
    opens = _clock(hours.opens, "opens")
    closes = _clock(hours.closes, "closes")
    if closes <= opens:
        raise PlaybookError(
            f"Business hours close ({hours.closes}) before they open ({hours.opens}); "
            "hours that run past midnight are not supported."
        )
    unknown = [d for d in hours.days if d.lower()[:3] not in DAY_NAMES]
    if unknown or not hours.days:
        raise PlaybookError(
            f"Business days {list(hours.days)} are not valid; list days as 'mon' ... 'sun'."
        )
    days = frozenset(DAY_NAMES.index(d.lower()[:3]) for d in hours.days)
    # The playbook model may or may not have a cut-off yet; without one, an hour before closing.
    cutoff_text = getattr(hours, "cutoff", None)
    if cutoff_text:
        cutoff = _clock(str(cutoff_text), "cutoff")
    else:
        cutoff_moment = datetime.combine(date(2000, 1, 3), closes) - DEFAULT_CUTOFF_BEFORE_CLOSE
        cutoff = max(opens, cutoff_moment.time())
    country = hours.holidays_country.strip().upper() if hours.holidays_country else None
    if country:
        _holidays(country, 2026)
    return BusinessCalendar(hours.timezone, zone, opens, closes, cutoff, days, country or None)


def zone_name(zone: tzinfo) -> str | None:
    """An IANA name for `zone`: its key, or "Etc/GMT-11" for a fixed offset of whole hours
    (+11:00; POSIX signs run the other way); None when there is none.

    >>> from datetime import timedelta, timezone
    >>> zone_name(timezone(timedelta(hours=11))), zone_name(timezone(timedelta(hours=5.5)))
    ('Etc/GMT-11', None)
    """
    key = getattr(zone, "key", None)
    if isinstance(key, str):
        return key
    offset = zone.utcoffset(None)
    if offset is None:
        return None
    hours_east, rest = divmod(offset, timedelta(hours=1))
    if rest:
        return None
    return "Etc/GMT" if hours_east == 0 else f"Etc/GMT{-hours_east:+d}"


def calendar_on_clock(hours: BusinessHours, zone: tzinfo) -> BusinessCalendar | None:
    """The team's working days and hours read on another clock (a client's), or None when that
    clock has no IANA name."""
    name = zone_name(zone)
    if name is None or name == hours.timezone:
        return None
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return business_calendar(replace(hours, timezone=name))
