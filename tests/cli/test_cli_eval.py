"""`calmdesk eval`: one JSON object of metrics for any file of a set's format."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_cli_read import run


def write_rows(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_anger_task_prints_one_json_object(tmp_path: Path) -> None:
    data = write_rows(
        tmp_path / "anger.jsonl",
        [
            {"text": "Lovely day, thank you!", "label": 0.05, "extra": "ignored"},
            {"text": "I am so angry about this, it is outrageous", "label": 0.7},
            {"text": "You lying cheats, I am FURIOUS!!!", "label": 0.95},
            {"text": "The meeting is at noon.", "label": 0.1},
        ],
    )
    result = run("eval", "anger", "--data", str(data))
    assert result.returncode == 0, result.stderr
    metrics = json.loads(result.stdout)
    assert metrics["task"] == "anger" and metrics["n"] == 4
    assert metrics["pearson"] > 0.5


def test_triggers_task_scores_triggers_and_asks(tmp_path: Path) -> None:
    data = write_rows(
        tmp_path / "triggers.jsonl",
        [
            {
                "text": "Get me a manager now. I want a refund.",
                "triggers": ["manager_request"],
                "asks": ["refund"],
            },
            {"text": "Thanks, all sorted.", "triggers": [], "asks": []},
        ],
    )
    result = run("eval", "triggers", "--data", str(data))
    assert result.returncode == 0, result.stderr
    metrics = json.loads(result.stdout)
    assert metrics["n"] == 2
    assert metrics["trigger_micro_f1"] == 1.0
    assert metrics["asks"]["per_label"]["refund"]["f1"] == 1.0


def test_missing_field_names_the_line(tmp_path: Path) -> None:
    data = write_rows(
        tmp_path / "bad.jsonl", [{"text": "fine", "label": 0.1}, {"text": "no label here"}]
    )
    result = run("eval", "anger", "--data", str(data))
    assert result.returncode == 2
    assert "line 2" in result.stderr and "label" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_task_lists_the_known_ones(tmp_path: Path) -> None:
    result = run("eval", "nonsense", "--data", str(tmp_path / "x.jsonl"))
    assert result.returncode == 2
    assert "anger" in result.stderr
