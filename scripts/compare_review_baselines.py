"""calmdesk's reply-side figures beside VADER on the same rows, printed as a table.

Run from the project root:
    .venv/bin/python scripts/compare_review_baselines.py [--data-dir ../shared/data]

VADER's compound score stands in for what a user might reach for instead:
- politeness: Spearman of the compound against `label`; accuracy on polite vs impolite rows with
  "polite" when compound > 0 (the same threshold as our tone score);
- acknowledge: the compound cut into 0/1/2 at VADER's documented cut-off (>= 0.05 positive)
  and at 0.5 for strong; macro-F1 against the emotional-reactions label. Also the Spearman.
Timings are per text, for the whole file, measured in this run.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from calmdesk.evaluation import review_tasks  # noqa: F401  (registers the tasks)
from calmdesk.evaluation.data import load_rows
from calmdesk.evaluation.metrics import multiclass_scores, spearman
from calmdesk.evaluation.registry import TASKS


def _vader_level(compound: float) -> int:
    return 2 if compound >= 0.5 else 1 if compound >= 0.05 else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data-dir", type=Path, default=Path("../shared/data"))
    args = parser.parse_args()
    vader = SentimentIntensityAnalyzer()
    table: list[tuple[str, str, str, str]] = []

    path = args.data_dir / "politeness" / "dev.jsonl"
    rows = load_rows(path, ("text", "label", "quartile_class"))
    start = time.perf_counter()
    ours = TASKS["politeness"].run(path, None)  # type: ignore[arg-type]
    ours_ms = (time.perf_counter() - start) * 1000 / len(rows)
    start = time.perf_counter()
    compound = [vader.polarity_scores(r["text"])["compound"] for r in rows]
    vader_ms = (time.perf_counter() - start) * 1000 / len(rows)
    ends = [(c, r["quartile_class"]) for c, r in zip(compound, rows, strict=True)]
    ends = [(c, k) for c, k in ends if k in ("polite", "impolite")]
    accuracy = sum(1 for c, k in ends if (c > 0) == (k == "polite")) / len(ends)
    gold = [float(r["label"]) for r in rows]
    table.append(
        (
            "politeness",
            "calmdesk tone_score",
            f"spearman {ours['spearman']:.3f}, accuracy {ours['accuracy']:.3f}",
            f"{ours_ms:.3f}",
        )
    )
    table.append(
        (
            "politeness",
            "VADER compound",
            f"spearman {spearman(compound, gold):.3f}, accuracy {accuracy:.3f}",
            f"{vader_ms:.3f}",
        )
    )

    path = args.data_dir / "epitome_er" / "dev.jsonl"
    rows = load_rows(path, ("reply", "label"))
    start = time.perf_counter()
    ours = TASKS["acknowledge"].run(path, None)  # type: ignore[arg-type]
    ours_ms = (time.perf_counter() - start) * 1000 / len(rows)
    start = time.perf_counter()
    compound = [vader.polarity_scores(r["reply"])["compound"] for r in rows]
    vader_ms = (time.perf_counter() - start) * 1000 / len(rows)
    labels = [int(r["label"]) for r in rows]
    vader_scores = multiclass_scores(labels, [_vader_level(c) for c in compound])
    table.append(
        (
            "acknowledge",
            "calmdesk acknowledge step",
            f"macro_f1 {ours['macro_f1']:.3f}, spearman {ours['spearman']:.3f}",
            f"{ours_ms:.3f}",
        )
    )
    table.append(
        (
            "acknowledge",
            "VADER compound (0/1/2 at 0.05, 0.5)",
            f"macro_f1 {vader_scores['macro_f1']:.3f}, spearman {spearman(compound, labels):.3f}",
            f"{vader_ms:.3f}",
        )
    )

    widths = [max(len(row[i]) for row in table) for i in range(4)]
    header = ("task", "method", "figures", "ms/text")
    widths = [max(w, len(h)) for w, h in zip(widths, header, strict=True)]
    for row in (header, tuple("-" * w for w in widths), *table):
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)))


if __name__ == "__main__":
    main()
