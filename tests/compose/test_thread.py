"""`compose_in_thread` and `calmdesk compose --thread`: the reply to a thread's newest client
message uses what the thread shows, and still passes review. Every thread here is our own."""

from __future__ import annotations

import itertools
import json
from datetime import datetime
from pathlib import Path

import pytest

from calmdesk.case import Case, prepare
from calmdesk.commitments import Commitment, commitments
from calmdesk.compose import ComposeContext, Draft, compose_in_thread
from calmdesk.compose.thread import (
    OWNED,
    OWNED_UNNAMED,
    add_to_part,
    missed_promise_sentence,
    remedies_in,
    thread_facts,
)
from calmdesk.compose.values import Part
from calmdesk.errors import InputError
from calmdesk.escalation import escalate
from calmdesk.escalation.threads import parse_thread
from calmdesk.message import Message
from calmdesk.playbook import default_playbook
from calmdesk.reading.values import Reading
from calmdesk.review import review
from calmdesk.serialise import dump, load
from calmdesk.text import Span, normalise
from tests.compose.test_cli_compose import run

PLAYBOOK = default_playbook()
ZONE = "America/New_York"

DOUBLE_CHARGE = (
    "[2026-11-18 09:10] Client: Your system billed my card $380 twice for the annual plan, "
    "invoice INV-7730. Please refund the second payment.\n"
    "[2026-11-18 10:05] Rep: I'm sorry about that. I'll confirm the refund with our billing "
    "team by Friday.\n"
    "[2026-11-24 11:30] Client: It's Tuesday and I still have nothing from you. Refund it now "
    "please.\n"
)

CHASED_THREE_TIMES = """\
[2026-11-16 09:00] Client: My order 60412 should have come last Thursday with DPD. Where is it?
[2026-11-16 11:00] Rep: I've contacted DPD and asked them to trace the parcel.
[2026-11-18 10:00] Client: Still nothing. This is the second time I've had to ask.
[2026-11-18 12:00] Rep: I'm sorry. I've arranged a replacement with express delivery.
[2026-11-23 09:30] Client: Third time writing now. Nothing has come. I want this sorted today.
"""

NO_TIMES = """\
Client: The kettle I ordered arrived with a cracked lid. Order 55120.
Rep: I'm sorry to hear that. I've sent you a replacement lid.
Client: The new lid is cracked as well. This is not good enough.
"""

REP_LAST = """\
Client: Is my parcel on its way?
Rep: Let me look that up for you.
"""


def thread(text: str) -> Case:
    return Case(parse_thread(text, timezone=ZONE))


def newest_reading(case: Case) -> Reading | None:
    return prepare(case, PLAYBOOK).readings[-1]


def assert_consistent(draft: Draft) -> None:
    """Every part and placeholder span is the text it claims, parts in order, no overlap."""
    for part in draft.parts:
        assert draft.text[part.span.start : part.span.end] == part.span.text
    for placeholder in draft.placeholders:
        assert draft.text[placeholder.span.start : placeholder.span.end] == placeholder.span.text
    assert all(a.span.end <= b.span.start for a, b in itertools.pairwise(draft.parts))


@pytest.mark.parametrize("text", [DOUBLE_CHARGE, CHASED_THREE_TIMES, NO_TIMES])
def test_every_thread_draft_passes_review_against_the_newest_client_message(text: str) -> None:
    case = thread(text)
    draft = compose_in_thread(case, PLAYBOOK)
    assert_consistent(draft)
    result = review(draft.text, PLAYBOOK, newest_reading(case))
    assert result.verdict == "send", [(f.rule, f.message) for f in result.findings]


def test_a_missed_promise_is_owned_in_the_acknowledgement() -> None:
    draft = compose_in_thread(thread(DOUBLE_CHARGE), PLAYBOOK)
    acknowledge = draft.part("acknowledge")
    assert acknowledge is not None
    assert "by Friday" in acknowledge.span.text and "I'm sorry" in acknowledge.span.text
    assert draft.text.count("by Friday") == 1  # only there
    assert any("is overdue" in note and "#2" in note for note in draft.notes)


def test_a_missed_promise_the_rep_already_wrote_about_is_not_owned_again() -> None:
    spoken_to = DOUBLE_CHARGE.replace(
        "[2026-11-24 11:30] Client:",
        "[2026-11-23 09:00] Rep: I'm sorry, billing have not confirmed it yet.\n"
        "[2026-11-24 11:30] Client:",
    )
    draft = compose_in_thread(thread(spoken_to), PLAYBOOK)
    assert not any("is overdue" in note for note in draft.notes)
    # A rep message before the promise fell due does not speak to the miss.
    before_due = DOUBLE_CHARGE.replace(
        "[2026-11-24 11:30] Client:",
        "[2026-11-19 09:00] Rep: Billing are looking at it.\n[2026-11-24 11:30] Client:",
    )
    draft = compose_in_thread(thread(before_due), PLAYBOOK)
    assert any("is overdue" in note for note in draft.notes)


