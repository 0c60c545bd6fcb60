"""The remedies a draft offers, within the playbook's authority, and the sentences that offer them.

Remedies follow the topic and the asks (a refund, a replacement or repair, priority handling, a
visit, a credit), never one the client says was already tried, three at most. A refund above the
playbook's ceiling, or a policy exception it leaves to a lead, is put to the lead, not promised.

>>> from calmdesk.compose.facts import facts_from
>>> from calmdesk.compose.values import ComposeContext
>>> from calmdesk.playbook import default_playbook
>>> from calmdesk.reading import read
>>> playbook = default_playbook()
>>> reading = read("My order 4417 is two weeks late. I want a refund of $80.", playbook)
>>> context = ComposeContext()
>>> solution_for(facts_from(reading, playbook, context), playbook, context).options
('a full refund of $80', 'priority handling so it reaches you sooner')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from calmdesk.compose import phrases
from calmdesk.compose.facts import Facts
from calmdesk.compose.refund import CURRENCY_SIGNS, format_amount
from calmdesk.compose.values import ComposeContext
from calmdesk.compose.writer import Writer
from calmdesk.playbook.model import Playbook
from calmdesk.reading.money import amount_of

# Remedy ids and the words that say one was already tried.
_TRIED_WORDS = {
    "refund": ("refund",),
    "replacement": ("replace", "reship", "resen", "new one"),
    "expedite": ("expedit", "rush", "express", "priority"),
    "repair": ("repair", "fix"),
    "credit": ("credit", "voucher", "compensat"),
    "cancel": ("cancel",),
    "visit": ("visit", "appointment", "rebook", "reschedul"),
    "document": ("corrected", "reissued", "revised", "amended"),
    "restore": ("restor", "recover", "backup"),
    "resend": ("resen", "re-sen", "fresh copy", "sent again"),
    "lost_bag": ("trace", "traced", "tracing"),
    "damaged_bag": ("repair", "claim"),
    "cancelled_flight": ("rebook", "next flight", "next available"),
    "late_flight": ("rebook", "compensat"),
    "flight_status": ("status",),
    "rude_staff": ("complaint", "manager"),
    "refund_missing": ("trace", "traced", "tracing"),
    "booking": ("rebook", "change", "amend", "booking"),
    "onboard": ("credit", "voucher", "report"),
    "food_order": ("refund", "remake", "re-make", "fresh"),
    "wrong_item": ("replace", "resen", "reship", "right item"),
    "service_down": ("engineer", "line check", "visit"),
    "no_reply": ("single contact",),
}
# The remedy that fits each situation `compose.facts` names; one offer, not a choice, unless the
# client may prefer either (a seat on another flight, or the money back).
_SITUATION_REMEDIES = {
    "lost_bag": (
        "a trace on your bag starting now, delivery to your address as soon as it's found, and "
        "reasonable costs for essentials covered meanwhile under our baggage policy",
    ),
    "damaged_bag": (
        "a repair of your bag, or a replacement if it can't be repaired, under our baggage policy",
    ),
    "cancelled_flight": (
        "a rebooking onto the next available flight at no extra cost",
        "a full refund of the unused ticket",
    ),
    # (asked about: its state checked and confirmed, with the options if it has changed)
    "flight_status": (
        "a check on your flight's status now, confirmed to you in writing, with a rebooking at "
        "no extra cost if it has been cancelled or delayed",
    ),
    "late_flight": (
        "a free rebooking if the delay costs you your connection, and any compensation our delay "
        "policy allows for it",
    ),
    "rude_staff": (
        "a formal complaint raised with the staff member's manager, with the outcome "
        "reported back to you",
    ),
    "refund_missing": (
        "a trace on the refund with our payments team, and the payment sent again if it "
        "has stalled",
    ),
    "booking": (
        "your booking put right at no extra cost to you, with any fee you were charged because "
        "of the problem refunded",
    ),
    "onboard": (
        "a report to the team responsible so it's fixed before you fly again, and a goodwill "
        "credit for the part of the service you didn't get",
    ),
    "food_order": (
        "a refund for anything that was missing or not fit to eat",
        "the order made again fresh and sent out to you at no cost",
    ),
    "wrong_item": (
        "the right item sent by express delivery at no cost to you, with a free return for the "
        "wrong one",
    ),
    "service_down": (
        "a check on your line and on any fault in your area, with an engineer booked if it can't "
        "be fixed remotely",
    ),
    "no_reply": (
        "your question answered here by me, so there's no more waiting on hold or for a call back",
    ),
}
_CREDIT = "a credit on your account for the trouble"
# What fixing it means when nothing physical is broken (a product gets a replacement or repair).
_FIX_BY_TOPIC = {
    "account": "full access to your account restored, with a check that nothing else changed",
    "service": "a fix for the problem, worked through with you step by step",
    "travel": "a rebooking on the next available option at no extra cost",
    "delivery": "a fix to the delivery details so your order reaches you",
    "other": "a fix for the problem, worked through with you step by step",
    "software": "a fix for the fault, worked through with you step by step",
}


@dataclass(frozen=True, slots=True)
class Solution:
    """The remedies to offer (three at most) and whether, and for what, a lead joins."""

    options: tuple[str, ...]
    lead_refund: str | None  # the amount, when a refund needs the lead's approval
    bring_lead: bool
    exception: str | None = None  # a policy exception put to the lead


def solution_for(facts: Facts, playbook: Playbook, context: ComposeContext) -> Solution:
    """The remedies to offer, within the playbook's authority, and whether a lead joins."""
    policy = playbook.escalation
    options: list[str] = []
    lead_refund = None
    wants_refund = "refund" in facts.asks or "compensation" in facts.asks
    if facts.situation == "refund_missing":
        wants_refund = False  # the refund is owed already: it is traced, not offered again
    if facts.cause == "client_dependency":
        return Solution((), None, "manager" in facts.asks or "manager_request" in facts.triggers)
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
    late = (
        facts.topic in ("delivery", "delay")
        and "cancel" not in facts.asks
        and not facts.damaged
        and facts.situation is None  # a late flight is no parcel; a wrong item goes express
    )
    parcel = facts.has("order_number") or facts.has("carrier") or facts.cause == "carrier"
    wants_replacement = "replacement" in facts.asks or (late and parcel and not facts.asks)
    paperwork = facts.has("resend")
    if facts.has("resend") and not _tried(context, "resend"):
        # an email, a link or a document sent again: nothing goes by courier
        paper = facts.say("resend")
        sent = (
            f"the {paper}, sent to you by email"
            if facts.paper_owed
            else f"a copy of the {paper}, sent to you by email"
            if facts.paper_asked
            else f"a fresh copy of the {paper}, sent to you by email"
        )
        if facts.has("needed_by"):
            sent += f" today, in time for {facts.say('needed_by')}"
        options.append(sent)
    elif facts.situation in _SITUATION_REMEDIES and not _tried(context, facts.situation or ""):
        refunding = any("refund" in o for o in options)  # the money back is offered already
        options.extend(
            o
            for o in _SITUATION_REMEDIES[facts.situation or ""]
            if not refunding or "refund" not in o
        )
    elif (facts.topic == "product_quality" or facts.cause == "product_defect") and facts.software:
        if facts.data_loss and not _tried(context, "restore"):
            # One remedy, not a choice: the data back, worked on now.
            options.append(
                "our engineers on it as a priority incident, working to restore the missing data"
            )
        elif facts.outage:
            # One remedy, not a choice: the service back, worked on now.
            options.append("our engineers on it as a priority incident until the service is back")
        elif not _tried(context, "repair"):
            options.append(_FIX_BY_TOPIC["software"])
            options.append("the fault escalated to our technical team today")
    elif facts.damaged and not _tried(context, "replacement"):
        # goods that came damaged: new ones, or the money back for them
        replaced, refunded = _damaged_remedies(facts)
        options.append(replaced)
        if "refund" not in facts.asks:
            options.append(refunded)
    elif facts.visit and not _tried(context, "visit"):
        # someone sent out again, asked for or owed after a visit that failed
        options.append("a visit booked for the first time that suits you")
    elif facts.made_wrong and not _tried(context, "replacement"):
        # made again to what was approved: there is nothing to repair
        options.append("a replacement made to your approved specification, at no cost to you")
    elif facts.topic == "product_quality" or facts.cause == "product_defect":
        if not _tried(context, "replacement"):
            options.append("a replacement sent out at no cost to you")
        if not _tried(context, "repair"):
            options.append("a repair booked at a time that suits you")
    elif "replacement" in facts.asks and not _tried(context, "replacement"):
        # asked for in so many words: it comes before a general "sort it out"
        options.append("a replacement sent by express delivery at no cost to you")
    elif facts.has("document") and not _tried(context, "document"):
        options.append(f"a corrected {facts.say('document')}, sent to you today")
    elif "fix" in facts.asks and facts.topic in _FIX_BY_TOPIC and not _tried(context, "repair"):
        options.append(_FIX_BY_TOPIC[facts.topic])
    elif wants_replacement and not _tried(context, "replacement"):
        options.append("a replacement sent by express delivery at no cost to you")
    # (a paper goes by email: there is nothing to speed up)
    # (a situation's remedy is whole: a wrong item already goes express)
    hurry = ("expedite" in facts.asks or late) and facts.situation is None
    if hurry and not _tried(context, "expedite") and not paperwork:
        options.append(
            "top priority for all the work still outstanding"
            if facts.topic == "delay"
            else "priority handling so it reaches you sooner"
        )
    if "cancel" in facts.asks and not _tried(context, "cancel"):
        thing = facts.known.get("cancelled_thing")
        what = f"your {thing}" if thing and thing != "order" else "the order"
        options.append(f"the cancellation of {what} today, confirmed in writing")
    # A fee to be waived goes to the lead as asked, not swapped for a credit.
    waiver = facts.exception == "waive-fees"
    if (
        "compensation" in facts.asks
        and not _tried(context, "credit")
        and lead_refund is None
        and not waiver
        and facts.situation != "onboard"  # its remedy holds a goodwill credit already
    ):
        options.append(_CREDIT)
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
    # A corrected bill and a credit are asked for together: one offer, not a choice between them.
    corrected = next((o for o in options if o.startswith("a corrected ")), None)
    if corrected is not None and _CREDIT in options:
        options.remove(_CREDIT)
        options[options.index(corrected)] = f"{corrected}, with {_CREDIT}"
    # An outage is fixed for everyone and a credit comes on top: one offer, not a choice.
    incident = next((o for o in options if o.startswith("our engineers on it")), None)
    if incident is not None and _CREDIT in options:
        options.remove(_CREDIT)
        options[options.index(incident)] = f"{incident}, and {_CREDIT}"
    exception = facts.exception if lead_refund is None else None
    return Solution(tuple(dict.fromkeys(options))[:3], lead_refund, bring_lead, exception)


