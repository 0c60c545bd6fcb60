"""Threats as business clients write them: an agency's, a SaaS vendor's, a courier's or a print
shop's clients, who go to tender rather than "never fly again" and cite a clause rather than a
lawyer.

A routine renewal, a contract review asked for or a footer's "All rights reserved" are near
misses."""

from __future__ import annotations

import pytest

from calmdesk.reading.phrases import prepare
from calmdesk.reading.triggers import OTHER_TRIGGERS, find_triggers
from calmdesk.text import normalise

WATCHED = {"churn_threat", "public_threat", "legal_threat"}

# (message, the watched trigger found, the words its span must be)
FOUND = [
    # churn: the contract reviewed, tendered, or taken to a competitor
    (
        "Given the missed deadlines, we are reviewing our contract with you.",
        "churn_threat",
        "reviewing our contract",
    ),
    ("After this, we're reviewing the relationship.", "churn_threat", "reviewing the relationship"),
    # the leaving as the second half of a threat
    (
        "If the $480 isn't back by Friday we'll dispute the charge with our bank and cancel the "
        "subscription.",
        "churn_threat",
        "we'll dispute the charge with our bank and cancel the subscription",
    ),
    (
        "We will raise a formal complaint and terminate the contract.",
        "churn_threat",
        "We will raise a formal complaint and terminate the contract",
    ),
    # a review tied to the renewal, of the account too
    (
        "We will be reviewing the contract at renewal.",
        "churn_threat",
        "reviewing the contract",
    ),
    (
        "Frankly, we'll be revisiting the account ahead of renewal.",
        "churn_threat",
        "revisiting the account",
    ),
    (
        "We'll review our subscription with you when it comes up for renewal.",
        "churn_threat",
        "review our subscription",
    ),
    ("We'll have to move providers if this goes on.", "churn_threat", "move providers"),
    ("Honestly it may be time to change suppliers.", "churn_threat", "change suppliers"),
    (
        "We will be moving to another supplier at quarter end.",
        "churn_threat",
        "moving to another supplier",
    ),
    ("We're evaluating alternatives.", "churn_threat", "evaluating alternatives"),
    (
        "Unless the price moves, we will likely go to tender this year.",
        "churn_threat",
        "go to tender",
    ),
    ("We are actively exploring other vendors.", "churn_threat", "exploring other vendors"),
    (
        "Procurement is already looking at your competitors.",
        "churn_threat",
        "looking at your competitors",
    ),
    (
        "The board is asking whether we should stay with you.",
        "churn_threat",
        "asking whether we should stay with",
    ),
    (
        "Our directors are questioning whether to continue with you.",
        "churn_threat",
        "questioning whether to continue with",
    ),
    ("We'll put the account out for review.", "churn_threat", "put the account out for review"),
    (
        "We will go to tender when the contract comes up for renewal.",
        "churn_threat",
        "go to tender",
    ),
    ("We plan to re-tender the contract in spring.", "churn_threat", "re-tender the contract"),
    ("We won't be renewing in September.", "churn_threat", "won't be renewing"),
    (
        "If this isn't sorted we will have no choice but to end our working relationship.",
        "churn_threat",
        "end our working relationship",
    ),
    ("We are terminating the agreement.", "churn_threat", "We are terminating the agreement"),
    (
        "We will not be extending the contract.",
        "churn_threat",
        "will not be extending the contract",
    ),
    ("We've started speaking to other agencies.", "churn_threat", "speaking to other agencies"),
    (
        "Please treat this as our notice of termination.",
        "churn_threat",
        "notice of termination",
    ),
    ("We are giving notice to terminate the contract.", "churn_threat", "notice to terminate"),
    ("We'll be serving notice at the end of the month.", "churn_threat", "serving notice"),
    ("Consider this our 30 days' notice.", "churn_threat", "our 30 days' notice"),
    (
        "We are exercising our right to terminate under clause 9.",
        "churn_threat",
        "right to terminate",
    ),
    ("We'll take our business elsewhere.", "churn_threat", "take our business elsewhere"),
    # public: the trade, its peers and the B2B review sites
    (
        "We'll share our experience with the industry association.",
        "public_threat",
        "share our experience with the industry association",
    ),
    ("I'll be leaving a review on G2.", "public_threat", "leaving a review"),
    (
        "I'm putting this on Capterra tonight.",
        "public_threat",
        "putting this on Capterra",
    ),
    (
        "We will make sure to warn other agencies about you.",
        "public_threat",
        "We will make sure to warn other agencies",
    ),
    (
        "We're going to warn other clients about this.",
        "public_threat",
        "We're going to warn other clients",
    ),
    # legal: damages, breach, rights reserved, formal notice
    ("Our solicitors will be in touch.", "legal_threat", "Our solicitors"),
    ("We will be seeking damages for the lost sales.", "legal_threat", "seeking damages"),
    ("This is a clear breach of contract.", "legal_threat", "breach of contract"),
    (
        "You are in breach of the service agreement.",
        "legal_threat",
        "breach of the service agreement",
    ),
    ("You're breaching our SLA every week.", "legal_threat", "breaching our SLA"),
    ("We will be issuing proceedings next week.", "legal_threat", "issuing proceedings"),
    ("We reserve our rights in this matter.", "legal_threat", "reserve our rights"),
    ("We reserve all rights.", "legal_threat", "reserve all rights"),
    (
        "Please treat this as formal notice under clause 14.",
        "legal_threat",
        "formal notice under clause",
    ),
    ("Consider this a notice of breach.", "legal_threat", "notice of breach"),
]

