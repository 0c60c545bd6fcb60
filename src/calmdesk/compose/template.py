"""The template backend: a reply built step by step from what the Reading found.

The steps follow the guide's order (acknowledge, clarify, align, solve, expect, close), so the
client is heard before any fix is offered. Facts come from the context first, then from the
Reading (name, order number, carrier, amount); remedies stay within the playbook's authority; the
times come from its business hours. Wording is picked from `calmdesk.compose.phrases` with the
seed.

>>> from calmdesk.playbook import default_playbook
>>> from calmdesk.reading import read
>>> playbook = default_playbook()
>>> reading = read("Where is order 4417? It was due Monday.\\n\\nThanks,\\nAna Ruiz", playbook)
>>> draft = compose(reading, playbook)
>>> draft.text.startswith(("Hi Ana,", "Hello Ana,", "Dear Ana,")), "4417" in draft.text
(True, True)
>>> [part.step for part in draft.parts]
['greeting', 'acknowledge', 'clarify', 'align', 'solve', 'expect', 'close']
"""

from __future__ import annotations

import random
import re
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, replace

from calmdesk.compose import phrases
from calmdesk.compose.refund import refund_amount, refund_object
from calmdesk.compose.timing import (
    call_slots,
    clock,
    describe,
    describe_slots,
    untimed_slots,
    update_due,
    zone_label,
)
from calmdesk.compose.values import ComposeContext, Draft, Part, Placeholder
from calmdesk.playbook.exceptions import asked_exceptions
from calmdesk.playbook.model import Playbook
from calmdesk.reading.money import amount_of
from calmdesk.reading.values import Reading
from calmdesk.text import Span, sentence_around

# Words a Reading may take for a name that are not one (a greeting, a team).
_NOT_NAMES = frozenset(("team", "sir", "madam", "customer", "support", "there", "all", "hi"))
_PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]*)\}")
# What the client may owe: the words the reader's cue for a client-side delay names.
_MATERIALS = re.compile(
    r"\b(artwork|files?|materials?|assets|content|copy|approval|sign[ -]?off|proofs?|designs?|"
    r"logo|specs?|specifications|details|information|brief|data|documents?|paperwork|forms?|"
    r"measurements|photos?|images|deposit|payment|feedback|input|go[ -]ahead|confirmation|"
    r"decision)\b",
    re.IGNORECASE,
)
_CURRENCY_SIGNS = {"USD": "$", "GBP": "£", "EUR": "€"}
# Remedy ids and the words that say one was already tried.
_TRIED_WORDS = {
    "refund": ("refund",),
    "replacement": ("replace", "reship", "resen", "new one"),
    "expedite": ("expedit", "rush", "express", "priority"),
    "repair": ("repair", "fix"),
    "credit": ("credit", "voucher", "compensat"),
    "cancel": ("cancel",),
    "visit": ("visit", "appointment", "rebook", "reschedul"),
}


@dataclass(frozen=True, slots=True)
class _Facts:
    """What the draft can say, each fact known (a string), unknown-but-needed (None) or absent."""

    name: str | None
    known: dict[str, str | None]
    topic: str
    cause: str | None
    asks: frozenset[str]
    triggers: frozenset[str]
    heat: int
    hot: bool
    software: bool = False  # an app, a site or a program: fixed, never "sent out" again
    visit: bool = False  # an engineer, an appointment: put right with a new visit
    exception: str | None = None  # a policy exception asked for that needs the lead (its id)

    def has(self, fact: str) -> bool:
        return fact in self.known

    def say(self, fact: str) -> str:
        """The fact's value, or a visible `{fact}` placeholder when it is needed but unknown."""
        value = self.known.get(fact)
        return value if value else "{" + fact + "}"


def message_seed(reading: Reading) -> int:
    """The seed for a client's message when none is given: the same message, the same letter."""
    return zlib.crc32(reading.text.encode("utf-8"))


def _first_name(name: str | None) -> str | None:
    if not name:
        return None
    parts = [p for p in re.findall(r"[^\W\d_]{2,}", name) if p.lower() not in _NOT_NAMES]
    return parts[0] if parts else None


