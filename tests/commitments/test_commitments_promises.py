"""Which sentences are promises, who owes them, what they are about, and which are vague."""

from __future__ import annotations

from dataclasses import fields
from datetime import datetime

import pytest

from calmdesk.commitments import Commitment, commitments
from calmdesk.commitments.promises import find
from calmdesk.errors import PlaybookError
from calmdesk.playbook.model import BusinessHours, EscalationPolicy, Playbook
from calmdesk.serialise import dump

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri")
NY = BusinessHours("America/New_York", "09:00", "17:00", WEEKDAYS, "US")
SENT = datetime(2026, 11, 24, 10, 0)  # a Tuesday morning


def found_in(reply: str) -> tuple[Commitment, ...]:
    found = find(reply, SENT, NY)
    for item in found:
        assert reply[item.span.start : item.span.end] == item.span.text
        assert reply[item.phrase.start : item.phrase.end] == item.phrase.text
    return found


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("I'll call you at 10:30.", [("rep", "call")]),
        ("We'll ship the replacement tomorrow.", [("team", "replacement")]),
        ("Please send us the photos by Thursday.", [("client", "other")]),
        ("Could you reply with your order number by noon?", [("client", "update")]),
        ("We'll need the signed form from you by Friday.", [("client", "other")]),
        ("FedEx will deliver on Monday.", [("third_party", "delivery")]),
        ("The courier will drop it off on Thursday.", [("third_party", "delivery")]),
        ("You'll get a call from UPS tomorrow.", [("third_party", "call")]),
        ("I've called the carrier and will update you by 3 pm.", [("rep", "update")]),
        ("We've told the warehouse and will call you at noon.", [("team", "call")]),
        ("The courier has it and will deliver it on Friday.", [("third_party", "delivery")]),
        ("You'll receive a confirmation email within the hour.", [("team", "update")]),
        ("The refund will reach your account in 3-5 business days.", [("team", "refund")]),
        ("You'll hear from me first thing Monday.", [("rep", "update")]),
        ("You'll get a written summary from me within 24 hours.", [("rep", "update")]),
        ("Our billing team should have the credit applied within 48 hours.", [("team", "refund")]),
        ("Let me check with the warehouse and get back to you by 4 pm.", [("rep", "update")]),
        ("We're sending a replacement tonight.", [("team", "replacement")]),
        ("Your order is scheduled to ship on Friday.", [("team", "delivery")]),
        ("I'm going to reship it today.", [("rep", "replacement")]),
        ("I'll call FedEx now and update you by 3 pm.", [("rep", "call"), ("rep", "update")]),
        ("I'll call you at 4pm, and email you by Friday.", [("rep", "call"), ("rep", "update")]),
        (
            "We'll process the refund today and you should see it within 5 business days.",
            [("team", "refund"), ("team", "refund")],
        ),
        ("Tomorrow morning, I'll give you a call.", [("rep", "call")]),
        # A call with someone else is our own work, not a call with the client.
        ("Tomorrow we'll have a call with the warehouse team.", [("team", "other")]),
        ("I'll speak to our supplier today.", [("rep", "other")]),
        ("We'll have a quick call with you on Friday.", [("team", "call")]),
    ],
)
def test_owner_and_kind(reply: str, expected: list[tuple[str, str]]) -> None:
    found = found_in(reply)
    assert [(c.owner, c.kind) for c in found] == expected
    assert all(c.due_at is not None and not c.vague for c in found)


def test_span_covers_the_promise_and_phrase_the_time_words() -> None:
    reply = "Thanks for your patience. I'll update you by 3 pm, whatever happens."
    [found] = found_in(reply)
    assert found.span.text == "I'll update you by 3 pm"
    assert found.phrase.text == "by 3 pm"
    assert found.note == "15:00 today"


@pytest.mark.parametrize(
    ("reply", "phrase"),
    [
        ("I'll update you soon.", "soon"),
        ("We'll get this sorted asap.", "asap"),
        ("I will get back to you as soon as possible.", "as soon as possible"),
        ("I'll circle back in a bit.", "in a bit"),
        ("Someone from billing will be in touch shortly.", "shortly"),
        ("I'll send the details in due course.", "in due course"),
        ("We'll have news in the coming days.", "in the coming days"),
        ("I'll let you know once I hear back from the warehouse.",
         "once I hear back from the warehouse"),
        ("I'll update you by [time] regardless.", "by [time]"),
        ("This will be resolved no later than [date/time].", "no later than [date/time]"),
        ("I'll look into it.", ""),
        ("Let me dig into this for you.", ""),
        ("We'll see what we can do.", ""),
    ],
)  # fmt: skip
def test_vague_promises_have_no_due_time(reply: str, phrase: str) -> None:
    [found] = found_in(reply)
    assert found.vague and found.due_at is None
    assert found.phrase.text == phrase
    assert found.owner in ("rep", "team")


