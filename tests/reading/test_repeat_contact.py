"""Repeat contact said with a count: "for the 4th time", "my fifth email", "yet again I'm writing".

A count of contacts (emails, calls, times asked) is a repeat contact; a count of troubles ("the
third time this month the parcel was late") is a repeat problem, and is left alone. Business
clients also cite the earlier email ("as per my email of Tuesday") or date their first report
("we first reported this in May"); a fault first noticed is no contact.
"""

from __future__ import annotations

import pytest

from calmdesk.reading.phrases import prepare
from calmdesk.reading.triggers import OTHER_TRIGGERS, find_triggers
from calmdesk.text import normalise

# (message, the words the span must be)
REPEATS = [
    # "for the Nth time" said of the ask that follows it
    ("For the 4th time: where is my refund?", "For the 4th time"),
    ("for the fourth time, when will the engineer come?", "for the fourth time"),
    ("For the umpteenth time please cancel the order.", "For the umpteenth time"),
    ("Where is the invoice, for the 3rd time?", "for the 3rd time"),
    ("For the 2nd time now, I need the tracking number.", "For the 2nd time"),
    # an ordinal contact opening its clause, or after "my" / "the"
    ("3rd call this week and nothing has moved.", "3rd call"),
    ("Fifth email, and still not a word from you.", "Fifth email"),
    ("@shopco 2nd phone call today about the same parcel", "2nd phone call"),
    ("This is my second reminder about the unpaid credit.", "my second reminder"),
    ("This is my third ticket about the login fault.", "my third ticket"),
    ("This is my fifth email about this.", "my fifth email"),
    ("This is our third request for the usage report.", "our third request"),
    # "again" opening a contact
    ("Yet again I'm writing about the missing pallet.", "Yet again I'm writing"),
    ("Once again, we have to chase you for the credit note.", "Once again, we have to chase"),
    ("Again I'm asking for the delivery date.", "Again I'm asking"),
    # counts of contacts put first, or of being passed around
    ("Four times I've asked now and nobody answers.", "Four times I've asked"),
    ("So many times we have called about this meter.", "So many times we have called"),
    ("Three emails this week and no answer.", "Three emails this week"),
    ("I have been transferred 4 times and the fault remains.", "been transferred 4 times"),
    ("We were on the phone with them five times.", "on the phone with them five times"),
    (
        "I've tried six times today to get through to billing.",
        "tried six times today to get through",
    ),
    ("How many times do I have to explain this?", "How many times do I have to explain"),
    ("I've now asked four times.", "asked four times"),
    # cut off on the line
    ("Waited an hour and got cut off twice.", "cut off"),
    ("The call was disconnected after 40 minutes.", "disconnected"),
    ("Your phone menu disconnected me again.", "disconnected me"),
    ("Ugh, disconnected! Trying once more.", "disconnected"),
    # business clients count tickets and voicemails, cite earlier emails and date a first report
    ("I have left three voicemails for our account lead.", "left three voicemails"),
    (
        "We've opened two different tickets and both were closed unresolved.",
        "opened two different tickets",
    ),
    (
        "You promised us a technician four days running and nobody came.",
        "promised us a technician four days running",
    ),
    ("You promised a fix twice last month.", "promised a fix twice"),
    ("As I set out in my emails of 4 and 11 June, the invoices are wrong.", "As I set out in my"),
    ("As per my email of Tuesday, the banner sizes are wrong.", "As per my email"),
    ("We first reported the outage in February.", "We first reported"),
    ("I first raised the overcharge with you in the spring.", "I first raised"),
    ("I've chased this with Marco and with your helpdesk.", "I've chased this with"),
    ("We raised the issue with your account manager weeks ago.", "We raised the issue with"),
    ("I've escalated this twice already.", "I've escalated this twice"),
    ("We raised it with our account manager in May.", "We raised it with"),
    ("This is now the third time we've had to escalate this.", "third time we've had to escalate"),
    ("We have yet to receive a response.", "yet to receive a response"),
    (
        "Please see my email below from 12 April, which is still unanswered.",
        "still unanswered",
    ),
    ("My question from last month remains unanswered.", "remains unanswered"),
    ("Just bumping this up your inbox.", "bumping this up"),
]

