"""`read`: everything calmdesk finds in one client message."""

from __future__ import annotations

from bisect import bisect_left

from calmdesk.errors import InputError
from calmdesk.message import Message
from calmdesk.playbook.model import Playbook
from calmdesk.reading.advice import advise
from calmdesk.reading.asks import find_asks
from calmdesk.reading.complaint import complaint_of
from calmdesk.reading.entities import find_entities
from calmdesk.reading.facts import facts_and_feelings
from calmdesk.reading.heat import find_cues, heat_of, with_complaint, with_threats
from calmdesk.reading.lexicon import mock_thanks_in
from calmdesk.reading.model import ModelOutput, load_model
from calmdesk.reading.topic import find_topic
from calmdesk.reading.triggers import find_triggers
from calmdesk.reading.values import (
    EMOTIONS,
    Complaint,
    Cue,
    Emotion,
    Entity,
    Heat,
    Reading,
    Topic,
)
from calmdesk.text import Document, Span, normalise, what_is_empty


def read(message: str | bytes | Message, playbook: Playbook) -> Reading:
    """Read a client message: heat, emotions, facts and feelings, asks, triggers, topic, advice.

    A pure function of the message and the playbook. Raises `InputError` for empty, binary or
    oversized input. Text that is not English gets a Reading with `in_scope=False` and no guesses.

    >>> from calmdesk.playbook import default_playbook
    >>> reading = read("Order 4411 is a week late. I want a refund!", default_playbook())
    >>> [ask.name for ask in reading.asks]
    ['refund']
    """
    raw = message.text if isinstance(message, Message) else message
    doc = normalise(raw, max_chars=playbook.limits.max_chars)
    empty = what_is_empty(doc)
    if empty is not None:
        raise InputError(f"The message is {empty}: there is nothing new to read.")
    entities = _distinct(find_entities(doc))
    if doc.language == "other":
        return _out_of_scope(doc, entities)
    output = load_model().predict(doc.tokens)
    cues = find_cues(doc)
    triggers = find_triggers(doc)
    complaint = complaint_of(output, triggers, doc.text)
    heat = with_threats(heat_of(doc, output, cues), triggers)
    facts, feelings = facts_and_feelings(doc)
    emotions = _emotions(
        doc, output, _felt_in_clauses(doc, output, feelings), _mock_thanks(doc, cues)
    )
    heat = with_complaint(heat, complaint, emotions, triggers)
    asks = find_asks(doc)
    topic = find_topic(doc, entities)
    channel, advice = advise(doc, playbook, heat, emotions, asks, triggers, topic, facts, feelings)
    return Reading(
        text=doc.text,
        language=doc.language,
        in_scope=True,
        heat=heat,
        emotions=emotions,
        complaint=complaint,
        facts=facts,
        feelings=feelings,
        asks=asks,
        triggers=triggers,
        topic=topic,
        entities=entities,
        channel=channel,
        advice=advice,
        set_aside=doc.set_aside,
        notes=doc.notes,
    )


