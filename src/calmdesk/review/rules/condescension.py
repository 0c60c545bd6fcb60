"""Condescension and dismissal: talking down to the client or brushing their problem off.

The guide's DON'T list: dismissive language; its mindset: stay neutral and steady. Telling an
upset person to calm down, or implying they should have known better, is heard as contempt.
"""

from __future__ import annotations

from collections.abc import Iterator

from calmdesk.review.rules.base import Context, Hit, Phrases, phrase_hits, rule


@rule(
    "condescending",
    severity="error",
    phrases=True,
    message="This talks down to the client.",
    suggestion="I can hear how frustrating this is; let's get it fixed.",
)
def condescending(context: Context, phrases: Phrases) -> Iterator[Hit]:
    """Flags talking down: calm down, as you should know, it's not that hard, let me explain again.

    Why: an upset client who is told to calm down, or that they should have known, hears contempt
    and gets angrier. The guide's aim is a calm, measured tone that invites them to settle, which
    means treating them as a capable adult.

    Bad: Please calm down, it's really not that hard to reset a password.
    Better: Resetting the password can be fiddly, so I've sent you a link that does it in one step.
    """
    return phrase_hits(context, phrases)


@rule(
    "dismissive",
    severity="error",
    phrases=True,
    message="This brushes the client's problem off.",
    suggestion="This shouldn't have happened, and I'll make sure it's put right.",
)
def dismissive(context: Context, phrases: Phrases) -> Iterator[Hit]:
    """Flags shrugging the problem off: these things happen, it's only two days, no one cares, not
    my problem.

    Why: what is small to us is the client's week. Minimising the problem tells them it does not
    matter to us, the opposite of acknowledging its impact.

    Bad: These things happen with busy couriers, it's only two days.
    Better: Two extra days is a real problem when you're planning around it, so I've upgraded the
    delivery to arrive tomorrow.
    """
    return phrase_hits(context, phrases)


@rule(
    "talking-down",
    severity="warning",
    phrases=True,
    message="This wording sets you above the client.",
    suggestion="Here's how it works, step by step: [steps]. I'm happy to go through it on a call.",
)
def talking_down(context: Context, phrases: Phrases) -> Iterator[Hit]:
    """Flags lecturing and belittling turns: obviously you, did you even read, educate yourself,
    buddy, nice try, well done genius, lol no.

    Why: the guide's partnership mindset puts the rep beside the client, not above them. Doubting
    their understanding, lecturing them or addressing them like a child turns a fix into a
    put-down; explain the point plainly and offer help. Sarcastic praise ("well done, genius") and a
    correction laughed off ("lol no") mock the reader the same way.

    Bad: Did you even read the instructions? Obviously you skipped the first page.
    Better: The first page of the instructions is easy to miss; here is the setting that matters,
    and I can walk you through it.
    """
    return phrase_hits(context, phrases)


__register__ = (condescending, dismissive, talking_down)
