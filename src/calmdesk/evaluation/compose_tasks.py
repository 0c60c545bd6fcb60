"""Evaluation task for drafting: compose a reply to every client message, then review it.

Any JSON-lines file with a `text` or a `client` field will do (tweets, complaints, forum posts):
the question is whether the drafts the template writes would be sent as they are. Half the rows
are composed with no context (times relative to business hours), the other half as if sent at a
moment that walks through the week, evenings and weekends included, and signed by a rep, so both
ways of naming a time are measured.
"""

from __future__ import annotations

import statistics
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from calmdesk.compose import ComposeContext, compose
from calmdesk.errors import DataError, InputError
from calmdesk.evaluation.data import iter_rows
from calmdesk.evaluation.registry import task
from calmdesk.playbook.model import Playbook
from calmdesk.reading import read
from calmdesk.review import review
from calmdesk.review.values import VERDICTS

# Odd rows are sent at this Monday midnight plus seven hours per row, round the week.
WEEK_START = datetime(2026, 11, 23, 0, 0)
STEP_HOURS = 7
TOP_FINDINGS = 10


def context_for(index: int) -> ComposeContext | None:
    """No context for even rows; a send time and a rep's name for odd ones."""
    if index % 2 == 0:
        return None
    hours = (index * STEP_HOURS) % (7 * 24)
    return ComposeContext(now=WEEK_START + timedelta(hours=hours), rep_name="Alex")


def _message(row: dict[str, Any], line: int) -> str:
    value = row.get("text", row.get("client"))
    if not isinstance(value, str):
        raise DataError(f"row {line}: needs a string 'text' or 'client' field")
    return value


@task("compose", "send rate of composed drafts under review (any text or client file)", "any")
def compose_task(path: Path, playbook: Playbook) -> dict[str, Any]:
    verdicts: Counter[str] = Counter()
    findings: Counter[str] = Counter()
    weak_steps: Counter[str] = Counter()
    scores: list[int] = []
    refused = 0
    with_placeholders = 0
    for line, row in enumerate(iter_rows(path, ()), start=1):
        try:
            reading = read(_message(row, line), playbook)
        except InputError:
            refused += 1
            continue
        draft = compose(reading, playbook, context_for(line))
        result = review(draft.text, playbook, reading)
        with_placeholders += bool(draft.placeholders)
        verdicts[result.verdict] += 1
        scores.append(result.score)
        findings.update({f.rule for f in result.findings})
        weak_steps.update(s.step for s in result.steps if s.strength < 2)
    n = len(scores)
    return {
        "task": "compose",
        "n": n,
        "send_rate": round(verdicts["send"] / n, 4) if n else 0.0,
        "median_score": float(statistics.median(scores)) if scores else 0.0,
        "verdicts": {verdict: verdicts[verdict] for verdict in VERDICTS},
        "findings": dict(findings.most_common(TOP_FINDINGS)),
        "weak_steps": dict(weak_steps.most_common()),
        "coverage": {"refused": refused, "with_placeholders": with_placeholders},
        "contexts": "even rows: none; odd rows: a rep's name and a send time stepping 7 h a row",
    }
