"""When to bring in a lead: the reasons found in a case, and the decision they add up to.

The guide says to escalate when the client asks for it, when the fix is beyond the rep's
authority (a refund above the ceiling, a policy exception), and when the conversation keeps
heating up despite the rep's replies. Threats of legal action or of going public, and abuse
aimed at the rep, also go to someone who can take them. Each reason cites the words that
caused it. What each kind calls for:

- `manager_request` (required): the client asks for a manager (`manager_request_escalates`).
- `refund_above_ceiling` (required): a refund or credit above `refund_ceiling`; suggest only
  when the amount is in another currency and cannot be compared.
- `policy_exception` (required): a request matching an exception in `exceptions_need_lead`.
- `legal_threat` (required): a threat of legal action (`legal_threat_escalates`).
- `abuse` (required): insults aimed at the rep or the team.
- `heat_high` (required): the latest client message is at `escalate_at_heat` or above;
  suggest when only an earlier one was.
- `heat_rising` (required): the last `heat_rising_messages` client messages each hotter than
  the one before, with a rep reply in between; suggest without one.
- `public_threat` (suggest): a threat to go public (reviews, social media, the press).
- `repeat_contact` (suggest): the client says they have written before; required when they
  say it in two messages (`repeat_contact_escalates`).
- `churn_threat` (suggest): the client says they may leave or take their business elsewhere.
- `executive_copied` (suggest): the client copies in someone senior on their side ("I'm
  copying in Dana, our VP of Operations"): a lead should be ready to answer at that level.
- `promise_missed` (suggest): a time the rep gave the client passed before the rep wrote again;
  required when it happened twice. It cites the rep's promise, not the client's words.

>>> from calmdesk.case import Case, prepare
>>> from calmdesk.message import Message
>>> from calmdesk.playbook import default_playbook
>>> playbook = default_playbook()
>>> case = prepare(Case((Message("This is useless. Get me your manager."),)), playbook)
>>> [(r.kind, r.decision, r.span.text) for r in find_reasons(case, playbook)]
[('manager_request', 'required', 'Get me your manager')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from itertools import pairwise
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from calmdesk.case import Case
from calmdesk.escalation.values import DECISIONS, REASON_KINDS, Reason
from calmdesk.playbook.exceptions import asked_exceptions
from calmdesk.playbook.model import EscalationPolicy, Playbook
from calmdesk.reading.money import amount_of, refundable_amounts
from calmdesk.reading.values import Entity, Reading
from calmdesk.text import Span, sentence_around

REFUND_EXCEPTION = "refund-above-ceiling"
# Asks that put money back in the client's hands; an amount with them is what they want back.
MONEY_ASKS = ("refund", "compensation")
_MAX_HEAT = 4


@dataclass(frozen=True, slots=True)
class ClientMessage:
    """A client message of the case with its reading, and its position among all messages."""

    index: int
    reading: Reading


def client_messages(case: Case) -> tuple[ClientMessage, ...]:
    """The client messages of a prepared case (see `calmdesk.case.prepare`), oldest first."""
    return tuple(
        ClientMessage(index, reading)
        for index, (message, reading) in enumerate(zip(case.messages, case.readings, strict=True))
        if message.role == "client" and reading is not None
    )


def find_reasons(case: Case, playbook: Playbook, now: datetime | None = None) -> tuple[Reason, ...]:
    """Every reason to bring in a lead, required ones first, then by message and kind.

    `case` must be prepared (every client message has its reading). `now` tells whether the
    rep's latest promises have come due (naive times are the playbook's local time).
    """
    policy = playbook.escalation
    clients = client_messages(case)
    found = [
        *_trigger_reasons(clients, policy),
        *_refund_reasons(clients, policy),
        *_exception_reasons(clients, policy),
        *_heat_reasons(case, clients, policy),
        *_missed_promise_reasons(case, playbook, now),
        *_copied_reasons(clients),
    ]
    return tuple(
        sorted(
            found,
            key=lambda r: (
                -DECISIONS.index(r.decision),
                r.message_index,
                REASON_KINDS.index(r.kind),
            ),
        )
    )


def decide(reasons: Iterable[Reason]) -> str:
    """The strongest decision any reason calls for; `none` without reasons."""
    return max((r.decision for r in reasons), key=DECISIONS.index, default="none")


def owners(reasons: Iterable[Reason], policy: EscalationPolicy) -> tuple[str, tuple[str, ...]]:
    """Who should take the case, and who else should be told.

    >>> from calmdesk.playbook import default_playbook
    >>> owners((), default_playbook().escalation)
    ('team lead', ())
    """
    # A chargeback threatened is a payments matter the lead settles, not a case for the lawyers.
    kinds = {reason.kind for reason in reasons if reason.detail != CHARGEBACK}
    takers = [
        owner
        for kind, owner in (
            ("legal_threat", policy.legal_owner),
            ("public_threat", policy.public_owner),
        )
        if kind in kinds
    ]
    if not takers:
        return policy.owner, ()
    if "legal_threat" not in kinds and kinds & _LEAD_DECIDES:
        # A public threat beside a decision only the lead can make (a manager asked for, a refund
        # above the ceiling): the lead takes the case and the public side is kept informed.
        return policy.owner, tuple(takers)
    return takers[0], (*takers[1:], policy.owner)


# Reasons that need the lead's own authority, whoever else should hear of the case.
_LEAD_DECIDES = frozenset(("manager_request", "refund_above_ceiling", "policy_exception", "abuse"))


# --- triggers the reader found --------------------------------------------------------------

_TRIGGER_RULES: tuple[tuple[str, str, str], ...] = (
    # trigger, decision, what the lead should know
    ("manager_request", "required", "The client asked for a manager or someone more senior."),
    (
        "legal_threat",
        "required",
        "The client mentioned legal action or a formal complaint; agree nothing new before the "
        "owner has seen it.",
    ),
    ("abuse", "required", "The client's words attack the rep or the team; a lead should step in."),
    (
        "public_threat",
        "suggest",
        "The client threatened to go public (reviews, social media or the press).",
    ),
    ("repeat_contact", "suggest", "The client says they have had to contact us before."),
    (
        "churn_threat",
        "suggest",
        "The client says they may leave; a lead may want to step in to keep the account.",
    ),
)


# The `detail` of a manager_request the client threatens rather than asks for.
THREATENED = "threatened"
# The `detail` of a legal threat that is only a payment disputed with the bank ("I'll do a
# chargeback", "we'll dispute the charge with our card company").
CHARGEBACK = "chargeback"
_CHARGEBACK_WORDS = re.compile(
    r"charge\s*-?\s*backs?|dispute|disputing|revers|bank|card\s+(?:company|issuer|provider)|"
    r"credit\s+card|stop\s+(?:the\s+)?payment",
    re.I,
)
_LEGAL_CHARGEBACK = (
    "The client says they will dispute the payment with their bank (a chargeback); settle the "
    "money question with them before they file it, and agree nothing new before the lead has "
    "seen it."
)
_MANAGER_THREATENED = (
    "The client says they will take it to someone more senior if it isn't settled; a lead can "
    "step in before they do."
)


def _enabled(trigger: str, policy: EscalationPolicy) -> bool:
    switches = {
        "manager_request": policy.manager_request_escalates,
        "legal_threat": policy.legal_threat_escalates,
        "repeat_contact": policy.repeat_contact_escalates,
    }
    return switches.get(trigger, True)


def _trigger_reasons(
    clients: tuple[ClientMessage, ...], policy: EscalationPolicy
) -> Iterator[Reason]:
    for trigger, decision, message in _TRIGGER_RULES:
        if not _enabled(trigger, policy):
            continue
        seen = [
            (client.index, evidence.span)
            for client in clients
            for evidence in client.reading.triggers
            if evidence.name == trigger
        ]
        if not seen:
            continue
        messages = len({index for index, _ in seen})
        # Saying it again in a later message is the client insisting; the latest words are cited.
        index, span = seen[-1]
        if trigger == "repeat_contact" and messages >= 2:
            decision = "required"
        detail = ""
        if trigger == "manager_request" and not any(
            ask.name == "manager" for client in clients for ask in client.reading.asks
        ):
            # "if it isn't sorted by Thursday, I'll go to your CEO": threatened, not asked for
            message, detail = _MANAGER_THREATENED, THREATENED
        if trigger == "legal_threat" and _only_a_chargeback(clients, seen):
            message, detail = _LEGAL_CHARGEBACK, CHARGEBACK
        text = message if messages == 1 else f"{message} They said so in {messages} messages."
        yield Reason(trigger, decision, text, index, span, detail)


def _only_a_chargeback(clients: tuple[ClientMessage, ...], seen: list[tuple[int, Span]]) -> bool:
    """Whether every legal threat of the case is a payment disputed with the bank, and none of
    the messages that make one also names a lawyer, a court or a regulator."""
    if not all(_CHARGEBACK_WORDS.search(span.text) for _, span in seen):
        return False
    threatening = {index for index, _ in seen}
    return not any(
        _LEGAL_PROPER.search(client.reading.text)
        for client in clients
        if client.index in threatening
    )


_LEGAL_PROPER = re.compile(
    r"\b(?:lawyers?|attorneys?|solicitors?|legal|sue|suing|lawsuit|court|litigation|regulators?|"
    r"ombudsman|trading\s+standards|consumer\s+protection|watchdog|bbb|better\s+business)\b",
    re.I,
)


# --- authority: refunds above the ceiling, policy exceptions ---------------------------------


def _amount(entity: Entity) -> tuple[str, float] | None:
    return amount_of(entity.value)


def _amounts_for_ask(reading: Reading, ask: Span) -> list[Entity]:
    """The amounts an ask for money refers to: in its sentence if any, else in its message."""
    amounts = [e for e in refundable_amounts(reading) if _amount(e) is not None]
    start, end = sentence_around(reading.text, ask.start, ask.end)
    near = [e for e in amounts if start <= e.span.start and e.span.end <= end + 1]
    return near or amounts


def _refund_reasons(
    clients: tuple[ClientMessage, ...], policy: EscalationPolicy
) -> Iterator[Reason]:
    if REFUND_EXCEPTION not in policy.exceptions_need_lead:
        return
    above: tuple[int, Entity, float] | None = None
    foreign: tuple[int, Entity] | None = None
    last_amounts: tuple[int, list[Entity]] | None = None
    for client in clients:
        reading = client.reading
        own = [e for e in refundable_amounts(reading) if _amount(e) is not None]
        for ask in reading.asks:
            if ask.name not in MONEY_ASKS:
                continue
            amounts = _amounts_for_ask(reading, ask.span)
            index = client.index
            if not amounts and last_amounts is not None:
                # "I paid $900 ..." earlier, "I want my money back" now.
                index, amounts = last_amounts
            for entity in amounts:
                currency, value = _amount(entity) or ("", 0.0)
                if currency != policy.currency:
                    foreign = (index, entity)
                elif value > policy.refund_ceiling and (above is None or value >= above[2]):
                    above = (index, entity, value)
        if own:
            last_amounts = (client.index, own)
    ceiling = f"{policy.currency} {policy.refund_ceiling:.2f}"
    if above is not None:
        index, entity, _ = above
        yield Reason(
            "refund_above_ceiling",
            "required",
            f"The client wants {entity.value} back, above the {ceiling} a rep may refund alone.",
            index,
            entity.span,
            f"{entity.value} > {ceiling}",
        )
    elif foreign is not None:
        index, entity = foreign
        yield Reason(
            "refund_above_ceiling",
            "suggest",
            f"The client wants {entity.value} back; the refund ceiling is {ceiling}, so check "
            "the amount in that currency with a lead.",
            index,
            entity.span,
            f"{entity.value} vs a {ceiling} ceiling, another currency",
        )


def _outside(span: tuple[int, int], reading: Reading) -> bool:
    """True when the span is the client's new words, not quoted text or a signature."""
    return not any(part.span.start <= span[0] < part.span.end for part in reading.set_aside)


