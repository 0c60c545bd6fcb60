"""Find the promises in a sent reply and when each is due.

A promise starts at a trigger (`phrases.TRIGGER`: "I'll", "we're going to", "the refund will",
"please send", "let me") and runs to the next trigger or the end of its sentence. The time
phrase inside it is resolved by `timing.due`. Conditions ("if it doesn't arrive by Friday")
promise nothing themselves; a delivery date inside one is reported as a third party's
expectation. Statements in the past never match a trigger, so they are never promises.

>>> from datetime import datetime
>>> from calmdesk.playbook.model import BusinessHours
>>> hours = BusinessHours("Europe/London", "09:00", "17:00", ("mon", "tue", "wed", "thu", "fri"),
...                       None)
>>> [found] = find("Sorry for the wait. I'll update you by 3 pm.", datetime(2026, 11, 24, 10),
...                hours)
>>> found.span.text, found.owner, found.kind, found.due_at.isoformat()
("I'll update you by 3 pm", 'rep', 'update', '2026-11-24T15:00:00+00:00')
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from datetime import datetime
from itertools import pairwise
from typing import NamedTuple

from calmdesk.commitments import phrases
from calmdesk.commitments.anchors import CONTINGENT, OWN, PREPOSITION, WAITING, Anchors
from calmdesk.commitments.calendar import BusinessCalendar, business_calendar
from calmdesk.commitments.timing import When, due, read_phrase
from calmdesk.commitments.values import Commitment
from calmdesk.playbook.model import BusinessHours
from calmdesk.text import Document, Span, normalise

_QUESTION_HEADS = frozenset(
    ("what", "when", "where", "who", "whom", "which", "why", "how", "whether")
)
_TRAILING = " \t\n,.;:!?-–—"
_MAX_JOIN_GAP = 24
_DANGLING = re.compile(r"\s+(?:and|then|but|so)$")
_DANGLING_WORDS = ("and", "then", "but", "so")
_NOT_A_PROMISE_WORDS = ("be", "say", "admit", "leave", "pass", "check", "make")
_LIST_MARK = re.compile(r"[,;]")
_I_OR_WE = re.compile(r"(i|we)\b")
_YOU_RECEIVE = re.compile(r"\s+(?:receive|get|hear)\b")
_CLAUSE_BREAK = re.compile(r"[,;:—–(]")
# Run over the promise as the user sees it, so case-insensitive.
_REFERS_BACK = re.compile(r"\b(?:it|them|this|that)\b", re.IGNORECASE)
_Region = tuple[int, int, str]  # start, end, 'contingent' | 'waiting'


# Private working values are named tuples: several are built per sentence, and a tuple is
# several times cheaper to build than a frozen dataclass.
class _Piece(NamedTuple):
    """A time phrase in a sentence: its offsets and the pattern matches it is made of."""

    start: int
    end: int
    matches: tuple[re.Match[str], ...]

    @property
    def vague(self) -> bool:
        return any(m.lastgroup in ("vague", "placeholder") for m in self.matches)


class _Trigger(NamedTuple):
    start: int  # where the promise's subject starts
    at: int  # where the trigger words start (the next promise's scope ends here)
    end: int
    owner: str
    needs_time: bool  # a bare "the parcel will" promises nothing without a time
    needs_concrete_time: bool


def _matches(
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


def _preposition(anchors: Anchors, start: int, begin: int) -> int:
    """Where "by", "no later than" ... standing just before a time phrase at `begin` start."""
    low = anchors.low
    for position in anchors.where(PREPOSITION, max(start, begin - 30), begin):
        # The leftmost match, as a search would find it.
        before = phrases.PREPOSITION.match(low, position, begin)
        if before:
            return before.start() if before.end() == begin else begin
    return begin


def _time_pieces(anchors: Anchors, start: int, end: int) -> list[_Piece]:
    """Time phrases in low[start:end], adjacent pieces joined ("first thing" + "Monday")."""
    low = anchors.low
    pieces: list[_Piece] = []
    for match in _matches(phrases.TIME, low, anchors.time, start, end):
        if pieces:
            last = pieces[-1]
            gap_start, gap_end = last.end, match.start()
            if gap_end - gap_start <= _MAX_JOIN_GAP and phrases.JOINER.fullmatch(
                low, gap_start, gap_end
            ):
                pieces[-1] = _Piece(last.start, match.end(), (*last.matches, match))
                continue
        pieces.append(_Piece(_preposition(anchors, start, match.start()), match.end(), (match,)))
    return pieces


def _conditions(anchors: Anchors, start: int, end: int) -> list[_Region]:
    """Condition clauses in a sentence: (start, end, 'contingent' | 'waiting')."""
    low = anchors.low
    found: list[_Region] = []
    for kind, pattern, words in (
        ("contingent", phrases.CONTINGENT, CONTINGENT),
        ("waiting", phrases.WAITING, WAITING),
    ):
        for match in _matches(pattern, low, anchors.where(words, start, end), start, end):
            stop = phrases.CLAUSE_END.search(low, match.end(), end)
            clause_end = stop.start() if stop else end
            # "if it is late I'll ..." without a comma: the next "I'll" ends the condition.
            if anchors.has(OWN, match.end(), clause_end):
                for trigger in phrases.TRIGGER.finditer(low, match.end(), clause_end):
                    if trigger.lastgroup != "client" and _head(trigger) in ("i", "we"):
                        clause_end = trigger.start()
                        break
            found.append((match.start(), clause_end, kind))
    return found


def _has_condition(anchors: Anchors, start: int, end: int) -> bool:
    low, pattern = anchors.low, phrases.CONTINGENT
    words = anchors.where(CONTINGENT, start, end)
    return any(pattern.match(low, position, end) for position in words)


def _head(trigger: re.Match[str]) -> str:
    if trigger.group("head"):
        return trigger.group("head")
    if trigger.group("progressive") or trigger.group("let_me"):
        words = trigger.group().replace("’", "'").split()
        return "i" if words[0] in ("i'm", "i") or words[1] == "me" else "we"
    return ""


# How far around a trigger its subject and its "from me" are looked for (characters): enough for
# any real clause, and it keeps a long run of text without punctuation linear.
_REACH = 200


def _clause_start(low: str, floor: int, at: int) -> int:
    """Where the subject of a promise starts: after the last comma or conjunction before it
    (looked for within `_REACH` characters; the sentence start when there is none)."""
    start = floor
    for match in phrases.CLAUSE_START.finditer(low, max(floor, at - _REACH), at):
        start = match.end()
    return start


def _not_a_promise(low: str, at: int) -> bool:
    """Whether `phrases.NOT_A_PROMISE` matches at `at`; its first word is checked first."""
    word = at
    while word < len(low) and low[word].isspace():
        word += 1
    return low.startswith(_NOT_A_PROMISE_WORDS, word) and bool(phrases.NOT_A_PROMISE.match(low, at))


def _triggers(anchors: Anchors, start: int, end: int) -> list[_Trigger]:
    low = anchors.low
    triggers: list[_Trigger] = []
    for match in _matches(phrases.TRIGGER, low, anchors.trigger, start, end):
        kind = match.lastgroup
        if kind == "client":
            triggers.append(
                _Trigger(match.start(), match.start(), match.end(), "client", True, False)
            )
            continue
        if kind == "allow":
            triggers.append(
                _Trigger(match.start(), match.start(), match.end(), "team", True, False)
            )
            continue
        if triggers and triggers[-1].at == match.start():
            continue  # "we'll need ... from you" is the client's, already taken
        head = _head(match)
        if _not_a_promise(low, match.end()):
            continue
        if kind == "progressive":
            owner = "rep" if head == "i" else "team"
            triggers.append(_Trigger(match.start(), match.start(), match.end(), owner, True, True))
        elif kind == "let_me" or head in ("i", "we"):
            owner = "rep" if head == "i" else "team"
            triggers.append(
                _Trigger(match.start(), match.start(), match.end(), owner, False, False)
            )
        elif head in _QUESTION_HEADS:
            continue
        else:
            subject_start = (
                match.start() if head == "you" else _clause_start(low, start, match.start())
            )
            subject = low[max(subject_start, match.start() - _REACH) : match.end()]
            owner = "third_party" if phrases.THIRD_PARTIES.search(subject) else "team"
            # "I've asked the carrier and will update you": the clause's subject carries on, and
            # the promise is its own words ("will update you"); what was done before stays free
            # to be read as an action taken.
            carried = _I_OR_WE.match(low, subject_start) if head in ("and", "then") else None
            if carried is not None:
                owner = "rep" if carried.group(1) == "i" else "team"
                subject_start = match.end("head")
                while subject_start < match.end() and low[subject_start].isspace():
                    subject_start += 1
            # "You'll hear from me" is the rep's promise; "from FedEx" a third party's.
            after = match.end()
            near = min(end, after + _REACH)
            mentions_from = low.find("from", after, near) >= 0
            if (mentions_from or low.find("myself", after, near) >= 0) and phrases.FROM_ME.search(
                low, after, near
            ):
                owner = "rep"
            elif mentions_from and phrases.FROM_THIRD_PARTY.search(low, after, near):
                owner = "third_party"
            # "You'll get an email" promises something even without a time; "the parcel will" not.
            needs_time = not (head == "you" and _YOU_RECEIVE.match(low, after))
            triggers.append(
                _Trigger(subject_start, match.start(), match.end(), owner, needs_time, False)
            )
    return triggers


def _kind(anchors: Anchors, start: int, end: int) -> str:
    """What low[start:end] promises, from its first kind word (see `phrases.KIND_WORDS`)."""
    # Matched in the promise cut out on its own, as the words were always read.
    text = anchors.low[start:end]
    pattern = phrases.KIND_WORDS
    first = None
    free = 0
    kinds = anchors.kind
    for position in kinds[bisect_left(kinds, start) : bisect_left(kinds, end)]:
        if position - start < free:
            continue
        match = pattern.match(text, position - start)
        if match is None:
            continue
        free = match.end()
        kind = match.lastgroup or "other"
        if first is None:
            first = kind
            if kind != "delivery":
                return kind
        elif kind in ("refund", "replacement"):
            return kind
    return first or "other"


def _trim(low: str, start: int, end: int) -> int:
    while end > start and low[end - 1] in _TRAILING:
        end -= 1
    if not low.endswith(_DANGLING_WORDS, start, end):
        return end
    tail = _DANGLING.search(low, start, end)
    return tail.start() if tail else end


def _inside(position: int, regions: list[_Region]) -> bool:
    return any(s <= position < e for s, e, _ in regions)


def _commitment(
    document: Document,
    anchors: Anchors,
    start: int,
    end: int,
    owner: str,
    phrase: Span,
    resolved: tuple[datetime | None, str],
    kind: str | None = None,
) -> Commitment:
    """A `Commitment` for the promise text[start:end], its kind (unless given) read from its own
    words."""
    due_at, note = resolved
    span = Span.of(document.text, start, end)
    if kind is None:
        kind = _kind(anchors, start, end)
    return Commitment(span, owner, kind, due_at, due_at is None, phrase, note)


def _resolve(
    piece: _Piece, body: str, sent: datetime, calendar: BusinessCalendar
) -> tuple[datetime | None, str]:
    when: When = read_phrase(list(piece.matches), body)
    return due(when, sent, calendar)


def _own_pieces(
    trigger: _Trigger, floor: int, scope_end: int, pieces: list[_Piece], conditions: list[_Region]
) -> list[_Piece]:
    """The time phrases of one promise: after its trigger, else the last one just before it."""
    free = [p for p in pieces if not _inside(p.start, conditions)] if conditions else pieces
    own = [p for p in free if trigger.at <= p.start < scope_end]
    if not own:
        own = [p for p in free if floor <= p.start and p.end <= trigger.start][-1:]
    if trigger.needs_concrete_time:
        own = [p for p in own if not p.vague]
    return own


def _is_question(low: str, trigger: _Trigger, scope_end: int) -> bool:
    if trigger.owner == "client":
        return False
    scope = low[trigger.at : scope_end].rstrip()
    return scope.endswith("?") and not _LIST_MARK.search(scope)


def _sentence_commitments(
    document: Document,
    anchors: Anchors,
    sentence: Span,
    sent: datetime,
    calendar: BusinessCalendar,
) -> list[Commitment]:
    low, text = anchors.low, document.text
    start, end = sentence.start, sentence.end
    first = bisect_left(anchors.trigger, start)
    may_promise = first < len(anchors.trigger) and anchors.trigger[first] < end
    if not may_promise and not anchors.has(CONTINGENT, start, end):
        return []  # most sentences of a reply promise nothing: no word here starts one
    all_triggers = _triggers(anchors, start, end) if may_promise else []
    if not all_triggers and not _has_condition(anchors, start, end):
        return []  # the start words here begin no promise: skip the time patterns
    pieces = _time_pieces(anchors, start, end)
    conditions = _conditions(anchors, start, end)
    triggers = all_triggers
    if conditions:
        triggers = [t for t in triggers if t.owner == "client" or not _inside(t.at, conditions)]
    contingent = any(kind == "contingent" for _, _, kind in conditions)
    found: list[Commitment] = []
    for index, trigger in enumerate(triggers):
        scope_end = triggers[index + 1].at if index + 1 < len(triggers) else end
        if _is_question(low, trigger, scope_end):
            continue  # a question offers, it does not promise
        # Only the first promise of a sentence may take a time said before it ("Tomorrow, I'll").
        floor = start if index == 0 else trigger.at
        own = _own_pieces(trigger, floor, scope_end, pieces, conditions)
        condition = _condition_of(low, index, triggers, conditions) if contingent else None
        if not own and condition is not None and trigger.owner != "client":
            # "If it hasn't come by Friday, I'll refund you": due when the condition is settled.
            on_condition = _on_condition(document, anchors, trigger, scope_end, condition, pieces)
            if on_condition is not None:
                found.append(_settled_then(document, anchors, on_condition, sent, calendar))
                continue
        if not own:
            waiting = [
                c for c in conditions if c[2] == "waiting" and trigger.at <= c[0] < scope_end
            ]
            if waiting:
                w_start, w_end = waiting[0][0], _trim(low, waiting[0][0], waiting[0][1])
                phrase = Span.of(text, w_start, w_end)
                stop = _trim(low, trigger.start, max(scope_end, w_end))
                note = f"waits on an event ('{phrase.text}')"
                resolved: tuple[datetime | None, str] = (None, note)
                found.append(
                    _commitment(
                        document, anchors, trigger.start, stop, trigger.owner, phrase, resolved
                    )
                )
            elif not (trigger.needs_time or contingent):
                stop = _trim(low, trigger.start, scope_end)
                if stop > trigger.start:
                    phrase = Span.of(text, stop, stop)
                    resolved = (None, "no time given")
                    owner = trigger.owner
                    found.append(
                        _commitment(document, anchors, trigger.start, stop, owner, phrase, resolved)
                    )
            continue
        # Two time phrases in one scope are two promises: "call FedEx now and update you by 3".
        sub_starts = [trigger.start]
        stops = []
        for before, after in pairwise(own):
            joint = list(phrases.AND_THEN.finditer(low, before.end, after.start))
            stops.append(joint[-1].start() if joint else after.start)
            sub_starts.append(joint[-1].end() if joint else after.start)
        stops.append(scope_end)
        for piece, sub_start, sub_stop in zip(own, sub_starts, stops, strict=True):
            if piece.start < sub_start:  # a time said before the promise: "Tomorrow, I'll ..."
                sub_start, stop = piece.start, _trim(low, sub_start, sub_stop)
            else:  # the promise ends at the first clause break after its time phrase
                brake = _CLAUSE_BREAK.search(low, piece.end, sub_stop)
                stop = max(_trim(low, sub_start, brake.start() if brake else sub_stop), piece.end)
            phrase = Span.of(text, piece.start, piece.end)
            resolved = _resolve(piece, document.body, sent, calendar)
            if condition is not None:
                resolved = (resolved[0], f"{_condition_note(text, low, condition)}; {resolved[1]}")
            kind = _kind(anchors, sub_start, stop)
            if kind == "other" and found and _REFERS_BACK.search(text[sub_start:stop]):
                # "... and you should see it within 5 days": "it" is the thing just promised.
                kind = found[-1].kind
            owner = trigger.owner
            found.append(
                _commitment(document, anchors, sub_start, stop, owner, phrase, resolved, kind)
            )
    if conditions:
        found.extend(_expected_deliveries(document, anchors, pieces, conditions, sent, calendar))
    return found


# Between a condition and the promise it governs: "If it's late, then I'll ..."
_CONDITION_GAP = re.compile(r"[\s,;:–—-]*(?:then\s+)?")


def _condition_of(
    low: str, index: int, triggers: list[_Trigger], conditions: list[_Region]
) -> _Region | None:
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


class _OnCondition(NamedTuple):
    piece: _Piece  # the time phrase of the condition
    start: int  # the promise with its condition
    stop: int
    own: tuple[int, int]  # the promise's own words
    owner: str
    note: str


def _on_condition(
    document: Document,
    anchors: Anchors,
    trigger: _Trigger,
    scope_end: int,
    condition: _Region,
    pieces: list[_Piece],
) -> _OnCondition | None:
    """A promise with no time of its own made on a condition that names one. None when the
    condition names no time (nobody could follow it up) or the promise has no words of its own."""
    if trigger.needs_time:
        return None
    low = anchors.low
    c_start, c_end, _ = condition
    timed = [p for p in pieces if c_start <= p.start < c_end and not p.vague]
    stop = _trim(low, trigger.start, scope_end)
    if not timed or stop <= trigger.start:
        return None
    start, end = min(c_start, trigger.start), max(stop, _trim(low, c_start, c_end))
    note = _condition_note(document.text, low, condition)
    return _OnCondition(timed[-1], start, end, (trigger.start, stop), trigger.owner, note)


def _settled_then(
    document: Document,
    anchors: Anchors,
    made: _OnCondition,
    sent: datetime,
    calendar: BusinessCalendar,
) -> Commitment:
    """The commitment for a promise on a condition, due when the condition's time comes."""
    due_at, how = _resolve(made.piece, document.body, sent, calendar)
    phrase = Span.of(document.text, made.piece.start, made.piece.end)
    resolved = (due_at, f"{made.note}; settled {how}")
    # What is promised is read from the promise's own words, not the condition's.
    kind = _kind(anchors, *made.own)
    return _commitment(document, anchors, made.start, made.stop, made.owner, phrase, resolved, kind)


