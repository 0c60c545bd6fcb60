"""`RuleSet.find` tries rules only at their start words and only when an anchor is present: it
must still find exactly what trying every position of the text finds."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from calmdesk.reading.phrases import NUMBER, PhraseRule, RuleSet, prepare
from calmdesk.text import normalise

# Rules that share start words, some gated by an anchor, one reaching back before its start word.
RULES = RuleSet(
    (
        PhraseRule.of("refund", "my a the", r"\s+refund\b", "refund"),
        PhraseRule.of("refund", "refund", r"\s+me\b"),
        PhraseRule.of("wait", "still", r"\s+waiting\b"),
        PhraseRule.of("wait", NUMBER, r"\s+days?\b", "day days"),
        PhraseRule.of("call", "call", r"\s+me\s+back\b", "back"),
        PhraseRule.at("call", "phone", r"\bphone\s+me\b", "phone"),
        PhraseRule.of(
            "lawyer",
            "lawyer",
            r"\b",
            requires_before=re.compile(r"\bmy\s+(?:\w+\s+)?\Z"),
        ),
        PhraseRule.of("again", "never", r"\s+again\b", unless_before=re.compile(r"\bif\s+$")),
    )
)

MESSAGES = [
    "I want my refund. Refund me now, the refund is late.",
    "Refund me. My refund is late.",
    "Still waiting after 3 days, still waiting.",
    "We waited 3 days and still no word.",
    "Please call me back, or phone me, or call me back later.",
    "Call me when you can.",
    "I will tell my lawyer. My own lawyer agrees.",
    "A lawyer is not needed.",
    "If never again, fine. I will never again order.",
    "Never again",
]


@pytest.mark.parametrize("message", MESSAGES)
def test_find_equals_trying_every_position(message: str) -> None:
    prepared = prepare(normalise(message))
    assert RULES.find(prepared) == RULES.find_anywhere(prepared)


def test_a_rule_without_its_anchor_is_not_tried() -> None:
    # "call" is a start word here, but "back" (the anchor) is missing, so nothing is found.
    prepared = prepare(normalise("Call me when you can."))
    assert "call" not in RULES.find(prepared)


def test_the_earliest_match_wins_whichever_word_it_starts_at() -> None:
    text = "Phone me, then call me back."
    found = RULES.find(prepare(normalise(text)))
    start, end = found["call"]
    assert text[start:end] == "Phone me"


def test_a_lead_in_before_the_start_word_counts_as_earlier() -> None:
    text = "My lawyer, and my own lawyer."
    found = RULES.find(prepare(normalise(text)))
    start, end = found["lawyer"]
    assert text[start:end] == "My lawyer"


# The same finding said two ways, one of them stronger: "call me back" is a plainer ask than a
# bare "phone me", ranked above it.
RANKED = RuleSet(
    (
        PhraseRule.at("call", "phone", r"\bphone\s+me\b", "phone"),
        PhraseRule.of("call", "call", r"\s+me\s+back\b", "back", priority=1),
        PhraseRule.of("refund", "refund", r"\s+me\b"),
    )
)


@pytest.mark.parametrize(
    ("text", "call"),
    [
        ("Phone me, then call me back.", "call me back"),
        ("Call me back, or phone me.", "Call me back"),
        ("Phone me, or phone me again.", "Phone me"),
    ],
)
def test_a_rule_of_higher_priority_gives_the_evidence_even_when_later(text: str, call: str) -> None:
    prepared = prepare(normalise(text))
    found = RANKED.find(prepared)
    start, end = found["call"]
    assert text[start:end] == call
    assert found == RANKED.find_anywhere(prepared)


def test_priority_changes_the_evidence_never_what_is_found() -> None:
    unranked = RuleSet([replace(rule, priority=0) for rule in RANKED.rules])
    for text in [*MESSAGES, "Phone me, then call me back.", "Refund me and phone me."]:
        prepared = prepare(normalise(text))
        assert set(RANKED.find(prepared)) == set(unranked.find(prepare(normalise(text))))
