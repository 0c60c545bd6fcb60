"""Business threads as an account manager lives them: promised times that slip, clients in
other time zones, deadlines with a date and a clock time, and what the handoff shows."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from calmdesk.case import Case
from calmdesk.escalation import escalate, render_markdown
from calmdesk.escalation.scripts import OPENERS
from calmdesk.message import Message
from calmdesk.playbook import Playbook
from tests.escalation.builders import NEW_YORK

LONDON = ZoneInfo("Europe/London")
LOS_ANGELES = ZoneInfo("America/Los_Angeles")
MONDAY_9 = datetime(2026, 11, 23, 9, 0, tzinfo=NEW_YORK)


def client(text: str, at: datetime) -> Message:
    return Message(text, "client", "email", at)


def rep(text: str, at: datetime) -> Message:
    return Message(text, "rep", "email", at)


# --- a promised time that slips ----------------------------------------------------------------


def test_a_promised_time_that_passes_without_news_suggests_a_lead(playbook: Playbook) -> None:
    case = Case(
        (
            client("Our renewal is due next month and the report export still fails.", MONDAY_9),
            rep("Sorry about that. I'll send you the workaround by end of day.", MONDAY_9),
            client("Nothing came through yesterday.", MONDAY_9 + timedelta(days=1)),
        )
    )
    result = escalate(case, playbook, now=MONDAY_9 + timedelta(days=1))
    [missed] = [r for r in result.reasons if r.kind == "promise_missed"]
    assert missed.decision == "suggest"
    assert missed.message_index == 1
    assert missed.span.text == "I'll send you the workaround by end of day"
    assert result.decision != "none"
    assert "promised time missed" in result.handoff.summary


def test_two_missed_times_require_a_lead(playbook: Playbook) -> None:
    case = Case(
        (
            client("The portal is down for our whole team.", MONDAY_9),
            rep("I'll update you within the hour.", MONDAY_9),
            client("No update yet.", MONDAY_9 + timedelta(hours=3)),
            rep(
                "Fixed now. I'll confirm the credit by COB tomorrow.", MONDAY_9 + timedelta(hours=3)
            ),
            client("Still waiting on the credit.", MONDAY_9 + timedelta(days=2)),
        )
    )
    result = escalate(case, playbook, now=MONDAY_9 + timedelta(days=2))
    [missed] = [r for r in result.reasons if r.kind == "promise_missed"]
    assert missed.decision == "required"
    assert missed.message_index == 3


def test_a_promise_kept_in_time_or_not_yet_due_is_not_missed(playbook: Playbook) -> None:
    case = Case(
        (
            client("The portal is down for our whole team.", MONDAY_9),
            rep("I'll update you within the hour.", MONDAY_9),
            rep(
                "Update: it's back. I'll send you the report by Friday.",
                MONDAY_9 + timedelta(minutes=40),
            ),
            client("Thanks.", MONDAY_9 + timedelta(hours=2)),
        )
    )
    result = escalate(case, playbook, now=MONDAY_9 + timedelta(hours=2))
    assert not [r for r in result.reasons if r.kind == "promise_missed"]


def test_our_own_work_running_late_is_not_a_promise_to_the_client(playbook: Playbook) -> None:
    case = Case(
        (
            client("The payroll sync failed again.", MONDAY_9),
            rep("I'm escalating this to our integrations team tonight.", MONDAY_9),
            client("Log attached.", MONDAY_9 + timedelta(days=1)),
        )
    )
    result = escalate(case, playbook, now=MONDAY_9 + timedelta(days=1))
    assert not [r for r in result.reasons if r.kind == "promise_missed"]


# --- a client in another time zone -------------------------------------------------------------


def test_a_client_elsewhere_hears_the_time_on_their_own_clock(playbook: Playbook) -> None:
    at = datetime(2026, 11, 24, 11, 0, tzinfo=LONDON)  # 06:00 in New York
    case = Case((client("Third time asking. Get me your manager.", at),))
    result = escalate(case, playbook, now=at)
    assert result.reply_by == datetime(2026, 11, 24, 11, 0, tzinfo=NEW_YORK)
    assert "by 4 pm today your time" in result.client_line
    assert "EST" not in result.client_line


def test_a_client_with_a_fixed_offset_hears_their_own_clock_too(playbook: Playbook) -> None:
    sydney = timezone(timedelta(hours=11))
    at = datetime(2026, 11, 25, 10, 0, tzinfo=sydney)  # Tue 18:00 in New York
    case = Case((client("Third time asking. Get me your manager.", at),))
    result = escalate(case, playbook, now=at)
    # Wed 11:00 New York is Thu 03:00 in Sydney.
    assert "by 3 am tomorrow your time" in result.client_line


# --- the line never promises what the lead has to decide ---------------------------------------


def test_the_refund_openers_do_not_promise_the_money_back() -> None:
    for opener in OPENERS["refund_above_ceiling"]:
        lowered = opener.lower()
        assert "back to you" not in lowered and "you'll get" not in lowered, opener


# --- deadlines with a date and a clock ---------------------------------------------------------


def test_a_deadline_takes_the_date_and_clock_said_after_it(playbook: Playbook) -> None:
    at = datetime(2026, 11, 24, 10, 0, tzinfo=LOS_ANGELES)
    text = (
        "The booth kit has to be at the convention center by Monday November 30 at 7am for "
        "setup. Get me your manager."
    )
    result = escalate(Case((client(text, at),)), playbook, now=at)
    [deadline] = result.handoff.deadlines
    assert "by Monday November 30" in deadline.span.text
    assert "7am" in deadline.span.text
    # 7 am on the client's clock (Los Angeles) is 10 am in New York.
    assert deadline.due_at == datetime(2026, 11, 30, 10, 0, tzinfo=NEW_YORK)


# --- the handoff shows what a lead must see ----------------------------------------------------


def test_a_promise_due_on_a_holiday_says_so_in_the_handoff(playbook: Playbook) -> None:
    wednesday = datetime(2026, 11, 25, 15, 0, tzinfo=NEW_YORK)
    case = Case(
        (
            client("The replacement router still hasn't come. Get me your manager.", wednesday),
            rep("I'll have the replacement shipped tomorrow.", wednesday),
        )
    )
    markdown = render_markdown(escalate(case, playbook, now=wednesday))
    [line] = [ln for ln in markdown.splitlines() if "shipped tomorrow”" in ln]
    assert "Thanksgiving" in line


def test_work_the_team_has_under_way_or_finished_counts_as_tried(playbook: Playbook) -> None:
    case = Case(
        (
            client("The portal is down for our whole team. Get me your manager.", MONDAY_9),
            rep(
                "Our engineers are investigating the outage now. Service has been restored "
                "as of 11:42.",
                MONDAY_9 + timedelta(hours=3),
            ),
        )
    )
    tried = [q.span.text for q in escalate(case, playbook, now=MONDAY_9).handoff.tried]
    assert any("engineers are investigating" in text for text in tried)
    assert any("has been restored" in text for text in tried)


def test_before_an_event_on_a_day_means_by_the_start_of_that_day(playbook: Playbook) -> None:
    text = "Get me your manager. I need the credit note before our board meeting on Friday."
    result = escalate(Case((client(text, MONDAY_9),)), playbook, now=MONDAY_9)
    [deadline] = result.handoff.deadlines
    assert deadline.span.text.endswith("before our board meeting on Friday")
    assert deadline.due_at == datetime(2026, 11, 27, 9, 0, tzinfo=NEW_YORK)
    assert "board meeting" in deadline.note


# --- someone senior on the client's side is copied in ------------------------------------------


def test_a_client_copying_in_their_vp_suggests_a_lead(playbook: Playbook) -> None:
    text = (
        "Nobody turned up for the install this morning. I'm copying in Dana Whitfield, our VP "
        "of Operations, as this is the second missed visit."
    )
    result = escalate(Case((client(text, MONDAY_9),)), playbook, now=MONDAY_9)
    [copied] = [r for r in result.reasons if r.kind == "executive_copied"]
    assert copied.decision == "suggest"
    assert copied.span.text.startswith("copying in Dana Whitfield, our VP")
    assert "senior" in result.handoff.summary


def test_copying_in_a_colleague_of_the_same_rank_is_not_senior(playbook: Playbook) -> None:
    text = "Nobody turned up for the install. I'm copying in my colleague Sam who booked it."
    result = escalate(Case((client(text, MONDAY_9),)), playbook, now=MONDAY_9)
    assert not [r for r in result.reasons if r.kind == "executive_copied"]


def test_a_promise_in_the_clients_time_is_read_on_their_clock(playbook: Playbook) -> None:
    sydney = timezone(timedelta(hours=11))
    case = Case(
        (
            client(
                "Our Sydney office can't reach the workspace.",
                datetime(2026, 11, 24, 9, 0, tzinfo=sydney),
            ),
            # Mon 17:30 in New York is Tue 09:30 in Sydney: "tomorrow" there is Wednesday.
            rep(
                "I'll update you by 9am your time tomorrow.",
                datetime(2026, 11, 23, 17, 30, tzinfo=NEW_YORK),
            ),
        )
    )
    result = escalate(case, playbook, now=datetime(2026, 11, 23, 18, 0, tzinfo=NEW_YORK))
    [promise] = result.handoff.promised
    assert promise.commitment.due_at == datetime(2026, 11, 24, 17, 0, tzinfo=NEW_YORK)
    assert "client's clock" in promise.commitment.note
