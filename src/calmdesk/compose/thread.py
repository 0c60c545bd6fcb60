"""Drafting inside a thread: `compose_in_thread` answers the client's newest message with what the
thread already shows.

The thread is read the way `calmdesk escalate` reads it (`calmdesk.escalation.escalate`), and
that decision is reused, not worked out again:

- remedies the rep already offered or carried out (the handoff's "tried" and "promised") go into
  `ComposeContext.tried`, so the draft does not offer them again as new;
- facts the client gave in earlier messages (order number, carrier, amount, their name) fill the
  context where the newest message does not repeat them;
- a promise of the rep's (or the team's) that is overdue is owned in the acknowledgement, in
  plain words ("I promised you an update by Monday, and I didn't keep to it. I'm sorry.");
- when escalation is required, a note tells the rep to bring in the lead, with the reasons
  (the solve part already puts what needs a lead to the lead, from the Reading and the facts).

`now` defaults to the newest message's time when the thread has times.

>>> from calmdesk.case import Case
>>> from calmdesk.message import Message
>>> from calmdesk.playbook import default_playbook
>>> thread = Case((
...     Message("Order 5521 has not arrived and it was due last week.", "client"),
...     Message("I'm sorry. I've arranged a replacement, sent out today.", "rep"),
...     Message("Nothing has come yet. What is going on?", "client"),
... ))
>>> draft = compose_in_thread(thread, default_playbook())
>>> "replacement" in draft.part("solve").span.text, "tried (a replacement)" in draft.text
(False, True)
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime

from calmdesk.case import Case, prepare
from calmdesk.commitments import Commitment
from calmdesk.compose import phrases
from calmdesk.compose.facts import facts_from
from calmdesk.compose.placeholders import placeholders_in
from calmdesk.compose.refund import format_amount, refund_amount
from calmdesk.compose.template import compose
from calmdesk.compose.timing import clock
from calmdesk.compose.values import ComposeContext, Draft, Part
from calmdesk.errors import InputError
from calmdesk.escalation import Escalation, Promise, escalate
from calmdesk.escalation.handoff import aware, playbook_zone
from calmdesk.escalation.policy import client_messages
from calmdesk.playbook.model import Playbook
from calmdesk.reading.entities import find_entities
from calmdesk.reading.money import amount_of
from calmdesk.reading.values import Reading
from calmdesk.text import Span, normalise

# Facts a client names once and expects us to remember (the names `compose.facts` reads).
THREAD_FACTS = ("order_number", "carrier", "ticket_number", "invoice_number", "name")
# What a rep's message can tell the client's reply (their own name and amounts are not facts of
# the client's case).
REP_FACTS = ("order_number", "carrier", "ticket_number", "invoice_number")

# Remedies in a rep's words, named so that `compose.solution` knows them as tried: each name holds
# the word the solution looks for ("refund", "replace", "priority", "credit", "cancel"...).
REMEDIES = (
    ("a refund", re.compile(r"\brefund\w*|\breimburs\w*|\brevers\w*\s+(?:the\s+|that\s+)?charge")),
    (
        "a replacement",
        re.compile(
            r"\breplacement|\breplac(?:e|ed|ing)\s+(?:it|them|the|your)\b|\bre-?ship\w*"
            r"|\bsen(?:d|t|ding)\s+(?:you\s+|out\s+)?(?:a\s+)?new\s+one\b"
        ),
    ),
    (
        "priority shipping",
        re.compile(
            r"\bexpedit\w*|\bexpress\s+(?:shipping|delivery|post)"
            r"|\bpriority\s+(?:shipping|delivery|handling|dispatch)|\bupgraded?\s+(?:the\s+|your\s+)?"
            r"(?:shipping|delivery)"
        ),
    ),
    ("an account credit", re.compile(r"\bcredit(?!\s+card)\w*|\bvouchers?\b|\bcompensat\w*")),
    ("a cancellation", re.compile(r"\bcancel\w*")),
    ("a repair", re.compile(r"\brepair\w*")),
)
# A sentence that turns a remedy down or only talks about it ("we can't refund shipping") offers
# nothing.
_REFUSED = re.compile(
    r"\b(?:can['’]?t|cannot|can\s+not|unable|not\s+able|won['’]t|no\s+longer|not\s+eligible|"
    r"don['’]t|isn['’]t|aren['’]t|wasn['’]t|not\s+possible)\b",
    re.IGNORECASE,
)

# What an overdue promise was for, by its kind (`calmdesk.commitments.values.KINDS`); a promise
# of another kind is owned by its time alone.
_PROMISED_THING = {
    "update": "an update",
    "call": "a call",
    "refund": "your refund",
    "replacement": "the replacement",
    "delivery": "your order",
}
# Owning a missed promise, in our own words. {who}: "I" or "We"; {what}; {when}: "by Monday".
OWNED = (
    "{who} promised you {what} {when}, and {who_lower} didn't keep to it. I'm sorry.",
    "{who} told you you'd have {what} {when}, and that didn't happen. I'm sorry for that.",
    "{who} promised you {what} {when} and didn't follow through. I'm sorry for letting you down.",
)
OWNED_UNNAMED = (
    "{who} said this would be done {when}, and {who_lower} missed that. I'm sorry.",
    "{who} said you'd see this settled {when}, and it wasn't. I'm sorry for that.",
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def compose_in_thread(
    case: Case, playbook: Playbook, context: ComposeContext | None = None
) -> Draft:
    """Draft the reply to the client's newest message in `case`, using what the thread shows.

    The context's own facts and tried remedies come first; the thread adds what it knows. `now`
    is `context.now`, else the newest message time in the thread (None when it has no times).
    Raises `InputError` when the newest message is the rep's (there is nothing to answer yet),
    and for the thread errors `escalate` raises.
    """
    context = context or ComposeContext()
    if case.messages and case.messages[-1].role != "client":
        raise InputError(
            "The newest message in the thread is from the rep; a reply answers the client's "
            "newest message. End the thread with the client's message you want to answer."
        )
    now = context.now or max((m.sent_at for m in case.messages if m.sent_at), default=None)
    prepared = prepare(case, playbook)
    escalation = escalate(prepared, playbook, now)
    reading = prepared.readings[-1]
    assert reading is not None  # the newest message is the client's, so it was read
    facts = {**thread_facts(prepared, playbook), **context.facts}
    done = tried_remedies(prepared, escalation)
    if any(reason.kind == "refund_above_ceiling" for reason in escalation.reasons):
        # A refund above the ceiling was not the rep's to give: it goes to the lead, not "tried".
        done = tuple(remedy for remedy in done if remedy != "a refund")
    tried = tuple(dict.fromkeys((*context.tried, *done)))
    topic, situation = stated_problem(prepared, playbook)
    context = replace(
        context,
        now=now,
        facts=facts,
        tried=tried,
        topic=context.topic or topic,
        situation=context.situation or situation,
    )
    draft = compose(reading, playbook, context)
    owned = (
        None if _thanks_only(reading) else _overdue(prepared, escalation.handoff.promised, playbook)
    )
    if owned is not None:
        sentence = missed_promise_sentence(owned.commitment, now, playbook, draft.seed)
        draft = add_to_part(draft, "acknowledge", sentence)
    lead = playbook.escalation.owner
    solve = draft.part("solve")
    if escalation.decision == "required" and solve is not None and lead not in solve.span.text:
        # the lead joins: the client hears it from us before the lead writes
        joining = phrases.LEAD[draft.seed % len(phrases.LEAD)].format(lead=lead)
        draft = add_to_part(draft, "solve", joining)
    notes = list(draft.notes)
    if escalation.decision != "none":
        notes.append(escalation_note(escalation, playbook))
    if owned is not None:
        notes.append(
            f"Your promise in message #{owned.message_index + 1} "
            f"({_quoted(owned.commitment.span.text)}) is overdue: the acknowledgement owns it."
        )
    return replace(draft, notes=tuple(notes))


def stated_problem(case: Case, playbook: Playbook) -> tuple[str | None, str | None]:
    """The topic and the situation (`compose.facts`) of the newest earlier client message that
    states a problem, for a newest message that only chases ("any update??"): (None, None) when
    none does. The newest message's own problem, when it states one, still comes first."""
    clients = client_messages(case)
    for message in reversed(clients[:-1]):
        reading = message.reading
        if not reading.in_scope or reading.is_routine:
            continue
        facts = facts_from(reading, playbook, ComposeContext())
        if facts.situation is not None or facts.topic != "other":
            return (None if facts.topic == "other" else facts.topic), facts.situation
    return None, None


