"""Blame: pointing at a carrier, a supplier, another team or "the system" instead of owning the fix.

The guide's partnership mindset: whoever caused the problem, the client sees one brand. The rep
takes responsibility for steering the solution without accepting (or assigning) blame.
"""

from __future__ import annotations

from collections.abc import Iterator

from calmdesk.review.rules.base import Context, Hit, Phrases, phrase_hits, rule


@rule(
    "blame-shifting",
    severity="error",
    phrases=True,
    message="This points the finger at someone else; to the client there is one company.",
    suggestion="I'll take this up with the courier myself and come back to you by [time].",
)
def blame_shifting(context: Context, phrases: Phrases) -> Iterator[Hit]:
    """Flags wording that puts the fault on a carrier, a supplier, production or another team.

    Why: the client sees one brand, ours. Naming a culprit sounds like an excuse and tells them
    nobody owns their problem; the guide asks the rep to take responsibility for guiding the
    solution instead, without arguing about whose fault it was.

    Bad: I'm afraid that one is down to the courier, not us.
    Better: I'll chase the courier myself this morning and tell you where the parcel is by noon.
    """
    return phrase_hits(context, phrases)


@rule(
    "system-blame",
    severity="warning",
    phrases=True,
    message="Blaming the system sounds like nobody is in charge of it.",
    suggestion="I can't change that setting myself, so I've asked our [team] to do it by [time].",
)
def system_blame(context: Context, phrases: Phrases) -> Iterator[Hit]:
    """Flags blaming "the system" or "the computer" for what the client is stuck with.

    Why: the tools are ours too. Saying the system will not allow something tells the client that
    nobody is in charge and nothing can move, which is deflection in technical dress; say who will
    do what about it instead.

    Bad: Sorry, the system won't let me change the address after checkout.
    Better: I can't edit the address from my screen, so I've asked our shipping team to change it
    before dispatch tomorrow.
    """
    return phrase_hits(context, phrases)


__register__ = (blame_shifting, system_blame)
