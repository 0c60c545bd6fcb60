"""Asks in the words a business client writes: news wanted as a timeline, an ETA or next steps; a
cause asked after; money back or a bill cut asked for in the words of invoices and contracts.

Which money ask: the asks README says `refund` is money back and `compensation` something beyond a
refund. So an overcharge reversed, or a credit note for the difference, gives back money taken in
excess: refund. Service credits under an SLA, a credit note for downtime, a fee waived or a sum
knocked off the next invoice are given for the trouble: compensation.
"""

from __future__ import annotations

import pytest

from calmdesk.reading.asks import ASKS
from calmdesk.reading.phrases import prepare
from calmdesk.text import normalise
from tests.reading.ask_names import names

# (ask, message, the words the span must cover)
MATCHES = [
    # update: the status, where it is, when, what comes next
    (
        "update",
        "Please advise what you need from us and how long the approval process takes.",
        "how long the approval process takes",
    ),
    ("update", "Tell us how long it'll take to restore the mailboxes.", "how long it'll take"),
    (
        "update",
        "We need to know what is happening and when the portal will be back up.",
        "when the portal will be",
    ),
    ("update", "Please keep the whole team posted.", "keep the whole team posted"),
    ("update", "Can you tell me where we stand on the contract renewal?", "where we stand"),
    ("update", "Where do we stand with the migration?", "Where do we stand"),
    ("update", "Do you have an ETA for the patch?", "ETA"),
    ("update", "Can you confirm the revised installation date?", "confirm the revised"),
    ("update", "Please confirm when the engineer will arrive.", "confirm when"),
    ("update", "We need a realistic timeline for the repair.", "need a realistic timeline"),
    ("update", "Send me a status update by 3pm.", "status update"),
    ("update", "What are the next steps?", "What are the next steps"),
    ("update", "What happens next with our claim?", "What happens next"),
    ("update", "Please advise on next steps.", "advise on next steps"),
    ("update", "Is there a date yet for the new parts?", "Is there a date"),
    ("update", "Can we get a firm date for the go-live?", "get a firm date"),
    ("update", "I need a progress report today.", "need a progress report"),
    ("update", "We are still awaiting your update on the ticket.", "awaiting your update"),
    # explanation: why it happened
    ("explanation", "What caused the outage on Tuesday?", "What caused"),
    ("explanation", "Please advise what led to the data loss.", "advise what led to"),
    # refund: money taken in excess, given back
    ("refund", "We want the overcharge reversed.", "overcharge reversed"),
    ("refund", "Please reverse the overpayment on our account.", "reverse the overpayment"),
    ("refund", "Please issue a credit note for the difference.", "credit note for the difference"),
    ("refund", "Kindly credit back the difference by Friday.", "credit back the difference"),
    # compensation: something for the trouble
    ("compensation", "We expect service credits under our SLA for this.", "service credits"),
    ("compensation", "We want a credit note for the two days of downtime.", "credit"),
    ("compensation", "We expect the setup fee to be waived.", "fee to be waived"),
    ("compensation", "Please take it off our next invoice.", "take it off our next invoice"),
    (
        "compensation",
        "Knock the call-out charge off the next bill.",
        "Knock the call-out charge off the next bill",
    ),
    (
        "compensation",
        "Deduct two days' fees from this month's invoice for the outage.",
        "Deduct",
    ),
]

# (ask, a message that must not give it)
NEAR_MISSES = [
    # Told, not asked: a page's date, the rep's promise, a record of events, a plan agreed.
    ("update", "The ETA on the website says Monday."),
    ("update", "We'll keep you posted."),
    ("update", "A timeline of events is attached."),
    ("update", "Here are the next steps we agreed on the call."),
    ("update", "We'll see what happens next."),
    ("update", "We know how long the approval process takes."),
    ("update", "Please confirm the delivery address."),
    ("update", "We need a date for the workshop."),
    ("update", "The progress report is attached."),
    ("update", "Awaiting your reply, Sam."),
    ("update", "Can you confirm how long was the delay on Tuesday?"),
    ("update", "How long did it take you to notice?"),
    ("explanation", "We found what caused it: the router failed."),
    # Money kept back until a fix is leverage, not a refund or anything given for the trouble.
    ("refund", "We will be withholding payment until the system works."),
    ("compensation", "We will be withholding payment until the system works."),
    ("refund", "We want a credit note for the two days of downtime."),
    ("compensation", "Please issue a credit note for the difference."),
    ("compensation", "Service credits were applied to last month's bill."),
    ("compensation", "Please take my old address off the invoice."),
    ("compensation", "We can take it off your next invoice."),
    ("compensation", "You took fifty pounds off our last bill."),
]


@pytest.mark.parametrize(("ask", "message", "phrase"), MATCHES)
def test_business_ask_matches_with_its_span(ask: str, message: str, phrase: str) -> None:
    found = names(message)
    assert ask in found, f"{ask} missed in {message!r}: {found}"
    assert phrase.lower() in found[ask].lower() or found[ask].lower() in phrase.lower()


@pytest.mark.parametrize(("ask", "message"), NEAR_MISSES)
def test_business_near_miss_is_not_the_ask(ask: str, message: str) -> None:
    assert ask not in names(message)


def test_a_cause_and_a_date_asked_together_give_both() -> None:
    found = names("I need to know what went wrong and when it will be fixed.")
    assert found.keys() >= {"explanation", "update"}
    assert found["update"] == "when it will be"


@pytest.mark.parametrize("message", [m for _, m, _ in MATCHES] + [m for _, m in NEAR_MISSES])
def test_start_words_and_anchors_never_hide_a_business_match(message: str) -> None:
    prepared = prepare(normalise(message))
    assert ASKS.find(prepared) == ASKS.find_anywhere(prepared)