def thread_facts(case: Case, playbook: Playbook) -> dict[str, str | None]:
    """What earlier messages said that the newest does not repeat: the client's order number,
    carrier, references, name and the amount of a refund they asked for, and the references
    and carrier the rep named ("I've contacted DPD").

    The newest mention of each wins; facts the newest message gives itself are left to the
    Reading. `case` must be prepared (`calmdesk.case.prepare`).
    """
    clients = client_messages(case)
    if not clients:
        return {}
    newest = clients[-1].reading
    own = {entity.kind for entity in newest.entities}
    found: dict[str, str | None] = {}
    # a refund amount the newest message names itself is the Reading's (`compose.facts`)
    amount_named = newest.in_scope and refund_amount(newest) is not None
    for index, message in enumerate(case.messages[: clients[-1].index]):
        reading = case.reading(index)
        if reading is None:  # the rep's: never their name or an amount
            document = normalise(message.text, playbook.limits.max_chars, language=False)
            for entity in find_entities(document):
                if entity.kind in REP_FACTS and entity.kind not in own:
                    found[entity.kind] = entity.value
            continue
        for entity in reading.entities:
            if entity.kind in THREAD_FACTS and entity.kind not in own:
                found[entity.kind] = entity.value
        if reading.in_scope and not amount_named:
            amount = _refund_amount(reading)
            if amount is not None:
                found["amount"] = amount
    return found


