"""The client's deadlines: placed on the calendar, listed in the handoff, and never promised
past in the line to the client."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

from calmdesk.case import Case, prepare
from calmdesk.escalation import escalate, render_markdown
from calmdesk.escalation.deadlines import client_deadlines
from calmdesk.message import Message
from calmdesk.playbook import Playbook

NEW_YORK = ZoneInfo("America/New_York")
TUESDAY_10 = datetime(2026, 11, 24, 10, 0, tzinfo=NEW_YORK)

URGENT = (
    "Our store has been down since your update and we are losing sales. I need someone "
    "technical on a call within the hour. Get me your manager."
)


def one(text: str, sent_at: datetime | None = TUESDAY_10) -> Case:
    return Case((Message(text, "client", "email", sent_at),))


def test_a_deadline_before_a_leads_usual_reply_sets_the_reply_time(playbook: Playbook) -> None:
    result = escalate(one(URGENT), playbook, now=TUESDAY_10)
    assert result.decision == "required"
    # A lead usually answers within two working hours (12:00); the client said within the hour.
    assert result.reply_by == datetime(2026, 11, 24, 11, 0, tzinfo=NEW_YORK)
    assert "by 11 am today" in result.client_line
    [deadline] = result.handoff.deadlines
    assert deadline.due_at == datetime(2026, 11, 24, 11, 0, tzinfo=NEW_YORK)
    assert not deadline.passed
    assert any("deadline" in note for note in result.handoff.notes)


def test_a_later_deadline_leaves_the_usual_reply_time(playbook: Playbook) -> None:
    text = "Get me your manager. We need the replacement by Friday for our trade show."
    result = escalate(one(text), playbook, now=TUESDAY_10)
    assert result.reply_by == datetime(2026, 11, 24, 12, 0, tzinfo=NEW_YORK)
    [deadline] = result.handoff.deadlines
    assert deadline.due_at == datetime(2026, 11, 27, 17, 0, tzinfo=NEW_YORK)
    assert not any("deadline" in note for note in result.handoff.notes)


def test_a_deadline_counts_from_its_own_message_and_can_pass(playbook: Playbook) -> None:
    monday = datetime(2026, 11, 23, 15, 0, tzinfo=NEW_YORK)
    case = Case(
        (
            Message("We need it today, the install is booked.", "client", "email", monday),
            Message("I'm on it.", "rep", "email", monday.replace(hour=16)),
            Message("Still nothing. Get me your manager.", "client", "email", TUESDAY_10),
        )
    )
    result = escalate(case, playbook, now=TUESDAY_10)
    [deadline] = result.handoff.deadlines
    assert deadline.message_index == 0
    assert deadline.due_at == datetime(2026, 11, 23, 17, 0, tzinfo=NEW_YORK)
    assert deadline.passed
    assert result.reply_by == datetime(2026, 11, 24, 12, 0, tzinfo=NEW_YORK)
    assert "**passed**" in render_markdown(result)


def test_a_deadline_with_no_time_words_is_listed_without_a_time(playbook: Playbook) -> None:
    case = prepare(one("We need the dress in time for my wedding."), playbook)
    [deadline] = client_deadlines(case, playbook, TUESDAY_10)
    assert deadline.due_at is None
    assert deadline.note == "no time named"


def test_an_untimed_newest_message_counts_from_now(playbook: Playbook) -> None:
    case = prepare(one("I need a call within the hour.", sent_at=None), playbook)
    [deadline] = client_deadlines(case, playbook, TUESDAY_10.replace(hour=14))
    assert deadline.due_at == datetime(2026, 11, 24, 15, 0, tzinfo=NEW_YORK)


def test_without_business_hours_no_deadline_is_placed(playbook: Playbook) -> None:
    case = prepare(one(URGENT), playbook)
    assert client_deadlines(case, replace(playbook, hours=None), TUESDAY_10) == ()


def test_the_handoff_lists_deadlines_in_markdown(playbook: Playbook) -> None:
    text = render_markdown(escalate(one(URGENT), playbook, now=TUESDAY_10))
    assert "## Deadlines" in text
    assert "2026-11-24 11:00" in text


def test_deadlines_survive_the_serialised_form(playbook: Playbook) -> None:
    from calmdesk.escalation import Escalation
    from calmdesk.serialise import dump, load

    result = escalate(one(URGENT), playbook, now=TUESDAY_10)
    assert load(Escalation, dump(result)) == result
    assert dump(result)["handoff"]["deadlines"][0]["due_at"] == "2026-11-24T11:00:00-05:00"
