"""Words that fit what the client told, so that a draft neither guesses nor generalises. Every
client message here is our own."""

from __future__ import annotations

from datetime import datetime

import pytest

from calmdesk.compose import ComposeContext, compose
from calmdesk.compose.facts import facts_from
from calmdesk.playbook import default_playbook
from calmdesk.reading import read
from calmdesk.review import review

PLAYBOOK = default_playbook()


def drafts(message: str) -> list[tuple[str, str, str, str]]:
    """The acknowledgement, check, offer and whole text of drafts of `message`, for four seeds
    with and without a send time, each passing review."""
    reading = read(message, PLAYBOOK)
    found = []
    for seed in range(4):
        for now in (None, datetime(2026, 11, 24, 10, 30)):
            draft = compose(reading, PLAYBOOK, ComposeContext(now=now, seed=seed))
            acknowledge, clarify, solve = (
                draft.part(s) for s in ("acknowledge", "clarify", "solve")
            )
            assert acknowledge is not None and clarify is not None and solve is not None
            result = review(draft.text, PLAYBOOK, reading)
            assert result.verdict == "send", (draft.text, result.explanation)
            found.append((acknowledge.span.text, clarify.span.text, solve.span.text, draft.text))
    return found


@pytest.mark.parametrize(
    ("message", "replaced", "refunded"),
    [
        # one thing named: one replacement, and the money back "for it"
        ("My new kettle arrived smashed and I'm livid.", "a replacement kettle", "refund for it"),
        ("The toaster came broken in the box, order 7731.", "a replacement toaster", "for it"),
        # goods named in the plural: replacements, "for them"
        (
            "The glasses I ordered arrived broken, all six of them. Not happy.",
            "replacement glasses",
            "for them",
        ),
        # named with how they came to the client: "the lamp I bought"
        ("The lamp I bought online arrived with a cracked base.", "a replacement lamp", "for it"),
        # nothing named: as many as came damaged, without guessing how many
        (
            "The parcel arrived crushed and soaked through. Not impressed.",
            "a replacement for anything that arrived damaged",
            "refund for anything that arrived damaged",
        ),
    ],
)
def test_goods_come_damaged_are_replaced_as_many_as_were_named(
    message: str, replaced: str, refunded: str
) -> None:
    facts = facts_from(read(message, PLAYBOOK), PLAYBOOK, ComposeContext())
    assert facts.damaged and facts.several == replaced.startswith("replacement ")
    for _, _, solve, text in drafts(message):
        assert replaced in solve and refunded in solve, text
        assert "the damaged items" not in text, text
        if not replaced.startswith("replacement "):  # one thing, or none named
            assert "replacements" not in text, text


@pytest.mark.parametrize(
    ("message", "role", "asked"),
    [
        (
            "The delivery driver who brought my parcel was incredibly rude to me on my doorstep.",
            "delivery",
            "order number",
        ),
        ("I rang your helpline and the agent was rude and hung up on me.", "phone", "number you"),
        ("Been on hold an hour, and then the rep I got was so condescending.", "phone", "number"),
        ("The flight attendant was rude to my kids all the way to Malaga.", "flight", "flight"),
        ("Your check-in staff were hostile to my elderly dad this morning.", "flight", "flight"),
        ("The cashier at your high street store was rude to me.", "shop", "branch"),
    ],
)
def test_rude_staff_are_asked_about_by_who_they_were(message: str, role: str, asked: str) -> None:
    facts = facts_from(read(message, PLAYBOOK), PLAYBOOK, ComposeContext())
    assert facts.situation == "rude_staff" and facts.known.get("staff_role") == role
    for _, clarify, _, text in drafts(message):
        assert asked in clarify and "flight or branch" not in clarify, text
        assert "formal complaint" in text


@pytest.mark.parametrize(
    "message",
    [
        # a driver with no delivery said: a bus or a taxi, not an order to look up
        "Your driver was rude to me and my daughter this afternoon.",
        # an agent with no call said: a chat, an email or a desk, nothing to assume
        "The agent I dealt with was rude and unhelpful.",
        "Your staff were rude to me.",
    ],
)
def test_rude_staff_nobody_says_which_keep_the_general_question(message: str) -> None:
    facts = facts_from(read(message, PLAYBOOK), PLAYBOOK, ComposeContext())
    assert facts.situation == "rude_staff" and "staff_role" not in facts.known
    for _, clarify, _, text in drafts(message):
        assert "when" in clarify and "where" in clarify, text
        assert "number you called" not in clarify and "order number" not in clarify, text


def test_a_rude_driver_beside_a_food_order_is_not_asked_the_order_number_twice() -> None:
    message = "The pizza turned up stone cold and the delivery driver was rude to my son."
    for _, clarify, _, text in drafts(message):
        assert clarify.count("order number") == 1 and "when" in clarify, text
    message = "The delivery driver who brought my parcel was rude to my son."  # alone: asked once
    for _, clarify, _, text in drafts(message):
        assert clarify.count("order number") == 1, text


