"""`read`: everything calmdesk finds in one client message."""

from __future__ import annotations

from calmdesk.errors import InputError
from calmdesk.message import Message
from calmdesk.playbook.model import Playbook
from calmdesk.reading.advice import advise
from calmdesk.reading.asks import find_asks
from calmdesk.reading.complaint import complaint_of
from calmdesk.reading.entities import find_entities
from calmdesk.reading.facts import facts_and_feelings
from calmdesk.reading.heat import find_cues, heat_of, with_threats
from calmdesk.reading.model import ModelOutput, load_model
from calmdesk.reading.topic import find_topic
from calmdesk.reading.triggers import find_triggers
from calmdesk.reading.values import (
    EMOTIONS,
    Complaint,
    Emotion,
    Entity,
    Heat,
    Reading,
    Topic,
)
from calmdesk.text import Document, Span, normalise


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
    if not doc.body.strip():
        what = "only quoted text or a signature" if doc.text.strip() else "empty"
        raise InputError(f"The message is {what}: there is nothing new to read.")
    entities = _distinct(find_entities(doc))
    if doc.language == "other":
        return _out_of_scope(doc, entities)
    output = load_model().predict(doc.tokens)
    cues = find_cues(doc)
    triggers = find_triggers(doc)
    heat = with_threats(heat_of(doc, output, cues), triggers)
    emotions = _emotions(doc, output)
    facts, feelings = facts_and_feelings(doc)
    asks = find_asks(doc)
    topic = find_topic(doc, entities)
    channel, advice = advise(doc, playbook, heat, emotions, asks, triggers, topic, facts, feelings)
    return Reading(
        text=doc.text,
        language=doc.language,
        in_scope=True,
        heat=heat,
        emotions=emotions,
        complaint=complaint_of(output, triggers, doc.text),
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


def _emotions(doc: Document, output: ModelOutput) -> tuple[Emotion, ...]:
    """Every emotion with its score; the words that carry it only for those found present (the
    evidence of an emotion that is not there would only be noise)."""
    emotions = []
    text, tokens = doc.text, doc.tokens
    for name in EMOTIONS:
        present = output.emotion_present[name]
        spans: tuple[Span, ...] = ()
        if present:
            spans = tuple(
                Span.of(text, tokens[i].start, tokens[i].end)
                for i in output.emotion_tokens.get(name, ())
            )
        emotions.append(Emotion(name, output.emotions[name], present, spans))
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