def test_a_time_said_after_a_timed_promise_with_nothing_between_is_part_of_it() -> None:
    reply = "I'll call you at 4pm to confirm everything is in order before Thursday."
    [call] = found_in(reply)
    assert call.span.text == reply.rstrip(".")
    assert call.kind == "call" and call.due_at is not None and call.due_at.hour == 16


def test_placeholder_is_named_in_the_note() -> None:
    [found] = found_in("I'll update you by [time] regardless.")
    assert "[time]" in found.note


def test_delivery_in_a_condition_is_a_third_party_expectation() -> None:
    reply = "If it doesn't arrive by Friday, I'll send a replacement."
    expected, promise = sorted(found_in(reply), key=lambda c: c.owner != "third_party")
    assert (expected.owner, expected.kind) == ("third_party", "delivery")
    assert expected.span.text == "If it doesn't arrive by Friday"
    assert expected.due_at is not None
    assert expected.due_at.isoformat() == "2026-11-27T17:00:00-05:00"
    # The rep's promise on that condition is due when the condition is settled.
    assert (promise.owner, promise.kind) == ("rep", "replacement")
    assert promise.span.text == "If it doesn't arrive by Friday, I'll send a replacement"
    assert promise.due_at == expected.due_at
    assert "only on condition ('If it doesn't arrive by Friday')" in promise.note


@pytest.mark.parametrize(
    ("reply", "kind", "due"),
    [
        (
            "If you don't hear from the courier by 3pm, I'll call them myself.",
            "call",
            "2026-11-24T15:00:00-05:00",
        ),
        (
            "I'll refund you in full if it hasn't arrived by Friday.",
            "refund",
            "2026-11-27T17:00:00-05:00",
        ),
        # the time of the clause before a semicolon is not the promise's
        (
            "The money usually shows within 3 to 5 business days; if it isn't there by "
            "Wednesday, I'll call your bank with you.",
            "call",
            "2026-11-25T17:00:00-05:00",
        ),
    ],
)
def test_a_promise_on_a_timed_condition_is_followed_up_then(
    reply: str, kind: str, due: str
) -> None:
    promise = next(c for c in found_in(reply) if c.owner == "rep")
    assert promise.kind == kind
    assert promise.due_at is not None and promise.due_at.isoformat() == due
    assert promise.note.startswith("only on condition")


def test_a_condition_belongs_to_the_promise_it_leads_into() -> None:
    reply = "I'll call you at 3pm, and if you're not free by then I'll email you instead."
    [call] = found_in(reply)
    assert call.kind == "call" and not call.note.startswith("only on condition")


def test_a_condition_without_a_time_gives_nothing_to_follow_up() -> None:
    assert found_in("If it doesn't arrive, I'll refund you.") == ()


@pytest.mark.parametrize(
    "reply",
    [
        "I called yesterday.",
        "We shipped it on Monday.",
        "I checked with the warehouse yesterday and they shipped it on Monday.",
        "We promised delivery by Friday but missed it.",
        "You said the parcel would arrive by Friday.",
        "If anything changes, I'll follow up directly.",
        "If you have any questions, I'll be glad to help.",
        "When will it arrive?",
        "Can I call you tomorrow?",
        "Would you like me to call you at 3?",
        "I won't be able to call before Monday.",
        "I'll be happy to help.",
        "Good morning! Thanks for your patience.",
        "I understand why you're frustrated, and I'm really sorry.",
        "Let me know if there's anything else.",
        "That will be frustrating, I know.",
        "It arrived late last week.",
        "We are so sorry about the delay this morning.",
        "Our office is closed tomorrow.",
        "Let me check I have this right: you'd like a refund by Friday?",
        "Let me make sure I understand: the parcel never came?",
        "Your order should be with you by now, and I'm sorry it isn't.",
        "Your parcel should have been with you by now.",
        "The order should be with you by now. You shouldn't have had to write more than once.",
    ],
)
def test_near_misses_are_not_promises(reply: str) -> None:
    assert found_in(reply) == ()


def test_quoted_text_and_signature_are_not_read() -> None:
    reply = (
        "Hi Sam,\n\nI'll call you at 3 pm.\n\nBest regards,\nJo\nWe reply within 24 hours\n\n"
        "On Mon, 23 Nov 2026, Sam wrote:\n> Will you call me by 5 pm? I'll wait until Friday."
    )
    found = found_in(reply)
    assert [c.span.text for c in found] == ["I'll call you at 3 pm"]


