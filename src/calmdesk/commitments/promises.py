"""Find the promises in a sent reply and when each is due.

A promise starts at a trigger (`phrases.TRIGGER`: "I'll", "we're going to", "the refund will",
"please send", "let me"; see `triggers`) and runs to the next trigger or the end of its sentence
(`scope`). The time phrase inside it (`time_phrases`) is resolved by `timing.due`; what it
promises is read from its words (`kinds`). Conditions ("if it doesn't arrive by Friday")
promise nothing themselves; a delivery date inside one is reported as a third party's
expectation (`conditions`). Statements in the past never match a trigger, so they are never
promises.

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
from datetime import datetime, tzinfo
from itertools import pairwise

from calmdesk.commitments import phrases
from calmdesk.commitments.anchors import CONTINGENT, Anchors
from calmdesk.commitments.calendar import BusinessCalendar, business_calendar, calendar_on_clock
from calmdesk.commitments.conditions import (
    Region,
    condition_note,
    condition_of,
    conditions_in,
    expected_deliveries,
    has_condition,
    inside,
    on_condition,
    settled_then,
)
from calmdesk.commitments.kinds import commitment_at, kind_of
from calmdesk.commitments.phrases import ZONES
from calmdesk.commitments.scope import is_question, trim
from calmdesk.commitments.time_phrases import TimePiece, resolve, time_pieces
from calmdesk.commitments.timing import CLIENT_CLOCK_UNKNOWN
from calmdesk.commitments.triggers import Trigger, triggers_in
from calmdesk.commitments.values import Commitment
from calmdesk.playbook.model import BusinessHours
from calmdesk.text import Document, Span, normalise

_CLAUSE_BREAK = re.compile(r"[,;:—–(]")
# Run over the promise as the user sees it, so case-insensitive.
_REFERS_BACK = re.compile(r"\b(?:it|them|this|that)\b", re.IGNORECASE)


def _own_pieces(
    trigger: Trigger, floor: int, scope_end: int, pieces: list[TimePiece], conditions: list[Region]
) -> list[TimePiece]:
    """The time phrases of one promise: after its trigger, else the last one just before it."""
    free = [p for p in pieces if not inside(p.start, conditions)] if conditions else pieces
    own = [p for p in free if trigger.at <= p.start < scope_end]
    if not own:
        own = [p for p in free if floor <= p.start and p.end <= trigger.start][-1:]
    if trigger.needs_concrete_time:
        own = [p for p in own if not p.vague]
    return own


def _divided(low: str, pieces: list[TimePiece]) -> tuple[list[TimePiece], list[int]]:
    """The time phrases that start a promise of their own (the first, and each later one with a
    conjunction or a clause break between it and the one before it), and for each the end of
    the last time phrase it takes in (a clause break is looked for after that: "by 10:52")."""
    kept, reach = pieces[:1], [p.end for p in pieces[:1]]
    for previous, piece in pairwise(pieces):
        between = (low, previous.end, piece.start)
        if phrases.AND_THEN.search(*between) or _CLAUSE_BREAK.search(*between):
            kept.append(piece)
            reach.append(piece.end)
        else:
            reach[-1] = piece.end
    return kept, reach


def _on_client_clock(piece: TimePiece) -> bool:
    """Whether the piece names the client's own clock ("9am your time")."""
    return any(
        m.lastgroup == "clock" and m.group("zone") and not ZONES[m.group("zone")]
        for m in piece.matches
    )


def _on_their_clock(
    piece: TimePiece,
    body: str,
    sent: datetime,
    calendar: BusinessCalendar,
    client_calendar: BusinessCalendar,
) -> tuple[datetime | None, str]:
    """A "your time" phrase read whole on the client's clock ("tomorrow" is their tomorrow),
    the due time given in the team's zone."""
    at, note = resolve(piece, body, sent.astimezone(client_calendar.zone), client_calendar)
    key = client_calendar.zone.key
    note = note.replace(f"{CLIENT_CLOCK_UNKNOWN} ({key})", f"read on the client's clock ({key})")
    return (at.astimezone(calendar.zone) if at is not None else None), note


