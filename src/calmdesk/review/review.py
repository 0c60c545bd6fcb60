"""`review`: check a rep's draft reply against the guide before it is sent.

>>> from calmdesk.playbook import default_playbook
>>> result = review("That's on the courier, nothing more I can do.", default_playbook())
>>> [f.rule for f in result.findings], result.verdict
(['blame-shifting', 'deflection'], 'rewrite')
"""

from __future__ import annotations

from calmdesk.playbook.model import Playbook
from calmdesk.reading.values import Reading
from calmdesk.review.rules import Context, active_rules
from calmdesk.review.score import score_review
from calmdesk.review.steps import find_steps
from calmdesk.review.steps.cues import Draft
from calmdesk.review.tone import tone_score
from calmdesk.review.values import STEP_IDS, Finding, Review, StepResult
from calmdesk.text import Document, normalise

_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def review(
    draft: str | bytes | Document, playbook: Playbook, reading: Reading | None = None
) -> Review:
    """Review a draft: the six steps, the rules' findings, a score 0-100 and a verdict.

    A pure function of the draft, the playbook and (optionally) the Reading of the client's
    message; with the Reading it also checks the reply against what the client said and asked
    (their heat, name and asks). Offsets index into `Review.text`, the normalised draft. Raises
    `InputError` for binary input or a draft above the playbook's `limits.max_chars`, and
    `PlaybookError` when `[review.rules.<id>]` names no rule.
    """
    doc = (
        draft
        if isinstance(draft, Document)
        else normalise(draft, max_chars=playbook.limits.max_chars)
    )
    active_rules(playbook)  # a misconfigured playbook fails here, even for an empty draft
    if not doc.body.strip():
        steps = tuple(StepResult(step, False, 0, ()) for step in STEP_IDS)
        why = "The draft has no words of its own to review (empty, or only quoted text)."
        return Review(doc.text, steps, (), 0, "rewrite", (why,))
    draft_index = Draft.of(doc)  # the token index, built once for the steps, tone and rules
    steps = find_steps(doc, reading, draft_index)
    findings = run_rules(doc, steps, reading, playbook, draft_index)
    tone = tone_score(doc, draft_index)
    scored = score_review(doc.text, steps, findings, tone, reading, playbook)
    explanation = scored.explanation
    if doc.language == "other":
        explanation = (NOT_ENGLISH, *explanation)
    return Review(doc.text, steps, findings, scored.score, scored.verdict, explanation)


NOT_ENGLISH = (
    "The draft does not read as English: the steps and rules are written for English replies, "
    "so this review may miss or misjudge what it says."
)


def run_rules(
    doc: Document,
    steps: tuple[StepResult, ...],
    reading: Reading | None,
    playbook: Playbook,
    draft: Draft | None = None,
) -> tuple[Finding, ...]:
    """The findings of every active rule on a normalised draft whose steps are known, in order.

    `review` calls it between finding the steps and scoring, with the token index (`draft`) it
    built for the steps; the benchmark times it alone.
    """
    in_scope = reading if reading is not None and reading.in_scope else None
    context = Context(
        doc=doc,
        reading=in_scope,
        steps=steps,
        call_heat_level=playbook.reading.call_heat_level,
        max_chars=playbook.review.max_chars,
        draft=draft or Draft.of(doc),
    )
    found: dict[tuple[str, int, int, str | None], Finding] = {}
    indexed = context.draft
    for active in active_rules(playbook):
        rule = active.rule
        if rule.needs_reading and in_scope is None:
            continue
        cues = active.phrases.cues
        if rule.phrases:
            # A phrase rule flags matches of its phrases only: none can start here, no hits.
            if not any(map(indexed.possible, cues)):
                continue
            hits = rule.check(context, active.phrases)
        else:
            hits = list(rule.check(context, active.phrases))
            if cues:
                hits.extend(active.phrases.hits(indexed))
        for hit in hits:
            # Whole-draft hits share the span (0, 0): two unanswered asks are two findings.
            whole = hit.message if hit.start == hit.end == 0 else None
            key = (rule.id, hit.start, hit.end, whole)
            if key not in found:
                found[key] = Finding(
                    rule=rule.id,
                    severity=active.severity,
                    start=hit.start,
                    end=hit.end,
                    message=hit.message or rule.message,
                    suggestion=hit.suggestion or active.suggestion,
                )
    return tuple(
        sorted(found.values(), key=lambda f: (f.start, _SEVERITY_ORDER[f.severity], f.rule))
    )
