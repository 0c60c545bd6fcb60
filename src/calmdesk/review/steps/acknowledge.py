"""Acknowledge: the reply shows it heard the client's frustration and understands the impact.

Strength 2 when the acknowledgement is specific: it names the feeling ("I can see how frustrating
this has been", "you seem worried about the deadline") or the impact ("I know you were counting on
this for Friday"), or the apology or sympathy is about the client's own situation ("I'm sorry your
order arrived damaged", "I'm really sorry this happened", "sorry to hear that"). Strength 1 for a
generic apology, reassurance, warmth or affirmation ("sorry for the trouble", "I understand",
"you're in good hands", "feel free to message me", "that's a sensible first step", "I agree",
"I know you'll get the hang of it", "it sounds like you've got a good plan", "you're not to
blame", "it's not your fault", "there's nothing wrong with asking", "I'm glad it worked", "you'll
do great", "it takes courage to ask", "you're making real progress"). A canned
formula ("we apologise for any inconvenience caused") is at most 1; a conditional apology ("sorry
if you feel..."), an apology for the writer's own message ("sorry for the double post") and the
writer's own feelings ("I get frustrated too") are no acknowledgement at all. Source: the guide's
step 1 and the forum's listen-validate-solve.

>>> from calmdesk.text import normalise
>>> find(normalise("I can see why you'd be upset about the delay.")).strength
2
>>> find(normalise("We apologise for any inconvenience caused.")).strength
1
>>> find(normalise("I'm sorry if you feel that way.")).present
False
"""

from __future__ import annotations

import re

from calmdesk.reading.values import Reading
from calmdesk.review.steps.cues import Draft, Hit, anchored, gap, pattern, result
from calmdesk.review.steps.vocabulary import ABOUT_CLIENT, FEELING, IMPACT, PRAISE
from calmdesk.review.values import StepResult
from calmdesk.text import Document

STEP = "acknowledge"

_FEELING = anchored(FEELING)
_IMPACT = anchored(IMPACT)
_ABOUT_CLIENT = anchored(ABOUT_CLIENT.replace("'", "'?"))
_FEELING_WORD = re.compile(FEELING, re.I)

