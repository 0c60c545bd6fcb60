"""The review evaluation tasks, on tiny files in each set's format written for these tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from calmdesk.errors import DataError
from calmdesk.evaluation import review_tasks
from calmdesk.evaluation.registry import TASKS


def write(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


PAIRS = [
    {"client": "My order is late.", "reply": "I'm so sorry you've been left waiting.", "label": 2},
    {"client": "It broke.", "reply": "Sorry for the trouble.", "label": 1},
    {"client": "No news.", "reply": "The warehouse opens at nine.", "label": 0},
]


def test_tasks_are_registered() -> None:
    for name in ("acknowledge", "explore", "strategies", "politeness"):
        assert name in TASKS


def test_acknowledge_task(tmp_path: Path) -> None:
    result = review_tasks.acknowledge(write(tmp_path / "er.jsonl", PAIRS), None)  # type: ignore[arg-type]
    assert result["task"] == "acknowledge"
    assert result["n"] == 3
    assert result["macro_f1"] == 1.0


def test_explore_task(tmp_path: Path) -> None:
    rows = [
        {"client": "x", "reply": "Which model did you buy, and when?", "label": 2},
        {"client": "x", "reply": "That is all.", "label": 0},
    ]
    result = review_tasks.explore(write(tmp_path / "ex.jsonl", rows), None)  # type: ignore[arg-type]
    assert result["macro_f1"] == 1.0


def test_strategies_task(tmp_path: Path) -> None:
    rows = [
        {"text": "What time did the engineer arrive?", "label": "Question"},
        {"text": "I'd suggest you try a different cable.", "label": "Providing Suggestions"},
        {"text": "I can see how upsetting that was.", "label": "Reflection of feelings"},
        {"text": "I had the same thing last year.", "label": "Self-disclosure"},
    ]
    result = review_tasks.strategies(write(tmp_path / "es.jsonl", rows), None)  # type: ignore[arg-type]
    assert result["n"] == 4
    assert result["macro_f1"] == 1.0
    assert result["per_label"]["none"]["f1"] == 1.0


def test_strategy_decision_prefers_the_move_that_carries_the_turn() -> None:
    from calmdesk.review.steps import find_steps
    from calmdesk.text import normalise

    def strategy(text: str) -> str:
        return review_tasks.predicted_strategy(find_steps(normalise(text)))

    # A committed remedy carries the turn, even after a question.
    assert strategy("Which size did you order? I've sent a replacement today.") == "solve"
    # A named feeling beats weak advice; a specific question beats both.
    assert strategy("That must be exhausting. Maybe rest a little.") == "acknowledge"
    assert strategy("Sorry to hear that. Which branch did you visit?") == "clarify"
    # Advice beats a generic acknowledgement.
    assert strategy("Sorry about that. Try logging out and in again.") == "solve"
    assert strategy("Okay.") == "none"


def test_politeness_task(tmp_path: Path) -> None:
    rows = [
        {
            "text": "Could you please add a source? Thanks!",
            "label": 1.2,
            "quartile_class": "polite",
        },
        {"text": "Why is this here? It's wrong.", "label": -1.1, "quartile_class": "impolite"},
        {"text": "Where is the file?", "label": 0.0, "quartile_class": "middle"},
    ]
    result = review_tasks.politeness(write(tmp_path / "po.jsonl", rows), None)  # type: ignore[arg-type]
    assert result["accuracy"] == 1.0
    assert result["spearman"] > 0.9


def test_missing_field_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path / "bad.jsonl", [PAIRS[0], {"client": "x", "label": 0}])
    with pytest.raises(DataError, match="line 2: missing field 'reply'"):
        review_tasks.acknowledge(path, None)  # type: ignore[arg-type]


def test_unknown_strategy_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path / "bad.jsonl", [{"text": "hi", "label": "Mind reading"}])
    with pytest.raises(DataError, match="unknown strategy"):
        review_tasks.strategies(path, None)  # type: ignore[arg-type]