def _damaged_remedies(facts: Facts) -> tuple[str, str]:
    """New goods and the money back for goods come damaged, as many as the client named: "a
    replacement blender" and "a refund for it", "replacement glasses" and "a refund for them", or,
    with nothing named, "a replacement for anything that arrived damaged"."""
    item = facts.known.get("item")
    if not item:
        return (
            "a replacement for anything that arrived damaged, sent out at no cost to you",
            "a refund for anything that arrived damaged",
        )
    if facts.several:
        return f"replacement {item} sent out at no cost to you", "a refund for them"
    return f"a replacement {item} sent out at no cost to you", "a refund for it"


def _tried(context: ComposeContext, remedy: str) -> bool:
    words = _TRIED_WORDS.get(remedy, (remedy,))
    return any(word in item.lower() for item in context.tried for word in words)


def _refund_offer(facts: Facts, amount: tuple[str, float] | None) -> str:
    """'a full refund of $80', 'a refund of the expedite charges', or 'a full refund'."""
    if amount is not None:
        return f"a full refund of {format_amount(*amount)}"
    if facts.has("refund_of"):
        return f"a refund of {facts.say('refund_of')}"
    return "a full refund"


def _amount_value(facts: Facts) -> tuple[str, float] | None:
    value = facts.known.get("amount")
    if not value:
        return None
    match = re.fullmatch(r"([$£€])([\d,]+(?:\.\d+)?)|([\d,]+(?:\.\d+)?) ([A-Z]{3})", value)
    if match is None:
        return amount_of(value)
    if match[1]:
        currency = {v: k for k, v in CURRENCY_SIGNS.items()}[match[1]]
        return currency, float(match[2].replace(",", ""))
    return match[4], float(match[3].replace(",", ""))