def _refund_amount(reading: Reading) -> str | None:
    words = refund_amount(reading)
    parsed = amount_of(words) if words else None
    return format_amount(*parsed) if parsed is not None else None


def tried_remedies(case: Case, escalation: Escalation) -> tuple[str, ...]:
    """Remedies the rep offered or carried out, as `compose.solution` names them ("a refund",
    "a replacement", "priority shipping"...), from the handoff's actions and promises."""
    handoff = escalation.handoff
    said = [quote.span.text for quote in handoff.tried]
    said += [promise.commitment.span.text for promise in handoff.promised]
    return remedies_in(said)


def remedies_in(sentences: Iterable[str]) -> tuple[str, ...]:
    """The remedies these rep sentences offer or report done, in `REMEDIES` order.

    >>> remedies_in(["I've issued a refund of $40.", "We can't offer a replacement."])
    ('a refund',)
    """
    kept = [s for s in sentences if not _REFUSED.search(s)]
    return tuple(name for name, pattern in REMEDIES if any(pattern.search(s.lower()) for s in kept))


def escalation_note(escalation: Escalation, playbook: Playbook) -> str:
    """The note telling the rep to bring in a lead before sending, with the reasons.

    >>> from calmdesk.case import Case
    >>> from calmdesk.message import Message
    >>> from calmdesk.playbook import default_playbook
    >>> playbook = default_playbook()
    >>> case = Case((Message("Third time asking. Get me your manager."),))
    >>> escalation_note(escalate(case, playbook), playbook)[:58]
    'Escalation required (owner: team lead): bring them in befo'
    """
    handoff = escalation.handoff
    owner = handoff.owner or playbook.escalation.owner
    also = f"; keep informed: {', '.join(handoff.also)}" if handoff.also else ""
    reasons = " ".join(
        dict.fromkeys(
            f"({number}) {r.message.rstrip('. ')}."
            for number, r in enumerate(escalation.reasons, 1)
        )
    )
    if escalation.decision == "required":
        return (
            f"Escalation required (owner: {owner}{also}): bring them in before you send this, and "
            f"promise nothing they must approve. Why: {reasons} `calmdesk escalate` gives the "
            "handoff note."
        )
    return f"Escalation suggested (owner: {owner}{also}): consider bringing them in. Why: {reasons}"


