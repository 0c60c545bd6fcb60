"""The template backend: a reply built step by step from what the Reading found.

The steps follow the guide's order (acknowledge, clarify, align, solve, expect, close), so the
client is heard before any fix is offered. Facts come from the context first, then from the
Reading (name, order number, carrier, amount: `compose.facts`); remedies stay within the
playbook's authority (`compose.solution`); the times come from its business hours
(`compose.timing`). Wording is picked from `calmdesk.compose.phrases` with the seed
(`compose.writer`). A client who raises several problems ("the flight was late and then you lost
my bag") has each heard, checked and put right, the main one first (`compose.facts`), with still
one time for the next update.

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

import zlib
from dataclasses import replace
from datetime import datetime

from calmdesk.compose import phrases
from calmdesk.compose.facts import (
    Facts,
    concern,
    deadline_words,
    facts_from,
    listed,
    problem_named,
    restatement,
    subject_of,
)
from calmdesk.compose.placeholders import fill, placeholders_in
from calmdesk.compose.solution import (
    also_offer_sentence,
    lead_sentences,
    offer_sentence,
    solution_for,
)
from calmdesk.compose.timing import (
    call_slots,
    client_deadline,
    clock,
    describe,
    describe_slots,
    untimed_slots,
    update_due,
    zone_label,
)
from calmdesk.compose.values import ComposeContext, Draft
from calmdesk.compose.writer import Writer
from calmdesk.playbook.model import Playbook
from calmdesk.reading.values import Reading


def _tried_photos(context: ComposeContext) -> bool:
    """Whether the rep already has the client's photos of the damage."""
    return any("photo" in item.lower() or "picture" in item.lower() for item in context.tried)


def _situation_question(facts: Facts, asked: str = "") -> tuple[str, ...] | None:
    """The one thing the situation needs from the client: for rude staff, what finds who it was,
    less what the check has `asked` already (the order number, for a food order)."""
    if facts.situation == "rude_staff":
        role = facts.known.get("staff_role") or ""
        if role == "delivery" and "order number" in asked:
            return phrases.RUDE_DRIVER_WHEN
        if role in phrases.RUDE_STAFF_QUESTION:
            return phrases.RUDE_STAFF_QUESTION[role]
    return phrases.SITUATION_QUESTION.get(facts.situation or "")


def _falls_today(deadline: datetime | None, now: datetime | None) -> bool:
    """Whether the client's deadline falls on the day the reply is sent."""
    return deadline is not None and now is not None and deadline.date() == now.date()


def _deadline(reading: Reading, now: datetime, playbook: Playbook) -> datetime | None:
    """The earliest deadline the client named, placed from the message time."""
    words = [t.span.text for t in reading.triggers if t.name == "hard_deadline"]
    return client_deadline(words, now, playbook.hours) if words and reading.in_scope else None


def message_seed(reading: Reading) -> int:
    """The seed for a client's message when none is given: the same message, the same letter."""
    return zlib.crc32(reading.text.encode("utf-8"))


