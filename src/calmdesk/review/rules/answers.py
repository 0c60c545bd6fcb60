"""What counts as answering a client's ask: families of wording, in general terms.

`coverage.ask_unanswered` names each ask's own words (a refund is answered by talk of a refund);
these families are the other ways a reply answers without those words. An ask about a problem (a
fix, an explanation, an update) is answered by a reason ("that's down to the storm"), by news of
where things stand ("it'll be working again by noon", "the train is 20 minutes late"), by steps
for the client ("please restart the app") or by taking it up ("send us the order number and we'll
take a look"). An ask for a decision (money back, cancelling, a manager) is answered by name, or
by a no with its reason ("these fares are non-refundable"); moving the client to a DM or a phone
line is neither, so channel words ("contact us", "DM") never count as steps or refusals.

>>> from calmdesk.text import normalise
>>> from calmdesk.review.steps.cues import Draft
>>> draft = Draft.of(normalise("We switched it off for the upgrade; it'll be back tonight."))
>>> draft.has(REASON), draft.has(STATUS), refuses(draft)
(True, True, False)
"""

from __future__ import annotations

from calmdesk.review.steps.cues import Draft, anchored
from calmdesk.text import Document

_TIME_UNITS = r"(?:minutes?|mins?|hours?|hrs?|days?|business days|working days|weeks?|months?)"
_AMOUNT = r"(?:\d+|a few|a couple of|one|two|three|several|24|48|72)"
_WEEKDAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"

# A reason or a cause, stated or guessed, or who decides: answers "why...?".
REASON = anchored(
    # a cause named outright
    r"\b(?:because|cause[ds]?|caused by|the reason|reasons?|due to|owing to|as a result of|"
    r"that's why|which is why|this is why|hence|went wrong|turned out|"
    r"explain\w*|(?:came|comes|come|stems?|stemmed|results?|resulted) from|"
    r"(?:that's|that is|this is|it's|it is|it was|that was) (?:all )?down to|"
    r"(?:high|heavy|increased|unusually high|large) (?:volume|demand|traffic)|"
    r"since (?:we|it|it's|there|they|this|that|our|only)|"
    r"as (?:we|it|there|they|our) (?:\w+ )?(?:only|don't|do not|doesn't|does not|can't|cannot|"
    r"no longer|aren't|are not|isn't|is not|haven't|hasn't)|"
    # a fault or event owned: "there was an issue with", "it was a glitch"
    r"(?:there (?:was|is|were|are|has been|have been|'s)|(?:it|this|that) (?:was|has been)) "
    r"(?:a|an|some) (?:\w+ )?(?:error|mistake|glitch|fault|bug|issue|problem|outage|delay|"
    r"disruption|incident|breakdown|failure)|"
    r"broke down|"
    # a service switched off or down for something
    r"(?:shut|turn|turned|switch|switched|took|taken|pulled|paused|disabled|suspended) "
    r"(?:\w+ ){0,3}(?:(?:off|down|offline|out) )?(?:for|because|due|while|during)|"
    r"maintenance|(?:an|the|a|our|system|planned|scheduled) upgrade|engineering works?|"
    r"planned works?|an outage|"
    # a guessed cause: "it may be that", "the seat may not have been available"
    r"(?:it|this|that|there) (?:could|may|might) (?:be|have been)|"
    r"(?:may|might|could) not have been|could be (?:that|because|due)|"
    r"(?:most )?likely|probably|possibly|my guess|I'm thinking|I think (?:it|this|that)|"
    # a rule given as the reason
    r"polic(?:y|ies)|rules? (?:apply|applies|state|states|say|says|require|requires)|"
    r"terms (?:and|&) conditions|T&Cs?|(?:can|are|is|would|will|could|do|does) only|"
    r"only (?:allow|permit|accept|offer)|unless|without (?:first )?\w+ing|"
    r"(?:must|has to|have to|needs to|need to) (?:be (?:\w+ed|under|over|within|at least|no more)|"
    r"fit|meet|match|go through|travel)|"
    r"not (?:allowed|permitted)|required by|by law|regulations?|"
    r"to (?:be fair|ensure|keep (?:you|your|our|everyone)|protect|comply|prevent|avoid)|"
    r"for (?:your|our|the|everyone's) (?:own )?(?:safety|security|protection|privacy)|"
    # who decides it, when that is someone else: "a question for your local store"
    r"(?:a |the )?question for (?:your|the|our|each)|"
    r"(?:handled|managed|run|set|decided|operated|owned|controlled|determined|chosen|priced) "
    r"by (?:the|your|each|our|individual|local|their)|"
    r"(?:up to|at the discretion of|down to) (?:the|your|each|individual|local) "
    r"(?:\w+ )?(?:store|branch|restaurant|location|hotel|airport|seller|retailer|merchant|"
    r"partner|provider|carrier|franchise\w*|owner|manager|team)|"
    r"independently (?:owned|operated)|franchise\w*)\b"
)

