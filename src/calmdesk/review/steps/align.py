"""Align: the rep takes responsibility for guiding the fix, on the client's side, without blame.

Strength 2 for a concrete first-person move ("I'll contact the carrier now", "let me dig into
where this broke down", "I'm on it", "leave it with me"); strength 1 for a softer one ("I'll look
into it", "let's work through this together"). Advice to the client ("you'll need to contact the
carrier"), a conditional ("if I were you I'd call them") or a refusal ("we can't chase them")
is not alignment, nor is a move in a sentence that blames someone else. Source: the guide's
"Align & Acknowledge" step ("you are accepting responsibility for guiding the solution").

>>> from calmdesk.text import normalise
>>> find(normalise("I'll contact the carrier now and push this for you.")).strength
2
>>> find(normalise("You'll need to contact the carrier yourself.")).present
False
"""

from __future__ import annotations

from calmdesk.reading.values import Reading
from calmdesk.review.steps.cues import Draft, Hit, anchored, result
from calmdesk.review.steps.vocabulary import BLAME
from calmdesk.review.values import StepResult
from calmdesk.text import Document

STEP = "align"

_BLAME = anchored(BLAME)
_SUBJECT = (
    r"\b(?:i|we)(?:'ll| will| shall| am going to|'m going to| are going to|'re going to|'m| am|"
    r"'re| are|'ve| have|'d like to| would like to| want to)?(?: (?:personally|now|right now|also|"
    r"then|directly|already|just|immediately|be|been|gonna|first|straight away|going to))* "
)
_CONCRETE = anchored(
    _SUBJECT + r"(?:contact\w*|reach\w* out|call\w*|phon\w*|ring\w*|get\w* in touch|"
    r"speak\w* (?:with|to)|talk\w* (?:with|to)|chas\w*|push\w*|escalat\w*|step\w* in|dig\w* in|"
    r"coordinat\w*|follow\w* (?:up|through)|tak\w* (?:care|ownership|responsibility|charge)|took "
    r"(?:care|ownership|charge)|handl\w*|own\w* (?:this|it)|prioriti[sz]\w*|sort\w* (?:this|it|"
    r"that|things) out|get\w* (?:this|it|that|things) (?:sorted|fixed|resolved|moving)|"
    r"get\w* to the bottom|find\w* out|make (?:sure|certain)|ensur\w*|track\w* (?:this|it|down)|"
    r"work\w* (?:on|with)|loop\w* in|flag\w*|rais\w*|bring\w* in|put\w* (?:a|an) (?:rush|priority|"
    r"urgent)|stay\w* on|see (?:this|it) through|fix\w*|resolv\w*|make (?:this|it|things) right|"
    r"get (?:you|a clear)|confirm\w* with|arrang\w*|personally)\b"
)
_LET_ME = anchored(
    r"\blet (?:me|us) (?:personally )?(?:contact|call|chase|push|escalate|dig|coordinate|follow up|"
    r"take|speak|talk|get|find|sort|fix|make|handle|track|reach|loop|step)\b"
)
_IDIOM = anchored(
    r"\b(?:i(?:'m| am) on (?:it|this|the case)|we(?:'re| are) on (?:it|this|the case)|"
    r"leave (?:it|this|that) with (?:me|us)|i(?:'ve| have) got (?:this|it)|"
    r"(?:i|we)(?:'ll| will) take it from here|on your behalf|i(?:'m| am) (?:taking|going to take) "
    r"(?:this|it) (?:on|over)|i(?:'ve| have) (?:taken|took) (?:this|it) (?:on|over)|"
    r"(?:i|we) (?:want|intend|mean) to make (?:this|it|things) right|"
    r"you have my (?:word|attention)|i(?:'ll| will) be your (?:point of contact|contact))\b"
)
_SOFT = anchored(
    r"\b(?:(?:i|we)(?:'ll| will| am going to|'m going to| are going to|'re going to|'m| am|"
    r"'re| are) (?:\w+ )?(?:look\w* into|check\w* (?:on|into|with)|investigat\w*|"
    r"see (?:what|if|whether))|"
    r"let (?:me|us) (?:look|check|see|investigate)|let's (?:work|find|figure|sort|fix|get|solve|"
    r"look)|(?:i(?:'m| am)|we(?:'re| are)) (?:here to help|on your side|with you on this)|"
    r"(?:together|with you) (?:we(?:'ll| will| can)|to (?:fix|sort|solve|find)))\b"
)


def find(doc: Document, reading: Reading | None = None, draft: Draft | None = None) -> StepResult:
    """Whether, where and how firmly the rep takes charge of the fix."""
    draft = draft or Draft.of(doc)
    hits = []
    blamed: dict[int, bool] = {}
    for regex, strength in ((_CONCRETE, 2), (_LET_ME, 2), (_IDIOM, 2), (_SOFT, 1)):
        for match in draft.finditer(regex):
            sentence = draft.sentence_at(match.start())
            if sentence.start not in blamed:
                blamed[sentence.start] = draft.in_sentence(_BLAME, sentence)
            if blamed[sentence.start]:
                continue
            hits.append(Hit(draft.span(match.start(), match.end()), strength))
    return result(STEP, hits)