@pytest.mark.parametrize(
    ("newest", "owned"),
    [
        ("Thank you so much, that's everything I needed!", False),  # it reached them
        ("Thanks. Any news on the refund?", True),  # still chasing, politely
        ("Hello again, is there an update?", True),
    ],
)
def test_a_client_who_only_thanks_us_is_not_told_of_a_miss(newest: str, owned: bool) -> None:
    text = DOUBLE_CHARGE.replace(
        "It's Tuesday and I still have nothing from you. Refund it now please.", newest
    )
    assert newest in text
    draft = compose_in_thread(thread(text), PLAYBOOK)
    assert any("is overdue" in note for note in draft.notes) == owned
    assert review(draft.text, PLAYBOOK, newest_reading(thread(text))).verdict == "send"


def test_a_refund_above_the_ceiling_from_an_earlier_message_goes_to_the_lead() -> None:
    # The newest message asks for the refund without the amount; the first one named $380.
    draft = compose_in_thread(thread(DOUBLE_CHARGE), PLAYBOOK)
    solve = draft.part("solve")
    assert solve is not None
    assert "$380" in solve.span.text and "team lead" in solve.span.text
    assert "a full refund" not in solve.span.text
    assert any(n.startswith("Escalation required (owner: team lead)") for n in draft.notes)
    assert any("USD 380.00" in n for n in draft.notes)  # the reasons are in the note


def test_remedies_the_rep_already_gave_are_not_offered_again() -> None:
    draft = compose_in_thread(thread(CHASED_THREE_TIMES), PLAYBOOK)
    solve = draft.part("solve")
    clarify = draft.part("clarify")
    assert solve is not None and clarify is not None
    assert "replacement" not in solve.span.text and "priority" not in solve.span.text
    assert "a replacement, priority shipping" in clarify.span.text


def test_a_required_escalation_brings_the_lead_into_the_solve_part() -> None:
    case = thread(CHASED_THREE_TIMES)
    assert escalate(case, PLAYBOOK, datetime(2026, 11, 23, 9, 30)).decision == "required"
    draft = compose_in_thread(case, PLAYBOOK)
    solve = draft.part("solve")
    assert solve is not None and "team lead" in solve.span.text
    assert any("repeat" in note or "contact us before" in note for note in draft.notes)


def test_without_times_nothing_is_overdue_and_times_are_relative() -> None:
    draft = compose_in_thread(thread(NO_TIMES), PLAYBOOK)
    assert not any("overdue" in note for note in draft.notes)
    assert any("No message time" in note for note in draft.notes)
    solve = draft.part("solve")
    assert solve is not None and "replacement" not in solve.span.text


def test_a_thread_whose_newest_message_is_the_reps_is_a_clear_error() -> None:
    with pytest.raises(InputError, match="newest message in the thread is from the rep"):
        compose_in_thread(thread(REP_LAST), PLAYBOOK)


def test_now_defaults_to_the_newest_message_time() -> None:
    case = thread(DOUBLE_CHARGE)
    newest = case.messages[-1].sent_at
    assert compose_in_thread(case, PLAYBOOK) == compose_in_thread(
        case, PLAYBOOK, ComposeContext(now=newest)
    )
    # Judged a week earlier, the promise is not overdue yet and nothing is owned.
    early = compose_in_thread(case, PLAYBOOK, ComposeContext(now=datetime(2026, 11, 18, 11)))
    assert not any("overdue" in note for note in early.notes)


def test_facts_from_earlier_messages_fill_the_context_and_the_newest_wins() -> None:
    case = prepare(
        Case(
            (
                Message("Order 31177 came with a broken handle.", "client"),
                Message("I'm sorry, I'll look into it.", "rep"),
                Message("Any news? And it's order 31178, I mistyped.", "client"),
            )
        ),
        PLAYBOOK,
    )
    assert "order_number" not in thread_facts(case, PLAYBOOK)  # the newest names its own
    earlier = prepare(
        Case((Message("Order 31177 came late.", "client"), Message("Any news?", "client"))),
        PLAYBOOK,
    )
    assert thread_facts(earlier, PLAYBOOK)["order_number"] == "31177"


def test_a_carrier_the_rep_named_is_a_fact_but_not_the_reps_own_name() -> None:
    case = prepare(
        Case(
            (
                Message("My parcel is a week late.", "client"),
                Message("I've asked DPD to trace it.\n\nBest,\nMorgan Lee", "rep"),
                Message("Any news?", "client"),
            )
        ),
        PLAYBOOK,
    )
    facts = thread_facts(case, PLAYBOOK)
    assert facts.get("carrier") == "DPD"
    assert "name" not in facts


