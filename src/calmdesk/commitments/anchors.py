"""Where the patterns of `phrases` may start in one reply, found once from its tokens.

Scanning a reply with a large pattern tries it at every character; trying it only where a word
it can start with stands costs a small fraction of that and finds the same matches. `Anchors.of`
classes each token once and keeps the offsets where a time phrase (`phrases.TIME`), a promise
(`phrases.TRIGGER`) or a kind word (`phrases.KIND_WORDS`) may start, where the words of a few
smaller patterns stand (`PREPOSITION`, `CONTINGENT`, `WAITING`, `OWN`), and `low`: the reply's
body in lower case with the same offsets, which the lower-case patterns of `phrases` run over.

>>> from calmdesk.text import normalise
>>> anchors = Anchors.of(normalise("If it's late, I'll call you."))
>>> anchors.where(CONTINGENT, 0, 28), anchors.where(OWN, 0, 28), anchors.trigger
([0], [14], (14,))
>>> anchors.low
"if it's late, i'll call you."
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from itertools import compress
from operator import itemgetter

from calmdesk.commitments.phrases import (
    CONTINGENT_WORDS,
    KIND_PREFIXES,
    MODAL_WORDS,
    OWN_TRIGGER_WORDS,
    PREPOSITION_WORDS,
    TIME_FOLLOWERS,
    TIME_STARTS,
    TRIGGER_FOLLOWERS,
    TRIGGER_STARTS,
    WAITING_WORDS,
)
from calmdesk.text import Document

# What a word is or may start. The four public bits name the families `Anchors.where` looks up.
PREPOSITION, CONTINGENT, WAITING, OWN = 1, 2, 4, 8
_FAMILIES = PREPOSITION | CONTINGENT | WAITING | OWN
_TIME, _TRIGGER, _MODAL = 16, 32, 64
_NUMBER, _WILL, _KIND, _JOINED = 128, 256, 512, 1024

_SETS = (
    (PREPOSITION, PREPOSITION_WORDS),
    (CONTINGENT, CONTINGENT_WORDS),
    (WAITING, WAITING_WORDS),
    (OWN, OWN_TRIGGER_WORDS),
    (_TIME, TIME_STARTS),
    (_TRIGGER, TRIGGER_STARTS),
    (_MODAL, MODAL_WORDS),
)
_NUMERIC = frozenset("0123456789[")
_WILLS = ("'ll", "’ll")
# A token with one of these in it may hold more than one word ("i'll", "#refund", "$12.50").
_JOINERS = frozenset("'’#@$£€")
_SYMBOLS = frozenset("#@$£€")
# Runs of letters and digits: the words, wherever one starts inside a token.
_WORD = re.compile(r"[^\W_]+")
# Characters a case-insensitive pattern equates with an ASCII letter although their lower case
# differs ("ſ" matches "s"); folding them keeps the lower-case patterns exact.
_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})
_LOWER = itemgetter(3)


def word_class(word: str) -> int:
    """The bits of a lower-case token: which sets it is in and what it may start.

    >>> word_class("if") == CONTINGENT | _TRIGGER, word_class("refunded") == _KIND
    (True, True)
    """
    flags = 0
    for bit, words in _SETS:
        if word in words:
            flags |= bit
    if word[0] in _NUMERIC:
        flags |= _NUMBER
    if word.endswith(_WILLS):
        flags |= _WILL
    if _JOINERS.isdisjoint(word):
        if word[:3] in KIND_PREFIXES:
            flags |= _KIND
    else:
        flags |= _JOINED  # its words are looked at one by one
    return flags


# Word classes seen so far. Replies share most of their words, so after the first few nearly
# every token is classed by one dictionary look-up; the size is capped.
_CLASS_OF: dict[str, int] = {}
_CLASS_OF_LIMIT = 50_000


def _classes(words: list[str]) -> list[int]:
    classes: list[int | None] = list(map(_CLASS_OF.get, words))
    if None not in classes:
        return classes  # type: ignore[return-value]  # no None left, checked just above
    known = _CLASS_OF
    for index, flags in enumerate(classes):
        if flags is None:
            word = words[index]
            classes[index] = flags = word_class(word)
            if len(known) < _CLASS_OF_LIMIT:
                known[word] = flags
    return classes  # type: ignore[return-value]  # every None replaced


def _parts(start: int, word: str) -> list[tuple[int, str]]:
    """The words inside a token such as "don't" or "#refund", with their offsets."""
    if word[0] in _SYMBOLS:  # "#refund", "$12.50": letters and digits may follow "." and ","
        return [(start + m.start(), m.group()) for m in _WORD.finditer(word)]
    parts: list[tuple[int, str]] = []
    at = start
    for part in word.replace("’", "'").split("'"):
        if part:
            parts.append((at, part))
        at += len(part) + 1
    return parts


def _follows(word: str, allowed: frozenset[str]) -> bool:
    """Whether `word` may come next after a start word that allows `allowed` after it."""
    return (
        word in allowed
        or ("#" in allowed and word[0] in _NUMERIC)
        or ("-ing" in allowed and word.endswith("ing"))
    )


@dataclass(frozen=True, slots=True)
class Anchors:
    """One reply's folded body and the offsets, in order, where its patterns may start.

    `time` and `trigger` are where `phrases.TIME` and `phrases.TRIGGER` are tried, `kind` where
    `phrases.KIND_WORDS` is; `marked`/`marks` are the words of the families `where` looks up.
    Words inside tokens such as "i'll" or "#refund" count as words of their own.
    """

    low: str
    time: tuple[int, ...]
    trigger: tuple[int, ...]
    kind: tuple[int, ...]
    marked: tuple[int, ...]
    marks: tuple[int, ...]

    @classmethod
    def of(cls, document: Document) -> Anchors:
        body, tokens = document.body, document.tokens
        exotic = "İ" in body or "ı" in body or "ſ" in body
        if exotic:
            low = body.translate(_FOLD).lower()
            # Folded letters could hide a next word, so then every start word is tried.
            time_next, trigger_next = {}, {}
        else:
            low = document.lower if document.lower is not None else body.lower()
            time_next, trigger_next = TIME_FOLLOWERS, TRIGGER_FOLLOWERS
        words = list(map(_LOWER, tokens))
        classes = _classes(words)
        time: list[int] = []
        trigger: list[int] = []
        kind: list[int] = []
        marked: list[int] = []
        marks: list[int] = []
        last = len(tokens) - 1
        # Only the tokens with a class are visited; compress picks them without a Python loop.
        for index in compress(range(len(tokens)), classes):
            flags, word, at = classes[index], words[index], tokens[index][0]
            if flags & _MODAL and index and (not trigger or trigger[-1] != tokens[index - 1][0]):
                trigger.append(tokens[index - 1][0])  # "the refund will": the word before
            if flags & _TIME:
                rule = time_next.get(word)
                if rule is None or (index < last and _follows(words[index + 1], rule)):
                    time.append(at)
            elif flags & _NUMBER:
                time.append(at)
            if flags & _TRIGGER:
                rule = trigger_next.get(word)
                if rule is None or (index < last and _follows(words[index + 1], rule)):
                    trigger.append(at)
            elif flags & _WILL:
                trigger.append(at)
            if exotic:
                continue
            if flags & _FAMILIES:
                marked.append(at)
                marks.append(flags & _FAMILIES)
            if flags & _KIND:
                kind.append(at)
            elif flags & _JOINED:
                for part_at, part in _parts(at, word):
                    part_flags = _CLASS_OF.get(part)
                    if part_flags is None:
                        part_flags = word_class(part)
                    if part_flags & _FAMILIES:
                        marked.append(part_at)
                        marks.append(part_flags & _FAMILIES)
                    if part[:3] in KIND_PREFIXES:
                        kind.append(part_at)
        if exotic:
            # The words of the folded text, not the tokens' own.
            for match in _WORD.finditer(low):
                part_at, part = match.start(), match.group()
                part_flags = word_class(part)
                if part_flags & _FAMILIES:
                    marked.append(part_at)
                    marks.append(part_flags & _FAMILIES)
                if part[:3] in KIND_PREFIXES:
                    kind.append(part_at)
        return cls(low, tuple(time), tuple(trigger), tuple(kind), tuple(marked), tuple(marks))

    def where(self, family: int, start: int, end: int) -> list[int]:
        """Offsets in [start, end) where a word of `family` (e.g. `CONTINGENT`) starts."""
        marked, marks = self.marked, self.marks
        low = bisect_left(marked, start)
        high = bisect_left(marked, end, low)
        return [marked[i] for i in range(low, high) if marks[i] & family]

    def has(self, family: int, start: int, end: int) -> bool:
        """Whether a word of `family` starts in [start, end)."""
        marked, marks = self.marked, self.marks
        low = bisect_left(marked, start)
        high = bisect_left(marked, end, low)
        return any(marks[i] & family for i in range(low, high))


__all__ = ["CONTINGENT", "OWN", "PREPOSITION", "WAITING", "Anchors", "word_class"]
