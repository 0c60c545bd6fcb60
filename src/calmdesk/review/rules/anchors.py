"""Anchor words: the cheap test that tells a pattern cannot match a draft, so it is never run.

Most avoided phrases need some word ("nothing", "courier", "obviously") that a given draft does
not contain. `anchors(pattern)` reads the regular expression and returns words of which every
match must contain at least one; a draft's set of words (`DraftWords`, built once per review)
then rules the pattern out with a few set look-ups instead of a scan of the whole text.

An anchor is a whole word (a run of letters bounded by non-letters in every match) or, where a
pattern only fixes a word's start ("apologi" in `apologi[sz]e`), a fragment looked for as a
substring of the lower-cased draft. A pattern with no mandatory literal word has no anchors
(None) and is always run.

>>> sorted(anchors(r"\\bnothing (?:more )?(?:I|we) can do\\b") or ())
['nothing']
>>> sorted(anchors(r"\\b(?:calm|settle) down\\b") or ())
['down']
>>> sorted(anchors(r"\\b(?:obviously|clearly),? you\\b") or ())
['clearly', 'obviously']
>>> anchors(r"\\w+ly") is None
True
"""

from __future__ import annotations

import importlib
import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

# The standard library's own regular-expression parser (private, but stable since 3.11).
_parser: Any = importlib.import_module("re._parser")
_constants: Any = importlib.import_module("re._constants")

_LETTERS = re.compile(r"[^\W\d_]+")
# Words so frequent in replies that an anchor on them rules nothing out.
_COMMON = frozenset(
    "a an and are as at be but by can could did do does for from have i if in is it its me my "
    "no not of on or our so that the their them there they this to us was we were what when "
    "will with would you your".split()
)
_WHOLE = "="  # prefix of a whole-word anchor in the internal form; fragments carry "~"
_FRAGMENT = "~"
_MIN_FRAGMENT = 4

Anchor = str  # "=word" (a whole word) or "~frag" (a fragment of a word)


@dataclass(frozen=True, slots=True)
class DraftWords:
    """What the anchors are looked up in: the draft's words, its lower-cased text, its sentences.

    >>> DraftWords.of("Obviously you didn't read it.").words >= {"obviously", "didn", "t"}
    True
    """

    lowered: str
    words: frozenset[str]
    sentence_starts: tuple[int, ...] = ()

    @classmethod
    def of(cls, text: str, sentence_starts: tuple[int, ...] = ()) -> DraftWords:
        lowered = text.lower()
        return cls(lowered, frozenset(_LETTERS.findall(lowered)), sentence_starts)

    def has_any(self, required: Anchors | None) -> bool:
        """Whether the draft holds at least one of the anchors (always True for None)."""
        if required is None:
            return True
        if not required.words.isdisjoint(self.words):
            return True
        return any(fragment in self.lowered for fragment in required.fragments)

    def windows(self, required: Anchors | None) -> list[tuple[int, int]]:
        """Where a match holding one of the anchors can lie: the sentence of each occurrence
        and the next one, merged; the whole text when there are no anchors or no sentences.

        >>> DraftWords.of("Hi there. It is out of our hands. Bye.", (0, 10, 34)).windows(
        ...     Anchors(frozenset({"hands"}), ()))
        [(10, 38)]
        """
        size = len(self.lowered)
        if required is None or not self.sentence_starts:
            return [(0, size)]
        found: set[int] = set()
        lowered = self.lowered
        for word in required.words & self.words:
            at = lowered.find(word)
            while at >= 0:
                found.add(at)
                at = lowered.find(word, at + len(word))
        for fragment in required.fragments:
            at = lowered.find(fragment)
            while at >= 0:
                found.add(at)
                at = lowered.find(fragment, at + len(fragment))
        starts = self.sentence_starts
        spans: list[tuple[int, int]] = []
        for index in sorted({bisect_right(starts, at) - 1 for at in found}):
            low = starts[index] if index >= 0 else 0
            high = starts[index + 2] if index + 2 < len(starts) else size
            if spans and low <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(spans[-1][1], high))
            else:
                spans.append((low, high))
        return spans