def test_several_promises_come_back_in_order() -> None:
    reply = (
        "I'm so sorry about the mix-up. I'll call the carrier now. We'll ship the replacement "
        "tomorrow, and you'll get the tracking number by email. Please send us the old unit "
        "within 14 days."
    )
    found = found_in(reply)
    assert [(c.owner, c.kind, c.vague) for c in found] == [
        ("rep", "call", False),
        ("team", "replacement", False),
        ("team", "update", True),
        ("client", "other", False),
    ]
    assert [c.span.start for c in found] == sorted(c.span.start for c in found)


def _playbook(hours: BusinessHours | None) -> Playbook:
    policy = EscalationPolicy(100.0, "USD", (), "team lead", ())
    return Playbook("test", (), (), (), policy, hours)  # type: ignore[arg-type]


def test_commitments_takes_a_playbook_and_returns_a_tuple() -> None:
    found = commitments("I'll call you at 3 pm.", SENT, _playbook(NY))
    assert isinstance(found, tuple)
    assert found[0].due_at is not None and found[0].due_at.hour == 15


def test_commitment_dumps_to_plain_data() -> None:
    [found] = found_in("I'll call you at 3 pm.")
    data = dump(found)
    assert set(data) == {"span", "owner", "kind", "due_at", "vague", "phrase", "note"}
    assert data["span"] == {"start": 0, "end": 21, "text": "I'll call you at 3 pm"}


def test_a_commitment_found_is_a_frozen_commitment_like_any_other() -> None:
    [found] = found_in("I'll call you at 3 pm.")
    rebuilt = Commitment(**{field.name: getattr(found, field.name) for field in fields(found)})
    assert found == rebuilt and hash(found) == hash(rebuilt) and repr(found) == repr(rebuilt)
    with pytest.raises(AttributeError):
        found.kind = "refund"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("hours", "message"),
    [
        (None, "no business hours"),
        (BusinessHours("Mars/Olympus_Mons", "09:00", "17:00", WEEKDAYS, None), "Mars/Olympus_Mons"),
        (BusinessHours("Europe/London", "9am", "17:00", WEEKDAYS, None), "HH:MM"),
        (BusinessHours("Europe/London", "18:00", "09:00", WEEKDAYS, None), "before they open"),
        (BusinessHours("Europe/London", "09:00", "17:00", ("funday",), None), "'mon'"),
        (BusinessHours("Europe/London", "09:00", "17:00", WEEKDAYS, "XX"), "'XX'"),
    ],
)
def test_unusable_business_hours_raise_a_clear_error(
    hours: BusinessHours | None, message: str
) -> None:
    with pytest.raises(PlaybookError) as error:
        commitments("I'll call you at 3 pm.", SENT, _playbook(hours))
    assert message in str(error.value)


def test_a_promise_after_an_action_is_its_own_words() -> None:
    from datetime import datetime

    from calmdesk.commitments import commitments
    from calmdesk.playbook import default_playbook
    from calmdesk.text import normalise

    reply = "I've called the carrier and will update you by 3 pm."
    found = commitments(normalise(reply), datetime(2026, 11, 24, 10), default_playbook())
    assert [(c.owner, c.kind, c.span.text) for c in found] == [
        ("rep", "update", "will update you by 3 pm")
    ]


@pytest.mark.parametrize(
    ("reply", "owner", "kind", "due"),
    [
        (
            "I've asked our billing lead to reverse the duplicate $480 charge today.",
            "team",
            "refund",
            "2026-11-24T17:00:00-05:00",
        ),
        (
            "We have told the warehouse team to ship the new unit by Friday.",
            "team",
            "replacement",
            "2026-11-27T17:00:00-05:00",
        ),
        (
            "I've asked the courier to deliver it tomorrow morning.",
            "third_party",
            "delivery",
            "2026-11-25T12:00:00-05:00",
        ),
    ],
)
def test_work_handed_to_someone_for_a_time_is_followed_up(
    reply: str, owner: str, kind: str, due: str
) -> None:
    [found] = found_in(reply)
    assert (found.owner, found.kind) == (owner, kind)
    assert found.due_at is not None and found.due_at.isoformat() == due


@pytest.mark.parametrize(
    "reply",
    [
        "I've asked our billing team to look into the charge.",
        "I've asked the courier to check where the parcel is.",
        "I've asked our finance lead to reverse the charge.",
    ],
)
def test_work_handed_on_without_a_time_is_no_promise(reply: str) -> None:
    assert found_in(reply) == ()
