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
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from itertools import pairwise

from calmdesk.commitments import phrases
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
_DANGLING = re.compile(r"\s+(?:and|then|but|so)$", re.IGNORECASE)
_LIST_MARK = re.compile(r"[,;]")
_YOU_RECEIVE = re.compile(r"\s+(?:receive|get|hear)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:—–(]")
_REFERS_BACK = re.compile(r"\b(?:it|them|this|that)\b", re.IGNORECASE)
_Region = tuple[int, int, str]  # start, end, 'contingent' | 'waiting'


@dataclass(frozen=True, slots=True)
class _Piece:
    """A time phrase in a sentence: its offsets and the pattern matches it is made of."""

    start: int
    end: int
    matches: tuple[re.Match[str], ...]

    @property
    def vague(self) -> bool:
        return any(m.lastgroup in ("vague", "placeholder") for m in self.matches)


@dataclass(frozen=True, slots=True)
class _Trigger:
    start: int  # where the promise's subject starts
    at: int  # where the trigger words start (the next promise's scope ends here)
    end: int
    owner: str
    needs_time: bool  # a bare "the parcel will" promises nothing without a time
    needs_concrete_time: bool


@dataclass(frozen=True, slots=True)
class _Starts:
    """Offsets where a time phrase or a promise may start, found once per reply from its tokens."""

    time: tuple[int, ...]
    trigger: tuple[int, ...]

    @classmethod
    def of(cls, document: Document) -> _Starts:
        words = [token.lower for token in document.tokens]
        offsets = [token.start for token in document.tokens]
        time_words, trigger_words = phrases.TIME_STARTS, phrases.TRIGGER_STARTS
        modals, digits = phrases.MODAL_WORDS, "0123456789["
        time_starts = tuple(
            at for at, word in zip(offsets, words, strict=True)
            if word in time_words or word[0] in digits
        )  # fmt: skip
        trigger_starts = tuple(
            at for at, word, following in zip(offsets, words, [*words[1:], ""], strict=True)
            if word in trigger_words or following in modals or word[-3:] in ("'ll", "’ll")
        )  # fmt: skip
        return cls(time_starts, trigger_starts)


def _matches(
    pattern: re.Pattern[str], body: str, starts: tuple[int, ...], start: int, end: int
) -> Iterator[re.Match[str]]:
    """Like `pattern.finditer(body, start, end)`, trying only the given start offsets."""
    free = start
    for position in starts[bisect_left(starts, start) : bisect_left(starts, end)]:
        if position < free:
            continue
        match = pattern.match(body, position, end)
        if match:
            free = match.end()
            yield match


def _time_pieces(body: str, start: int, end: int, starts: _Starts) -> list[_Piece]:
    """Time phrases in body[start:end], adjacent pieces joined ("first thing" + "Monday")."""
    pieces: list[_Piece] = []
    for match in _matches(phrases.TIME, body, starts.time, start, end):
        if pieces:
            last = pieces[-1]
            gap = body[last.end : match.start()]
            if len(gap) <= _MAX_JOIN_GAP and phrases.JOINER.fullmatch(gap):
                pieces[-1] = _Piece(last.start, match.end(), (*last.matches, match))
                continue
        begin = match.start()
        before = phrases.PREPOSITION.search(body, max(start, begin - 30), begin)
        if before and before.end() == begin:
            begin = before.start()
        pieces.append(_Piece(begin, match.end(), (match,)))
    return pieces


def _conditions(body: str, start: int, end: int) -> list[_Region]:
    """Condition clauses in a sentence: (start, end, 'contingent' | 'waiting')."""
    found: list[_Region] = []
    for kind, pattern in (("contingent", phrases.CONTINGENT), ("waiting", phrases.WAITING)):
        for match in pattern.finditer(body, start, end):
            stop = phrases.CLAUSE_END.search(body, match.end(), end)
            clause_end = stop.start() if stop else end
            # "if it is late I'll ..." without a comma: the next "I'll" ends the condition.
            for trigger in phrases.TRIGGER.finditer(body, match.end(), clause_end):
                if trigger.lastgroup != "client" and _head(trigger) in ("i", "we"):
                    clause_end = trigger.start()
                    break
            found.append((match.start(), clause_end, kind))
    return found