# "I (can|completely|...) understand / see / imagine / know ..." — an empathy frame; graded by
# what the rest of the sentence names.
_EMPATHY = anchored(
    r"\b(?:i|we)(?: (?:can|could|do|completely|totally|fully|really|truly|absolutely|certainly|"
    r"definitely|only|just|genuinely|can't|cannot|can't even))* (?P<verb>understand|get|see|"
    r"imagine|appreciate|hear|know|recognise|recognize|realise|realize|sense|tell|relate|"
    # "I can feel how upset you are" ("I feel bad" is the writer's own feeling: see below)
    r"feel(?= (?:how|that|your|what)\b))\b"
    # The rest of the clause is looked at, not consumed: "I can relate, so I understand where
    # you're coming from" holds a second frame.
    r"(?=(?P<rest>[^.!?\n]*))"
)
_GENERIC_EMPATHY = pattern(
    r"^(?: to(?= (?:you|what|how|that)\b))?(?:,|\.|!|$| (?:completely|totally|fully|entirely|"
    r"perfectly)\b| you\b| what you mean\b|"
    r" (?:how|why) you(?:'re| are|'d| would)? (?:feel|feeling)\b|"
    r" how (?:that|it|this) (?:must )?feels?\b|"
    r" the feeling\b| that\b| where you(?:'re| are) coming from\b| your (?:point|"
    r"position)\b| what you(?:'re| are) (?:saying|going through|feeling|dealing with)\b|$)"
)
# "That must be frustrating", "this sounds really stressful", "What a nightmare".
_THAT_MUST_BE = anchored(
    r"\b(?P<subject>that|this|it|which|what you're going through|what you've been through)"
    r"(?P<frame>'s been|'s| is| has been| must (?:have been|be)| must've been| sounds?(?: like)?|"
    r" would be|"
    r"'d be| seems| looks| can be| was| feels| has to be| has got to be| does sound| could be|"
    r" must feel| would feel| can feel| sounds so)(?: (?:so|really|very|incredibly|extremely|such|"
    r"a|an|truly|quite|pretty|terribly|genuinely|deeply|understandably|absolutely|completely|"
    r"totally|super|awfully|especially|hugely|a lot of|a real|a very))* "
    r"(?P<word>(?:[a-z-]+ing|[a-z-]+ful|hard|tough|rough|awful|terrible|horrible|"
    r"unacceptable|inconvenient|unfair|sad|scary|hassle|pain|nightmare|mess|ordeal|"
    r"difficult|not okay|not ok|not right|not good enough|"
    r"not (?:good|great|fun|easy|nice)(?=\s*[.!?,;:)]|\s*$)|"
    r"awkward|heartbreaking|frustrated|upset|tricky|"
    r"challenge|struggle|lot to (?:deal with|handle|take in)))\b"
)
_NOT_A_FEELING = re.compile(
    r"^(?:going|being|having|getting|doing|working|coming|looking|waiting|shipping|processing|"
    r"something|nothing|anything|everything|thing|morning|evening|during|bring|ring|king|using|"
    r"making|taking|trying|checking|saying|thinking|showing|pending|missing|loading|following|"
    r"helpful|useful|successful|careful|wonderful|beautiful|thoughtful|grateful)$",
    re.I,
)
_ORDEAL = pattern(
    r"unacceptable|inconvenient|hassle|nightmare|mess|ordeal|not (?:okay|ok|right|good enough)|"
    r"terrifying|alarming|maddening|agonizing|agonising|draining|crushing|heartbreaking|"
    r"tricky|challenging|challenge|struggle|lot to (?:deal with|handle|take in)|awkward|"
    r"intimidating|overwhelming|exhausting|anxiety-provoking|nerve-?(?:wracking|racking)|"
    r"not (?:good|great|fun|easy|nice)"
)
_ABOUT_SELF = anchored(r"\b(?:i|me|my|myself|i'm|im|i've|ive)\b")
_SHARED_FEELING = pattern(
    r"^ (?:(?:exactly|just|all too well|too well) )?(?:the feeling|that feeling|this feeling|"
    r"what you mean|how you(?:'re| are)? (?:feel|feeling)|what you(?:'re| are) (?:going through|"
    r"feeling|saying|dealing "
    r"with)|what that's like|where you(?:'re| are) coming from|how (?:that|it) (?:is|feels))"
)
_HARD_TO_SAY = anchored(
    r"\b(?:hard|difficult|tough) to (?:say|tell|know|predict|estimate|answer|find|understand|"
    r"believe|see|read|follow)\b"
)
# "hard to appreciate", "difficult to say": about a task, not a feeling.
_HARD_TO = pattern(r"(?:hard|difficult|tough|easy) to\b")
_EXCLAIM = anchored(
    # At the start of the text or of a sentence (lookbehinds keep the match on the first word).
    r"(?:(?<![\s\S])|(?<=[.!?]\s)|(?<=[.!?]\s\s)|(?<=\n))(?:oh,? )?(?:how|what an?) "
    r"(?:\w+ )?(?P<word>[a-z]+)\b(?=[^?]*(?:[.!]|$))"
)
# "You have every right to be upset", "your frustration is completely understandable".
_VALIDATION = anchored(
    r"\b(?:you(?:'re| are| have| had)? (?:(?:every|all the|absolutely|completely|totally|"
    r"perfectly|entirely|quite) ){0,6}(?:right|entitled|justified|reason|reasons) (?:to|for) "
    r"(?:be |feel |being |feeling )?\w+"
    r"|(?:your|the|that) (?:frustration|anger|annoyance|concern|concerns|disappointment|"
    r"feelings?|reaction|upset|worry|worries|stress|irritation) (?:is|are|was|makes) "
    r"(?:(?:completely|totally|entirely|perfectly|absolutely|so|very|fully|more than) ){0,6}"
    r"(?:understandable|valid|justified|fair|reasonable|warranted|natural|normal|sense)"
    r"|(?:i'd|i would|anyone would|anybody would|i'd have|i would have|we'd|we would) "
    r"(?:be |feel |have been |have felt )?(?:(?:just|equally|really|very|so) )?"
    r"(?P<feeling>[a-z]+)(?: too| as well| in your (?:position|shoes|place)| if)"
    r"|in your (?:shoes|position|place),? (?:i|anyone|anybody)"
    r"|(?:i'd|i would|anyone would|anybody would|i'd have|i would have) (?:feel|felt|have felt) "
    r"(?:exactly )?the same(?: way)?"
    r"|(?:it's|it is|that's|that is|that was|it was) (?:completely |totally |perfectly |"
    r"entirely |only |absolutely |so )?(?:understandable|natural|normal|valid|fair|reasonable|"
    r"okay|ok|human) (?:to (?:feel|be)|that you|you'd|you would|you're|you are|given|to want)"
    r"|(?:that|this) (?:should|shouldn't|should not) (?:never )?have happened|"
    r"(?:you|this) (?:deserved?|deserves) better|not the (?:experience|service|standard) "
    r"(?:we|you|i)|(?:that|this) (?:isn't|is not|wasn't|was not) (?:okay|ok|acceptable|fair|"
    r"right|good enough))"
)
# Apologies; the clause after the word decides how strong they are.
_APOLOGY = anchored(
    r"\b(?:(?:so|very|truly|really|deeply|sincerely|terribly|genuinely|incredibly|awfully|"
    r"extremely|real) ){0,6}(?:sorry|apologi[sz]e|apologies|apology)\b"
)
_NOT_AN_APOLOGY_BEFORE = pattern(
    r"(?:\b(?:not|never|no need to|don't|dont|no reason to|nothing to|feel|felt|feeling|"
    r"without) (?:be |say |being |saying |to |an? )?|\bsay |\bsaying )$"
)
_CONDITIONAL = pattern(
    r"^(?: (?:if|but|that you feel that way|you feel that way|you feel like that|you feel this "
    r"way)\b|,? but\b|,? (?:i|we) (?:can't|cannot|don't|do not|won't|am unable|are unable)\b| to "
    r"(?:bother|interrupt|disturb|say|trouble|ask|intrude)\b| for (?:bothering|interrupting|"
    r"asking)\b)"
)
_CANNED = pattern(
    r"^ (?:for|about) (?:any|all the|the|this|that) (?:inconvenience|trouble|hassle|confusion|"
    r"disruption|delay|issues?|problems?|frustration|difficulties|mix-up|wait|annoyance)"
    r"(?: (?:this|that|it|which|we|you) (?:may|might|could|has|have|had)? ?(?:have )?"
    r"(?:caused|created|experienced|had))?(?: caused)?(?:[.!,]|$| and\b)"
)
_GENERIC_APOLOGY = pattern(
    r"^(?: (?:about|for) (?:that|this|it|the (?:late|slow|delayed) (?:reply|response))|"
    r" (?:man|mate|dude|friend|buddy|again|guys)|"
    r"[.!,]|$)(?:[.!,]|$| [.!,]?$)"
)
_CLAUSE_END = re.compile(r"[.!?\n]|\bbut\b|\bhowever\b", re.I)
# Reassurance and affirmation: warm, but not about the client's particular feeling.
_REASSURANCE = anchored(
    r"\b(?:you(?:'re not| are not| aren't| arent|'re never| are never) alone|hang in there|(?:stay|"
    r"be) strong|"
    r"(?:i'm|i am|we're|we are) (?:always |right )?here (?:for|with) you|"
    r"(?:i|we) (?:really |truly |sincerely |do )?hope (?:you|things|it|everything|that you)"
    r" " + gap(2) + r"(?:feel|get|gets|getting|are|is|will|work|works|turn|turns|go|goes)"
    r" " + gap(1) + r"(?:better|well|ok|okay|out|up|alright|soon)|"
    r"(?:it|things|everything)(?:'ll| will|'s going to| is going to| are going to) "
    r"(?:be|get|work out|turn out)(?: \w+)? (?:ok|okay|alright|all right|better|fine|well)|"
    r"(?:don't|do not|try not to) (?:worry|stress|panic|blame yourself|be (?:so |too )?(?:hard|"
    r"harsh) on yourself|beat yourself up|be (?:afraid|scared|shy) to (?:ask|reach|get|say|tell|"
    r"speak|contact|call|come))|(?:we're|we are) (?:all )?in this together|"
    r"(?:rest|be) assured|you(?:'re| are) in good hands|"
    r"you(?:'ve| have)? (?:done|did) (?:nothing wrong|the right thing|well|great|good)|"
    # Relief of blame and shame: "it's not your fault", "there's nothing wrong with asking"
    r"(?:not|never|isn't|wasn't|none of (?:this|it|that) (?:is|was)) (?:at all |really |in any "
    r"way )?(?:your fault|on you)\b|(?:there's|there is) (?:absolutely )?nothing wrong with "
    r"(?:(?:not |ever )?[a-z]+ing\b|you(?:r (?:feelings?|choice|decision|question))?\b|"
    r"that(?=\s*[.!,]|\s*$))|"
    r"nothing (?:to be|to feel) (?:ashamed|embarrassed|guilty|sorry) (?:of|about)|"
    r"(?:don't|do not|no need to|never) (?:feel|be) (?:so |too )?(?:bad|guilty|ashamed|"
    r"embarrassed) (?:about|for|that|because)|"
    r"you(?:'re| are) (?:doing|handling) (?:\w+ )?(?:great|well|amazing|fine|your best|the best)|"
    r"(?:proud of (?:you|yourself)|well done|good for you|congrat\w*|good (?:luck|job)|"
    r"i believe in you|(?:i|we) (?:really |truly |do )?care about (?:you|your (?:\w+ )?"
    r"(?:concerns?|feelings|wellbeing|well-being|health|safety|experience)))\b|"
    r"you (?:can|will|'ll) (?:do|get through|make|handle|overcome|beat) (?:this|it)|"
    r"(?:i'm|i am|we're|we are) (?:so |really |very )?(?:glad|happy|pleased) (?:to hear|(?:that )?"
    r"(?:you|it|this|things|everything)\b)|"
    r"(?:that's|that is|it's|it is) (?:so |really |very )?(?:great|good|wonderful|amazing|"
    r"awesome|fantastic|nice) (?:to hear|news|that you|of you)|"
    r"(?:that's|that is|it's|it is|thats|its) (?:so |really |very )?(?:great|good|awesome|"
    r"wonderful|fantastic|amazing)[.!]|"
    r"you(?:'re| are) (?:absolutely |completely |totally |quite |so )?right\b|"
    r"(?:it's|that's|it is|that is|its|thats) (?:completely |totally |perfectly |absolutely |quite "
    r"|very )?(?:okay|ok|alright|all right|normal|natural|understandable|valid|usual|common)"
    r"(?:(?: for you)? to (?:feel|be|have|want|need|worry|struggle)|[.!,]|$)|"
    r"if you (?:ever )?(?:need|want)(?: someone| somebody)? to (?:talk|chat|vent)|"
    r"(?:here|available) to (?:talk|chat|listen)|"
    r"thank(?:s| you)(?: so much| very much)? for (?:bringing|raising|flagging|letting us know|"
    r"letting me know|reporting|sharing|telling|pointing|your feedback|your honesty|"
    r"reaching out|getting in touch|contacting)|"
    r"i hear you|i feel you|i(?:'ve| have) been there|"
    r"(?:i'm|i am|we're|we are) (?:always |still |right )?here(?: (?:for|if|to (?:talk|listen|"
    r"help))|[.!,]|$)|you (?:matter|deserve (?:better|good|to be|happiness|love|peace|help|"
    r"support))|you(?:'re not| are not| aren't| arent) (?:worthless|useless|a (?:loser|failure|"
    r"bad person)|to blame|helpless|hopeless)\b|"
    r"you(?:'re| are) (?:not (?:the only one|weak|a burden|broken|crazy|stupid)|"
    r"(?:so much |much )?(?:stronger|braver|worth it|enough|loved|valued|important))|"
    r"(?:people|someone|somebody|we)(?: out there)? (?:who |that )?(?:care|cares) (?:about|for) "
    r"(?:you|u)\b|"
    r"hope(?:fully)? (?:you|things|life|everything) " + gap(3) + r"(?:better|well|okay|ok|"
    r"improve|improves|up|peace|happiness|strength|courage)|"
    # "That sucks" reacts; a plain "it sucks" describes, often the writer's own day.
    r"that (?:really |totally |so )?(?:sucks|stinks)|it (?:really |totally |so )?(?:sucks|stinks)"
    r"(?= (?:that|when|to hear)\b))"
)

