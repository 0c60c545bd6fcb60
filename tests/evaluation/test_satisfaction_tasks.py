"""The satisfaction task, on dialogues in the user_sat format written for these tests.

`user_sat_sample.jsonl` holds four short dialogues of our own: two calm and satisfied, one that
goes wrong (curt refusals, a user who ends up furious) and one that recovers after an apology.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest
from sklearn.metrics import roc_auc_score

from calmdesk.errors import DataError
from calmdesk.evaluation import satisfaction_tasks
from calmdesk.evaluation.metrics import spearman
from calmdesk.evaluation.registry import TASKS
from calmdesk.evaluation.satisfaction_tasks import measure_satisfaction, partial_spearman, roc_auc
from calmdesk.playbook import default_playbook
from tests.cli.test_cli_read import run

SAMPLE = Path(__file__).with_name("user_sat_sample.jsonl")


def write(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def dialogue(*turns: tuple[str, str, float | None], overall: float = 3.0) -> dict[str, Any]:
    rows: list[dict[str, Any]] = []
    for role, text, satisfaction in turns:
        row: dict[str, Any] = {"role": role, "text": text}
        if satisfaction is not None:
            row["satisfaction"] = satisfaction
        rows.append(row)
    return {"id": "d", "corpus": "test", "turns": rows, "overall": overall}


def test_task_is_registered() -> None:
    assert "satisfaction" in TASKS
    assert TASKS["satisfaction"].data_set == "user_sat"


def test_roc_auc_matches_the_textbook_example_and_sklearn() -> None:
    assert roc_auc([0.1, 0.4, 0.35, 0.8], [False, False, True, True]) == 0.75
    assert roc_auc([1.0, 1.0, 1.0], [True, False, False]) == 0.5  # ties count half
    assert roc_auc([0.2, 0.9], [False, False]) is None
    generator = random.Random(7)
    scores = [generator.choice([0.0, 0.1, 0.5, 0.7, 1.0]) for _ in range(300)]
    labels = [generator.random() < 0.2 + 0.5 * s for s in scores]
    assert roc_auc(scores, labels) == pytest.approx(roc_auc_score(labels, scores))


def test_partial_spearman_takes_out_what_the_control_explains() -> None:
    generator = random.Random(3)
    controls = [generator.random() for _ in range(200)]
    xs = [c + generator.random() for c in controls]
    ys = [c + generator.random() for c in controls]
    # Both follow the control and nothing else: correlated, but not once the control is held.
    assert spearman(xs, ys) > 0.3
    ranks = [np.argsort(np.argsort(v)).astype(float) for v in (xs, ys, controls)]
    design = np.column_stack([np.ones(200), ranks[2]])
    residuals = [r - design @ np.linalg.lstsq(design, r, rcond=None)[0] for r in ranks[:2]]
    expected = float(np.corrcoef(*residuals)[0, 1])
    assert partial_spearman(xs, ys, controls) == pytest.approx(expected)
    assert abs(expected) < 0.15
    assert partial_spearman(xs, ys, [1.0] * 200) == pytest.approx(spearman(xs, ys))
    assert partial_spearman(xs, xs, xs) is None


def test_sample_dialogues_agree_in_the_expected_direction() -> None:
    result = measure_satisfaction(SAMPLE, default_playbook())
    assert result["task"] == "satisfaction"
    assert result["n"] == 4
    assert result["turns"] == {"user": 10, "system": 6}
    user = result["user_turns"]
    assert user["dissatisfied"] == 3  # ratings 1.5, 1.0 and 2.0
    assert result["spearman"] == user["spearman"] < -0.5  # hotter messages, less satisfied users
    assert user["roc_auc"] == 1.0
    assert user["complaint"]["recall"] == 1.0 and user["complaint"]["precision"] == 1.0
    system = result["system_turns"]
    assert system["n_with_change"] == 6 and system["drops"] == 2
    assert result["review_spearman"] == system["spearman"] > 0.5  # better replies, happier users
    assert system["drop_roc_auc"] > 0.5
    assert result["dialogues"]["heat_spearman"] < -0.5
    assert result["dialogues"]["review_spearman"] > 0.5
    assert sorted(result["per_corpus"]) == ["booking", "films"]
    assert result["per_corpus"]["films"]["user_turns"]["n"] == 4
    assert result["per_corpus"]["booking"]["system_turns"]["n"] == 4
    assert result["coverage"]["user_turns_refused"] == 0


class KnownScores:
    """A stand-in reader and reviewer whose heat and review scores are written in the text."""

    @staticmethod
    def read(text: str, playbook: object) -> Any:
        heat = float(text.split()[-1])
        return SimpleNamespace(
            in_scope=True,
            heat=SimpleNamespace(score=heat, level=3 if heat >= 0.5 else 0),
            complaint=SimpleNamespace(is_complaint=heat >= 0.5),
        )

    @staticmethod
    def review(text: str, playbook: object, reading: object) -> int:
        return int(text.split()[-1])


def test_figures_are_computed_from_the_right_pairs(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(satisfaction_tasks, "_read_turn", KnownScores.read)
    monkeypatch.setattr(satisfaction_tasks, "_review_score", KnownScores.review)
    rows = [
        dialogue(
            ("user", "heat 0.1", 3.0),
            ("system", "score 90", None),
            ("user", "heat 0.0", 4.0),  # +1 after 90
            ("system", "score 20", None),
            ("user", "heat 0.9", 1.5),  # -2.5 after 20
            overall=2.0,
        ),
        dialogue(
            ("system", "score 70", None),  # no earlier rating: counts for the next rating only
            ("user", "heat 0.6", 2.0),
            ("system", "score 40", None),
            ("user", "heat 0.3", 2.5),  # +0.5 after 40
            ("system", "score 100", None),  # nobody rated it
            overall=3.0,
        ),
    ]
    result = measure_satisfaction(write(tmp_path / "known.jsonl", rows), None)  # type: ignore[arg-type]
    user = result["user_turns"]
    # Heat ranks 0.0 < 0.1 < 0.3 < 0.6 < 0.9 against satisfaction 4 > 3 > 2.5 > 2 > 1.5.
    assert user["n"] == 5 and user["spearman"] == -1.0
    assert user["dissatisfied"] == 2 and user["roc_auc"] == 1.0
    assert user["complaint"] == {
        "precision": 1.0,
        "recall": 1.0,
        "f1": 1.0,
        "support": 2,
        "predicted": 2,
    }
    assert user["below_neutral"] == 3 and user["below_neutral_roc_auc"] == 1.0
    # Flagged: heats 0.9 and 0.6 (ratings 1.5 and 2); below neutral also takes in 2.5 (heat 0.3).
    assert user["complaint_below_neutral"]["precision"] == 1.0
    assert user["complaint_below_neutral"]["recall"] == pytest.approx(0.6667, abs=1e-4)
    system = result["system_turns"]
    # Reviewed and followed by a rating: 90 -> 4, 20 -> 1.5, 70 -> 2, 40 -> 2.5.
    assert system["n"] == 4 and system["spearman"] == pytest.approx(0.8)
    # Changes: 90 -> +1, 20 -> -2.5, 40 -> +0.5; one drop, scored lowest.
    assert system["n_with_change"] == 3 and system["drops"] == 1
    assert system["change_spearman"] == 1.0 and system["drop_roc_auc"] == 1.0
    # Against the ratings before (3, 4, 2): 90 -> 3, 20 -> 4, 40 -> 2, so -0.5; the ratings after
    # (4, 1.5, 2.5) against those before are also -0.5, and the score still orders the ratings
    # after perfectly once that is held: (1 - 0.25) / sqrt(0.75 * 0.75) = 1.
    assert system["earlier_spearman"] == -0.5
    assert system["spearman_given_earlier"] == 1.0
    coverage = result["coverage"]
    assert coverage["system_turns_without_earlier_rating"] == 1
    assert coverage["system_turns_without_rated_reply"] == 1
    # Mean heat 1/3 (overall 2) and 0.45 (overall 3); mean review 55 and 70.
    assert result["dialogues"]["heat_spearman"] == 1.0
    assert result["dialogues"]["review_spearman"] == 1.0
    assert result["dialogues"]["review_spearman_given_heat"] is None  # two points: nothing left


def test_consecutive_system_messages_are_one_reply(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    reviewed: list[str] = []

    def review_score(text: str, playbook: object, reading: object) -> int:
        reviewed.append(text)
        return 50

    monkeypatch.setattr(satisfaction_tasks, "_review_score", review_score)
    rows = [
        dialogue(
            ("user", "Any good westerns?", 3.0),
            ("system", "Oh, plenty!", None),
            ("system", "Have you seen the one with the long train ride?", None),
            ("user", "Yes, loved it.", 4.0),
            ("user", "Another?", 4.0),
            ("system", "Try the one set in the snow.", None),
        )
    ]
    result = measure_satisfaction(write(tmp_path / "chat.jsonl", rows), default_playbook())
    assert reviewed == [
        "Oh, plenty!\nHave you seen the one with the long train ride?",
        "Try the one set in the snow.",
    ]
    assert result["system_turns"]["n"] == 1
    assert result["user_turns"]["n"] == 3
    assert result["coverage"]["system_turns_joined_to_the_one_before"] == 1
    assert result["coverage"]["system_turns_without_rated_reply"] == 1


def test_unrated_and_empty_turns_are_counted_not_dropped(tmp_path: Path) -> None:
    rows = [
        dialogue(
            ("user", "   ", 3.0),
            ("system", "Sorry, I didn't catch that. Could you say it again?", None),
            ("user", "A table for four, please.", None),
            ("system", "Booked for four at eight.", None),
            ("user", "Great, thanks.", 4.0),
        )
    ]
    result = measure_satisfaction(write(tmp_path / "gaps.jsonl", rows), default_playbook())
    coverage = result["coverage"]
    assert coverage["user_turns_refused"] == 1
    assert coverage["user_turns_unrated"] == 1
    assert coverage["system_turns_without_rated_reply"] == 1
    assert result["user_turns"]["n"] == 2  # the refused turn counts, as heat 0
    assert result["system_turns"]["n"] == 1


def test_baselines_are_measured_on_the_same_turns() -> None:
    result = measure_satisfaction(SAMPLE, default_playbook(), {"shouting": lambda t: t.count("!")})
    baseline = result["user_turns"]["baselines"]["shouting"]
    assert set(baseline) == {"spearman", "roc_auc", "below_neutral_roc_auc"}
    assert result["per_corpus"]["booking"]["user_turns"]["baselines"]["shouting"]


def test_missing_field_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path / "bad.jsonl", [dialogue(("user", "Hi", 3.0)), {"id": "x", "turns": []}])
    with pytest.raises(DataError, match="line 2: missing field 'overall'"):
        measure_satisfaction(path, default_playbook())


@pytest.mark.parametrize(
    ("turn", "message"),
    [
        ({"role": "user"}, r"dialogue 1 \(id 'd'\), turn 0: missing field 'text'"),
        ({"role": "user", "text": 5}, "field 'text' must be a string"),
        ({"role": "user", "text": "Hi", "satisfaction": "high"}, "'satisfaction' must be a number"),
        ({"role": "user", "text": "Hi", "satisfaction": True}, "'satisfaction' must be a number"),
        ({"role": "agent", "text": "Hi"}, "role must be 'user' or 'system'"),
        ({"role": "system", "text": "Hi", "satisfaction": 3}, "only user turns"),
        ("Hi", "must be a JSON object"),
    ],
)
def test_malformed_turns_are_clear_errors(tmp_path: Path, turn: Any, message: str) -> None:
    row = {"id": "d", "turns": [turn], "overall": 3.0}
    with pytest.raises(DataError, match=message):
        measure_satisfaction(write(tmp_path / "bad.jsonl", [row]), default_playbook())


def test_bad_types_at_the_top_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="'turns' must be a list"):
        measure_satisfaction(
            write(tmp_path / "a.jsonl", [{"turns": "hi", "overall": 3}]), default_playbook()
        )
    with pytest.raises(DataError, match="'overall' must be a number"):
        measure_satisfaction(
            write(tmp_path / "b.jsonl", [{"turns": [], "overall": "4"}]), default_playbook()
        )


def test_cli_prints_one_json_object() -> None:
    result = run("eval", "satisfaction", "--data", str(SAMPLE))
    assert result.returncode == 0, result.stderr
    metrics = json.loads(result.stdout)
    assert metrics["task"] == "satisfaction" and metrics["n"] == 4