def test_the_context_given_comes_before_the_thread() -> None:
    context = ComposeContext(facts={"order_number": "X-1"}, tried=("a credit",))
    draft = compose_in_thread(thread(NO_TIMES), PLAYBOOK, context)
    assert "X-1" in draft.text and "55120" not in draft.text
    clarify = draft.part("clarify")
    assert clarify is not None and "a credit, a replacement" in clarify.span.text


@pytest.mark.parametrize(
    "said",
    [
        "I've issued a refund of $25 to your card.",
        "We have reversed the charge.",
        "I'll process a refund today.",
    ],
)
def test_a_refund_given_or_promised_is_tried(said: str) -> None:
    assert remedies_in([said]) == ("a refund",)


@pytest.mark.parametrize(
    ("said", "found"),
    [
        ("I've arranged a replacement for you.", ("a replacement",)),
        ("We reshipped it this morning.", ("a replacement",)),
        ("I've upgraded your shipping to next day.", ("priority shipping",)),
        ("I've added a credit to your account.", ("an account credit",)),
        ("I've cancelled the order as you asked.", ("a cancellation",)),
    ],
)
def test_remedies_in_rep_words(said: str, found: tuple[str, ...]) -> None:
    assert remedies_in([said]) == found


@pytest.mark.parametrize(
    "said",
    [
        "We can't refund shipping costs.",  # turned down
        "I'm unable to send a replacement.",
        "Please check the credit card on file.",  # a card, not a credit
        "Your order is our priority.",  # no priority shipping
        "I've contacted the courier.",  # a chase, not a remedy
    ],
)
def test_near_misses_are_not_remedies(said: str) -> None:
    assert remedies_in([said]) == ()


def _promise(owner: str, kind: str, due: datetime) -> Commitment:
    return Commitment(Span(0, 1, "x"), owner, kind, due, False, Span(0, 1, "x"), "")


@pytest.mark.parametrize("kind", ["update", "call", "refund", "replacement", "delivery", "other"])
@pytest.mark.parametrize("owner", ["rep", "team"])
@pytest.mark.parametrize("seed", range(max(len(OWNED), len(OWNED_UNNAMED))))
def test_owning_a_promise_makes_no_new_promise(kind: str, owner: str, seed: int) -> None:
    now = datetime(2026, 11, 25, 11)
    for due in (datetime(2026, 11, 23, 17), datetime(2026, 11, 25, 9), datetime(2026, 11, 2, 17)):
        sentence = missed_promise_sentence(_promise(owner, kind, due), now, PLAYBOOK, seed)
        assert "sorry" in sentence
        assert ("We " in sentence or "we " in sentence) == (owner == "team")
        assert commitments(normalise(sentence, 10_000), now, PLAYBOOK) == ()


def test_the_missed_time_is_named_from_now() -> None:
    now = datetime(2026, 11, 25, 11)  # a Wednesday

    def said(due: datetime) -> str:
        return missed_promise_sentence(_promise("rep", "update", due), now, PLAYBOOK, 0)

    assert "by 9 am today" in said(datetime(2026, 11, 25, 9))
    assert "by 3 pm yesterday" in said(datetime(2026, 11, 24, 15))
    assert "by Monday," in said(datetime(2026, 11, 23, 17))
    assert "by 2 November" in said(datetime(2026, 11, 2, 17))


def test_adding_to_a_part_moves_the_later_parts_and_placeholders() -> None:
    text = "Hi,\n\nSorry about {order_number}.\n\nWe'll send {tracking_number} soon."
    parts = (
        Part("greeting", Span.of(text, 0, 3)),
        Part("acknowledge", Span.of(text, 5, 32)),
        Part("expect", Span.of(text, 34, len(text))),
    )
    draft = load(Draft, dump(Draft(text, parts, (), 3, "template", ())))
    grown = add_to_part(draft, "acknowledge", "It was late.")
    assert_consistent(grown)
    assert [p.span.text for p in grown.parts] == [
        "Hi,",
        "Sorry about {order_number}. It was late.",
        "We'll send {tracking_number} soon.",
    ]
    assert [p.name for p in grown.placeholders] == ["order_number", "tracking_number"]
    assert add_to_part(draft, "close", "Bye.") == draft  # no such part: unchanged


def test_a_thread_draft_round_trips_through_the_serialised_form() -> None:
    draft = compose_in_thread(thread(DOUBLE_CHARGE), PLAYBOOK)
    assert load(Draft, json.loads(json.dumps(dump(draft)))) == draft


# --- the CLI ---------------------------------------------------------------------------------


