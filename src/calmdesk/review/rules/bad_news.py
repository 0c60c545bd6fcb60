"""Bad news: a no or a delay handed to a client with a complaint, with no word for how it lands.

The guide's first step: acknowledge before anything else, and most of all when the answer is
not the one the client hoped for. A refusal ("we can't refund this order"), a limit ("this isn't
covered by the warranty") or a delay ("it won't arrive before March") read cold and final when
nothing in the reply shows the client was heard. A calm question answered with a plain no ("we
don't ship to Norway yet") needs no such care: the client asked, they were not let down.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from calmdesk.review.rules.base import Context, Hit, Phrases, rule
from calmdesk.review.steps.cues import anchored

# From this heat level ("frustrated") a client is let down by a no even without a complaint read.
FRUSTRATED = 2
# A complaint the reader is sure of. Below this, plain questions ("is the ticket refundable?")
# pass for complaints too often; above it the complaint flag is right 99.9% of the time on the
# labelled complaints (dev: 669 tweets, recall 0.92), against 96.8% for the flag alone.
CLEAR_COMPLAINT = 0.7
# What we can be asked for and say no to: money back, a swap, a repair, an exception, a change.
_GRANTS = (
    r"(?:refund|reimburs|replac|exchang|swap|return|repair|fix|offer|give|issue|provide|grant|"
    r"honou?r|approv|accept|allow|waiv|match|cover|extend|revers|cancel|chang|transfer|upgrad|"
    r"rebook|reschedul|reinstat|restor|recover|unlock|guarantee|compensat|support|pay|"
    r"revert|undo|help(?! but)|make (?:an? |any )?(?:exceptions?|promises?|guarantees?))"
)
_PARTICIPLES = (
    r"(?:refunded|reimbursed|replaced|exchanged|returned|repaired|fixed|changed|cancell?ed|"
    r"reversed|transferred|extended|restored|recovered|honou?red|accepted|processed|covered|"
    r"undone|reinstated|waived|approved)"
)
# Things that arrive, ship or come back: a delay is a no to "when?".
_ARRIVALS = (
    r"(?:arriv\w*|ship\w*|dispatch\w*|deliver\w*|ready|available|back|in stock|with you|fixed|"
    r"repaired|restored|resolved|reopen\w*|open|live|released|due|expected|scheduled)"
)
BAD_NEWS = anchored(
    # a refusal: "we can't refund it", "I'm unable to offer an upgrade", "we don't cover that",
    # "..., but can't pay for it", "you won't be able to undo it", "I'm afraid not"
    r"\b(?:(?:(?:we|I)(?:'re| are|'m| am)?|but) (?:can't|cannot|can not|couldn't|could not|"
    r"unable to|not able to|aren't able to|won't be able to|will not be able to|don't|do not|"
    r"won't|will not|not going to) (?:\w+ )?" + _GRANTS + r"\w*(?! up\b)|"
    r"you (?:can't|cannot|can not|won't be able to|will not be able to|aren't able to) (?:\w+ )?"
    + _GRANTS
    + r"\w*|"
    r"(?:I'm|I am) afraid not|"
    # a limit: "this isn't covered by the warranty", "the fare is non-refundable"
    r"(?:isn't|aren't|is not|are not|'s not|'re not|no longer|not) (?:yet |currently |)"
    r"(?:possible|available|supported|eligible|entitled|refundable|covered|transferable|"
    r"exchangeable|compatible)|no longer (?:active|valid|offered|sold|made|in stock)|"
    r"non-?refundable|ineligible|"
    r"outside (?:the|our|your) (?:[\w-]+ ){0,2}(?:window|period|warranty|guarantee|policy)|"
    r"(?:can't|cannot|can not|won't|will not) be (?:\w+ )?" + _PARTICIPLES + r"|"
    # a delay: "it won't arrive before March", "the repair is delayed until Friday"
    r"(?:won't|will not|isn't|is not|aren't|are not|'s not|'re not) (?:be )?(?:\w+ )?"
    + _ARRIVALS
    + r" (?:\w+ )?(?:until|till|before)|"
    r"(?:delayed|postponed|pushed back|put back) (?:until|till|to|by)|"
    r"the earliest (?:\w+ ){0,4}(?:is|would be|will be))\b"
)
# Talk of where the conversation happens, not of what the client asked for: "we can't access
# accounts over Twitter, so please DM us" turns down the channel, not the refund.
_CHANNEL = anchored(
    r"\b(?:(?:via|over|on|through|by|in) (?:twitter|social|social media|here|this channel|DMs?|"
    r"a tweet|public|chat|the phone)|DMs?|direct message|private message)\b"
)
# A sentence asked, not told: a no inside it is a question ("Are you sure we can't help?").
_QUESTION = re.compile(
    r"\W*(?:are|is|am|was|were|do|does|did|can|could|would|will|shall|should|have|has|what|why|"
    r"how|when|where|who|which)\b",
    re.I,
)
# A no that is only a condition ("if we can't fix it, we'll replace it") is a promise, not news.
_CONDITION = re.compile(r"\b(?:if|unless|in case|whether|should)\s+(?:\S+\s+){0,3}$", re.I)


@rule(
    "bare-refusal",
    severity="warning",
    needs_reading=True,
    message="This brings a client with a complaint bad news without acknowledging them first.",
    suggestion="I know this isn't the answer you hoped for, and I'm sorry. [The limit, and why.] "
    "What I can do is [option].",
)
def bare_refusal(context: Context, phrases: Phrases) -> Iterator[Hit]:
    """Flags a no or a delay ("we can't refund this order", "it won't arrive before March") sent,
    with no acknowledgement anywhere in the draft, to a client who complained rather than asked
    a question (a complaint the reader is sure of, or a client frustrated or angrier). Like an
    error, it keeps the draft from `send` until it is fixed, though it costs only a warning's
    points: one sentence for the client is all it takes.

    Why: bad news is where the client most needs to feel heard. The same limit reads as care
    when the reply first shows it understands what the client hoped for, and as a closed door
    when it does not, whatever else the reply offers. A plain no to a calm question ("we don't
    ship there yet") is just an answer and is left alone.

    Bad: The return reached us after the 30-day window, so we can't refund it. What I can do is
    add store credit for the full amount today.
    Better: I'm sorry the wait for your money has dragged on. The return reached us after the
    30-day window, so a refund isn't open to me, but I can add store credit for the full amount
    today.
    Client: heat=2 asks=refund
    """
    reading = context.reading
    if reading is None or context.step("acknowledge").present:
        return
    complaint = reading.complaint
    clear = complaint.is_complaint and complaint.score >= CLEAR_COMPLAINT
    if not (clear or reading.heat.level >= FRUSTRATED):
        return  # a question, however it is answered, is not a let-down
    draft = context.draft
    body = context.doc.body
    for match in draft.finditer(BAD_NEWS):
        sentence = draft.sentence_at(match.start())
        if draft.has(_CHANNEL, sentence.start, sentence.end):
            continue
        if _CONDITION.search(body, sentence.start, match.start()):
            continue
        if sentence.text.rstrip().endswith("?") and _QUESTION.match(sentence.text):
            continue  # "Are you sure I can't help with a booking?" offers, it does not refuse
        yield Hit(match.start(), match.end())
        return  # one missing acknowledgement, however many pieces of bad news


__register__ = (bare_refusal,)
