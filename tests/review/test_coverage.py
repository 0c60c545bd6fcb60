"""ask-unanswered: the general ways a reply answers an ask, and replies that still leave it open.

The examples are our own. Each group of answers has near misses beside it: wording that looks like
an answer (sympathy, a channel move, a refusal about Twitter) but leaves the ask open.
"""

from __future__ import annotations

import pytest

from calmdesk.playbook import default_playbook
from calmdesk.reading import read
from calmdesk.reading.values import Reading
from calmdesk.review import review
from calmdesk.review.rules import ClientFacts
from calmdesk.review.rules.answers import REASON, STATUS, gives_steps, refuses
from calmdesk.review.steps.cues import Draft
from calmdesk.text import normalise

PLAYBOOK = default_playbook()


def unanswered(draft: str, *asks: str) -> list[str]:
    reading = ClientFacts(heat=2, asks=asks).reading()
    result = review(draft, PLAYBOOK, reading)
    return [f.message for f in result.findings if f.rule == "ask-unanswered"]


# --------------------------------------------------------------------------- answered


@pytest.mark.parametrize(
    "draft",
    [
        "Sorry for the wait at the counter; that was down to a staff shortage this morning.",
        "The delay came from a signal fault near the junction.",
        "We paused card payments overnight for the system upgrade.",
        "Gift wrap is only offered on orders sent from our main warehouse.",
        "That would be a question for the branch manager, who sets prices there.",
        "It could be that the code had already expired when you checked out.",
        "We keep chats on the site to protect both buyers and sellers.",
        "Each store is independently owned, so opening hours vary.",
        # The forum's delayed-materials case: where the job stands is the reason, said neutrally.
        "The job is waiting on the final artwork from your side; I'll rush it once we have it.",
    ],
)
def test_a_reason_a_guessed_cause_or_who_decides_answers_a_why(draft: str) -> None:
    assert unanswered(draft, "explanation") == []


@pytest.mark.parametrize(
    "draft",
    [
        "The booking page is switched off while we move servers, and it'll be back up tonight.",
        "Please clear the app's cache, then sign back in.",
        "Uninstall the app and install it again from the store.",
        "@ana 1/2 Restart the router and wait two minutes.",
        "Our engineers are aware of the fault and are on it now.",
        "Video calls aren't supported on that model yet.",
        "You'll need to update to the latest version for the new menu.",
    ],
)
def test_status_or_steps_answer_something_broken(draft: str) -> None:
    assert unanswered(draft, "fix") == []


@pytest.mark.parametrize(
    "draft",
    [
        "Your parcel is out for delivery and should reach you by Friday.",
        "I've looked: the 9:15 service is running 12 minutes late.",
        "Refund claims can take up to 10 working days to process.",
    ],
)
def test_status_answers_where_is_it(draft: str) -> None:
    assert unanswered(draft, "update") == []


@pytest.mark.parametrize(
    ("draft", "ask"),
    [
        ("Annual plans end only at renewal; that's in our terms and conditions.", "cancel"),
        (
            "I'm afraid we can't do that, as the offer ran outside the promotion period.",
            "compensation",
        ),
        (
            "Our policy is that complaints go to the duty team first, and I'm on that team.",
            "manager",
        ),
        ("Sadly those seats are not eligible for an upgrade on this fare.", "expedite"),
        ("Saver fares are non-refundable, as the booking page explains.", "replacement"),
    ],
)
def test_a_no_with_its_reason_answers_a_request(draft: str, ask: str) -> None:
    assert unanswered(draft, ask) == []


# --------------------------------------------------------------------------- still open


@pytest.mark.parametrize(
    ("draft", "ask"),
    [
        ("Sorry about that! Please DM us your order number.", "refund"),
        (
            "We can't see account details on here, so please reach us through the help page.",
            "refund",
        ),
        ("We're sorry, we can't do that over Twitter. Please give us a call.", "cancel"),
        ("So sorry! Our rules say we can't discuss accounts here, please DM us.", "compensation"),
        ("Thanks for your patience, we really appreciate it.", "manager"),
    ],
)
def test_a_channel_move_or_thanks_leaves_a_request_open(draft: str, ask: str) -> None:
    assert len(unanswered(draft, ask)) == 1


@pytest.mark.parametrize(
    ("draft", "ask"),
    [
        ("I'm so sorry to hear that. That isn't the experience we want for you.", "fix"),
        ("I can see why that would be annoying, and I'm sorry.", "explanation"),
        ("That would be frustrating, sorry to hear it.", "fix"),
        ("Looks like you've had a rough day, so sorry!", "update"),
        ("Please contact our support line on 0800 000 000.", "fix"),
        ("Try contacting the shop directly.", "explanation"),
        ("Thanks for your patience, we really appreciate it.", "update"),
    ],
)
def test_sympathy_or_a_hand_off_leaves_a_problem_open(draft: str, ask: str) -> None:
    assert len(unanswered(draft, ask)) == 1


# --------------------------------------------------------------------------- the families


def _draft(text: str) -> Draft:
    return Draft.of(normalise(text))