QUIET = [
    "If I pay the invoice and close the account, is there a fee?",
    "We are reviewing the account and will send the figures on Monday.",
    "Thanks, we're reviewing the subscription renewal quote now.",
    "Could you review the account before the renewal call?",
    # renewals, reviews and alternatives that are routine
    "We're happy to renew for another year.",
    "The contract is up for renewal in March; please send the paperwork.",
    "Our annual contract review is next week, can you send the usage report?",
    "We are reviewing the contract terms you sent and will reply by Friday.",
    "We're evaluating the new reporting feature.",
    "Could you suggest alternatives to the matte finish?",
    "For the pitch, please research competitors and look at their pricing.",
    "We're moving to a new office in May.",
    "Your parcels keep arriving late; maybe you should switch couriers.",
    "Thanks for sending the draft, we are reviewing the agreement.",
    "Please move the account to our new billing address.",
    "We're giving notice that our office closes on Friday.",
    "Can we end the contract early if we move offices?",
    "Once the site is live we will end the retainer as planned.",
    "Please make sure you end the engagement letter with a signature block.",
    "After two years I decided to end the relationship with my partner.",
    "Can you confirm our 30 days' notice period?",
    "Please send over the paperwork, we'd like to extend the contract.",
    "Do we need to give notice if we change the delivery address?",
    "The tender documents are attached.",
    "We went to tender for the new warehouse last year and chose you.",
    # telling people as a habit, not a threat
    "I always tell people your onboarding is the best part.",
    "I keep telling everyone in the office to try the new dashboard.",
    "I'm not sure how to tell my team about the delay.",
    # the firm asked to share something
    "Can your team share the case study with the industry association?",
    # reviews read, not written
    "We found you through a review on G2.",
    "Your Trustpilot rating is what brought us to you.",
    # legal words that threaten nothing
    "Clause 14 of the contract covers delivery times, can you confirm the date?",
    "Please send a formal notice of the price change.",
    "The damaged goods need collecting.",
    "Is there a data breach I should know about?",
    "All rights reserved.",
    "Breach of contract cases take years in court, I read.",
    "We don't want to claim damages, we just want the files.",
    "We are not issuing proceedings, we just want this fixed.",
]


def watched(text: str) -> list[tuple[str, str]]:
    doc = normalise(text)
    found = []
    for evidence in find_triggers(doc):
        assert doc.text[evidence.span.start : evidence.span.end] == evidence.span.text
        if evidence.name in WATCHED:
            found.append((evidence.name, evidence.span.text))
    return found


@pytest.mark.parametrize(("message", "name", "phrase"), FOUND)
def test_a_business_threat_is_found(message: str, name: str, phrase: str) -> None:
    assert (name, phrase) in watched(message)


@pytest.mark.parametrize("message", QUIET)
def test_routine_business_words_are_no_trigger(message: str) -> None:
    assert watched(message) == []


@pytest.mark.parametrize("message", [m for m, _, _ in FOUND] + QUIET)
def test_start_words_and_anchors_never_hide_a_business_trigger(message: str) -> None:
    prepared = prepare(normalise(message))
    assert OTHER_TRIGGERS.find(prepared) == OTHER_TRIGGERS.find_anywhere(prepared)
