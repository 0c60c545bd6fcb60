"""Clarify: the reply asks a real question to learn more, or restates the details to confirm them.

Strength 2 for a specific question ("Which address did you order to?"), an invitation to say more
about something named ("help me understand what happened at the door") or a restatement checked
with the client ("just to confirm, the box arrived crushed, is that right?"). Strength 1 for a
generic question ("what happened?", "what's on your mind?", "mind if I ask why?") or a
restatement left unchecked ("it sounds like the parcel never left the depot", "so you were
charged twice"). A question that lost its question mark
("when did it stop working") still counts. Closing formulas ("anything else I can help
with?"), suggestions dressed as questions ("have you tried restarting it?"), rhetorical
jabs ("did you even read the email?") and the writer asking themselves ("where would I even
start?"; "can I ask which card you used?" still asks) are not clarifying. Source: the guide's
"Clarify the concern" and the forum's "help me understand..." / "can you tell me more about...".

>>> from calmdesk.text import normalise
>>> find(normalise("Just to confirm, you were charged twice, is that right?")).strength
2
>>> find(normalise("Is there anything else I can help you with?")).present
False
"""

from __future__ import annotations

from calmdesk.reading.values import Reading
from calmdesk.review.steps.cues import Draft, Hit, anchored, pattern, result
from calmdesk.review.steps.vocabulary import FEELING, PRAISE
from calmdesk.review.values import StepResult
from calmdesk.text import Document

STEP = "clarify"

