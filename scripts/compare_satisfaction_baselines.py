"""VADER beside calmdesk's heat on the user turns of the satisfaction set, in the same run.

Run from the project root:
    .venv/bin/python scripts/compare_satisfaction_baselines.py [--data FILE]

FILE defaults to ../shared/data/user_sat/dev.jsonl. It makes the same pass as `calmdesk eval
satisfaction`, scoring each user turn a second time with VADER's compound score negated (higher =
more negative, like heat), and prints calmdesk's and VADER's Spearman against satisfaction and
ROC AUC for dissatisfied turns (rating at most 2) and for turns below neutral (under 3), overall
and per corpus, then the whole task output under "task".
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from calmdesk.evaluation.satisfaction_tasks import measure_satisfaction
from calmdesk.playbook import default_playbook

VADER = "VADER (-compound)"


def side_by_side(user_turns: dict[str, Any]) -> dict[str, dict[str, Any]]:
    keys = ("spearman", "roc_auc", "below_neutral_roc_auc")
    return {
        "calmdesk heat": {key: user_turns[key] for key in keys},
        VADER: user_turns["baselines"][VADER],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, default=Path("../shared/data/user_sat/dev.jsonl"))
    args = parser.parse_args()
    vader = SentimentIntensityAnalyzer()

    def negated_compound(text: str) -> float:
        return -float(vader.polarity_scores(text)["compound"])

    result = measure_satisfaction(args.data, default_playbook(), {VADER: negated_compound})
    report = {
        "file": str(args.data),
        "all": side_by_side(result["user_turns"]),
        "per_corpus": {
            name: side_by_side(figures["user_turns"])
            for name, figures in result["per_corpus"].items()
        },
        "task": result,
    }
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