def format_amount(currency: str, number: float) -> str:
    """'$1,200' or '$12.50'; other currencies after the number ('300 CHF')."""
    text = f"{number:,.0f}" if number == int(number) else f"{number:,.2f}"
    sign = _CURRENCY_SIGNS.get(currency)
    return f"{sign}{text}" if sign else f"{text} {currency}"


_KNOWN_ENTITIES = ("order_number", "carrier", "ticket_number", "invoice_number", "amount", "name")


# Signs that a delivery is late or has not come, which the delivery wording takes for granted.
_LATE = re.compile(
    r"\b(?:late|later than|delay\w*|overdue|was due|missing|lost|stuck|no sign|tracking|"
    r"(?:has|have|had|hasn['’]?t|haven['’]?t|hadn['’]?t|did\s*n['’]?t|didnt|not|never|still not|"
    r"yet to)\s+(?:yet\s+)?(?:arrived?|come|came|shown up|showed up|turned up|been delivered|"
    r"delivered|received|reached|here)|where(?:['’]s|\s+is|\s+are)\s+(?:my|our|the|it)|"
    r"still\s+(?:waiting|no|nothing|not)|waiting\s+(?:for|on)|supposed to (?:arrive|be here|come)|"
    r"should have (?:arrived|come|been (?:here|delivered)))"
)


# Words of goods on their way, which the delivery wording ("hasn't arrived yet") takes for granted;
# without them a late thing is work that has run late ("the creative was two weeks late").
_GOODS = re.compile(
    r"\b(?:orders?|ordered|parcels?|packages?|shipments?|shipped|shipping|deliver(?!able)\w*|"
    r"couriers?|tracking|items?|boxes|box|goods|products?|posted|postage|dispatch\w*|arriv\w*|"
    r"stock|warehouse)\b"
)

# Words of a charge or a bill, which the billing wording ("an unexpected charge") takes for granted.
_CHARGE = re.compile(
    r"\b(?:charg\w*|bill|bills|billed|billing|invoic\w*|debit\w*|fees?|overcharg\w*|"
    r"subscription|renewal|statement|pric\w*|discount|coupon|promo|tax|vat|receipt)\b"
)


def _facts(reading: Reading, playbook: Playbook, context: ComposeContext) -> _Facts:
    known: dict[str, str | None] = {}
    for entity in reading.entities:
        if entity.kind in _KNOWN_ENTITIES and entity.kind != "amount":
            known.setdefault(entity.kind, entity.value)
    # Not just the first amount: "costing us £4,000 a day" is no refund.
    amount = refund_amount(reading) if reading.in_scope else None
    refunded = refund_object(reading) if reading.in_scope else None
    if refunded is not None:
        known["refund_of"] = refunded
    parsed = amount_of(amount) if amount else None
    if parsed is not None:
        known["amount"] = format_amount(*parsed)
    known.update(context.facts)
    cause = context.cause or reading.topic.cause
    topic = reading.topic.topic if reading.in_scope else "other"
    lowered = reading.text.lower()
    if topic == "delivery" and not _LATE.search(lowered):
        topic = "other"  # an order mentioned, nothing late or missing: don't apologise for a delay
    elif (
        topic == "delivery"
        and not any(e.kind in ("order_number", "carrier") for e in reading.entities)
        and not _GOODS.search(lowered)
    ):
        topic = "delay"  # late work, not a parcel: a campaign, a print run, an install
    if topic == "billing" and cause != "billing" and not _CHARGE.search(lowered):
        topic = "other"  # "I paid $640, refund me": money asked back, no charge said to be wrong
    if cause == "client_dependency" and "waiting_on" not in known:
        evidence = " ".join(e.span.text for e in reading.topic.evidence if e.name == cause)
        material = _MATERIALS.search(evidence)
        if material is not None:
            known["waiting_on"] = f"the {material[1].lower()}"
    asks = frozenset(a.name for a in reading.asks) if reading.in_scope else frozenset()
    triggers = frozenset(t.name for t in reading.triggers) if reading.in_scope else frozenset()
    heat = reading.heat.level if reading.in_scope else 0
    hot = reading.in_scope and (
        heat >= playbook.reading.call_heat_level or "call" in asks or reading.channel == "call"
    )
    thing = _SOFTWARE_THING.search(lowered)
    if thing is not None:
        known.setdefault("software_thing", thing[1])
    # A visit to put right: one that did not happen, or a new one asked for in so many words.
    visit = _VISIT.search(lowered) is not None and (
        _NO_SHOW.search(lowered) is not None
        or any(a.name == "fix" and _VISIT_ASK.search(a.span.text.lower()) for a in reading.asks)
    )
    return _Facts(
        name=_first_name(known.get("name")),
        known=known,
        topic=topic,
        cause=cause,
        asks=asks,
        triggers=triggers,
        heat=heat,
        hot=hot,
        software=(topic == "product_quality" or cause == "product_defect")
        and _SOFTWARE.search(lowered) is not None,
        visit=visit,
        exception=_exception_asked(reading, playbook) if reading.in_scope else None,
    )


