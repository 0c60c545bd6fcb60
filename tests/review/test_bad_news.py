"""Bad news to a client with a complaint: a bare refusal or delay is not sent as it is.

The pairs below are what a demanding team lead would expect: a no or a delay with no word for
the client is revised (or rewritten when it offers nothing else either); the same news with an
acknowledgement and an alternative is sent, and so are good news and plain answers to routine
questions, whatever their wording.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from calmdesk.playbook import default_playbook, playbook_from_toml
from calmdesk.reading import read
from calmdesk.reading.values import Complaint
from calmdesk.review import review
from calmdesk.review.rules import ClientFacts

PLAYBOOK = default_playbook()

REFUND = (
    "Hello, I sent the blender back three weeks ago and I still haven't had my money. Could you "
    "refund order 5521 please? Thanks, Priya"
)
DELAY = (
    "Hi, my replacement headset was meant to ship last week and I've heard nothing since. Can "
    "you tell me when it will arrive?"
)
WARRANTY = (
    "Hi there, the hinge on my laptop snapped after fourteen months of light use, which is not "
    "what I expected. I would like it repaired under the warranty please."
)
SHIPPING = "Hi, do you ship to Norway?"
SALE_RETURN = "Hello, can I return a jacket I bought in the sale?"

# The refusal with an alternative and a time, but not a word for the client: the case that used
# to be sent because a calm client's missing acknowledgement cost only a few points.
REFUSAL_WITH_OPTION = (
    "Hi Priya, the return reached us after the 30-day window, so we can't refund it. What I can "
    "do is add store credit for the full amount today; the code will be in your inbox by 5 pm. "
    "Thanks, Tom"
)

PAIRS = [
    # a polite complaint about money not returned
    (
        REFUND,
        "Hi Priya, we can't refund this order because the return reached us after the 30-day "
        "window. Regards, Tom",
        "rewrite",
    ),
    (REFUND, REFUSAL_WITH_OPTION, "revise"),
    (
        REFUND,
        "Hi Priya, I'm sorry the money has taken so long, and I understand how annoying the wait "
        "has been. The return reached us after the 30-day window, so a refund isn't open to me, "
        "but I can add store credit for the full amount today. The code will be in your inbox by "
        "5 pm. Thanks for your patience, Tom",
        "send",
    ),
    (
        REFUND,
        "Hi Priya, I've refunded order 5521 today; the money will be back on your card within 3 "
        "working days. Thanks, Tom",
        "send",
    ),
    # a calm chase about a late replacement
    (
        DELAY,
        "Hi, the replacement headset won't arrive before March, as the supplier has run out. "
        "Regards, Sam",
        "rewrite",
    ),
    (
        DELAY,
        "Hi, the replacement won't ship until March because our supplier has run out. I'll email "
        "you the tracking number as soon as it leaves the warehouse. Thanks, Sam",
        "revise",
    ),
    (
        DELAY,
        "Hi, I'm sorry you've been left waiting without news, that's not good enough. The "
        "replacement won't ship until March because our supplier has run out, so I can refund the "
        "headset today instead if you'd rather. I'll email you by Friday either way. Thanks for "
        "bearing with us, Sam",
        "send",
    ),
    (
        DELAY,
        "Hi, good news: your replacement headset left our warehouse this morning and will be with "
        "you by Thursday. Thanks, Sam",
        "send",
    ),
    # a disappointed owner asking for a warranty repair
    (
        WARRANTY,
        "Hello, this isn't covered by the warranty, which runs for twelve months from purchase. "
        "Kind regards, Lee",
        "rewrite",
    ),
    (
        WARRANTY,
        "Hello, I'm sorry the hinge gave way, that's frustrating on a laptop you rely on. It falls "
        "outside the twelve-month warranty, but I can book a repair at half the usual price, and "
        "our workshop can collect it on Monday. I'll send the booking by email today. Thanks, Lee",
        "send",
    ),
    # routine questions answered plainly, yes or no
    (
        SHIPPING,
        "Hi! Yes, we ship to Norway; delivery takes 5 to 7 working days and costs 15 euros.",
        "send",
    ),
    (
        SHIPPING,
        "Unfortunately we don't ship to Norway yet, but it is planned for the spring.",
        "send",
    ),
    (
        SALE_RETURN,
        "Hi! Sale items are non-refundable, but you can exchange the jacket for another size in "
        "any of our stores within 30 days.",
        "send",
    ),
]


@pytest.mark.parametrize(("client", "draft", "verdict"), PAIRS)
def test_a_team_lead_would_give_these_verdicts(client: str, draft: str, verdict: str) -> None:
    result = review(draft, PLAYBOOK, read(client, PLAYBOOK))
    assert result.verdict == verdict, result.explanation


def test_the_clients_read_as_a_team_lead_would_read_them() -> None:
    for complaint in (REFUND, DELAY, WARRANTY):
        reading = read(complaint, PLAYBOOK)
        assert reading.heat.level <= 1 and reading.complaint.is_complaint, complaint
    for question in (SHIPPING, SALE_RETURN):
        assert read(question, PLAYBOOK).is_routine, question


def test_the_finding_points_at_the_bad_news_and_blocks_send() -> None:
    result = review(REFUSAL_WITH_OPTION, PLAYBOOK, read(REFUND, PLAYBOOK))
    [finding] = [f for f in result.findings if f.rule == "bare-refusal"]
    assert finding.severity == "warning"
    assert finding.quote(result.text) == "we can't refund"
    assert result.explanation[-1].endswith("'bare-refusal' blocks 'send' until it is fixed.")


# Every step but the acknowledgement: the points alone would allow it, the block does not.
COMPLETE_BUT_BARE = (
    "Hi Priya, I've checked order 5521 and the return reached us after the 30-day window, so we "
    "can't refund it. Leave this with me, though: I'll add store credit for the full amount "
    "today and email you the code by 5 pm. Thanks for your patience."
)


def test_a_refusal_otherwise_complete_is_still_not_sent() -> None:
    result = review(COMPLETE_BUT_BARE, PLAYBOOK, read(REFUND, PLAYBOOK))
    assert "bare-refusal" in {f.rule for f in result.findings}
    assert result.score == PLAYBOOK.review.thresholds.send - 1
    assert result.verdict == "revise"


def test_a_team_can_turn_the_rule_off_or_down_to_a_hint() -> None:
    reading = read(REFUND, PLAYBOOK)
    assert review(COMPLETE_BUT_BARE, PLAYBOOK, reading).verdict == "revise"
    off = playbook_from_toml("[review.rules.bare-refusal]\nenabled = false\n", "team.toml")
    assert review(COMPLETE_BUT_BARE, off, reading).verdict == "send"
    hint = playbook_from_toml('[review.rules.bare-refusal]\nseverity = "info"\n', "team.toml")
    result = review(COMPLETE_BUT_BARE, hint, reading)
    assert "bare-refusal" in {f.rule for f in result.findings}
    assert result.verdict == "send"


# A polite complaint the reader is sure of, at heat level 1.
CALM_COMPLAINT = replace(
    ClientFacts(heat=1, asks=("refund",)).reading(), complaint=Complaint(True, 0.9, 1)
)


def rules_for(draft: str) -> set[str]:
    return {f.rule for f in review(draft, PLAYBOOK, CALM_COMPLAINT).findings}


@pytest.mark.parametrize(
    "draft",
    [
        "We can't refund this order.",
        "I'm unable to offer an upgrade on this fare.",
        "We don't cover accidental damage.",
        "We're not going to reverse the charge.",
        "This isn't covered by the warranty.",
        "Your fare is non-refundable.",
        "It's outside the 30-day return window.",
        "That model is no longer available.",
        "Your username can't be changed once it is set.",
        "We can’t make an exception here.",
        "The replacement won't arrive before March.",
        "It won't be ready until next Friday.",
        "The repair has been delayed until the 14th.",
        "The earliest slot we have is the 20th.",
        "We'll credit the lost days, but can't pay for the course.",
        "You won't be able to undo the update.",
        "I'm afraid not: the offer ended on Sunday.",
        # an apology for the refusal itself does not acknowledge the client's side of it
        "Sorry, but we can't refund this order.",
        "Your voucher is no longer valid.",
    ],
)
def test_bad_news_without_acknowledgement_fires(draft: str) -> None:
    assert "bare-refusal" in rules_for(draft)


@pytest.mark.parametrize(
    "draft",
    [
        # good news in negative words
        "You won't be charged for the return.",
        "We won't give up until it's fixed.",
        "I can't wait to hear how the party goes.",
        "It won't take long before it's back.",
        "It will arrive before Friday.",
        # news that is sad but says no to nothing the client asked for
        "Sadly the film's sequels are not as good.",
        "Unfortunately I have no listing for that, but here are two close by.",
        "We won't send you any more emails.",
        "We don't close until 9 pm, so come by any time.",
        "I can't help but notice the order went to the old address.",
        "You can't miss the shop: it's next to the station.",
        # a no that is only a condition, a question, or about the channel
        "If we can't repair it, we'll replace it free of charge.",
        "For your security we can't discuss accounts over Twitter, so please DM us.",
        "Are you sure we can't help you with a booking as well?",
        # the same news, acknowledged
        "I'm sorry, I know this isn't what you hoped for: we can't refund this order.",
        "I can see how disappointing this is. The replacement won't arrive before March.",
    ],
)
def test_near_misses_do_not_fire(draft: str) -> None:
    assert "bare-refusal" not in rules_for(draft)


def test_a_no_to_a_routine_question_or_without_a_reading_does_not_fire() -> None:
    draft = "We can't refund this order."
    routine = read("Can I get a refund on a gift card?", PLAYBOOK)
    assert routine.is_routine
    assert "bare-refusal" not in {f.rule for f in review(draft, PLAYBOOK, routine).findings}
    assert "bare-refusal" not in {f.rule for f in review(draft, PLAYBOOK).findings}


def test_a_complaint_the_reader_is_unsure_of_does_not_fire() -> None:
    unsure = replace(CALM_COMPLAINT, complaint=Complaint(True, 0.6, 1))
    findings = review("We can't refund this order.", PLAYBOOK, unsure).findings
    assert "bare-refusal" not in {f.rule for f in findings}


def test_a_frustrated_client_is_let_down_even_without_a_complaint_read() -> None:
    heated = replace(ClientFacts(heat=2).reading(), complaint=Complaint(False, 0.0, 0))
    findings = review("We can't refund this order.", PLAYBOOK, heated).findings
    assert "bare-refusal" in {f.rule for f in findings}