# Warmth a rep or a peer offers without naming the feeling: wishes, an open door, cheering on.
_WARMTH = anchored(
    r"\b(?:(?:i |we )?(?:really |truly |sincerely |just )?(?:wish(?:ing)? you|hope (?:that )?"
    r"(?:you|things|it all|everything|your|life)) " + gap(4) + r"(?:best|luck|well|better|peace|"
    r"happiness|strength|solace|comfort|success|soon|through|out|up|easier|okay|ok|alright|"
    r"find|heal|recover)\b|(?:pm|dm|message|msg) me\b|i(?:'m| am|m) all ears|"
    r"(?:you can|feel free to) tell me|willing to (?:listen|talk|chat)|"
    r"i(?:'m|m| am) (?:always |still |right )?here (?:for|with) you|"
    r"you(?:'re| are|'ll| will)(?: going to| gonna)? be (?:ok|okay|fine|alright|all right)\b|"
    r"(?:it|things|life) (?:really |does |will )?gets? (?:better|easier)|"
    r"(?:best of|good) luck|all the best|take care(?! of (?:it|this|that|the))|"
    r"sending (?:you )?(?:\w+ )?(?:hugs?|love|vibes|strength|prayers|thoughts|positivity)|"
    r"(?:big |virtual |warm )?hugs\b|my heart goes out|(?:thinking of|praying for) you|"
    r"(?:i |we )?feel (?:so |really |very |truly )?(?:bad|terrible|awful) for you|"
    r"i feel (?:ya|u)\b|"
    r"feel free to (?:pm|dm|message|msg|reach out|talk|contact|send|chat|vent|write|drop|get in)|"
    r"(?:inbox|dms?|pms?|door) (?:is|are) (?:always )?open|"
    r"if you (?:ever )?(?:want|need|would like|wanna|'d like|feel like)(?: someone| somebody| "
    r"anyone)? to (?:talk|chat|vent)|(?:you can|you can always|can always) (?:talk to|message|pm|"
    r"dm|reach out to|come to|vent to) (?:me|us)|(?:happy|glad) to (?:talk|chat|listen)|"
    r"hang on\b|hold on\b(?! (?:a|one) (?:sec|second|minute|moment))|don't give up|"
    r"keep (?:going|fighting|pushing|your (?:head|chin|spirits) up|at it|it up|"
    r"up the (?:good|great) work|trying|treading|strong|smiling|positive|the faith)|"
    r"stay (?:safe|positive|hopeful)|you(?:'ve| have)? got this|"
    r"(?:it|things|life) (?:will|'ll|does|do|can|is going to|are going to) get (?:better|easier)|"
    r"there(?:'s| is) (?:always )?hope|you(?:'re| are) (?:so |very |really |definitely |clearly )?"
    r"(?:strong|brave|"
    r"worth it|not a failure|a good person)|you deserve|"
    r"(?:i'm|i am|we're|we are) (?:so |really |very )?(?:proud|happy|glad) (?:of|for) you)"
)
# Affirmation: the client's idea, effort or worth recognised ("that's a wise first step", "you're
# clearly trying hard", "I'm sure it will work out").
_AFFIRMATION = anchored(
    r"\b(?:(?:that|this)(?:'s| is| sounds| sounds like| seems like| seems| was)(?: (?:like|"
    r"a|an|so|really|very|such|quite|pretty|absolutely|truly|definitely|certainly|a really|"
    r"a very))* (?:great|good|awesome|wonderful|fantastic|amazing|excellent|brilliant|positive|"
    r"smart|wise|healthy|helpful|nice|lovely|encouraging|impressive|admirable|brave|"
    r"(?:the )?right (?:thing|attitude|approach|way|move|step|decision|choice|idea)|"
    r"(?:good|great|wise|smart|sensible|reasonable|fantastic|healthy|positive|first|big|solid|"
    r"important) (?:first |next )?(?:idea|step|"
    r"plan|start|thing|attitude|approach|choice|decision|move|sign|progress))\b|"
    r"that's the (?:spirit|attitude)\b|"
    r"(?:sounds|seems|looks) like " + PRAISE + r"|"
    # Agreeing with the client: "I agree, that's not good enough", "you make a fair point".
    r"(?:i|we) (?:(?:completely|totally|fully|absolutely|definitely|really|do|certainly) )*agree"
    r"(?: with you)?(?=[.!,]|$| (?:with you|that|it|this|completely|totally)\b)|"
    r"you (?:make|raise|have) (?:a |some )?(?:(?:very|really|fair|good|great|valid) )+"
    r"points?\b|"
    # Confidence in the client: "I know you'll get there", "you can definitely handle this".
    r"(?:i|we) (?:just |really |truly |honestly |do |still )?(?:know|believe|bet|trust) (?:that )?"
    r"you(?:'ll| will| can| could| are going to|'re going to) (?:(?:definitely|surely|still|"
    r"really|soon|eventually|totally|just) )*(?:get (?:there|through|past|over|the hang)|find|"
    r"make it|manage|handle|do (?:it|this|great|well|your best)|figure|sort|work (?:it|this|"
    r"things) out|succeed|overcome|pull through|nail|feel better|too\b|as well\b|"
    r"be (?:fine|ok|okay|alright|all right|great|able))\b|"
    r"you (?:can|will|'ll) (?:(?:definitely|surely|certainly|totally|absolutely|still|really) )+"
    r"(?:do|get through|make|handle|overcome|beat|manage) (?:this|it)\b|"
    r"i(?:'m| am|m) (?:sure|confident|certain) (?:that )?(?:you|she|he|they|it|things|everything|"
    r"your|there(?:'s| is| will be| are))\b|"
    r"(?:it|this|that|things|everything|this feeling)(?:'ll| will)(?: (?:all|only|"
    r"eventually|soon|surely|definitely|slowly|gradually))* (?:(?:begin|start) to )?(?:pass|"
    r"get better|improve|work out|be (?:ok|okay|fine|"
    r"alright|better))|you(?:'re| are| seem| sound)(?: (?:so|really|very|clearly|obviously|"
    r"already|definitely))* (?:doing (?:great|well|good|the right|your best|a great|so well)|"
    r"working (?:hard|so hard|really hard)|trying (?:hard|your best)|strong|brave|capable|"
    r"being (?:so |very |really )?(?:smart|brave|strong|sensible|wise|responsible|mature|"
    r"proactive|kind to yourself)|on your way|getting (?:somewhere|there)|"
    r"making (?:progress|headway|real progress)|"
    r"resilient|determined|thoughtful|kind|caring|a good|a great|on the right track|not weak|"
    r"(?:handling|coping with|dealing with) (?:it|this|things|everything|the whole thing|the "
    r"situation) (?:so |really |very )?(?:well|great))\b|"
    r"(?:your|you) (?:life|feelings|opinion|worth|health|wellbeing|safety|needs) (?:is|are|"
    r"matters?) (?:so |very |really )?(?:important|valid|worth|matter)|you matter\b|"
    # "You'll do great", "you seem like a kind person", "I love that you asked", "it takes courage"
    r"(?:i|we) know (?:that )?you(?:'ve| have)? (?:done|tried|did) your best\b|"
    r"you(?:'ll| will|'re going to| are going to) do (?:(?:just|so|really) )?(?:great|fine|"
    r"amazing|brilliantly|wonderfully)\b|"
    r"you (?:seem|sound|look) like (?:such )?an? (?:(?:really|very|so|truly) )?(?:nice|good|"
    r"kind|strong|great|caring|lovely|smart|thoughtful|wonderful|sweet|brave|decent|loving) "
    r"(?:person|man|woman|guy|friend|parent|mom|mum|dad|mother|father|son|daughter|boss|"
    r"partner)\b|"
    r"(?:i|we) (?:really |truly )?(?:love|admire|respect) (?:that|how|the way) you\b|"
    r"(?:that|this|it|which) (?:shows|takes|showed|took) (?:a lot of |great |real |so much |"
    r"such )?(?:strength|courage|maturity|guts|bravery|character|determination)\b)"
)
# A feeling reflected back to the client: "you seem really stressed", "it sounds like you're lost".
_REFLECTION = anchored(
    r"\b(?:(?:it|that) (?:sounds|seems|looks|feels) (?:like|as if|as though) )?you(?:'re| are|"
    r" must be| must feel| might be| may be| seem| seem to be| sound| feel| are feeling|"
    r"'re feeling|"
    r" have been feeling|'ve been feeling| must have been| must've been| were)(?: (?:so|really|"
    r"very|quite|pretty|a bit|a little|feeling|kind of|rather|extremely|incredibly|being|also|"
    r"still|very much|[a-z]+ly))* (?P<word>[a-z-]+(?: (?:down|up))?)\b"
)
# "It sounds like your evenings get very lonely": a feeling named in a reflection of their story.
_SOUNDS_LIKE = anchored(
    r"\b(?:it|that|this) (?:sounds|seems|looks|feels) (?:like|as if|as though) (?P<rest>[^.!?\n]*)"
)
# Sympathy and validation without the word sorry.
_HATE_TO_HEAR = anchored(
    r"\b(?:i )?hate (?:to hear|hearing|that you(?:'re| are| have| had)) |\bunderstandabl[ey]\b"
)
# "Sorry to hear that", "sorry this happened": sympathy for what happened to the client.
_SYMPATHY = pattern(
    r"^ (?:to (?:hear|read|learn|see) (?:that|this|about|what|of|how|you)|to hear(?=\s*(?:[.!,]|"
    r"$))|(?:that )?(?:this|that|"
    r"it|all (?:this|that)|what) (?:happened|has happened|is happening|had to happen|has been)|"
    r"about (?:your|what (?:happened|you))|for (?:your|what (?:happened|you)))"
)
# About a task or the writer's own message, not the client's situation.
_OWN_WRITING = pattern(
    r"^ (?:(?:for|about) (?:my |the |any |that )?(?:bad |poor |broken |double )?(?:english|grammar|"
    r"spelling|formatting|typos?|rambling|long (?:post|reply|message|comment)|wall of text|"
    r"duplicat\w*|double post\w*|posting (?:twice|that twice|this twice))|,? (?:i )?(?:don't|dont|"
    r"do not) know why (?:that|this|it) (?:posted|sent|showed))"
)
# A plain "it's awful" describes; only about the client ("it's awful that you...") it acknowledges.
_PLAIN_FRAMES = frozenset(("'s", "’s", " is", " was", " can be", " feels"))
_NOT_AN_OBJECT = pattern(r"^ (?:it|that|how|why|what|where|you)\b")

