"""Topic and likely cause, each backed by the words that led to it."""

from __future__ import annotations

import pytest

from calmdesk.reading.entities import find_entities
from calmdesk.reading.topic import TOPICS, find_topic
from calmdesk.reading.values import CAUSES, Topic
from calmdesk.text import normalise


def topic_of(text: str) -> Topic:
    doc = normalise(text)
    topic = find_topic(doc, find_entities(doc))
    for evidence in topic.evidence:
        assert doc.text[evidence.span.start : evidence.span.end] == evidence.span.text
    assert topic.topic in TOPICS
    assert topic.cause is None or topic.cause in CAUSES
    return topic


# (message, topic, cause, the words that show the cause)
CASES = [
    ("DPD says the parcel was left at the wrong address.", "delivery", "carrier", "DPD"),
    ("The courier has had my package for a week.", "delivery", "carrier", "courier"),
    (
        "Our banners are stuck in production and the launch is Friday.",
        "delivery",
        "production",
        "production",
    ),
    ("The supplier is out of stock so my order is on hold.", "delivery", "vendor", "supplier"),
    ("You charged me twice for the same invoice.", "billing", "billing", "charged me twice"),
    ("I was overcharged on my last bill.", "billing", "billing", "overcharged"),
    (
        "The kettle arrived cracked and now it won't turn on.",
        "product_quality",
        "product_defect",
        "arrived cracked",
    ),
    (
        "Half the bowls turned up chipped.",
        "product_quality",
        "product_defect",
        "turned up chipped",
    ),
    (
        "The shelf got here in the van bent.",
        "product_quality",
        "product_defect",
        "got here in the van bent",
    ),
    (
        "I know we still haven't sent the artwork, but why is the project so late?",
        "delivery",
        "client_dependency",
        "we still haven't sent the artwork",
    ),
    (
        "Your email says you are waiting on our approval before printing.",
        "delivery",
        "client_dependency",
        "waiting on our approval",
    ),
    ("I can't log in to my account and the password reset never comes.", "account", None, ""),
    ("Your agent was rude and hung up on me twice.", "service", None, ""),
    ("Flight delayed 4 hours, missed my connection at the gate.", "travel", None, ""),
    ("Hello, is anyone there?", "other", None, ""),
    (
        "The second kettle you sent me cracked within a week. I want my money back.",
        "product_quality",
        "product_defect",
        "cracked within a",
    ),
    # The client's own line standing idle is what the delay costs them, not its cause.
    ("Our production line is idle until the parts arrive.", "delivery", None, ""),
    (
        "Three weeks and still no refund for the broken kettle.",
        "product_quality",
        "product_defect",
        "the broken kettle",
    ),
    (
        "Our dashboard has been down since 7am; I want a credit on this month's invoice.",
        "product_quality",
        "product_defect",
        "dashboard has been down",
    ),
    ("This is the third outage this month.", "product_quality", "product_defect", "outage"),
    (
        "We have lost three days of customer records since your update on Tuesday.",
        "product_quality",
        "product_defect",
        "lost three days of customer records",
    ),
    ("You sent the wrong size. Can you send a courier to collect it?", "delivery", None, ""),
    # A failed login is an account problem, whatever caused it.
    (
        "Since the outage at 9 none of our staff can sign in to the portal.",
        "account",
        "product_defect",
        "outage",
    ),
    ("The login page keeps failing and our orders are piling up late.", "account", None, ""),
    # thrown out of the account ("logged a ticket" is no such thing)
    ("The app keeps logging me out every five minutes.", "account", None, ""),
    ("I keep getting signed out of the dashboard.", "account", None, ""),
    # Erasing the client's data, or the contract coming up for renewal, is no billing matter.
    (
        "We closed the subscription in May. Under the right to erasure, erase all our user data.",
        "account",
        None,
        "",
    ),
    (
        "Kindly confirm the deletion of our customer records and send a final invoice.",
        "account",
        None,
        "",
    ),
    ("The agreement renewal is in April and the pricing sheet is missing.", "account", None, ""),
    ("We will go elsewhere at renewal unless the contract terms change.", "account", None, ""),
    # A billing error stays billing.
    ("You double charged us at the contract renewal.", "billing", "billing", "double charged"),
]


@pytest.mark.parametrize(("message", "topic", "cause", "words"), CASES)
def test_topic_and_cause(message: str, topic: str, cause: str | None, words: str) -> None:
    found = topic_of(message)
    assert (found.topic, found.cause) == (topic, cause)
    if cause is not None:
        cause_evidence = [e for e in found.evidence if e.name == cause]
        assert any(e.span.text == words for e in cause_evidence)


@pytest.mark.parametrize(
    "message",
    [
        "We sent the artwork on Monday as agreed, so why the delay?",
        "Waiting on your team to send the proofs.",
        "I did not think it would take this long.",
    ],
)
def test_near_misses_are_not_client_dependency(message: str) -> None:
    assert topic_of(message).cause != "client_dependency"


@pytest.mark.parametrize(
    "message",
    [
        "The rug arrived safely, nothing stained.",
        "The jars came undamaged.",
        "The sofa showed up without a scratch.",
    ],
)
def test_goods_that_came_whole_are_no_defect(message: str) -> None:
    assert topic_of(message).cause != "product_defect"


def test_topic_evidence_names_the_topic() -> None:
    found = topic_of("My parcel has not been delivered and tracking is stuck.")
    assert found.topic == "delivery"
    assert any(e.name == "delivery" for e in found.evidence)


def test_an_account_director_is_not_an_account_problem() -> None:
    text = "Two milestones were missed. We want a meeting with your account director."
    assert topic_of(text).topic == "delivery"
    assert topic_of("My account is locked and the password reset fails.").topic == "account"


def test_a_competitor_is_not_the_vendor_that_caused_it() -> None:
    assert topic_of("We will give the work to another supplier.").cause != "vendor"
    assert topic_of("Your update deleted all our data.").topic == "product_quality"


def test_a_room_in_a_building_is_not_a_hotel_room() -> None:
    text = "The installer turned up late and left our server room in a mess."
    assert topic_of(text).topic != "travel"
    assert topic_of("The hotel room we booked was never cleaned.").topic == "travel"


@pytest.mark.parametrize(
    "text",
    [
        "We had a table for six booked and when we arrived it had been given to someone else.",
        "I arrived at the hotel at nine and there was no room for us.",
        "My wife and I will arrive late, can the room be held?",
        "We'll arrive at six, please keep the table for us.",
    ],
)
def test_a_person_arriving_is_no_delivery(text: str) -> None:
    assert topic_of(text).topic != "delivery"


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("When will my order arrive?", "arrive"),
        ("They arrived two weeks late.", "arrived"),
        ("I arrived home and the parcel still had not arrived.", "arrived"),
    ],
)
def test_goods_arriving_are_delivery(text: str, evidence: str) -> None:
    topic = topic_of(text)
    assert topic.topic == "delivery"
    shown = [e for e in topic.evidence if e.span.text == evidence]
    # the goods' arrival is the evidence, not the writer's
    assert shown and shown[0].span.start == text.rfind(evidence)