@dataclass(frozen=True, slots=True)
class Anchors:
    """Whole words and word fragments, at least one of which every match contains."""

    words: frozenset[str]
    fragments: tuple[str, ...]

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self.words | set(self.fragments)))


def anchors(pattern: str) -> Anchors | None:
    """The anchors of a pattern (compiled case-insensitively), or None when it has none."""
    return _anchors(pattern)


def combined(patterns: tuple[str, ...]) -> Anchors | None:
    """Anchors for "any of these patterns": the union, or None when one pattern has none."""
    words: set[str] = set()
    fragments: set[str] = set()
    for pattern in patterns:
        found = _anchors(pattern)
        if found is None:
            return None
        words |= found.words
        fragments |= set(found.fragments)
    return Anchors(frozenset(words), tuple(sorted(fragments)))


@cache
def _anchors(pattern: str) -> Anchors | None:
    try:
        parsed = _parser.parse(pattern, re.IGNORECASE)
    except (re.error, RecursionError):
        return None
    try:
        found = _sequence(list(parsed), left=False, right=False)
    except _Unknown:
        return None
    if found is None:
        return None
    words = frozenset(a[1:] for a in found if a.startswith(_WHOLE))
    fragments = tuple(sorted(a[1:] for a in found if a.startswith(_FRAGMENT)))
    return Anchors(words, fragments)


class _Unknown(Exception):
    """A construct the reader does not follow: the pattern is treated as having no anchors."""


def _cost(found: frozenset[Anchor]) -> tuple[int, int]:
    """How weak an anchor set is: its weakest member first, then how many members it has."""
    worst = 0
    for anchor in found:
        text = anchor[1:]
        if anchor.startswith(_FRAGMENT):
            worst = max(worst, 2 if len(text) >= 6 else 3)
        elif text in _COMMON or len(text) <= 2:
            worst = max(worst, 9)
        else:
            worst = max(worst, 1)
    return worst, len(found)


def _is_letter(code: int) -> bool:
    return chr(code).isalpha()


def _nonletter_class(items: Any) -> bool:
    """Whether a character class holds no letter (so it separates words)."""
    for op, value in items:
        name = str(op)
        if name == "LITERAL":
            if _is_letter(value):
                return False
        elif name == "RANGE":
            low, high = value
            if any(chr(c).isalpha() for c in range(low, min(high, low + 400) + 1)):
                return False
        elif name == "CATEGORY":
            if str(value) not in ("CATEGORY_SPACE", "CATEGORY_DIGIT"):
                return False
        else:
            return False
    return True


def _starts_nonletter(items: list[Any], right: bool) -> bool:
    """Whether whatever `items` (then the context, `right`) match begins with a non-letter."""
    for index, (op, value) in enumerate(items):
        name = str(op)
        rest = items[index + 1 :]
        if name == "LITERAL":
            return not _is_letter(value)
        if name == "IN":
            return _nonletter_class(value)
        if name == "AT":
            if str(value) in ("AT_BOUNDARY", "AT_END", "AT_END_STRING"):
                return True
            continue
        if name in ("ASSERT", "ASSERT_NOT"):
            continue
        if name == "SUBPATTERN":
            return _starts_nonletter([*value[-1], *rest], right)
        if name == "BRANCH":
            return all(_starts_nonletter([*branch, *rest], right) for branch in value[1])
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, _high, body = value
            if low == 0 and not _starts_nonletter(rest, right):
                return False
            return _starts_nonletter([*body, *rest], right)
        return False
    return right