_EMOTION_WORDS = {
    "anger": r"angry|anger|furious|mad|livid|outrag\w*",
    "annoyance": r"annoy\w*|frustrat\w*|irritat\w*|exasperat\w*|fed up",
    "disappointment": r"disappoint\w*|let down|letdown",
    "worry": r"worr\w*|anxious|anxiety|stress\w*|concern\w*|nervous|uneasy",
    "confusion": r"confus\w*|unclear|puzzl\w*|baffl\w*",
    "sadness": r"sad|upset\w*|hurt\w*|heartbr\w*",
}


_CAN_FEEL = re.compile(r"\bcan(?:\s+\w+)?\s+feel$", re.I)
_BUT = re.compile(r"\s*(?:,\s*)?but\b", re.I)


def _specific(draft: Draft, start: int, end: int) -> bool:
    return draft.has(_FEELING, start, end) or draft.has(_IMPACT, start, end)


def _empathy_hits(draft: Draft) -> list[Hit]:
    hits = []
    for match in draft.finditer(_EMPATHY):
        rest = match.group("rest")
        if _BUT.match(rest):
            continue
        if match.group("verb") == "get" and not _NOT_AN_OBJECT.match(rest):
            continue  # "I get frustrated" tells of the writer, "I get it" of the reader
        framed = draft.doc.body[match.start() : match.end("verb")]
        if match.group("verb").lower() == "feel" and not _CAN_FEEL.search(framed):
            continue  # "I can feel how tired you are" reads the client; "I feel that…" opines
        start, end = match.span("rest")
        cut = _CLAUSE_END.search(rest)
        if cut is not None:
            end = start + cut.start()
        about_self = draft.has(_ABOUT_SELF, start, end) and not draft.has(_ABOUT_CLIENT, start, end)
        if (
            _specific(draft, start, end)
            and not draft.has(_HARD_TO_SAY, start, end)
            and not about_self
        ):
            strength = 2
        elif _SHARED_FEELING.match(rest) or (
            match.group("verb").lower() in ("understand", "hear", "imagine", "get", "relate")
            and (_GENERIC_EMPATHY.match(rest) or len(rest.split()) <= 3)
        ):
            strength = 1
        else:
            continue
        hits.append(Hit(draft.span(match.start(), match.end("rest")), strength))
    return hits


