"""Step detection: phrasings that must count, near misses that must not, and span offsets."""

from __future__ import annotations

import pytest

from calmdesk.review.steps import STEP_IDS, find_steps, order_problem
from calmdesk.review.values import StepResult
from calmdesk.text import normalise


def strength(step: str, draft: str) -> int:
    doc = normalise(draft)
    results = find_steps(doc)
    for result in results:
        for span in result.spans:
            assert doc.text[span.start : span.end] == span.text
    return next(r.strength for r in results if r.step == step)


def test_one_result_per_step_in_order() -> None:
    results = find_steps(normalise("Thanks for writing in."))
    assert tuple(r.step for r in results) == STEP_IDS
    assert all(isinstance(r, StepResult) for r in results)


@pytest.mark.parametrize(
    ("draft", "expected"),
    [
        ("I can see why you'd be upset about the missing parts.", 2),
        ("I totally get how stressful it is to wait on a delivery like this.", 2),
        ("That must have been really exasperating.", 2),
        ("I’m so sorry your replacement also arrived broken.", 2),
        ("You have every right to feel let down.", 2),
        ("I understand.", 1),
        ("Sorry for the hassle.", 1),
        ("Please accept our apologies for any inconvenience this may have caused.", 1),
        ("Thanks for flagging this with us.", 1),
        # Sympathy for what happened to the client counts as specific.
        ("I'm so sorry to hear that.", 2),
        ("I'm really sorry this happened.", 2),
        # A feeling reflected back.
        ("You seem really worried about the deadline.", 2),
        ("It sounds like your evenings have been pretty lonely lately.", 2),
        # Warmth and affirmation without naming the feeling.
        ("Feel free to message me whenever you want to talk.", 1),
        ("I hope things get easier for you soon.", 1),
        ("That's a sensible first step.", 1),
        ("You're clearly working really hard on this.", 1),
        ("I understand where you are coming from.", 1),
        ("I understand what you're saying.", 1),
        ("I'm sure there is a way to sort this out.", 1),
        ("You got it all done in a day, be proud of yourself.", 1),
        ("We really care about your concerns here.", 1),
        ("It's quite normal to feel unsure at this stage.", 1),
        # Feelings read back, shared or named in a verdict on what happened.
        ("I can feel how tired you are of chasing this.", 2),
        ("I would feel exactly the same way in your position.", 2),
        ("Oh no, that's really not good.", 2),
        ("That could be awkward with your client, for sure.", 2),
        ("It's been so frustrating for your team.", 2),
        ("Sorry to hear.", 2),
        # Generic empathy, agreement, confidence in the client and cheering on (weak).
        ("I understand how you're feeling about the delay.", 1),
        ("I can relate to how you're feeling about the outage.", 1),
        ("It's completely normal to have questions at this stage.", 1),
        ("I agree, the invoice should have been clearer.", 1),
        ("You make a fair point about the fees.", 1),
        ("I know you'll get the hang of the new dashboard.", 1),
        ("I believe you can do this.", 1),
        ("You can definitely handle this.", 1),
        ("That's the spirit!", 1),
        ("Try not to worry about the late fee, we'll remove it.", 1),
        ("Keep up the good work with the setup.", 1),
        ("It sounds like you've got a good plan for the migration.", 1),
        ("It sounds like you're handling the handover really well.", 1),
        ("You aren't alone in this.", 1),
        ("Be strong, we'll get this sorted.", 1),
        ("We care for you and your shop.", 1),
        ("That sucks.", 1),
        ("It sucks that your order was late.", 1),
        ("Sorry to hear back from us so late.", 1),
        ("I can see why you feel brushed off, and I'm sorry.", 2),
        ("I'm sorry the renewal notice left you feeling taken for granted.", 2),
    ],
)
def test_acknowledge(draft: str, expected: int) -> None:
    assert strength("acknowledge", draft) == expected


@pytest.mark.parametrize(
    "draft",
    [
        "I'm sorry if you feel we let you down.",
        "Sorry, but that's outside our policy.",
        "I can see the invoice was paid on the 4th.",
        "It's hard to tell when the courier will arrive.",
        "I know I sent the label yesterday.",
        # The writer's own feelings and own message are not about the client.
        "I get frustrated with the app myself.",
        "It's awful weather here today.",
        "Sorry for the double post.",
        "I seemed to lose track of the time.",
        "I feel that the second option suits you better.",
        "That is not good advice for a new account.",
        "The export is not easy to find, so here are the steps.",
        "It is common for the page to reload twice.",
        "Skipping the update is not good for your battery.",
        "I can relate the two orders for you.",
        "It's been a busy morning here.",
        "It's normal for the first bill to be higher.",
        # Knowing what the client can or will do is not confidence in them.
        "We know you can log in from the app as well.",
        "I know you'll need the invoice number.",
        # Agreement that is not with the client.
        "Please agree to the new terms first.",
        "Both teams agree that the part is faulty.",
        "I don't agree with the charge.",
        "You are alone on the account now.",
        # A plain "it sucks" describes (often the writer's own day).
        "It sucks up a lot of battery.",
    ],
)
def test_acknowledge_near_misses(draft: str) -> None:
    assert strength("acknowledge", draft) == 0