def _ends_nonletter(items: list[Any]) -> bool:
    """Whether every match of `items` ends with a non-letter (so a word may start after it)."""
    for op, value in reversed(items):
        name = str(op)
        if name == "LITERAL":
            return not _is_letter(value)
        if name == "IN":
            return _nonletter_class(value)
        if name == "AT":
            if str(value) in ("AT_BOUNDARY", "AT_BEGINNING", "AT_BEGINNING_STRING"):
                return True
            continue
        if name in ("ASSERT", "ASSERT_NOT"):
            continue
        if name == "SUBPATTERN":
            return _ends_nonletter(list(value[-1]))
        if name == "BRANCH":
            return all(_ends_nonletter(list(branch)) for branch in value[1])
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            return value[0] >= 1 and _ends_nonletter(list(value[2]))
        return False
    return False


def _sequence(items: list[Any], left: bool, right: bool) -> frozenset[Anchor] | None:
    """The best anchor set of a sequence: every match of it contains one of these."""
    options: list[frozenset[Anchor]] = []
    run = ""
    run_left = False
    before_nonletter = left

    def close(bounded_right: bool) -> None:
        nonlocal run
        if run and run_left and bounded_right:
            options.append(frozenset({_WHOLE + run}))
        elif run and run_left and len(run) >= _MIN_FRAGMENT:
            options.append(frozenset({_FRAGMENT + run}))
        run = ""

    for index, (op, value) in enumerate(items):
        name = str(op)
        rest = items[index + 1 :]
        if name == "LITERAL":
            if _is_letter(value):
                if not run:
                    run_left = before_nonletter
                run += chr(value).lower()
                before_nonletter = False
            else:
                close(True)
                before_nonletter = True
        elif name == "IN":
            if _nonletter_class(value):
                close(True)
                before_nonletter = True
            else:
                close(False)
                before_nonletter = False
        elif name == "AT":
            if str(value) in ("AT_BOUNDARY", "AT_BEGINNING", "AT_BEGINNING_STRING"):
                close(True)
                before_nonletter = True
            elif str(value) in ("AT_END", "AT_END_STRING"):
                close(True)
            else:
                close(False)
        elif name == "ASSERT" and value[0] == 1:
            if _starts_nonletter(list(value[1]), False):
                close(True)
        elif name in ("ASSERT", "ASSERT_NOT"):
            continue
        elif name == "SUBPATTERN":
            close(_starts_nonletter(list(value[-1]), _starts_nonletter(rest, right)))
            found = _sequence(list(value[-1]), before_nonletter, _starts_nonletter(rest, right))
            if found is not None:
                options.append(found)
            before_nonletter = _ends_nonletter(list(value[-1]))
        elif name == "BRANCH":
            close(_starts_nonletter(items[index:], right))
            union: set[Anchor] = set()
            after = _starts_nonletter(rest, right)
            for branch in value[1]:
                found = _sequence(list(branch), before_nonletter, after)
                if found is None:
                    union = set()
                    break
                union |= found
            if union:
                options.append(frozenset(union))
            before_nonletter = all(_ends_nonletter(list(b)) for b in value[1])
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, _high, body = value
            body_items = list(body)
            separator = all(
                (str(o) == "IN" and _nonletter_class(v))
                or (str(o) == "LITERAL" and not _is_letter(v))
                for o, v in body_items
            )
            if separator and low >= 1:
                close(True)
                before_nonletter = True
                continue
            close(_starts_nonletter(items[index:], right))
            if low >= 1:
                found = _sequence(body_items, before_nonletter, False)
                if found is not None:
                    options.append(found)
            ends = _ends_nonletter(body_items)
            before_nonletter = ends if low >= 1 else (ends and before_nonletter)
        elif name in ("ANY", "NOT_LITERAL", "GROUPREF", "GROUPREF_EXISTS", "ATOMIC_GROUP"):
            close(False)
            before_nonletter = False
        else:
            raise _Unknown(name)
    close(right)
    if not options:
        return None
    return min(options, key=_cost)
