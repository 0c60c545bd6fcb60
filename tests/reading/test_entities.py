"""Entities: the facts a rep copies into a reply, with normalised values and exact spans."""

from __future__ import annotations

from itertools import pairwise

import pytest

from calmdesk.reading.entities import find_entities
from calmdesk.text import normalise

# (message, kind, normalised value, the words in the text)
MATCHES = [
    ("Where is order 4411?", "order_number", "4411", "order 4411"),
    ("My order #A-55812 is late.", "order_number", "A-55812", "order #A-55812"),
    ("We raised PO 7781 last month.", "order_number", "7781", "PO 7781"),
    ("This is about ticket #99812.", "ticket_number", "99812", "ticket #99812"),
    ("Case 12345 is still open.", "ticket_number", "12345", "Case 12345"),
    (
        "You charged me twice for invoice INV-20931.",
        "invoice_number",
        "INV-20931",
        "invoice INV-20931",
    ),
    ("Invoice #88123 is wrong.", "invoice_number", "88123", "Invoice #88123"),
    (
        "Our March invoice (INV-20931) bills the seats twice.",
        "invoice_number",
        "INV-20931",
        "invoice (INV-20931)",
    ),
    ("Where is order (#4411)?", "order_number", "4411", "order (#4411)"),
    ("INV-20931 bills the seats twice.", "invoice_number", "INV-20931", "INV-20931"),
    ("We raised PO-77810 in March.", "order_number", "PO-77810", "PO-77810"),
    ("Still no word on so-55102.", "order_number", "SO-55102", "so-55102"),
    ("Re: TKT-4471, the export still fails.", "ticket_number", "TKT-4471", "TKT-4471"),
    ("INC-009812 was closed without a fix.", "ticket_number", "INC-009812", "INC-009812"),
    ("Your reference ABC123 means nothing to me.", "ticket_number", "ABC123", "reference ABC123"),
    ("It was due on Monday.", "date", "Monday", "Monday"),
    ("It was promised for 3 March.", "date", "--03-03", "3 March"),
    ("It was promised for March 3rd, 2026.", "date", "2026-03-03", "March 3rd, 2026"),
    ("Paid on 03/04/2026 in full.", "date", "03/04/2026", "03/04/2026"),
    ("I need it tomorrow.", "date", "tomorrow", "tomorrow"),
    ("Can it come next week instead?", "date", "next week", "next week"),
    ("Call me after 3 pm please.", "time", "15:00", "3 pm"),
    ("The van came at 15:00 and left.", "time", "15:00", "15:00"),
    ("I need an answer by end of day.", "time", "end of day", "end of day"),
    ("I paid $120 for this.", "amount", "USD 120.00", "$120"),
    ("They took £45.50 twice.", "amount", "GBP 45.50", "£45.50"),
    ("The fee was 300 EUR.", "amount", "EUR 300.00", "300 EUR"),
    ("That is 1,200 dollars gone.", "amount", "USD 1200.00", "1,200 dollars"),
    ("FedEx says it was delivered.", "carrier", "FedEx", "FedEx"),
    ("Royal Mail lost it.", "carrier", "Royal Mail", "Royal Mail"),
    ("The Hermes driver never came.", "carrier", "Evri", "Hermes"),
    ("It is stuck with UPS in Leeds.", "carrier", "UPS", "UPS"),
    ("Canada Post returned it to you.", "carrier", "Canada Post", "Canada Post"),
    ("Write to dana.w@example.com instead.", "email", "dana.w@example.com", "dana.w@example.com"),
    ("Ring me on +44 20 7946 0958 today.", "phone", "+442079460958", "+44 20 7946 0958"),
    ("My number is (555) 201-7788.", "phone", "5552017788", "(555) 201-7788"),
    (
        "Hi, my name is Dana Whitfield and I ordered a desk.",
        "name",
        "Dana Whitfield",
        "Dana Whitfield",
    ),
    ("Hello, this is Priya from Northwind. Our crates are late.", "name", "Priya", "Priya"),
    ("Still nothing arrived. — Dana", "name", "Dana", "Dana"),
    (
        "The parcel is late again.\n\nKind regards,\nDana Whitfield",
        "name",
        "Dana Whitfield",
        "Dana Whitfield",
    ),
    ("Where is my refund?\n\nRegards,\nMr. Hale", "name", "Mr. Hale", "Mr. Hale"),
    ("Order 4411 is late.\n\nRegards,\nJosé Núñez", "name", "José Núñez", "José Núñez"),
    ("Order 4411 is late.\n\nCordialement,\nAmélie Roux", "name", "Amélie Roux", "Amélie Roux"),
    (
        "Pallet 3 of shipment SH-22871 came crushed.",
        "tracking_number",
        "SH-22871",
        "shipment SH-22871",
    ),
    (
        "Tracking number 1Z999AA10123456784 hasn't moved.",
        "tracking_number",
        "1Z999AA10123456784",
        "Tracking number 1Z999AA10123456784",
    ),
    ("The AWB is 176-12345675.", "tracking_number", "176-12345675", "AWB is 176-12345675"),
    ("I ordered it on the 4th and it is now the 19th.", "date", "---04", "the 4th"),
    ("Please have it here by the 22nd.", "date", "---22", "the 22nd"),
    ("Tickets created between 14 and 17 March are gone.", "date", "--03-14", "14"),
    ("Our quarter closes on Friday 28th, so fix it first.", "date", "---28", "Friday 28th"),
    ("It must be done by Friday the 28th of March.", "date", "--03-28", "Friday the 28th of March"),
    ("The visit is booked for Fri 28 March.", "date", "--03-28", "Fri 28 March"),
    ("Go live is Monday, March 2nd, 2026.", "date", "2026-03-02", "Monday, March 2nd, 2026"),
    ("It has to arrive by 9am.", "time", "09:00", "9am"),
    ("It has to arrive by 9 a.m.", "time", "09:00", "9 a.m."),
    ("Call me on 07700 900123 after lunch.", "phone", "07700900123", "07700 900123"),
    ("Our office line is 0161 496 0000.", "phone", "01614960000", "0161 496 0000"),
]