def _head(trigger: re.Match[str]) -> str:
    if trigger.group("head"):
        return trigger.group("head").lower()
    if trigger.group("progressive") or trigger.group("let_me"):
        words = trigger.group().lower().replace("’", "'").split()
        return "i" if words[0] in ("i'm", "i") or words[1] == "me" else "we"
    return ""


def _clause_start(body: str, floor: int, at: int) -> int:
    """Where the subject of a promise starts: after the last comma or conjunction before it."""
    start = floor
    for match in phrases.CLAUSE_START.finditer(body, floor, at):
        start = match.end()
    return start


def _triggers(body: str, start: int, end: int, starts: _Starts) -> list[_Trigger]:
    triggers: list[_Trigger] = []
    for match in _matches(phrases.TRIGGER, body, starts.trigger, start, end):
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
        if phrases.NOT_A_PROMISE.match(body, match.end()):
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
                match.start() if head == "you" else _clause_start(body, start, match.start())
            )
            subject = body[subject_start : match.end()]
            owner = "third_party" if phrases.THIRD_PARTIES.search(subject) else "team"
            # "You'll hear from me" is the rep's promise; "from FedEx" a third party's.
            if phrases.FROM_ME.search(body, match.end(), end):
                owner = "rep"
            elif phrases.FROM_THIRD_PARTY.search(body, match.end(), end):
                owner = "third_party"
            # "You'll get an email" promises something even without a time; "the parcel will" not.
            needs_time = not (head == "you" and _YOU_RECEIVE.match(body, match.end()))
            triggers.append(
                _Trigger(subject_start, match.start(), match.end(), owner, needs_time, False)
            )
    return triggers


def _kind(text: str) -> str:
    first = None
    for match in phrases.KIND_WORDS.finditer(text):
        kind = match.lastgroup or "other"
        if first is None:
            first = kind
            if kind != "delivery":
                return kind
        elif kind in ("refund", "replacement"):
            return kind
    return first or "other"


def _trim(body: str, start: int, end: int) -> int:
    while end > start and body[end - 1] in _TRAILING:
        end -= 1
    tail = _DANGLING.search(body, start, end)
    return tail.start() if tail else end


def _inside(position: int, regions: list[_Region]) -> bool:
    return any(s <= position < e for s, e, _ in regions)


def _commitment(
    document: Document,
    start: int,
    end: int,
    owner: str,
    phrase: Span,
    resolved: tuple[datetime | None, str],
) -> Commitment:
    """A `Commitment` for the promise body[start:end], its kind read from its own words."""
    due_at, note = resolved
    span = Span.of(document.text, start, end)
    kind = _kind(document.body[start:end])
    return Commitment(span, owner, kind, due_at, due_at is None, phrase, note)


def _resolve(
    piece: _Piece, sent: datetime, calendar: BusinessCalendar
) -> tuple[datetime | None, str]:
    when: When = read_phrase(list(piece.matches))
    return due(when, sent, calendar)


def _own_pieces(
    trigger: _Trigger, floor: int, scope_end: int, pieces: list[_Piece], conditions: list[_Region]
) -> list[_Piece]:
    """The time phrases of one promise: after its trigger, else the last one just before it."""
    free = [p for p in pieces if not _inside(p.start, conditions)]
    own = [p for p in free if trigger.at <= p.start < scope_end]
    if not own:
        own = [p for p in free if floor <= p.start and p.end <= trigger.start][-1:]
    if trigger.needs_concrete_time:
        own = [p for p in own if not p.vague]
    return own


def _is_question(body: str, trigger: _Trigger, scope_end: int) -> bool:
    scope = body[trigger.at : scope_end].rstrip()
    return trigger.owner != "client" and scope.endswith("?") and not _LIST_MARK.search(scope)