def _exception_reasons(
    clients: tuple[ClientMessage, ...], policy: EscalationPolicy
) -> Iterator[Reason]:
    latest: dict[str, tuple[int, Span]] = {}
    for client in clients:
        for exception_id, span in asked_exceptions(client.reading.text, policy):
            if _outside((span.start, span.end), client.reading):
                latest[exception_id] = (client.index, span)
    for exception in policy.exceptions:
        if exception.id in latest:
            index, span = latest[exception.id]
            yield Reason(
                "policy_exception",
                "required",
                f"The client asks for a policy exception a rep may not grant alone: "
                f"{exception.description}",
                index,
                span,
                exception.id,
            )


# --- heat: hostile now, or rising message after message ---------------------------------------


def heat_span(reading: Reading) -> Span:
    """The words that show a message's heat best: its strongest cue, else a feeling, else a fact,
    else the whole message."""
    if reading.heat.cues:
        return max(reading.heat.cues, key=lambda cue: cue.weight).span
    for spans in (reading.feelings, reading.facts):
        if spans:
            return spans[0]
    stripped = reading.text.strip()
    start = reading.text.find(stripped) if stripped else 0
    return Span.of(reading.text, start, start + len(stripped))


def _heat_reasons(
    case: Case, clients: tuple[ClientMessage, ...], policy: EscalationPolicy
) -> Iterator[Reason]:
    scored = [client for client in clients if client.reading.in_scope]
    if not scored:
        return
    latest = scored[-1]
    if policy.escalate_at_heat <= _MAX_HEAT:
        hot = [c for c in scored if c.reading.heat.level >= policy.escalate_at_heat]
        if hot:
            last = hot[-1]
            label = last.reading.heat.label
            if last is latest:
                yield Reason(
                    "heat_high",
                    "required",
                    f"The client's latest message reads as {label} ({last.reading.heat.level}/4).",
                    last.index,
                    heat_span(last.reading),
                )
            else:
                yield Reason(
                    "heat_high",
                    "suggest",
                    f"An earlier message read as {label} ({last.reading.heat.level}/4); the "
                    "latest is calmer.",
                    last.index,
                    heat_span(last.reading),
                )
    run = policy.heat_rising_messages
    if run < 2 or len(scored) < run:
        return
    window = scored[-run:]
    levels = [c.reading.heat.level for c in window]
    if all(later > earlier for earlier, later in pairwise(levels)):
        replied = any(
            message.role == "rep"
            for message in case.messages[window[0].index + 1 : window[-1].index]
        )
        trail = " → ".join(c.reading.heat.label for c in window)
        yield Reason(
            "heat_rising",
            "required" if replied else "suggest",
            f"The client is getting hotter message after message ({trail})"
            + (" despite the rep's replies." if replied else "."),
            latest.index,
            heat_span(latest.reading),
            trail,
        )


