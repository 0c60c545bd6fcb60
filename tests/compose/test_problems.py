"""Several problems in one message: the draft hears, checks and puts right each one the client
raises (three at most), the main one first, and a single problem gains no second. Every client
message here is our own."""

from __future__ import annotations

from datetime import datetime

import pytest

from calmdesk.compose import ComposeContext, compose
from calmdesk.compose.facts import Facts, facts_from, problem_of
from calmdesk.playbook import default_playbook
from calmdesk.reading import read
from calmdesk.review import review

PLAYBOOK = default_playbook()

# Messages with two problems, the main one and the other, and words each problem's draft must
# hold in its acknowledgement (one of the words split by "|") and in its offer (the remedy the
# single-problem draft gives).
TWO_PROBLEMS = (
    (
        "My flight was delayed 5 hours and then you lost my luggage. I want compensation.",
        ("lost_bag", "late_flight"),
        (("bag|luggage", "trace on your bag"), ("delayed", "free rebooking")),
    ),
    (
        "I was charged twice for order 4471 and the blender arrived broken. Sort it out.",
        ("billing", "damaged"),
        (("order 4471", "correction of the charge"), ("blender", "a replacement blender")),
    ),
    (
        # goods that "turned up" in a bad state are a problem of their own, not the bill put right
        "You charged me twice for order 3308 and the mugs turned up chipped. Sort it out.",
        ("billing", "damaged"),
        (("order 3308", "correction of the charge"), ("mugs", "replacement mugs")),
    ),
    (
        "The check-in agent was rude to us, and my suitcase came back with a broken wheel.",
        ("damaged_bag", "rude_staff"),
        (("bag|luggage", "repair of your bag"), ("courtesy", "formal complaint")),
    ),
    (
        "Our flight home got cancelled and my bag is still missing in Denver.",
        ("cancelled_flight", "lost_bag"),
        (("cancel", "next available flight"), ("bag|luggage", "trace on your bag")),
    ),
    (
        "The curry came stone cold and the delivery driver was rude to my son.",
        ("food_order", "rude_staff"),
        (("food|order", "made again fresh"), ("courtesy", "formal complaint")),
    ),
    (
        "No broadband since Monday, and you overcharged me on the last bill too.",
        ("service_down", "billing"),
        (("service", "check on your line"), ("charged more", "correction of the charge")),
    ),
    (
        "My parcel is two weeks late and you charged me twice for it.",
        ("delivery", "billing"),
        (("order", "priority handling"), ("charged twice", "correction of the charge")),
    ),
    (
        "Your technician didn't show up on Tuesday, then you charged me twice for the call-out.",
        ("visit", "billing"),
        (("visit", "visit booked"), ("charged twice", "correction of the charge")),
    ),
    (
        "You billed me twice this month and your app keeps crashing when I log in.",
        ("billing", "product_quality"),
        (("bill", "correction of the charge"), ("the app", "fix for the fault")),
    ),
)


def problems_of(message: str) -> tuple[str, ...]:
    facts = facts_from(read(message, PLAYBOOK), PLAYBOOK, ComposeContext())
    return tuple(_kind(f) for f in (facts, *facts.others))


def _kind(facts: Facts) -> str:
    return "visit" if facts.visit and facts.topic == "service" else problem_of(facts)


@pytest.mark.parametrize(("message", "problems", "words"), TWO_PROBLEMS)
def test_each_problem_is_heard_checked_and_put_right(
    message: str, problems: tuple[str, ...], words: tuple[tuple[str, str], ...]
) -> None:
    assert problems_of(message) == problems
    reading = read(message, PLAYBOOK)
    for seed in range(4):
        for now in (None, datetime(2026, 11, 24, 10, 30)):
            context = ComposeContext(now=now, rep_name="Sam", seed=seed)
            draft = compose(reading, PLAYBOOK, context)
            acknowledge, solve = draft.part("acknowledge"), draft.part("solve")
            assert acknowledge is not None and solve is not None
            for heard, remedy in words:
                said = acknowledge.span.text
                assert any(word in said for word in heard.split("|")), draft.text
                assert remedy in solve.span.text, draft.text
            # the main problem's remedy is offered first
            first, second = (solve.span.text.index(remedy) for _, remedy in words)
            assert first < second, draft.text
            expect = draft.part("expect")  # still one time for the next word, not one a problem
            assert expect is not None, draft.text
            times = expect.span.text.count(" by ") + expect.span.text.count("within two business")
            assert times == 1, draft.text
            result = review(draft.text, PLAYBOOK, reading)
            assert result.verdict == "send", (seed, draft.text, result.explanation)


