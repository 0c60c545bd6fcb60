"""Conditions in a reply: clauses that promise nothing themselves ("if it doesn't arrive by
Friday", "once we hear back from the carrier").

A promise made on a condition notes it; one with no time of its own is due when the condition's
time comes ("If it hasn't come by Friday, I'll refund you"); a delivery date inside a condition is
a third party's expectation, not the rep's promise.

>>> from calmdesk.commitments.anchors import Anchors
>>> from calmdesk.text import normalise
>>> text = "If it hasn't arrived by Friday, I'll refund you."
>>> conditions_in(Anchors.of(normalise(text)), 0, len(text))
[(0, 30, 'contingent')]
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import NamedTuple

from calmdesk.commitments import phrases
from calmdesk.commitments.anchors import CONTINGENT, OWN, WAITING, Anchors, matches
from calmdesk.commitments.calendar import BusinessCalendar
from calmdesk.commitments.kinds import commitment_at, kind_of
from calmdesk.commitments.scope import trim
from calmdesk.commitments.time_phrases import TimePiece, resolve
from calmdesk.commitments.triggers import Trigger, head_of
from calmdesk.commitments.values import Commitment
from calmdesk.text import Document, Span

Region = tuple[int, int, str]  # start, end, 'contingent' | 'waiting'
# Between a condition and the promise it governs: "If it's late, then I'll ..."
_CONDITION_GAP = re.compile(r"[\s,;:–—-]*(?:then\s+)?")


def conditions_in(anchors: Anchors, start: int, end: int) -> list[Region]:
    """Condition clauses in a sentence: (start, end, 'contingent' | 'waiting')."""
    low = anchors.low
    found: list[Region] = []
    for kind, pattern, words in (
        ("contingent", phrases.CONTINGENT, CONTINGENT),
        ("waiting", phrases.WAITING, WAITING),
    ):
        starts = anchors.where(words, start, end)
        if not starts:
            continue  # most sentences hold no condition word
        for match in matches(pattern, low, starts, start, end):
            stop = phrases.CLAUSE_END.search(low, match.end(), end)
            clause_end = stop.start() if stop else end
            # "if it is late I'll ..." without a comma: the next "I'll" ends the condition.
            if anchors.has(OWN, match.end(), clause_end):
                for trigger in phrases.TRIGGER.finditer(low, match.end(), clause_end):
                    if trigger.lastgroup != "client" and head_of(trigger) in ("i", "we"):
                        clause_end = trigger.start()
                        break
            found.append((match.start(), clause_end, kind))
    return found


def has_condition(anchors: Anchors, start: int, end: int) -> bool:
    """Whether a contingent clause ("if", "unless" ...) starts in low[start:end]."""
    low, pattern = anchors.low, phrases.CONTINGENT
    words = anchors.where(CONTINGENT, start, end)
    return any(pattern.match(low, position, end) for position in words)


def inside(position: int, regions: list[Region]) -> bool:
    """Whether `position` falls in one of the condition clauses `regions`."""
    return any(s <= position < e for s, e, _ in regions)


def condition_of(
    low: str, index: int, triggers: list[Trigger], conditions: list[Region]
) -> Region | None:
    """The condition a promise is made on: one just before it ("if it's late, I'll refund
    you"), or one inside its scope that does not lead into a later promise ("I'll refund you
    if it hasn't come by Friday")."""
    trigger = triggers[index]
    following = triggers[index + 1 :]
    scope_end = following[0].at if following else len(low)
    for region in conditions:
        c_start, c_end, kind = region
        if kind != "contingent":
            continue
        if c_end <= trigger.start and _CONDITION_GAP.fullmatch(low, c_end, trigger.start):
            return region
        leads_on = any(
            c_end <= later.start and _CONDITION_GAP.fullmatch(low, c_end, later.start)
            for later in following
        )
        if trigger.at <= c_start < scope_end and not leads_on:
            return region
    return None


class OnCondition(NamedTuple):
    """A promise with no time of its own, made on a condition that names one."""

    piece: TimePiece  # the time phrase of the condition
    start: int  # the promise with its condition
    stop: int
    own: tuple[int, int]  # the promise's own words
    owner: str
    note: str


def on_condition(
    document: Document,
    anchors: Anchors,
    trigger: Trigger,
    scope_end: int,
    condition: Region,
    pieces: list[TimePiece],
) -> OnCondition | None:
    """A promise with no time of its own made on a condition that names one. None when the
    condition names no time (nobody could follow it up) or the promise has no words of its own."""
    if trigger.needs_time:
        return None
    low = anchors.low
    c_start, c_end, _ = condition
    timed = [p for p in pieces if c_start <= p.start < c_end and not p.vague]
    stop = trim(low, trigger.start, scope_end)
    if not timed or stop <= trigger.start:
        return None
    start, end = min(c_start, trigger.start), max(stop, trim(low, c_start, c_end))
    note = condition_note(document.text, low, condition)
    return OnCondition(timed[-1], start, end, (trigger.start, stop), trigger.owner, note)


def settled_then(
    document: Document,
    anchors: Anchors,
    made: OnCondition,
    sent: datetime,
    calendar: BusinessCalendar,
) -> Commitment:
    """The commitment for a promise on a condition, due when the condition's time comes."""
    due_at, how = resolve(made.piece, document.body, sent, calendar)
    phrase = Span.of(document.text, made.piece.start, made.piece.end)
    resolved = (due_at, f"{made.note}; settled {how}")
    # What is promised is read from the promise's own words, not the condition's.
    kind = kind_of(anchors, *made.own)
    return commitment_at(
        document, anchors, made.start, made.stop, made.owner, phrase, resolved, kind
    )


def condition_note(text: str, low: str, condition: Region) -> str:
    """The note a promise made on `condition` carries: the condition in the reply's words."""
    c_start, c_end, _ = condition
    return f"only on condition ('{text[c_start : trim(low, c_start, c_end)]}')"


def expected_deliveries(
    document: Document,
    anchors: Anchors,
    pieces: list[TimePiece],
    conditions: list[Region],
    sent: datetime,
    calendar: BusinessCalendar,
) -> list[Commitment]:
    """A delivery date inside a condition is a third party's expectation, not the rep's promise."""
    found: list[Commitment] = []
    low = anchors.low
    for c_start, c_end, kind in conditions:
        if kind != "contingent" or not phrases.ARRIVAL.search(low, c_start, c_end):
            continue
        for piece in pieces:
            if c_start <= piece.start < c_end and not piece.vague:
                at, how = resolve(piece, document.body, sent, calendar)
                note = f"expected delivery named in a condition; {how}"
                phrase = Span.of(document.text, piece.start, piece.end)
                stop = trim(low, c_start, c_end)
                # A condition is about arrival whatever else it mentions.
                found.append(
                    commitment_at(
                        document,
                        anchors,
                        c_start,
                        stop,
                        "third_party",
                        phrase,
                        (at, note),
                        "delivery",
                    )
                )
                break
    return found