def _that_must_be_hits(draft: Draft) -> list[Hit]:
    hits = []
    body = draft.doc.body
    for regex in (_THAT_MUST_BE, _EXCLAIM):
        for match in draft.finditer(regex):
            word = match.group("word")
            if _NOT_A_FEELING.match(word) or _HARD_TO.match(body, match.start("word")):
                continue
            if not (_FEELING_WORD.fullmatch(word) or _ORDEAL.fullmatch(word)):
                continue
            if (
                regex is _THAT_MUST_BE
                and match.group("subject") in ("it", "which")
                and match.group("frame") in _PLAIN_FRAMES
                and not draft.in_sentence(_ABOUT_CLIENT, draft.sentence_at(match.start()))
            ):
                continue
            hits.append(Hit(draft.span(match.start(), match.end()), 2))
    return hits


def _reflection_hits(draft: Draft) -> list[Hit]:
    hits = [Hit(draft.span(m.start(), m.end()), 2) for m in draft.finditer(_HATE_TO_HEAR)]
    for match in draft.finditer(_SOUNDS_LIKE):
        start, end = match.span("rest")
        if draft.has(_FEELING, start, end):
            hits.append(Hit(draft.span(match.start(), match.end()), 2))
    for match in draft.finditer(_REFLECTION):
        word = match.group("word")
        if _FEELING_WORD.fullmatch(word) and not _NOT_A_FEELING.match(word):
            hits.append(Hit(draft.span(match.start(), match.end()), 2))
    return hits


