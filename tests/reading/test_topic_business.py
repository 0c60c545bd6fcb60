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
