"""Evaluation tasks for the reply side: step detection and tone, on human-labelled replies.

The labelled sets are Reddit peer-support replies (EPITOME), emotional-support chats (ESConv) and
Wikipedia / Stack Exchange requests (Stanford politeness), not business email: they check that
the detectors generalise beyond the phrasings we wrote them for. Each task reads the reply alone
(`reading=None`): the client side is measured by the reading tasks.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from calmdesk.errors import DataError, InputError
from calmdesk.evaluation.data import load_rows
from calmdesk.evaluation.metrics import multiclass_scores, spearman
from calmdesk.evaluation.registry import task
from calmdesk.playbook.model import Playbook
from calmdesk.review.steps import find_steps
from calmdesk.review.tone import tone_score
from calmdesk.review.values import StepResult
from calmdesk.text import normalise

# ESConv strategies -> the step that would show them; the others map to "none".
STRATEGY_TO_STEP = {
    "Question": "clarify",
    "Restatement or Paraphrasing": "clarify",
    "Reflection of feelings": "acknowledge",
    "Affirmation and Reassurance": "acknowledge",
    "Providing Suggestions": "solve",
    "Information": "solve",
    "Self-disclosure": "none",
    "Others": "none",
}
MAPPED_STEPS = ("acknowledge", "clarify", "solve")
# When a turn shows several mapped steps, the move that carries it wins: a committed remedy; else
# an acknowledgement that names the feeling, unless a specific question asks for more; else advice
# or information; else a question; else a generic acknowledgement ("sorry to hear" leads in).
DECISION = "solve strength 2 > acknowledge 2 (unless clarify 2) > solve 1 > clarify > acknowledge 1"


def _text(row: dict[str, Any], field: str, line: int) -> str:
    value = row[field]
    if not isinstance(value, str):
        raise DataError(f"row {line}: field '{field}' must be a string, got {value!r}")
    return value


def _label(row: dict[str, Any], field: str, line: int) -> int:
    value = row[field]
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise DataError(f"row {line}: field '{field}' must be a number, got {value!r}")
    return int(value)


def _steps(text: str) -> tuple[StepResult, ...] | None:
    try:
        return find_steps(normalise(text))
    except InputError:
        return None


def _strength_task(name: str, step: str, path: Path) -> dict[str, Any]:
    rows = load_rows(path, ("reply", "label"))
    gold: list[int] = []
    predicted: list[int] = []
    refused = 0
    for line, row in enumerate(rows, start=1):
        gold.append(_label(row, "label", line))
        steps = _steps(_text(row, "reply", line))
        refused += steps is None
        predicted.append(next(s.strength for s in steps if s.step == step) if steps else 0)
    scores = multiclass_scores(gold, predicted)
    binary = multiclass_scores([g >= 1 for g in gold], [p >= 1 for p in predicted])
    return {
        "task": name,
        "n": len(rows),
        "macro_f1": scores["macro_f1"],
        "accuracy": scores["accuracy"],
        "present_f1": binary["per_label"].get("True", {"f1": 0.0})["f1"],  # type: ignore[attr-defined]
        "spearman": round(spearman(predicted, gold), 4),
        "per_label": scores["per_label"],
        "mapping": f"our {step} strength 0/1/2 = their label 0/1/2",
        "coverage": {"refused": refused},
    }


@task("acknowledge", "macro-F1 of acknowledge strength vs emotional reactions", "epitome_er")
def acknowledge(path: Path, playbook: Playbook) -> dict[str, Any]:
    return _strength_task("acknowledge", "acknowledge", path)


@task("explore", "macro-F1 of clarify strength vs explorations", "epitome_ex")
def explore(path: Path, playbook: Playbook) -> dict[str, Any]:
    return _strength_task("explore", "clarify", path)


def predicted_strategy(steps: tuple[StepResult, ...] | None) -> str:
    """The mapped step a turn shows most strongly, or "none"."""
    if not steps:
        return "none"
    found = {s.step: s.strength for s in steps if s.step in MAPPED_STEPS}
    solve, clarify, acknowledge = (
        found.get(step, 0) for step in ("solve", "clarify", "acknowledge")
    )
    if solve == 2:
        return "solve"
    if acknowledge == 2 and clarify < 2:
        return "acknowledge"
    if solve:
        return "solve"
    if clarify:
        return "clarify"
    return "acknowledge" if acknowledge else "none"


@task("strategies", "macro-F1 of step detection vs ESConv supporter strategies", "esconv")
def strategies(path: Path, playbook: Playbook) -> dict[str, Any]:
    rows = load_rows(path, ("text", "label"))
    gold: list[str] = []
    predicted: list[str] = []
    for line, row in enumerate(rows, start=1):
        label = _text(row, "label", line)
        if label not in STRATEGY_TO_STEP:
            raise DataError(f"row {line}: unknown strategy {label!r}")
        gold.append(STRATEGY_TO_STEP[label])
        predicted.append(predicted_strategy(_steps(_text(row, "text", line))))
    scores = multiclass_scores(gold, predicted)
    per_label: dict[str, dict[str, float]] = scores["per_label"]  # type: ignore[assignment]
    mapped = [per_label[s]["f1"] for s in MAPPED_STEPS if s in per_label]
    by_strategy: dict[str, dict[str, int]] = {}
    for row, guess in zip(rows, predicted, strict=True):
        counts = by_strategy.setdefault(row["label"], {})
        counts[guess] = counts.get(guess, 0) + 1
    return {
        "task": "strategies",
        "n": len(rows),
        "macro_f1": round(sum(mapped) / len(mapped), 4) if mapped else 0.0,
        "macro_f1_with_none": scores["macro_f1"],
        "accuracy": scores["accuracy"],
        "per_label": per_label,
        "predicted_by_strategy": by_strategy,
        "mapping": STRATEGY_TO_STEP,
        "decision": DECISION,
    }


@task("politeness", "Spearman of tone score vs politeness; polite/impolite accuracy", "politeness")
def politeness(path: Path, playbook: Playbook) -> dict[str, Any]:
    rows = load_rows(path, ("text", "label", "quartile_class"))
    scores: list[float] = []
    gold: list[float] = []
    for line, row in enumerate(rows, start=1):
        gold.append(float(row["label"]) if not isinstance(row["label"], bool) else 0.0)
        try:
            scores.append(tone_score(normalise(_text(row, "text", line))))
        except InputError:
            scores.append(0.0)
    ends = [(s, r["quartile_class"]) for s, r in zip(scores, rows, strict=True)]
    ends = [(s, c) for s, c in ends if c in ("polite", "impolite")]
    at_zero = sum(1 for s, c in ends if (s > 0) == (c == "polite"))
    median = sorted(scores)[len(scores) // 2] if scores else 0.0
    at_median = sum(1 for s, c in ends if (s > median) == (c == "polite"))
    return {
        "task": "politeness",
        "n": len(rows),
        "spearman": round(spearman(scores, gold), 4),
        "accuracy": round(at_zero / len(ends), 4) if ends else 0.0,
        "accuracy_at_median": round(at_median / len(ends), 4) if ends else 0.0,
        "median_score": median,
        "n_polite_or_impolite": len(ends),
        "threshold": (
            "accuracy: polite when tone_score > 0; accuracy_at_median: above the file's median"
        ),
    }