@pytest.mark.parametrize(
    ("text", "reason", "status", "refusal"),
    [
        ("That's down to the storm last night.", True, False, False),
        ("There was a fault with the card reader.", True, False, False),
        ("It's a frustrating issue, I know.", False, False, False),
        ("The shop is open again and the app is back online.", False, True, False),
        ("I can see your order left the depot today.", False, True, False),
        ("I can see your frustration.", False, False, False),
        ("We're unable to accept this, as the item was used.", False, False, True),
        ("We're unable to do that via DM.", False, False, False),
        ("We can't make any promises.", False, False, False),
    ],
)
def test_each_family_matches_its_own_wording(
    text: str, reason: bool, status: bool, refusal: bool
) -> None:
    draft = _draft(text)
    assert (draft.has(REASON), draft.has(STATUS), refuses(draft)) == (reason, status, refusal)


@pytest.mark.parametrize(
    ("text", "steps"),
    [
        ("Head to Settings and switch off battery saver.", True),
        ("To see it, tap Profile, then scroll down to Orders.", True),
        ("Please be sure to report it to the airport desk.", True),
        ("Please contact us on the number below.", False),
        ("Please follow us so we can send you a DM.", False),
        ("We'll restart the server tonight.", False),
    ],
)
def test_steps_are_things_the_client_can_do_other_than_contacting_us(
    text: str, steps: bool
) -> None:
    doc = normalise(text)
    assert gives_steps(Draft.of(doc), doc) is steps


# ------------------------------------------- taking a problem up; one finding per ask


@pytest.mark.parametrize(
    "draft",
    [
        "So sorry about this. Send us a DM with the account email and we'll sort it out.",
        "That sounds maddening. Which version of the app are you on, and on which phone?",
        "I'm sorry for the trouble. I'll look into what went wrong and write back this afternoon.",
        "Thanks for flagging it; our engineers are working on the outage now.",
    ],
)
def test_a_problem_ask_is_taken_up_by_help_a_question_or_a_next_step(draft: str) -> None:
    assert unanswered(draft, "fix", "explanation") == []


@pytest.mark.parametrize(
    "draft",
    [
        "So sorry about this. Send us a DM with the booking code so we can look into it.",
        "Which card did you pay with?",
    ],
)
def test_a_refund_ask_needs_the_refund_named_even_with_a_next_step(draft: str) -> None:
    assert len(unanswered(draft, "refund")) == 1


def test_each_unanswered_ask_is_its_own_finding() -> None:
    found = unanswered("Thanks for getting in touch with us today.", "refund", "manager")
    assert len(found) == 2 and "refund" in found[0] and "manager" in found[1]


def test_a_refund_given_answers_a_cancel_asked_in_the_same_breath() -> None:
    draft = "I'm sorry it hasn't come. I'll refund the £649 to your card today and confirm by 4pm."
    paired = read("Get it here by Monday, otherwise cancel it and refund me.", PLAYBOOK)
    apart = read(
        "Please cancel my subscription from next month. Separately, the last invoice was wrong "
        "and I want a refund of the £20 difference.",
        PLAYBOOK,
    )
    assert {a.name for a in paired.asks} >= {"cancel", "refund"}
    assert {a.name for a in apart.asks} >= {"cancel", "refund"}

    def cancel_findings(reading: Reading) -> list[str]:
        result = review(draft, PLAYBOOK, reading)
        return [f.message for f in result.findings if "cancellation" in f.message]

    assert cancel_findings(paired) == []
    assert len(cancel_findings(apart)) == 1


@pytest.mark.parametrize(
    "draft",
    [
        "I've already reduced the March retainer by the two missed weeks.",
        "We'll deduct the missed sessions from your next invoice.",
        "I've knocked 20% off your next bill for the trouble.",
    ],
)
def test_a_bill_cut_answers_a_request_for_compensation(draft: str) -> None:
    assert unanswered(draft, "compensation") == []


def test_a_call_already_booked_is_the_call_a_long_reply_to_a_heated_client_needs() -> None:
    body = " ".join(["We have gone through every deliverable and the dates on each one."] * 12)
    hot = ClientFacts(heat=3).reading()
    offered = f"{body} I've booked a call with you and our account lead for Thursday at 10am."
    assert "offer-call" in {f.rule for f in review(body, PLAYBOOK, hot).findings}
    assert "offer-call" not in {f.rule for f in review(offered, PLAYBOOK, hot).findings}


@pytest.mark.parametrize(
    "internal",
    [
        "Tomorrow we'll have a quick call with the warehouse team.",
        "I've booked a meeting with our supplier for Thursday.",
        "There is a call today with the courier's depot manager.",
    ],
)
def test_a_call_with_someone_else_is_not_a_call_offered_to_the_client(internal: str) -> None:
    body = " ".join(["We have gone through every deliverable and the dates on each one."] * 12)
    hot = ClientFacts(heat=3).reading()
    assert "offer-call" in {f.rule for f in review(f"{body} {internal}", PLAYBOOK, hot).findings}


def test_a_threat_to_end_the_contract_is_answered_by_talking_about_ending_it() -> None:
    draft = (
        "I understand why you're considering ending the contract, and I'd welcome a meeting with "
        "the committee next week."
    )
    assert unanswered(draft, "cancel") == []
    assert unanswered("I've booked the engineer for Thursday.", "cancel") != []
