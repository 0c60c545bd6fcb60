"""Where the patterns of `phrases` may start in one reply, found once from its tokens.

Scanning a reply with a large pattern tries it at every character; trying it only where a word
it can start with stands costs a small fraction of that and finds the same matches. `Anchors.of`
looks each distinct word up once (`_profile`) and keeps the offsets where a time phrase
(`phrases.TIME`), a promise (`phrases.TRIGGER`) or a kind word (`phrases.KIND_WORDS`) may start,
where the words of a few smaller patterns stand (`PREPOSITION`, `CONTINGENT`, `WAITING`, `OWN`),
and `low`: the reply's body in lower case with the same offsets, which the lower-case patterns of
`phrases` run over.

>>> from calmdesk.text import normalise
>>> anchors = Anchors.of(normalise("If it's late, I'll call you."))
>>> anchors.where(CONTINGENT, 0, 28), anchors.where(OWN, 0, 28), anchors.trigger
((0,), (14,), (14,))
>>> anchors.low
"if it's late, i'll call you."
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import compress

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
from calmdesk.text import Document, token_words, tokenize

# What a word is or may start. The four public bits name the families `Anchors.where` looks up;
# their word sets do not overlap, so a word is in one family at most.
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


# Where a pattern may start at a word: never (False), always (True), or only when the next
# word is one of a set ("the" starts a time phrase only before "end", "next" ...).
_Rule = bool | frozenset[str]


# What one lower-case token may start, worked out once for every distinct word:
#   time: _Rule  a time phrase (`phrases.TIME`)
#   trigger: _Rule  a promise (`phrases.TRIGGER`)
#   modal: bool  "will", "should" ...: the word before may be the subject of a promise
#   marks: (offset in the token, family) of its family words
#   kinds: offsets in the token where a kind word may start
# A plain tuple, not a named one: `Anchors.of` unpacks one for every word that may start
# something, and unpacking a plain tuple is several times cheaper.
_Word = tuple[_Rule, _Rule, bool, tuple[tuple[int, int], ...], tuple[int, ...]]

# What the words seen so far may start (None: nothing), learnt as replies are read. Replies
# share most of their words, so after the first few nearly every token is one dictionary
# look-up; the size is capped.
_PROFILES: dict[str, _Word | None] = {}
_PROFILES_LIMIT = 50_000


def _parts(word: str) -> list[tuple[int, str]]:
    """The words inside a token such as "don't" or "#refund", with their offsets in it."""
    if word[0] in _SYMBOLS:  # "#refund", "$12.50": letters and digits may follow "." and ","
        return [(m.start(), m.group()) for m in _WORD.finditer(word)]
    parts: list[tuple[int, str]] = []
    at = 0
    for part in word.replace("’", "'").split("'"):
        if part:
            parts.append((at, part))
        at += len(part) + 1
    return parts


def _rule(flags: int, start: int, always: int, followers: frozenset[str] | None) -> _Rule:
    if flags & start:
        return True if followers is None else followers
    return bool(flags & always)


def _profile(word: str, folded: bool = False) -> _Word | None:
    """What `word` may start (None: nothing).

    In a folded reply (see `Anchors.of`) a start word counts whatever follows it, and the
    family and kind words are read from the folded text instead of the tokens.
    """
    flags = word_class(word)
    if not flags:
        return None
    marks: tuple[tuple[int, int], ...] = ((0, flags & _FAMILIES),) if flags & _FAMILIES else ()
    kinds: tuple[int, ...] = ()
    if folded:
        marks = ()
    elif flags & _KIND:
        kinds = (0,)
    elif flags & _JOINED:
        parts = _parts(word)
        families = ((at, word_class(part) & _FAMILIES) for at, part in parts)
        marks += tuple((at, family) for at, family in families if family)
        kinds = tuple(at for at, part in parts if part[:3] in KIND_PREFIXES)
    profile: _Word = (
        _rule(flags, _TIME, _NUMBER, None if folded else TIME_FOLLOWERS.get(word)),
        _rule(flags, _TRIGGER, _WILL, None if folded else TRIGGER_FOLLOWERS.get(word)),
        bool(flags & _MODAL),
        marks,
        kinds,
    )
    return profile if any(profile) else None  # "that's": none of its words starts anything


def _profiles(words: list[str]) -> list[_Word | None]:
    try:
        return list(map(_PROFILES.__getitem__, words))
    except KeyError:
        pass  # a word not seen before
    profiles = []
    for word in words:
        if word in _PROFILES:
            profiles.append(_PROFILES[word])
            continue
        profile = _profile(word)
        if len(_PROFILES) < _PROFILES_LIMIT:
            _PROFILES[word] = profile
        profiles.append(profile)
    return profiles


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
    `phrases.KIND_WORDS` is; `families` holds the offsets of the words of each family `where`
    looks up. Words inside tokens such as "i'll" or "#refund" count as words of their own.
    """

    low: str
    time: tuple[int, ...]
    trigger: tuple[int, ...]
    kind: tuple[int, ...]
    families: Mapping[int, tuple[int, ...]]

    @classmethod
    def of(cls, document: Document) -> Anchors:
        """The anchors of a document, from its tokens, or from its lower-case body when it was
        normalised without them (`normalise(..., tokens=False)`)."""
        body = document.body
        starts: Sequence[int]
        if document.tokens or document.lower is None:
            tokens = document.tokens or tokenize(body)
            # One pass over the tokens gives both columns.
            starts, _, _, lowers = zip(*tokens, strict=True) if tokens else ((), (), (), ())
            words = list(lowers)
        else:
            starts, words = token_words(document.lower)
        exotic = "İ" in body or "ı" in body or "ſ" in body
        if exotic:
            low = body.translate(_FOLD).lower()
            # Folded letters could hide a next word, so then every start word is tried.
            profiles = [_profile(word, folded=True) for word in words]
        else:
            low = document.lower if document.lower is not None else body.lower()
            profiles = _profiles(words)
        time: list[int] = []
        trigger: list[int] = []
        kind: list[int] = []
        families: dict[int, list[int]] = {PREPOSITION: [], CONTINGENT: [], WAITING: [], OWN: []}
        words.append(" ")  # no rule allows it: nothing starts before the end of the text
        # Only the tokens that may start something are visited; compress picks them in C.
        for index in compress(range(len(starts)), profiles):
            time_rule, trigger_rule, modal, marks, kinds = profiles[index]  # type: ignore[misc]
            at = starts[index]
            if modal and index and (not trigger or trigger[-1] != starts[index - 1]):
                before = index - 1
                if words[before] == "," and before and words[index] == "will":
                    before -= 1  # "our engineer, Tom, will": the name before the comma
                trigger.append(starts[before])  # "the refund will": the word before
            if time_rule and (time_rule is True or _follows(words[index + 1], time_rule)):
                time.append(at)
            if trigger_rule and (trigger_rule is True or _follows(words[index + 1], trigger_rule)):
                trigger.append(at)
            if marks:
                for offset, family in marks:
                    families[family].append(at + offset)
            if kinds:
                for offset in kinds:
                    kind.append(at + offset)
        if exotic:
            # The words of the folded text, not the tokens' own.
            for match in _WORD.finditer(low):
                at, part = match.start(), match.group()
                family = word_class(part) & _FAMILIES
                if family:
                    families[family].append(at)
                if part[:3] in KIND_PREFIXES:
                    kind.append(at)
        return cls(
            low,
            tuple(time),
            tuple(trigger),
            tuple(kind),
            {family: tuple(offsets) for family, offsets in families.items()},
        )

    def where(self, family: int, start: int, end: int) -> tuple[int, ...]:
        """Offsets in [start, end) where a word of `family` (e.g. `CONTINGENT`) starts."""
        offsets = self.families[family]
        low = bisect_left(offsets, start)
        return offsets[low : bisect_left(offsets, end, low)]

    def has(self, family: int, start: int, end: int) -> bool:
        """Whether a word of `family` starts in [start, end)."""
        offsets = self.families[family]
        low = bisect_left(offsets, start)
        return low < len(offsets) and offsets[low] < end


def matches(
    pattern: re.Pattern[str], low: str, starts: Sequence[int], start: int, end: int
) -> list[re.Match[str]]:
    """Like `list(pattern.finditer(low, start, end))`, trying only the given start offsets.

    The same matches as the scan whenever `starts` holds every offset a match can start at.
    """
    first = bisect_left(starts, start)
    found: list[re.Match[str]] = []
    free = start
    for position in starts[first : bisect_left(starts, end, first)]:
        if position < free:
            continue
        match = pattern.match(low, position, end)
        if match:
            free = match.end()
            found.append(match)
    return found


__all__ = ["CONTINGENT", "OWN", "PREPOSITION", "WAITING", "Anchors", "matches", "word_class"]
