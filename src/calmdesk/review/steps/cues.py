"""How step detectors look at a draft: patterns compiled once, tried only where they can start.

A step detector is a few compiled patterns and a rule that grades each match 0, 1 or 2 using the
sentence around it. `pattern` writes readable regular expressions: a space stands for any run of
whitespace and `'` for either apostrophe, so "i'm sorry" also matches "I’m   sorry".

Scanning a whole draft with sixty case-insensitive alternations costs milliseconds, so `anchored`
works out, from the pattern's own syntax tree, which words a match can begin with ("sorry",
"apolog…", "i", "we", a digit). `Draft` indexes the document's tokens once against every anchored
pattern; `Draft.finditer` and `Draft.search` then try the pattern only at those token starts and
give the same matches as `re.finditer` / `re.search` over the same text.

>>> from calmdesk.text import normalise
>>> apology = anchored(r"\\bi'm sorry\\b")
>>> draft = Draft.of(normalise("Hi Ana. I’m   sorry your parcel is late."))
>>> [draft.span(*m.span()).text for m in draft.finditer(apology)]
['I’m   sorry']
>>> draft.sentence_at(9).text
'I’m   sorry your parcel is late.'
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Container, Iterable
from dataclasses import dataclass
from enum import Enum
from itertools import compress
from operator import attrgetter, itemgetter
from typing import Any, TypeAlias

from calmdesk.review.values import StepResult
from calmdesk.text import Document, Span, Token

# Where a pattern can start is read from Python's own regex parser, which `re` keeps private;
# the same syntax tree is then compiled, so that a long pattern is parsed once, not twice.
# Should a later Python move them, every pattern is scanned in full: slower, the same matches.
try:
    from re import _compiler as sre_compile  # type: ignore[attr-defined]
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - depends on the Python version
    sre = sre_parse = sre_compile = None

# A few words inside one sentence: no sentence punctuation inside a word of the gap.
GAP = r"(?:[^\s.!?]+ ){0,%d}"

_APOSTROPHES = "'’"


def gap(words: int) -> str:
    """A pattern for up to `words` words in a row, staying inside the sentence."""
    return GAP % words


def readable(source: str) -> str:
    """The regex behind a readable pattern: ' ' is any whitespace, `'` either apostrophe."""
    return source.replace("'", "['’]").replace(" ", r"\s+")


def pattern(source: str) -> re.Pattern[str]:
    """Compile a readable pattern: ' ' is any whitespace, `'` either apostrophe; ignores case."""
    return re.compile(readable(source), re.IGNORECASE)


# --- where a pattern can start ----------------------------------------------------------------

# Anchor keys: a token's head (lower-cased letters up to its first apostrophe, "i" for "I'm"), an
# apostrophe tail ("'ll" for "we'll"), a head prefix (a stem such as "frustrat"), a digit, or the
# very start of the text.
_DIGIT = "<digit>"
_START = "<start>"
_LIMIT = 20_000  # prefixes enumerated per pattern before giving up and scanning everything
_MEMO_SIZE = 200_000  # distinct token heads remembered with their pattern keys


class _Unanchored(Exception):
    """The pattern can start somewhere no token starts: it is scanned in full instead."""


# One way a match can begin: its first unit (a token head, an apostrophe tail, a stem, a digit or
# the start), whether that unit is whole, and the same for the second unit (the first token's
# apostrophe tail or the next token's head); a second unit of None means "anything".
_Start = tuple[str, bool, str | None, bool]


@dataclass(frozen=True, slots=True)
class _Second:
    """What may follow a whole first unit: whole second units and second-unit prefixes."""

    words: frozenset[str]
    stems: tuple[str, ...]


def _is_word_char(char: str) -> bool:
    return char.isalnum()


def _charset(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The characters of a small literal class such as [sz] or ['’]; None for anything wider."""
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(chr(av))
        elif op is sre.RANGE and av[1] - av[0] < 12:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return None
    return chars


@dataclass(slots=True)
class _Walk:
    """Where the enumeration stands: the first unit, then (once it has ended) the second."""

    first: str = ""
    second: str | None = None  # None while still in the first unit
    spaced: bool = False  # whitespace followed the first unit

    def copy(self) -> _Walk:
        return _Walk(self.first, self.second, self.spaced)


