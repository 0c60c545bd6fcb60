"""The time phrases in a sentence of a reply, and the moment each one names.

Adjacent phrases join into one piece ("first thing" + "Monday"), which takes a "by" or "no later
than" standing just before it; `resolve` reads a piece (`timing.read_phrase`) and places it on the
team's calendar (`timing.due`).

>>> from calmdesk.commitments.anchors import Anchors
>>> from calmdesk.text import normalise
>>> text = "I'll call you by first thing Monday, or sooner."
>>> [text[p.start : p.end] for p in time_pieces(Anchors.of(normalise(text)), 0, len(text))]
['by first thing Monday']
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import NamedTuple

from calmdesk.commitments import phrases
from calmdesk.commitments.anchors import PREPOSITION, Anchors, matches
from calmdesk.commitments.calendar import BusinessCalendar
from calmdesk.commitments.timing import When, due, read_phrase

_MAX_JOIN_GAP = 24


# Working values are named tuples: several are built per sentence, and a tuple is several
# times cheaper to build than a frozen dataclass.
class TimePiece(NamedTuple):
    """A time phrase in a sentence: its offsets and the pattern matches it is made of."""

    start: int
    end: int
    matches: tuple[re.Match[str], ...]

    @property
    def vague(self) -> bool:
        return any(m.lastgroup in ("vague", "placeholder") for m in self.matches)


def _preposition(anchors: Anchors, start: int, begin: int) -> int:
    """Where "by", "no later than" ... standing just before a time phrase at `begin` start."""
    low = anchors.low
    for position in anchors.where(PREPOSITION, max(start, begin - 30), begin):
        # The leftmost match, as a search would find it.
        before = phrases.PREPOSITION.match(low, position, begin)
        if before:
            return before.start() if before.end() == begin else begin
    return begin


def time_pieces(anchors: Anchors, start: int, end: int) -> list[TimePiece]:
    """Time phrases in low[start:end], adjacent pieces joined ("first thing" + "Monday")."""
    low = anchors.low
    pieces: list[TimePiece] = []
    for match in matches(phrases.TIME, low, anchors.time, start, end):
        if pieces:
            last = pieces[-1]
            gap_start, gap_end = last.end, match.start()
            if gap_end - gap_start <= _MAX_JOIN_GAP and phrases.JOINER.fullmatch(
                low, gap_start, gap_end
            ):
                pieces[-1] = TimePiece(last.start, match.end(), (*last.matches, match))
                continue
        pieces.append(TimePiece(_preposition(anchors, start, match.start()), match.end(), (match,)))
    return pieces


def resolve(
    piece: TimePiece, body: str, sent: datetime, calendar: BusinessCalendar
) -> tuple[datetime | None, str]:
    """When the time phrase `piece` falls, for a reply sent at `sent`, and how it was read."""
    when: When = read_phrase(list(piece.matches), body)
    return due(when, sent, calendar)
