"""Facts beneath the emotion, separated from the feelings about them."""

from __future__ import annotations

import pytest

from calmdesk.reading.facts import facts_and_feelings
from calmdesk.text import normalise


def texts(raw: str) -> tuple[list[str], list[str]]:
    doc = normalise(raw)
    facts, feelings = facts_and_feelings(doc)
    for span in (*facts, *feelings):
        assert doc.text[span.start : span.end] == span.text
    return [f.text for f in facts], [f.text for f in feelings]


def test_a_factual_sentence_and_a_feeling_sentence() -> None:
    facts, feelings = texts("The invoice was charged twice on May 3. I am so frustrated.")
    assert facts == ["The invoice was charged twice on May 3."]
    assert feelings == ["I am so frustrated."]


def test_clauses_in_one_sentence_are_split() -> None:
    facts, feelings = texts("Order 5521 arrived three days late, and honestly this is ridiculous.")
    assert facts == ["Order 5521 arrived three days late"]
    assert feelings == ["honestly this is ridiculous."]


@pytest.mark.parametrize(
    "feeling",
    [
        "This is UNACCEPTABLE!!",
        "I'm fed up with this.",
        "We are really disappointed.",
        "I can't believe it.",
        "I'm worried we'll miss the launch.",
    ],
)
def test_feelings_are_found(feeling: str) -> None:
    assert texts(feeling)[1] == [feeling]


@pytest.mark.parametrize(
    "fact",
    [
        "The parcel was delivered to the wrong address.",
        "We paid $450 for express shipping.",
        "Tracking has not updated since Monday.",
    ],
)
def test_facts_are_found(fact: str) -> None:
    assert texts(fact) == ([fact], [])


def test_small_talk_is_neither() -> None:
    assert texts("Hello there.") == ([], [])


def test_a_bare_number_says_nothing_happened() -> None:
    facts, _ = texts("The order is a week late. Can someone call me? 07700 900123.")
    assert facts == ["The order is a week late."]


def test_a_clock_time_does_not_split_its_clause() -> None:
    facts, _ = texts("The van came at 10:45 and left without unloading.")
    assert facts == ["The van came at 10:45 and left without unloading."]


@pytest.mark.parametrize(
    ("message", "fact"),
    [
        ("The parcel arrived late; I am furious.", "The parcel arrived late"),
        ("The parcel arrived late: I am furious.", "The parcel arrived late"),
        ("The parcel arrived late — I am furious.", "The parcel arrived late"),
        ("The parcel arrived late - I am furious.", "The parcel arrived late"),
        ("The parcel arrived late, but I am furious.", "The parcel arrived late"),
        ("The parcel arrived late, so I am furious.", "The parcel arrived late"),
        ("The parcel arrived late, because I hate waiting.", "The parcel arrived late"),
    ],
)
def test_each_clause_break_splits_a_fact_from_a_feeling(message: str, fact: str) -> None:
    facts, feelings = texts(message)
    assert facts == [fact]
    assert feelings and message.endswith(feelings[-1])


@pytest.mark.parametrize(
    "message",
    [
        # no break: a comma alone, a hyphenated word, a clock time, a dash glued to its words
        "The parcel arrived late, I am furious.",
        "The parcel arrived late-ish and I am furious.",
        "The parcel arrived at 9:30 and I am furious.",
        "The parcel arrived late -I am furious.",
    ],
)
def test_near_misses_keep_one_clause(message: str) -> None:
    facts, feelings = texts(message)
    assert len(facts) + len(feelings) == 1
