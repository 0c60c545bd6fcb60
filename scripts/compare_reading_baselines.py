"""The lexicon tools a user might pick instead of calmdesk's reader, scored on the same rows.

Run from the project root:
    .venv/bin/python scripts/compare_reading_baselines.py [--data-dir ../shared/data]

For each task it prints calmdesk's figure (via the same functions `calmdesk eval` runs) beside
VADER, AFINN and NRCLex on the same file. How their scores are mapped:
- anger, severity (Pearson): the negated score (VADER compound, AFINN total, NRCLex anger share),
  so more negative means more heated;
- complaint: "complaint" when the score is negative (VADER compound <= -0.05, its documented
  negative cut-off; AFINN < 0; NRCLex negative words outnumber positive ones);
- severity classes: the negated score cut into five bins at the quantiles that match the gold
  class proportions of the file (a generous mapping: it is told the label mix);
- emotions: NRCLex only (anger -> anger, fear -> worry, sadness -> sadness, no affect word ->
  neutral); VADER and AFINN have no emotions.
NRCLex is fed our own lower-cased word tokens (`load_token_list`): its `load_raw_text` needs
TextBlob's lemmatiser, whose NLTK corpora must be downloaded, which this offline machine cannot do.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from afinn import Afinn
from nrclex import NRCLex
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from calmdesk.evaluation import reading_tasks
from calmdesk.evaluation.data import load_rows
from calmdesk.evaluation.metrics import micro_f1, multiclass_scores, pearson, spearman
from calmdesk.playbook import default_playbook

WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


class Lexicons:
    def __init__(self) -> None:
        self.vader = SentimentIntensityAnalyzer()
        self.afinn = Afinn()
        self.nrc = NRCLex()

    def vader_compound(self, text: str) -> float:
        return float(self.vader.polarity_scores(text)["compound"])

    def afinn_score(self, text: str) -> float:
        return float(self.afinn.score(text))

    def nrc_counts(self, text: str) -> dict[str, float]:
        words = WORD.findall(text.lower())
        self.nrc.load_token_list(words)
        counts = dict(self.nrc.raw_emotion_scores)
        counts["_words"] = max(1, len(words))
        return counts


def anger(rows: list[dict[str, Any]], lex: Lexicons) -> dict[str, dict[str, float]]:
    gold = [float(r["label"]) for r in rows]
    scores: dict[str, list[float]] = {
        "VADER (-compound)": [-lex.vader_compound(r["text"]) for r in rows],
        "AFINN (-score)": [-lex.afinn_score(r["text"]) for r in rows],
        "NRCLex (anger share)": [
            c.get("anger", 0) / c["_words"] for c in (lex.nrc_counts(r["text"]) for r in rows)
        ],
    }
    return {
        name: {"pearson": round(pearson(s, gold), 4), "spearman": round(spearman(s, gold), 4)}
        for name, s in scores.items()
    }


def complaint(rows: list[dict[str, Any]], lex: Lexicons) -> dict[str, dict[str, float]]:
    gold = [float(r["label"]) >= 0.5 for r in rows]
    nrc = [lex.nrc_counts(r["text"]) for r in rows]
    predictions = {
        "VADER (compound <= -0.05)": [lex.vader_compound(r["text"]) <= -0.05 for r in rows],
        "AFINN (score < 0)": [lex.afinn_score(r["text"]) < 0 for r in rows],
        "NRCLex (negative > positive)": [c.get("negative", 0) > c.get("positive", 0) for c in nrc],
    }
    results = {}
    for name, predicted in predictions.items():
        scores = multiclass_scores(gold, predicted)
        per_label: dict[str, dict[str, float]] = scores["per_label"]  # type: ignore[assignment]
        results[name] = {"f1": per_label["True"]["f1"], "accuracy": scores["accuracy"]}
    return results


def _quantile_bins(values: list[float], gold: list[int]) -> list[int]:
    """Cut values into classes so each class gets the gold share of rows (generous to the tool)."""
    classes = sorted(set(gold))
    shares = np.cumsum([gold.count(c) / len(gold) for c in classes])[:-1]
    cuts = np.quantile(values, shares)
    return [classes[int(np.searchsorted(cuts, v, side="right"))] for v in values]


def severity(rows: list[dict[str, Any]], lex: Lexicons) -> dict[str, dict[str, float]]:
    gold = [int(r["label"]) for r in rows]
    scores: dict[str, list[float]] = {
        "VADER (-compound)": [-lex.vader_compound(r["text"]) for r in rows],
        "AFINN (-score)": [-lex.afinn_score(r["text"]) for r in rows],
    }
    results = {}
    for name, values in scores.items():
        classes = multiclass_scores(gold, _quantile_bins(values, gold))
        results[name] = {
            "macro_f1": classes["macro_f1"],
            "accuracy": classes["accuracy"],
            "pearson": round(pearson(values, gold), 4),
        }
    return results  # type: ignore[return-value]


NRC_TO_OURS = {"anger": "anger", "fear": "worry", "sadness": "sadness"}


def emotions(rows: list[dict[str, Any]], lex: Lexicons) -> dict[str, dict[str, float]]:
    gold = [
        {
            reading_tasks.GOEMOTIONS_TO_OURS[x]
            for x in r["labels"]
            if x in reading_tasks.GOEMOTIONS_TO_OURS
        }
        for r in rows
    ]
    predicted = []
    for row in rows:
        counts = lex.nrc_counts(row["text"])
        found = {ours for theirs, ours in NRC_TO_OURS.items() if counts.get(theirs, 0) > 0}
        affect = sum(v for k, v in counts.items() if k not in ("_words", "positive", "negative"))
        predicted.append(found or ({"neutral"} if affect == 0 else set()))
    labels = ("anger", "worry", "sadness", "neutral")
    scores = micro_f1(gold, predicted, labels)
    return {"NRCLex (4 labels it can map)": {"macro_f1_over_its_4": scores["macro_f1"]}}


# Sets the shipped model is trained on (complaints holds the same tweets as xci_severity).
TRAINED_ON = frozenset(("goemotions", "xci_severity", "complaints"))

BASELINES: dict[str, tuple[str, tuple[str, ...], Callable[..., dict[str, dict[str, float]]]]] = {
    "anger": ("semeval_anger_reg", ("text", "label"), anger),
    "complaint": ("complaints", ("text", "label"), complaint),
    "severity": ("xci_severity", ("text", "label"), severity),
    "emotions": ("goemotions", ("text", "labels"), emotions),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data-dir", type=Path, default=Path("../shared/data"))
    parser.add_argument("--tasks", nargs="*", default=list(BASELINES))
    args = parser.parse_args()
    lex = Lexicons()
    playbook = default_playbook()
    from calmdesk.evaluation.registry import TASKS

    report: dict[str, Any] = {}
    for name in args.tasks:
        data_set, required, baseline = BASELINES[name]
        path = args.data_dir / data_set / "dev.jsonl"
        rows = load_rows(path, required)
        if data_set in TRAINED_ON:
            # The shipped model was fit on these rows: its honest figure is the k-fold CV one.
            headline: dict[str, Any] = {"see": "scripts/train_model.py --cv 5 (k-fold CV)"}
        else:
            ours = TASKS[name].run(path, playbook)
            headline = {k: v for k, v in ours.items() if isinstance(v, int | float)}
        report[name] = {"file": str(path), "calmdesk": headline, **baseline(rows, lex)}
        print(json.dumps({name: report[name]}, indent=1))


if __name__ == "__main__":
    main()
