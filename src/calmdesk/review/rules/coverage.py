"""Coverage: every ask answered, every promise with who does what by when.

The guide's DON'T list: leave issues unresolved; its fifth step: be honest and specific about
what happens next. A reply that skips one of the client's asks, or promises with no owner or no
time, leaves the client to chase.
"""

from __future__ import annotations

from collections.abc import Iterator

from calmdesk.reading.values import Reading
from calmdesk.review.rules.answers import REASON, STATUS, TAKEN_UP, gives_steps, refuses
from calmdesk.review.rules.base import Context, Hit, Phrases, rule, whole_draft
from calmdesk.review.steps.cues import anchored

# Words that show the draft addresses each kind of ask, yes or no.
_ANSWERS = {
    "refund": anchored(
        r"\b(?:refund\w*|reimburs\w*|money back|credit\w*|charge ?back|"
        # "reverse the duplicate $480 charge", "void the second payment"
        r"(?:revers\w*|void\w*) (?:the |that |this |your )?(?:[\w$£€.,-]+ ){0,3}?"
        r"(?:charges?|payments?|transactions?|debits?|fees?))\b"
    ),
    "replacement": anchored(
        r"\b(?:replac\w*|re-?ship\w*|re-?send\w*|new (?:one|unit|item|parcel|order)|another "
        r"(?:one|unit)|exchang\w*|swap\w*)\b"
    ),
    "expedite": anchored(
        r"\b(?:expedit\w*|rush\w*|priorit\w*|fast(?:er|est)?|express|overnight|next[- ]day|speed "
        r"(?:it|this|things) up|upgrad\w* (?:the )?(?:shipping|delivery)|sooner|quicker|earlier|"
        r"(?:a|one|two|\d+) days? (?:early|earlier|ahead)|brought (?:it )?forward|moved (?:it|"
        r"your \w+|order \S+|the \w+) (?:up|forward|to (?:an? |the )?(?:earlier|first|\w+day))|"
        r"in time for|same[- ]day|first (?:van|drop|delivery|slot|round|run)|fast[- ]track\w*|"
        r"(?:put|get|load) it on (?:the |tomorrow's |today's )?(?:first|next|earliest))\b"
    ),
    "update": anchored(
        r"\b(?:update\w*|status|tracking|track\w*|on (?:its|the) way|arriv\w*|deliver\w*|"
        r"dispatch\w*|shipped|where (?:it|your)|currently|right now it|expected|ETA|"
        r"progress)\b"
    ),
    "call": anchored(r"\b(?:call\w*|phone|ring|speak|talk|chat (?:live|by)|meeting|zoom)\b"),
    "explanation": anchored(
        # "why" alone is not an answer: "I can see why you're cross" explains nothing.
        r"\b(?:because|reason|what happened|due to|caused|the cause|explain\w*|here's why|"
        r"was (?:a|an) (?:error|mistake|glitch|fault)|turned out|went wrong|broke down)\b"
    ),
    "compensation": anchored(
        r"\b(?:compensat\w*|credit\w*|voucher|discount\w*|refund\w*|goodwill|free|on us|waiv\w*|"
        r"gesture|make (?:it|this) up|bonus\w*|reward\w*|points|miles|perks?|reduc\w*|"
        r"deduct\w*|knock\w* (?:\w+ )?off|money off|off (?:your|the) (?:next )?(?:invoice|bill))\b"
    ),
    "cancel": anchored(
        r"\b(?:cancel\w*|close (?:the|your) account|terminat\w*|stop (?:the|your)|unsubscrib\w*|"
        r"end(?:ing)? (?:the|your|our|this) (?:contract|agreement|subscription|plan|account)|"
        r"opt(?:ed|ing)? out|(?:link|option|button) (?:at|in|on) the (?:bottom|end|foot\w*|top)|"
        r"(?:in|under|from) (?:your |the )?(?:account )?settings)\b"
    ),
    "fix": anchored(
        r"\b(?:fix\w*|repair\w*|resolv\w*|solv\w*|sort\w*|working again|restor\w*|correct\w*|"
        r"patch\w*|reset\w*|replac\w*|engineer|technician)\b"
    ),
    "manager": anchored(
        r"\b(?:manager|supervisor|team lead|lead|escalat\w*|senior|head of|someone more senior)\b"
    ),
}
# Asks about a problem (fix it, why did it happen, where is it) are answered by a reason, by where
# things stand, by steps for the client or, in a first reply, by taking the problem up (an offer of
# help, a question about it, a promise to look into it): the guide's "not yet" answer, with a next
# step. Asks for a decision (a refund, a call, a manager) must be named, or refused with a reason;
# a move to a DM or a phone line answers neither (see `answers`).
_PROBLEM_ASKS = frozenset({"fix", "explanation", "update"})
_ASK_WORDS = {
    "refund": "a refund",
    "replacement": "a replacement",
    "expedite": "faster delivery",
    "update": "an update",
    "cancel": "a cancellation",
    "call": "a call",
    "explanation": "an explanation",
    "compensation": "compensation",
    "fix": "a fix",
    "manager": "a manager",
}