def test_cli_compose_thread_answers_the_newest_client_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "thread.txt"
    path.write_text(f"Timezone: {ZONE}\n{DOUBLE_CHARGE}", encoding="utf-8")
    done = run(capsys, monkeypatch, "compose", "--thread", str(path), "--format", "json")
    assert done.code == 0
    data = json.loads(done.out)
    draft = load(Draft, data["draft"])
    assert draft == compose_in_thread(thread(DOUBLE_CHARGE), PLAYBOOK)
    assert data["review"]["verdict"] == "send"
    done = run(capsys, monkeypatch, "compose", "--thread", str(path))
    assert done.code == 0 and "Escalation required" in done.out and "review send" in done.out


def test_cli_compose_thread_reads_json_lines_from_stdin_and_takes_now(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = [
        {
            "role": "client",
            "text": "Order 60990 is late. Where is it?",
            "sent_at": "2026-11-23T09:00",
        },
        {"role": "rep", "text": "I'll update you by 3 pm today.", "sent_at": "2026-11-23T10:00"},
        {
            "role": "client",
            "text": "It's the next day and still no update.",
            "sent_at": "2026-11-24T09:00",
        },
    ]
    stdin = "\n".join(json.dumps(line) for line in lines)
    args = ("compose", "--thread", "-", "--format", "json")
    done = run(capsys, monkeypatch, *args, stdin=stdin)
    assert done.code == 0
    draft = load(Draft, json.loads(done.out)["draft"])
    acknowledge = draft.part("acknowledge")
    assert acknowledge is not None and "by 3 pm yesterday" in acknowledge.span.text
    # Judged before the promise fell due, nothing is owned.
    done = run(capsys, monkeypatch, *args, "--now", "2026-11-23T11:00", stdin=stdin)
    assert done.code == 0 and "yesterday" not in json.loads(done.out)["draft"]["text"]


def test_cli_compose_thread_errors_are_clear(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "thread.txt"
    path.write_text(REP_LAST, encoding="utf-8")
    done = run(capsys, monkeypatch, "compose", "--thread", str(path))
    assert (
        done.code != 0
        and "from the rep" in done.out + done.err
        and "Traceback" not in done.out + done.err
    )
    done = run(capsys, monkeypatch, "compose", "--thread", str(path), "--backend", "llm")
    assert done.code != 0 and "--thread" in done.out + done.err


def test_cli_without_thread_still_reads_one_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "message.txt"
    path.write_text("Client: my order 4471 is late", encoding="utf-8")
    done = run(capsys, monkeypatch, "compose", str(path), "--format", "json")
    assert done.code == 0
    assert "Client:" not in json.loads(done.out)["draft"]["text"]  # read as one message, as before


PLAYBOOK_FOR_PROBLEMS = default_playbook()


@pytest.mark.parametrize(
    ("first", "chase", "named", "remedy"),
    [
        (
            "You lost my suitcase on the way back from Porto on Sunday.",
            "any update??",
            "bag",
            "trace on your bag",
        ),
        (
            "Our flight to Vienna was cancelled and nobody has rebooked us.",
            "Still nothing. This is a joke.",
            "cancel",
            "next available flight",
        ),
    ],
)
def test_a_chaser_is_answered_for_the_problem_stated_earlier(
    first: str, chase: str, named: str, remedy: str
) -> None:
    thread = Case(
        (
            Message(first, "client"),
            Message("I'm sorry to hear that, I'm looking into it now.", "rep"),
            Message(chase, "client"),
        )
    )
    draft = compose_in_thread(thread, PLAYBOOK_FOR_PROBLEMS, ComposeContext(seed=2))
    acknowledge, solve = draft.part("acknowledge"), draft.part("solve")
    assert acknowledge is not None and named in acknowledge.span.text.lower()
    assert solve is not None and remedy in solve.span.text
    assert "whatever fix" not in draft.text


def test_the_newest_message_keeps_its_own_problem_over_an_earlier_one() -> None:
    thread = Case(
        (
            Message("You lost my suitcase on the way back from Porto on Sunday.", "client"),
            Message("It has been found and is on its way to you.", "rep"),
            Message("Got the bag, but the wifi on the flight home was broken too.", "client"),
        )
    )
    draft = compose_in_thread(thread, PLAYBOOK_FOR_PROBLEMS, ComposeContext(seed=2))
    clarify = draft.part("clarify")
    assert clarify is not None and "wifi" in clarify.span.text
    assert "trace on your bag" not in draft.text


def test_an_earlier_calm_question_states_no_problem() -> None:
    thread = Case(
        (
            Message("Hi, what is the baggage allowance on the Madrid route?", "client"),
            Message("It's 23kg for one checked bag.", "rep"),
            Message("any update??", "client"),
        )
    )
    draft = compose_in_thread(thread, PLAYBOOK_FOR_PROBLEMS, ComposeContext(seed=2))
    assert "trace on your bag" not in draft.text and "damaged" not in draft.text
