"""Tone: polite requests score above blunt ones; the score stays in [-1, 1]."""

from __future__ import annotations

import pytest

from calmdesk.review.tone import tone_score
from calmdesk.text import normalise


@pytest.mark.parametrize(
    ("polite", "blunt"),
    [
        ("Hi, would you mind sending the receipt? Thanks a lot!", "Send the receipt."),
        ("Could you please check the serial number?", "Why didn't you check the serial number?"),
        (
            "Sorry for the back and forth, I think the form may be wrong.",
            "Obviously the form is wrong.",
        ),
        ("Thank you, that's a great catch.", "So you broke it AGAIN?!"),
    ],
)
def test_polite_scores_above_blunt(polite: str, blunt: str) -> None:
    assert tone_score(normalise(polite)) > tone_score(normalise(blunt))


def test_signs() -> None:
    assert tone_score(normalise("Thank you so much for your help, I really appreciate it.")) > 0.3
    assert tone_score(normalise("This is stupid. Read the manual.")) < -0.3


def test_bounds_and_empty() -> None:
    assert tone_score(normalise("")) == 0.0
    many = "Thanks! " * 50
    assert -1.0 <= tone_score(normalise(many)) <= 1.0


def test_shouting_is_case_sensitive() -> None:
    assert tone_score(normalise("Please check this")) > tone_score(normalise("PLEASE CHECK THIS"))