def test_a_gate_agent_is_found_by_the_flight_even_when_the_client_called_too() -> None:
    message = "I called ahead about my bag, and then the gate agent was rude to me at boarding."
    facts = facts_from(read(message, PLAYBOOK), PLAYBOOK, ComposeContext())
    assert facts.known.get("staff_role") == "flight"


@pytest.mark.parametrize(
    "message",
    [
        "Your engineer never turned up yesterday. I took the whole day off work for nothing.",
        "The technician didn't show up for our appointment this morning. Rebook it.",
        "A no-show from your installer again. I waited in from eight till one.",
    ],
)
def test_a_missed_visit_on_its_own_is_named_and_a_new_visit_offered(message: str) -> None:
    for acknowledge, clarify, solve, text in drafts(message):
        assert "visit" in acknowledge and "fell short" not in text, text
        assert "the visit you were booked for didn't happen" in clarify, text
        assert "visit booked" in solve, text


@pytest.mark.parametrize(
    "message",
    [
        # the client's own miss, or a visit only feared
        "I missed my appointment with your engineer on Monday, can I rebook it?",
        "Please send an engineer, just in case the last one doesn't turn up again on Friday.",
        # the visit happened, it went badly: not a no-show
        "The engineer came but left without finishing the job, so the boiler still leaks.",
    ],
)
def test_a_visit_that_came_or_was_missed_by_the_client_is_no_missed_visit(message: str) -> None:
    facts = facts_from(read(message, PLAYBOOK), PLAYBOOK, ComposeContext())
    assert not facts.has("visit_missed")


@pytest.mark.parametrize(
    "message",
    [
        "I haven't heard if my flight was cancelled. Nobody tells us anything.",
        "Can someone tell me whether flight 212 to Oslo is delayed tonight?",
        "No idea if my flight is cancelled or not, the app says nothing.",
        "If my flight is delayed, what time do I still need to be at the airport?",
    ],
)
def test_a_flights_state_asked_about_is_checked_not_apologised_for(message: str) -> None:
    facts = facts_from(read(message, PLAYBOOK), PLAYBOOK, ComposeContext())
    assert facts.situation == "flight_status"
    for acknowledge, clarify, solve, text in drafts(message):
        assert "cancel" not in acknowledge and "delay" not in acknowledge, text
        assert "your flight was" not in clarify, text
        assert "status" in solve and "next available flight" not in solve, text


@pytest.mark.parametrize(
    ("message", "situation"),
    [
        # stated first, then something else asked about
        ("My flight was cancelled and I don't know if my connection is cancelled too.", None),
        ("My flight is delayed 3 hours and nobody can tell me if it will be cancelled.", None),
        # "as if" and "even if" grant it; "already" says it happened
        ("As if my flight being delayed wasn't bad enough, now the wifi is down.", "late_flight"),
        ("Not much use if my flight is already cancelled, is it?", "cancelled_flight"),
        # the state named first is a fact: only the refund is asked about
        ("I'd like to know if the cancelled flight will be refunded to my card.", None),
    ],
)
def test_a_flights_state_stated_is_not_asked_about(message: str, situation: str | None) -> None:
    facts = facts_from(read(message, PLAYBOOK), PLAYBOOK, ComposeContext())
    kinds = {f.situation for f in (facts, *facts.others)}
    assert "flight_status" not in kinds, kinds
    assert facts.situation in ({situation} if situation else {"cancelled_flight", "late_flight"})


@pytest.mark.parametrize(
    ("message", "item"),
    [
        # the reader's words for goods that came in a bad state, beyond "broken" and "cracked"
        ("Two of the bowls turned up chipped, order 5512.", "bowls"),
        ("The rug we ordered was delivered stained and I'm not paying for it.", None),
        ("Our new mirror showed up with a scratched frame. Very disappointed.", None),
        ("The cups got here in bits, every single one.", None),
        # whole goods said first, then the broken ones
        ("The box arrived intact, but the vase inside came smashed.", None),
    ],
)
def test_goods_that_arrived_in_a_bad_state_are_damaged_goods(
    message: str, item: str | None
) -> None:
    facts = facts_from(read(message, PLAYBOOK), PLAYBOOK, ComposeContext())
    assert facts.damaged and facts.known.get("item") == item
    for acknowledge, _, solve, text in drafts(message):
        assert "damaged" in acknowledge and "replacement" in solve, text
        assert "isn't working as it should" not in text, text


@pytest.mark.parametrize(
    "message",
    [
        # a fault out of the box, or a repair that came back: nothing damaged on the way
        "My new kettle arrived dead, it won't even switch on.",
        "The speaker came back from your repair centre scratched.",
        # goods said to have come whole
        "It arrived safely, nothing broken.",
        "The sofa got here in one piece, not a scratch on it, thank you all.",
        "Parcel arrived undamaged and on time. Great job.",
    ],
)
def test_goods_not_damaged_on_the_way_are_no_damaged_goods(message: str) -> None:
    reading = read(message, PLAYBOOK)
    assert not facts_from(reading, PLAYBOOK, ComposeContext()).damaged
    for seed in range(4):
        text = compose(reading, PLAYBOOK, ComposeContext(seed=seed)).text
        assert "damaged" not in text and "photos of the damage" not in text, text
