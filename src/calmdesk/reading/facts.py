"""Separate the facts beneath the emotion from the feelings about them.

The forum's advice: listen for the factual complaint beneath the emotion, address the facts and
acknowledge the emotion. Each sentence is cut into clauses; a clause is a *feeling* when it
carries evaluative or emotional wording, a *fact* when it reports what happened (numbers, dates,
orders, events), and both spans are reported.

>>> from calmdesk.text import normalise
>>> facts, feelings = facts_and_feelings(normalise("Order 4411 arrived broken. I'm furious."))
>>> [f.text for f in facts], [f.text for f in feelings]
(['Order 4411 arrived broken.'], ["I'm furious."])
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import compress, repeat
from operator import and_, itemgetter, ne

from calmdesk.text import Document, Span

# A spaced dash breaks a clause too; the match starts at the dash (the clause's trailing space is
# trimmed anyway). Written to start with one character set, the break's mark, and to tell the
# marks apart by looking back at it: the regex engine then skips in C to the next mark instead of
# trying the pattern at every character of the body.
_CLAUSE_BREAK = re.compile(
    r"[;:—–,-](?:(?<=[;—–])"
    # (not the colon of a clock time: "2:15 delay at JFK" is one clause)
    r"|(?<=:)(?:(?<!\d:)|(?!\d))"
    r"|(?<=,)(?:\s*(?:and|but|so)\b|(?=\s*(?:because|which|now)\b))"
    r"|(?<=\s-)\s)"
)

# Words are looked up token by token (a set and a tuple of stems): far faster than one large
# alternation scanned over the text. Multi-word phrases and punctuation get small patterns.
_FEELING_WORDS = frozenset(
    "angry anger furious livid fuming upset unacceptable ridiculous absurd pathetic horrible "
    "horrendous terrible awful worst useless incompetent shocking insane joke laughable "
    "unbelievable hate worried worry anxious nervous concerned sad heartbroken betrayed feel "
    "feeling felt sorry grateful appreciate happy love glad hope hoping wish seriously "
    "honestly".split()
)
_FEELING_STEMS = (
    "frustrat",
    "annoy",
    "irritat",
    "disappoint",
    "outrag",
    "disgust",
    "appal",
    "stress",
    "confus",
    "embarrass",
    "humiliat",
    "insult",
    "thank",
)
# Matched on the lower-cased body, only where a token of `_PHRASE_STARTS` begins.
_FEELING_PHRASES = re.compile(
    r"\b(?:sick (?:and tired )?of|fed up|had enough|can'?t believe|cannot believe|let down|"
    r"really\s+(?:not|un)\w*)\b|!{2,}|\?!|!\?"
)
# The tokens a feeling phrase can start with: its first words, and the marks of "!!", "?!", "!?".
_PHRASE_STARTS = frozenset("sick fed had can't cant cannot let really ! ?".split())
_FACT_WORDS = frozenset(
    "order invoice ticket case account package parcel shipment delivery refund paid payment "
    "ordered arrived arrive delivered shipped received sent damaged missing lost late delayed "
    "delay wrong never still again yesterday today tomorrow monday tuesday wednesday thursday "
    "friday saturday sunday week weeks days hours months called emailed waited waiting promised "
    "told said tracking flight booking subscription item product bill billed twice double fee "
    "price contract deadline event "
    # what an account manager's client reports: services, software, projects
    "sla breach outage records data update upgrade release version error bug crash crashed site "
    "website app page login system server project launch campaign creative retainer deliverables "
    "report meeting appointment engineer technician install installation quote estimate agreed "
    "scheduled".split()
)
_FACT_STEMS = ("charge", "cancel", "broke")


# What each word cues (1 feeling, 2 fact), memoised: the same words recur in every message.
_WORD_CUES: dict[str, int] = {}
_WORD_CUES_LIMIT = 200_000


def _cues_of(word: str) -> int:
    cues = 0
    if word in _FEELING_WORDS or word.startswith(_FEELING_STEMS):
        cues |= 1
    if (
        word in _FACT_WORDS
        or word.startswith(_FACT_STEMS)
        or word[0].isdigit()
        or word[-1].isdigit()
    ):
        cues |= 2
    if len(_WORD_CUES) >= _WORD_CUES_LIMIT:
        _WORD_CUES.clear()
    _WORD_CUES[word] = cues
    return cues


def _word_positions(doc: Document) -> tuple[list[int], list[int]]:
    """Start offsets of feeling cues and of fact cues, each in text order."""
    # C loops (map, compress) over the tokens: this runs over every word of every message.
    tokens = doc.tokens
    starts = list(map(_START, tokens))
    lowers = list(map(_LOWER, tokens))
    cues = list(map(_WORD_CUES.get, lowers))
    if None in cues:
        cues = [
            _cues_of(word) if cue is None else cue for cue, word in zip(cues, lowers, strict=True)
        ]
    feeling_at = list(compress(starts, map(and_, cues, repeat(1))))
    fact_at = list(compress(starts, map(and_, cues, repeat(2))))
    # Shouting: a word of four or more capitals; only words with a capital need a look.
    capitalised = compress(tokens, map(ne, map(_TEXT, tokens), lowers))
    feeling_at.extend(
        start
        for start, _, text, lower in capitalised
        if len(text) >= 4 and text.isupper() and text.isalpha() and not _WORD_CUES[lower] & 1
    )
    # Feeling phrases and "!!" start at one of a few tokens: try the pattern only there, as
    # `finditer` would (a start inside the previous match is skipped).
    lower = doc.body.lower() if doc.lower is None else doc.lower
    end = 0
    for at in compress(starts, map(_PHRASE_STARTS.__contains__, lowers)):
        if at >= end and (phrase := _FEELING_PHRASES.match(lower, at)) is not None:
            feeling_at.append(at)
            end = phrase.end()
    feeling_at.sort()
    return feeling_at, fact_at


_START = itemgetter(0)  # Token.start
_TEXT = itemgetter(2)
_LOWER = itemgetter(3)


def _clauses(text: str, sentence: Span, breaks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    cursor = sentence.start
    for break_start, break_end in (*breaks, (sentence.end, sentence.end)):
        start, end = cursor, break_start
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if text[start:end].strip(" ,.!?"):
            pieces.append((start, end))
        cursor = break_end
    return pieces


_LETTER = re.compile(r"[^\W\d_]")


def _kind(feeling: int, fact: int) -> str | None:
    if feeling and feeling >= fact:
        return "feeling"
    if fact:
        return "fact"
    if feeling:
        return "feeling"
    return None


def _count(positions: list[int], start: int, end: int) -> int:
    return bisect_left(positions, end) - bisect_left(positions, start)


def facts_and_feelings(doc: Document) -> tuple[tuple[Span, ...], tuple[Span, ...]]:
    """Spans of factual and of emotional clauses, in text order; neighbours of a kind are merged."""
    facts: list[Span] = []
    feelings: list[Span] = []
    text = doc.text
    # Each pattern scans the body once; clauses then count the hits inside them.
    feeling_at, fact_at = _word_positions(doc)
    all_breaks = [m.span() for m in _CLAUSE_BREAK.finditer(doc.body)]
    break_starts = [start for start, _ in all_breaks]
    for sentence in doc.sentences:
        # The breaks inside the sentence: found by bisection, so many sentences stay linear.
        first = bisect_left(break_starts, sentence.start)
        last = bisect_left(break_starts, sentence.end, first)
        breaks = [b for b in all_breaks[first:last] if b[1] <= sentence.end]
        previous: str | None = None
        for start, end in _clauses(text, sentence, breaks):
            kind = _kind(_count(feeling_at, start, end), _count(fact_at, start, end))
            if kind == "fact" and previous != "fact" and not _LETTER.search(text, start, end):
                kind = None  # a bare number ("07700 900123.") says nothing happened on its own
            if kind is None:
                previous = None
                continue
            bucket = facts if kind == "fact" else feelings
            if previous == kind and bucket and bucket[-1].end >= sentence.start:
                bucket[-1] = Span.of(text, bucket[-1].start, end)
            else:
                bucket.append(Span.of(text, start, end))
            previous = kind
    return tuple(facts), tuple(feelings)