def _prefixes(
    items: list[tuple[Any, Any]], walk: _Walk, out: set[_Start], budget: list[int]
) -> None:
    """Add every way a match can begin to `out`; raise `_Unanchored` when a way has no anchor.

    Over-approximating is safe (more positions are tried, never fewer): whenever the syntax is
    too loose to say what comes next, the unit is cut short to a prefix or left open.
    """
    budget[0] -= 1
    if budget[0] < 0:
        raise _Unanchored
    for index, (op, av) in enumerate(items):
        if op is sre.LITERAL:
            if _literal(chr(av), walk, out):
                return
            continue
        if _is_space(op, av):
            if _literal(" ", walk, out):
                return
            continue
        rest = items[index + 1 :]  # not for each letter: a long pattern has thousands
        if op is sre.IN:
            chars = _charset(av)
            if chars is not None and len(chars) <= 4:
                for char in sorted(chars):
                    _prefixes([(sre.LITERAL, ord(char)), *rest], walk.copy(), out, budget)
                return
            if walk.second is None and not walk.first and _digits_only(av):
                out.add((_DIGIT, False, None, False))
                return
            _end(walk, not _class_has_word_chars(av), out)
            return
        if op is sre.CATEGORY:
            if av is sre.CATEGORY_DIGIT and walk.second is None and not walk.first:
                out.add((_DIGIT, False, None, False))
                return
            _end(walk, av is sre.CATEGORY_NOT_WORD, out)
            return
        if op is sre.AT:
            if av is sre.AT_BOUNDARY:
                if walk.second is None and walk.first and walk.first != "'":
                    walk.second = ""  # the first unit is whole
                if walk.second is None or walk.second == "":
                    continue
                _end(walk, True, out)
                return
            if av in (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING) and not walk.first:
                out.add((_START, False, None, False))
                return
            _end(walk, av in (sre.AT_END, sre.AT_END_STRING), out)
            return
        if op is sre.BRANCH:
            for alternative in av[1]:
                _prefixes([*alternative.data, *rest], walk.copy(), out, budget)
            return
        if op is sre.SUBPATTERN:
            _prefixes([*av[3].data, *rest], walk, out, budget)
            return
        if op is sre.ATOMIC_GROUP:
            _prefixes([*av.data, *rest], walk, out, budget)
            return
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, high, body = av
            if high == 0:
                continue
            if len(body.data) == 1 and _is_space(*body.data[0]):
                # Whitespace: one character or many leave the walk in the same state.
                if low == 0:
                    _prefixes(list(rest), walk.copy(), out, budget)
                _prefixes([body.data[0], *rest], walk.copy(), out, budget)
                return
            again = [] if high == 1 else [(op, (max(0, low - 1), _less(high), body))]
            if low == 0:
                _prefixes(list(rest), walk.copy(), out, budget)
            _prefixes([*body.data, *again, *rest], walk.copy(), out, budget)
            return
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            continue  # consumes nothing: skipping it only adds positions
        _end(walk, False, out)
        return
    _end(walk, False, out)


def _literal(char: str, walk: _Walk, out: set[_Start]) -> bool:
    """Extend the walk by one literal character; True when the walk has ended."""
    if walk.second is None:  # still in the first unit
        if char.isalnum():  # a word character (`_is_word_char`, without the call)
            walk.first += char.lower()
            return False
        if char in _APOSTROPHES and not walk.first:
            walk.first = "'"  # a pattern that starts with a tail: "'ll"
            return False
        if not walk.first or walk.first == "'":
            raise _Unanchored
        if char in _APOSTROPHES:
            walk.second = "'"  # "I'm": the first token's tail is the second unit
            return False
        walk.second = ""
        if char.isspace():
            walk.spaced = True
            return False
        out.add((walk.first, True, char, True))  # "sorry," or "re-": a punctuation token
        return True
    if char.isalnum():
        walk.second += char.lower()
        return False
    if walk.second == "":
        if char.isspace():
            walk.spaced = True
            return False
        if walk.spaced and char in _APOSTROPHES:
            # "you 'll": the next token starts with the apostrophe, so its head is empty.
            out.add((walk.first, True, "", True))
            return True
        out.add((walk.first, True, None, False))  # punctuation after a space: left open
        return True
    _end(walk, True, out)
    return True


def _end(walk: _Walk, whole: bool, out: set[_Start]) -> None:
    """The walk stops here: the current unit is whole (`whole`) or only a prefix."""
    if walk.second is None:
        if not walk.first or walk.first == "'":
            raise _Unanchored
        out.add((walk.first, whole, None, False))
    elif walk.second in ("", "'"):
        out.add((walk.first, True, None, False))
    else:
        out.add((walk.first, True, walk.second, whole))