def _exception_asked(reading: Reading, playbook: Playbook) -> str | None:
    """The first policy exception the client asks for that the playbook leaves to a lead."""
    for exception_id, span in asked_exceptions(reading.text, playbook.escalation):
        if not any(p.span.start <= span.start < p.span.end for p in reading.set_aside):
            return exception_id
    return None


def _deadline_words(reading: Reading) -> str | None:
    """The day or time the client's deadline names ("Thursday", "3pm"), in their words: a date or
    time found in the deadline's own sentence."""
    deadline = next((t for t in reading.triggers if t.name == "hard_deadline"), None)
    if deadline is None:
        return None
    start, end = sentence_around(reading.text, deadline.span.start, deadline.span.end)
    for entity in reading.entities:
        if entity.kind in ("date", "time") and start <= entity.span.start < end:
            words = " ".join(entity.span.text.split())
            if 0 < len(words) <= 30:
                return words
    return None


def _subject(facts: _Facts) -> str:
    """What the complaint is about, as the acknowledgement names it."""
    if facts.has("order_number"):
        return f"order {facts.say('order_number')}"
    if facts.has("invoice_number") and facts.topic == "billing":
        return f"invoice {facts.say('invoice_number')}"
    if facts.has("item"):
        return f"your {facts.say('item')}"
    if facts.software and facts.topic == "product_quality":
        return f"the {facts.known.get('software_thing') or 'service'}"
    return {
        "delivery": "your order",
        "delay": "the work",
        "billing": "your bill",
        "product_quality": "your product",
        "account": "your account",
    }.get(facts.topic, "this")


def _ask_words(facts: _Facts) -> list[str]:
    asks = facts.asks
    wanted = {
        "refund": "a refund",
        "replacement": "a replacement",
        "expedite": "faster delivery",
        "update": "a clear update",
        "cancel": "to cancel",
        "compensation": "something for the trouble",
        "fix": "a working fix",
        "explanation": "an explanation",
        "manager": "a manager involved",
        "call": "a call",
    }
    if facts.visit:
        wanted["fix"] = "a new visit"
    if facts.exception == "waive-fees":
        wanted["compensation"] = "the fee waived"
    return [wanted[a] for a in wanted if a in asks]


def _restated(facts: _Facts) -> str | None:
    """The concern in our words, from the facts found; None when too little was found."""
    what = {
        "delivery": "{subject} hasn't arrived as expected"
        if facts.cause != "client_dependency"
        else "the work is taking longer than you expected",
        "delay": "the work has run later than it should have",
        "billing": "something on {subject} doesn't look right",
        "product_quality": "{subject} isn't working as it should",
        "account": "you're having trouble with {subject}",
        "travel": "your travel plans were disrupted",
        "service": "the service you received fell short",
    }.get(facts.topic)
    wants = _ask_words(facts)
    if what is None and not wants:
        return None
    pieces = [what.format(subject=_subject(facts))] if what else []
    if facts.has("carrier") and facts.topic == "delivery":
        pieces[0] += f" and is with {facts.say('carrier')}"
    if wants:
        joined = (
            " and ".join(wants) if len(wants) <= 2 else ", ".join(wants[:2]) + " and " + wants[2]
        )
        pieces.append(f"you'd like {joined}")
    return ", and ".join(pieces)