# --- promises the rep made and let pass ------------------------------------------------------

# Promises the client is waiting on: by the rep or the team, to the client ("I'll send you the
# times", "the refund will ...") rather than work among ourselves ("I'm escalating this tonight").
_OWED_TO_CLIENT = ("rep", "team")
_CLIENT_SEES_KINDS = ("refund", "replacement", "call", "update", "delivery")
_TO_THE_CLIENT = re.compile(r"\byou(?:r|rs)?\b", re.IGNORECASE)


def _team_zone(playbook: Playbook) -> ZoneInfo | None:
    hours = getattr(playbook, "hours", None)
    try:
        return ZoneInfo(hours.timezone) if hours is not None else None
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _timed(moment: datetime | None, zone: ZoneInfo | None) -> datetime | None:
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=zone) if zone is not None else None


def _missed_promise_reasons(
    case: Case, playbook: Playbook, now: datetime | None
) -> Iterator[Reason]:
    """A time given to the client that passed before the rep wrote again (or before `now`,
    for the rep's latest message): the client was left waiting past what they were told."""
    zone = _team_zone(playbook)
    current = _timed(now, zone)
    rep_indexes = [i for i, m in enumerate(case.messages) if m.role == "rep"]
    missed: list[tuple[int, Span, datetime, bool]] = []
    for position, index in enumerate(rep_indexes):
        if position + 1 < len(rep_indexes):
            checked = _timed(case.messages[rep_indexes[position + 1]].sent_at, zone)
            replied = True
        else:
            checked, replied = current, False
        if checked is None:
            continue
        for promise in case.promises(index) or ():
            if promise.owner not in _OWED_TO_CLIENT or promise.due_at is None:
                continue
            if promise.kind not in _CLIENT_SEES_KINDS and not _TO_THE_CLIENT.search(
                promise.span.text
            ):
                continue
            if promise.due_at < checked:
                missed.append((index, promise.span, promise.due_at, replied))
    if not missed:
        return
    index, span, due_at, replied = missed[-1]
    when = f"{due_at:%a %d %b %H:%M}"
    passed = "passed before the rep wrote again" if replied else "has passed with no news"
    message = f"The rep promised the client something by {when}, and that time {passed}."
    if len(missed) > 1:
        message += f" {len(missed)} promised times were missed in this case."
    yield Reason(
        "promise_missed",
        "required" if len(missed) > 1 else "suggest",
        message,
        index,
        span,
        f"due {due_at.isoformat()}",
    )


