"""The asks found in a message, by name, with the words each stands on (spans checked)."""

from __future__ import annotations

from calmdesk.reading.asks import find_asks
from calmdesk.text import normalise


def names(text: str) -> dict[str, str]:
    """Each ask found in `text` and its span's words, after checking the span is the text's."""
    doc = normalise(text)
    found = find_asks(doc)
    for evidence in found:
        assert doc.text[evidence.span.start : evidence.span.end] == evidence.span.text
    return {evidence.name: evidence.span.text for evidence in found}
