"""What the rep should do next, from what the reading found and the playbook's thresholds.

Each piece of advice has a stable `move` id and cites the spans that led to it, so the rep can see
why: a heated email is better moved to a call, a hostile one deserves a pause before answering,
a client-caused delay is stated neutrally with an offer to expedite, and so on.
"""

from __future__ import annotations

from calmdesk.playbook.model import Playbook
from calmdesk.reading.values import Advice, Emotion, Evidence, Heat, Topic
from calmdesk.text import Document, Span

LONG_MESSAGE_WORDS = 250

_TRIGGER_ADVICE = {
    "manager_request": (
        "escalate:manager",
        "They asked for someone senior: bring in your lead as added support, not as a hand-off.",
    ),
    "legal_threat": (
        "escalate:legal",
        "A legal threat: stay factual, promise nothing about liability, and involve your lead now.",
    ),
    "public_threat": (
        "escalate:public",
        "They may go public: answer quickly and concretely, and tell your lead.",
    ),
    "churn_threat": (
        "retain",
        "They are thinking of leaving: show what you will do for them, with a date.",
    ),
    "repeat_contact": (
        "own-it",
        "They have asked before: own the follow-up yourself and give a specific time for the next "
        "update.",
    ),
    "hard_deadline": (
        "deadline",
        "They have a deadline: say plainly whether it can be met and what you will do if not.",
    ),
    "abuse": (
        "boundary",
        "Insults are aimed at people: do not answer in kind; stay neutral and loop in your lead.",
    ),
}


def _word_count(doc: Document) -> int:
    return sum(1 for token in doc.tokens if token.lower[0].isalnum())


def _spans(items: tuple[Evidence, ...]) -> tuple[Span, ...]:
    return tuple(item.span for item in items)


def advise(
    doc: Document,
    playbook: Playbook,
    heat: Heat,
    emotions: tuple[Emotion, ...],
    asks: tuple[Evidence, ...],
    triggers: tuple[Evidence, ...],
    topic: Topic,
    facts: tuple[Span, ...],
    feelings: tuple[Span, ...],
) -> tuple[str, tuple[Advice, ...]]:
    """The recommended channel (`call` or `reply`) and the next moves, most pressing first."""
    settings = playbook.reading
    advice: list[Advice] = []
    cue_spans = tuple(cue.span for cue in heat.cues)
    wants_call = tuple(a for a in asks if a.name == "call")
    move_to_call = heat.level >= settings.call_heat_level or bool(wants_call)
    if heat.level >= settings.pause_heat_level:
        advice.append(
            Advice(
                "pause",
                f"The message reads {heat.label}. Take a breath and read it fully before you "
                "answer; keep your tone calmer than theirs.",
                cue_spans,
            )
        )
    if move_to_call:
        reason = "They asked to talk." if wants_call else "Heated email loses tone and pace."
        advice.append(
            Advice(
                "call",
                f"{reason} Offer a short call with two concrete times instead of a long email.",
                _spans(wants_call) or cue_spans,
            )
        )
    elif heat.level >= 2 and _word_count(doc) > LONG_MESSAGE_WORDS:
        advice.append(
            Advice(
                "call",
                "A long, upset message: a short call will settle more than a long reply.",
                feelings[:2],
            )
        )
    for trigger in triggers:
        move, message = _TRIGGER_ADVICE[trigger.name]
        advice.append(Advice(move, message, (trigger.span,)))
    felt = [e for e in emotions if e.present and e.name not in ("neutral", "gratitude")]
    if felt or heat.level >= 1:
        named = felt[0].name if felt else "concern"
        advice.append(
            Advice(
                "step:acknowledge",
                f"Start by acknowledging the {named} in your own words before any fix.",
                feelings[:3] or tuple(s for e in felt[:1] for s in e.spans),
            )
        )
    if facts and feelings:
        advice.append(
            Advice(
                "separate-facts",
                "Answer the facts underneath the emotion, one by one.",
                facts[:3],
            )
        )
    if not asks and heat.level >= 1:
        advice.append(
            Advice(
                "step:clarify",
                "It is not clear what would put this right for them: ask what a good outcome "
                "looks like, or confirm the details back.",
                (),
            )
        )
    if topic.cause == "client_dependency":
        advice.append(
            Advice(
                "client-dependency",
                "The hold-up is on their side: state it neutrally, without blame, and offer to "
                "help them get it to you faster.",
                tuple(e.span for e in topic.evidence),
            )
        )
    elif topic.cause in ("carrier", "vendor", "production"):
        advice.append(
            Advice(
                "own-the-cause",
                f"The cause looks like {topic.cause.replace('_', ' ')}: the client sees one brand, "
                "so take it on for them rather than pointing at it.",
                tuple(e.span for e in topic.evidence),
            )
        )
    if asks:
        names = ", ".join(dict.fromkeys(a.name for a in asks))
        advice.append(
            Advice(
                "step:solve",
                f"Answer every ask ({names}) with a concrete option and a time.",
                _spans(asks),
            )
        )
    channel = "call" if any(a.move == "call" for a in advice) else "reply"
    return channel, tuple(advice)