def test_every_problem_is_restated_in_the_one_check() -> None:
    message = "My flight was delayed 5 hours and then you lost my luggage. I want compensation."
    draft = compose(read(message, PLAYBOOK), PLAYBOOK, ComposeContext(seed=0))
    clarify = draft.part("clarify")
    assert clarify is not None
    assert "your bag hasn't reached you and your flight was delayed" in clarify.span.text
    assert "something for the trouble" in clarify.span.text  # what they asked for, once


def test_three_problems_at_most_are_answered_the_weightiest_kept() -> None:
    message = (
        "The flight was three hours late, the gate agent was rude to my wife, and then you lost "
        "my suitcase."
    )
    assert problems_of(message) == ("lost_bag", "late_flight", "rude_staff")
    reading = read(message, PLAYBOOK)
    for seed in range(4):
        draft = compose(reading, PLAYBOOK, ComposeContext(seed=seed))
        solve = draft.part("solve")
        assert solve is not None and "formal complaint" in solve.span.text, draft.text
        assert "free rebooking" in solve.span.text, draft.text
        # one check names all three; it asks only what the main one needs, to stay short
        assert "booking reference" not in draft.text, draft.text
        assert len(draft.text) <= PLAYBOOK.review.max_chars
        assert review(draft.text, PLAYBOOK, reading).verdict == "send"
    # a fourth is left out: the one that is over, after the open ones
    message = (
        "The flight was three hours late, the gate agent was rude to my wife, you lost my "
        "suitcase, and you charged my card twice for the seats."
    )
    assert problems_of(message) == ("lost_bag", "billing", "late_flight")


@pytest.mark.parametrize(
    ("message", "main"),
    [
        # a problem still open comes before one that is over, whichever the client led with
        ("My flight was delayed 5 hours and then you lost my luggage.", "lost_bag"),
        ("The gate agent was rude to me and then my flight was cancelled.", "cancelled_flight"),
        # what went wrong on board, a matter of comfort, comes last
        ("The wifi was broken all flight and the crew were rude when I asked.", "rude_staff"),
        # between two alike, the one the client leads with
        ("You sent the wrong size and charged me twice for the jacket.", "wrong_item"),
        ("You charged me twice for the jacket and sent the wrong size.", "billing"),
    ],
)
def test_the_main_problem_is_the_open_one_then_the_one_led_with(message: str, main: str) -> None:
    assert problems_of(message)[0] == main
    assert len(problems_of(message)) == 2


@pytest.mark.parametrize(
    ("message", "problem"),
    [
        # one and the same problem, told in two steps
        ("My flight was delayed for hours and then cancelled at midnight.", "cancelled_flight"),
        ("Still no refund for the flight you cancelled back in March.", "refund_missing"),
        ("My flight got cancelled and I can't rebook it on your website.", "cancelled_flight"),
        # feared or hoped against, not happened
        ("My flight was cancelled, and I'm worried you'll lose my luggage on the new one.", None),
        ("Delayed three hours tonight; hopefully, fingers crossed, my bag isn't lost too.", None),
        # put right already
        ("My suitcase went missing on Monday but it has been found now. Thanks.", None),
        # set aside by the client
        ("You charged me twice for May. The power cut last night is another story.", None),
        # a late evening is no late parcel
        ("I placed the order late last night and you charged me twice for it.", None),
    ],
)
def test_a_single_problem_gains_no_second(message: str, problem: str | None) -> None:
    problems = problems_of(message)
    assert len(problems) == 1, problems
    if problem is not None:
        assert problems[0] == problem


def test_a_problem_put_right_already_gives_way_to_the_open_one() -> None:
    message = "The double charge was refunded last week, but my order is still not here."
    assert problems_of(message) == ("delivery",)
    draft = compose(read(message, PLAYBOOK), PLAYBOOK)
    assert "hasn't arrived" in draft.text and "charged twice" not in draft.text
    message = "My luggage went missing but has been found now. The flight home was 6 hours late."
    assert problems_of(message) == ("late_flight",)


def test_a_single_problem_draft_is_unchanged_by_the_others_machinery() -> None:
    message = "Our flight has been delayed four hours now and the gate staff have no information."
    facts = facts_from(read(message, PLAYBOOK), PLAYBOOK, ComposeContext())
    assert facts.others == ()
    draft = compose(read(message, PLAYBOOK), PLAYBOOK, ComposeContext(seed=2))
    assert "also" not in draft.text


def test_goods_said_to_have_come_whole_are_no_second_problem() -> None:
    message = "You charged me twice for order 3308; the lamp itself arrived safely, nothing broken."
    assert problems_of(message) == ("billing",)