def _overdue(case: Case, promised: tuple[Promise, ...], playbook: Playbook) -> Promise | None:
    """The latest overdue promise that was ours to keep (the rep's or the team's) and that no
    rep message since its due time has spoken to (that message will have said why)."""
    zone = playbook_zone(playbook)
    ours = [p for p in promised if p.overdue and p.commitment.owner in ("rep", "team")]
    for promise in reversed(ours):
        due = promise.commitment.due_at
        later = (
            aware(message.sent_at, zone)
            for message in case.messages[promise.message_index + 1 :]
            if message.role == "rep" and message.sent_at is not None
        )
        if due is None or not any(sent is not None and sent >= due for sent in later):
            return promise
    return None


def _thanks_only(reading: Reading) -> bool:
    """Whether the client only thanks us, asking nothing: whatever was promised reached them."""
    grateful = any(e.name == "gratitude" and e.present for e in reading.emotions)
    return reading.is_routine and grateful and not reading.asks and "?" not in reading.text


def _quoted(text: str) -> str:
    return "“" + " ".join(text.split()) + "”"


def missed_promise_sentence(
    commitment: Commitment, now: datetime | None, playbook: Playbook, seed: int
) -> str:
    """One sentence that owns a promise we did not keep, naming what and when.

    >>> from calmdesk.playbook import default_playbook
    >>> promise = Commitment(Span(0, 10, "x"), "rep", "update", datetime(2026, 11, 23, 12),
    ...                      False, Span(0, 1, "x"), "")
    >>> missed_promise_sentence(promise, datetime(2026, 11, 25, 9), default_playbook(), 0)
    "I promised you an update by noon on Monday, and I didn't keep to it. I'm sorry."
    """
    who = "We" if commitment.owner == "team" else "I"
    what = _PROMISED_THING.get(commitment.kind)
    when = _when(commitment.due_at, now, playbook)
    wordings = OWNED if what else OWNED_UNNAMED
    wording = wordings[seed % len(wordings)]
    return wording.format(who=who, who_lower="we" if who == "We" else "I", what=what, when=when)


def _when(due: datetime | None, now: datetime | None, playbook: Playbook) -> str:
    """'by 3 pm today', 'by noon yesterday', 'by Monday', 'by 12 November'."""
    if due is None or now is None:
        return "by the time given"
    zone = playbook_zone(playbook)
    if zone is not None:
        due = due.astimezone(zone) if due.tzinfo else due.replace(tzinfo=zone)
        now = now.astimezone(zone) if now.tzinfo else now.replace(tzinfo=zone)
    days = (now.date() - due.date()).days
    at = "" if (due.hour, due.minute) in ((17, 0), (23, 59)) else f"{clock(due)} "
    if days <= 0:
        return f"by {at}today"
    if days == 1:
        return f"by {at}yesterday"
    if days < 7:
        return f"by {at}on {_WEEKDAYS[due.weekday()]}" if at else f"by {_WEEKDAYS[due.weekday()]}"
    return f"by {due.day} {due:%B}"


def add_to_part(draft: Draft, step: str, sentence: str) -> Draft:
    """The draft with `sentence` at the end of its `step` part (unchanged without that part); the
    parts after it move, and the placeholders are found again.

    >>> text = "Hi Ana,\\n\\nI'm sorry.\\n\\nThanks."
    >>> draft = Draft(text, (Part("greeting", Span.of(text, 0, 7)),
    ...     Part("acknowledge", Span.of(text, 9, 19)), Part("close", Span.of(text, 21, 28))),
    ...     (), 1, "template", ())
    >>> [part.span.text for part in add_to_part(draft, "acknowledge", "It was late.").parts]
    ['Hi Ana,', "I'm sorry. It was late.", 'Thanks.']
    """
    part = draft.part(step)
    if part is None:
        return draft
    added = " " + sentence
    at = part.span.end
    text = draft.text[:at] + added + draft.text[at:]

    def moved(offset: int) -> int:
        return offset + len(added) if offset > at else offset

    parts = tuple(
        Part(
            other.step,
            Span.of(
                text,
                moved(other.span.start),
                at + len(added) if other is part else moved(other.span.end),
            ),
        )
        for other in draft.parts
    )
    return replace(draft, text=text, parts=parts, placeholders=placeholders_in(text))
