"""What a promise promises (`KINDS`: an update, a refund, a call ...), read from its own words, and
the `Commitment` that records it.

>>> from calmdesk.commitments.anchors import Anchors
>>> from calmdesk.text import normalise
>>> text = "I'll send the refund and a replacement."
>>> kind_of(Anchors.of(normalise(text)), 0, len(text))
'refund'
"""

from __future__ import annotations

from bisect import bisect_left
from datetime import datetime

from calmdesk.commitments import phrases
from calmdesk.commitments.anchors import Anchors
from calmdesk.commitments.values import Commitment
from calmdesk.text import Document, Span


def kind_of(anchors: Anchors, start: int, end: int) -> str:
    """What low[start:end] promises, from its first kind word (see `phrases.KIND_WORDS`)."""
    # Matched in the promise cut out on its own, as the words were always read.
    text = anchors.low[start:end]
    pattern = phrases.KIND_WORDS
    first = None
    free = 0
    kinds = anchors.kind
    for position in kinds[bisect_left(kinds, start) : bisect_left(kinds, end)]:
        if position - start < free:
            continue
        match = pattern.match(text, position - start)
        if match is None:
            continue
        free = match.end()
        kind = match.lastgroup or "other"
        if first is None:
            first = kind
            if kind != "delivery":
                return kind
        elif kind in ("refund", "replacement"):
            return kind
    return first or "other"


def commitment_at(
    document: Document,
    anchors: Anchors,
    start: int,
    end: int,
    owner: str,
    phrase: Span,
    resolved: tuple[datetime | None, str],
    kind: str | None = None,
) -> Commitment:
    """A `Commitment` for the promise text[start:end], its kind (unless given) read from its own
    words."""
    due_at, note = resolved
    span = Span.of(document.text, start, end)
    if kind is None:
        kind = kind_of(anchors, start, end)
    # As in `Span.of`: a frozen dataclass's __init__ sets every field through object.__setattr__,
    # which costs more than the rest of making a commitment; the slots are filled directly.
    made = object.__new__(Commitment)
    _SET_SPAN(made, span)
    _SET_OWNER(made, owner)
    _SET_KIND(made, kind)
    _SET_DUE_AT(made, due_at)
    _SET_VAGUE(made, due_at is None)
    _SET_PHRASE(made, phrase)
    _SET_NOTE(made, note)
    return made


# The setters of Commitment's slots (see `commitment_at`).
_SET_SPAN, _SET_OWNER, _SET_KIND, _SET_DUE_AT, _SET_VAGUE, _SET_PHRASE, _SET_NOTE = (
    Commitment.__dict__[name].__set__
    for name in ("span", "owner", "kind", "due_at", "vague", "phrase", "note")
)
