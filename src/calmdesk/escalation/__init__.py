"""When to bring in a lead: `escalate(case, playbook)` gives the decision, the reasons (each
citing the client's words), the line to say to the client, and a handoff note for the lead.

>>> from calmdesk.case import Case
>>> from calmdesk.message import Message
>>> from calmdesk.playbook import default_playbook
>>> result = escalate(Case((Message("Third time asking. Get me your manager."),)),
...                   default_playbook())
>>> result.decision, [reason.kind for reason in result.reasons]
('required', ['manager_request', 'repeat_contact'])
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, tzinfo

from calmdesk.case import Case, prepare_with_documents
from calmdesk.commitments import commitments
from calmdesk.commitments.calendar import business_calendar
from calmdesk.commitments.deadlines import answer_by
from calmdesk.commitments.timing import CLIENT_CLOCK_UNKNOWN
from calmdesk.escalation.deadlines import client_deadlines, earliest_ahead
from calmdesk.escalation.handoff import aware, build_handoff, render_markdown
from calmdesk.escalation.policy import client_messages, decide, find_reasons, owners
from calmdesk.escalation.scripts import client_line, seed_of, when_phrase
from calmdesk.escalation.values import (
    DECISIONS,
    REASON_KINDS,
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
from calmdesk.playbook.model import Playbook
from calmdesk.text import Document, normalise

# Working hours a lead needs to pick a case up; the client is told to expect news by then.
LEAD_REPLY_HOURS = 2.0


def escalate(case: Case, playbook: Playbook, now: datetime | None = None) -> Escalation:
    """Decide whether to bring in a lead, say why, give the client line and the handoff note.

    A pure function of the case, the playbook and `now` (used only to flag overdue promises and
    to say by when the client will hear back; naive times are the playbook's local time).
    Readings and promises stored in the case are used as they are; missing ones are worked out.
    Raises `InputError` for an empty case, a case with only rep messages, or a client message
    with nothing to read.
    """
    prepared, documents = prepare_with_documents(case, playbook)
    prepared = _on_client_clock(prepared, documents, playbook)
    reasons = find_reasons(prepared, playbook, now)
    decision = decide(reasons)
    deadlines = client_deadlines(prepared, playbook, now)
    first = earliest_ahead(deadlines)
    reply_by, when, usual = (
        _reply_by(now, playbook, first.due_at if first else None)
        if decision != "none"
        else (None, None, None)
    )
    notes: tuple[str, ...] = ()
    if first is not None and first.due_at is not None and reply_by != usual and usual:
        notes = (
            f"The client's deadline ({first.span.text!r}, #{first.message_index + 1}) falls at "
            f"{first.due_at:%a %d %b %H:%M}, before a lead's usual reply time ({usual:%H:%M}): "
            f"the client is told {when}.",
        )
    client_zone = _client_zone(prepared, reply_by)
    if reply_by is not None and now is not None and client_zone is not None:
        # The client writes from another zone: tell them the time on their own clock.
        start = now if now.tzinfo is not None else now.replace(tzinfo=reply_by.tzinfo)
        local = start.astimezone(client_zone)
        when = f"{when_phrase(reply_by.astimezone(client_zone), local)} your time"
    line = ""
    if decision != "none":
        names = (c.reading.client_first_name for c in reversed(client_messages(prepared)))
        name = next((found for found in names if found), None)
        lead = reasons[0]
        opener = (
            "manager_threatened" if lead.kind == "manager_request" and lead.detail else lead.kind
        )
        line = client_line(
            opener, seed_of(_seed_key(prepared)), playbook.escalation.scripts, name, when
        )
    handoff = build_handoff(prepared, reasons, playbook, now, documents)
    handoff = replace(handoff, deadlines=deadlines, notes=handoff.notes + notes)
    return Escalation(decision, reasons, line, reply_by, handoff)


def _on_client_clock(case: Case, documents: dict[int, Document], playbook: Playbook) -> Case:
    """The case with "9am your time tomorrow" promises read on the client's clock, which their
    messages' times show (the latest before the promise, else the first after it)."""
    if getattr(playbook, "hours", None) is None:
        return case
    # Most cases never say "your time" ("Your time", "your local time"): nothing to re-read.
    if not any(m.role == "rep" and "our " in m.text and " time" in m.text for m in case.messages):
        return case
    zones = [
        (index, m.sent_at.tzinfo)
        for index, m in enumerate(case.messages)
        if m.role == "client" and m.sent_at is not None and m.sent_at.tzinfo is not None
    ]
    if not zones:
        return case
    found = list(case.commitments)
    for index, message in enumerate(case.messages):
        promises = case.promises(index)
        if message.role != "rep" or not promises or message.sent_at is None:
            continue
        if not any(CLIENT_CLOCK_UNKNOWN in promise.note for promise in promises):
            continue
        before = [zone for at, zone in zones if at < index]
        zone = before[-1] if before else zones[0][1]
        document = documents.get(index) or normalise(
            message.text, playbook.limits.max_chars, language=False
        )
        found[index] = commitments(document, message.sent_at, playbook, zone)
    return replace(case, commitments=tuple(found))


def _seed_key(case: Case) -> str:
    """What makes a case itself: its id, else the client's first message and when it came."""
    if case.id:
        return f"id:{case.id}"
    first = next(m for m in case.messages if m.role == "client")
    when = first.sent_at.isoformat() if first.sent_at else ""
    return f"first:{when}:{first.text}"


def _reply_by(
    now: datetime | None, playbook: Playbook, deadline: datetime | None
) -> tuple[datetime | None, str | None, datetime | None]:
    """When the client will hear back, how to say it, and when a lead would usually reply;
    (None, None, None) without `now` or hours.

    A lead gets `LEAD_REPLY_HOURS` working hours, unless the client's `deadline` comes first:
    then the client hears back by the deadline (its half hour, when that is still ahead).
    """
    hours = getattr(playbook, "hours", None)
    if now is None or hours is None:
        return None, None, None
    calendar = business_calendar(hours)
    start = calendar.local(aware(now, calendar.zone) or now)
    usual = _round_up(calendar.add_business_hours(start, LEAD_REPLY_HOURS))
    reply_by = answer_by(deadline, start, usual)
    return reply_by, when_phrase(reply_by, start), usual


def _client_zone(case: Case, moment: datetime | None) -> tzinfo | None:
    """The zone of the client's latest timed message when its UTC offset differs from
    `moment`'s (the client writes from elsewhere); None otherwise."""
    if moment is None:
        return None
    times = [m.sent_at for m in case.messages if m.role == "client" and m.sent_at is not None]
    if not times or times[-1].tzinfo is None:
        return None
    latest = times[-1]
    if latest.utcoffset() == moment.utcoffset():
        return None
    return latest.tzinfo


def _round_up(moment: datetime) -> datetime:
    """The next half hour: '1:30 pm' is a time a person promises, '1:05 pm' is not."""
    extra = (-moment.minute) % 30
    if extra == 0 and not (moment.second or moment.microsecond):
        return moment
    whole = moment.replace(second=0, microsecond=0)
    return whole + timedelta(minutes=extra or 30)


__all__ = [
    "DECISIONS",
    "LEAD_REPLY_HOURS",
    "REASON_KINDS",
    "Deadline",
    "Detail",
    "Escalation",
    "Handoff",
    "HeatPoint",
    "Promise",
    "Quote",
    "Reason",
    "TimelineEntry",
    "escalate",
    "owners",
    "render_markdown",
]
