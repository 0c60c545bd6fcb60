"""Which of the guide's six steps a draft reply takes, how strongly, and where.

`find_steps` runs one detector per step (a module each) over the same `Document`, in the order of
`STEP_IDS`; `order_problem` checks the listen-validate-solve order for a heated client. All
detectors work without a `Reading`; given one, they use what it found in the client's message
(the emotions it named, its order number and dates).

>>> from calmdesk.text import normalise
>>> steps = find_steps(normalise(
...     "I'm sorry your order arrived damaged. I'll send a replacement today and confirm the "
...     "tracking number by 3 pm. Thank you for your patience."
... ))
>>> [(s.step, s.strength) for s in steps]
[('acknowledge', 2), ('clarify', 0), ('align', 0), ('solve', 2), ('expect', 2), ('close', 2)]
"""

from __future__ import annotations

from calmdesk.reading.values import Reading
from calmdesk.review.steps import acknowledge, align, clarify, close, expect, solve
from calmdesk.review.steps.cues import Draft
from calmdesk.review.steps.order import order_problem
from calmdesk.review.values import STEP_IDS, StepResult
from calmdesk.text import Document

__all__ = ["STEP_IDS", "find_steps", "order_problem"]

_DETECTORS = (acknowledge, clarify, align, solve, expect, close)
assert tuple(d.STEP for d in _DETECTORS) == STEP_IDS


def find_steps(
    doc: Document, reading: Reading | None = None, draft: Draft | None = None
) -> tuple[StepResult, ...]:
    """One `StepResult` per step, in `STEP_IDS` order; spans index into `doc.text`.

    `draft` is `doc`'s token index when the caller has built it already (`review` shares one
    between the steps, the tone and the rules).
    """
    draft = draft or Draft.of(doc)
    return tuple(detector.find(doc, reading, draft) for detector in _DETECTORS)
