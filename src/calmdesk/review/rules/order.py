"""Order: listen, validate, then solve. A heated client hears the fix only after being heard.

The forum's listen-validate-solve approach and the guide's step order both put the
acknowledgement before the remedy.
"""

from __future__ import annotations

from collections.abc import Iterator

from calmdesk.review.rules.base import Context, Hit, Phrases, rule
from calmdesk.review.steps import order_problem


@rule(
    "solution-before-empathy",
    severity="warning",
    needs_reading=True,
    message="The fix comes before any acknowledgement; a heated client needs to feel heard first.",
    suggestion="Open with the impact: 'I can see how much trouble this delay has caused you.'",
)
def solution_before_empathy(context: Context, phrases: Phrases) -> Iterator[Hit]:
    """Flags a remedy offered to a frustrated or angrier client before the draft acknowledges them.

    Why: validate, then solve. Jumping to the fix with an angry client reads as being processed
    rather than heard, and the fix lands badly; one sentence of acknowledgement first changes how
    the rest is read.

    Bad: I've issued a refund to your card. I'm sorry the order never arrived.
    Better: I'm sorry the order never arrived, and I can see how frustrating the wait has been. I've
    issued a refund to your card.
    Client: heat=3
    """
    span = order_problem(context.doc, context.steps, context.reading)
    if span is not None:
        yield Hit(span.start, span.end)


__register__ = (solution_before_empathy,)
