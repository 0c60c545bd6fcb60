"""Channel: a long email to a hostile client, where a call would calm things faster; over-long
drafts.

The forum's advice: avoid email for emotionally charged situations; voice, tone and pacing do
the de-escalating, and written words lose them. The playbook's `reading.call_heat_level` says
from which heat a call should be offered.
"""

from __future__ import annotations

from collections.abc import Iterator

from calmdesk.review.rules.base import Context, Hit, Phrases, rule, whole_draft
from calmdesk.review.steps.cues import anchored

# A draft this long (in words) is a long email for someone who is furious.
LONG_DRAFT_WORDS = 120
# A call with someone else ("a quick call with the warehouse") is not one with the client.
_NOT_WITH_OTHERS = r"(?! with (?:the|our|my|their|a|an) )"
_CALL_OFFER = anchored(
    r"\b(?:call|calls|phone|ring|speak|talk|chat) (?:you|me|us|now|today|tomorrow|this|it through"
    rf"|by phone|on the phone)\b{_NOT_WITH_OTHERS}"
    r"|\b(?:quick|short|brief|ten-minute|10-minute|15-minute|five-minute) "
    rf"(?:call|chat|conversation)\b{_NOT_WITH_OTHERS}|\bby phone\b|\bon the phone\b|"
    r"\bgive (?:me|us) a (?:call|ring)\b|"
    rf"\b(?:video|zoom|teams) (?:call|meeting)\b{_NOT_WITH_OTHERS}|\bcall (?:me|us) (?:on|at)\b|"
    # a call already set up: "I've booked a call with you for Thursday at 10am"
    r"\b(?:booked|arranged|scheduled|set up|organised|organized|put in) (?:a|the|our) (?:\w+ )?"
    rf"(?:call|meeting)\b{_NOT_WITH_OTHERS}|\b(?:call|meeting) (?:with you|on (?:monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)|at \d|tomorrow|today|this (?:afternoon|morning|"
    rf"week))\b{_NOT_WITH_OTHERS}"
)


@rule(
    "offer-call",
    severity="warning",
    needs_reading=True,
    message="A long email to a very angry client; offer a short call instead.",
    suggestion="This clearly matters; could we have a ten-minute call today? I'm free at [time].",
)
def offer_call(context: Context, phrases: Phrases) -> Iterator[Hit]:
    """Flags a long written reply to an angry or hostile client that never offers a call.

    Why: written words lose tone and pace, and a long email to someone already furious gives them
    more to argue with. From the playbook's call heat level, the guide's practitioners move to a
    short call, where voice and back-and-forth can steady the conversation.

    Bad: I have gone through your account in detail. The first invoice was sent on the 2nd and the
    second on the 16th, and both list the same items because the order was split across two
    shipments. The split happened because one item was out of stock at the time. The second shipment
    left our warehouse a week later than the first, and the courier took four days. Our records show
    both parcels were signed for. The charges match the items, and the totals are correct. The
    discount code could not be applied to the second invoice because it had already been used on the
    first. I appreciate that this is confusing. Both invoices are attached again for reference, and
    the terms on the back explain how split orders are billed.
    Better: I can see how confusing two invoices for one order are, and I'm sorry. Could we have a
    ten-minute call today so I can go through them with you? I'm free at 2 pm or 4 pm.
    Client: heat=4
    """
    reading = context.reading
    if reading is None:
        return
    hot = reading.heat.level >= context.call_heat_level or reading.channel == "call"
    if not hot:
        return
    tokens = context.doc.tokens
    # Cheapest test first: fewer tokens than the limit means fewer words too.
    if len(tokens) < LONG_DRAFT_WORDS or context.draft.has(_CALL_OFFER):
        return
    words = sum(1 for token in tokens if token.text[0].isalnum())
    if words < LONG_DRAFT_WORDS:
        return
    yield whole_draft(
        f"A {words}-word email to a client at heat {reading.heat.level} ({reading.heat.label}); "
        "offer a short call instead of a long explanation."
    )


@rule(
    "too-long",
    severity="info",
    message="The draft is long for an upset reader.",
    suggestion="Keep to what happened, what you'll do, and when; cut the rest.",
)
def too_long(context: Context, phrases: Phrases) -> Iterator[Hit]:
    """Flags a draft longer than the playbook's `review.max_chars` (1,500 characters by default).

    Why: an upset reader skims. The guide's steps fit in a short reply: acknowledge, confirm the
    problem, say what you will do and when, close. Length buries the next step.

    Bad: I wanted to write to you in detail about your order and everything that happened. (×30)
    Better: I'm sorry your order is late. I've moved it to express delivery, and it will reach you
    by Thursday.
    """
    length = len(context.doc.body.strip())
    if context.max_chars and length > context.max_chars:
        yield whole_draft(
            f"The draft is {length:,} characters; the playbook's guideline is "
            f"{context.max_chars:,}."
        )


__register__ = (offer_call, too_long)