def _condition_note(text: str, low: str, condition: _Region) -> str:
    c_start, c_end, _ = condition
    return f"only on condition ('{text[c_start : _trim(low, c_start, c_end)]}')"


def _expected_deliveries(
    document: Document,
    anchors: Anchors,
    pieces: list[_Piece],
    conditions: list[_Region],
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
                at, how = _resolve(piece, document.body, sent, calendar)
                note = f"expected delivery named in a condition; {how}"
                phrase = Span.of(document.text, piece.start, piece.end)
                stop = _trim(low, c_start, c_end)
                # A condition is about arrival whatever else it mentions.
                found.append(
                    _commitment(
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


def find(
    reply: str | Document, sent_at: datetime, hours: BusinessHours | None
) -> tuple[Commitment, ...]:
    """The promises in `reply`, sent at `sent_at`, for a team working `hours`.

    A naive `sent_at` is read as local time in the team's zone.
    """
    calendar = business_calendar(hours)
    if sent_at.tzinfo is None:
        sent = calendar.at(sent_at.date(), sent_at.time())
    else:
        sent = sent_at.astimezone(calendar.zone)
    document = reply if isinstance(reply, Document) else normalise(reply)
    found: list[Commitment] = []
    anchors = Anchors.of(document)
    for sentence in document.sentences:
        found.extend(_sentence_commitments(document, anchors, sentence, sent, calendar))
    return tuple(sorted(found, key=lambda c: (c.span.start, c.phrase.start)))
