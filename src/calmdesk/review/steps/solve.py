"""Offer a solution: a concrete remedy, said with confidence, with options where there are some.

Strength 2 for a concrete remedy the rep commits to or has done ("we'll reship it today", "I've
issued a full refund", "I can offer a replacement or a refund, whichever you prefer"); strength 1
for a vague or hedged one ("we'll see what we can do", "we may be able to offer a credit"), for
advice or instructions to the client ("you could try clearing the cache", "try logging out first",
"restarting often helps", "you may need to update the app", "it might be time to update",
"I'd wait a day", "I find restarting it helps"; cheering on such as "keep going" is
acknowledgement, not advice) and for useful information ("many customers find the app easier",
"there are free guides on our help page"). A refused remedy ("we cannot refund opened items") is
not a solution. Source: the guide's "Offer a Solution" step.

>>> from calmdesk.text import normalise
>>> find(normalise("I've issued a full refund to your card.")).strength
2
>>> find(normalise("We'll see what we can do.")).strength
1
>>> find(normalise("We cannot refund opened items.")).present
False
"""

from __future__ import annotations

from calmdesk.reading.values import Reading
from calmdesk.review.steps.cues import Draft, Hit, anchored, result
from calmdesk.review.steps.vocabulary import HEDGE, NEGATION
from calmdesk.review.values import StepResult
from calmdesk.text import Document

STEP = "solve"