def compose(reading: Reading, playbook: Playbook, context: ComposeContext | None = None) -> Draft:
    """Draft a reply to the client message behind `reading`, following the guide's six steps.

    Pure: the moment the reply goes out comes from `context.now` (None: times relative to
    business hours). Unknown facts the reply must state appear as `{name}` placeholders.
    """
    context = context or ComposeContext()
    seed = context.seed if context.seed is not None else message_seed(reading)
    facts = facts_from(reading, playbook, context)
    deadline = _deadline(reading, context.now, playbook) if context.now is not None else None
    writer = Writer(seed)
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

    # A calm message that states a problem ("the wifi didn't work the whole flight") is still a
    # complaint to put right, not a question to hold; kind words about one are not.
    stated = facts.situation is not None and not _grateful(reading)
    if reading.is_routine and not stated:
        return _routine(reading, playbook, context, facts, deadline, writer, seed, notes)

    topic = facts.topic if facts.topic in phrases.ACKNOWLEDGE else "other"
    if facts.has("visit_missed"):
        topic = "visit_missed"  # (a missed visit put before another problem)
    elif facts.has("resend"):
        topic = "paper"  # what they lack is a paper or a link, whatever the topic
    elif facts.situation in phrases.ACKNOWLEDGE:
        topic = facts.situation or topic  # the client's actual problem, named
    elif facts.damaged:
        topic = "damaged"
    elif facts.outage:
        topic = "outage"
    elif facts.made_wrong:
        topic = "made_wrong"
    if facts.several and f"{topic}_several" in phrases.ACKNOWLEDGE:
        topic = f"{topic}_several"  # "your headphones aren't working", not "isn't"
    acknowledge = [pick(phrases.ACKNOWLEDGE[topic], subject=subject_of(facts))]
    further = [said for said in (concern(other) for other in facts.others) if said]
    if further:  # each further problem the client raised, heard too
        acknowledge.append(pick(phrases.ACKNOWLEDGE_ALSO, concern=listed(further)))
    if "repeat_contact" in facts.triggers:
        acknowledge.append(pick(phrases.REPEAT_CONTACT))
    if "hard_deadline" in facts.triggers:
        when = deadline_words(reading)
        acknowledge.append(
            pick(phrases.DEADLINE_NAMED, when=when) if when else pick(phrases.DEADLINE)
        )
    if "churn_threat" in facts.triggers:
        acknowledge.append(pick(phrases.CHURN))
    writer.add("acknowledge", acknowledge, "\n\n")

    restated = restatement(facts)
    clarify = [
        pick(phrases.CLARIFY_RESTATED, restated=restated)
        if restated
        else pick(phrases.CLARIFY_OPEN)
    ]
    question = _situation_question(facts)
    if question is not None and not facts.has("resend"):
        clarify.append(pick(question))  # the one thing needed to act on it
    elif facts.damaged and not _tried_photos(context):
        clarify.append(pick(phrases.DAMAGE_PHOTOS))  # what the carrier's claim needs from them
    # (with three problems, the check names them all and asks only what the main one needs)
    for other in facts.others if len(facts.others) == 1 else ():
        question = _situation_question(other, " ".join(clarify))
        if question is not None:
            clarify.append(pick(question))
        elif other.damaged and not facts.damaged and not _tried_photos(context):
            clarify.append(pick(phrases.DAMAGE_PHOTOS))
    if context.tried:
        clarify.append(pick(phrases.TRIED, tried=", ".join(context.tried)))
    writer.add("clarify", clarify, " ")

    cause = facts.cause if facts.cause in phrases.ALIGN else "none"
    if cause == "none" and facts.topic == "delivery" and facts.has("carrier"):
        cause = "carrier"  # a late parcel with a named carrier: chase the carrier
    if cause == "carrier" and facts.damaged:
        cause = "carrier_damage"
    carrier = facts.say("carrier") if facts.has("carrier") else "the carrier"
    # Unnamed, the outstanding piece stays general; asked for (None in the facts), a slot.
    outstanding = facts.say("waiting_on") if facts.has("waiting_on") else "the last details we need"
    align = [pick(phrases.ALIGN[cause], carrier=carrier, outstanding=outstanding)]
    # For a delay that waits on the client, where things stand is the explanation.
    if "explanation" in facts.asks and cause != "client_dependency":
        align.append(pick(phrases.EXPLANATION))
    writer.add("align", align, "\n\n")

    solution = solution_for(facts, playbook, context)
    solve: list[str] = []
    if cause == "client_dependency":
        solve.append(pick(phrases.SOLVE_EXPEDITE_HANDOVER, outstanding=outstanding))
    elif solution.options:
        solve.append(offer_sentence(writer, solution.options, _falls_today(deadline, context.now)))
    elif solution.lead_refund is None:
        solve.append(pick(phrases.SOLVE_GENERIC))
    offered = set(solution.options)
    for other in facts.others:  # a remedy for each further problem, none offered twice
        options = [o for o in solution_for(other, playbook, context).options if o not in offered]
        if options:
            solve.append(also_offer_sentence(writer, problem_named(other), tuple(options)))
            offered.update(options)
    solve.extend(lead_sentences(writer, solution, playbook, notes))
    writer.add("solve", solve, " ")

    expect: list[str] = []
    if facts.has("tracking_number"):
        expect.append(pick(phrases.TRACKING, tracking_number=facts.say("tracking_number")))
    if facts.has("eta"):
        expect.append(pick(phrases.ETA, eta=facts.say("eta")))
    if facts.hot:
        expect.append(_call_sentence(writer, playbook, context, "hard_deadline" in facts.triggers))
        if facts.has("phone"):
            expect.append(pick(phrases.CALL_NUMBER, phone=facts.say("phone")))
    if context.now is not None:
        due = update_due(context.now, playbook.hours, deadline)
        if deadline is not None and due != update_due(context.now, playbook.hours):
            notes.append(
                f"The client's deadline ({deadline:%a %H:%M}) comes before the usual update "
                f"time, so the update is promised by {clock(due)}."
            )
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
    facts: Facts,
    deadline: datetime | None,
    writer: Writer,
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
        solution = solution_for(asked, playbook, context)
        due_today = _falls_today(deadline, context.now)
        solve = [offer_sentence(writer, solution.options, due_today)] if solution.options else []
        solve.extend(lead_sentences(writer, solution, playbook, notes))
        hold = [] if solve and "fix" not in facts.asks else [pick(phrases.ROUTINE_HOLD)]
        if "explanation" in facts.asks:
            hold.append(pick(phrases.ROUTINE_EXPLANATION))
        if hold:
            writer.add("align", hold, " ")
        if solve:
            writer.add("solve", solve, " ")
        urgent = "hard_deadline" in facts.triggers
        expect = [_call_sentence(writer, playbook, context, urgent)] if facts.hot else []
        if expect and facts.has("phone"):
            expect.append(pick(phrases.CALL_NUMBER, phone=facts.say("phone")))
        timed: tuple[str, ...] = phrases.EXPECT if solve else phrases.ROUTINE_EXPECT
        untimed: tuple[str, ...] = (
            phrases.EXPECT_UNTIMED if solve else phrases.ROUTINE_EXPECT_UNTIMED
        )
        if "update" in facts.asks:  # the update they asked for, by name
            timed = tuple(v for v in phrases.EXPECT if "update" in v)
            untimed = tuple(v for v in phrases.EXPECT_UNTIMED if "update" in v)
        if context.now is not None:
            due = update_due(context.now, playbook.hours, deadline)
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


def _grateful(reading: Reading) -> bool:
    return any(e.name == "gratitude" and e.present for e in reading.emotions)


def _call_sentence(
    writer: Writer, playbook: Playbook, context: ComposeContext, urgent: bool = False
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


# `fill` and `placeholders_in` live in `compose.placeholders`; they are imported from here too.
__all__ = ["compose", "fill", "message_seed", "placeholders_in"]
