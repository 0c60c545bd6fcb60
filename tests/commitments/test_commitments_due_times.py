"""Due times of promises, phrase by phrase, against fixed send times.

Teams: New York (09:00-17:00 Mon-Fri, US holidays, cut-off 16:00 by default) and London
(09:00-17:30 Mon-Fri, GB holidays, cut-off 16:30). In 2026: Tue 24 Nov, Thanksgiving Thu 26 Nov;
US clocks change Sun 8 Mar and Sun 1 Nov, European ones Sun 29 Mar and Sun 25 Oct.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import pytest

from calmdesk.commitments.promises import find
from calmdesk.playbook.model import BusinessHours

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri")
NY = BusinessHours("America/New_York", "09:00", "17:00", WEEKDAYS, "US")
LON = BusinessHours("Europe/London", "09:00", "17:30", WEEKDAYS, "GB")
NY_NO_HOLIDAYS = BusinessHours("America/New_York", "09:00", "17:00", WEEKDAYS, None)


@dataclass(frozen=True, slots=True)
class HoursWithCutoff(BusinessHours):
    """Business hours as the playbook will have them once it gains a `cutoff` field."""

    cutoff: str | None = None


NY_EARLY_CUTOFF = HoursWithCutoff("America/New_York", "09:00", "17:00", WEEKDAYS, "US", "14:00")
TEAMS = {"NY": NY, "LON": LON, "NY-": NY_NO_HOLIDAYS, "NY14": NY_EARLY_CUTOFF}

# team, sent (local), reply, time phrase, due (ISO 8601 with offset)
CASES = [
    # clock times
    ("NY", "2026-11-24 10:00", "I'll update you by 3 pm.", "by 3 pm", "2026-11-24T15:00:00-05:00"),
    ("NY", "2026-11-24 16:00", "I'll update you by 3 pm.", "by 3 pm", "2026-11-25T15:00:00-05:00"),
    ("NY", "2026-11-24 10:00", "I'll have an answer before noon.", "before noon",
     "2026-11-24T12:00:00-05:00"),
    ("NY", "2026-11-24 13:00", "I'll have an answer before noon.", "before noon",
     "2026-11-25T12:00:00-05:00"),
    ("NY", "2026-11-24 10:00", "I'll call you at 10:30.", "at 10:30", "2026-11-24T10:30:00-05:00"),
    ("NY", "2026-11-24 11:00", "I'll call you at 10:30.", "at 10:30", "2026-11-25T10:30:00-05:00"),
    ("NY", "2026-11-24 10:00", "I'll ring you at 3.", "at 3", "2026-11-24T15:00:00-05:00"),
    ("NY", "2026-11-24 10:00", "You'll have the tracking link by 5pm EST.", "by 5pm EST",
     "2026-11-24T17:00:00-05:00"),
    ("LON", "2026-11-24 10:00", "I'll call you by 5pm EST.", "by 5pm EST",
     "2026-11-24T22:00:00+00:00"),
    ("NY", "2026-11-24 10:00", "I'll give you a ring at 2:30 this afternoon.",
     "at 2:30 this afternoon", "2026-11-24T14:30:00-05:00"),
    ("NY", "2026-11-24 10:00", "We'll confirm by 9:30 a.m. on Wednesday.",
     "by 9:30 a.m. on Wednesday", "2026-11-25T09:30:00-05:00"),
    # same day: end of day, today, later today, afternoon, evening
    ("NY", "2026-11-24 10:00", "We will have an answer by end of day.", "by end of day",
     "2026-11-24T17:00:00-05:00"),
    ("NY", "2026-11-24 16:30", "I'll send you an update by end of day.", "by end of day",
     "2026-11-25T17:00:00-05:00"),
    ("NY", "2026-11-25 16:30", "I'll send you an update by end of day.", "by end of day",
     "2026-11-27T17:00:00-05:00"),
    ("NY", "2026-11-28 11:00", "We'll sort the label out by EOD.", "by EOD",
     "2026-11-30T17:00:00-05:00"),
    ("NY-", "2026-11-25 16:30", "I'll send you an update by end of day.", "by end of day",
     "2026-11-26T17:00:00-05:00"),
    ("NY14", "2026-11-24 13:30", "I'll send you an update by end of day.", "by end of day",
     "2026-11-24T17:00:00-05:00"),
    ("NY14", "2026-11-24 14:30", "I'll send you an update by end of day.", "by end of day",
     "2026-11-25T17:00:00-05:00"),
    ("NY", "2026-11-24 10:00", "I'll update you later today.", "later today",
     "2026-11-24T17:00:00-05:00"),
    ("NY", "2026-11-24 16:15", "I'll update you later today.", "later today",
     "2026-11-25T17:00:00-05:00"),
    ("NY", "2026-11-28 10:00", "I'll update you later today.", "later today",
     "2026-11-30T17:00:00-05:00"),
    ("NY", "2026-11-24 10:00", "I'll call you this afternoon.", "this afternoon",
     "2026-11-24T17:00:00-05:00"),
    ("NY", "2026-11-24 10:00", "We are sending a replacement tonight.", "tonight",
     "2026-11-24T23:59:00-05:00"),
    ("LON", "2026-11-24 10:00", "I'll have the quote to you by end of play.", "by end of play",
     "2026-11-24T17:30:00+00:00"),
    ("LON", "2026-11-24 16:45", "We're dispatching it today.", "today",
     "2026-11-25T17:30:00+00:00"),
    # tomorrow and named days
    ("NY", "2026-11-24 10:00", "I'll call you tomorrow morning.", "tomorrow morning",
     "2026-11-25T12:00:00-05:00"),
    ("NY", "2026-11-28 11:00", "I'll call you tomorrow morning.", "tomorrow morning",
     "2026-11-29T12:00:00-05:00"),
    ("NY", "2026-11-25 10:00", "I'll call you tomorrow.", "tomorrow", "2026-11-26T17:00:00-05:00"),
    ("NY", "2026-11-24 10:00", "We'll ship the replacement tomorrow.", "tomorrow",
     "2026-11-25T17:00:00-05:00"),
    ("NY", "2026-11-24 10:00", "We'll have it boxed up by COB tomorrow.", "by COB tomorrow",
     "2026-11-25T17:00:00-05:00"),
    ("NY", "2026-11-24 10:00", "I'll call you first thing tomorrow.", "first thing tomorrow",
     "2026-11-25T09:00:00-05:00"),
    ("NY", "2026-11-24 07:30", "I'll call you first thing.", "first thing",
     "2026-11-24T09:00:00-05:00"),
    ("NY", "2026-12-23 10:00", "We'll ship it the day after tomorrow.", "the day after tomorrow",
     "2026-12-25T17:00:00-05:00"),
    ("NY", "2026-11-27 18:00", "You'll hear from me first thing Monday.", "first thing Monday",
     "2026-11-30T09:00:00-05:00"),
    ("NY", "2026-11-24 10:00", "I'll get this to you by Friday.", "by Friday",
     "2026-11-27T17:00:00-05:00"),
    ("NY", "2026-11-27 10:00", "I'll get this to you by Friday.", "by Friday",
     "2026-12-04T17:00:00-05:00"),
    ("NY", "2026-11-24 10:00", "I'll call you next Monday.", "next Monday",
     "2026-11-30T17:00:00-05:00"),
    ("NY", "2026-11-23 10:00", "The part will be here next Friday.", "next Friday",
     "2026-12-04T17:00:00-05:00"),
    ("NY", "2026-11-23 10:00", "The part will be here this Friday.", "this Friday",
     "2026-11-27T17:00:00-05:00"),
    ("NY", "2026-11-24 10:00", "I'll be in touch by Monday at 11am.", "by Monday at 11am",
     "2026-11-30T11:00:00-05:00"),
    ("NY", "2026-11-24 10:00", "I will call you on Monday afternoon.", "on Monday afternoon",
     "2026-11-30T17:00:00-05:00"),
    ("NY", "2026-11-24 10:00", "We'll send the form Friday by noon.", "Friday by noon",
     "2026-11-27T12:00:00-05:00"),
    ("NY", "2026-11-24 10:00", "Your credit will post by November 30th.", "by November 30th",
     "2026-11-30T17:00:00-05:00"),
    ("NY", "2026-11-24 10:00", "We'll have it to you by the 3rd.", "by the 3rd",
     "2026-12-03T17:00:00-05:00"),
    # weeks and months
    ("NY", "2026-11-24 10:00", "We'll update you next week.", "next week",
     "2026-12-04T17:00:00-05:00"),
    ("NY", "2026-11-24 10:00", "I'll follow up by the end of the week.", "by the end of the week",
     "2026-11-27T17:00:00-05:00"),
    ("NY", "2026-11-27 16:30", "I'll follow up by the end of the week.", "by the end of the week",
     "2026-11-30T17:00:00-05:00"),
    ("NY", "2026-11-24 10:00", "We'll schedule the engineer early next week.", "early next week",
     "2026-12-01T17:00:00-05:00"),
    ("NY", "2026-11-24 10:00", "The credit will be issued by the end of the month.",
     "by the end of the month", "2026-11-30T17:00:00-05:00"),
    ("NY", "2026-11-24 10:00", "We'll roll the fix out next month.", "next month",
     "2026-12-31T17:00:00-05:00"),
    # wall-clock durations
    ("NY", "2026-11-24 10:00", "You'll receive a confirmation email within the hour.",
     "within the hour", "2026-11-24T11:00:00-05:00"),
    ("NY", "2026-11-24 10:00", "I'll call you within the next 30 minutes.",
     "within the next 30 minutes", "2026-11-24T10:30:00-05:00"),
    ("NY", "2026-11-24 10:00", "I'll get back to you within 24 hours.", "within 24 hours",
     "2026-11-25T10:00:00-05:00"),
    ("NY", "2026-11-24 10:00", "The billing team should have the credit applied within 48 hours.",
     "within 48 hours", "2026-11-26T10:00:00-05:00"),
    ("NY", "2026-11-24 10:00", "We'll have a courier collect it in a couple of days.",
     "in a couple of days", "2026-11-26T10:00:00-05:00"),
    ("NY", "2026-11-24 10:00", "The new unit will reach you within 2 weeks.", "within 2 weeks",
     "2026-12-08T10:00:00-05:00"),
    ("NY", "2026-11-24 10:00", "I'm calling the depot right away.", "right away",
     "2026-11-24T11:00:00-05:00"),
    # business durations
    ("NY", "2026-11-24 10:00", "The refund will reach your account in 3-5 business days.",
     "in 3-5 business days", "2026-12-02T17:00:00-05:00"),
    ("NY", "2026-11-24 10:00", "We'll have the replacement out in 2 business days.",
     "in 2 business days", "2026-11-27T17:00:00-05:00"),
    ("NY", "2026-11-24 16:30", "We'll have the replacement out in 2 business days.",
     "in 2 business days", "2026-11-30T17:00:00-05:00"),
    ("NY", "2026-11-28 10:00", "We will ship it within 1 business day.",
     "within 1 business day", "2026-12-01T17:00:00-05:00"),
    ("NY", "2026-12-24 15:00", "We will ship it within 1 business day.",
     "within 1 business day", "2026-12-28T17:00:00-05:00"),
    ("LON", "2026-12-24 10:00", "We will ship it within 1 working day.",
     "within 1 working day", "2026-12-29T17:30:00+00:00"),
    ("NY", "2026-11-24 10:00", "Please allow 5-7 business days for the credit to show.",
     "allow 5-7 business days", "2026-12-04T17:00:00-05:00"),
    ("NY", "2026-03-06 15:00", "I'll confirm within 2 business hours.",
     "within 2 business hours", "2026-03-06T17:00:00-05:00"),
    ("NY", "2026-03-06 16:00", "I'll confirm within 3 business hours.",
     "within 3 business hours", "2026-03-09T11:00:00-04:00"),
    ("LON", "2026-03-27 17:00", "I'll confirm within 2 business hours.",
     "within 2 business hours", "2026-03-30T10:30:00+01:00"),
    # daylight-saving changes
    ("NY", "2026-03-07 10:00", "I'll get back to you within 24 hours.", "within 24 hours",
     "2026-03-08T11:00:00-04:00"),
    ("NY", "2026-03-07 20:00", "I'll email you by 9 am tomorrow.", "by 9 am tomorrow",
     "2026-03-08T09:00:00-04:00"),
    ("NY", "2026-03-07 23:30", "I'll get back to you in 3 hours.", "in 3 hours",
     "2026-03-08T03:30:00-04:00"),
    ("NY", "2026-03-07 10:00", "I'll call you tomorrow.", "tomorrow", "2026-03-08T17:00:00-04:00"),
    ("NY", "2026-10-31 12:00", "Our team will respond within 24 hours.", "within 24 hours",
     "2026-11-01T11:00:00-05:00"),
    ("NY", "2026-10-31 20:00", "I'll email you by 9 am tomorrow.", "by 9 am tomorrow",
     "2026-11-01T09:00:00-05:00"),
    ("LON", "2026-03-28 09:00", "We will call you within 24 hours.", "within 24 hours",
     "2026-03-29T10:00:00+01:00"),
    ("LON", "2026-03-29 00:30", "I'll reply within 2 hours.", "within 2 hours",
     "2026-03-29T03:30:00+01:00"),
    ("LON", "2026-10-24 10:00", "Expect an email from us within 24 hours.", "within 24 hours",
     "2026-10-25T09:00:00+00:00"),
    ("LON", "2026-10-23 12:00", "The courier will collect it in 2 days.", "in 2 days",
     "2026-10-25T12:00:00+00:00"),
    # more ways of saying it
    ("NY", "2026-11-24 10:00", "A specialist will phone you within 15 minutes.",
     "within 15 minutes", "2026-11-24T10:15:00-05:00"),
    ("NY", "2026-11-24 10:00", "We'll get the paperwork done within the day.", "within the day",
     "2026-11-24T17:00:00-05:00"),
    ("NY", "2026-11-24 10:00", "I'm going to chase the warehouse now.", "now",
     "2026-11-24T11:00:00-05:00"),
    ("NY", "2026-11-24 10:00", "I'll check in with you on Dec 2.", "on Dec 2",
     "2026-12-02T17:00:00-05:00"),
    ("LON", "2026-11-24 10:00", "We'll post the new part later this week.", "later this week",
     "2026-11-27T17:30:00+00:00"),
    ("NY", "2026-11-24 10:00", "I'll text you the code by midday.", "by midday",
     "2026-11-24T12:00:00-05:00"),
]  # fmt: skip


@pytest.mark.parametrize(("team", "sent", "reply", "phrase", "expected"), CASES)
def test_due_time(team: str, sent: str, reply: str, phrase: str, expected: str) -> None:
    [found] = find(reply, datetime.fromisoformat(sent), TEAMS[team])
    assert reply[found.span.start : found.span.end] == found.span.text
    assert reply[found.phrase.start : found.phrase.end] == phrase
    assert found.due_at is not None and not found.vague
    assert found.due_at.isoformat() == expected
    assert found.due_at.tzinfo is not None
    assert found.note


def test_there_are_at_least_sixty_phrasings() -> None:
    assert len({case[2] for case in CASES}) >= 60


def test_aware_send_time_is_converted_to_the_team_zone() -> None:
    sent = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)  # 10:00 in New York
    [found] = find("You'll get an email within the hour.", sent, NY)
    assert found.due_at is not None
    assert found.due_at.isoformat() == "2026-11-24T11:00:00-05:00"


def test_naive_send_time_is_local_time_of_the_team() -> None:
    [found] = find("I'll call you at 3 pm.", datetime(2026, 11, 24, 10), LON)
    assert found.due_at is not None
    assert found.due_at.isoformat() == "2026-11-24T15:00:00+00:00"


def test_notes_say_when_a_literal_day_is_not_worked() -> None:
    [found] = find("I'll call you tomorrow.", datetime(2026, 11, 25, 10), NY)
    assert "Thanksgiving" in found.note
    [found] = find("I'll call you tomorrow morning.", datetime(2026, 11, 28, 10), NY)
    assert "not a working day" in found.note


def test_cut_off_is_named_in_the_note() -> None:
    [found] = find("I'll update you by end of day.", datetime(2026, 11, 24, 16, 30), NY)
    assert "16:00 cut-off" in found.note
