"""Evaluation tasks for the client side: heat, emotions, complaint, severity, triggers and asks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from calmdesk.errors import DataError, InputError
from calmdesk.evaluation.data import load_rows
from calmdesk.evaluation.metrics import micro_f1, multiclass_scores, pearson, spearman
from calmdesk.evaluation.registry import task
from calmdesk.playbook.model import Playbook
from calmdesk.reading import Reading, read
from calmdesk.reading.values import EMOTIONS

# GoEmotions labels that map onto calmdesk's emotions; the others map to nothing.
GOEMOTIONS_TO_OURS = {
    "anger": "anger",
    "annoyance": "annoyance",
    "disappointment": "disappointment",
    "fear": "worry",
    "nervousness": "worry",
    "confusion": "confusion",
    "sadness": "sadness",
    "gratitude": "gratitude",
    "neutral": "neutral",
}

TRIGGER_LABELS = (
    "manager_request",
    "churn_threat",
    "legal_threat",
    "public_threat",
    "repeat_contact",
    "hard_deadline",
    "abuse",
)
ASK_LABELS = (
    "refund",
    "replacement",
    "expedite",
    "update",
    "cancel",
    "call",
    "explanation",
    "compensation",
    "fix",
)


def _read_or_none(text: Any, playbook: Playbook) -> Reading | None:
    """A Reading, or None for a row calmdesk refuses (empty text); counted, never skipped."""
    if not isinstance(text, str):
        raise DataError(f"field 'text' must be a string, got {type(text).__name__}")
    try:
        return read(text, playbook)
    except InputError:
        return None


def _readings(path: Path, playbook: Playbook, required: tuple[str, ...]) -> list[Any]:
    rows = load_rows(path, required)
    return [(row, _read_or_none(row["text"], playbook)) for row in rows]


def _number(row: dict[str, Any], field: str, line: int) -> float:
    value = row[field]
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise DataError(f"row {line}: field '{field}' must be a number, got {value!r}")
    return float(value)


def _coverage(pairs: list[Any]) -> dict[str, int]:
    refused = sum(1 for _, reading in pairs if reading is None)
    out_of_scope = sum(1 for _, reading in pairs if reading is not None and not reading.in_scope)
    return {"refused": refused, "out_of_scope": out_of_scope}


@task(
    "anger", "Pearson and Spearman of the heat score against anger intensity", "semeval_anger_reg"
)
def anger(path: Path, playbook: Playbook) -> dict[str, Any]:
    pairs = _readings(path, playbook, ("text", "label"))
    gold = [_number(row, "label", i) for i, (row, _) in enumerate(pairs, start=1)]
    scores = [reading.heat.score if reading else 0.0 for _, reading in pairs]
    levels = [reading.heat.level if reading else 0 for _, reading in pairs]
    return {
        "task": "anger",
        "n": len(pairs),
        "pearson": round(pearson(scores, gold), 4),
        "spearman": round(spearman(scores, gold), 4),
        "level_spearman": round(spearman(levels, gold), 4),
        "coverage": _coverage(pairs),
    }


@task("emotions", "macro-F1 over calmdesk's emotions on GoEmotions-style rows", "goemotions")
def emotions(path: Path, playbook: Playbook) -> dict[str, Any]:
    pairs = _readings(path, playbook, ("text", "labels"))
    gold: list[set[str]] = []
    predicted: list[set[str]] = []
    for row, reading in pairs:
        labels = row["labels"]
        if not isinstance(labels, list):
            raise DataError(f"field 'labels' must be a list, got {labels!r}")
        gold.append({GOEMOTIONS_TO_OURS[x] for x in labels if x in GOEMOTIONS_TO_OURS})
        found = {e.name for e in reading.emotions if e.present} if reading else set()
        predicted.append(found)
    scores = micro_f1(gold, predicted, EMOTIONS)
    return {
        "task": "emotions",
        "n": len(pairs),
        "macro_f1": scores["macro_f1"],
        "micro_f1": scores["micro_f1"],
        "per_label": scores["per_label"],
        "mapping": GOEMOTIONS_TO_OURS,
        "coverage": _coverage(pairs),
    }


@task("complaint", "F1 and accuracy of the complaint flag", "complaints")
def complaint(path: Path, playbook: Playbook) -> dict[str, Any]:
    pairs = _readings(path, playbook, ("text", "label"))
    gold = [_number(row, "label", i) >= 0.5 for i, (row, _) in enumerate(pairs, start=1)]
    predicted = [bool(reading and reading.complaint.is_complaint) for _, reading in pairs]
    scores = multiclass_scores(gold, predicted)
    positive = scores["per_label"]["True"] if True in gold else {"f1": 0.0}  # type: ignore[index]
    return {
        "task": "complaint",
        "n": len(pairs),
        "f1": positive["f1"],
        "accuracy": scores["accuracy"],
        "complaint": positive,
        "coverage": _coverage(pairs),
    }


@task("severity", "X-CI complaint severity 0-4: macro-F1, accuracy, heat Pearson", "xci_severity")
def severity(path: Path, playbook: Playbook) -> dict[str, Any]:
    pairs = _readings(path, playbook, ("text", "label"))
    gold = [int(_number(row, "label", i)) for i, (row, _) in enumerate(pairs, start=1)]
    predicted = [reading.complaint.severity if reading else 0 for _, reading in pairs]
    scores = multiclass_scores(gold, predicted)
    heat = [reading.heat.score if reading else 0.0 for _, reading in pairs]
    levels = [reading.heat.level if reading else 0 for _, reading in pairs]
    within_one = sum(1 for g, p in zip(gold, predicted, strict=True) if abs(g - p) <= 1)
    return {
        "task": "severity",
        "n": len(pairs),
        "macro_f1": scores["macro_f1"],
        "accuracy": scores["accuracy"],
        "accuracy_within_one": round(within_one / len(gold), 4) if gold else 0.0,
        "pearson": round(pearson(heat, gold), 4),
        "heat_level_spearman": round(spearman(levels, gold), 4),
        "per_label": scores["per_label"],
        "coverage": _coverage(pairs),
    }


@task("triggers", "precision, recall and F1 per trigger and per ask, micro-F1 of each", "triggers")
def triggers(path: Path, playbook: Playbook) -> dict[str, Any]:
    pairs = _readings(path, playbook, ("text", "triggers", "asks"))
    gold_triggers: list[set[str]] = []
    gold_asks: list[set[str]] = []
    found_triggers: list[set[str]] = []
    found_asks: list[set[str]] = []
    for row, reading in pairs:
        for field in ("triggers", "asks"):
            if not isinstance(row[field], list):
                raise DataError(f"field '{field}' must be a list, got {row[field]!r}")
        gold_triggers.append(set(row["triggers"]))
        gold_asks.append(set(row["asks"]))
        found_triggers.append({t.name for t in reading.triggers} if reading else set())
        found_asks.append({a.name for a in reading.asks} if reading else set())
    trigger_scores = micro_f1(gold_triggers, found_triggers, TRIGGER_LABELS)
    ask_scores = micro_f1(gold_asks, found_asks, ASK_LABELS)
    combined = micro_f1(
        [t | {f"ask:{a}" for a in g} for t, g in zip(gold_triggers, gold_asks, strict=True)],
        [t | {f"ask:{a}" for a in f} for t, f in zip(found_triggers, found_asks, strict=True)],
        (*TRIGGER_LABELS, *(f"ask:{a}" for a in ASK_LABELS)),
    )
    return {
        "task": "triggers",
        "n": len(pairs),
        "micro_f1": combined["micro_f1"],
        "trigger_micro_f1": trigger_scores["micro_f1"],
        "ask_micro_f1": ask_scores["micro_f1"],
        "triggers": trigger_scores,
        "asks": ask_scores,
        "coverage": _coverage(pairs),
    }