# --- someone senior on the client's side copied in ------------------------------------------

# "I'm copying in Dana Whitfield, our VP of Operations", "cc'ing our CFO", "looping in my
# director": a title above the writer's, named after "our" or "my" within a few words.
# Lower case: run over the message's lower-cased text, which is faster than ignoring case.
_SENIOR_TITLE = (
    r"(?:vp|svp|evp|vice[\s-]+president|ceo|cfo|coo|cto|cio|ciso|chief\s+\w+\s+officer|"
    r"managing\s+director|md|(?:\w+\s+)?director|head\s+of\s+\w+|president|owner|founder|"
    r"general\s+counsel|(?:senior\s+)?leadership(?:\s+team)?|board)"
)
_COPIED = re.compile(
    r"\b(?:copying|copied|cc['’]?(?:ing|ed|d)?:?|looping|looped|adding|added)\s+(?:in\s+)?"
    r"[^.!?\n]{0,40}?\b(?:our|my)\s+" + _SENIOR_TITLE + r"\b",
)
# Cheap checks before the pattern runs: one of its verbs must be there.
_COPIED_HINTS = ("cop", "cc", "loop", "add")


def _copied_reasons(clients: tuple[ClientMessage, ...]) -> Iterator[Reason]:
    latest: tuple[int, Span] | None = None
    for client in clients:
        text = client.reading.text
        lowered = text.lower()
        if len(lowered) != len(text) or not any(hint in lowered for hint in _COPIED_HINTS):
            continue  # (a letter whose lower case is longer would shift the offsets)
        for match in _COPIED.finditer(lowered):
            if _outside((match.start(), match.end()), client.reading):
                latest = (client.index, Span.of(text, match.start(), match.end()))
    if latest is not None:
        index, span = latest
        yield Reason(
            "executive_copied",
            "suggest",
            "The client has copied in someone senior on their side; a lead should be ready to "
            "answer at that level.",
            index,
            span,
        )