_FEELING = anchored(FEELING)
_NOT_CLARIFYING = anchored(
    r"\b(?:anything else|something else|any (?:other|more|further) questions|"
    r"does (?:that|this|it) (?:help|make sense|work|sound)|(?:sound|sounds) good|"
    r"(?:is|would) (?:that|this) (?:be )?(?:ok|okay|alright|all right|clear|fine|helpful)|"
    r"(?:would|will|does|could) (?:that|this) (?:work|help|suit)|"
    r"how (?:does|do) (?:that|this) sound|"
    r"have you (?:ever |already |maybe |perhaps )?(?:tried|considered|thought (?:about|of))|"
    r"(?:do you think )?(?:would|could|might) it (?:help|benefit you) (?:to|if)|why (?:don't|not|"
    r"dont) you|how about|"
    r"what about (?:\w+ing|trying)|(?:could|can|would) you (?:try|consider)|"
    r"(?:is|would) it (?:be )?(?:possible|helpful|worth) (?:for you )?to|"
    r"(?:do|did) you (?:think|thought) (?:about|of) (?:\w+ing|trying|talking|asking|getting)|"
    r"(?:would|will) you consider|"
    r"what (?:do|did|would|could) you expect|did you (?:even|actually|not|ever) (?:read|check|look|"
    r"try|bother)|why (?:didn't|did not|don't|do not|haven't|have not|wouldn't|can't) you|"
    r"(?:isn't|wasn't|aren't) (?:it|that|this) (?:obvious|clear)|who (?:cares|knows)|"
    r"(?:are|were) you (?:serious|kidding|joking)|(?:right|okay|ok|yeah|eh|huh|no)\s*\?$|"
    # The writer asking themselves ("how do I cope?", "where would I go?"); "can I ask…" asks
    r"\b(?:am|do|did|can|could|would|should|will|shall|was) i (?!(?:ask|get|have|check|confirm|"
    r"clarify|help|assist|support|serve|be|do|understand|understanding|call|contact|reach|send|"
    r"take|grab|see|speak|talk|address|offer|make|just|also|please|right|correct)\b))"
)
_GENERIC_QUESTION = pattern(
    r"^(?:\W*(?:so|and|but|well|oh|hey|hi|ok|okay|yeah|hmm|um)\W+)*(?:what(?:'s| is)? "
    r"(?:happened|wrong|up|going on)|how (?:are|r) (?:you|u)(?: (?:doing|feeling|holding up))?"
    r"(?: today| now)?|(?:do you |would you )?(?:want|like|wanna) to talk(?: about (?:it|this))?|"
    r"how (?:can|may|could) (?:i|we) help(?: you)?(?: today)?|why|really|how so|how come|"
    r"what do you mean|and you|you\??|what now|any update|"
    # Open doors with nothing named: "want to talk?", "mind if I ask why?", "tell me more?"
    r"(?:do you )?(?:mind if i ask|care to say|care to share) (?:why|what happened)|"
    r"what(?:'s| is) (?:on your mind|the matter|up(?: \w+)?)|any (?:reason|idea) why|"
    r"(?:can|could|would) you (?:tell|say) (?:me|us) (?:a (?:bit|little) )?more|"
    r"what (?:do|did) you (?:need|want)|why not|how did (?:it|that) go)\W*\?"
)
_INVITATION = anchored(
    r"\b(?:help me (?:understand|see|get)|(?:can|could|would) you (?:please |kindly )?(?:tell|"
    r"share with|walk) me|(?:can|could|would) you (?:please |kindly )?(?:confirm|clarify|describe|"
    r"explain|let me know|send (?:me|us|over)\b|share|provide|check|give me)|tell me (?:more|a bit|"
    r"a little|about|what|how|which|when|where|why|if|whether)|(?:i'd|i would|we'd|we would) "
    r"(?:like|love) to (?:know|hear|understand|learn)|(?:i'm|i am) (?:curious|wondering) "
    r"(?:about|what|how|if|whether|why|which|when)|please (?:confirm|tell me|"
    r"share|send|describe|clarify|explain)|let (?:me|us) know (?:which|what|when|where|how|"
    r"whether|the|your|if (?:you(?:'d| would) prefer|the|it|this|that|there was|you received))\b)"
)
_RESTATEMENT = anchored(
    r"\b(?:just (?:to|so i can|so we can) (?:confirm|clarify|make sure|be sure|check|recap|be clear"
    r"|double-check)|to make sure (?:i|we)(?:'ve| have)? (?:understood|got|understand|have)|"
    r"if (?:i(?:'ve| have)?|we(?:'ve| have)?) (?:understood|understand|read|got) (?:you|this|"
    r"that|it|things|everything)? ?(?:correctly|right)|(?:let me|i want to|i'd like to|"
    r"allow me to) (?:make sure|confirm|check|recap|summari[sz]e|repeat)|"
    r"(?:it |this )?sounds like (?:you|your|the|this|it|they|he|she)\b|"
    r"(?:so|okay|ok),? (?:you(?:'re| are) saying|what you(?:'re| are) saying|you mean|"
    r"you(?:'re| are) |you(?:'ve| have) |your |the (?:issue|problem|main)|it seems)|"
    r"what i(?:'m| am) hearing is|"
    r"i hear (?:you saying|that you)|you (?:mentioned|said|noted|told me|wrote)|"
    r"as you (?:said|mentioned|described|explained|noted)|"
    r"if i(?:'m| am) (?:reading|understanding|following) (?:this|you|that|correctly|right)|"
    r"so,? (?:(?:sometimes|basically|essentially|really|then|now) )?(?:you|u)(?: \w+)? (?:feel|"
    r"worry|think|want|need|mean|have|are|were|had|did|do|don't|can't|get|got|believe|wish|"
    r"would|will|went|lost|found|feel)\b|i (?:take it|assume|gather) (?:that )?(?:you|your)\b|"
    r"(?<!\bif\s)you mean\b|in (?:a|other) (?:way|words),? (?:you|your|it))"
)
# A question without its question mark ("when did this start"): a question word or an auxiliary
# with "you" first, and no full stop or exclamation at the end.
_UNMARKED_QUESTION = pattern(
    r"^\W*(?:(?:so|and|but|ok|okay|well|also),? )?(?:what|when|where|why|how|who|which|whose|"
    r"(?:do|did|does|are|were|have|had|can|could|would|will|is|was) (?:you|u|he|she|they|it|"
    r"there|your|this|that))\b"
)
_PRAISE = pattern(PRAISE)
_CHECK = anchored(
    r"\b(?:is (?:that|this|it) (?:right|correct|accurate|so|true)|have i got (?:that|this|it|"
    r"everything) right|did i (?:get|understand) (?:that|this|it|you) right|am i (?:right|correct|"
    r"understanding)|correct me if|right\?|correct\?)"
)
_RESTATED_ENTITIES = (
    "order_number",
    "ticket_number",
    "invoice_number",
    "tracking_number",
    "date",
    "amount",
    "time",
)