def _tried(context: ComposeContext, remedy: str) -> bool:
    words = _TRIED_WORDS.get(remedy, (remedy,))
    return any(word in item.lower() for item in context.tried for word in words)


@dataclass(frozen=True, slots=True)
class _Solution:
    options: tuple[str, ...]
    lead_refund: str | None  # the amount, when a refund needs the lead's approval
    bring_lead: bool
    exception: str | None = None  # a policy exception put to the lead


def _solution(facts: _Facts, playbook: Playbook, context: ComposeContext) -> _Solution:
    """The remedies to offer, within the playbook's authority, and whether a lead joins."""
    policy = playbook.escalation
    options: list[str] = []
    lead_refund = None
    wants_refund = "refund" in facts.asks or "compensation" in facts.asks
    if facts.cause == "client_dependency":
        return _Solution((), None, "manager" in facts.asks or "manager_request" in facts.triggers)
    if wants_refund and not _tried(context, "refund"):
        amount = _amount_value(facts)
        if (
            amount is not None
            and amount[0] == policy.currency
            and amount[1] > policy.refund_ceiling
        ):
            lead_refund = format_amount(*amount)
        elif "refund" in facts.asks:
            options.append(_refund_offer(facts, amount))
    # A late delivery: speed it up (beside a refund asked for, as the other way out), and
    # resend when it is a parcel and nothing else was asked for. Not once they want to cancel.
    late = facts.topic in ("delivery", "delay") and "cancel" not in facts.asks
    parcel = facts.has("order_number") or facts.has("carrier") or facts.cause == "carrier"
    wants_replacement = "replacement" in facts.asks or (late and parcel and not facts.asks)
    if (facts.topic == "product_quality" or facts.cause == "product_defect") and facts.software:
        if not _tried(context, "repair"):
            options.append(_FIX_BY_TOPIC["software"])
            options.append("the fault escalated to our technical team today")
    elif facts.topic == "product_quality" or facts.cause == "product_defect":
        if not _tried(context, "replacement"):
            options.append("a replacement sent out at no cost to you")
        if not _tried(context, "repair"):
            options.append("a repair booked at a time that suits you")
    elif "replacement" in facts.asks and not _tried(context, "replacement"):
        # asked for in so many words: it comes before a general "sort it out"
        options.append("a replacement sent by express delivery at no cost to you")
    elif facts.visit and not _tried(context, "visit"):
        options.append("a visit booked for the first time that suits you")
    elif "fix" in facts.asks and facts.topic in _FIX_BY_TOPIC and not _tried(context, "repair"):
        options.append(_FIX_BY_TOPIC[facts.topic])
    elif wants_replacement and not _tried(context, "replacement"):
        options.append("a replacement sent by express delivery at no cost to you")
    if ("expedite" in facts.asks or late) and not _tried(context, "expedite"):
        options.append(
            "top priority for all the work still outstanding"
            if facts.topic == "delay"
            else "priority handling so it reaches you sooner"
        )
    if "cancel" in facts.asks and not _tried(context, "cancel"):
        options.append("cancelling the order today and confirming it in writing")
    # A fee to be waived goes to the lead as asked, not swapped for a credit.
    waiver = facts.exception == "waive-fees"
    if (
        "compensation" in facts.asks
        and not _tried(context, "credit")
        and lead_refund is None
        and not waiver
    ):
        options.append("a credit on your account for the trouble")
    if facts.topic == "billing" and not options and lead_refund is None:
        options.append("a correction of the charge, with any overpayment refunded to you")
    if wants_refund and "refund" in facts.asks and not options and lead_refund is None:
        options.append(_refund_offer(facts, None))
    bring_lead = (
        facts.exception is not None
        or "manager" in facts.asks
        or bool(facts.triggers & {"manager_request", "legal_threat"})
        or (bool(context.tried) and not options and lead_refund is None)
    )
    exception = facts.exception if lead_refund is None else None
    return _Solution(tuple(dict.fromkeys(options))[:3], lead_refund, bring_lead, exception)