@rule(
    "ask-unanswered",
    severity="warning",
    needs_reading=True,
    message="The client asked for something the draft doesn't answer.",
    suggestion="Answer it directly, yes or no, and say what happens next.",
)
def ask_unanswered(context: Context, phrases: Phrases) -> Iterator[Hit]:
    """Flags a client ask (refund, replacement, an update, a call, a manager...) the draft never
    addresses. An ask about a problem (a fix, an explanation, an update) is answered by a reason,
    by where things stand, by steps for the client, by a question back or by taking it up; an ask
    for a decision (a refund, a replacement, a call, a manager) has to be answered by name or
    refused with a reason.

    Why: answering half a message feels like being talked over. The guide's summary says never to
    leave issues unresolved: each ask deserves an answer, even when the answer is no or not yet.
    "Not yet, and here is the next step" answers a problem; it does not answer a request for money
    back, which the client will read as dodged.

    Bad: I'm sorry the heater stopped working. I've booked an engineer for Thursday morning.
    Better: I'm sorry the heater stopped working. I've booked an engineer for Thursday morning, and
    I've refunded the call-out fee to your card today.
    Client: heat=2 asks=fix,refund
    """
    reading = context.reading
    if reading is None:
        return
    seen: set[str] = set()
    # Whether the draft answers a problem / a decision in general words; each looked at once.
    problem_answered: bool | None = None
    refused: bool | None = None
    for ask in reading.asks:
        if ask.name in seen or ask.name not in _ANSWERS:
            continue
        seen.add(ask.name)
        if context.draft.has(_ANSWERS[ask.name]):
            continue
        if (
            ask.name == "cancel"
            and _cancel_and_refund(reading)
            and context.draft.has(_ANSWERS["refund"])
        ):
            continue  # "cancel it and refund me": the refund given answers both
        if ask.name in _PROBLEM_ASKS:
            if problem_answered is None:
                problem_answered = _answers_a_problem(context)
            if problem_answered:
                continue
        else:
            if refused is None:
                refused = refuses(context.draft)
            if refused:
                continue
        wanted = _ASK_WORDS[ask.name]
        yield whole_draft(
            f"The client asked for {wanted} (\u201c{ask.span.text}\u201d); the draft doesn't "
            "answer it.",
            f"Say plainly whether they will get {wanted}, and when.",
        )


def _cancel_and_refund(reading: Reading) -> bool:
    """Whether the client asked to cancel and for a refund in one breath ("otherwise cancel it and
    refund the £649"): a refund given answers the cancelling too."""
    cancels = [a.span for a in reading.asks if a.name == "cancel"]
    refunds = [a.span for a in reading.asks if a.name == "refund"]
    return any(
        0 <= r.start - c.end <= 20 or 0 <= c.start - r.end <= 20 for c in cancels for r in refunds
    )


def _answers_a_problem(context: Context) -> bool:
    """A reason, where things stand, steps, a question back or the problem taken up."""
    draft = context.draft
    return (
        "?" in context.doc.body
        or draft.has(TAKEN_UP)
        or draft.has(REASON)
        or draft.has(STATUS)
        or gives_steps(draft, context.doc)
    )