def _sentence_commitments(
    document: Document,
    sentence: Span,
    sent: datetime,
    calendar: BusinessCalendar,
    starts: _Starts,
) -> list[Commitment]:
    body, text = document.body, document.text
    start, end = sentence.start, sentence.end
    all_triggers = _triggers(body, start, end, starts)
    if not all_triggers and not phrases.CONTINGENT.search(body, start, end):
        return []  # most sentences of a reply promise nothing: skip the time patterns
    pieces = _time_pieces(body, start, end, starts)
    conditions = _conditions(body, start, end)
    triggers = [t for t in all_triggers if t.owner == "client" or not _inside(t.at, conditions)]
    contingent = any(kind == "contingent" for _, _, kind in conditions)
    found: list[Commitment] = []
    for index, trigger in enumerate(triggers):
        scope_end = triggers[index + 1].at if index + 1 < len(triggers) else end
        if _is_question(body, trigger, scope_end):
            continue  # a question offers, it does not promise
        # Only the first promise of a sentence may take a time said before it ("Tomorrow, I'll").
        floor = start if index == 0 else trigger.at
        own = _own_pieces(trigger, floor, scope_end, pieces, conditions)
        if not own:
            waiting = [
                c for c in conditions if c[2] == "waiting" and trigger.at <= c[0] < scope_end
            ]
            if waiting:
                w_start, w_end = waiting[0][0], _trim(body, waiting[0][0], waiting[0][1])
                phrase = Span.of(text, w_start, w_end)
                stop = _trim(body, trigger.start, max(scope_end, w_end))
                note = f"waits on an event ('{phrase.text}')"
                resolved: tuple[datetime | None, str] = (None, note)
                found.append(
                    _commitment(document, trigger.start, stop, trigger.owner, phrase, resolved)
                )
            elif not (trigger.needs_time or contingent):
                stop = _trim(body, trigger.start, scope_end)
                if stop > trigger.start:
                    phrase = Span.of(text, stop, stop)
                    resolved = (None, "no time given")
                    owner = trigger.owner
                    found.append(
                        _commitment(document, trigger.start, stop, owner, phrase, resolved)
                    )
            continue
        # Two time phrases in one scope are two promises: "call FedEx now and update you by 3".
        sub_starts = [trigger.start]
        stops = []
        for before, after in pairwise(own):
            joint = list(phrases.AND_THEN.finditer(body, before.end, after.start))
            stops.append(joint[-1].start() if joint else after.start)
            sub_starts.append(joint[-1].end() if joint else after.start)
        stops.append(scope_end)
        for piece, sub_start, sub_stop in zip(own, sub_starts, stops, strict=True):
            if piece.start < sub_start:  # a time said before the promise: "Tomorrow, I'll ..."
                sub_start, stop = piece.start, _trim(body, sub_start, sub_stop)
            else:  # the promise ends at the first clause break after its time phrase
                brake = _CLAUSE_BREAK.search(body, piece.end, sub_stop)
                stop = max(_trim(body, sub_start, brake.start() if brake else sub_stop), piece.end)
            phrase = Span.of(text, piece.start, piece.end)
            resolved = _resolve(piece, sent, calendar)
            made = _commitment(document, sub_start, stop, trigger.owner, phrase, resolved)
            if made.kind == "other" and found and _REFERS_BACK.search(made.span.text):
                # "... and you should see it within 5 days": "it" is the thing just promised.
                made = replace(made, kind=found[-1].kind)
            found.append(made)
    found.extend(_expected_deliveries(document, pieces, conditions, sent, calendar))
    return found


def _expected_deliveries(
    document: Document,
    pieces: list[_Piece],
    conditions: list[_Region],
    sent: datetime,
    calendar: BusinessCalendar,
) -> list[Commitment]:
    """A delivery date inside a condition is a third party's expectation, not the rep's promise."""
    found: list[Commitment] = []
    for c_start, c_end, kind in conditions:
        if kind != "contingent" or not phrases.ARRIVAL.search(document.body, c_start, c_end):
            continue
        for piece in pieces:
            if c_start <= piece.start < c_end and not piece.vague:
                at, how = _resolve(piece, sent, calendar)
                note = f"expected delivery named in a condition; {how}"
                phrase = Span.of(document.text, piece.start, piece.end)
                stop = _trim(document.body, c_start, c_end)
                commitment = _commitment(document, c_start, stop, "third_party", phrase, (at, note))
                # A condition is about arrival whatever else it mentions.
                found.append(replace(commitment, kind="delivery"))
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
    starts = _Starts.of(document)
    for sentence in document.sentences:
        found.extend(_sentence_commitments(document, sentence, sent, calendar, starts))
    return tuple(sorted(found, key=lambda c: (c.span.start, c.phrase.start)))
