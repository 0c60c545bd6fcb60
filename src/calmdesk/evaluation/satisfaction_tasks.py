"""Evaluation task on whole conversations: does calmdesk agree with how satisfied people were?

The set (`user_sat`) holds task-oriented dialogues (restaurant and travel booking, movie chat,
music preferences) in which annotators rated, at each user turn, how satisfied the user was with
the system so far (1-5), and the whole dialogue (`overall`). Three questions, each measured on
every labelled turn and per corpus:

- the reader on user turns: is a hotter message a less satisfied user (heat score against
  satisfaction), and do the complaint flag and the heat level pick out dissatisfied turns
  (satisfaction at most `DISSATISFIED_AT`)?
- the review on system turns: reviewed as a draft with the Reading of the user turn before it,
  does a higher review score go with a more satisfied next user turn, and with a rise rather than
  a drop in satisfaction from the user turn before? Consecutive system messages (the chat-style
  corpora send two or three in a row) are reviewed together as one reply.
- per dialogue: the mean heat of the user turns and the mean review score of the system turns
  against the overall rating.

Turns calmdesk refuses (empty text) count as heat 0, no complaint; system turns it refuses are left
out of the review figures; both are counted under `coverage`, as are turns read as out of scope.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from calmdesk.errors import DataError, InputError
from calmdesk.evaluation.data import iter_rows
from calmdesk.evaluation.metrics import binary_scores, spearman
from calmdesk.evaluation.registry import task
from calmdesk.playbook.model import Playbook
from calmdesk.reading import Reading, read
from calmdesk.review import review

# A user turn is dissatisfied when its mean rating is at most this (2 = "dissatisfied"); below
# neutral when it is under 3, a looser cut with many more turns (ratings at most 2 are rare).
DISSATISFIED_AT = 2.0
NEUTRAL = 3.0
ROLES = ("user", "system")

# A scorer of user turns to compare with the heat score: higher should mean less satisfied.
TurnScorer = Callable[[str], float]


@dataclass(frozen=True, slots=True)
class Turn:
    role: str
    text: str
    satisfaction: float | None


@dataclass(frozen=True, slots=True)
class Dialogue:
    id: str
    corpus: str
    turns: tuple[Turn, ...]
    overall: float


def _number(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise DataError(f"{where} must be a number, got {value!r}.")
    return float(value)


def _turn(value: Any, where: str) -> Turn:
    if not isinstance(value, dict):
        raise DataError(f"{where} must be a JSON object, got {value!r}.")
    for name in ("role", "text"):
        if name not in value:
            raise DataError(f"{where}: missing field '{name}'.")
        if not isinstance(value[name], str):
            raise DataError(f"{where}: field '{name}' must be a string, got {value[name]!r}.")
    if value["role"] not in ROLES:
        raise DataError(f"{where}: role must be 'user' or 'system', got {value['role']!r}.")
    satisfaction = value.get("satisfaction")
    if satisfaction is not None:
        if value["role"] != "user":
            raise DataError(f"{where}: only user turns carry a satisfaction rating.")
        satisfaction = _number(satisfaction, f"{where}: field 'satisfaction'")
    return Turn(value["role"], value["text"], satisfaction)


def iter_dialogues(path: Path) -> Iterator[Dialogue]:
    """The dialogues of a user_sat file, one at a time; a malformed one raises `DataError`."""
    for number, row in enumerate(iter_rows(path, ("turns", "overall")), start=1):
        where = f"{path}, dialogue {number} (id {row.get('id')!r})"
        if not isinstance(row["turns"], list):
            raise DataError(f"{where}: field 'turns' must be a list, got {row['turns']!r}.")
        turns = tuple(
            _turn(turn, f"{where}, turn {index}") for index, turn in enumerate(row["turns"])
        )
        corpus = row.get("corpus", "unnamed")
        yield Dialogue(
            str(row.get("id", number)),
            corpus if isinstance(corpus, str) else str(corpus),
            turns,
            _number(row["overall"], f"{where}: field 'overall'"),
        )


def roc_auc(scores: Sequence[float], positive: Sequence[bool]) -> float | None:
    """The chance that a random positive scores above a random negative (ties count half).

    None when either class is empty.

    >>> roc_auc([0.1, 0.4, 0.35, 0.8], [False, False, True, True])
    0.75
    """
    labels = np.asarray(positive, dtype=bool)
    n_positive = int(labels.sum())
    n_negative = len(labels) - n_positive
    if n_positive == 0 or n_negative == 0:
        return None
    values = np.asarray(scores, dtype=float)
    _, inverse, counts = np.unique(values, return_inverse=True, return_counts=True)
    # Average 1-based ranks: each distinct value's rank is the mean of the positions it spans.
    upper = np.cumsum(counts)
    ranks = (upper - (counts - 1) / 2.0)[inverse]
    rank_sum = float(ranks[labels].sum())
    return (rank_sum - n_positive * (n_positive + 1) / 2.0) / (n_positive * n_negative)


def partial_spearman(
    xs: Sequence[float], ys: Sequence[float], controls: Sequence[float]
) -> float | None:
    """Spearman of `xs` and `ys` with the rank correlation of each with `controls` taken out.

    None when either is fully determined by `controls` (nothing left to correlate).
    """
    xy, xz, yz = spearman(xs, ys), spearman(xs, controls), spearman(ys, controls)
    rest = (1 - xz * xz) * (1 - yz * yz)
    return None if rest < 1e-9 else (xy - xz * yz) / rest**0.5  # 1e-9: rounding, not data


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


@dataclass(slots=True)
class _Tally:
    """What one group of dialogues (all of them, or one corpus) adds up to."""

    dialogues: int = 0
    heat: list[float] = field(default_factory=list)
    level: list[int] = field(default_factory=list)
    complaint: list[bool] = field(default_factory=list)
    satisfaction: list[float] = field(default_factory=list)
    baselines: dict[str, list[float]] = field(default_factory=dict)
    review_score: list[float] = field(default_factory=list)
    next_satisfaction: list[float] = field(default_factory=list)
    scored_change: list[float] = field(default_factory=list)
    earlier: list[float] = field(default_factory=list)
    later: list[float] = field(default_factory=list)
    change: list[float] = field(default_factory=list)
    dialogue_heat: list[float] = field(default_factory=list)
    dialogue_heat_overall: list[float] = field(default_factory=list)
    dialogue_review: list[float] = field(default_factory=list)
    dialogue_review_overall: list[float] = field(default_factory=list)
    dialogue_review_heat: list[float] = field(default_factory=list)
    user_refused: int = 0
    user_out_of_scope: int = 0
    user_unrated: int = 0
    system_refused: int = 0
    system_joined: int = 0
    system_without_rated_reply: int = 0
    system_without_earlier_rating: int = 0


def _user_figures(tally: _Tally) -> dict[str, Any]:
    dissatisfied = [s <= DISSATISFIED_AT for s in tally.satisfaction]
    below_neutral = [s < NEUTRAL for s in tally.satisfaction]
    figures: dict[str, Any] = {
        "n": len(tally.satisfaction),
        "dissatisfied": sum(dissatisfied),
        "spearman": round(spearman(tally.heat, tally.satisfaction), 4),
        "level_spearman": round(spearman(tally.level, tally.satisfaction), 4),
        "roc_auc": _round(roc_auc(tally.heat, dissatisfied)),
        "below_neutral": sum(below_neutral),
        "below_neutral_roc_auc": _round(roc_auc(tally.heat, below_neutral)),
        "complaint": binary_scores(dissatisfied, tally.complaint),
        "heated": binary_scores(dissatisfied, [level >= 1 for level in tally.level]),
        # Ratings at most 2 are rare (well under 1 % of turns), so precision there is bound to be
        # low; the flag against ratings under 3 shows whether what it flags leans unhappy at all.
        "complaint_below_neutral": binary_scores(below_neutral, tally.complaint),
    }
    for name, scores in tally.baselines.items():
        figures.setdefault("baselines", {})[name] = {
            "spearman": round(spearman(scores, tally.satisfaction), 4),
            "roc_auc": _round(roc_auc(scores, dissatisfied)),
            "below_neutral_roc_auc": _round(roc_auc(scores, below_neutral)),
        }
    return figures


def _system_figures(tally: _Tally) -> dict[str, Any]:
    drops = [change < 0 for change in tally.change]
    return {
        "n": len(tally.review_score),
        "spearman": round(spearman(tally.review_score, tally.next_satisfaction), 4),
        "n_with_change": len(tally.change),
        "drops": sum(drops),
        "change_spearman": round(spearman(tally.scored_change, tally.change), 4),
        # A rating far from the middle tends to move back, and the review of a reply to an unhappy
        # message asks for more, so these two show how much of the above is the rating before.
        "earlier_spearman": round(spearman(tally.scored_change, tally.earlier), 4),
        "spearman_given_earlier": _round(
            partial_spearman(tally.scored_change, tally.later, tally.earlier)
        ),
        "drop_roc_auc": _round(roc_auc([100 - s for s in tally.scored_change], drops)),
        "mean_score": round(float(np.mean(tally.review_score)), 2) if tally.review_score else None,
    }


def _dialogue_figures(tally: _Tally) -> dict[str, Any]:
    return {
        "n": tally.dialogues,
        "heat_spearman": round(spearman(tally.dialogue_heat, tally.dialogue_heat_overall), 4),
        "n_reviewed": len(tally.dialogue_review),
        "review_spearman": round(spearman(tally.dialogue_review, tally.dialogue_review_overall), 4),
        # Each reply is reviewed against the user's heat, so part of the above may be heat alone.
        "review_spearman_given_heat": _round(
            partial_spearman(
                tally.dialogue_review, tally.dialogue_review_overall, tally.dialogue_review_heat
            )
        ),
    }


def _coverage(tally: _Tally) -> dict[str, int]:
    return {
        "user_turns_refused": tally.user_refused,
        "user_turns_out_of_scope": tally.user_out_of_scope,
        "user_turns_unrated": tally.user_unrated,
        "system_turns_refused": tally.system_refused,
        "system_turns_joined_to_the_one_before": tally.system_joined,
        "system_turns_without_rated_reply": tally.system_without_rated_reply,
        "system_turns_without_earlier_rating": tally.system_without_earlier_rating,
    }


def _summary(tally: _Tally) -> dict[str, Any]:
    return {
        "n": tally.dialogues,
        "user_turns": _user_figures(tally),
        "system_turns": _system_figures(tally),
        "dialogues": _dialogue_figures(tally),
        "coverage": _coverage(tally),
    }


def _read_turn(text: str, playbook: Playbook) -> Reading | None:
    try:
        return read(text, playbook)
    except InputError:
        return None


def _review_score(text: str, playbook: Playbook, reading: Reading | None) -> int | None:
    try:
        return review(text, playbook, reading).score
    except InputError:
        return None


def _add(
    dialogue: Dialogue,
    playbook: Playbook,
    baselines: Mapping[str, TurnScorer],
    tallies: Sequence[_Tally],
) -> None:
    """Read and review one dialogue, adding its figures to every tally given."""
    heats: list[float] = []
    scores: list[float] = []
    reading: Reading | None = None  # of the latest user turn
    earlier: float | None = None  # the latest user rating
    for index, turn in enumerate(dialogue.turns):
        if turn.role == "user":
            reading = _read_turn(turn.text, playbook)
            heat = reading.heat.score if reading else 0.0
            heats.append(heat)
            for tally in tallies:
                tally.user_refused += reading is None
                tally.user_out_of_scope += reading is not None and not reading.in_scope
                if turn.satisfaction is None:
                    tally.user_unrated += 1
                    continue
                tally.heat.append(heat)
                tally.level.append(reading.heat.level if reading else 0)
                tally.complaint.append(bool(reading and reading.complaint.is_complaint))
                tally.satisfaction.append(turn.satisfaction)
                for name, scorer in baselines.items():
                    tally.baselines.setdefault(name, []).append(scorer(turn.text))
            if turn.satisfaction is not None:
                earlier = turn.satisfaction
            continue
        if index > 0 and dialogue.turns[index - 1].role == "system":
            for tally in tallies:
                tally.system_joined += 1
            continue  # already reviewed as part of the reply it continues
        end = index
        while end < len(dialogue.turns) and dialogue.turns[end].role == "system":
            end += 1
        # Consecutive system messages (chat-style corpora) are one reply, rated as one.
        reply = "\n".join(t.text for t in dialogue.turns[index:end])
        score = _review_score(reply, playbook, reading)
        later = dialogue.turns[end].satisfaction if end < len(dialogue.turns) else None
        for tally in tallies:
            if score is None:
                tally.system_refused += 1
                continue
            if later is None:
                tally.system_without_rated_reply += 1
                continue
            tally.review_score.append(score)
            tally.next_satisfaction.append(later)
            if earlier is None:
                tally.system_without_earlier_rating += 1
                continue
            tally.scored_change.append(score)
            tally.earlier.append(earlier)
            tally.later.append(later)
            tally.change.append(round(later - earlier, 3))
        if score is not None:
            scores.append(score)
    for tally in tallies:
        tally.dialogues += 1
        if heats:
            tally.dialogue_heat.append(float(np.mean(heats)))
            tally.dialogue_heat_overall.append(dialogue.overall)
        if scores:
            tally.dialogue_review.append(float(np.mean(scores)))
            tally.dialogue_review_overall.append(dialogue.overall)
            tally.dialogue_review_heat.append(float(np.mean(heats)) if heats else 0.0)


def measure_satisfaction(
    path: Path, playbook: Playbook, baselines: Mapping[str, TurnScorer] | None = None
) -> dict[str, Any]:
    """The satisfaction figures of a user_sat file, streamed one dialogue at a time.

    `baselines` names other scorers of user turns (higher = less satisfied, like heat) to measure
    in the same pass; their figures appear under `user_turns.baselines`.
    """
    overall = _Tally()
    per_corpus: dict[str, _Tally] = {}
    for dialogue in iter_dialogues(path):
        corpus = per_corpus.setdefault(dialogue.corpus, _Tally())
        _add(dialogue, playbook, baselines or {}, (overall, corpus))
    summary = _summary(overall)
    return {
        "task": "satisfaction",
        "n": overall.dialogues,
        "turns": {
            "user": summary["user_turns"]["n"],
            "system": summary["system_turns"]["n"],
        },
        "spearman": summary["user_turns"]["spearman"],
        "review_spearman": summary["system_turns"]["spearman"],
        "dissatisfied_at": DISSATISFIED_AT,
        **{key: value for key, value in summary.items() if key != "n"},
        "per_corpus": {name: _summary(tally) for name, tally in sorted(per_corpus.items())},
    }


@task(
    "satisfaction",
    "heat and review score against user satisfaction in task dialogues",
    "user_sat",
)
def satisfaction(path: Path, playbook: Playbook) -> dict[str, Any]:
    return measure_satisfaction(path, playbook)
