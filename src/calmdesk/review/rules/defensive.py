"""Defensiveness: arguing the point, repeating oneself, or telling the client they are wrong.

The guide's DON'T list: get defensive or argue; the forum's advice: breathe before replying.
"""

from __future__ import annotations

from collections.abc import Iterator

from calmdesk.review.rules.base import Context, Hit, Phrases, phrase_hits, rule


@rule(
    "defensive",
    severity="error",
    phrases=True,
    message="This argues with the client instead of moving to the fix.",
    suggestion="Let me set out where things stand so we're looking at the same picture: [facts].",
)
def defensive(context: Context, phrases: Phrases) -> Iterator[Hit]:
    """Flags arguing and point-scoring: as I already said, per my last email, that's simply not
    true.

    Why: winning the argument loses the client. Even when the rep is right, restating it with an
    edge tells the client that being right matters more than their problem; state the facts
    neutrally and move on to what happens next.

    Bad: As I already explained, the order left our warehouse on time.
    Better: The order left our warehouse on Monday; I'm now checking with the courier where it is
    and will update you by noon.
    """
    return phrase_hits(context, phrases)


__register__ = (defensive,)