# What fixing it means when nothing physical is broken (a product gets a replacement or repair).
_FIX_BY_TOPIC = {
    "account": "full access to your account restored, with a check that nothing else changed",
    "service": "a fix for the problem, worked through with you step by step",
    "travel": "a rebooking on the next available option at no extra cost",
    "delivery": "a fix to the delivery details so your order reaches you",
    "other": "a fix for the problem, worked through with you step by step",
    "software": "a fix for the fault, worked through with you step by step",
}
_SOFTWARE = re.compile(
    r"\b(?:app|apps|application|software|program|website|site|web ?page|browser|crash\w*|bug|"
    r"bugs|glitch\w*|log ?in|sign ?in|password|download\w*|install\w*|update[sd]?|version|"
    r"error message|freez\w*|platform|dashboard|portal|outages?|offline|"
    r"(?:is|was|been|went|are|were|keeps going) down)\b"
)
# An engineer's visit or an appointment: what is put right is the visit.
_VISIT = re.compile(
    r"\b(?:engineers?|technicians?|installers?|fitters?|appointments?|appts?|call[- ]out|"
    r"(?:engineer|home|site|service|repair)\s+visits?)\b"
)
# The words of an ask for a new visit ("a new appointment", "rebook the installation").
_VISIT_ASK = re.compile(
    r"\b(?:appointment|appt|visit|slot|engineer|technician|installer|fitter|rebook|re-book|"
    r"reschedule|rearrange|installation|install|call[- ]out)\b"
)
# A visit that did not happen: "the engineer never turned up", "a no-show".
_NO_SHOW = re.compile(
    r"\b(?:no[- ]show|never\s+(?:turned|showed|came|arrived)|(?:didn['’]t|did\s+not|failed\s+to)\s+"
    r"(?:turn\s+up|show|come|arrive)|missed\s+(?:the|my|our)\s+appointment|stood\s+(?:me|us)\s+up)\b"
)
# What a fault in software is in: "the app", "the dashboard"; else it is "the service".
_SOFTWARE_THING = re.compile(
    r"\b(?:the|your|our|my) (app|application|software|program|website|site|platform|dashboard|"
    r"portal|integration|checkout)\b"
)


def _refund_offer(facts: _Facts, amount: tuple[str, float] | None) -> str:
    """'a full refund of $80', 'a refund of the expedite charges', or 'a full refund'."""
    if amount is not None:
        return f"a full refund of {format_amount(*amount)}"
    if facts.has("refund_of"):
        return f"a refund of {facts.say('refund_of')}"
    return "a full refund"


def _amount_value(facts: _Facts) -> tuple[str, float] | None:
    value = facts.known.get("amount")
    if not value:
        return None
    match = re.fullmatch(r"([$£€])([\d,]+(?:\.\d+)?)|([\d,]+(?:\.\d+)?) ([A-Z]{3})", value)
    if match is None:
        return amount_of(value)
    if match[1]:
        currency = {v: k for k, v in _CURRENCY_SIGNS.items()}[match[1]]
        return currency, float(match[2].replace(",", ""))
    return match[4], float(match[3].replace(",", ""))


def _join_options(options: tuple[str, ...]) -> str:
    if len(options) == 1:
        return options[0]
    return ", ".join(options[:-1]) + " or " + options[-1]


class _Writer:
    """Picks wording with the seed and keeps each part's span as the text grows."""

    def __init__(self, seed: int) -> None:
        self.random = random.Random(seed)
        self.text = ""
        self.parts: list[Part] = []

    def pick(self, variants: tuple[str, ...], **fields: str) -> str:
        return self.random.choice(variants).format(**fields)

    def add(self, step: str, sentences: list[str], before: str) -> None:
        body = " ".join(s for s in sentences if s)
        if not body:
            return
        if self.text:
            self.text += before
        start = len(self.text)
        self.text += body
        self.parts.append(Part(step, Span.of(self.text, start, len(self.text))))

    def draft(self, seed: int, notes: list[str]) -> Draft:
        text = self.text
        parts = tuple(Part(p.step, Span.of(text, p.span.start, p.span.end)) for p in self.parts)
        return Draft(text, parts, placeholders_in(text), seed, "template", tuple(notes))