def _validation_hits(draft: Draft) -> list[Hit]:
    hits = []
    for match in draft.finditer(_VALIDATION):
        feeling = match.group("feeling")
        if feeling is not None and not _FEELING_WORD.fullmatch(feeling):
            continue
        hits.append(Hit(draft.span(match.start(), match.end()), 2))
    return hits


_TAIL_REACH = 400


def _apology_hits(draft: Draft) -> list[Hit]:
    hits = []
    body = draft.doc.body
    for match in draft.finditer(_APOLOGY):
        before = body[max(0, match.start() - 24) : match.start()]
        if _NOT_AN_APOLOGY_BEFORE.search(before):
            continue
        sentence = draft.sentence_at(match.start())
        # What follows the apology within its sentence; a clause is read no further than
        # _TAIL_REACH characters, so text without sentence ends stays linear.
        tail = body[match.end() : min(sentence.end, match.end() + _TAIL_REACH)]
        stop = _CLAUSE_END.search(tail)
        clause = tail[: stop.start()] if stop else tail
        if _CONDITIONAL.match(tail) or _OWN_WRITING.match(tail):
            continue
        clause_end = match.end() + len(clause)
        if _SYMPATHY.match(tail):
            strength = 2
        elif _CANNED.match(tail) or _GENERIC_APOLOGY.match(clause):
            strength = 1
        elif draft.has(_ABOUT_CLIENT, match.end(), clause_end) or _specific(
            draft, match.end(), clause_end
        ):
            strength = 2
        else:
            strength = 1
        end = match.end() + len(clause.rstrip())
        hits.append(Hit(draft.span(match.start(), end), strength))
    return hits


