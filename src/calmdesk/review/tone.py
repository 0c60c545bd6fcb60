"""How polite and warm a draft reads: a score in [-1, 1], higher is more polite.

The cues are the politeness strategies described by Danescu-Niculescu-Mizil et al. (ACL 2013,
"A computational approach to politeness"): gratitude, deference, greetings, apologies, "please"
inside a request, indirect and counterfactual requests ("could you", "would you mind"), hedges
and first-person framing raise politeness; direct questions ("why did you..."), sentence-initial
"so"/"you", factuality markers ("actually", "obviously"), bare imperatives, negative and insulting
words and shouting lower it. The weights are set by hand from the direction and rough size the
paper reports, not fitted to any data; the sum is squashed with tanh.

>>> from calmdesk.text import normalise
>>> tone_score(normalise("Thank you so much, could you please confirm the address?")) > 0.3
True
>>> tone_score(normalise("Why didn't you read the email? Obviously it was wrong.")) < -0.3
True
"""

from __future__ import annotations

import math
import re

from calmdesk.review.steps.cues import Anchored, Draft, anchored
from calmdesk.text import Document

# Where a cue may start: anywhere, the first word of the text, or the first word of a sentence.
_ANYWHERE, _OPENING, _SENTENCE_INITIAL = "anywhere", "opening", "sentence-initial"
# The first word after ". ", "! " or "? " and any quotes or brackets.
_SENTENCE_BREAK = re.compile(r"[.!?]\s\W*")
_LEADING = re.compile(r"\W*")
_AFTER_PLEASE = re.compile(r" ?[.!?]|\s*$")


def _inside_request(body: str, at: int) -> bool:
    """ "please" after a word ("could you please", "send it, please") or closing the request."""
    start = at
    while start > 0 and (body[start - 1].isspace() or body[start - 1] in ",+"):
        start -= 1
    if 0 < start < at and (body[start - 1].isalnum() or body[start - 1] == "_"):
        return True
    return _AFTER_PLEASE.match(body, at + len("please")) is not None


