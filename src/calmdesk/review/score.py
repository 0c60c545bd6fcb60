"""The score 0-100 and the verdict (send, revise, rewrite), with the reasons in plain words.

A draft starts at 100 and loses points for each step of the guide it misses or takes only
weakly, for each finding (by severity; repeats of one rule count less), and for a curt tone.
An error-level finding (blame, deflection, a non-apology...) caps the score just below the
`send` threshold, so such a draft can never be sent as it is. So does bad news brought to a
client with a complaint without acknowledging them (`bare-refusal`): one sentence fixes it, so it
costs no more than a warning, but a team lead would not send it. The thresholds come from the
playbook (`[review.thresholds]`).

>>> from calmdesk.playbook.model import Thresholds
>>> verdict_for(85, has_error=False, thresholds=Thresholds())
'send'
>>> verdict_for(85, has_error=True, thresholds=Thresholds())
'revise'
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from calmdesk.playbook.model import Playbook, Thresholds
from calmdesk.reading.values import Reading
from calmdesk.review.values import Finding, StepResult

# Points lost for a missing step (half for a weak one). Acknowledging matters more the hotter
# the client; with a calm client a short factual answer is fine.
STEP_PENALTY = {"acknowledge": 15, "clarify": 4, "align": 6, "solve": 15, "expect": 12, "close": 8}
HEATED_ACKNOWLEDGE = 20
CALM_PENALTY = {"acknowledge": 6, "close": 4}
# A calm question that is no complaint ("Do you ship to Canada?") needs an answer, not the
# de-escalation steps: nothing to acknowledge, little to own or restate.
NOTHING_TO_SOLVE = frozenset(("solve", "expect"))
ROUTINE_PENALTY = {"acknowledge": 0, "clarify": 2, "align": 2, "solve": 15, "expect": 4, "close": 3}
FINDING_PENALTY = {"error": 25, "warning": 10, "info": 3}
# Findings that keep a draft from `send` until fixed, like an error, at warning level or above.
BLOCKS_SEND = frozenset({"bare-refusal"})
# The second and later findings of one rule cost this share of the first.
REPEAT_SHARE = 0.5
# A tone score of -1 (curt, impolite) costs this many points; a polite tone costs nothing.
TONE_PENALTY = 10

_STEP_GAPS = {
    "acknowledge": "does not acknowledge the client's frustration or its impact",
    "clarify": "does not restate the problem or check it is understood",
    "align": "does not take ownership of the next move",
    "solve": "does not offer a concrete solution",
    "expect": "does not say what happens next or when",
    "close": "does not close on the next step or thank the client",
}


@dataclass(frozen=True, slots=True)
class Scored:
    score: int
    verdict: str
    explanation: tuple[str, ...]


def verdict_for(score: int, has_error: bool, thresholds: Thresholds) -> str:
    """`send` at or above the send threshold (never with an error), `rewrite` below revise."""
    if score >= thresholds.send and not has_error:
        return "send"
    return "revise" if score >= thresholds.revise else "rewrite"


def _step_penalty(step: str, reading: Reading | None, routine: bool) -> int:
    if reading is not None and routine:
        if step in NOTHING_TO_SOLVE and not reading.asks and "?" not in reading.text:
            return 0  # thanks or news with nothing asked: there is nothing to solve or schedule
        return ROUTINE_PENALTY[step]
    if reading is not None and reading.in_scope:
        if step == "acknowledge" and reading.heat.level >= 2:
            return HEATED_ACKNOWLEDGE
        if reading.heat.level <= 1 and step in CALM_PENALTY:
            return CALM_PENALTY[step]
    return STEP_PENALTY[step]


def score_review(
    text: str,
    steps: tuple[StepResult, ...],
    findings: tuple[Finding, ...],
    tone: float,
    reading: Reading | None,
    playbook: Playbook,
) -> Scored:
    """Score, verdict and the reasons for both, biggest first."""
    lost: list[tuple[float, str]] = []
    routine = reading is not None and reading.is_routine
    for step in steps:
        full = _step_penalty(step.step, reading, routine)
        if full == 0:
            continue
        if step.strength == 0:
            lost.append((full, f"Missing step '{step.step}': the draft {_STEP_GAPS[step.step]}."))
        elif step.strength == 1:
            lost.append((full / 2, f"Weak step '{step.step}': it is there, but could be firmer."))
    seen: Counter[str] = Counter()
    for finding in findings:
        share = 1.0 if seen[finding.rule] == 0 else REPEAT_SHARE
        seen[finding.rule] += 1
        where = f" \u201c{finding.quote(text)}\u201d" if finding.end > finding.start else ""
        lost.append(
            (
                FINDING_PENALTY[finding.severity] * share,
                f"{finding.severity.capitalize()} {finding.rule}{where}: {finding.message}",
            )
        )
    if tone < 0:
        lost.append((-tone * TONE_PENALTY, "The tone reads curt; warmer wording would help."))
    score = max(0, min(100, round(100 - sum(points for points, _ in lost))))
    has_error = any(f.severity == "error" for f in findings)
    blocker = next((f for f in findings if f.rule in BLOCKS_SEND and f.severity != "info"), None)
    thresholds = playbook.review.thresholds
    if has_error or blocker is not None:
        score = min(score, max(thresholds.send - 1, 0))
    verdict = verdict_for(score, has_error or blocker is not None, thresholds)
    reasons = [f"{why} (\u2212{points:.0f})" for points, why in sorted(lost, key=lambda x: -x[0])]
    if has_error:
        ending = "an error-level finding blocks 'send' until it is fixed"
    elif blocker is not None and score >= thresholds.revise:
        ending = f"'{blocker.rule}' blocks 'send' until it is fixed"
    elif verdict == "send":
        ending = f"at or above {thresholds.send}, ready to send"
    elif verdict == "revise":
        ending = f"below {thresholds.send}, revise before sending"
    else:
        ending = f"below {thresholds.revise}, rewrite it"
    present = [s.step for s in steps if s.strength == 2]
    if present:
        reasons.insert(0, "Takes these steps well: " + ", ".join(present) + ".")
    reasons.append(f"Score {score} \u2192 {verdict}: {ending}.")
    return Scored(score, verdict, tuple(reasons))