@pytest.mark.parametrize(
    ("draft", "expected"),
    [
        ("Which delivery address did you give at checkout?", 2),
        ("Could you tell me more about the noise the unit makes?", 2),
        ("Just so I can check: the second charge was on the 12th, correct?", 2),
        ("What happened?", 1),
        ("It sounds like the tracking stopped updating after Tuesday.", 1),
        ("When did the screen first start flickering", 2),
        ("So you were charged again after cancelling.", 1),
        ("Let me know if the address on the label is right.", 2),
    ],
)
def test_clarify(draft: str, expected: int) -> None:
    assert strength("clarify", draft) == expected


@pytest.mark.parametrize(
    "draft",
    [
        "Is there anything else I can do for you today?",
        "Does that make sense?",
        "Have you tried turning it off and on again?",
        "Did you even read the instructions?",
        "What a week it has been.",
        "Let me know if there's anything else.",
        "Let me know if there is anything more I can do.",
        "Please let me know if you need any further assistance.",
        # Suggestions asked as questions, and praise after "it sounds like".
        "Have you ever tried the desktop app?",
        "Would it help to split the payment?",
        "It sounds like you're handling the handover really well.",
    ],
)
def test_clarify_near_misses(draft: str) -> None:
    assert strength("clarify", draft) == 0


@pytest.mark.parametrize(
    ("draft", "expected"),
    [
        ("I'm going to call the courier myself this morning.", 2),
        ("Let me chase the warehouse for you.", 2),
        ("Leave it with me.", 2),
        ("I've taken this over personally.", 2),
        ("I've just confirmed with the carrier that the pallets are loaded.", 2),
        ("We'll look into it.", 1),
    ],
)
def test_align(draft: str, expected: int) -> None:
    assert strength("align", draft) == expected


@pytest.mark.parametrize(
    "draft",
    [
        "You will have to contact the courier yourself.",
        "If I were you I'd ring them.",
        "That's on the carrier, but I'll chase them.",
    ],
)
def test_align_near_misses(draft: str) -> None:
    assert strength("align", draft) == 0


@pytest.mark.parametrize(
    ("draft", "expected"),
    [
        ("We'll reship the order today by express post.", 2),
        ("I can offer a partial refund or a free upgrade, whichever suits you.", 2),
        ("Your credit has been applied to the account.", 2),
        ("The second payment has now been refunded to your card.", 2),
        ("We might be able to replace it.", 1),
        ("We'll see what we can do.", 1),
        # Advice and information without a modal verb.
        ("Try clearing the browser cache before you log in.", 1),
        ("Restarting the router often helps with this.", 1),
        ("A short daily walk is a healthy way to unwind.", 1),
        ("Many customers find the desktop app easier to use.", 1),
        ("There are several free guides on our help page.", 1),
        ("There are free workshops at our service centres.", 1),
        ("There are two helplines you can call.", 1),
        ("Have you ever tried the desktop app?", 1),
        ("Would it help to split the payment?", 1),
        ("You may need to update the app first.", 1),
        ("You just need to sign in again.", 1),
        ("It helps to keep the receipt.", 1),
        ("It always helps if you include the order number.", 1),
        ("Tell your manager the part is on its way.", 1),
        ("Let your manager know we'll come by on Friday.", 1),
        ("Always keep the box until the refund clears.", 1),
        # Account and service fixes done for the client.
        ("I've activated all six access badges just now.", 2),
        ("I've switched the feature on for your workspace.", 2),
        ("I've extended your trial by thirty days.", 2),
        ("The signed form is attached; I've filled in every field.", 2),
        ("I'll come down to reception myself in ten minutes.", 2),
    ],
)
def test_solve(draft: str, expected: int) -> None:
    assert strength("solve", draft) == expected


@pytest.mark.parametrize(
    "draft",
    [
        "We can't refund digital purchases.",
        "Would you like a refund?",
        "Hello there.",
        "Take care!",
        "I try to answer every email the same day.",
        "I can help you with that.",
        "That's a great idea.",
        "You don't need to do anything else.",
        "It helps me plan the route.",
        "Let me know the address.",
        "Tell me what happened.",
        # Cheering on is warmth, not advice.
        "Keep going, you're nearly there.",
        "Keep up the good work with the setup.",
        "Take heart, the new part is already on its way.",
        "Try not to worry about the late fee.",
        "We can't extend the contract past March.",
    ],
)
def test_solve_near_misses(draft: str) -> None:
    assert strength("solve", draft) == 0