def _is_space(op: Any, av: Any) -> bool:
    """Whether one syntax item matches whitespace only (" ", \\s, [ \\t])."""
    if op is sre.CATEGORY:
        return bool(av is sre.CATEGORY_SPACE)
    if op is sre.LITERAL:
        return chr(av).isspace()
    if op is sre.IN:
        return all(_is_space(item_op, item_av) for item_op, item_av in av)
    return False


def _less(high: int) -> int:
    return high if high == sre.MAXREPEAT else high - 1


def _digits_only(items: list[tuple[Any, Any]]) -> bool:
    chars = _charset(items)
    if chars is not None:
        return all(c.isdigit() for c in chars)
    return all(op is sre.CATEGORY and av is sre.CATEGORY_DIGIT for op, av in items)


def _class_has_word_chars(items: list[tuple[Any, Any]]) -> bool:
    if any(op is sre.NEGATE for op, _ in items):
        return True
    for op, av in items:
        if op is sre.LITERAL and _is_word_char(chr(av)):
            return True
        if op is sre.RANGE:
            return True
        if op is sre.CATEGORY and av not in (sre.CATEGORY_SPACE, sre.CATEGORY_NOT_WORD):
            return True
    return False


def _anchors(tree: Any, flags: int) -> set[_Start] | None:
    """Every way a match of the parsed pattern `tree` can begin, or None to scan it in full."""
    if tree is None or (flags | tree.state.flags) & re.MULTILINE:
        return None
    out: set[_Start] = set()
    try:
        _prefixes(list(tree.data), _Walk(), out, [_LIMIT])
    except (_Unanchored, RecursionError):  # a repeat that can match nothing loops: scan in full
        return None
    except (AttributeError, TypeError, ValueError, IndexError):  # a parser we do not know
        return None
    return out


class _Pending(Enum):
    PENDING = 0  # not compiled yet


_PENDING = _Pending.PENDING


class Anchored:
    """A pattern and the index it has in the anchor registry (-1: scanned in full).

    A case-insensitive pattern is also compiled in lower case without `re.IGNORECASE`, to run
    over the lower-cased text: case folding makes Python's `re` several times slower. Both are
    compiled on first use (compiling the playbook's long alternations takes a good part of a
    second, and a command that reviews one draft should pay only for what it uses), the lower
    case one from the syntax tree its anchors were read from (`tree`, dropped once compiled).
    """

    # Plain slots, no `__getattr__`: with one, Python could not specialise reading `key` or
    # `compiled_lower` in the matching loops, which run on every keystroke.
    __slots__ = ("compiled", "compiled_lower", "flags", "key", "narrowed", "source", "tree")

    def __init__(self, source: str, flags: int, key: int, tree: Any = None) -> None:
        self.source = source
        self.flags = flags
        self.key = key
        self.tree = tree  # the lower-case copy, parsed, until it is compiled
        self.compiled: re.Pattern[str] | None = None  # `regex`, once asked for
        self.compiled_lower: re.Pattern[str] | _Pending | None = _PENDING  # `lowered`, once used
        self.narrowed: _ByFirst | None = None  # joined alternatives, by the character they begin

    @property
    def regex(self) -> re.Pattern[str]:
        """The pattern as written, with its flags (compiled on first use)."""
        if self.compiled is None:
            self.compiled = re.compile(self.source, self.flags)
        return self.compiled

    @property
    def lowered(self) -> re.Pattern[str] | None:
        """Its lower-case copy (compiled on first use); None without `re.IGNORECASE`."""
        lowered = self.compiled_lower
        if lowered is _PENDING:
            lowered = self.compiled_lower = self._compile_lowered()
        return lowered

    def _compile_lowered(self) -> re.Pattern[str] | None:
        if not self.flags & re.IGNORECASE:
            return None
        flags = int(self.flags & ~re.IGNORECASE)  # an int, as the compiler tests it often
        if self.tree is None or sre_compile is None:
            return re.compile(_lower_literals(self.source), flags)
        # The code `re.compile` would make from the same text (the text itself is not kept).
        compiled: re.Pattern[str] = sre_compile.compile(self.tree, flags)
        self.tree = None
        return compiled

    @property
    def pattern(self) -> str:
        return self.source


