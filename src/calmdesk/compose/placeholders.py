"""The `{name}` slots a draft leaves for facts nobody knew yet, and filling them in.

>>> from calmdesk.compose.values import Draft
>>> text = "Your order {order_number} ships with {carrier}."
>>> [slot.name for slot in placeholders_in(text)]
['order_number', 'carrier']
>>> draft = Draft(text, (), placeholders_in(text), 1, "template", ())
>>> fill(draft, {"carrier": "UPS"}).text
'Your order {order_number} ships with UPS.'
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from calmdesk.compose.values import Draft, Part, Placeholder
from calmdesk.text import Span

_PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]*)\}")


def placeholders_in(text: str) -> tuple[Placeholder, ...]:
    """Every `{name}` slot in a text, in order."""
    return tuple(
        Placeholder(m[1], Span.of(text, m.start(), m.end())) for m in _PLACEHOLDER.finditer(text)
    )


def fill(draft: Draft, values: Mapping[str, str]) -> Draft:
    """The draft with the placeholders named in `values` filled in; parts move with the text.

    >>> from calmdesk.text import Span
    >>> text = "Your tracking number is {tracking_number}."
    >>> slot = Placeholder("tracking_number", Span.of(text, 24, 41))
    >>> fill(Draft(text, (), (slot,), 1, "template", ()), {"tracking_number": "1Z99"}).text
    'Your tracking number is 1Z99.'
    """
    pieces: list[str] = []
    shifts: list[tuple[int, int]] = []  # (offset in the old text, change in length after it)
    cursor = 0
    for placeholder in draft.placeholders:
        if placeholder.name not in values:
            continue
        value = values[placeholder.name]
        pieces += [draft.text[cursor : placeholder.span.start], value]
        shifts.append((placeholder.span.end, len(value) - len(placeholder.span.text)))
        cursor = placeholder.span.end
    text = "".join(pieces) + draft.text[cursor:]

    def moved(offset: int) -> int:
        return offset + sum(change for at, change in shifts if at <= offset)

    parts = tuple(
        Part(p.step, Span.of(text, moved(p.span.start), moved(p.span.end))) for p in draft.parts
    )
    filled = [p.name for p in draft.placeholders if p.name in values]
    notes = tuple(n for n in draft.notes if not n.startswith("Fill in before sending"))
    left = placeholders_in(text)
    if left:
        notes += (f"Fill in before sending: {', '.join(dict.fromkeys(p.name for p in left))}.",)
    return Draft(text, parts, left, draft.seed, draft.backend, notes if filled else draft.notes)