_PLEASE_IN_REQUEST = anchored(r"\bplease\b")
_CUES: tuple[tuple[Anchored, float] | tuple[Anchored, float, str], ...] = (
    (anchored(r"\b(?:thanks|thank you|thx|appreciat\w*|grateful)\b"), 0.8),
    (
        anchored(
            r"\b(?:(?:great|good|nice|excellent|interesting|impressive|helpful) (?:work|job|"
            r"question|point|idea|answer|catch|find|suggestion)|well done|you(?:'re| are) right)\b"
        ),
        0.6,
    ),
    (
        anchored(r"\b(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings)\b"),
        0.4,
        _OPENING,
    ),
    (anchored(r"\b(?:sorry|apologi\w+|excuse me|pardon|forgive me)\b"), 0.35),
    (_PLEASE_IN_REQUEST, 0.45),
    (anchored(r"\bplease\b"), -0.2, _SENTENCE_INITIAL),
    (anchored(r"\b(?:by the way|btw|incidentally)\b"), 0.5),
    (
        anchored(
            r"\b(?:could you|would you|would it be possible|would you mind|could we|might you|"
            r"would it|i was wondering|i wonder|would you be (?:able|willing|so kind))\b"
        ),
        0.5,
    ),
    (anchored(r"\b(?:can you|will you|can we)\b"), 0.1),
    (
        anchored(
            r"\b(?:i think|i believe|i guess|i suppose|maybe|perhaps|possibly|probably|it seems|"
            r"seems? (?:to|like)|i'm not sure|kind of|sort of|it appears|i suspect|a bit|"
            r"a little)\b"
        ),
        0.15,
    ),
    (anchored(r"\b(?:we|us|our|let's)\b"), 0.05),
    (
        anchored(
            r"\b(?:glad|happy|pleased|welcome|helpful|kind|kindly|wonderful|great|nice|"
            r"excellent|awesome|fantastic|lovely|brilliant|cheers|hope)\b"
        ),
        0.15,
    ),
    (anchored(r"\b(?:what|why|who|how|where)\b[^.!?]*\?"), -0.3, _SENTENCE_INITIAL),
    (anchored(r"\bwhy\b[^.!?]*\?"), -0.3, _SENTENCE_INITIAL),
    (anchored(r"\b(?:so|then|and|but|or|well)\b"), -0.4, _OPENING),
    (anchored(r"\b(?:you|your)\b"), -0.25, _SENTENCE_INITIAL),
    (
        anchored(
            r"\b(?:in fact|actually|the (?:fact|point|truth|reality) is|obviously|clearly|"
            r"of course|as i (?:already )?said|as already (?:said|stated)|did you (?:even|not)|"
            r"no offen[cs]e|with all due respect|calm down|seriously)\b"
        ),
        -0.45,
    ),
    (
        anchored(
            r"\b(?:wrong|stupid|nonsense|ridiculous|useless|lazy|idiot\w*|dumb|pointless|crap|"
            r"silly|absurd|incompetent|awful|worst|hate|annoying|garbage|rubbish|pathetic|"
            r"terrible|horrible|bad|fail\w*|mess|waste|lame|sucks?)\b"
        ),
        -0.35,
    ),
    (anchored(r"\b(?:fuck\w*|shit\w*|damn\w*|hell|wtf|bullshit|crap|bs)\b"), -0.6),
    (
        anchored(
            r"\b(?:read|look|stop|check|see|do|don't|just|go|give|explain|show|"
            r"tell|answer|fix|use|add|remove|post|search|google|learn|try|fill|make|provide)\b"
        ),
        -0.3,
        _SENTENCE_INITIAL,
    ),
    (anchored(r"\b(?:you need to|you must|you should|you have to|you'll have to)\b"), -0.25),
)
# Each cue with its place made explicit.
_TABLE: tuple[tuple[Anchored, float, str], ...] = tuple(
    (cue[0], cue[1], cue[2] if len(cue) > 2 else _ANYWHERE) for cue in _CUES
)
_DOUBLED_MARKS = re.compile(r"\?!|!\?|!!|\?\?")
_DOUBLED_MARKS_WEIGHT = -0.3
# Shouting: case matters here; whole words of four or more capitals.
_CAPITALS = re.compile(r"[A-Z]{4,}")
_SHOUTING_WEIGHT = -0.2
_MAX_REPEATS = 3
# Sums of about 1.5 in either direction already read as clearly polite or impolite.
_SCALE = 1.5


def tone_score(doc: Document, draft: Draft | None = None) -> float:
    """Politeness of the draft's own words (quoted text and signature set aside), in [-1, 1].

    `draft` is `doc`'s token index when the caller has built it already.
    """
    body = doc.body
    if not body.strip():
        return 0.0
    draft = draft or Draft.of(doc)
    opening = _LEADING.match(body).end()  # type: ignore[union-attr]
    sentence_initial: set[int] | None = None  # found only when a sentence-initial cue may match
    total = 0.0
    for cue, weight, place in _TABLE:
        if not draft.possible(cue):
            continue  # no token this cue can start with: a dictionary look-up, no scan
        only: set[int] | None = None
        if place == _OPENING:
            only = {opening}
        elif place == _SENTENCE_INITIAL:
            if sentence_initial is None:
                sentence_initial = {opening, *(m.end() for m in _SENTENCE_BREAK.finditer(body))}
            only = sentence_initial
        count = 0
        for match in draft.finditer(cue, only=only):
            if cue is _PLEASE_IN_REQUEST and not _inside_request(body, match.start()):
                continue
            count += 1
            if count == _MAX_REPEATS:
                break
        total += weight * count
    total += _DOUBLED_MARKS_WEIGHT * _count(_DOUBLED_MARKS, body)
    total += _SHOUTING_WEIGHT * _count(_CAPITALS, body, whole_words=True)
    return round(math.tanh(total / _SCALE), 4)


def _count(regex: re.Pattern[str], body: str, whole_words: bool = False) -> int:
    """Occurrences of a literal-led pattern (a fast scan in C), at most `_MAX_REPEATS`."""
    count = 0
    for match in regex.finditer(body):
        start, end = match.span()
        if whole_words and (
            (start > 0 and (body[start - 1].isalnum() or body[start - 1] == "_"))
            or (end < len(body) and (body[end].isalnum() or body[end] == "_"))
        ):
            continue
        count += 1
        if count == _MAX_REPEATS:
            break
    return count
