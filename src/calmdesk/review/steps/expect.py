"""Set expectations: a specific time for the fix or for the next update.

Strength 2 for a specific time tied to what happens next ("you'll have the confirmation within the
hour", "resolved no later than Friday", "I'll update you by noon either way"); strength 1 for a
commitment to communicate without a time ("if anything changes I'll follow up directly") or a
vague time ("as soon as possible", "shortly"). A time in the past ("it shipped on Monday") is not
an expectation. Source: the guide's "Set Expectations" step.

>>> from calmdesk.text import normalise
>>> find(normalise("I'll update you by 3 pm today either way.")).strength
2
>>> find(normalise("We'll get back to you asap.")).strength
1
>>> find(normalise("Your parcel shipped on Monday.")).present
False
"""

from __future__ import annotations

from calmdesk.reading.values import Reading
from calmdesk.review.steps.cues import Draft, Hit, anchored, result
from calmdesk.review.steps.vocabulary import MONTH, WEEKDAY
from calmdesk.review.values import StepResult
from calmdesk.text import Document

STEP = "expect"

_CLOCK = r"\d{1,2}(?:[:.]\d\d)? ?(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d\d|noon|midday|midnight"
_DAY = (
    r"(?:end of (?:the )?(?:day|business day|working day|week|month)|close of business|cob|eod|"
    r"eow|tomorrow(?: morning| afternoon| evening| night)?|tonight|this (?:morning|afternoon|"
    r"evening|week)|today|(?:next |this )?" + WEEKDAY + r"(?: morning| afternoon| evening)?|"
    r"next week|"
    + MONTH
    + r" \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)? (?:of )?"
    + MONTH
    + r"|\d{1,2}/\d{1,2}(?:/\d{2,4})?|first thing (?:tomorrow|in the morning|on \w+))"
)
_DEADLINE = anchored(
    r"\b(?:(?:by|before|no later than|not later than|at the latest by|until|at|around|on|for|"
    r"from) )?(?:" + _CLOCK + r"|" + _DAY + r")\b"
)
_WITHIN = anchored(
    r"\b(?:within|in|over|in the next|within the next) (?:the |an? |one |two |three |four |five |"
    r"six |seven |eight |nine |ten |twelve |fifteen |twenty |thirty |forty-five |ninety |"
    r"\d+(?:\s*(?:-|–|to|or)\s*\d+)? |twenty-four |forty-eight |a few |a couple of |several |"
    r"the next |the same )?"
    r"(?:\d+ )?(?:business |working )?(?:hours?|minutes?|mins?|days?|weeks?)\b"
    # a policy's window is no expectation: "returns within 90 days of purchase", "30 days only"
    r"(?! (?:of (?:purchase|delivery|receipt|the (?:date|invoice|order))|only|from (?:purchase|"
    r"delivery|the date)))"
)
_VAGUE_TIME = anchored(
    r"\b(?:soon|shortly|asap|as soon as (?:possible|we can|i can|i hear|we hear|we know|i know|"
    r"it|they|there)|in due course|at some point|in a timely (?:manner|fashion)|promptly|"
    r"in the (?:coming|next few) days|in the near future|when (?:we|i) (?:can|know|hear)|"
    r"once (?:we|i) (?:hear|know|have|get))\b"
)
_FUTURE = anchored(
    r"(?:'ll\b|\b(?:will|shall|going to|gonna|expect\w*|should (?:arrive|be|reach|get|receive|see|"
    r"have)|scheduled|due|estimated|eta|anticipate\w*|plan\w* to|can expect|aim\w* to|promise|"
    r"by|within|no later than|before|until|let (?:me|us) (?:update|get back|come back|confirm)|"
    r"(?:i|we)(?:'m| am|'re| are) (?:sending|calling|emailing|shipping|processing)|"
    # a time offered: "I can call you Thursday at 10 or 3"
    r"(?:i|we) can (?:\w+ )?(?:call|ring|phone|meet|visit|come|send|ship|deliver|book)))\b"
)
_PAST = anchored(
    r"\b(?:was|were|had|did|shipped|arrived|ordered|sent|placed|received|since|ago|last|"
    r"yesterday|(?:you|they) (?:said|called|wrote|emailed|contacted|asked))\b"
)
_UPDATE = anchored(
    r"\b(?:i|we)(?:'ll| will| shall| am going to|'m going to| are going to|'re going to| promise "
    r"to)?(?: (?:personally|also|then|directly|definitely|still|be sure to|make sure to))* "
    r"(?:update|keep you (?:posted|updated|informed|in the loop)|follow up|let you know|"
    r"get back to you|come back to you|be in touch|reach out|contact you|email you|call you|"
    r"confirm|check in|send you (?:an? )?(?:update|confirmation|email|note))\b"
)


def _time_strength(draft: Draft, start: int) -> int:
    sentence = draft.sentence_at(start)
    if draft.in_sentence(_FUTURE, sentence):
        return 2
    if draft.in_sentence(_PAST, sentence):
        return 0
    return 1


def find(doc: Document, reading: Reading | None = None, draft: Draft | None = None) -> StepResult:
    """Whether, where and how specifically the draft says what happens next and when."""
    draft = draft or Draft.of(doc)
    hits = []
    for regex in (_DEADLINE, _WITHIN):
        for match in draft.finditer(regex):
            strength = _time_strength(draft, match.start())
            hits.append(Hit(draft.span(match.start(), match.end()), strength))
    for match in draft.finditer(_VAGUE_TIME):
        sentence = draft.sentence_at(match.start())
        future = draft.in_sentence(_FUTURE, sentence)
        hits.append(Hit(draft.span(match.start(), match.end()), 1 if future else 0))
    hits.extend(Hit(draft.span(m.start(), m.end()), 1) for m in draft.finditer(_UPDATE))
    return result(STEP, hits)
