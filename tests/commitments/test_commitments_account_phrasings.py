"""Promises as account managers write them to business clients: "expect the credit note",
"I'll ping you", "9 am your time", appointments booked for a slot, "tomorrow AM"."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from calmdesk.commitments import Commitment
from calmdesk.commitments.promises import find
from calmdesk.playbook.model import BusinessHours

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri")
NY = BusinessHours("America/New_York", "09:00", "17:00", WEEKDAYS, "US")
SENT = datetime(2026, 11, 24, 15, 30)  # a Tuesday afternoon, before the cut-off


def found_in(reply: str) -> tuple[Commitment, ...]:
    found = find(reply, SENT, NY)
    for item in found:
        assert reply[item.span.start : item.span.end] == item.span.text
        assert reply[item.phrase.start : item.phrase.end] == item.phrase.text
    return found


@pytest.mark.parametrize(
    "reply",
    [
        "Billing has approved it; expect the credit note within 5 working days.",
        "Billing has approved it, so expect the credit note within 5 working days.",
        "Good news: expect the credit note within 5 working days.",
    ],
)
def test_expect_after_a_clause_break_is_the_teams_promise(reply: str) -> None:
    [found] = found_in(reply)
    assert (found.owner, found.kind) == ("team", "refund")
    assert found.span.text.startswith("expect the credit note")
    assert found.due_at is not None and found.due_at.isoformat() == "2026-12-02T17:00:00-05:00"


@pytest.mark.parametrize(
    "reply",
    [
        "I'll come back to you in the next couple of hours.",
        "I'll ping you by 4 pm.",
        "I'll drop you a line by Thursday.",
        "I'll keep you in the loop until Friday.",
        "I'll revert by tomorrow.",
    ],
)
def test_ways_of_getting_back_to_the_client_are_updates(reply: str) -> None:
    [found] = found_in(reply)
    assert found.kind == "update"


def test_your_time_stays_one_phrase_and_says_whose_clock_it_is() -> None:
    [found] = found_in("I'll update you by 9am your time tomorrow.")
    assert found.span.text == "I'll update you by 9am your time tomorrow"
    assert found.phrase.text == "by 9am your time tomorrow"
    assert found.due_at is not None and found.due_at.isoformat() == "2026-11-25T09:00:00-05:00"
    assert "client's time" in found.note


@pytest.mark.parametrize(
    ("reply", "due"),
    [
        ("The engineer is scheduled for Thursday at 8am.", "2026-11-26T08:00:00-05:00"),
        ("Your technician is booked for Monday at 10am.", "2026-11-30T10:00:00-05:00"),
        ("The engineer is booked for Monday between 8 and 10am.", "2026-11-30T10:00:00-05:00"),
    ],
)
def test_an_appointment_booked_for_a_slot_is_a_promise(reply: str, due: str) -> None:
    [found] = found_in(reply)
    assert found.owner == "team"
    assert found.due_at is not None and found.due_at.isoformat() == due


def test_a_booking_without_a_time_promises_nothing() -> None:
    assert found_in("The engineer is booked for your site.") == ()


@pytest.mark.parametrize(
    ("reply", "due"),
    [
        ("I'll get this over to you tomorrow AM.", "2026-11-25T12:00:00-05:00"),
        ("I'll get this over to you tomorrow a.m.", "2026-11-25T12:00:00-05:00"),
        ("I'll send the report over Monday PM.", "2026-11-30T17:00:00-05:00"),
    ],
)
def test_am_and_pm_after_a_day_are_its_morning_and_afternoon(reply: str, due: str) -> None:
    [found] = found_in(reply)
    assert found.due_at is not None and found.due_at.isoformat() == due


@pytest.mark.parametrize(
    ("reply", "due", "note"),
    [
        # Said on a Tuesday: the weekend is this week's Saturday and Sunday.
        ("I'll send the SLA report over the weekend.", "2026-11-29T23:59:00-05:00", "Sun 29 Nov"),
        ("I'll send the SLA report this weekend.", "2026-11-29T23:59:00-05:00", "not a working"),
        ("I'll send the SLA report at the weekend.", "2026-11-29T23:59:00-05:00", "Sun 29 Nov"),
        ("I'll send the SLA report on the weekend.", "2026-11-29T23:59:00-05:00", "Sun 29 Nov"),
        # Before the weekend starts: the close of the week's last working day.
        ("I'll send the SLA report by the weekend.", "2026-11-27T17:00:00-05:00", "Fri 27 Nov"),
        ("I'll send the SLA report before the weekend.", "2026-11-27T17:00:00-05:00", "Fri 27 Nov"),
    ],
)
def test_the_weekend_is_its_end_or_the_close_before_it(reply: str, due: str, note: str) -> None:
    [found] = found_in(reply)
    assert found.due_at is not None and found.due_at.isoformat() == due
    assert note in found.note


@pytest.mark.parametrize(
    "reply",
    [
        "The credit note for INV-2291 will be issued by Thursday.",
        "The credit note for invoice 2291 will be issued by Thursday.",
    ],
)
def test_a_subject_ending_in_a_reference_number_still_promises(reply: str) -> None:
    [found] = found_in(reply)
    assert found.owner == "team"
    assert found.span.text == reply.rstrip(".")


@pytest.mark.parametrize(
    ("reply", "owner", "due"),
    [
        ("I've booked the engineer for 9am on 2 December.", "rep", "2026-12-02T09:00:00-05:00"),
        ("We have scheduled the call for Monday at 2pm.", "team", "2026-11-30T14:00:00-05:00"),
    ],
)
def test_a_booking_made_for_a_time_ahead_is_a_promise(reply: str, owner: str, due: str) -> None:
    [found] = found_in(reply)
    assert found.owner == owner
    assert found.due_at is not None and found.due_at.isoformat() == due


@pytest.mark.parametrize(
    "reply",
    ["I've booked a courier.", "I have arranged a replacement.", "We have had three outages."],
)
def test_a_booking_without_a_time_or_a_plain_past_is_no_promise(reply: str) -> None:
    assert found_in(reply) == ()


def test_your_time_is_read_on_the_clients_clock_when_it_is_known() -> None:
    sydney = timezone(timedelta(hours=11))
    sent = datetime(2026, 11, 23, 17, 30)  # Monday evening in New York, Tuesday in Sydney
    [found] = find("I'll update you by 9am your time tomorrow.", sent, NY, sydney)
    # Wednesday 09:00 in Sydney is Tuesday 17:00 in New York.
    assert found.due_at is not None and found.due_at.isoformat() == "2026-11-24T17:00:00-05:00"
    assert "read on the client's clock (Etc/GMT-11)" in found.note


@pytest.mark.parametrize(
    ("reply", "owner", "span"),
    [
        (
            "Our engineer, Tom, will be on site Thursday at 10am.",
            "team",
            "Our engineer, Tom, will be on site Thursday at 10am",
        ),
        (
            "I checked and our courier, DHL, will deliver on Friday.",
            "third_party",
            "our courier, DHL, will deliver on Friday",
        ),
    ],
)
def test_a_name_set_off_by_commas_before_will_still_promises(
    reply: str, owner: str, span: str
) -> None:
    [found] = found_in(reply)
    assert (found.owner, found.span.text) == (owner, span)


def test_a_question_after_a_comma_is_still_no_promise() -> None:
    assert found_in("If it's late, will you tell me by Friday?") == ()