def placeholders_in(text: str) -> tuple[Placeholder, ...]:
    """Every `{name}` slot in a text, in order."""
    return tuple(
        Placeholder(m[1], Span.of(text, m.start(), m.end())) for m in _PLACEHOLDER.finditer(text)
    )


def compose(reading: Reading, playbook: Playbook, context: ComposeContext | None = None) -> Draft:
    """Draft a reply to the client message behind `reading`, following the guide's six steps.

    Pure: the moment the reply goes out comes from `context.now` (None: times relative to
    business hours). Unknown facts the reply must state appear as `{name}` placeholders.
    """
    context = context or ComposeContext()
    seed = context.seed if context.seed is not None else message_seed(reading)
    facts = _facts(reading, playbook, context)
    writer = _Writer(seed)
    notes: list[str] = []
    if not reading.in_scope:
        notes.append(
            "The client's message is not in English: this is a general English reply that uses "
            "none of what they wrote. Answer in their language, or check it word by word."
        )
    pick = writer.pick

    greeting = (
        pick(phrases.GREETING_NAMED, name=facts.name)
        if facts.name
        else pick(phrases.GREETING_UNNAMED)
    )
    writer.add("greeting", [greeting], "")

    if reading.is_routine:
        return _routine(reading, playbook, context, facts, writer, seed, notes)

    topic = facts.topic if facts.topic in phrases.ACKNOWLEDGE else "other"
    acknowledge = [pick(phrases.ACKNOWLEDGE[topic], subject=_subject(facts))]
    if "repeat_contact" in facts.triggers:
        acknowledge.append(pick(phrases.REPEAT_CONTACT))
    if "hard_deadline" in facts.triggers:
        when = _deadline_words(reading)
        acknowledge.append(
            pick(phrases.DEADLINE_NAMED, when=when) if when else pick(phrases.DEADLINE)
        )
    if "churn_threat" in facts.triggers:
        acknowledge.append(pick(phrases.CHURN))
    writer.add("acknowledge", acknowledge, "\n\n")

    restated = _restated(facts)
    clarify = [
        pick(phrases.CLARIFY_RESTATED, restated=restated)
        if restated
        else pick(phrases.CLARIFY_OPEN)
    ]
    if context.tried:
        clarify.append(pick(phrases.TRIED, tried=", ".join(context.tried)))
    writer.add("clarify", clarify, " ")

    cause = facts.cause if facts.cause in phrases.ALIGN else "none"
    if cause == "none" and facts.topic == "delivery" and facts.has("carrier"):
        cause = "carrier"  # a late parcel with a named carrier: chase the carrier
    carrier = facts.say("carrier") if facts.has("carrier") else "the carrier"
    # Unnamed, the outstanding piece stays general; asked for (None in the facts), a slot.
    outstanding = facts.say("waiting_on") if facts.has("waiting_on") else "the last details we need"
    align = [pick(phrases.ALIGN[cause], carrier=carrier, outstanding=outstanding)]
    # For a delay that waits on the client, where things stand is the explanation.
    if "explanation" in facts.asks and cause != "client_dependency":
        align.append(pick(phrases.EXPLANATION))
    writer.add("align", align, "\n\n")

    solution = _solution(facts, playbook, context)
    solve: list[str] = []
    if cause == "client_dependency":
        solve.append(pick(phrases.SOLVE_EXPEDITE_HANDOVER, outstanding=outstanding))
    elif solution.options:
        solve.append(_offer(writer, solution.options))
    elif solution.lead_refund is None:
        solve.append(pick(phrases.SOLVE_GENERIC))
    solve.extend(_lead_sentences(writer, solution, playbook, notes))
    writer.add("solve", solve, " ")

    expect: list[str] = []
    if facts.has("tracking_number"):
        expect.append(pick(phrases.TRACKING, tracking_number=facts.say("tracking_number")))
    if facts.has("eta"):
        expect.append(pick(phrases.ETA, eta=facts.say("eta")))
    if facts.hot:
        expect.append(_call_sentence(writer, playbook, context, "hard_deadline" in facts.triggers))
    if context.now is not None:
        due = update_due(context.now, playbook.hours)
        expect.append(pick(phrases.EXPECT, time=describe(due, context.now, playbook.hours)))
    else:
        expect.append(pick(phrases.EXPECT_UNTIMED))
        notes.append("No message time was given, so the times are relative to business hours.")
    writer.add("expect", expect, "\n\n")

    writer.add("close", [pick(phrases.CLOSE)], "\n\n")
    if context.rep_name:
        writer.add("sign-off", [pick(phrases.SIGN_OFF, rep_name=context.rep_name)], "\n\n")
    draft = writer.draft(seed, notes)
    if draft.placeholders:
        names = ", ".join(dict.fromkeys(p.name for p in draft.placeholders))
        draft = Draft(
            draft.text,
            draft.parts,
            draft.placeholders,
            seed,
            "template",
            (*draft.notes, f"Fill in before sending: {names}."),
        )
    return draft