_REMEDY = anchored(
    r"\b(?:refund\w*|reimburs\w*|re-?ship\w*|re-?send\w*|re-?sent|re-?deliver\w*|replac\w*|"
    r"exchang\w*|(?:revers\w*|void\w*) (?:the |that |this |your )?(?:[\w$£€.,-]+ ){0,3}?"
    r"(?:charges?|payments?|transactions?|debits?|fees?)|"
    r"expedit\w*|credit\w*|voucher\w*|discount\w*|compensat\w*|waiv\w*|cancel\w*|upgrad\w*|"
    r"escalat\w*|repair\w*|fix(?:ed|es|ing)?|re-?issu\w*|restor\w*|reactivat\w*|unlock\w*|"
    r"reset\w*|rebook\w*|reschedul\w*|re-?dispatch\w*|dispatch\w*|return label|prepaid label|"
    r"moved (?:it|your \w+|order \S+|the \w+) (?:up|forward|to)|brought (?:it )?forward|"
    r"free (?:shipping|delivery|of charge)|overnight|next-day|priority (?:shipping|delivery|"
    r"handling)|courier|collection|pick-?up|new (?:one|order|unit|item|parcel|package|shipment|"
    r"card|link|password|invoice)|correct(?:ed|ion)|adjust\w*|patch\w*|workaround|"
    r"(?:call|phone|ring) you|a (?:quick )?call|arrang\w*|"
    # "I've booked a courier", "I'll book you in"; a book to read is no remedy
    r"book(?:ed|ing|ings)\b|book (?:you|it|a|an|the|your|in|one|them)\b|(?:send|sent|ship|shipped|"
    r"post|posted|mail|mailed) (?:you|out|a|another|the replacement)|"
    # account and service fixes done for the client: "I've activated the badges", "I've extended
    # your trial", "switched it on for your workspace", "the form is attached"
    r"activat\w*|reactivat\w*|enabl\w*|extend\w*|unblock\w*|swap\w*|grant\w* (?:you )?access|"
    r"(?:switch|switched|turn|turned) (?:it|them|this|that|\w+ \w+) (?:back )?on|"
    r"attach\w* (?:the|a|your|it|them)|(?:is|are) attached|attached (?:here|below|to this)|"
    r"(?:come|coming|pop|popping|head|heading) (?:down|over|round|out) (?:to|myself))\b"
)
_CONFIDENT = anchored(
    r"\b(?:(?:i|we)(?:'ll| will| shall| can| could| am going to|'m going to| are going to|"
    r"'re going to|'ve| have| had|'d be happy to| would be happy to|'m happy to| am happy to|"
    r"'re happy to| are happy to|'d like to| would like to|'m| am|'re| are)|here(?:'s| is) what|"
    r"(?:has|have|had) (?:now |already |just )?been|is being|are being|will be|"
    r"is on (?:its|the) way|are on (?:their|the) way|is (?:now|already)|today|right now|"
    r"right away|immediately|straight away|already|"
    r"options?|either|alternatively|whichever|or if you(?:'d| would) prefer)\b"
)
_OFFER = anchored(
    r"\b(?:here(?:'s| is) what (?:i|we) (?:can|will|'ll|am going to|'m going to) do|"
    r"(?:i|we) can offer|(?:i|we)(?:'d| would) (?:like|be (?:happy|glad)) to offer|"
    r"(?:your|the) (?:options|choices) (?:are|would be)|you (?:can|could) (?:choose|pick) "
    r"(?:between|from|either))\b"
)
_VAGUE = anchored(
    r"\b(?:(?:i|we)(?:'ll| will|'re| are| am|'m) (?:\w+ )?(?:look\w* into|investigat\w*|"
    r"check\w* (?:on|into)|see what (?:i|we) can do|see if|try (?:to|and))|"
    r"see what (?:i|we|can) (?:can )?(?:be done|do)|(?:we(?:'ll| will)|i(?:'ll| will)) do "
    r"(?:our|my) best|(?:might|may) be able to|working on (?:it|this|a fix|a solution))\b"
)
_SUGGESTION = anchored(
    r"\b(?:you (?:could|can|might|may want to|might want to|should|could also|can also|may) "
    r"(?:try|consider|check|use|ask|talk|speak|contact|reach|look|clear|restart|update|"
    r"reinstall|log|go|get|find|see|call|email|visit|download|open|click|select|set|turn|"
    r"switch|write|take|join|start|make)|(?<!\bi\s)(?<!\bwe\s)(?<!\bthey\s)try (?:to |and )?\w+ing|"
    r"(?<!\bi\s)(?<!\bwe\s)(?<!\bthey\s)try (?:to|and)|maybe,? (?:you )?"
    r"(?:could|can|should|try)|perhaps (?:you )?(?:could|can|should|try)|"
    r"(?:i|we)(?:'d| would)? (?:strongly )?(?:suggest|recommend|advise)|"
    r"my (?:advice|suggestion|recommendation)|it (?:might|may|could|would|can|will) "
    r"(?:help|be (?:a good idea|worth|helpful|useful|best|better))|"
    r"have you (?:ever |already |maybe |perhaps )?(?:tried|considered|thought (?:about|of))|"
    r"(?:do you think )?(?:would|could|might) it (?:help|benefit you) (?:to|if)|why (?:don't|"
    r"not) you|how about|"
    r"(?:the best|one) (?:thing|way|option|idea) (?:is|would be|to)|if i were you|"
    r"make sure (?:you|to)|(?:i|we)(?:'d| would) (?:\w+ )?(?:try|ask|talk|consider|look|start|go|"
    r"reach|get|find|take|make|tell|say|write|call|speak|check|use)|(?:could|can|would) you "
    r"(?:try|consider|ask|talk|speak|reach|look into|find|get|take|start|go)|"
    r"(?:is|would) it (?:be )?(?:possible|helpful|worth) (?:for you )?to|it(?:'s| is| would be) "
    r"(?:a good idea|important|helpful|worth|best) to|(?:here(?:'s| is)|this is) how (?:to|you)|"
    r"to (?:fix|solve|resolve) "
    r"(?:this|it),)\b"
)
# Advice without a modal: an imperative at the start of a sentence ("Try writing it down",
# "Maybe take a short walk"), or a remedy that "can help" / "is a good way to".
_IMPERATIVE = anchored(
    r"(?:(?<![\s\S])|(?<=[.!?:]\s)|(?<=[.!?:]\s\s)|(?<=\n)|(?<=,\s))"
    r"(?:(?:so|also|and|then|maybe|perhaps|just|definitely|really|honestly|first|instead|"
    r"sometimes|please|try to|be sure to|make sure to|always),? ){0,6}"
    # Cheering on ("keep it up", "take heart", "try not to worry") is warmth, not advice.
    r"(?:try(?! not to (?:worry|stress|panic|blame|be (?:so |too )?hard))|consider|"
    r"take(?! care\b| heart\b)|do (?:a|some|something|what|more|less)|talk|speak|"
    r"reach out|call|contact|ask|write|go|get|find|join|look "
    r"(?:into|for|up|at)|focus|tell (?:him|her|them|your|someone|somebody|a|the)\b|"
    r"let (?:him|her|them|your|someone|somebody|people|the) (?:\w+ )?know|"
    r"keep(?! (?:going|fighting|pushing|at it|it up|up the|on|trying|strong|smiling|positive|"
    r"your (?:head|chin|spirits) up|the faith|hoping|believing)\b)|remember to|don't forget|start|"
    r"spend|give (?:it|yourself)|"
    r"practi[sc]e|avoid|limit|set|make (?:a|some|time|sure)|schedule|book|sign up|apply|search|"
    r"visit|check out|see (?:a|your|if)|treat yourself|allow yourself|let yourself|surround "
    r"yourself|distract yourself|breathe|exercise|meditate|journal|rest|sleep|eat|drink|"
    r"think about|put|stay away|step away|write down|list|plan|prepare|research|learn|read|"
    r"listen to|watch|use|download|volunteer|seek)\b"
)
_HELPS = anchored(
    r"(?<!\bi\s)(?<!\bwe\s)\b(?:(?:can|could|might|may|will|would|should|does|do|often|usually|"
    r"really|also|"
    r"definitely|probably) ){1,6}(?:really |also |definitely |probably |often |usually |greatly )?"
    r"(?:help|helps|be (?:(?:very|really|so|quite|extremely|incredibly) )?(?:helpful|useful|"
    r"beneficial|a good (?:idea|start|step|way|option)))\b"
    r"(?! me\b)|"
    r"\b(?:is|are|be|'s) (?:a |an )?(?:really |very |great |good |first ){0,6}(?:good|great|"
    r"healthy|helpful|useful|excellent|effective|nice|smart|wise|positive) (?:way|option|place|"
    r"outlet|approach|strategy|habit|tool|resource)s?\b|"
    r"\bit(?:'s| is| might be| may be| could be| would be| will be)? (?:probably |really |always |"
    r"also |definitely )?(?:best|a good idea|helpful|good|important|wise|worth|better|useful|"
    r"okay|ok) (?:to|for you to|if you)\b|"
    r"\byou (?:might|may|could) (?:also |just |really )?(?:want|wish|like) to\b|"
    # "you would want to" advises; "anything you would like to discuss?" asks what they wish
    r"\byou would (?:also |just |really )?want to\b|"
    r"\byou (?:(?:may|might|will|just|really|probably|also) )*(?:need|ought|have) to "
    r"(?!be\b|feel\b|know\b)|"
    r"\byou(?:'d| would) be (?:better|surprised)|"
    r"\b(?:i|we)(?:'d| would)? (?:just |really |definitely |honestly )?(?:suggest|recommend|"
    r"advise|encourage)\b|"
    r"\b(?:will|can|could|would|might|may) (?:also |really |definitely |probably )?(?:ease|relieve|"
    r"reduce|improve|lighten|calm)\b|"
    r"\byou (?:could|might|should)(?: (?:also|even|just|always|maybe|perhaps|still|then|"
    r"definitely|try to))* (?!be\b|have\b|feel\b|not\b|see\b|tell\b|imagine\b|hear\b|"
    r"understand\b|relate\b|do (?:it|this)\b|say\b|get through\b)[a-z]+|"
    r"\b(?:another|one|my)(?: (?:final|other|more|last|best))? "
    r"(?:option|suggestion|idea|tip|piece of advice|advice|thing (?:you|that) (?:could|can|might))|"
    r"\b(?:a few|some|few|other|more) (?:other |more )?(?:tips|ideas|suggestions|options)\b|"
    r"\b(?:(?:i think|i believe|i feel|maybe|perhaps),? )?it (?:would|could|might|may) be (?:nice|"
    r"good|helpful|best|wise|worth|useful|beneficial|a good idea|great) (?:to|if)\b|"
    r"\b(?:it|that|this|which) (?:(?:always|really|often|usually|also|definitely|truly) )?helps "
    r"(?:(?:a lot|so much|us|you|people) )?(?:to|you|if|when)\b|"
    r"\bi wonder if (?:you|it) (?:could|can|might|would)\b|"
    r"\bhave you (?:looked into|checked|asked|talked to|spoken to|talked with|spoken with|"
    r"reached out|tried)\b|"
    # "It might be time to update the app", "maybe it's time to ask for a new card"
    r"\b(?:it(?:'s| is| may be| might be| could be)|maybe it's) (?:probably |perhaps |maybe )?"
    r"time to\b|"
    # The writer's own way as advice: "I would wait a day", "I find restarting it helps"
    r"\bi(?:'d| would)(?: not|n't)? (?:stay (?:away|off|with)|avoid|wait|keep|continue|leave|"
    r"stick|focus|bring (?:it|this|that|up)|hold off|give (?:it|him|her|them|yourself))\b|"
    r"\b(?:i|we)(?:'ve| have)? (?:always |usually |personally |also )?(?:find|found) "
    r"(?:that )?(?:it (?:helps|helpful|useful)|[a-z]+ing\b)"
)
# Information: facts and pointers that help ("many people find...", "there are groups that...").
_INFORMATION = anchored(
    r"\b(?:(?:many|most|lots of|a lot of|some|other) (?:people|folks|students|parents|customers|"
    r"users|clients|employees|others)(?: who| that)? (?:find|feel|have|go|experience|struggle|"
    r"deal|get|are|do|say|use|like|benefit|recover|try)|"
    r"there (?:are|is) (?:many|lots of|a lot of|some|plenty of|several|various|also|a number of|"
    r"a good number of|a few|tons of|free|online|local|an?) (?:\w+ )?(?:resources?|group|program|"
    r"website|site|app|service|hotline|organi[sz]ation|charity|community|forum|forums|ways|"
    r"options|programs?|organi[sz]ations|groups|"
    r"websites|sites|places|services|hotlines|apps|therapists|counsel+ors|jobs|courses|classes|"
    r"support|things|methods|techniques|books|videos|guides|articles|tutorials|people who|"
    r"clinics?|cent(?:er|re)s?|counsel+ing|therapy|classes|workshops?|podcasts?|tools?|"
    r"hotlines?|helplines?|agenc(?:y|ies)|communit(?:y|ies)|meetings?|support groups?|"
    r"benefits|grants?|schemes?|programmes?)|"
    r"(?:studies|research|science|experts|doctors|therapists) (?:shows?|suggests?|says?|have "
    r"shown|has shown|recommends?|found)|(?:has|have|is|are) (?:been )?(?:proven|shown) to|"
    r"(?:it|this|that)(?:'s| is) an? (?:app|program|website|site|service|group|organi[sz]ation|"
    r"charity|hotline|forum|tool|course|class|resource)\b|"
    r"you can (?:also |always |easily )?(?:find|get|apply|sign up|call|contact|look|search|check|"
    r"visit|use|ask|join|download|request|text|go)|"
    r"(?:websites?|sites?|apps?|hotlines?|programs?|organi[sz]ations?|resources?) (?:like|such as|"
    r"called|that can|which can)|"
    r"(?:usually|typically|generally|normally|often) (?:it|they|this|that|people|you)\b)"
)
# A direct answer at the start of a sentence, to a plain question: "Yes, we ship to Canada",
# "Unfortunately we don't ship there yet". Counted only when the client's message is routine.
_DIRECT_ANSWER = anchored(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:yes|yep|yeah|sure|of course|absolutely|certainly|definitely|"
    r"good news|no|unfortunately|sadly|i'm afraid)[,!.:;]?\s+(?:we|you|it|they|there|that|this|"
    r"the|our|your|i)\b"
)
_NEGATED = anchored(NEGATION)
_HEDGED = anchored(HEDGE)