NEAR_MISSES = [
    ("We had our ups and downs with this order.", "carrier"),
    ("I ordered three chairs.", "order_number"),
    ("My bill is higher than last month.", "invoice_number"),
    ("I am so tired of this.", "name"),
    ("I'm Furious about this.", "name"),
    ("Order 4411 is late.\n\nSaludos", "name"),
    ("We sat down and waited.", "date"),
    ("Version 2.1 broke the app.", "amount"),
    ("Thanks,\nThe Support Team", "name"),
    ("This is the 4th time I have called.", "date"),
    ("Our office is on the 3rd floor.", "date"),
    ("I ordered 2 to 3 items.", "date"),
    ("The SR-71 model is out of stock.", "ticket_number"),
    ("Bag tags 0016 964012 and 0016 964077 are both missing.", "phone"),
    ("My MacBook Pro 2023 will not start.", "tracking_number"),
    ("I ordered 1 package of 1000 sheets.", "tracking_number"),
    ("Your tracking says delivered.", "tracking_number"),
    ("Since COVID-19 the service has been slow.", "ticket_number"),
    ("Our inc-2 filing went through.", "ticket_number"),
]


@pytest.mark.parametrize(("message", "kind", "value", "words"), MATCHES)
def test_entity_found_with_value_and_span(message: str, kind: str, value: str, words: str) -> None:
    doc = normalise(message)
    found = [e for e in find_entities(doc) if e.kind == kind]
    assert found, f"no {kind} in {message!r}: {find_entities(doc)}"
    entity = found[0]
    assert entity.value == value
    assert doc.text[entity.span.start : entity.span.end] == words == entity.span.text


@pytest.mark.parametrize(("message", "kind"), NEAR_MISSES)
def test_near_miss_is_not_an_entity(message: str, kind: str) -> None:
    assert kind not in {e.kind for e in find_entities(normalise(message))}


def test_entities_come_in_text_order_without_overlap() -> None:
    doc = normalise("Order 4411 cost $120, sent by DHL on Friday; call 0207 946 0958.")
    found = find_entities(doc)
    assert [e.kind for e in found] == ["order_number", "amount", "carrier", "date", "phone"]
    for first, second in pairwise(found):
        assert first.span.end <= second.span.start


def test_an_email_address_is_not_also_a_phone_or_name() -> None:
    found = find_entities(normalise("Reach me at 4155550100@texts.example.org please."))
    assert [e.kind for e in found] == ["email"]


def test_a_count_after_a_weekday_is_not_its_day_of_the_month() -> None:
    dates = [e for e in find_entities(normalise("On Friday 2 boxes arrived.")) if e.kind == "date"]
    assert [(e.value, e.span.text) for e in dates] == [("Friday", "Friday")]


def test_the_phone_number_in_a_signature_is_found_though_the_signature_is_set_aside() -> None:
    message = "Order 8812 is late again.\n\nRegards,\nMartin Hale\nHead of Ops\nM: 07700 900123\n"
    doc = normalise(message)
    assert [p.kind for p in doc.set_aside] == ["signature"]
    phones = [e for e in find_entities(doc) if e.kind == "phone"]
    assert [(e.value, e.span.text) for e in phones] == [("07700900123", "07700 900123")]


@pytest.mark.parametrize("dash", ["-", "—", "–", "~"])
def test_a_name_after_a_closing_dash_is_found(dash: str) -> None:
    found = find_entities(normalise(f"The box never came. Please sort it out. {dash} Priya Nair"))
    assert [(e.kind, e.value) for e in found] == [("name", "Priya Nair")]


def test_a_name_at_the_end_without_a_dash_is_not_taken_for_a_signature() -> None:
    found = find_entities(normalise("The box never came. Please ask Priya Nair"))
    assert "name" not in {e.kind for e in found}


def test_a_message_without_numbers_or_entity_words_has_no_entities() -> None:
    assert find_entities(normalise("honestly this whole thing is a mess and nobody cares")) == ()
