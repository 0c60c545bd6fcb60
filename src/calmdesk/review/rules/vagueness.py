"""Vagueness: an offer that sounds like maybe-not, or a time that is no time at all.

The guide: be clear and confident about the options ("we'll see what we can do" is the example
of what not to write), and be honest and specific about what happens next and when.
"""

from __future__ import annotations

from collections.abc import Iterator

from calmdesk.review.rules.base import Context, Hit, Phrases, phrase_hits, rule


@rule(
    "vague-solution",
    severity="warning",
    phrases=True,
    message="This sounds like a maybe; say what you will actually do.",
    suggestion="I can [refund / reship / expedite] this today.",
)
def vague_solution(context: Context, phrases: Phrases) -> Iterator[Hit]:
    """Flags hedged offers: we'll see, we'll try our best, we'll look into it (and nothing more).

    Why: confidence reassures. A hedged offer tells an upset client that the outcome is still
    uncertain and that they may have to chase again; a specific action, said plainly, does not.

    Bad: Thanks for telling us, we'll see what we can do about the missing part.
    Better: I'm sending the missing part by express post today, at no cost to you.
    """
    return phrase_hits(context, phrases)


@rule(
    "vague-timeline",
    severity="warning",
    phrases=True,
    message="'Soon' means nothing to someone who is already waiting; give a time.",
    suggestion="I'll update you by [time] today, whatever the news.",
)
def vague_timeline(context: Context, phrases: Phrases) -> Iterator[Hit]:
    """Flags times that are no time: soon, shortly, ASAP, in due course, or a promise with none.

    Why: the guide asks for honest, specific expectations. If the outcome's date is not known yet,
    the rep can still promise the time of the next update, which is a promise they can keep.

    Bad: Your replacement will be with you shortly.
    Better: Your replacement leaves our warehouse today and will be with you by Thursday; I'll send
    the tracking number by 5 pm.
    """
    return phrase_hits(context, phrases)


__register__ = (vague_solution, vague_timeline)
