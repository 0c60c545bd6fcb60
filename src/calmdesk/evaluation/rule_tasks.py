"""Evaluation tasks for the review rules, on human-labelled text we did not write.

`condescension`: TalkDown (Reddit replies labelled condescending or not). A text counts as
flagged when any rule of the `condescension` family fires on it in a full `review`. The rules are
patterns written by hand; TalkDown carries the BIG-bench canary, so nothing is fitted to it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from calmdesk.errors import DataError, InputError
from calmdesk.evaluation.data import load_rows
from calmdesk.evaluation.metrics import binary_scores
from calmdesk.evaluation.registry import task
from calmdesk.playbook.model import Playbook
from calmdesk.review import review
from calmdesk.review.rules import RULES

FAMILY = "condescension"


def family_fires(text: str, playbook: Playbook, family: str = FAMILY) -> bool:
    """Whether any rule of `family` fires when `text` is reviewed as a draft."""
    try:
        result = review(text, playbook)
    except InputError:
        return False
    return any(RULES[f.rule].family == family for f in result.findings if f.rule in RULES)


@task("condescension", "condescension rule family firing vs TalkDown labels", "talkdown")
def condescension(path: Path, playbook: Playbook) -> dict[str, Any]:
    rows = load_rows(path, ("text", "label"))
    gold: list[bool] = []
    predicted: list[bool] = []
    per_rule: dict[str, int] = {}
    for line, row in enumerate(rows, start=1):
        text, label = row["text"], row["label"]
        if not isinstance(text, str) or label not in (0, 1):
            raise DataError(f"row {line}: needs a string 'text' and a 0/1 'label'")
        gold.append(label == 1)
        try:
            result = review(text, playbook)
        except InputError:
            predicted.append(False)
            continue
        fired = {f.rule for f in result.findings if RULES.get(f.rule, None) is not None}
        family = {r for r in fired if RULES[r].family == FAMILY}
        for rule_id in family:
            per_rule[rule_id] = per_rule.get(rule_id, 0) + 1
        predicted.append(bool(family))
    scores = binary_scores(gold, predicted)
    return {
        "task": "condescension",
        "n": len(rows),
        "f1": scores["f1"],
        "precision": scores["precision"],
        "recall": scores["recall"],
        "details": {
            "support": scores["support"],
            "predicted": scores["predicted"],
            "per_rule": per_rule,
        },
    }