def _routine(
    reading: Reading,
    playbook: Playbook,
    context: ComposeContext,
    facts: _Facts,
    writer: _Writer,
    seed: int,
    notes: list[str],
) -> Draft:
    """A reply to a calm message that is no complaint: thanks, not an apology, and no remedy for a
    problem nobody reported. Kind words get thanks back; a question gets a holding answer with a
    time, which the rep should replace with the answer itself when they have it."""
    pick = writer.pick
    known = next(
        (f"{kind.split('_')[0]} {facts.say(kind)}" for kind in _REFERENCES if facts.has(kind)),
        None,
    )
    praise = not reading.asks and "?" not in reading.text and _grateful(reading)
    if praise:
        writer.add("acknowledge", [pick(phrases.PRAISE_THANKS)], "\n\n")
        writer.add("close", [pick(phrases.PRAISE_CLOSE)], " ")
        notes.append("Kind words with nothing asked: a short thank-you, passed on to the team.")
    else:
        thanks = (
            pick(phrases.ROUTINE_THANKS, subject=known)
            if known
            else pick(phrases.ROUTINE_THANKS_PLAIN)
        )
        writer.add("acknowledge", [thanks], "\n\n")
        # Only what they asked for: nothing went wrong, so no remedy of the topic's own.
        # A "fix" here is a change asked for ("can I change the address?"), not a broken thing.
        asked = replace(facts, topic="other", cause=None, asks=facts.asks - {"fix"})
        solution = _solution(asked, playbook, context)
        solve = [_offer(writer, solution.options)] if solution.options else []
        solve.extend(_lead_sentences(writer, solution, playbook, notes))
        hold = [] if solve and "fix" not in facts.asks else [pick(phrases.ROUTINE_HOLD)]
        if "explanation" in facts.asks:
            hold.append(pick(phrases.ROUTINE_EXPLANATION))
        if hold:
            writer.add("align", hold, " ")
        if solve:
            writer.add("solve", solve, " ")
        urgent = "hard_deadline" in facts.triggers
        expect = [_call_sentence(writer, playbook, context, urgent)] if facts.hot else []
        timed: tuple[str, ...] = phrases.EXPECT if solve else phrases.ROUTINE_EXPECT
        untimed: tuple[str, ...] = (
            phrases.EXPECT_UNTIMED if solve else phrases.ROUTINE_EXPECT_UNTIMED
        )
        if "update" in facts.asks:  # the update they asked for, by name
            timed = tuple(v for v in phrases.EXPECT if "update" in v)
            untimed = tuple(v for v in phrases.EXPECT_UNTIMED if "update" in v)
        if context.now is not None:
            due = update_due(context.now, playbook.hours)
            when = describe(due, context.now, playbook.hours)
            expect.append(pick(timed, time=when))
        else:
            expect.append(pick(untimed))
            notes.append("No message time was given, so the times are relative to business hours.")
        writer.add("expect", expect, " ")
        closing = phrases.ROUTINE_DONE_CLOSE if solve else phrases.ROUTINE_CLOSE
        writer.add("close", [pick(closing)], "\n\n")
        if not solve:
            notes.append(
                "A calm question, not a complaint: this is a holding reply. If you know the "
                "answer, give it in place of the holding lines."
            )
    if context.rep_name:
        writer.add("sign-off", [pick(phrases.SIGN_OFF, rep_name=context.rep_name)], "\n\n")
    return writer.draft(seed, notes)