# A promise with nobody named: "someone will contact you", "it will be looked into".
_NOBODY = anchored(
    r"\b(?:someone|somebody|a member of (?:our|the) team|the (?:relevant|appropriate|right|"
    r"responsible) (?:team|department|person|people)|(?:a|an|the) (?:specialist|agent|"
    r"representative|colleague)|(?:the team|our team)) (?:will|'ll|shall|should|"
    r"is going to|are going to) (?:\w+ )?(?:contact|call|email|reach out|get back|"
    r"be in (?:touch|contact)|look|review|investigate|check|handle|deal|follow up|respond|reply)\b"
)
_PASSIVE = anchored(
    r"\b(?:it|this|that|the (?:issue|matter|problem)|your (?:\w+ )?(?:issue|case|request|"
    r"complaint|problem|query|ticket|concern)) (?:will|'ll|should|is going to) be "
    r"(?:looked (?:at|into)|dealt with|handled|sorted(?: out)?|resolved|fixed|investigated|"
    r"reviewed|escalated|passed "
    r"on|processed|taken care of|addressed|actioned)\b"
)
# The client handed to a team ("I've passed this on to our finance team", "I have escalated your
# ticket to the billing department"); a named person ("I've asked Dana in finance") is not matched.
_HANDED_OFF = anchored(
    r"\b(?:I|we)(?:'ve| have)? (?:now |just |already )?(?:passed|forwarded|sent|handed|referred|"
    r"escalated|raised|logged|flagged|shared|moved|transferred|reported)(?: (?:this|it|that|"
    r"your (?:\w+ )?(?:e-?mail|message|request|query|case|ticket|complaint|issue|details|"
    r"feedback|concerns?)|"
    r"the (?:\w+ )?(?:issue|matter|case|request|query|details|ticket|problem)))?(?: (?:on|over|"
    r"across|up))? (?:to|with) (?:our|the|a|an) (?:[\w&-]+ ){0,2}?(?:team|department|dept|"
    r"colleagues|people|desk|specialists|engineers|experts|side)\b"
)
# The rep staying on it after the hand-off: "I'll chase them myself", "I'll follow up".
_STAYS_ON = anchored(
    r"\b(?:I|we)(?:'ll| will| am going to|'m going to) (?:\w+ ){0,2}?(?:chase|follow|update|call|"
    r"email|check|come back|get back|keep|confirm|be in touch|push|make sure|stay|monitor|watch|"
    r"let you know)\b"
)
_PROMISE = anchored(
    r"\b(?:I|we)(?:'ll| will| am going to|'m going to| are going to|'re going to) (?:\w+ )?"
    r"(?:send|ship|refund|replace|fix|sort|resolve|arrange|book|contact|call|email|update|"
    r"check|look|chase|process|issue|escalate|follow|get)\b"
)


@rule(
    "vague-promise",
    severity="warning",
    message="A promise should say who does what by when.",
    suggestion="I'll [action] by [time], and I'll email you as soon as it's done.",
)
def vague_promise(context: Context, phrases: Phrases) -> Iterator[Hit]:
    """Flags promises with no owner (someone will contact you, it will be looked into), a hand-off
    to another team with nobody named and no time, or, in a draft that gives no time anywhere, a
    promise with no time.

    Why: the guide asks for specific expectations, and a promise is only checkable when it names
    who acts and when. "Someone will be in touch" leaves the client waiting for nobody in
    particular; "I'll call you by 2 pm" can be kept, and counted on. Passing the case to finance
    is fine when it feels like added support: name who has it, or stay on it yourself and say
    when the client will hear.

    Bad: Your complaint will be looked into and someone will contact you.
    Better: I'm looking into your complaint myself and will call you by 2 pm tomorrow with what I've
    found.
    """
    for regex in (_NOBODY, _PASSIVE):
        for match in context.draft.finditer(regex):
            yield Hit(
                match.start(),
                match.end(),
                "This promise names nobody; say who will do it, and by when.",
            )
    expect = context.step("expect")
    if expect.strength < 2:  # "shortly" is no time; "by 3 pm" is
        for match in context.draft.finditer(_HANDED_OFF):
            if not context.draft.has(_STAYS_ON, match.end()):
                yield Hit(
                    match.start(),
                    match.end(),
                    "This hands the client to another team with nobody named and no time; say "
                    "who has it and when the client will hear.",
                )
    if expect.present:
        return
    first = context.draft.search(_PROMISE)
    if first is not None:
        yield Hit(
            first.start(),
            first.end(),
            "The draft promises this but never says when; give a time or the time of the next "
            "update.",
        )


__register__ = (ask_unanswered, vague_promise)