# Where things stand: a state, a time it changes, news checked. Answers "where is it?", "it's
# broken".
STATUS = anchored(
    r"\b(?:(?:will|'ll|should|shall|is going to|are going to|expect (?:it|this|them) to) "
    r"(?:\w+ )?be (?:back|up|working|available|live|online|running|restored|fixed|resolved|"
    r"sorted|in stock|delivered|with you|arriving|ready|open)|"
    r"back (?:on|up|online|in stock|to normal|open|running)|"
    r"up and running|"
    rf"(?:within|in the next|in about|in around|over the next) {_AMOUNT} {_TIME_UNITS}|"
    rf"{_AMOUNT} {_TIME_UNITS} (?:late|delayed|behind|away|out)|"
    rf"by (?:tomorrow|tonight|the end of (?:the )?(?:day|week)|{_WEEKDAYS})|"
    r"(?:is|are|was|were|'s|'re) (?:now |currently |still )?(?:running )?"
    r"(?:late|delayed|on time|cancell?ed|diverted|on schedule|on track|out for delivery|"
    r"in transit|being (?:prepared|processed|shipped|repaired|fixed|looked at))|"
    # where a job stands when it waits on something: "the job is waiting on your artwork"
    r"(?:is|are|'s|'re) (?:still |currently |now )?(?:waiting|on hold|held up) (?:on|for) "
    r"(?:the|your|our|a|an)\b|"
    r"currently|as of (?:now|today|this)|"
    r"there (?:is|are|'s) [^.!?\n]{0,60}(?:at the moment|right now|at this time)|"
    r"in the process of|(?:we're|we are|I'm|I am|the team is|our team is|engineers are|teams are) "
    r"(?:\w+ )?(?:aware|working|testing|investigating)|known (?:issue|problem|fault)|"
    r"I've checked|I have checked|I checked|we've checked|we have checked|according to|"
    # news read off a record, not sympathy ("I can see why you're upset" is not status)
    r"(?:I|we) can see (?!(?:that )?(?:why|how|you\b|your (?:frustration|point|concern|"
    r"disappointment|annoyance|worry)))|(?:looks|look|looked) like (?:it|the|this|that|there|"
    r"one|your (?!day))|it (?:appears|seems) (?:that )?(?:the|your|it|there|this|one)|"
    r"shows (?:as|that)|"
    r"(?:it|this|that|they|these|those|which|it's|they're) (?:is |are |was |were )?"
    r"(?:now |currently |only |still |also )?(?:available|unavailable|supported|compatible|"
    r"in stock|offered)|"
    r"(?:isn't|aren't|wasn't|weren't|is not|are not|'s not|not) (?:yet |currently |)?"
    r"(?:available|supported|compatible|possible|offered)|"
    r"out of stock|sold out|discontinued|"
    r"(?:longer|extra|additional|different) (?:processing|handling|delivery|shipping|transit) "
    r"times?|(?:may|might|can|could|will) take (?:longer|a while|up to|a little|some time|\d+))\b"
)

# Taking a problem up: an offer of help, a question, a promise to look into it, a request for
# the details that let someone do so.
TAKEN_UP = anchored(
    r"\b(?:help\w*|assist\w*|look (?:into|at|in to)|take (?:a )?(?:closer )?look|"
    r"investigat\w*|check\w*|troubleshoot\w*|working on|find out|follow up|forward\w*|DM|"
    r"direct message|private message|(?:more|further|additional) (?:details|information|info)|"
    r"(?:booking|order|account|confirmation|reference|tracking|serial|case|ticket) "
    r"(?:number|reference|code|#|ID)|record locator|email address|"
    r"let (?:our|the|my) (?:\w+ )?(?:team|teams|devs|developers|engineers|colleagues|folks) know|"
    r"pass(?:ed|ing)? (?:this|that|it|your \w+) (?:on|along)|"
    r"(?:share|shared|sharing) (?:this|that|it|your \w+) with|"
    r"(?:happy|glad|pleased) to|guide you|"
    r"(?:send|give|provide|share|tell|confirm) (?:us|me) (?:with )?(?:your|the|a|which|what|when)|"
    r"(?:link|steps|instructions|article|guide) (?:below|above|here|provided|attached))\b"
)

