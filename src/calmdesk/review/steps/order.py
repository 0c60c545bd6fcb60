"""Listen, validate, solve: with a heated client, the solution comes after the acknowledgement.

The forum's listen-validate-solve technique and the guide's step order both put the
acknowledgement before the fix; jumping straight to the remedy with an angry client reads as
"handled", not heard. A draft with no acknowledgement at all is left to the missing-step check,
so it is not reported twice.

>>> from calmdesk.text import normalise
>>> from calmdesk.review.steps import find_steps
>>> doc = normalise("We have refunded you. Sorry for the trouble.")
>>> order_problem(doc, find_steps(doc), None) is None  # no Reading: the client's heat is unknown
True
"""

from __future__ import annotations

from calmdesk.reading.values import Reading
from calmdesk.review.values import StepResult
from calmdesk.text import Document, Span

# Heat level from which order matters: 2 "frustrated" and above.
HEATED = 2


def order_problem(
    doc: Document, steps: tuple[StepResult, ...], reading: Reading | None
) -> Span | None:
    """The span of a solution offered before any acknowledgement to a heated client, else None."""
    if reading is None or reading.heat.level < HEATED:
        return None
    by_id = {s.step: s for s in steps}
    solve, acknowledge = by_id.get("solve"), by_id.get("acknowledge")
    if solve is None or acknowledge is None or not solve.spans or not acknowledge.spans:
        return None
    first_acknowledgement = acknowledge.spans[0].start
    early = [s for s in solve.spans if s.end <= first_acknowledgement]
    return early[0] if early else None
