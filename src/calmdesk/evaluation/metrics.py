"""Standard metrics in plain numpy, so evaluation needs nothing beyond the runtime dependencies."""

from __future__ import annotations

from collections.abc import Hashable, Sequence

import numpy as np


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float:
    x = np.asarray(xs, dtype=float)
    y = np.asarray(ys, dtype=float)
    if len(x) < 2 or x.std() == 0 or y.std() == 0:
        return 0.0
    return float(np.corrcoef(x, y)[0, 1])


def _ranks(values: Sequence[float]) -> np.ndarray:
    """Average ranks, ties sharing the mean of their positions."""
    array = np.asarray(values, dtype=float)
    order = array.argsort(kind="mergesort")
    ranks = np.empty(len(array), dtype=float)
    sorted_values = array[order]
    i = 0
    while i < len(array):
        j = i
        while j + 1 < len(array) and sorted_values[j + 1] == sorted_values[i]:
            j += 1
        ranks[order[i : j + 1]] = (i + j) / 2.0
        i = j + 1
    return ranks


def spearman(xs: Sequence[float], ys: Sequence[float]) -> float:
    return pearson(list(_ranks(xs)), list(_ranks(ys)))


def binary_scores(gold: Sequence[bool], predicted: Sequence[bool]) -> dict[str, float | int]:
    tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g and p)
    fp = sum(1 for g, p in zip(gold, predicted, strict=True) if p and not g)
    fn = sum(1 for g, p in zip(gold, predicted, strict=True) if g and not p)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "support": tp + fn,
        "predicted": tp + fp,
    }


def multiclass_scores(gold: Sequence[Hashable], predicted: Sequence[Hashable]) -> dict[str, object]:
    """Accuracy, macro-F1 over the gold classes, and per-class scores."""
    classes = sorted(set(gold), key=str)
    per_class = {
        str(c): binary_scores([g == c for g in gold], [p == c for p in predicted]) for c in classes
    }
    macro = float(np.mean([s["f1"] for s in per_class.values()])) if per_class else 0.0
    correct = sum(1 for g, p in zip(gold, predicted, strict=True) if g == p)
    return {
        "accuracy": round(correct / len(gold), 4) if gold else 0.0,
        "macro_f1": round(macro, 4),
        "per_label": per_class,
    }


def micro_f1(
    gold: Sequence[set[str]], predicted: Sequence[set[str]], labels: Sequence[str]
) -> dict[str, object]:
    """Micro- and per-label precision, recall and F1 for multi-label sets restricted to `labels`."""
    per_label = {
        name: binary_scores([name in g for g in gold], [name in p for p in predicted])
        for name in labels
    }
    tp = sum(len(g & p & set(labels)) for g, p in zip(gold, predicted, strict=True))
    fp = sum(len((p - g) & set(labels)) for g, p in zip(gold, predicted, strict=True))
    fn = sum(len((g - p) & set(labels)) for g, p in zip(gold, predicted, strict=True))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "micro_f1": round(f1, 4),
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "macro_f1": round(float(np.mean([s["f1"] for s in per_label.values()])), 4),
        "per_label": per_label,
    }
