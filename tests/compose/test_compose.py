"""`compose`: drafts that follow the guide's steps, use what the Reading found, stay within the
playbook's authority, name real times, and pass review. Every client message here is our own."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

import pytest

from calmdesk.commitments import commitments
from calmdesk.compose import ComposeContext, Draft, compose, fill
from calmdesk.compose.timing import call_slots
from calmdesk.playbook import default_playbook
from calmdesk.playbook.model import STEP_IDS, Playbook
from calmdesk.reading import read
from calmdesk.reading.values import Entity, Evidence, Reading
from calmdesk.review import review
from calmdesk.review.rules import ClientFacts
from calmdesk.serialise import dump, load
from calmdesk.text import Span

PLAYBOOK = default_playbook()
SATURDAY_NIGHT = datetime(2026, 11, 28, 22, 15)

LATE_PARCEL = (
    "Hi, order #B-2231 was meant to arrive last Thursday with UPS and there's still nothing. "
    "I need it for my daughter's party on Saturday. Can you send a replacement?\n\n"
    "Thanks,\nPriya Natarajan"
)

# Our own client messages, from calm questions to furious ones; each draft must be sendable.
CLIENT_MESSAGES = (
    LATE_PARCEL,
    "You charged my card twice for the same subscription this month. I want the extra payment "
    "refunded.\n\nRegards,\nTom Becker",
    "The coffee grinder I bought stopped working after a week. Ridiculous for the price.",
    "This is the THIRD time I'm writing about this. Your company is a JOKE. Get me a manager or "
    "I'm taking this to my lawyer!!!",
    "We still haven't sent the final logo files, but surely the banner could have been started "
    "by now? Our event is next week.",
    "Could you tell me when my order 88120 will ship? I'd like to plan around it.",
    "My flight got cancelled and nobody from your team has answered my emails in three days.",
    "I want to cancel my account. The app keeps crashing every time I open it.",
    "I paid $600 for the sofa, order 7781, and it arrived with a torn cushion. I want a refund.",
    "honestly i'm just tired of everything going wrong lately",
    "WHERE IS MY PARCEL?!?! Two weeks and not a word from FedEx or from you. Call me today.",
    "Thanks for the quick help last week, the new router works well.",
)


def reading_of(line: str, **entities: str) -> Reading:
    """A Reading with just these facts (`ClientFacts` syntax) plus the named entities."""
    reading = ClientFacts.parse(line).reading()
    whole = Span.of(reading.text, 0, len(reading.text))
    extra = tuple(Entity(kind, value, whole) for kind, value in entities.items())
    return replace(reading, entities=reading.entities + extra)


def step_order(draft: Draft) -> list[str]:
    return [part.step for part in draft.parts if part.step in STEP_IDS]


@pytest.mark.parametrize("message", CLIENT_MESSAGES)
@pytest.mark.parametrize("now", [None, SATURDAY_NIGHT, datetime(2026, 11, 24, 10, 30)])
def test_every_draft_for_our_messages_is_ready_to_send(message: str, now: datetime | None) -> None:
    reading = read(message, PLAYBOOK)
    draft = compose(reading, PLAYBOOK, ComposeContext(now=now, rep_name="Sam"))
    result = review(draft.text, PLAYBOOK, reading)
    assert result.verdict == "send", (draft.text, result.explanation)
    assert draft.placeholders == ()


def test_the_six_steps_come_in_the_guide_order_acknowledging_before_solving() -> None:
    draft = compose(read(LATE_PARCEL, PLAYBOOK), PLAYBOOK, ComposeContext(rep_name="Sam"))
    assert [part.step for part in draft.parts] == ["greeting", *STEP_IDS, "sign-off"]
    starts = [part.span.start for part in draft.parts]
    assert starts == sorted(starts)
    for part in draft.parts:
        assert draft.text[part.span.start : part.span.end] == part.span.text


def test_the_name_order_and_carrier_the_client_gave_are_used() -> None:
    draft = compose(read(LATE_PARCEL, PLAYBOOK), PLAYBOOK)
    assert re.match(r"(Hi|Hello|Dear) Priya,", draft.text)
    assert "B-2231" in draft.text
    align = draft.part("align")
    assert align is not None and "UPS" in align.span.text
    assert "replacement" in draft.text


def test_an_unknown_fact_the_reply_must_state_is_a_visible_placeholder_until_filled() -> None:
    reading = read(LATE_PARCEL, PLAYBOOK)
    context = ComposeContext(facts={"tracking_number": None})
    draft = compose(reading, PLAYBOOK, context)
    assert [p.name for p in draft.placeholders] == ["tracking_number"]
    slot = draft.placeholders[0]
    assert draft.text[slot.span.start : slot.span.end] == "{tracking_number}"
    assert any("tracking_number" in note for note in draft.notes)
    flagged = review(draft.text, PLAYBOOK, reading)
    assert "unfilled-placeholder" in {f.rule for f in flagged.findings}
    assert flagged.verdict != "send"

    filled = fill(draft, {"tracking_number": "1Z 55 A7"})
    assert filled.placeholders == () and "1Z 55 A7" in filled.text
    assert all(filled.text[p.span.start : p.span.end] == p.span.text for p in filled.parts)
    assert review(filled.text, PLAYBOOK, reading).verdict == "send"


def test_a_known_fact_from_the_context_is_written_in() -> None:
    context = ComposeContext(facts={"tracking_number": "1Z 55 A7", "order_number": "B-9"})
    draft = compose(read(LATE_PARCEL, PLAYBOOK), PLAYBOOK, context)
    assert "1Z 55 A7" in draft.text and "order B-9" in draft.text
    assert draft.placeholders == ()


CLIENT_SIDE_DELAY = "Why is the brochure still not printed? We were promised it for Monday."


WORK_RAN_LATE = (
    "Hi Sarah, we're very disappointed with how the spring campaign has gone. The creative was "
    "two weeks late and the landing page went live with the old pricing. I'd like a call this "
    "week to agree a recovery plan.\n\nDaniel"
)
PARCEL_LATE = "Hi, the desk I ordered two weeks ago is late and still not here. Where is it?"


def test_late_work_is_not_treated_as_a_parcel() -> None:
    reading = read(WORK_RAN_LATE, PLAYBOOK)
    assert reading.topic.topic == "delivery"  # the reader's topic; compose tells the two apart
    for seed in range(6):
        text = compose(reading, PLAYBOOK, ComposeContext(seed=seed)).text
        assert not re.search(r"hasn't arrived|reached you|reaches you|should be with you", text)
        assert review(text, PLAYBOOK, reading).verdict == "send"
    parcel = compose(read(PARCEL_LATE, PLAYBOOK), PLAYBOOK, ComposeContext(seed=1)).text
    assert re.search(r"hasn't (?:arrived|reached you)|should be with you|reaches you", parcel)


def test_a_client_caused_delay_is_stated_neutrally_with_an_offer_to_expedite() -> None:
    reading = read(CLIENT_SIDE_DELAY, PLAYBOOK)
    context = ComposeContext(cause="client_dependency", facts={"waiting_on": "the signed proof"})
    for seed in range(6):
        draft = compose(reading, PLAYBOOK, replace(context, seed=seed))
        text = draft.text
        assert "the signed proof from your side" in text
        assert re.search(r"expedite|rush", text)
        assert not re.search(
            r"\byour (?:fault|delay|mistake)\b|because you|you (?:failed|forgot)", text
        )
        result = review(text, PLAYBOOK, reading)
        assert "client-blame" not in {f.rule for f in result.findings}
        assert result.verdict == "send", result.explanation


def test_a_client_caused_delay_found_by_the_reader_names_what_is_outstanding() -> None:
    reading = read(
        "We haven't sent the artwork yet, but why has nothing moved on our order?", PLAYBOOK
    )
    assert reading.topic.cause == "client_dependency"
    draft = compose(reading, PLAYBOOK)
    assert "the artwork from your side" in draft.text
    assert review(draft.text, PLAYBOOK, reading).verdict == "send"


def test_a_client_caused_delay_with_the_item_unknown_leaves_a_placeholder_when_asked() -> None:
    reading = read(CLIENT_SIDE_DELAY, PLAYBOOK)
    context = ComposeContext(cause="client_dependency", facts={"waiting_on": None})
    draft = compose(reading, PLAYBOOK, context)
    assert "waiting_on" in {p.name for p in draft.placeholders}


def _business_hours_ok(moment: datetime) -> bool:
    return moment.weekday() < 5 and moment.hour >= 9 and (moment.hour, moment.minute) <= (16, 30)


SLOT = re.compile(
    r"at (\d{1,2}) (am|pm)(?: (today|tomorrow, \w+|on \w+ \d+ \w+))? or at (\d{1,2}) (am|pm) "
    r"(today|tomorrow, \w+|on \w+ \d+ \w+) \(New York time\)"
)


@pytest.mark.parametrize(
    "now",
    [
        datetime(2026, 11, 28, 22, 15),  # Saturday night
        datetime(2026, 11, 29, 9, 0),  # Sunday morning
        datetime(2026, 11, 27, 19, 40),  # Friday evening
        datetime(2026, 11, 25, 16, 45),  # Wednesday, after the cut-off, before Thanksgiving
        datetime(2026, 11, 24, 3, 0),  # Tuesday, small hours
        datetime(2026, 11, 24, 11, 20),  # Tuesday, mid-morning
    ],
)
def test_a_heated_message_gets_two_call_slots_inside_business_hours(now: datetime) -> None:
    reading = reading_of("heat=4 name=Dana asks=refund", order_number="C-100")
    draft = compose(reading, PLAYBOOK, ComposeContext(now=now))
    first, second = call_slots(now, PLAYBOOK.hours)
    for slot in (first, second):
        local = slot.replace(tzinfo=None)
        assert local > now and _business_hours_ok(local)
        assert local.date().isoformat() != "2026-11-26"  # Thanksgiving
    assert first < second
    expect = draft.part("expect")
    assert expect is not None
    assert SLOT.search(expect.span.text), expect.span.text
    result = review(draft.text, PLAYBOOK, reading)
    assert result.verdict == "send", result.explanation


def test_a_client_who_cannot_wait_is_offered_the_first_free_hour() -> None:
    message = (
        "URGENT - we have lost three days of records since your update. I need someone "
        "technical on a call within the hour. Our legal team has been informed."
    )
    reading = read(message, PLAYBOOK)
    assert "hard_deadline" in {t.name for t in reading.triggers}
    before_opening = datetime(2026, 11, 24, 8, 5)  # a Tuesday; the office opens at 9
    assert call_slots(before_opening, PLAYBOOK.hours, urgent=True)[0].hour == 9
    assert call_slots(before_opening, PLAYBOOK.hours)[0].hour == 10
    midday = datetime(2026, 11, 24, 11, 40)
    assert call_slots(midday, PLAYBOOK.hours, urgent=True)[0].hour == 12
    text = compose(reading, PLAYBOOK, ComposeContext(now=before_opening)).text
    assert "at 9 am" in text


def test_a_heated_message_without_a_send_time_still_offers_clock_times() -> None:
    draft = compose(reading_of("heat=4 asks=update"), PLAYBOOK)
    assert re.search(r"at 10 am or at 1 pm \(New York time\)", draft.text)
    assert any("relative to business hours" in note for note in draft.notes)


def test_a_calm_message_is_not_pushed_to_a_call() -> None:
    draft = compose(reading_of("heat=0 asks=update"), PLAYBOOK, ComposeContext(now=SATURDAY_NIGHT))
    assert "call" not in draft.text.lower().replace("call-out", "")


def test_the_update_time_is_specific_and_within_business_hours() -> None:
    draft = compose(
        reading_of("heat=2 asks=update"), PLAYBOOK, ComposeContext(now=datetime(2026, 11, 24, 16))
    )
    assert "by 10 am tomorrow, Wednesday (New York time)" in draft.text
    draft = compose(reading_of("heat=2"), PLAYBOOK, ComposeContext(now=datetime(2026, 11, 24, 9)))
    assert "by 11 am today (New York time)" in draft.text


def test_a_refund_above_the_ceiling_goes_through_the_lead_and_is_not_promised() -> None:
    reading = reading_of("heat=2 name=Lee asks=refund", amount="USD 600.00", order_number="7781")
    draft = compose(reading, PLAYBOOK)
    assert "bringing in my team lead" in draft.text and "$600" in draft.text
    assert "a full refund" not in draft.text
    assert any("ceiling" in note for note in draft.notes)
    assert review(draft.text, PLAYBOOK, reading).verdict == "send"


def test_a_refund_within_the_ceiling_is_offered_outright() -> None:
    reading = reading_of("heat=2 asks=refund", amount="USD 80.00")
    draft = compose(reading, PLAYBOOK)
    assert "a full refund of $80" in draft.text
    assert "team lead" not in draft.text


def test_a_loss_the_client_mentions_is_not_offered_back_and_the_refund_names_its_object() -> None:
    message = (
        "Order 5512 never came and our line is idle, costing us about $4,000 a day. "
        "I want the expedite charges refunded."
    )
    reading = read(message, PLAYBOOK)
    draft = compose(reading, PLAYBOOK)
    assert "$4,000" not in draft.text and "team lead" not in draft.text
    assert "a refund of the expedite charges" in draft.text
    assert review(draft.text, PLAYBOOK, reading).verdict == "send"


def test_money_asked_back_is_not_treated_as_a_wrong_charge() -> None:
    reading = read("I paid $90 for this and it never came. Refund me now.", PLAYBOOK)
    assert reading.topic.topic == "billing"
    draft = compose(reading, PLAYBOOK)
    assert "charge" not in draft.text and "bill" not in draft.text
    assert review(draft.text, PLAYBOOK, reading).verdict == "send"


@pytest.mark.parametrize(
    ("message", "said"),
    [
        ("Invoice INV-20931 charges us twice for the same seats.", "charged twice on invoice"),
        ("You took the payment for order 5512 twice. Refund it.", "charged twice for order 5512"),
        ("We have been overcharged on the last three bills.", "charged more than you should"),
        (
            "Invoice INV-4410 bills us for 50 licences when our contract says 35.",
            "charged more than you should",
        ),
        ("You charged us the full price on invoice 7731, not the agreed rate.", "charged more"),
        ("You keep billing us monthly although we cancelled in June.", "still being charged after"),
        (
            "I've tried to cancel since January. You've charged our card again. Refund it.",
            "still being charged after asking to cancel",
        ),
        ("Our bill looks wrong this month, can you check it?", "something on your bill"),
    ],
)
def test_the_checked_summary_names_what_went_wrong_with_a_bill(message: str, said: str) -> None:
    reading = read(message, PLAYBOOK)
    draft = compose(reading, PLAYBOOK)
    clarify = draft.part("clarify")
    assert clarify is not None and said in clarify.span.text, clarify
    assert review(draft.text, PLAYBOOK, reading).verdict == "send"


@pytest.mark.parametrize(
    "message",
    [
        "Order 8812 is two weeks late and nobody answers. Can someone just call me? 07700 900123",
        "This is the third time I've written about order 8812. Call me on 07700 900123 today.",
        "Order 8812 is two weeks late. I want a call today: my mobile is 07700 900123.",
    ],
)
def test_the_call_offer_uses_the_number_the_client_gave(message: str) -> None:
    reading = read(message, PLAYBOOK)
    draft = compose(reading, PLAYBOOK)
    expect = draft.part("expect")
    assert expect is not None and "07700 900123" in expect.span.text, draft.text
    assert review(draft.text, PLAYBOOK, reading).verdict == "send"


def test_the_call_offer_uses_the_number_in_the_clients_signature() -> None:
    message = (
        "Order 8812 is two weeks late and nobody answers my emails. Call me today.\n\n"
        "Regards,\nMartin Hale\nHead of Operations\nM: 07700 900123\n"
    )
    draft = compose(read(message, PLAYBOOK), PLAYBOOK)
    expect = draft.part("expect")
    assert expect is not None and "07700 900123" in expect.span.text, draft.text


def test_a_number_the_client_rang_is_not_theirs_to_be_called_on() -> None:
    message = "Order 8812 is two weeks late. I rang 0161 496 0000 four times. Call me today!"
    draft = compose(read(message, PLAYBOOK), PLAYBOOK)
    assert "call" in draft.text and "0161 496 0000" not in draft.text


def test_goods_that_came_damaged_are_replaced_and_the_carrier_claim_is_ours() -> None:
    message = (
        "Pallet 3 of shipment SH-22871 arrived this morning with the wrap torn and six cartons "
        "crushed. The driver left before we could note it. What do you need from us?"
    )
    reading = read(message, PLAYBOOK)
    draft = compose(reading, PLAYBOOK)
    assert "damaged" in draft.part("acknowledge").span.text  # type: ignore[union-attr]
    solve = draft.part("solve")
    assert (
        solve is not None and "a replacement for anything that arrived damaged" in solve.span.text
    )
    assert "should be with you by now" not in draft.text and "sooner" not in draft.text
    clarify = draft.part("clarify")
    assert clarify is not None and "photos" in clarify.span.text  # what the claim needs
    assert review(draft.text, PLAYBOOK, reading).verdict == "send"


def test_goods_not_made_as_ordered_are_made_again_not_repaired() -> None:
    message = (
        "The brochures arrived today and the colours are completely wrong; we signed off the "
        "proof with the exact blue marked. We need a reprint by Friday or a full refund."
    )
    reading = read(message, PLAYBOOK)
    draft = compose(reading, PLAYBOOK)
    assert "your brochures" in draft.text and "repair" not in draft.text
    solve = draft.part("solve")
    assert solve is not None and "made to your approved specification" in solve.span.text
    assert review(draft.text, PLAYBOOK, reading).verdict == "send"


def test_an_outage_is_an_incident_with_the_credit_on_top_not_a_choice() -> None:
    message = (
        "Your platform has been down since 7am and none of our 40 agents can log in. This is "
        "the second outage this month and I expect service credits for it."
    )
    reading = read(message, PLAYBOOK)
    draft = compose(reading, PLAYBOOK)
    assert "outage" in draft.text or "has been down" in draft.text
    solve = draft.part("solve")
    assert solve is not None and "priority incident" in solve.span.text
    assert "whichever" not in solve.span.text and "step by step" not in solve.span.text
    assert review(draft.text, PLAYBOOK, reading).verdict == "send"


@pytest.mark.parametrize(
    ("message", "cancelled"),
    [
        (
            "You charged us again after I asked twice. Cancel the subscription today!",
            "your subscription",
        ),
        ("Cancel my order 5512 now, it is three weeks late.", "the order"),
    ],
)
def test_a_cancellation_names_what_is_cancelled(message: str, cancelled: str) -> None:
    draft = compose(read(message, PLAYBOOK), PLAYBOOK)
    assert f"cancellation of {cancelled} today" in draft.text, draft.text


def test_the_clients_deadline_is_named_in_their_words() -> None:
    reading = read("Invoice 5521 was charged twice. I need it reversed by Thursday!", PLAYBOOK)
    acknowledge = compose(reading, PLAYBOOK).part("acknowledge")
    assert acknowledge is not None and "Thursday" in acknowledge.span.text


def test_the_deadline_named_is_the_date_the_deadline_says_not_the_first_date_nearby() -> None:
    text = (
        "We sent the files on the 3rd and were promised the banners by the 10th for our trade "
        "show on the 14th. Where are they?"
    )
    reading = read(text, PLAYBOOK)
    assert "hard_deadline" in {t.name for t in reading.triggers}
    acknowledge = compose(reading, PLAYBOOK).part("acknowledge")
    assert acknowledge is not None and "the 14th" in acknowledge.span.text
    assert "the 3rd" not in acknowledge.span.text


@pytest.mark.parametrize(
    "message",
    [
        "Your installer turned up three hours late and the unit still leaks. Get someone "
        "competent out here tomorrow.",
        "Can I book an engineer for Monday? The boiler is still making that noise.",
    ],
)
def test_someone_asked_to_come_out_is_offered_a_visit(message: str) -> None:
    reading = read(message, PLAYBOOK)
    draft = compose(reading, PLAYBOOK)
    solve = draft.part("solve")
    assert solve is not None and "a visit booked" in solve.span.text, solve
    assert review(draft.text, PLAYBOOK, reading).verdict == "send"


def test_goods_nobody_can_find_are_answered_as_a_late_delivery() -> None:
    text = (
        "The posters were meant to ship on Monday for our launch. Nobody can tell us where they "
        "are. Will they arrive in time?"
    )
    reading = read(text, PLAYBOOK)
    solve = compose(reading, PLAYBOOK).part("solve")
    assert solve is not None and "priority" in solve.span.text, solve


@pytest.mark.parametrize(
    ("message", "paper", "offered"),
    [
        (
            "Thanks for your reply, but the credit note you promised still hasn't arrived. We "
            "can't close our books without it.",
            "credit note",
            "the credit note, sent to you by email",
        ),
        (
            "We never received the March statement. Our auditors need it by Friday.",
            "statement",
            "the statement, sent to you by email",
        ),
        (
            "The link in your email is broken. Could you resend the invoice?",
            "invoice",
            "a fresh copy of the invoice",
        ),
    ],
)
def test_a_paper_not_received_is_sent_by_email_not_shipped(
    message: str, paper: str, offered: str
) -> None:
    reading = read(message, PLAYBOOK)
    draft = compose(reading, PLAYBOOK)
    acknowledge, solve = draft.part("acknowledge"), draft.part("solve")
    assert acknowledge is not None and paper in acknowledge.span.text
    assert "order" not in draft.text and "delivery" not in draft.text
    assert solve is not None and offered in solve.span.text and "sooner" not in solve.span.text
    assert review(draft.text, PLAYBOOK, reading).verdict == "send"


@pytest.mark.parametrize("message", CLIENT_MESSAGES)
def test_a_composed_draft_promises_only_where_it_means_to(message: str) -> None:
    """Acknowledging and checking what the client said must not read as a promise to follow up."""
    draft = compose(read(message, PLAYBOOK), PLAYBOOK, ComposeContext(rep_name="Sam"))
    for promise in commitments(draft.text, datetime(2026, 11, 24, 10), PLAYBOOK):
        part = next(p.step for p in draft.parts if p.span.start <= promise.span.start < p.span.end)
        assert part in ("align", "solve", "expect", "close"), (part, promise.span.text)


def test_a_replacement_asked_for_is_offered_before_a_general_fix() -> None:
    reading = read("Both chairs arrived scuffed. Send a replacement and sort this out.", PLAYBOOK)
    assert {"replacement", "fix"} <= {a.name for a in reading.asks}
    solve = compose(reading, PLAYBOOK).part("solve")
    assert solve is not None and "replacement" in solve.span.text
    assert "step by step" not in solve.span.text


def test_several_remedies_are_offered_as_options() -> None:
    reading = reading_of("heat=2 asks=replacement,expedite", order_number="A-1")
    solve = compose(reading, PLAYBOOK).part("solve")
    assert solve is not None and " or " in solve.span.text
    assert "replacement" in solve.span.text and "priority" in solve.span.text


def test_a_late_delivery_with_a_refund_asked_for_also_offers_to_speed_it_up() -> None:
    reading = read("Order 6620 is a week late. Refund me if it isn't here by Friday.", PLAYBOOK)
    assert reading.topic.topic == "delivery" and [a.name for a in reading.asks] == ["refund"]
    solve = compose(reading, PLAYBOOK).part("solve")
    assert solve is not None and "priority" in solve.span.text and "refund" in solve.span.text


def test_a_client_cancelling_a_late_order_is_not_offered_a_faster_delivery() -> None:
    reading = read("Order 6620 is a week late. Cancel it, I've bought one elsewhere.", PLAYBOOK)
    assert "cancel" in [a.name for a in reading.asks]
    solve = compose(reading, PLAYBOOK).part("solve")
    assert solve is not None and "priority" not in solve.span.text and "cancel" in solve.span.text


def test_remedies_already_tried_are_not_offered_again() -> None:
    reading = reading_of("heat=2 asks=replacement,refund", order_number="A-1")
    draft = compose(reading, PLAYBOOK, ComposeContext(tried=("reshipped once",)))
    solve = draft.part("solve")
    assert solve is not None and "replacement" not in solve.span.text
    assert "refund" in solve.span.text
    assert "reshipped once" in draft.text


def test_a_manager_request_brings_in_the_lead_as_support() -> None:
    reading = read("I want to speak to your manager about order 5512 right now.", PLAYBOOK)
    draft = compose(reading, PLAYBOOK)
    assert "team lead" in draft.text
    assert review(draft.text, PLAYBOOK, reading).verdict == "send"


def test_the_lead_is_named_as_the_playbook_names_it() -> None:
    playbook: Playbook = replace(
        PLAYBOOK, escalation=replace(PLAYBOOK.escalation, owner="shift supervisor")
    )
    reading = reading_of("heat=2 asks=manager")
    assert "shift supervisor" in compose(reading, playbook).text


def test_the_same_seed_gives_the_same_letter_and_other_seeds_vary_the_wording() -> None:
    reading = read(LATE_PARCEL, PLAYBOOK)
    drafts = [compose(reading, PLAYBOOK, ComposeContext(seed=seed)) for seed in range(12)]
    again = [compose(reading, PLAYBOOK, ComposeContext(seed=seed)) for seed in range(12)]
    assert drafts == again
    assert len({d.text for d in drafts}) >= 8
    assert [d.seed for d in drafts] == list(range(12))


def test_two_clients_get_different_letters_without_a_seed() -> None:
    one = compose(read("My order 4410 is late and I'm fed up.", PLAYBOOK), PLAYBOOK)
    two = compose(read("My order 4411 is late and I'm fed up.", PLAYBOOK), PLAYBOOK)
    assert one.seed != two.seed
    assert one.text.replace("4410", "") != two.text.replace("4411", "")


def test_a_draft_round_trips_through_the_serialised_form() -> None:
    context = ComposeContext(now=SATURDAY_NIGHT, rep_name="Sam", facts={"eta": None})
    draft = compose(read(LATE_PARCEL, PLAYBOOK), PLAYBOOK, context)
    assert load(Draft, dump(draft)) == draft
    assert dump(draft)["backend"] == "template"


def test_compose_reads_no_clock() -> None:
    reading = read(LATE_PARCEL, PLAYBOOK)
    context = ComposeContext(now=SATURDAY_NIGHT)
    assert compose(reading, PLAYBOOK, context) == compose(reading, PLAYBOOK, context)


def test_a_non_english_message_gets_a_generic_english_draft() -> None:
    reading = read("Mi pedido no ha llegado y estoy muy enfadado con ustedes.", PLAYBOOK)
    draft = compose(reading, PLAYBOOK)
    assert [part.step for part in draft.parts][1:] == list(STEP_IDS)


def test_asks_the_client_made_are_each_answered() -> None:
    reading = replace(
        reading_of("heat=3 asks=refund,explanation,call"),
        asks=tuple(Evidence(name, Span(0, 1, "x")) for name in ("refund", "explanation", "call")),
    )
    result = review(compose(reading, PLAYBOOK).text, PLAYBOOK, reading)
    assert "ask-unanswered" not in {f.rule for f in result.findings}


@pytest.mark.parametrize("message", CLIENT_MESSAGES)
def test_every_wording_variant_passes_review(message: str) -> None:
    reading = read(message, PLAYBOOK)
    for seed in range(8):
        context = ComposeContext(now=datetime(2026, 11, 27, 15, 5), rep_name="Sam", seed=seed)
        draft = compose(reading, PLAYBOOK, context)
        result = review(draft.text, PLAYBOOK, reading)
        assert result.verdict == "send", (seed, draft.text, result.explanation)


def test_a_message_not_in_english_gets_a_general_draft_with_a_note_saying_so() -> None:
    reading = read("Hola, mi pedido 5120 no ha llegado. Quiero un reembolso.", PLAYBOOK)
    assert not reading.in_scope
    draft = compose(reading, PLAYBOOK)
    assert any("not in English" in note for note in draft.notes)
    assert "5120" not in draft.text


@pytest.mark.parametrize(
    "message",
    [
        "Quick question, do you ship to Canada?",
        "Hi, can I change the delivery address on order 55120? We move next week. Thanks!",
    ],
)
def test_a_calm_question_gets_thanks_and_a_holding_answer_not_an_apology(message: str) -> None:
    reading = read(message, PLAYBOOK)
    assert reading.is_routine
    draft = compose(reading, PLAYBOOK)
    assert "sorry" not in draft.text.lower() and "hasn't arrived" not in draft.text
    assert "priority" not in draft.text and "replacement" not in draft.text
    assert any("holding reply" in note for note in draft.notes)
    assert review(draft.text, PLAYBOOK, reading).verdict == "send"


def test_a_calm_request_is_granted_without_inventing_a_problem() -> None:
    reading = read("Hi, please cancel my subscription from next month. Thanks!", PLAYBOOK)
    assert reading.is_routine and [a.name for a in reading.asks] == ["cancel"]
    draft = compose(reading, PLAYBOOK)
    solve = draft.part("solve")
    assert solve is not None and "cancel" in solve.span.text
    assert "sorry" not in draft.text.lower()
    assert review(draft.text, PLAYBOOK, reading).verdict == "send"


def test_kind_words_get_a_short_thank_you() -> None:
    reading = read("Just wanted to say thank you, your team sorted my order so fast!", PLAYBOOK)
    draft = compose(reading, PLAYBOOK)
    assert [part.step for part in draft.parts] == ["greeting", "acknowledge", "close"]
    assert "thank" in draft.text.lower() and "sorry" not in draft.text.lower()
    assert review(draft.text, PLAYBOOK, reading).verdict == "send"


def test_a_locked_account_is_not_offered_a_replacement_or_a_repair() -> None:
    reading = read(
        "I've been locked out of my account for 5 days and nobody answers. Fix it today!",
        PLAYBOOK,
    )
    assert reading.topic.topic == "account" and "fix" in [a.name for a in reading.asks]
    solve = compose(reading, PLAYBOOK).part("solve")
    assert solve is not None and "account" in solve.span.text
    assert "replacement" not in solve.span.text and "repair" not in solve.span.text


def test_a_cancelled_flight_is_offered_a_rebooking() -> None:
    reading = read("My flight was cancelled last night. Rebook me on anything today.", PLAYBOOK)
    solve = compose(reading, PLAYBOOK).part("solve")
    assert solve is not None and "rebooking" in solve.span.text


def test_three_wishes_are_restated_as_a_list_ending_in_and() -> None:
    reading = reading_of("heat=2 asks=refund,replacement,fix", order_number="A-1")
    clarify = compose(reading, PLAYBOOK).part("clarify")
    assert clarify is not None and ", a replacement and a working fix" in clarify.span.text


def test_an_order_mentioned_with_nothing_late_gets_no_apology_for_a_delay() -> None:
    reading = read("Your app crashes every time I try to order. So annoying!!", PLAYBOOK)
    draft = compose(reading, PLAYBOOK)
    assert "hasn't arrived" not in draft.text and "should be with you" not in draft.text
    assert "priority handling" not in draft.text


def test_a_late_order_still_gets_the_delivery_wording() -> None:
    draft = compose(read(LATE_PARCEL, PLAYBOOK), PLAYBOOK)
    acknowledge = draft.part("acknowledge")
    assert acknowledge is not None
    assert any(w in acknowledge.span.text for w in ("arrive", "reached", "with you by now"))


@pytest.mark.parametrize(
    "message",
    [
        "Thanks for nothing. Three emails and not one answer.",
        "Thanks for the canned response, I'm sure everyone falls for it.",
        "Thanks for the huge delays. So thrilled to be sitting in the airport all night.",
        "Thank you for ruining my weekend with that update.",
    ],
)
def test_sarcastic_thanks_are_not_taken_as_praise(message: str) -> None:
    reading = read(message, PLAYBOOK)
    assert not reading.is_routine
    draft = compose(reading, PLAYBOOK)
    assert "kind words" not in draft.text and "made our day" not in draft.text


def test_a_software_fault_is_fixed_not_replaced_or_repaired() -> None:
    reading = read("The app crashes every time I open it since the update. Fix it!", PLAYBOOK)
    solve = compose(reading, PLAYBOOK).part("solve")
    assert solve is not None and "fix" in solve.span.text
    assert "replacement" not in solve.span.text and "repair" not in solve.span.text


@pytest.mark.parametrize(
    ("message", "subject"),
    [
        ("Our store has been down since your update and we are losing sales.", "the service"),
        ("The dashboard crashes every time I open it since the update.", "the dashboard"),
        ("Your app keeps freezing when I log in. Fix it!", "the app"),
    ],
)
def test_a_software_fault_is_named_as_the_service_not_the_clients_product(
    message: str, subject: str
) -> None:
    text = compose(read(message, PLAYBOOK), PLAYBOOK).text
    assert subject in text
    assert "your product" not in text


NO_SHOW = (
    "Your engineer never turned up for the 9am install today and nobody called. I want a new "
    "appointment this week and I expect the call-out fee to be waived."
)


def test_a_missed_visit_is_put_right_with_a_new_visit() -> None:
    draft = compose(read(NO_SHOW, PLAYBOOK), PLAYBOOK)
    solve = draft.part("solve")
    assert solve is not None and "visit booked" in solve.span.text
    assert "step by step" not in solve.span.text
    assert review(draft.text, PLAYBOOK, read(NO_SHOW, PLAYBOOK)).verdict == "send"


def test_a_fee_waiver_goes_to_the_lead_and_is_not_swapped_for_a_credit() -> None:
    draft = compose(read(NO_SHOW, PLAYBOOK), PLAYBOOK)
    assert "team lead" in draft.text and "waiving the fee" in draft.text
    assert "credit" not in draft.text
    assert any("waive-fees" in note for note in draft.notes)


def test_a_team_that_lets_reps_waive_fees_gets_no_lead_sentence() -> None:
    policy = PLAYBOOK.escalation
    allowed = tuple(e for e in policy.exceptions_need_lead if e != "waive-fees")
    relaxed = replace(PLAYBOOK, escalation=replace(policy, exceptions_need_lead=allowed))
    draft = compose(read(NO_SHOW, relaxed), relaxed)
    assert "waiving the fee" not in draft.text


@pytest.mark.parametrize(
    "message",
    ["Thanks for the quick refund!", "Thanks for the update on the delay, much appreciated."],
)
def test_real_thanks_stay_thanks(message: str) -> None:
    from calmdesk.reading.lexicon import is_sarcastic

    assert not is_sarcastic(message)


def test_a_calm_call_request_has_one_expect_part_with_the_call_and_the_time() -> None:
    reading = read("Hi, could someone call me about order 7719? Thanks!", PLAYBOOK)
    assert reading.is_routine and "call" in [a.name for a in reading.asks]
    draft = compose(reading, PLAYBOOK)
    expect = [part for part in draft.parts if part.step == "expect"]
    assert len(expect) == 1 and "call" in expect[0].span.text


OUTAGE = (
    "Our online store has been down since your update this morning and we are losing sales. "
    "I need someone technical on a call within the hour."
)


def test_the_update_is_promised_before_the_clients_deadline() -> None:
    now = datetime(2026, 11, 24, 10, 5)
    reading = read(OUTAGE, PLAYBOOK)
    draft = compose(reading, PLAYBOOK, ComposeContext(now=now))
    # Two working hours on would be noon; the client needs someone within the hour (11:05).
    assert "by 11 am today" in draft.text
    assert any("deadline" in note for note in draft.notes)
    timed = [c.due_at for c in commitments(draft.text, now, PLAYBOOK) if c.due_at is not None]
    assert timed and all((t.hour, t.minute) <= (11, 5) for t in timed)


def test_a_later_deadline_keeps_the_usual_update_time() -> None:
    now = datetime(2026, 11, 24, 10, 5)
    reading = read("Order 4411 is late. We need it by Friday for our trade show.", PLAYBOOK)
    draft = compose(reading, PLAYBOOK, ComposeContext(now=now))
    assert "by 1 pm today" in draft.text
    assert not any("deadline" in note for note in draft.notes)


def test_a_corrected_invoice_and_a_credit_are_offered_together() -> None:
    message = (
        "This is the second time I'm chasing. I expect a corrected invoice and a credit for the "
        "missed hours today."
    )
    reading = read(message, PLAYBOOK)
    draft = compose(reading, PLAYBOOK, ComposeContext(now=datetime(2026, 11, 25, 9, 0)))
    solve = draft.part("solve")
    assert solve is not None and "corrected invoice" in solve.span.text
    assert "with a credit" in solve.span.text and "whichever" not in solve.span.text
    assert review(draft.text, PLAYBOOK, reading).verdict == "send"


def test_lost_data_is_put_right_by_restoring_it() -> None:
    message = (
        "We have lost three days of customer records after your update on Tuesday night. "
        "I need to know whether the data can be restored."
    )
    reading = read(message, PLAYBOOK)
    draft = compose(reading, PLAYBOOK)
    solve = draft.part("solve")
    assert solve is not None and "restore the missing data" in solve.span.text
    assert "step by step" not in solve.span.text
    assert review(draft.text, PLAYBOOK, reading).verdict == "send"


def test_a_link_or_document_is_sent_again_by_email_not_by_courier() -> None:
    message = "Quick one: the invoice PDF link in your last email is broken. Could you resend it?"
    draft = compose(read(message, PLAYBOOK), PLAYBOOK)
    assert "fresh copy of the invoice" in draft.text
    assert "express delivery" not in draft.text
    parcel = compose(read("My parcel never came. Please resend it.", PLAYBOOK), PLAYBOOK)
    assert "fresh copy" not in parcel.text
