"""Churn and legal threats told apart: a contract taken to lawyers is a legal step, not a leaving;
a thing cancelled (an order, a taxi) is an ask, not a threat to leave the company."""

from __future__ import annotations

import pytest

from calmdesk.reading.phrases import prepare
from calmdesk.reading.triggers import OTHER_TRIGGERS, find_triggers
from calmdesk.text import normalise

# (message, triggers found among churn_threat and legal_threat)
CASES = [
    # lawyers and the legal department
    ("We will take our contract to our lawyers.", {"legal_threat"}),
    ("Our lawyers are reviewing the contract.", {"legal_threat"}),
    ("I'll have legal look at the contract.", {"legal_threat"}),
    ("We're getting legal involved.", {"legal_threat"}),
    ("I've copied in legal.", {"legal_threat"}),
    ("I am forwarding this to legal today.", {"legal_threat"}),
    ("We'll be taking our business to the ombudsman.", {"legal_threat"}),
    ("Is that even legal?", set()),
    ("My legal name is on the booking.", set()),
    ("I'm not getting legal involved yet.", set()),
    ("I'll ask legal about the new terms before we sign.", set()),
    # real churn stays churn
    ("We'll take our business elsewhere.", {"churn_threat"}),
    ("We'll move the contract to another supplier.", {"churn_threat"}),
    ("I'm taking my money to a competitor.", {"churn_threat"}),
    ("I'm cancelling my account.", {"churn_threat"}),
    ("We will cancel our subscription today.", {"churn_threat"}),
    ("You are losing a loyal customer.", {"churn_threat"}),
    ("I think you're loosing a customer here.", {"churn_threat"}),
    # what is cancelled, dropped or switched is a thing or a trip
    ("I want to cancel my taxi, it never came.", set()),
    ("I accidentally dropped my phone and the screen broke.", set()),
    ("Yesterday I accidentally drop my brand new handset.", set()),
    ("We are going to drop you for a cheaper provider.", {"churn_threat"}),
    ("I'd like to cancel my order from Tuesday.", set()),
    ("Can I switch to a later flight?", set()),
    ("How do I cancel my service when I move?", set()),
    ("We're losing a client because of your delay.", set()),
]


@pytest.mark.parametrize(("message", "expected"), CASES)
def test_churn_and_legal(message: str, expected: set[str]) -> None:
    doc = normalise(message)
    found = find_triggers(doc)
    for evidence in found:
        assert doc.text[evidence.span.start : evidence.span.end] == evidence.span.text
    names = {e.name for e in found} & {"churn_threat", "legal_threat"}
    assert names == expected


@pytest.mark.parametrize("message", [m for m, _ in CASES])
def test_start_words_and_anchors_never_hide_a_threat(message: str) -> None:
    prepared = prepare(normalise(message))
    assert OTHER_TRIGGERS.find(prepared) == OTHER_TRIGGERS.find_anywhere(prepared)
