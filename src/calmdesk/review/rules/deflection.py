"""Deflection: giving up, sending the client elsewhere, or ending on a refusal.

The guide: focus on what you can do, not what you can't; escalation should feel like added
support, never a brush-off ("you'll have to talk to my manager", "nothing more I can do").
"""

from __future__ import annotations

from collections.abc import Iterator

from calmdesk.review.rules.base import Context, Hit, Phrases, phrase_hits, rule
from calmdesk.review.steps.cues import anchored


@rule(
    "deflection",
    severity="error",
    phrases=True,
    message="This leaves the client alone with the problem.",
    suggestion="Here's what I can do right now: [option].",
)
def deflection(context: Context, phrases: Phrases) -> Iterator[Hit]:
    """Flags giving up or handing the client off: nothing more to do, out of my hands, ask someone
    else.

    Why: the client wrote to us so that someone would take the problem on. Saying nothing can be
    done, or telling them to take it up with a manager or the courier themselves, leaves them
    alone with it. When someone else must help, bring them in as added support.

    Bad: I'm sorry, but there's really nothing more I can do about the delay.
    Better: I'm bringing in my team lead so there are two of us on this, and one of us will call you
    by 4 pm.
    """
    return phrase_hits(context, phrases)


# What turns a limit into an option: an offer after the policy, in its sentence or later ("it's
# against our rules to charge you twice, so I've refunded it").
_OFFER_AFTER = anchored(
    # "I can", not "I can't" nor "nothing I can" / "something I can change" (a limit, not an offer)
    r"\b(?:what I can do|(?<!something\s)(?<!anything\s)(?<!nothing\s)(?<!much\s)(?:I|we) "
    r"can(?!'t|not)|I(?:'ll| will)|we(?:'ll| will)|instead|however|but I|"
    r"alternatively|the good news|so (?:I|we)(?:'ve| have)|"
    # a thing done, not a check made: "and I've refunded you", "we have sent a new one"
    r"(?:I|we)(?:'ve| have) (?:already |now |just |also |gone ahead and )?"
    r"(?!(?:tried|checked|looked|noted|explained|reviewed|received|needed|wanted|used|passed|followed)\b)"
    r"(?:\w+ed|sent|made|put|set|given|got|taken|done|found|written)\b)\b"
)


@rule(
    "policy-ending",
    severity="warning",
    phrases=True,
    message="Ending on the policy tells the client the conversation is over.",
    suggestion="A refund isn't open to me here, but what I can do is [option], today.",
)
def policy_ending(context: Context, phrases: Phrases) -> Iterator[Hit]:
    """Flags a draft whose last word on the matter is the policy, with no offer after it.

    Why: quoting a policy explains a limit; ending on it shuts the door. The guide asks for
    options stated with confidence, so a limit is followed by what can be done, or by a lead who
    can grant an exception.

    Bad: We can't refund opened items. That's our policy.
    Better: Opened items fall outside our refund policy, but I can exchange it for a new one and
    send it today.
    """
    for hit in phrases.hits(context.draft):
        if not context.draft.has(_OFFER_AFTER, hit.end):
            yield hit


@rule(
    "cant-first",
    severity="info",
    phrases=True,
    message="The draft leads with what can't be done.",
    suggestion="What I can do is [option], and I can start on it today.",
)
def cant_first(context: Context, phrases: Phrases) -> Iterator[Hit]:
    """Flags opening an answer with a refusal ("unfortunately we can't...").

    Why: the first thing the client hears sets the tone for the rest. The guide asks the rep to
    focus on what can be done; limits come after, if at all.

    Bad: Unfortunately we can't offer refunds on sale items.
    Better: What I can do is exchange the jacket for another size and ship it today.
    """
    return phrase_hits(context, phrases)


__register__ = (deflection, policy_ending, cant_first)