def _distinct(entities: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """The first mention of each (kind, value): an order number repeated is one order."""
    seen: set[tuple[str, str]] = set()
    kept = []
    for entity in entities:
        if (entity.kind, entity.value) not in seen:
            seen.add((entity.kind, entity.value))
            kept.append(entity)
    return tuple(kept)


# A message this long is long enough for one clause's feeling to be lost in the whole: the model
# is trained on Reddit comments of at most about 30 words (8 of the 48,836 GoEmotions dev
# comments are this long; the emails a team answers mostly are).
LONG_MESSAGE_SENTENCES = 3
LONG_MESSAGE_TOKENS = 40


def _felt_in_clauses(
    doc: Document, output: ModelOutput, feelings: tuple[Span, ...]
) -> dict[str, tuple[float, tuple[Span, ...]]]:
    """In a longer message where the whole shows no emotion beyond neutral, the emotions its
    feeling clauses carry on their own ("Frankly this is the worst service I've had in years"
    at the end of a factual email), with the best score and the words that carry each."""
    if (
        len(doc.sentences) < LONG_MESSAGE_SENTENCES
        or len(doc.tokens) < LONG_MESSAGE_TOKENS
        or not feelings
    ):
        return {}
    if any(present for name, present in output.emotion_present.items() if name != "neutral"):
        return {}
    model, tokens, text = load_model(), doc.tokens, doc.text
    starts = [token.start for token in tokens]
    found: dict[str, tuple[float, tuple[Span, ...]]] = {}
    for clause in feelings:
        first, last = bisect_left(starts, clause.start), bisect_left(starts, clause.end)
        if first == last:
            continue
        said = model.predict(tokens[first:last])
        for name, present in said.emotion_present.items():
            score = said.emotions[name]
            if name == "neutral" or not present or score <= found.get(name, (0.0, ()))[0]:
                continue
            words = tuple(
                Span.of(text, tokens[first + i].start, tokens[first + i].end)
                for i in said.emotion_tokens.get(name, ())
                if tokens[first + i].lower not in _NOT_EVIDENCE
            )
            found[name] = (score, words)
    return found


# Words the model may weigh but a person would not call evidence of a feeling: "are", "this".
_NOT_EVIDENCE = frozenset(
    "a an the this that these those is are was were be been being am i i'm you you're we we're "
    "they he she it it's its my your our their me us them to of in on for at by with from and "
    "or but so as if then there here has have had do does did will would can could".split()
)


def _mock_thanks(doc: Document, cues: tuple[Cue, ...]) -> Span | None:
    """Where the message thanks or praises for a failure ("Thanks for losing my bag"), if it
    does; looked for only in a message with a sarcasm cue, which every mock thanks is."""
    if doc.lower is None or not any(cue.kind == "sarcasm" for cue in cues):
        return None
    found = mock_thanks_in(doc.lower)
    return Span.of(doc.text, *found) if found is not None else None


# Feelings mock thanks ("thanks for losing my bag") may already carry; without one of them they
# are annoyance, held at least as likely as not (as `heat` takes its anger).
_DISPLEASED = frozenset(("anger", "annoyance", "disappointment", "sadness"))
SARCASM_ANNOYANCE_FLOOR = 0.5


def _emotions(
    doc: Document,
    output: ModelOutput,
    in_clauses: dict[str, tuple[float, tuple[Span, ...]]],
    mock_thanks: Span | None = None,
) -> tuple[Emotion, ...]:
    """Every emotion with its score; the words that carry it only for those found present (the
    evidence of an emotion that is not there would only be noise). `in_clauses` holds emotions
    found in single clauses of a longer message (see `_felt_in_clauses`). `mock_thanks` is where
    the message thanks or praises for a failure ("Great job losing our bags"): the model reads
    that as gratitude, a reader as annoyance, so gratitude is not present then (its score stays
    the model's) and annoyance is, with those words as evidence, unless the message already
    shows displeasure."""
    emotions = []
    text, tokens = doc.text, doc.tokens
    for name in EMOTIONS:
        present = output.emotion_present[name]
        score = output.emotions[name]
        spans: tuple[Span, ...] = ()
        if present:
            spans = tuple(
                Span.of(text, tokens[i].start, tokens[i].end)
                for i in output.emotion_tokens.get(name, ())
                if tokens[i].lower not in _NOT_EVIDENCE
            )
        elif name in in_clauses:
            present = True
            score, spans = in_clauses[name]
        if mock_thanks is not None and name == "gratitude":
            present, spans = False, ()
        emotions.append(Emotion(name, score, present, spans))
    if mock_thanks is not None and not any(e.present and e.name in _DISPLEASED for e in emotions):
        at = EMOTIONS.index("annoyance")
        score = max(emotions[at].score, SARCASM_ANNOYANCE_FLOOR)
        emotions[at] = Emotion("annoyance", score, True, (mock_thanks,))
    emotions.sort(key=lambda e: (not e.present, -e.score))
    return tuple(emotions)


def _out_of_scope(doc: Document, entities: tuple[Entity, ...]) -> Reading:
    note = (
        "The message does not read as English; calmdesk's reader is built for English, so it "
        "reports no heat, emotions, asks or triggers rather than guessing."
    )
    return Reading(
        text=doc.text,
        language=doc.language,
        in_scope=False,
        heat=Heat(0, "unknown", 0.0, ()),
        emotions=(),
        complaint=Complaint(False, 0.0, 0),
        facts=(),
        feelings=(),
        asks=(),
        triggers=(),
        topic=Topic("other", None, ()),
        entities=entities,
        channel="reply",
        advice=(),
        set_aside=doc.set_aside,
        notes=(*doc.notes, note),
    )