# Things the client can do. Channel moves (contact us, DM, call, email) are left out on purpose:
# they hand the ask on rather than answer it.
_DO = (
    r"(?:try(?! (?:contacting|calling|reaching|messaging|emailing|us\b))|retry|restart|reboot|"
    r"power(?:\s|-)?cycle|update|upgrade|reinstall|install|uninstall|delete|remove|clear|"
    r"log (?:out|in|back)|sign (?:out|in|back)|go to|head (?:to|over)|visit|open|tap|click|"
    r"select|choose|make sure(?! you(?:'re| are) following)|ensure|turn|switch|reset|"
    r"back(?:\s|-)?up|enable|disable|follow(?! (?:us|up)\b)|use|pre-?order|book|report|"
    r"fill (?:in|out)|complete|refresh|download|re-?add|change|set|unplug|plug|hold|press|"
    r"navigate|look for|scroll|close|force|toggle|re-?enter|re-?sync|sync|disconnect|reconnect|"
    r"pair|unpair|hard reset|factory reset)\b"
)
STEP_AFTER = anchored(
    r"\b(?:please|pls|plz|kindly|just|simply|you can|you could|you'll need to|you will need to|"
    r"you'd need to|you would need to|you need to|you may need to|you may want to|"
    r"you might want to|(?:we|I)(?:'d| would)? (?:recommend|suggest)(?: that you| you)?|"
    r"(?:be sure|make sure|remember|don't forget) to|(?:and )?then|first|next|"
    r"(?:try|trying) to) (?:also |first |then )?" + _DO
)
STEP = anchored(r"\b" + _DO)

# A no with its reason, or a plain no to the thing asked: answers an ask for a decision.
REFUSAL = anchored(
    r"\b(?:non-?refundable|(?:not|isn't|aren't|wasn't|weren't|is not|are not) "
    r"(?:eligible|entitled|refundable|covered|transferable|exchangeable)|ineligible|"
    r"outside (?:the|our|your) (?:\w+ )?(?:window|period|policy|warranty|guarantee)|"
    r"polic(?:y|ies)|rules? (?:apply|applies|state|states|say|says|require|requires)|"
    r"terms (?:and|&) conditions|T&Cs?|to be fair to|"
    r"(?:we|I)(?:'re| are|'m| am)? (?:can't|cannot|can not|unable to|not able to|won't be able to|"
    r"aren't able to|don't|do not|won't|will not) (?:\w+ )?(?:offer|give|issue|provide|grant|"
    r"honou?r|process|approve|accept|do|allow|waive|match|cover) (?:that|this|it|one|so|them|"
    r"those|these|an exception|exceptions))\b"
)
# A sentence about where the talk happens, not about the ask: "for your security we can't look at
# accounts on Twitter, so please DM us" refuses the channel, not the refund.
_CHANNEL = anchored(
    r"\b(?:(?:via|over|on|through|by|in) (?:twitter|social|social media|here|this channel|DMs?|"
    r"a tweet|public|chat|the phone)|DMs?|direct message|private message|(?:contact|reach|call|"
    r"email|message) (?:us|me)|get in touch)\b"
)


def refuses(draft: Draft) -> bool:
    """Whether the draft says no to something with a reason, outside talk of the channel.

    >>> from calmdesk.text import normalise
    >>> refuses(Draft.of(normalise("Sale items are not eligible for a price match.")))
    True
    >>> refuses(Draft.of(normalise("Our policy is not to discuss accounts here; please DM us.")))
    False
    """
    for match in draft.finditer(REFUSAL):
        sentence = draft.sentence_at(match.start())
        if not draft.has(_CHANNEL, sentence.start, sentence.end):
            return True
    return False


def instruction_starts(doc: Document) -> frozenset[int]:
    """Where each sentence's first word stands, past @handles and "1/2" counters.

    A sentence that opens with a verb for the client ("Restart the app", "Pre-order it on the UK
    site") gives a step; the same verb later in a sentence ("we'll restart it") does not.

    >>> from calmdesk.text import normalise
    >>> sorted(instruction_starts(normalise("@ab 1/2 Restart it. Then wait.")))
    [8, 20]
    """
    starts: set[int] = set()
    tokens = doc.tokens
    index = 0
    for sentence in doc.sentences:
        while index < len(tokens) and tokens[index].start < sentence.start:
            index += 1
        at = index
        while at < len(tokens) and tokens[at].start < sentence.end:
            token = tokens[at]
            if token.text[:1].isalpha():
                starts.add(token.start)
                break
            at += 1
    return frozenset(starts)


def gives_steps(draft: Draft, doc: Document) -> bool:
    """Whether the draft tells the client something to do, not counting contacting the brand.

    >>> from calmdesk.text import normalise
    >>> doc = normalise("Sorry! Please clear the cache and sign back in.")
    >>> gives_steps(Draft.of(doc), doc)
    True
    >>> doc = normalise("Sorry! Please contact us by phone.")
    >>> gives_steps(Draft.of(doc), doc)
    False
    """
    if draft.has(STEP_AFTER):
        return True
    return bool(draft.finditer(STEP, only=instruction_starts(doc)))