def _remedy_strength(draft: Draft, start: int) -> int:
    sentence = draft.sentence_at(start)
    body = draft.doc.body
    if draft.has(_NEGATED, max(sentence.start, start - 40), start):
        return 0
    confident = draft.in_sentence(_CONFIDENT, sentence)
    if body[sentence.start : sentence.end].rstrip().endswith("?") and not confident:
        return 0  # "do you want a refund?" asks; the offer comes when it is made
    if draft.in_sentence(_HEDGED, sentence):
        return 1
    return 2 if confident else 1


def _imperative_hits(draft: Draft) -> list[Hit]:
    """Advice in the imperative; a question ("Take the call?") or a plea to the rep is not one."""
    hits = []
    body = draft.doc.body
    for match in draft.finditer(_IMPERATIVE):
        sentence = draft.sentence_at(match.start())
        if body[sentence.start : sentence.end].rstrip().endswith("?"):
            continue
        hits.append(Hit(draft.span(match.start(), match.end()), 1))
    return hits


def find(doc: Document, reading: Reading | None = None, draft: Draft | None = None) -> StepResult:
    """Whether, where and how concretely the draft offers a way out."""
    draft = draft or Draft.of(doc)
    hits = []
    for match in draft.finditer(_REMEDY):
        strength = _remedy_strength(draft, match.start())
        hits.append(Hit(draft.span(match.start(), match.end()), strength))
    hits.extend(Hit(draft.span(m.start(), m.end()), 2) for m in draft.finditer(_OFFER))
    for regex in (_VAGUE, _SUGGESTION, _HELPS, _INFORMATION):
        hits.extend(Hit(draft.span(m.start(), m.end()), 1) for m in draft.finditer(regex))
    hits.extend(_imperative_hits(draft))
    if reading is not None and reading.is_routine:
        hits.extend(Hit(draft.span(m.start(), m.end()), 1) for m in draft.finditer(_DIRECT_ANSWER))
    return result(STEP, hits)