def _named_emotion_hits(draft: Draft, reading: Reading, weak: list[Hit]) -> list[Hit]:
    """A weak acknowledgement becomes strong when its sentence names the client's own emotion."""
    names = [e.name for e in reading.emotions if e.present and e.name in _EMOTION_WORDS]
    if not names:
        return []
    words = re.compile(r"\b(?:" + "|".join(_EMOTION_WORDS[n] for n in names) + r")\b", re.I)
    upgraded = []
    for hit in weak:
        sentence = draft.sentence_at(hit.span.start)
        if words.search(draft.body_of(sentence)):
            upgraded.append(Hit(hit.span, 2))
    return upgraded


def find(doc: Document, reading: Reading | None = None, draft: Draft | None = None) -> StepResult:
    """Whether, where and how specifically the draft acknowledges the client's feelings."""
    draft = draft or Draft.of(doc)
    hits = [
        *_empathy_hits(draft),
        *_that_must_be_hits(draft),
        *_validation_hits(draft),
        *_apology_hits(draft),
        *_reflection_hits(draft),
    ]
    for regex in (_REASSURANCE, _WARMTH, _AFFIRMATION):
        hits.extend(Hit(draft.span(m.start(), m.end()), 1) for m in draft.finditer(regex))
    if reading is not None:
        hits.extend(_named_emotion_hits(draft, reading, [h for h in hits if h.strength == 1]))
    return result(STEP, hits)