class _Registry:
    """Every anchored pattern's first units, merged into tables a token is looked up in."""

    def __init__(self) -> None:
        self.words: dict[str, list[tuple[int, _Second | None]]] = {}
        self.stems: dict[str, list[tuple[str, int]]] = {}
        self.stem_lengths: tuple[int, ...] = ()
        self.digit: list[int] = []
        self.start: list[int] = []
        self.count = 0
        self.memo: dict[tuple[str, str], tuple[int, ...]] = {}
        # Keys per (token, next token head); a `_Tailed` for a token with an apostrophe.
        self.pairs: dict[tuple[str, str], tuple[Any, ...]] = {}
        self.waiting: list[Anchored] = []  # made by `anchored`, parsed when a Draft is first made

    def register_waiting(self) -> None:
        """Parse and register the patterns `anchored` made since the last call, in that order."""
        waiting = self.waiting
        while waiting:
            _register(waiting.pop(0))

    def reserve(self) -> int:
        """The next key, for a pattern whose anchors `add` is given later."""
        key = self.count
        self.count += 1
        return key

    def add(self, starts: set[_Start], key: int | None = None) -> int:
        if key is None:
            key = self.reserve()
        seconds: dict[str, list[tuple[str | None, bool]]] = {}
        for first, first_whole, second, second_whole in starts:
            if first == _DIGIT:
                self.digit.append(key)
            elif first == _START:
                self.start.append(key)
            elif first_whole:
                seconds.setdefault(first, []).append((second, second_whole))
            else:
                self.stems.setdefault(first[:3], []).append((first, key))
        for first, options in seconds.items():
            follow = None
            if all(second is not None for second, _ in options):
                follow = _Second(
                    frozenset(s for s, whole in options if s is not None and whole),
                    tuple(sorted({s for s, whole in options if s is not None and not whole})),
                )
            self.words.setdefault(first, []).append((key, follow))
        self.stem_lengths = tuple(sorted({len(s) for s in self.stems}))
        self.memo.clear()
        self.pairs.clear()
        return key

    def keys_of(self, head: str, after: str) -> tuple[int, ...]:
        """Keys of the patterns that can start at a token with this head, followed by `after`."""
        memo_key = (head, after)
        keys = self.memo.get(memo_key)
        if keys is None:
            found = set()
            for key, follow in self.words.get(head, ()):
                if (
                    follow is None
                    or after in follow.words
                    or (bool(follow.stems) and after.startswith(follow.stems))
                ):
                    found.add(key)
            for length in self.stem_lengths:
                for stem, key in self.stems.get(head[:length], ()):
                    if head.startswith(stem):
                        found.add(key)
            if head[:1].isdigit():
                found.update(self.digit)
            keys = tuple(sorted(found))
            if len(self.memo) > _MEMO_SIZE:
                self.memo.clear()
            self.memo[memo_key] = keys
        return keys

    def index(self, tokens: tuple[Token, ...], text: str | None = None) -> dict[int, list[int]]:
        """Candidate start offsets per pattern key, ascending. This runs on every keystroke.

        Each (token, next token) pair is looked up in a memo with `map`, so Python only visits
        the tokens some pattern can start with; a key no token can start is absent. `text`, the
        text the tokens come from, lets a draft without "@", "#" or "$" skip the glued-token check.
        """
        found: defaultdict[int, list[int]] = defaultdict(list)
        for key in self.start:
            found[key].append(0)
        if (text is None or _GLUED_CHAR.search(text)) and any(t.lower[0] in _GLUED for t in tokens):
            tokens = _unglued(tokens)
        lowers = list(map(_LOWER, tokens))
        followers = lowers[1:]
        followers.append("")
        pairs = list(zip(lowers, followers, strict=False))
        pair_keys = self.pairs
        entries = list(map(pair_keys.get, pairs))
        if None in entries:
            if len(pair_keys) > _MEMO_SIZE:
                pair_keys.clear()
            for number in [n for n, keys in enumerate(entries) if keys is None]:
                entries[number] = pair_keys[pairs[number]] = self._pair_keys(*pairs[number])
        for start, keys in compress(zip(map(_START_OF, tokens), entries, strict=True), entries):
            if type(keys) is _Tailed:  # "i'm": the head "i", then the tail "'m"
                for offset, tail_keys in keys:
                    for key in tail_keys:
                        _append(found[key], start + offset)
                continue
            for key in keys:  # type: ignore[union-attr]
                found[key].append(start)
        return found

    def _pair_keys(self, lower: str, follower: str) -> tuple[Any, ...]:
        if "'" in lower or "’" in lower:
            return self._tail_keys(lower)
        if "'" in follower or "’" in follower:
            follower = _APOSTROPHE.split(follower, 1)[0]
        return self.keys_of(lower, follower)

    def _tail_keys(self, lower: str) -> tuple[Any, ...]:
        cut = min(i for i in (lower.find("'"), lower.find("’")) if i >= 0)
        tail = "'" + _APOSTROPHE.split(lower[cut + 1 :], 1)[0]
        head_keys = self.keys_of(lower[:cut], tail) if cut else ()
        parts = ((0, head_keys), (cut, self.keys_of(tail, "")))
        return _Tailed((offset, keys) for offset, keys in parts if keys) or ()