_REFERENCES = ("order_number", "invoice_number", "ticket_number")


def _offer(writer: _Writer, options: tuple[str, ...]) -> str:
    """The remedies on offer in one sentence, joined with "or" when there are several."""
    variants: tuple[str, ...] = phrases.SOLVE_ONE if len(options) == 1 else phrases.SOLVE_OPTIONS
    if len(options) != 2:
        variants = tuple(v for v in variants if "two ways" not in v)
    return writer.pick(variants, options=_join_options(options))


def _lead_sentences(
    writer: _Writer, solution: _Solution, playbook: Playbook, notes: list[str]
) -> list[str]:
    """The lead brought in: to approve a refund above the ceiling (noted), or as support."""
    lead = playbook.escalation.owner
    if solution.lead_refund is not None:
        ceiling = format_amount(playbook.escalation.currency, playbook.escalation.refund_ceiling)
        notes.append(
            f"The refund of {solution.lead_refund} is above the {ceiling} ceiling: offered "
            f"through the {lead}, not promised."
        )
        return [writer.pick(phrases.LEAD_REFUND, amount=solution.lead_refund, lead=lead)]
    if solution.exception is not None:
        request = phrases.EXCEPTION_REQUESTS.get(solution.exception, "your request")
        notes.append(
            f"The client asks for a policy exception ({solution.exception}) that needs the "
            f"{lead}: put to them, not promised."
        )
        capital = request[0].upper() + request[1:]
        return [writer.pick(phrases.LEAD_EXCEPTION, request=request, Request=capital, lead=lead)]
    if solution.bring_lead:
        return [writer.pick(phrases.LEAD, lead=lead)]
    return []


def _grateful(reading: Reading) -> bool:
    return any(e.name == "gratitude" and e.present for e in reading.emotions)


def _call_sentence(
    writer: _Writer, playbook: Playbook, context: ComposeContext, urgent: bool = False
) -> str:
    """Two call slots; the first as early as the day allows when the client has a hard deadline."""
    if context.now is None:
        first, second = untimed_slots(playbook.hours)
        return writer.pick(
            phrases.CALL_UNTIMED,
            first_slot=clock(first),
            second_slot=clock(second),
            zone=zone_label(playbook.hours),
        )
    first_slot, second_slot = call_slots(context.now, playbook.hours, urgent)
    slots = describe_slots(first_slot, second_slot, context.now, playbook.hours)
    return writer.pick(phrases.CALL, slots=slots)


def fill(draft: Draft, values: Mapping[str, str]) -> Draft:
    """The draft with the placeholders named in `values` filled in; parts move with the text.

    >>> from calmdesk.text import Span
    >>> text = "Your tracking number is {tracking_number}."
    >>> slot = Placeholder("tracking_number", Span.of(text, 24, 41))
    >>> fill(Draft(text, (), (slot,), 1, "template", ()), {"tracking_number": "1Z99"}).text
    'Your tracking number is 1Z99.'
    """
    pieces: list[str] = []
    shifts: list[tuple[int, int]] = []  # (offset in the old text, change in length after it)
    cursor = 0
    for placeholder in draft.placeholders:
        if placeholder.name not in values:
            continue
        value = values[placeholder.name]
        pieces += [draft.text[cursor : placeholder.span.start], value]
        shifts.append((placeholder.span.end, len(value) - len(placeholder.span.text)))
        cursor = placeholder.span.end
    text = "".join(pieces) + draft.text[cursor:]

    def moved(offset: int) -> int:
        return offset + sum(change for at, change in shifts if at <= offset)

    parts = tuple(
        Part(p.step, Span.of(text, moved(p.span.start), moved(p.span.end))) for p in draft.parts
    )
    filled = [p.name for p in draft.placeholders if p.name in values]
    notes = tuple(n for n in draft.notes if not n.startswith("Fill in before sending"))
    left = placeholders_in(text)
    if left:
        notes += (f"Fill in before sending: {', '.join(dict.fromkeys(p.name for p in left))}.",)
    return Draft(text, parts, left, draft.seed, draft.backend, notes if filled else draft.notes)