def _sentence_commitments(
    document: Document,
    anchors: Anchors,
    sentence: Span,
    sent: datetime,
    calendar: BusinessCalendar,
    client_calendar: BusinessCalendar | None = None,
) -> list[Commitment]:
    low, text = anchors.low, document.text
    start, end = sentence.start, sentence.end
    first = bisect_left(anchors.trigger, start)
    may_promise = first < len(anchors.trigger) and anchors.trigger[first] < end
    if not may_promise and not anchors.has(CONTINGENT, start, end):
        return []  # most sentences of a reply promise nothing: no word here starts one
    all_triggers = triggers_in(anchors, start, end) if may_promise else []
    if not all_triggers and not has_condition(anchors, start, end):
        return []  # the start words here begin no promise: skip the time patterns
    pieces = time_pieces(anchors, start, end)
    conditions = conditions_in(anchors, start, end)
    triggers = all_triggers
    contingent = False
    if conditions:
        triggers = [t for t in triggers if t.owner == "client" or not inside(t.at, conditions)]
        contingent = any(kind == "contingent" for _, _, kind in conditions)
    found: list[Commitment] = []
    for index, trigger in enumerate(triggers):
        scope_end = triggers[index + 1].at if index + 1 < len(triggers) else end
        if is_question(low, trigger, scope_end):
            continue  # a question offers, it does not promise
        # Only the first promise of a sentence may take a time said before it ("Tomorrow, I'll").
        floor = start if index == 0 else trigger.at
        # ... but not across a semicolon: "it shows within 5 days; if it isn't there by
        # Wednesday, I'll call" gives the call no time of the clause before.
        floor = max(floor, low.rfind(";", floor, trigger.at) + 1)
        own = _own_pieces(trigger, floor, scope_end, pieces, conditions)
        condition = condition_of(low, index, triggers, conditions) if contingent else None
        if not own and condition is not None and trigger.owner != "client":
            # "If it hasn't come by Friday, I'll refund you": due when the condition is settled.
            made = on_condition(document, anchors, trigger, scope_end, condition, pieces)
            if made is not None:
                found.append(settled_then(document, anchors, made, sent, calendar))
                continue
        if not own:
            waiting = [
                c for c in conditions if c[2] == "waiting" and trigger.at <= c[0] < scope_end
            ]
            if waiting:
                w_start, w_end = waiting[0][0], trim(low, waiting[0][0], waiting[0][1])
                phrase = Span.of(text, w_start, w_end)
                stop = trim(low, trigger.start, max(scope_end, w_end))
                note = f"waits on an event ('{phrase.text}')"
                resolved: tuple[datetime | None, str] = (None, note)
                found.append(
                    commitment_at(
                        document, anchors, trigger.start, stop, trigger.owner, phrase, resolved
                    )
                )
            elif not (trigger.needs_time or contingent):
                stop = trim(low, trigger.start, scope_end)
                if stop > trigger.start:
                    phrase = Span.of(text, stop, stop)
                    resolved = (None, "no time given")
                    owner = trigger.owner
                    found.append(
                        commitment_at(
                            document, anchors, trigger.start, stop, owner, phrase, resolved
                        )
                    )
            continue
        # Two time phrases in one scope are two promises when something divides them: "call
        # FedEx now and update you by 3", "call you at 4, update you by Friday". Undivided, the
        # later one belongs to the same promise: "call you at 4pm to confirm it's all in order
        # before Thursday" is one call, at 4pm.
        own, reaches = _divided(low, own)
        sub_starts = [trigger.start]
        stops = []
        for before, after in pairwise(own):
            joint = list(phrases.AND_THEN.finditer(low, before.end, after.start))
            stops.append(joint[-1].start() if joint else after.start)
            sub_starts.append(joint[-1].end() if joint else after.start)
        stops.append(scope_end)
        for piece, reach, sub_start, sub_stop in zip(own, reaches, sub_starts, stops, strict=True):
            if piece.start < sub_start:  # a time said before the promise: "Tomorrow, I'll ..."
                sub_start, stop = piece.start, trim(low, sub_start, sub_stop)
            else:  # the promise ends at the first clause break after its time phrases
                brake = _CLAUSE_BREAK.search(low, reach, sub_stop)
                stop = max(trim(low, sub_start, brake.start() if brake else sub_stop), reach)
            phrase = Span.of(text, piece.start, piece.end)
            if client_calendar is not None and _on_client_clock(piece):
                resolved = _on_their_clock(piece, document.body, sent, calendar, client_calendar)
            else:
                resolved = resolve(piece, document.body, sent, calendar)
            if condition is not None:
                resolved = (resolved[0], f"{condition_note(text, low, condition)}; {resolved[1]}")
            kind = kind_of(anchors, sub_start, stop)
            if kind == "other" and found and _REFERS_BACK.search(text[sub_start:stop]):
                # "... and you should see it within 5 days": "it" is the thing just promised.
                kind = found[-1].kind
            owner = trigger.owner
            found.append(
                commitment_at(document, anchors, sub_start, stop, owner, phrase, resolved, kind)
            )
    if conditions:
        found.extend(expected_deliveries(document, anchors, pieces, conditions, sent, calendar))
    return found


def find(
    reply: str | Document,
    sent_at: datetime,
    hours: BusinessHours | None,
    client_zone: tzinfo | None = None,
) -> tuple[Commitment, ...]:
    """The promises in `reply`, sent at `sent_at`, for a team working `hours`.

    A naive `sent_at` is read as local time in the team's zone. `client_zone`, when known (from
    the client's messages), is the clock "9am your time tomorrow" is read on.
    """
    calendar = business_calendar(hours)
    client_calendar = (
        calendar_on_clock(hours, client_zone)
        if client_zone is not None and hours is not None
        else None
    )
    if sent_at.tzinfo is None:
        sent = calendar.at(sent_at.date(), sent_at.time())
    else:
        sent = sent_at.astimezone(calendar.zone)
    # Finding promises reads the tokens' starts and lower case only (see `Anchors.of`).
    document = reply if isinstance(reply, Document) else normalise(reply, tokens=False)
    found: list[Commitment] = []
    anchors = Anchors.of(document)
    for sentence in document.sentences:
        found.extend(
            _sentence_commitments(document, anchors, sentence, sent, calendar, client_calendar)
        )
    return tuple(sorted(found, key=lambda c: (c.span.start, c.phrase.start)))
