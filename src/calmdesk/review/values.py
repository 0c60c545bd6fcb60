"""The values `review` returns. Plain, frozen, and serialised by `calmdesk.serialise`."""

from __future__ import annotations

from dataclasses import dataclass

from calmdesk.text import Span

STEP_IDS = ("acknowledge", "clarify", "align", "solve", "expect", "close")
SEVERITIES = ("info", "warning", "error")
VERDICTS = ("send", "revise", "rewrite")


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem in a draft: the rule that found it, where, why, and better wording."""

    rule: str
    severity: str
    start: int
    end: int
    message: str
    suggestion: str

    def quote(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass(frozen=True, slots=True)
class StepResult:
    """Whether a step is present, its strength (0 none, 1 weak, 2 strong), and where."""

    step: str
    present: bool
    strength: int
    spans: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Review:
    """Everything `review` finds in a draft reply. Offsets index into `text`."""

    text: str
    steps: tuple[StepResult, ...]
    findings: tuple[Finding, ...]
    score: int
    verdict: str
    explanation: tuple[str, ...]

    def step(self, step_id: str) -> StepResult:
        return next(s for s in self.steps if s.step == step_id)