def _questions(draft: Draft) -> list[Hit]:
    hits = []
    body = draft.doc.body
    for sentence in draft.doc.sentences:
        text = body[sentence.start : sentence.end]
        mark = text.rfind("?")
        if mark < 0:
            stripped = text.rstrip()
            if not stripped or stripped[-1] in ".!" or not _UNMARKED_QUESTION.match(stripped):
                continue
            mark = len(stripped) - 1
        question = text[: mark + 1]
        if draft.has(_NOT_CLARIFYING, sentence.start, sentence.start + mark + 1):
            continue
        # The question itself: what follows the last comma-joined preamble ("Sorry, what...").
        start = max(question.rfind(". "), question.rfind(", "), question.rfind("! "))
        core = question[start + 2 :] if start >= 0 else question
        generic = _GENERIC_QUESTION.match(core.strip()) or len(question.split()) <= 2
        strength = 1 if generic else 2
        offset = sentence.start + (start + 2 if start >= 0 else 0)
        hits.append(Hit(draft.span(offset, sentence.start + mark + 1), strength))
    return hits


def _statements(draft: Draft) -> list[Hit]:
    hits = []
    for match in draft.finditer(_INVITATION):
        hits.append(Hit(draft.span(match.start(), match.end()), 2))
    for match in draft.finditer(_RESTATEMENT):
        sentence = draft.sentence_at(match.start())
        if "sounds like" in match.group().lower() and draft.has(
            _FEELING, match.end(), sentence.end
        ):
            continue  # "it sounds like you're exhausted" reflects a feeling: acknowledgement
        if "sounds like" in match.group().lower() and _PRAISE.match(
            draft.doc.body, match.end() - len(match.group().split()[-1])
        ):
            continue  # "it sounds like you're handling it well" affirms: acknowledgement
        strength = 2 if draft.in_sentence(_CHECK, sentence) else 1
        hits.append(Hit(draft.span(match.start(), sentence.end), strength))
    return hits


def _restated_details(draft: Draft, reading: Reading, questions: list[Hit]) -> list[Hit]:
    """The client's own order number or date repeated back: restating, strong inside a check."""
    hits = []
    body = draft.doc.body.lower()
    checked = {draft.sentence_at(h.span.start).start for h in questions}
    for entity in reading.entities:
        if entity.kind not in _RESTATED_ENTITIES:
            continue
        needle = entity.span.text.strip().lower()
        at = body.find(needle) if len(needle) >= 3 else -1
        if at < 0:
            continue
        sentence = draft.sentence_at(at)
        strength = 2 if sentence.start in checked or draft.in_sentence(_CHECK, sentence) else 1
        hits.append(Hit(draft.span(at, at + len(needle)), strength))
    return hits


def find(doc: Document, reading: Reading | None = None, draft: Draft | None = None) -> StepResult:
    """Whether, where and how specifically the draft asks or confirms what the client means."""
    draft = draft or Draft.of(doc)
    questions = _questions(draft)
    hits = [*questions, *_statements(draft)]
    if reading is not None:
        hits.extend(_restated_details(draft, reading, questions))
    return result(STEP, hits)