NOT_REPEATS = [
    # a contact made by someone else, not a count of them
    "The campaign report you sent over yesterday has last quarter's numbers.",
    "The agent who called last week was very helpful.",
    # a count of troubles, not of contacts
    "The 4th time this year our shipment was fine.",
    "For the fourth time this year, the train was late.",
    "For the third time the box arrived crushed.",
    "This is the second time my card was charged twice.",
    "Second flight cancelled this week.",
    "I booked three tickets today for the trip.",
    "My second ticket was cheaper than the first.",
    "The 3rd time I flew with you was the best.",
    # a contact that is no repeat
    "I need a second call with your team next week.",
    "Once again, thank you for the quick help.",
    "Yet I'm writing this with a smile.",
    "Once I call the bank I'll know more.",
    "I tried three times to pay online and it failed.",
    "I've transferred the money three times this year.",
    "How many times have you flown with us?",
    # cut off on the road, or a cut-off time
    "A van cut me off and then I got cut off by a lorry on the ring road.",
    "Is the bag drop cut off 45 minutes before departure?",
    "These socks cut off the circulation in my feet.",
    # someone else asking the writer again
    "The app kept asking me to try again later.",
    # looking forward, not waiting on a reply
    "Can't wait to fly with you again soon!",
    "I cannot wait to stay at your hotel again.",
    # first noticed, counted or raised, but no contact made before
    "We first noticed the delay on Monday.",
    "I have three questions about the invoice.",
    "We raised our prices in January.",
    "I'd like to raise this with your manager.",
    "Please open a ticket for the export fault.",
    "The fourth shipment was damaged.",
    "Our second order arrived on time.",
    "As I mentioned, we love the new dashboard.",
    "As per the attached, the totals match.",
    "We sent three invoices in May, all paid.",
    "There are not enough orders yet to get a discount.",
    "Two fields on the order form are unanswered.",
    "The situation escalated quickly at the depot.",
    "Please bump the font size up on the banner.",
    "I've raised this with my director and she approved the budget.",
    "We first reported strong sales in January, thanks to your campaign!",
]


def repeat_span(text: str) -> str | None:
    doc = normalise(text)
    for evidence in find_triggers(doc):
        if evidence.name == "repeat_contact":
            assert doc.text[evidence.span.start : evidence.span.end] == evidence.span.text
            return evidence.span.text
    return None


@pytest.mark.parametrize(("message", "phrase"), REPEATS)
def test_a_counted_contact_is_a_repeat_contact(message: str, phrase: str) -> None:
    assert repeat_span(message) == phrase


@pytest.mark.parametrize("message", NOT_REPEATS)
def test_a_counted_trouble_is_not_a_repeat_contact(message: str) -> None:
    assert repeat_span(message) is None


@pytest.mark.parametrize("message", [m for m, _ in REPEATS] + NOT_REPEATS)
def test_start_words_and_anchors_never_hide_a_repeat(message: str) -> None:
    prepared = prepare(normalise(message))
    assert OTHER_TRIGGERS.find(prepared) == OTHER_TRIGGERS.find_anywhere(prepared)


@pytest.mark.parametrize(
    ("message", "phrase"),
    [
        # a count of contacts is stronger evidence than one earlier contact, wherever it stands
        (
            "I rang yesterday and was told someone would ring back. This is my fourth email "
            "about invoice 2210.",
            "my fourth email",
        ),
        ("We emailed last week and have now called you three times.", "called you three times"),
        ("I phoned yesterday, and again and again since.", "again and again"),
        # with no count, the earliest way of saying it stays the evidence
        ("I phoned yesterday and still no reply.", "phoned yesterday"),
    ],
)
def test_the_evidence_of_a_repeat_contact_is_its_count(message: str, phrase: str) -> None:
    assert repeat_span(message) == phrase
