"""Close with confidence: the last words show appreciation and own the next step.

Strength 2 when the closing sentences both thank or appreciate the client ("thank you for your
patience while we sort this") and own a definite next step ("I'll confirm the new date by 4 pm");
strength 1 for one of the two. A casual or dismissive ending ("hopefully that works", "that should
be fine now", "let me know if there's anything else") counts for nothing on its own. Only the
last sentences count: the close is where the reply ends. Source: the guide's "Close with
Confidence" step.

>>> from calmdesk.text import normalise
>>> find(normalise("Done. Thank you for your patience, and I'll confirm by 4 pm.")).strength
2
>>> find(normalise("The refund is done. Hopefully that works.")).present
False
"""

from __future__ import annotations

from calmdesk.reading.values import Reading
from calmdesk.review.steps.cues import Draft, Hit, anchored, pattern, result
from calmdesk.review.values import StepResult
from calmdesk.text import Document

STEP = "close"

_APPRECIATION = anchored(
    r"\b(?:thank(?:s| you)(?: (?:so|very) much| again| once again| kindly)?(?: for (?:your|you|"
    r"bearing|being|the|taking|giving|choosing|sticking|letting|bringing|raising|flagging|"
    r"reaching|working|understanding|trusting|staying)\w*| again)|(?:i|we) (?:really |truly |"
    r"sincerely |greatly |genuinely |do )?(?:appreciate|value)\b|(?:many|big) thanks|"
    r"grateful for)"
)
_OWNERSHIP = anchored(
    r"\b(?:(?:i|we)(?:'ll| will| shall| am going to|'m going to| are going to|'re going to|'m| am)"
    r"(?: (?:personally|also|then|directly|definitely|still|be sure to|make sure to|keep))* "
    r"(?:confirm|update|follow\w* up|call|email|be in touch|keep (?:you|an eye|watching)|"
    r"check in|send|reach out|get back|come back|make sure|see (?:this|it) through|stay on|"
    r"be (?:here|available|your)|watch|monitor|track|let you know)|you(?:'ll| will) hear "
    r"(?:from me|back)|(?:my|our) direct (?:line|number|email)|i(?:'m| am) (?:personally )?"
    r"(?:keeping|watching|handling|owning)|i(?:'ll| will) be your|"
    r"(?:i|we)(?:'ll| will| can) (?:walk|talk) you through|"
    # a call offered at a set time: "would a quick call at 2 pm today suit you?"
    r"(?:would|could|does|can) (?:a |the )?(?:quick |short |brief )?(?:call|chat) (?:at \d|"
    r"today|tomorrow|this (?:morning|afternoon|evening)|on (?:mon|tues|wednes|thurs|fri)day)"
    # a call already fixed: "speak tomorrow at 10", not "talk soon"
    r"|(?:speak|talk|chat)(?: to you| with you)?(?: again)? (?:tomorrow|today|tonight|first thing|"
    r"on (?:mon|tues|wednes|thurs|fri|satur|sun)day|at \d|this (?:morning|afternoon|evening)))\b"
)
# Endings the guide calls casual or dismissive; exported for the rule that flags them.
DISMISSIVE_CLOSING = pattern(
    r"\b(?:hopefully (?:that|this|it)|that should (?:be )?(?:fine|ok|okay|sorted|all good|do it)|"
    r"let (?:me|us) know if (?:there(?:'s| is)|you (?:have|need)) (?:anything|any)|"
    r"hope (?:this|that) helps|any (?:other )?questions,? (?:just )?let)"
)


def _closing_start(draft: Draft) -> int:
    sentences = draft.doc.sentences
    if not sentences:
        return 0
    count = 3 if len(sentences) >= 6 else 2
    return sentences[max(0, len(sentences) - count)].start


def find(doc: Document, reading: Reading | None = None, draft: Draft | None = None) -> StepResult:
    """Whether the draft ends with appreciation and a definite next step it owns."""
    draft = draft or Draft.of(doc)
    start = _closing_start(draft)
    hits = []
    found = set()
    for name, regex in (("thanks", _APPRECIATION), ("owns", _OWNERSHIP)):
        for match in draft.finditer(regex, start):
            found.add(name)
            hits.append(Hit(draft.span(match.start(), match.end()), 1))
    strength = len(found)
    return result(STEP, [Hit(h.span, strength) for h in hits])