def _join_options(options: tuple[str, ...]) -> str:
    if len(options) == 1:
        return options[0]
    return ", ".join(options[:-1]) + " or " + options[-1]


def offer_sentence(
    writer: Writer, options: tuple[str, ...], before_today_ends: bool = False
) -> str:
    """The remedies on offer in one sentence, joined with "or" when there are several.

    `before_today_ends`: the client needs it before the day is out, so no wording promises the
    remedy merely "today" (a promise due at the close of business would miss their deadline)."""
    variants: tuple[str, ...] = phrases.SOLVE_ONE if len(options) == 1 else phrases.SOLVE_OPTIONS
    if len(options) != 2:
        variants = tuple(v for v in variants if "two ways" not in v)
    if before_today_ends:
        variants = tuple(v for v in variants if "I'll" not in v) or variants
    return writer.pick(variants, options=_join_options(options))


def also_offer_sentence(writer: Writer, problem: str, options: tuple[str, ...]) -> str:
    """The remedies for a further problem the client raised, after the main one's offer."""
    variants = phrases.SOLVE_ALSO if len(options) == 1 else phrases.SOLVE_ALSO_OPTIONS
    return writer.pick(variants, problem=problem, options=_join_options(options))


def lead_sentences(
    writer: Writer, solution: Solution, playbook: Playbook, notes: list[str]
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