# A token such as "@courier", "#fail" or "$20.50" holds words a pattern may start at ("\\bcourier"
# matches after the "@"): those words are indexed as tokens of their own as well.
_GLUED = frozenset("#@$£€")
_GLUED_CHAR = re.compile("[#@$£€]")
_LOWER = itemgetter(3)  # Token.lower
_START_OF = itemgetter(0)  # Token.start
_INNER = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|\S")


def _unglued(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The tokens, with the words inside glued tokens ("@courier": "@", "courier") split out.

    A glued token and the tokens touching it ("#It" "'" "s") are re-read as one stretch of text,
    so the words in it come out as an ordinary draft's would ("It's").
    """
    out: list[Token] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        index += 1
        if token.lower[0] not in _GLUED:
            out.append(token)
            continue
        text = token.text
        while index < len(tokens) and tokens[index].start == token.start + len(text):
            text += tokens[index].text
            index += 1
        out.append(Token(token.start, token.start + 1, text[0], text[0]))
        for inner in _INNER.finditer(text, 1):
            word = inner.group()
            at = token.start + inner.start()
            out.append(Token(at, at + len(word), word, word.lower()))
    return tuple(out)


class _Tailed(tuple):  # type: ignore[type-arg]
    """Keys of a token with an apostrophe, as (offset in the token, keys) pairs."""

    __slots__ = ()


def _append(positions: list[int], at: int) -> None:
    if not positions or positions[-1] < at:
        positions.append(at)


_APOSTROPHE = re.compile("['’]")
_REGISTRY = _Registry()


def anchored(source: str, flags: int = re.IGNORECASE) -> Anchored:
    """A readable pattern (see `pattern`) registered for anchored matching in a `Draft`.

    The step detectors, the tone and the rules make about a hundred of these at import; parsing
    them takes most of a second, so it waits for the first `Draft.of` (a command that never
    reviews a draft, such as `calmdesk rules`, never pays for it). These are our own patterns,
    which the tests run; a team's patterns go through `anchored_regex`, which fails at once on a
    bad one.
    """
    # Its key is taken now, so that keys follow the order patterns are made in, whenever they
    # are parsed (the matching loops are measurably faster with the steps' patterns first).
    cue = Anchored(readable(source), int(flags), _REGISTRY.reserve())
    _REGISTRY.waiting.append(cue)
    return cue


def anchored_regex(source: str, flags: int = re.IGNORECASE) -> Anchored:
    """A regular expression, written as is, registered for anchored matching in a `Draft`.

    The review rules register the playbook's patterns this way, so a `Draft` indexes a draft's
    tokens once for the steps, the tone and the rules together.

    >>> from calmdesk.text import normalise
    >>> cue = anchored_regex(r"\\bout of (?:my|our) hands\\b")
    >>> [m.span() for m in Draft.of(normalise("Sadly it is out of our hands.")).finditer(cue)]
    [(12, 28)]
    """
    # Flags as integers, as `re.compile` makes them: the parser and compiler test them often.
    cue = Anchored(source, int(flags), -1)
    _register(cue)
    return cue


def anchored_alternatives(sources: tuple[str, ...], flags: int = re.IGNORECASE) -> Anchored:
    """The regular expressions `sources`, joined into one alternation, for anchored matching.

    Python's `re` tries a long alternation's branches one by one at every position it is tried
    at, each costing a word-boundary test even when its first word cannot be there. So the
    words each branch can begin with are read from the joined syntax tree too, and a match at a
    position is tried with only the branches that can begin with the text there, in their
    order: the same first branch wins, so the match spans are those of the whole alternation
    (group numbers are not: use the spans). Raises `re.error` when the sources do not join.

    >>> from calmdesk.text import normalise
    >>> cue = anchored_alternatives((r"\\bout of our hands\\b", r"\\bnothing more\\b"))
    >>> [m.span() for m in Draft.of(normalise("Nothing more: out of our hands.")).finditer(cue)]
    [(0, 12), (14, 30)]
    """
    cue = Anchored("|".join(f"(?:{source})" for source in sources), int(flags), -1)
    _register(cue, len(sources))
    return cue


# How a branch can begin: its first units as (letters, whole), whether with a digit, whether at
# offset 0 only (a "^").
_Firsts = tuple[tuple[tuple[str, bool], ...], bool, bool]
_KEY_LENGTH = 4  # characters of the text at a position that choose the branches tried there


def _narrowing(tree: Any, count: int) -> tuple[_ByFirst, set[_Start]] | None:
    """For a joined pattern's tree with `count` top branches, each branch's way to begin and,
    together, the pattern's anchors; None when one branch can begin anywhere or the tree is not
    a plain alternation of `count` branches."""
    items = list(tree.data)
    if not items or items[-1][0] is not sre.BRANCH or len(items[-1][1][1]) != count:
        return None
    if tree.state.flags & re.MULTILINE:
        return None
    prefix = items[:-1]  # the parser moves a prefix every branch shares out of the branches
    branches = items[-1][1][1]
    firsts: list[_Firsts] = []
    every: set[_Start] = set()
    for branch in branches:
        out: set[_Start] = set()
        try:
            _prefixes([*prefix, *branch.data], _Walk(), out, [_LIMIT])
        except (_Unanchored, RecursionError, AttributeError, TypeError, ValueError, IndexError):
            return None
        every |= out
        units = tuple(sorted({(f, whole) for f, whole, _, _ in out if f not in (_DIGIT, _START)}))
        firsts.append((units, any(f == _DIGIT for f, *_ in out), any(f == _START for f, *_ in out)))
    return _ByFirst(tree.state, prefix, branches, firsts), every


def _may_begin(firsts: _Firsts, text: str, at_start: bool) -> bool:
    """Whether a branch that begins as `firsts` says can match where the text begins `text`
    (the next `_KEY_LENGTH` characters, lower case): over-answering yes is safe."""
    units, digit, start = firsts
    if (start and at_start) or (digit and text[:1] in _ASCII_DIGITS):
        return True
    for unit, whole in units:
        if unit[0] == "'":  # a tail such as "'ll", after either apostrophe
            if text[:1] not in _APOSTROPHES:
                continue
            unit, text = unit[1:], text[1:]
        if not text.startswith(unit[: len(text)]):
            continue
        # A whole unit ("you" in "\\byou\\b") is not followed by a letter ("your").
        if whole and len(unit) < len(text) and text[len(unit)].isalnum():
            continue
        return True
    return False


_ASCII_DIGITS = frozenset("0123456789")


class _ByFirst:
    """A joined alternation's branches (parsed, lower case) and how each can begin.

    `match_at(text, at_start)` is the `match` of the alternation of the branches that may begin
    where the text continues `text` (its next `_KEY_LENGTH` characters), in order; None when
    every branch must be tried (a character the first units say nothing of). Each alternation
    is compiled on first use.
    """

    __slots__ = ("compiled", "firsts", "matchers", "parsed", "prefix", "state")

    def __init__(self, state: Any, prefix: list[Any], branches: list[Any], firsts: list[_Firsts]):
        self.state = state
        self.prefix = prefix
        self.parsed = branches
        self.firsts = firsts
        self.matchers: dict[tuple[str, bool], Any] = {}
        self.compiled: dict[tuple[int, ...], Any] = {}  # per set of branches

    def branches(self, text: str, at_start: bool) -> tuple[int, ...] | None:
        """The indices of the branches that may begin where the text continues `text`, in order;
        None for all of them."""
        if not (text[:1].isascii() or text[:1] == "’"):  # (it may lower-case to another letter)
            return None
        found = enumerate(self.firsts)
        return tuple(index for index, firsts in found if _may_begin(firsts, text, at_start))

    def match_at(self, text: str, at_start: bool) -> Any:
        key = (text, at_start)
        try:
            return self.matchers[key]
        except KeyError:
            pass
        matcher = None
        indices = self.branches(text, at_start)
        if indices is not None:
            matcher = self.compiled.get(indices)
            if matcher is None:
                if not indices:
                    matcher = _no_match
                else:
                    # Compiled from the parsed branches: parsing them again would cost more.
                    chosen = [self.parsed[index] for index in indices]
                    tree = sre_parse.SubPattern(
                        self.state, [*self.prefix, (sre.BRANCH, (None, chosen))]
                    )
                    matcher = sre_compile.compile(tree, self.state.flags).match
                self.compiled[indices] = matcher
        if len(self.matchers) > _MEMO_SIZE:
            self.matchers.clear()
        self.matchers[key] = matcher
        return matcher


def _no_match(body: str, at: int, stop: int) -> None:
    return None


def _register(cue: Anchored, branches: int = 1) -> None:
    """Parse `cue` and give it its key in the registry; a bad pattern fails here.

    A pattern joined from several (`branches`) and run over the lower-cased text is narrowed,
    where it can be, to the branches that can begin at each position (`anchored_alternatives`).
    """
    source, flags = cue.source, cue.flags
    if sre_parse is None:  # nothing can read where it starts: compile now, and scan in full
        cue.key = -1
        cue.compiled = re.compile(source, flags)  # a bad pattern fails here
        return
    # The anchors are read from the pattern that runs over the lower-cased text (the same but
    # for the case of its letters), whose tree is then compiled on first use.
    if flags & re.IGNORECASE:
        tree = sre_parse.parse(_lower_literals(source), int(flags & ~re.IGNORECASE))
    else:
        tree = sre_parse.parse(source, flags)  # a bad pattern fails here, as in `re.compile`
    narrowing = _narrowing(tree, branches) if branches > 1 and flags & re.IGNORECASE else None
    starts: set[_Start] | None = None
    if narrowing is not None:
        cue.narrowed, starts = narrowing
    else:
        starts = _anchors(tree, flags)
    cue.key = -1 if starts is None else _REGISTRY.add(starts, cue.key if cue.key >= 0 else None)
    if flags & re.IGNORECASE and cue.compiled_lower is _PENDING:
        cue.tree = tree


def _lower_literals(source: str) -> str:
    """Lower-case a pattern's letters, leaving escapes such as \\W and \\S as they are."""
    parts = _ESCAPE.split(source)  # text, escape, text, ..., text: lower-case the text only
    if "Σ" in source:  # str.lower() makes a final capital sigma "ς"; letter by letter, "σ"
        parts[::2] = ["".join(map(str.lower, part)) for part in parts[::2]]
    else:
        parts[::2] = map(str.lower, parts[::2])
    return "".join(parts).replace("(?p<", "(?P<").replace("(?p=", "(?P=")


_ESCAPE = re.compile(r"(\\.)", re.DOTALL)


# --- the draft --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Draft:
    """A document with its sentence starts and anchor positions indexed, computed once.

    `candidates` holds, per registered pattern key, the offsets where the pattern may start
    (absent: nowhere); `known` is the number of patterns registered when it was built (a pattern
    made later is scanned in full). `lower` is the lower-cased body, or None when lower-casing
    would move offsets.
    """

    doc: Document
    starts: tuple[int, ...]
    candidates: dict[int, list[int]]
    lower: str | None
    known: int
    body: str

    @classmethod
    def of(cls, doc: Document) -> Draft:
        if _REGISTRY.waiting:
            _REGISTRY.register_waiting()
        known = _REGISTRY.count
        candidates = _REGISTRY.index(doc.tokens, doc.text)
        starts = tuple(map(_SPAN_START, doc.sentences))
        return cls(doc, starts, candidates, doc.lower, known, doc.body)

    def _matcher(self, cue: Anchored) -> tuple[re.Pattern[str], str]:
        """The pattern to try and the text to try it on: the lower-cased pattern on the
        lower-cased body when both exist, else the pattern as written on the body."""
        lowered = cue.compiled_lower if self.lower is not None else None
        if lowered is _PENDING:
            lowered = cue.lowered
        if lowered is not None and self.lower is not None:
            return lowered, self.lower
        return cue.regex, self.body

    def sentence_at(self, offset: int) -> Span:
        """The sentence holding `offset` (the whole body when there are no sentences)."""
        index = bisect_right(self.starts, offset) - 1
        if index < 0:
            if not self.doc.sentences:
                return Span.of(self.doc.text, 0, len(self.doc.text))
            index = 0
        return self.doc.sentences[index]

    def body_of(self, span: Span) -> str:
        """The analysed text of a span (set-aside parts blanked)."""
        return self.body[span.start : span.end]

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.doc.text[start:end])

    def possible(self, cue: Anchored) -> bool:
        """Whether `cue` may match at all: False when no token it can start with is here."""
        return not 0 <= cue.key < self.known or cue.key in self.candidates

    def finditer(
        self,
        cue: Anchored,
        start: int = 0,
        end: int | None = None,
        only: Container[int] | None = None,
    ) -> list[re.Match[str]]:
        """Non-overlapping matches in `body[start:end]`, as `re.finditer` would find them.

        A case-insensitive pattern runs over the lower-cased body: offsets hold, groups are lower
        case.
        With `only`, matches may start at those offsets only (say, the first word of a sentence).
        """
        key = cue.key
        if 0 <= key < self.known:
            positions = self.candidates.get(key)
            if not positions:
                return []
            if only is not None:
                positions = [at for at in positions if at in only]
                if not positions:
                    return []
        else:  # a pattern made after this draft was indexed: scan
            regex, body = self._matcher(cue)
            every = regex.finditer(body, start, len(body) if end is None else end)
            return [m for m in every if only is None or m.start() in only]
        if start:
            positions = positions[bisect_left(positions, start) :]
        narrowed = cue.narrowed if self.lower is not None else None  # (narrowed: ignores case)
        match: _Matcher
        if narrowed is not None:
            match, body = _whole_alternation(cue), self.lower  # type: ignore[assignment]
        else:
            regex, body = self._matcher(cue)
            match = regex.match
        stop = len(body) if end is None else end
        last_key = stop - _KEY_LENGTH  # (a position nearer `stop` sees the text up to `stop` only)
        found = []
        reached = start
        for at in positions:
            if at >= stop:
                break
            if at < reached:
                continue
            if narrowed is None:
                matched = match(body, at, stop)
            else:  # only the branches that can begin with the text here
                text = body[at : at + _KEY_LENGTH] if at <= last_key else body[at:stop]
                matched = (narrowed.match_at(text, not at) or match)(body, at, stop)
            if matched is not None:
                reached = matched.end()
                if reached <= at:
                    reached = at + 1
                found.append(matched)
        return found

    def search(self, cue: Anchored, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        """The first match in `body[start:end]`, as `re.search` would find it, or None."""
        key = cue.key
        if not 0 <= key < self.known:
            regex, body = self._matcher(cue)
            return regex.search(body, start, len(body) if end is None else end)
        positions = self.candidates.get(key)
        if not positions:
            return None
        regex, body = self._matcher(cue)
        match = regex.match
        stop = len(body) if end is None else end
        for at in positions[bisect_left(positions, start) :] if start else positions:
            if at >= stop:
                return None
            found = match(body, at, stop)
            if found is not None:
                return found
        return None

    def has(self, cue: Anchored, start: int = 0, end: int | None = None) -> bool:
        """Whether `cue` matches anywhere in `body[start:end]`."""
        return self.search(cue, start, end) is not None

    def in_sentence(self, cue: Anchored, sentence: Span) -> bool:
        return self.search(cue, sentence.start, sentence.end) is not None


# How a pattern is tried at one position: `match(body, at, stop)`.
_Matcher: TypeAlias = Callable[[str, int, int], re.Match[str] | None]


def _whole_alternation(cue: Anchored) -> _Matcher:
    """The `match` of a narrowed `cue`'s whole alternation, compiled only when a position needs
    every branch (a character the branches' first letters say nothing of)."""

    def match(body: str, at: int, stop: int) -> re.Match[str] | None:
        return cue.lowered.match(body, at, stop)  # type: ignore[union-attr]

    return match


_SPAN_START = attrgetter("start")


@dataclass(frozen=True, slots=True)
class Hit:
    """One graded match: where, and how strong (1 weak, 2 strong)."""

    span: Span
    strength: int


def result(step: str, hits: Iterable[Hit]) -> StepResult:
    """The step's result: its strongest hit sets the strength; spans of every hit, in order."""
    kept = sorted((h for h in hits if h.strength > 0), key=lambda h: (h.span.start, h.span.end))
    spans: list[Span] = []
    for hit in kept:
        if not spans or hit.span.start >= spans[-1].end:
            spans.append(hit.span)
    strength = max((h.strength for h in kept), default=0)
    return StepResult(step=step, present=strength > 0, strength=strength, spans=tuple(spans))
