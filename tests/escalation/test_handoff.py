"""The handoff note: facts, timeline, what was tried and promised, wants, heat, owner."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from calmdesk.case import Case, prepare
from calmdesk.escalation import Escalation, escalate, render_markdown
from calmdesk.message import Message
from calmdesk.playbook import Playbook
from calmdesk.serialise import dump, dumps, load
from tests.escalation.builders import NEW_YORK, START, thread

STORY = (
    "Hi, order 4411 arrived with a cracked screen. I paid $1,240 for it.\n\nThanks,\nPriya",
    "Hi Priya, I'm so sorry about the screen. I've contacted the courier, and I'll update you "
    "by 3 pm today.",
    "Nobody got back to me. I want my money back and I want to speak to your manager.",
)


@pytest.fixture(scope="module")
def result(playbook: Playbook) -> Escalation:
    return escalate(thread(*STORY), playbook, now=START + timedelta(days=1))


def test_handoff_has_the_facts_the_client_gave(result: Escalation) -> None:
    note = result.handoff
    details = {(d.kind, d.value, d.message_index) for d in note.details}
    assert {("order_number", "4411", 0), ("amount", "USD 1240.00", 0)} <= details
    assert ("name", "Priya", 0) in details
    assert any("cracked screen" in fact.span.text for fact in note.facts)


def test_handoff_lists_what_the_client_wants(result: Escalation) -> None:
    wants = {(q.name, q.message_index) for q in result.handoff.wants}
    assert {("refund", 2), ("manager", 2)} <= wants


def test_handoff_lists_what_was_tried_and_promised(result: Escalation) -> None:
    note = result.handoff
    assert [(q.message_index, q.span.text) for q in note.tried] == [
        (1, "I've contacted the courier, and I'll update you by 3 pm today.")
    ]
    [promise] = note.promised
    assert promise.message_index == 1
    assert promise.commitment.span.text == "I'll update you by 3 pm today"
    assert promise.commitment.due_at == datetime(2026, 11, 24, 15, 0, tzinfo=NEW_YORK)
    assert promise.overdue  # `now` is the next morning


def test_handoff_has_heat_per_client_message_and_a_full_timeline(result: Escalation) -> None:
    note = result.handoff
    assert [h.message_index for h in note.heat] == [0, 2]
    assert [h.sent_at for h in note.heat] == [START, START + timedelta(minutes=40)]
    assert [(t.message_index, t.role) for t in note.timeline] == [
        (0, "client"),
        (1, "rep"),
        (2, "client"),
    ]
    assert note.timeline[1].sent_at == START + timedelta(minutes=20)


def test_handoff_owner_and_summary(result: Escalation) -> None:
    note = result.handoff
    assert (note.owner, note.also) == ("team lead", ())
    assert note.summary.startswith("Escalation required: refund above the ceiling")
    assert "asked for a manager" in note.summary


def test_markdown_is_ready_to_paste(result: Escalation) -> None:
    text = render_markdown(result)
    assert text.startswith("# Handoff: escalation required · owner: team lead\n")
    headings = ("Why", "Say to the client", "Facts", "What the client wants", "Tried so far")
    for heading in (*headings, "Promised", "Heat over time", "Timeline"):
        assert f"\n## {heading}\n" in text
    assert f"> {result.client_line}" in text
    assert "“I'll update you by 3 pm today” (#2, rep): due 2026-11-24 15:00 EST — **overdue**" in (
        text
    )
    assert "[" not in text.split("## Timeline")[1]  # no console markup left in


def test_escalation_round_trips_through_its_serialised_form(
    result: Escalation, playbook: Playbook
) -> None:
    assert load(Escalation, dump(result)) == result
    assert load(Escalation, __import__("json").loads(dumps(result))) == result
    prepared = prepare(thread(*STORY), playbook)
    assert load(Case, dump(prepared)) == prepared


def test_stored_readings_are_used_as_they_are(playbook: Playbook) -> None:
    prepared = prepare(thread(*STORY), playbook)
    assert escalate(prepared, playbook) == escalate(thread(*STORY), playbook)


def test_messages_without_times_are_noted_not_refused(playbook: Playbook) -> None:
    result = escalate(thread(*STORY, timed=False), playbook, now=START)
    [promise] = result.handoff.promised
    assert promise.commitment.due_at is None and not promise.overdue
    assert "the message has no time" in promise.commitment.note
    assert any("No time on message(s) #1, #2, #3" in note for note in result.handoff.notes)
    assert "time unknown" in render_markdown(result)


def test_playbook_without_business_hours_keeps_promises_without_due_times(
    playbook: Playbook,
) -> None:
    no_hours = replace(playbook, hours=None)  # type: ignore[arg-type]
    result = escalate(thread(*STORY), no_hours, now=START)
    assert result.decision == "required"
    assert result.reply_by is None
    assert [p.commitment.due_at for p in result.handoff.promised] == [None]
    assert any("no business hours" in note for note in result.handoff.notes)


def test_times_out_of_order_are_noted(playbook: Playbook) -> None:
    case = Case(
        (
            Message("Where is my order?", sent_at=START),
            Message("Checking now.", "rep", sent_at=START - timedelta(hours=1)),
        )
    )
    assert any("backwards" in note for note in escalate(case, playbook).handoff.notes)


def test_a_non_english_message_is_noted(playbook: Playbook) -> None:
    case = thread("Mi pedido no ha llegado y estoy muy molesto con el servicio.")
    note = escalate(case, playbook).handoff
    assert note.heat == ()
    assert any("not in English" in line for line in note.notes)


def test_the_handoff_topic_is_the_problem_not_the_complaints_about_handling_it(
    playbook: Playbook,
) -> None:
    case = thread(
        "My order 3318 was due on Friday and still hasn't arrived.",
        "I'll look into it.",
        "Two days and no answer from anyone.",
        "I'll chase it.",
        "Nobody has replied again. Get me a manager.",
    )
    topics = [r.topic.topic for r in prepare(case, playbook).readings if r is not None]
    assert topics.count("service") >= 1 and topics[0] == "delivery"
    assert escalate(case, playbook).handoff.topic == "delivery"


def test_the_remedy_asked_for_later_does_not_change_what_the_case_is_about(
    playbook: Playbook,
) -> None:
    case = thread(
        "My order 7781 was supposed to arrive on Monday. Where is it?",
        "I'll check with the courier today.",
        "I paid $60 for this. Refund me or I'm reporting you to the BBB.",
    )
    topics = [r.topic.topic for r in prepare(case, playbook).readings if r is not None]
    assert topics == ["delivery", "billing"]
    result = escalate(case, playbook)
    assert result.handoff.topic == "delivery"
    [legal] = [r for r in result.reasons if r.kind == "legal_threat"]
    assert legal.span.text == "I'm reporting you to the BBB"


def test_without_message_times_a_vague_promise_still_says_it_was_vague(
    playbook: Playbook,
) -> None:
    case = thread(
        "Where is order 3318?",
        "I'll get back to you soon, and I'll call you by 3 pm tomorrow.",
        "Still nothing.",
        timed=False,
    )
    notes = {
        p.commitment.span.text: p.commitment.note for p in escalate(case, playbook).handoff.promised
    }
    vague = next(note for text, note in notes.items() if "soon" in text)
    timed = next(note for text, note in notes.items() if "3 pm" in text)
    assert "soon" in vague and "the message has no time" not in vague
    assert "the message has no time" in timed


def test_an_action_said_before_a_promise_is_listed_as_tried(playbook: Playbook) -> None:
    case = thread("Where is order 3318?", "I've called the courier and will update you by 3 pm.")
    handoff = escalate(case, playbook).handoff
    assert any("called the courier" in q.span.text for q in handoff.tried)
    assert [p.commitment.span.text for p in handoff.promised] == ["will update you by 3 pm"]


def test_news_the_rep_got_from_someone_asked_counts_as_tried(playbook: Playbook) -> None:
    case = thread("Where is order 3318?", "Apologies, the courier says it's at their depot.")
    handoff = escalate(case, playbook).handoff
    assert [q.span.text for q in handoff.tried] == [
        "Apologies, the courier says it's at their depot."
    ]
    quiet = thread("Where is order 3318?", "Apologies, it's at the depot.")
    assert escalate(quiet, playbook).handoff.tried == ()


def test_work_under_way_counts_as_tried(playbook: Playbook) -> None:
    case = thread(
        "The March invoice charges 40 hours; you delivered 22.",
        "Thanks for flagging this. I'm checking the timesheets with our finance team.",
    )
    handoff = escalate(case, playbook).handoff
    assert any("checking the timesheets" in q.span.text for q in handoff.tried)
    idle = thread("The March invoice charges 40 hours.", "Thanks, I'm sorry about that.")
    assert escalate(idle, playbook).handoff.tried == ()


def test_a_deadline_on_a_day_the_team_is_closed_says_so(playbook: Playbook) -> None:
    # Tuesday 24 November 2026: "by Thursday" is Thanksgiving, a US holiday in the default hours
    case = thread("Get me your manager. The invoice must be corrected by Thursday.")
    text = render_markdown(escalate(case, playbook, now=START))
    [line] = [row for row in text.split("## Deadlines")[1].splitlines() if "(#1):" in row]
    assert "Thanksgiving" in line and "the team is not in that day" in line
