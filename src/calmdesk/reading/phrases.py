"""Phrase rules: named patterns with their near misses, tried only where their first word is.

Every finder of the reading step (triggers, asks, the topic's causes) is a list of `PhraseRule`s.
A rule names the words its phrase can start with (`starts`), so instead of scanning the whole
message it is matched only at those words, found once per message in a word index built from the
document's tokens. A rule may also name `anchors`, words of which at least one must appear
somewhere in the message, which makes a rule that cannot match almost free. Several rules may share
a name: each is one way of saying the same thing, and the earliest match wins, unless a rule of
higher `priority` matched too ("third time I'm writing" says more than an earlier "called
yesterday"): the evidence is then the earliest match of the highest priority.

>>> from calmdesk.text import normalise
>>> rule = PhraseRule.of("deadline", "need needs", r"\\s+it\\s+by\\s+\\w+day")
>>> find_named(normalise("We need it by Friday."), RuleSet((rule,)))[0].span.text
'need it by Friday'
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from calmdesk.reading.values import Evidence
from calmdesk.text import Document, Span

# Apostrophes arrive straight or curly and are often left out in tweets ("dont", "im"); rules run
# on text whose curly apostrophes were made straight, but older patterns still accept both.
Q = "['’]?"
# The start word that stands for any number ("45 minutes", "3rd time").
NUMBER = "<number>"

_LETTERS = re.compile(r"[^\W\d_]+(?=\d)")
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


def _clause_start(text: str, low: int, high: int) -> int:
    """Where the clause holding `text[high]` starts, looking no further back than `low`: after
    the last of `.!?;`, a line break, a spaced dash or the word "but"."""
    start = max(
        text.rfind(".", low, high),
        text.rfind("!", low, high),
        text.rfind("?", low, high),
        text.rfind(";", low, high),
        text.rfind("\n", low, high),
    )
    start = low if start < 0 else start + 1
    dash = text.rfind(" - ", start, high)
    if dash >= 0:
        start = dash + 3
    but = text.rfind("but", start, high)
    while but >= 0:
        before = text[but - 1] if but > low else " "
        after = text[but + 3] if but + 3 < len(text) else " "
        if not (before.isalnum() or before == "_" or after.isalnum() or after == "_"):
            return but + 3
        but = text.rfind("but", start, but)
    return start


# How far back `unless_before` looks, and `requires_before` finds a lead-in (characters).
_LOOK_BEHIND = 60
_REACH_BACK = 80


def words(text: str) -> frozenset[str]:
    """A set of words written as one space-separated string.

    >>> sorted(words("sue lawyer"))
    ['lawyer', 'sue']
    """
    return frozenset(text.split())


@dataclass(frozen=True, slots=True)
class Prepared:
    """A message body made ready for phrase rules.

    `lower` is the body lower-cased with straight apostrophes (same length as the body). `index`
    maps each word to where it starts; a word with an apostrophe is also filed under its first part
    ("i've" under "i"), a word glued to a number under its letters ("aud1700" under "aud"), a
    hashtag, mention or amount under its mark and its words ("#cnn" under "#" and "cnn", "$40"
    under "$"), and every number under `NUMBER`. `words` is the set of the index's keys. `memo`
    keeps what each `RuleSet` found, so finders that share rules run them once.
    """

    lower: str
    index: dict[str, list[int]]
    words: frozenset[str]
    memo: dict[int, dict[str, tuple[int, int]]] = field(default_factory=dict)

    def offsets(self, word: str) -> list[int]:
        """Where `word` starts as a whole word, in text order."""
        return self.index.get(word, [])


def _lower(doc: Document) -> str:
    body = doc.body
    lower = doc.lower
    if lower is None:
        # A few characters grow when lower-cased ("İ"); keep those as they are so offsets hold.
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in body)
    return lower.replace("’", "'")


def _index(doc: Document) -> dict[str, list[int]]:
    index: dict[str, list[int]] = {}
    for start, _, _, lower in doc.tokens:
        index.setdefault(lower, []).append(start)
    extra: list[tuple[str, int]] = []
    for key in [k for k in index if not k.isalpha()]:
        first = key[0]
        if first.isdigit():
            extra.extend((NUMBER, at) for at in index[key])
        elif len(key) == 1:
            continue
        elif first in "#@$£€":
            # The tokenizer keeps "#cnn", "@shop...still" and "$1,240" whole; file their words.
            offsets = index[key]
            extra.extend((first, at) for at in offsets)
            for part in _WORD.finditer(key.replace("’", "'")):
                found = NUMBER if part.group()[0].isdigit() else part.group()
                extra.extend((found, at + part.start()) for at in offsets)
        else:
            straight = key.replace("’", "'")
            alias = [straight] if straight != key else []
            if "'" in straight:
                alias.append(straight.partition("'")[0])
            elif (letters := _LETTERS.match(straight)) is not None:
                # "aud1700", "x2": the word part, as a pattern sees it before the number.
                alias.append(letters.group())
            extra.extend((word, at) for word in alias for at in index[key])
    if extra:
        for word, at in sorted(extra):
            offsets = index.setdefault(word, [])
            if not offsets or offsets[-1] < at:
                offsets.append(at)
            elif at not in offsets:
                offsets.append(at)
                offsets.sort()
    return index


# The prepared form of the last few documents: `find_triggers`, `find_asks` and `find_topic` of one
# `read` share it. Keyed by identity (a Document is immutable); the entry keeps the document alive,
# so its id cannot be reused while the entry stands.
_PREPARED: dict[int, tuple[Document, Prepared]] = {}
_PREPARED_SIZE = 16


def prepare(doc: Document) -> Prepared:
    """The document's body lower-cased and indexed by word, computed once per document.

    >>> from calmdesk.text import normalise
    >>> prepared = prepare(normalise("Don’t SUE me #help"))
    >>> sorted(prepared.words)
    ['#', '#help', 'don', "don't", 'don’t', 'help', 'me', 'sue']
    >>> prepared.offsets("don")
    [0]
    """
    key = id(doc)
    cached = _PREPARED.get(key)
    if cached is not None and cached[0] is doc:
        return cached[1]
    index = _index(doc)
    prepared = Prepared(_lower(doc), index, frozenset(index))
    if len(_PREPARED) >= _PREPARED_SIZE:
        _PREPARED.pop(next(iter(_PREPARED)), None)
    _PREPARED[key] = (doc, prepared)
    return prepared


def _start_pattern(starts: Iterable[str]) -> str:
    """A pattern for any of `starts` beginning at a word boundary and ending at a whole word."""
    plain = sorted((w for w in starts if w not in (NUMBER, "#", "@")), key=len, reverse=True)
    parts = []
    if plain:
        parts.append(r"\b(?:" + "|".join(re.escape(w) for w in plain) + r")(?![^\W_])")
    if NUMBER in starts:
        parts.append(r"\b\d+")
    parts.extend(rf"(?<![\w@\#])\{mark}" for mark in ("#", "@") if mark in starts)
    return "(?:" + "|".join(parts) + ")"


class LazyPattern:
    """A regular expression compiled on first use: a command that reads one message should not
    pay for compiling the hundreds of phrase rules none of its words can start (`RuleSet` binds
    a rule's `match` only when a candidate first needs it)."""

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(text, pos, endpos)


@dataclass(frozen=True, slots=True)
class PhraseRule:
    """A named pattern and the near misses around it that cancel a match.

    `pattern` is written in lower case and runs on lower-cased text with straight apostrophes.
    It is matched only where one of `starts` begins (use `PhraseRule.of` to build the start into
    the pattern), and only if the message holds one of `anchors` (when given).
    `requires_before` is a lead-in that must end just where the match starts (write it to end with
    `\\Z`); the phrase found then begins with it, or where its group named `phrase` begins. It
    lets a rule start at a rare word ("lawyer") while the phrase starts at a common one ("I ...
    my lawyer"). `unless_before` must not be found
    in the same clause just before the phrase (it should end with `$`), `unless_after` must not
    match the text just after it (anchored), `unless_inside` must not be found in the phrase.
    `priority` ranks ways of saying the same thing: of the rules of one name that match, the
    highest gives the evidence (the default 0 for all: the earliest match).
    """

    name: str
    pattern: LazyPattern
    starts: frozenset[str]
    anchors: frozenset[str] = frozenset()
    unless_before: re.Pattern[str] | None = None
    unless_after: re.Pattern[str] | None = None
    unless_inside: re.Pattern[str] | None = None
    requires_before: re.Pattern[str] | None = None
    priority: int = 0

    @classmethod
    def of(
        cls,
        name: str,
        starts: str,
        then: str,
        anchors: str = "",
        *,
        unless_before: re.Pattern[str] | None = None,
        unless_after: re.Pattern[str] | None = None,
        unless_inside: re.Pattern[str] | None = None,
        requires_before: re.Pattern[str] | None = None,
        priority: int = 0,
    ) -> PhraseRule:
        """A rule for a phrase that starts with one of the words `starts` (space-separated;
        `NUMBER` for any number) and goes on as the verbose pattern `then`.

        >>> rule = PhraseRule.of("again", "never", r"\\s+again\\b")
        >>> rule.pattern.match("never again") is not None
        True
        """
        start_words = words(starts)
        return cls(
            name,
            LazyPattern(_start_pattern(start_words) + "(?:" + then + ")", re.X),
            start_words,
            words(anchors),
            unless_before,
            unless_after,
            unless_inside,
            requires_before,
            priority,
        )

    @classmethod
    def at(
        cls,
        name: str,
        starts: str,
        pattern: str,
        anchors: str = "",
        *,
        unless_before: re.Pattern[str] | None = None,
        unless_after: re.Pattern[str] | None = None,
        unless_inside: re.Pattern[str] | None = None,
        requires_before: re.Pattern[str] | None = None,
        priority: int = 0,
    ) -> PhraseRule:
        """A rule for the verbose `pattern`, tried where one of the words `starts` begins (the
        pattern itself must begin with one of them; tests check it never matches elsewhere).

        >>> rule = PhraseRule.at("again", "never", r"\\bnever\\s+again\\b")
        >>> rule.pattern.match("never again") is not None
        True
        """
        return cls(
            name,
            LazyPattern(pattern, re.X),
            words(starts),
            words(anchors),
            unless_before,
            unless_after,
            unless_inside,
            requires_before,
            priority,
        )

    def accept(self, text: str, start: int, end: int) -> int | None:
        """Where the phrase matched at `start`..`end` begins (earlier than `start` when
        `requires_before` found its lead-in), or None when a near miss cancels it."""
        if self.requires_before is not None:
            lead_in = self.requires_before.search(text, max(0, start - _REACH_BACK), start)
            if lead_in is None:
                return None
            # A lead-in may mark where the phrase begins with a group named "phrase".
            begins = lead_in.start("phrase") if "phrase" in lead_in.re.groupindex else -1
            start = begins if begins >= 0 else lead_in.start()
        if self.unless_inside is not None and self.unless_inside.search(text, start, end):
            return None
        if self.unless_before is not None and self.unless_before.search(
            text[_clause_start(text, max(0, start - _LOOK_BEHIND), start) : start]
        ):
            return None
        if self.unless_after is not None and self.unless_after.match(text, end):
            return None
        return start

    @property
    def reach(self) -> int:
        """How far before its start word a match of this rule can begin."""
        return _REACH_BACK if self.requires_before is not None else 0


class RuleSet:
    """Rules run together: each start word of the message is looked up once for all of them.

    `find` gives, for each rule name that matched, the offsets of its earliest match among the
    rules of highest `priority` that matched (ties go to the rule listed first). Results are
    kept on the `Prepared` message, so running a set twice over one message costs nothing.
    """

    __slots__ = (
        "_anchors",
        "_by_anchor",
        "_by_start",
        "_plain",
        "_rank",
        "_reach",
        "_rule_names",
        "_starts",
        "_tries",
        "names",
        "rules",
    )

    def __init__(self, rules: Sequence[PhraseRule]) -> None:
        self.rules = tuple(rules)
        self.names = tuple(dict.fromkeys(rule.name for rule in self.rules))
        # start word -> (rule number, whether the rule needs an anchor)
        by_start: dict[str, list[tuple[int, bool]]] = {}
        by_anchor: dict[str, list[int]] = {}
        for order, rule in enumerate(self.rules):
            for word in rule.starts:
                by_start.setdefault(word, []).append((order, bool(rule.anchors)))
            for word in rule.anchors:
                by_anchor.setdefault(word, []).append(order)
        self._by_start = by_start
        self._starts = frozenset(by_start)
        self._by_anchor = by_anchor
        self._anchors = frozenset(by_anchor)
        # Per rule, what the candidate loop of `find` needs, without attribute lookups.
        self._rule_names = tuple(rule.name for rule in self.rules)
        self._reach = tuple(rule.reach for rule in self.rules)
        # The priority negated, so that the best match has the smallest key.
        self._rank = tuple(-rule.priority for rule in self.rules)
        # Each rule's compiled `match`, bound the first time a candidate needs it.
        self._tries: list[Callable[[str, int], re.Match[str] | None] | None] = [None] * len(
            self.rules
        )
        self._plain = tuple(
            rule.requires_before is None
            and rule.unless_inside is None
            and rule.unless_before is None
            and rule.unless_after is None
            for rule in self.rules
        )

    def find(self, prepared: Prepared) -> dict[str, tuple[int, int]]:
        """The earliest uncancelled match of each rule name among its rules of highest priority,
        as (start, end) offsets."""
        memo = prepared.memo.get(id(self))
        if memo is not None:
            return memo
        present = prepared.words
        index = prepared.index
        anchored: set[int] = set()
        for word in self._anchors & present:
            anchored.update(self._by_anchor[word])
        candidates: list[tuple[int, int]] = []
        for word in self._starts & present:
            offsets = index[word]
            for order, gated in self._by_start[word]:
                if not gated or order in anchored:
                    candidates.extend([(at, order) for at in offsets])
        candidates.sort()
        best: dict[str, tuple[int, int, int, int, int]] = {}
        text = prepared.lower
        rules, names, reaches, ranks, tries, plain = (
            self.rules,
            self._rule_names,
            self._reach,
            self._rank,
            self._tries,
            self._plain,
        )
        for at, order in candidates:
            name = names[order]
            current = best.get(name)
            # Candidates come in text order: once a name is found, only a rule of higher priority
            # or one whose phrase can begin before its start word may still find a better one.
            if (
                current is not None
                and ranks[order] >= current[0]
                and at - reaches[order] >= current[1]
            ):
                continue
            try_at = tries[order]
            if try_at is None:
                try_at = tries[order] = rules[order].pattern.compiled.match
            match = try_at(text, at)
            if match is None:
                continue
            end = match.end()
            start = at if plain[order] else rules[order].accept(text, at, end)
            if start is None:
                continue
            key = (ranks[order], start, at, order, end)
            if current is None or key < current:
                best[name] = key
        found = {name: (start, end) for name, (_, start, _, _, end) in best.items()}
        prepared.memo[id(self)] = found
        return found

    def find_anywhere(self, prepared: Prepared) -> dict[str, tuple[int, int]]:
        """Like `find` but tries every position of the text: tests use it to check `starts` and
        `anchors` (a rule must never match where its start word is not, or without an anchor)."""
        best: dict[str, tuple[int, int, int, int, int]] = {}
        text = prepared.lower
        for order, rule in enumerate(self.rules):
            position = 0
            while (match := rule.pattern.search(text, position)) is not None:
                position = match.start() + 1
                start = rule.accept(text, match.start(), match.end())
                if start is None:
                    continue
                key = (-rule.priority, start, match.start(), order, match.end())
                if rule.name not in best or key < best[rule.name]:
                    best[rule.name] = key
        return {name: (start, end) for name, (_, start, _, _, end) in best.items()}


def evidence_of(doc: Document, found: dict[str, tuple[int, int]]) -> tuple[Evidence, ...]:
    """Found offsets as `Evidence`, in text order."""
    ordered = sorted(found.items(), key=lambda item: item[1])
    return tuple(Evidence(name, Span.of(doc.text, start, end)) for name, (start, end) in ordered)


def find_named(doc: Document, rules: RuleSet) -> tuple[Evidence, ...]:
    """At most one `Evidence` per rule name (its earliest match), in text order."""
    return evidence_of(doc, rules.find(prepare(doc)))