@pytest.mark.parametrize(
    ("draft", "expected"),
    [
        ("You'll get the new tracking link within two hours.", 2),
        ("I will call you back by 11:30 am.", 2),
        ("It should arrive no later than Thursday.", 2),
        ("We'll update you shortly.", 1),
        ("Whatever happens, I'll keep you posted.", 1),
        ("The refund should show in your account within 5-7 working days.", 2),
        ("It will reach you in 3 to 5 days.", 2),
        ("I'll be down at reception in ten minutes.", 2),
        ("I can call you on Thursday at 10 or at 3, whichever suits you.", 2),
    ],
)
def test_expect(draft: str, expected: int) -> None:
    assert strength("expect", draft) == expected


@pytest.mark.parametrize(
    "draft",
    [
        "It was delivered on Monday.",
        "You placed the order last Friday.",
        "Soon enough.",
        "Last time it took 5-7 days.",
        "Returns are accepted within 30 days of purchase.",
        "Replacements are possible within 90 days only.",
    ],
)
def test_expect_near_misses(draft: str) -> None:
    assert strength("expect", draft) == 0


@pytest.mark.parametrize(
    ("draft", "expected"),
    [
        ("The swap is booked. Thanks for bearing with us; I'll confirm the slot by noon.", 2),
        ("The swap is booked. Thank you for your patience.", 1),
        ("The swap is booked. That should be fine now.", 0),
        ("The swap is booked. Let me know if there's anything else.", 0),
        ("The swap is booked. Thanks for your patience, Ana. Speak tomorrow at 10.", 2),
        ("The swap is booked. Talk to you on Monday at 9 am.", 1),
        ("The swap is booked. Thanks! Talk soon.", 0),
        ("The swap is booked. Would a quick call at 2 pm today suit you?", 1),
        ("The swap is booked. Thank you for bearing with us; I can walk you through it.", 2),
    ],
)
def test_close(draft: str, expected: int) -> None:
    assert strength("close", draft) == expected


def test_close_only_counts_the_ending() -> None:
    draft = "Thank you for your patience. The part is ordered. It ships from our depot. Bye."
    assert strength("close", draft) == 0


def test_order_needs_a_reading() -> None:
    doc = normalise("We have refunded you. I understand how annoying this was.")
    assert order_problem(doc, find_steps(doc), None) is None


ANCHORED_SAMPLES = [
    "Hi Jo, I’m so sorry — you’ve waited since Monday! We'll re-ship it by 3pm; "
    "you'll get a confirmation within 2 hours.",
    "sorry,but we can't. Could you please confirm the address? thanks!!",
    "I'll   call you at 11:30 a.m. tomorrow; let's sort this out together.",
    "Sorry you re-sent it ASAP. It's on FedEx, not our fault.",
    "I agree, that sucks. Sorry to hear. It sounds like you've got a plan and I know you'll get "
    "there. Tell your manager; it always helps to keep a copy. Have you ever tried the app?",
    "",
]


@pytest.mark.parametrize("text", ANCHORED_SAMPLES)
def test_anchored_matching_finds_what_a_full_scan_finds(text: str) -> None:
    import re

    from calmdesk.review.steps import acknowledge, align, clarify, close, expect, solve
    from calmdesk.review.steps.cues import Anchored, Draft

    doc = normalise(text) if text else normalise(" ")
    draft = Draft.of(doc)
    modules = (acknowledge, align, clarify, close, expect, solve)
    cues = [v for m in modules for v in vars(m).values() if isinstance(v, Anchored)]
    assert cues
    for cue in cues:
        expected = [m.span() for m in cue.regex.finditer(doc.body)]
        assert [m.span() for m in draft.finditer(cue)] == expected, cue.pattern
        first = cue.regex.search(doc.body)
        found = draft.search(cue)
        assert (found.span() if found else None) == (first.span() if first else None)
        assert isinstance(cue.regex, re.Pattern)


def test_a_pattern_that_cannot_be_anchored_is_scanned_in_full() -> None:
    from calmdesk.review.steps.cues import Draft, anchored

    cue = anchored(r"\W+thanks")  # starts with punctuation: no token to anchor on
    draft = Draft.of(normalise("Done -- thanks"))
    assert cue.key == -1
    assert [m.group() for m in draft.finditer(cue)] == [" -- thanks"]


def test_without_the_private_regex_parser_patterns_are_scanned_in_full(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from calmdesk.review.steps import cues

    cues._REGISTRY.register_waiting()  # the detectors' own patterns, parsed as usual
    monkeypatch.setattr(cues, "sre_parse", None)  # as if a later Python had moved it
    cue = cues.anchored(r"\bout of (?:my|our) hands\b")
    draft = cues.Draft.of(normalise("Sadly it is out of our hands. Out of my hands, too."))
    assert cue.key == -1
    assert [m.span() for m in draft.finditer(cue)] == [(12, 28), (30, 45)]
