"""The seeded writer: picks one wording per slot and keeps each part's span as the draft grows.

The same seed picks the same wording, so the same message gets the same letter.

>>> writer = Writer(7)
>>> writer.add("greeting", ["Hi Ana,"], "")
>>> writer.add("close", ["Thanks for your patience.", ""], "\\n\\n")
>>> draft = writer.draft(7, [])
>>> [(part.step, part.span.text) for part in draft.parts]
[('greeting', 'Hi Ana,'), ('close', 'Thanks for your patience.')]
"""

from __future__ import annotations

import random

from calmdesk.compose.placeholders import placeholders_in
from calmdesk.compose.values import Draft, Part
from calmdesk.text import Span


class Writer:
    """Picks wording with the seed and keeps each part's span as the text grows."""

    def __init__(self, seed: int) -> None:
        self.random = random.Random(seed)
        self.text = ""
        self.parts: list[Part] = []

    def pick(self, variants: tuple[str, ...], **fields: str) -> str:
        return self.random.choice(variants).format(**fields)

    def add(self, step: str, sentences: list[str], before: str) -> None:
        body = " ".join(s for s in sentences if s)
        if not body:
            return
        if self.text:
            self.text += before
        start = len(self.text)
        self.text += body
        self.parts.append(Part(step, Span.of(self.text, start, len(self.text))))

    def draft(self, seed: int, notes: list[str]) -> Draft:
        text = self.text
        parts = tuple(Part(p.step, Span.of(text, p.span.start, p.span.end)) for p in self.parts)
        return Draft(text, parts, placeholders_in(text), seed, "template", tuple(notes))
