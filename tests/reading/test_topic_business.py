"""Business mail uses words of a journey in other senses; the topic stays what the mail is about.

Our own examples of the mail an agency, a software vendor, a print shop or a logistics firm gets.
"""

from __future__ import annotations

import pytest

from calmdesk.reading.entities import find_entities
from calmdesk.reading.topic import find_topic
from calmdesk.text import normalise


def topic_of(text: str) -> str:
    doc = normalise(text)
    return find_topic(doc, find_entities(doc)).topic


# (message, topic)
BUSINESS_EMAILS = [
    ("Our board meeting is on the 3rd and the annual reports are still not printed.", "other"),
    ("Our board meeting is on the 3rd and the printed reports are overdue.", "delivery"),
    ("We pay for 40 user seats and half of them cannot open the reports.", "billing"),
    ("Since the upgrade to the Pro plan the exports crash.", "product_quality"),
    ("Our network connection drops and your agent cancelled twice.", "service"),
    ("Please train our new hires; your agent cancelled twice.", "service"),
    ("The pilot project was meant to finish in March and it is late.", "delivery"),
    ("The payment terminal you sold us was billed twice.", "billing"),
    ("The pallets were left outside the front gate and soaked.", "delivery"),
    ("The parcel was left by the gate in the rain.", "delivery"),
    ("Our install crew waited two hours and your engineer never came.", "service"),
    ("Since the departure of our account manager the invoices are wrong.", "billing"),
    ("Our depot is 200 miles away, so every delay hurts us.", "delivery"),
    ("We run a small hotel and the menus you printed have the wrong prices.", "billing"),
    ("Our hotel's brochures came back with the wrong prices.", "billing"),
    # Words of other topics in other senses: a report, a log of changes, people to contact, a post.
    ("Please send a status report on the migration.", "other"),
    ("The change log shows your team deleted our settings.", "other"),
    ("Our points of contact keep changing.", "other"),
    ("The blog post you wrote for us has a broken link.", "product_quality"),
    ("Our account director has not replied in a week.", "service"),
]


@pytest.mark.parametrize(("message", "topic"), BUSINESS_EMAILS)
def test_business_mail_keeps_its_topic(message: str, topic: str) -> None:
    assert topic_of(message) == topic


# Words of a journey in their travel sense still name it.
@pytest.mark.parametrize(
    "message",
    [
        "Our board meeting is in Leeds and the flight you booked us on was cancelled.",
        "You lost my bag and nobody at the desk will say where it is.",
        "We sat at the gate for three hours with no word from anyone.",
        "I missed my connection and had to sleep on the floor.",
        "Your crew would not let us off for an hour.",
        "I paid for an aisle seat and got the middle one.",
        "The 7:40 train was cancelled again and I was late for work.",
        "The hotel gave our room away although we had a reservation.",
    ],
)
def test_a_journey_still_reads_as_travel(message: str) -> None:
    assert topic_of(message) == "travel"


@pytest.mark.parametrize(
    "message",
    [
        "My account status says suspended and I cannot log in.",
        "What is the status of my membership card? My points are gone.",
    ],
)
def test_an_account_still_reads_as_account(message: str) -> None:
    assert topic_of(message) == "account"


def reading_of(text: str) -> tuple[str, str | None, list[str]]:
    doc = normalise(text)
    topic = find_topic(doc, find_entities(doc))
    return topic.topic, topic.cause, [e.span.text for e in topic.evidence if e.name == topic.cause]


# Goods not made as ordered are a matter of quality even when they "arrived" or "were delivered":
# (message, the words that name the fault)
WRONG_GOODS = [
    (
        "The brochures arrived today and the colours are completely wrong.",
        "colours are completely wrong",
    ),
    ("The banners were delivered on time but printed in the wrong size.", "wrong size"),
    (
        "The shipment came yesterday and none of the labels match the approved proof.",
        "match the approved proof",
    ),
    ("The boxes arrived misprinted.", "misprinted"),
    ("The catalogues turned up and the paper is the wrong weight.", "wrong weight"),
    ("Our mugs were delivered and the logo looks blurry on every one.", "logo looks blurry"),
    (
        "The order arrived, but the finish doesn't match the sample we signed off.",
        "match the sample",
    ),
]


@pytest.mark.parametrize(("message", "words"), WRONG_GOODS)
def test_wrong_goods_are_a_quality_matter(message: str, words: str) -> None:
    topic, cause, evidence = reading_of(message)
    assert (topic, cause) == ("product_quality", "product_defect")
    assert words in evidence


# Late, missing or lost on the way is still delivery; a proof that matches is no fault.
@pytest.mark.parametrize(
    "message",
    [
        "The brochures arrived a week late.",
        "The order arrived with half the cartons missing.",
        "The shipment came and every label matches the approved proof, but we were invoiced twice.",
        "The colours are lovely, but the pallets were delivered to our old site.",
    ],
)
def test_goods_as_ordered_are_no_quality_matter(message: str) -> None:
    assert reading_of(message)[1] != "product_defect"
    assert reading_of(message)[0] != "product_quality"


# Seats counted on an invoice, a licence or a contract are billing, not a journey.
@pytest.mark.parametrize(
    "message",
    [
        "Invoice 7702 bills us for 45 seats though our contract says 30.",
        "We were billed for 25 seats when only 12 users are on the subscription.",
        "Our licence is for 15 seats, yet the renewal invoice says 20.",
        "You invoiced us for 60 seats but our plan covers 40.",
        "You raised the price to 18 pounds per seat per month without notice.",
    ],
)
def test_seats_on_an_invoice_are_billing(message: str) -> None:
    assert topic_of(message) == "billing"


def test_seats_taken_off_a_contract_are_no_journey() -> None:
    assert topic_of("Please remove 5 seats from our contract.") != "travel"


# Seats paid for on a flight are still a journey.
@pytest.mark.parametrize(
    "message",
    [
        "We paid for 2 seats together and they gave one away.",
        "We booked 12 seats on the morning flight and the invoice shows 14.",
        "You charged us for 3 seats on a flight that was cancelled.",
        "They charge 20 dollars per seat just to sit together.",
    ],
)
def test_seats_on_a_flight_stay_travel(message: str) -> None:
    assert topic_of(message) == "travel"


def test_goods_to_be_couriered_blame_no_courier() -> None:
    assert reading_of("Reprint the job and courier it to us.")[1] is None
    assert reading_of("The courier left it in the rain.")[1] == "carrier"


def test_the_wrong_goods_sent_are_no_defect() -> None:
    assert reading_of("You shipped us the wrong size of box.")[1] != "product_defect"
