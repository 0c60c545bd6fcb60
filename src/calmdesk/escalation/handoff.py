"""The internal handoff note: everything a lead needs to take a case over without asking the
client to repeat themselves. The guide's "take notes for follow-up", made automatic.

`build_handoff` gathers the facts, what the client wants, what was tried and promised, the heat
over time and the timeline from a prepared case; `render_markdown` turns an `Escalation` into
plain Markdown ready to paste into a ticket or a chat.

>>> from calmdesk.case import Case, prepare
>>> from calmdesk.message import Message
>>> from calmdesk.playbook import default_playbook
>>> playbook = default_playbook()
>>> case = prepare(Case((Message("Order 4411 never came. I want a refund."),)), playbook)
>>> note = build_handoff(case, (), playbook)
>>> [(w.name, w.span.text) for w in note.wants], [(d.kind, d.value) for d in note.details]
([('refund', 'a refund')], [('order_number', '4411')])
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import datetime, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from calmdesk.case import Case
from calmdesk.escalation.policy import client_messages, decide, owners
from calmdesk.escalation.values import (
    Deadline,
    Detail,
    Escalation,
    Handoff,
    HeatPoint,
    Promise,
    Quote,
    Reason,
    TimelineEntry,
)
from calmdesk.playbook.load import compile_pattern
from calmdesk.playbook.model import Playbook
from calmdesk.reading.values import shown_value
from calmdesk.text import Document, Span, normalise

# Reply steps whose words in a rep message say what the rep did or is doing.
ACTION_STEPS = ("align", "solve")
# Things a rep says they have already done ("I've contacted the courier", "we refunded").
DONE = re.compile(
    r"""\b(?:I|we)(?:['’]ve|\s+have)?\s+(?:already\s+|just\s+|now\s+)?(?:contacted|called|rang|
    emailed|messaged|chased|asked|escalated|spoken\s+(?:to|with)|spoke\s+(?:to|with)|checked|
    raised|reached\s+out|opened|filed|logged|booked|arranged|sent|issued|processed|refunded|
    replaced|reshipped|resent|credited|offered|waived|expedited|flagged|reported|requested)\b
    # under way: "I'm checking the timesheets with finance", "we're looking into it"
    |\b(?:I['’]m|I\s+am|we['’]re|we\s+are)\s+(?:now\s+|already\s+|currently\s+|still\s+)?
    (?:checking|chasing|contacting|calling|investigating|looking\s+into|reviewing|reissuing|
    arranging|escalating|processing|speaking\s+(?:to|with)|working\s+(?:on|with))\b
    # news the rep got from someone they asked: "the courier says it's at their depot"
    |\b(?:the|our)\s+(?:courier|carrier|warehouse|supplier|vendor|factory|engineer|technician|
    bank|billing\s+team|tech(?:nical)?\s+team|team)\s+(?:says|said|has\s+confirmed|confirmed|
    told\s+(?:me|us)|tells\s+(?:me|us)|reports|reported)\b""",
    re.IGNORECASE | re.VERBOSE,
)
# Work colleagues have under way or have finished, as the rep reports it ("our engineers are
# investigating", "service has been restored"); tried only where `_DONE_BY_OTHERS_WORDS` stand.
DONE_BY_OTHERS = re.compile(
    r"""\b(?:our|the)\s+(?:engineers?|developers?|technicians?|(?:[a-z]+\s+)?team|
    specialists?)\s+(?:is|are)\s+(?:now\s+|already\s+|currently\s+|still\s+|actively\s+)?
    (?:checking|investigating|looking\s+into|reviewing|working\s+on|fixing|testing)\b
    |\b(?:service|access|it|the\s+\w+)\s+(?:has\s+been|is\s+now|is|was)\s+
    (?:restored|fixed|resolved|back\s+up|back\s+online|live\s+again)\b""",
    re.IGNORECASE | re.VERBOSE,
)
_DONE_BY_OTHERS_WORDS = (
    "engineer", "developer", "technician", "team is", "team are", "specialist", "restored",
    "fixed", "resolved", "back up", "back online", "live again",
)  # fmt: skip
EXCERPT_CHARS = 90
_SPACE = re.compile(r"\s+")
_SHORT_REASONS = {
    "manager_request": "asked for a manager",
    "refund_above_ceiling": "refund above the ceiling",
    "policy_exception": "policy exception",
    "legal_threat": "legal threat",
    "public_threat": "threat to go public",
    "abuse": "abuse aimed at the rep",
    "heat_high": "hostile tone",
    "heat_rising": "heat rising",
    "repeat_contact": "repeat contact",
    "churn_threat": "may leave",
    "promise_missed": "promised time missed",
    "executive_copied": "someone senior copied in",
}
# How a commitment's note names a day the team does not work (`BusinessCalendar.describe_day`).
_CLOSED_DAY = re.compile(r"\w{3} \d{1,2} \w{3}, (?:a holiday \([^)]*\)|not a working day)")


def _deadline_line(deadline: Deadline) -> str:
    """A client's deadline, when it falls, and whether the team is closed that day."""
    line = f"{_quote(deadline.span.text)} (#{deadline.message_index + 1}): "
    if deadline.due_at is None:
        return line + deadline.note
    line += _when(deadline.due_at)
    closed = _CLOSED_DAY.search(deadline.note)
    if closed:
        # "by Thursday" when Thursday is a holiday: settle it the working day before
        line += f" ({closed.group()}: the team is not in that day)"
    return line + (" — **passed**" if deadline.passed else "")


_HEADLINES = {
    "none": "No escalation needed",
    "suggest": "Escalation suggested",
    "required": "Escalation required",
}


def build_handoff(
    case: Case,
    reasons: tuple[Reason, ...],
    playbook: Playbook,
    now: datetime | None = None,
    documents: dict[int, Document] | None = None,
) -> Handoff:
    """The handoff note for a prepared case (see `calmdesk.case.prepare`).

    `documents` may hold already normalised rep messages by index, to save normalising again.
    """
    zone = playbook_zone(playbook)
    clients = client_messages(case)
    docs = dict(documents or {})
    for index, message in enumerate(case.messages):
        if message.role == "rep" and index not in docs:
            docs[index] = normalise(message.text, playbook.limits.max_chars, language=False)
    owner, also = owners(reasons, playbook.escalation)
    topic, cause = _topic(case)
    promised = tuple(_promises(case, now, zone))
    heat = tuple(
        HeatPoint(
            c.index,
            case.messages[c.index].sent_at,
            c.reading.heat.level,
            c.reading.heat.label,
            c.reading.heat.score,
        )
        for c in clients
        if c.reading.in_scope
    )
    return Handoff(
        summary=_summary(case, decide(reasons), reasons, topic, heat),
        owner=owner,
        also=also,
        topic=topic,
        cause=cause,
        details=tuple(_details(case)),
        facts=_distinct(Quote("fact", c.index, span) for c in clients for span in c.reading.facts),
        wants=_distinct(
            Quote(ask.name, c.index, ask.span) for c in clients for ask in c.reading.asks
        ),
        risks=_distinct(
            Quote(t.name, c.index, t.span) for c in clients for t in c.reading.triggers
        ),
        tried=tuple(_actions(case, docs, playbook)),
        promised=promised,
        heat=heat,
        timeline=tuple(_timeline(case, docs)),
        notes=tuple(_notes(case, playbook)),
    )


def playbook_zone(playbook: Playbook) -> ZoneInfo | None:
    """The playbook's time zone; None without business hours or with a zone that does not exist."""
    hours = getattr(playbook, "hours", None)
    if hours is None:
        return None
    try:
        return ZoneInfo(hours.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def aware(moment: datetime, zone: ZoneInfo | None) -> datetime | None:
    """`moment` with a time zone: naive times are the playbook's local time; None without one."""
    if moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=zone) if zone is not None else None


def _distinct(quotes: Iterable[Quote]) -> tuple[Quote, ...]:
    """Quotes without repeats: the same words under the same name are listed once (first)."""
    seen: set[tuple[str, str]] = set()
    kept = []
    for quote in quotes:
        key = (quote.name, _SPACE.sub(" ", quote.span.text.lower()).strip())
        if key not in seen:
            seen.add(key)
            kept.append(quote)
    return tuple(kept)


def _topic(case: Case) -> tuple[str, str | None]:
    """The topic most client messages are about (the first wins a tie) and the latest cause."""
    topics = [c.reading.topic for c in client_messages(case) if c.reading.in_scope]
    named = [t.topic for t in topics if t.topic != "other"]
    if not named:
        return "other", None
    # "Nobody answered", "get me a manager": complaints about the handling ("service") follow
    # the problem itself; the case is about the problem when one is named.
    named = [t for t in named if t != "service"] or named
    counts = Counter(named)
    best = max(counts.values())
    # The first message states the problem; later ones add the remedy wanted ("refund me"),
    # whose words can make a late order read as billing.
    topic = next(name for name in named if counts[name] == best)
    cause = next((t.cause for t in reversed(topics) if t.cause), None)
    return topic, cause


def _details(case: Case) -> Iterator[Detail]:
    seen: set[tuple[str, str]] = set()
    for client in client_messages(case):
        for entity in client.reading.entities:
            if (entity.kind, entity.value) not in seen:
                seen.add((entity.kind, entity.value))
                yield Detail(entity.kind, entity.value, client.index, entity.span)


def _promises(case: Case, now: datetime | None, zone: ZoneInfo | None) -> Iterator[Promise]:
    current = aware(now, zone) if now is not None else None
    for index, message in enumerate(case.messages):
        if message.role != "rep":
            continue
        for commitment in case.promises(index) or ():
            due = aware(commitment.due_at, zone) if commitment.due_at else None
            overdue = current is not None and due is not None and due < current
            yield Promise(index, commitment, overdue)


def _actions(case: Case, docs: dict[int, Document], playbook: Playbook) -> Iterator[Quote]:
    steps = [s for s in playbook.steps if s.id in ACTION_STEPS]
    patterns = [(step.id, compile_pattern(p)) for step in steps for p in step.patterns]
    patterns.append(("done", DONE))
    for index, message in enumerate(case.messages):
        if message.role != "rep":
            continue
        doc = docs[index]
        promised = [c.span for c in case.promises(index) or ()]
        found: dict[int, Quote] = {}
        lowered = doc.body.lower()
        others = any(word in lowered for word in _DONE_BY_OTHERS_WORDS)
        for step_id, pattern in (*patterns, ("done", DONE_BY_OTHERS)) if others else patterns:
            for match in pattern.finditer(doc.body):
                # A promise is listed under "promised"; the same words are not an action too.
                if any(p.start < match.end() and match.start() < p.end for p in promised):
                    continue
                sentence = _sentence(doc, match.start())
                if sentence is not None and sentence.start not in found:
                    found[sentence.start] = Quote(step_id, index, sentence)
        yield from (found[start] for start in sorted(found))


def _sentence(doc: Document, offset: int) -> Span | None:
    return next((s for s in doc.sentences if s.start <= offset < s.end), None)


def _excerpt(text: str) -> str:
    flat = _SPACE.sub(" ", text).strip()
    if len(flat) <= EXCERPT_CHARS:
        return flat
    cut = flat[:EXCERPT_CHARS].rsplit(" ", 1)[0]
    return f"{cut}…"


def _timeline(case: Case, docs: dict[int, Document]) -> Iterator[TimelineEntry]:
    for index, message in enumerate(case.messages):
        reading = case.reading(index)
        if reading is not None:
            text = reading.text
        elif index in docs:
            text = docs[index].text
        else:
            text = message.text
        yield TimelineEntry(index, message.role, message.channel, message.sent_at, _excerpt(text))


def _notes(case: Case, playbook: Playbook) -> Iterator[str]:
    untimed = [i + 1 for i, m in enumerate(case.messages) if m.sent_at is None]
    if untimed:
        yield f"No time on message(s) {_numbers(untimed)}: they are left out of due-time checks."
    for client in client_messages(case):
        if not client.reading.in_scope:
            yield (
                f"Message #{client.index + 1} is not in English; its heat, asks and triggers "
                "were not read, so check it yourself."
            )
    if getattr(playbook, "hours", None) is None:
        yield "The playbook has no business hours, so promises carry no due times."
    zone = playbook_zone(playbook)
    times = [aware(m.sent_at, zone) for m in case.messages if m.sent_at is not None]
    known = [t for t in times if t is not None]
    if any(later < earlier for earlier, later in pairwise(known)):
        yield "Message times go backwards in places; the timeline keeps the order given."


def _numbers(indexes: list[int]) -> str:
    return ", ".join(f"#{i}" for i in indexes)


def _span_of_time(case: Case) -> str:
    times = [m.sent_at for m in case.messages if m.sent_at is not None]
    if len(times) < 2:
        return ""
    try:
        elapsed = max(times) - min(times)
    except TypeError:  # naive and aware times mixed: no honest duration
        return ""
    if elapsed >= timedelta(days=2):
        return f" over {elapsed.days} days"
    if elapsed >= timedelta(hours=2):
        return f" over {int(elapsed.total_seconds() // 3600)} hours"
    return f" over {max(1, int(elapsed.total_seconds() // 60))} minutes"


def _summary(
    case: Case,
    decision: str,
    reasons: tuple[Reason, ...],
    topic: str,
    heat: tuple[HeatPoint, ...],
) -> str:
    headline = _HEADLINES[decision]
    why: list[str] = []
    for reason in reasons:
        short = _SHORT_REASONS.get(reason.kind, reason.kind)
        if reason.kind == "manager_request" and reason.detail:
            short = "threatens to go higher"
        if reason.kind == "legal_threat" and reason.detail:
            short = "threatens a chargeback"
        if reason.detail and reason.kind in ("refund_above_ceiling", "policy_exception"):
            short = f"{short} ({reason.detail})"
        if short not in why:
            why.append(short)
    count = sum(1 for m in case.messages if m.role == "client")
    about = f" about {topic}" if topic != "other" else ""
    plural = "s" if count != 1 else ""
    story = f"{count} client message{plural}{about}{_span_of_time(case)}"
    if heat:
        trail = heat[0].label if len(heat) == 1 else f"{heat[0].label} → {heat[-1].label}"
        story += f"; heat {trail}"
    return f"{headline}: {'; '.join(why)}. {story}." if why else f"{headline}. {story}."


# --- Markdown ------------------------------------------------------------------------------


def _when(moment: datetime | None) -> str:
    if moment is None:
        return "time unknown"
    zone = f" {moment.tzname()}" if moment.tzinfo is not None and moment.tzname() else ""
    return f"{moment:%Y-%m-%d %H:%M}{zone}"


def _quote(text: str) -> str:
    return "“" + _SPACE.sub(" ", text).strip() + "”"


def render_markdown(escalation: Escalation) -> str:
    """The escalation as Markdown: decision, reasons, the client line, then the handoff note.

    Messages are numbered from 1 here (`#1` is `message_index` 0), as a person counts them.
    """
    note = escalation.handoff
    also = f" (keep informed: {', '.join(note.also)})" if note.also else ""
    lines = [
        f"# Handoff: {_HEADLINES[escalation.decision].lower()} · owner: {note.owner}{also}",
        "",
        note.summary,
    ]

    def section(title: str, items: list[str], empty: str | None = None) -> None:
        if not items and empty is None:
            return
        lines.extend(("", f"## {title}", ""))
        lines.extend(f"- {item}" for item in items) if items else lines.append(empty or "")

    section(
        "Why",
        [
            f"**{r.kind}** ({r.decision}), #{r.message_index + 1}: {_quote(r.span.text)} — "
            f"{r.message}"
            for r in escalation.reasons
        ],
    )
    if escalation.client_line:
        lines.extend(("", "## Say to the client", "", f"> {escalation.client_line}"))
    cause = f" (likely cause: {note.cause.replace('_', ' ')})" if note.cause else ""
    section(
        "Facts",
        [f"Topic: {note.topic}{cause}"]
        + [
            f"{d.kind.replace('_', ' ')}: {shown_value(d.kind, d.value)} (#{d.message_index + 1})"
            for d in note.details
        ]
        + [f"{_quote(q.span.text)} (#{q.message_index + 1})" for q in note.facts],
    )
    section(
        "What the client wants",
        [f"{q.name}: {_quote(q.span.text)} (#{q.message_index + 1})" for q in note.wants],
        "Nothing asked for in so many words.",
    )
    section(
        "Risks",
        [
            f"{q.name.replace('_', ' ')}: {_quote(q.span.text)} (#{q.message_index + 1})"
            for q in note.risks
        ],
    )
    section("Deadlines", [_deadline_line(d) for d in note.deadlines])
    section(
        "Tried so far",
        [f"{_quote(q.span.text)} (#{q.message_index + 1}, {q.name})" for q in note.tried],
        "No action found in the rep's messages.",
    )
    promised = []
    for p in note.promised:
        c = p.commitment
        due = f"due {_when(c.due_at)}" if c.due_at else (c.note or "no time given")
        closed = _CLOSED_DAY.search(c.note) if c.due_at and c.note else None
        if closed:
            # "tomorrow" said the day before a holiday: a time the team may not be there to keep
            due += f" ({closed.group()})"
        flag = " — **overdue**" if p.overdue else ""
        promised.append(f"{_quote(c.span.text)} (#{p.message_index + 1}, {c.owner}): {due}{flag}")
    section("Promised", promised, "No promises found in the rep's messages.")
    section(
        "Heat over time",
        [
            f"#{h.message_index + 1} {_when(h.sent_at)}: {'▮' * h.level or '·'} {h.label} "
            f"({h.level}/4, score {h.score:.2f})"
            for h in note.heat
        ],
    )
    section(
        "Timeline",
        [
            f"#{t.message_index + 1} {_when(t.sent_at)} · {t.role} · {t.channel}: {t.excerpt}"
            for t in note.timeline
        ],
    )
    section("Notes", list(note.notes))
    return "\n".join(lines) + "\n"
