"""More ways a reply acknowledges, asks or advises, each with near misses that must not count.

The phrasings come from a study of the errors on one half of each labelled dev file; every example
here is written for a support reply, not taken from the data.
"""

from __future__ import annotations

import pytest

from tests.review.test_steps import strength


@pytest.mark.parametrize(
    ("draft", "expected"),
    [
        # A feeling reflected back past an adverb.
        ("You must be feeling emotionally exhausted by now.", 2),
        ("You sound genuinely upset about the second delay.", 2),
        # "It can feel …" names what the situation is like for the client.
        ("It can feel overwhelming when every call ends with a new reference number.", 2),
        # Reassurance and worth.
        ("You arent alone in this, plenty of teams hit the same limit.", 1),
        ("You're not to blame for the failed payment.", 1),
        ("You are not a failure because the setup took a while.", 1),
        ("Someone out there cares about you, and so do we.", 1),
        ("I'm glad that it worked for you in the end.", 1),
        ("I'm so glad this is finally sorted.", 1),
        ("It's okay for you to want a second opinion.", 1),
        ("Things will slowly start to get better once the backlog clears.", 1),
        # Confidence in the client and praise of them.
        ("You'll do great at the training session.", 1),
        ("You seem like a really thoughtful person.", 1),
        ("I love that you kept every receipt.", 1),
        ("It takes courage to raise this with your landlord.", 1),
    ],
)
def test_acknowledge_phrasings(draft: str, expected: int) -> None:
    assert strength("acknowledge", draft) == expected


@pytest.mark.parametrize(
    "draft",
    [
        "You must be logged in to see the invoice.",
        "It can feel a little slow on older phones.",
        "You are not on the new plan yet.",
        "The blame is not on the courier.",
        "I'm glad to confirm the order number.",
        "You'll do the setup from the admin page.",
        "You seem like you are on the old version.",
        "I love the new dashboard.",
        "It takes two days for the transfer to clear.",
        "It shows the balance at the top of the page.",
        "It's okay for the page to reload twice.",
    ],
)
def test_acknowledge_phrasings_near_misses(draft: str) -> None:
    assert strength("acknowledge", draft) == 0


@pytest.mark.parametrize(
    "draft",
    [
        "It might be time to update the app to the latest version.",
        "Maybe it's time to ask your bank for a new card.",
        "I would wait a day before trying the transfer again.",
        "I'd stay away from third-party chargers for now.",
        "I wouldn't bring it up with the seller until the refund lands.",
        "I find restarting the router usually sorts it.",
        "We've found that logging out and back in usually works.",
        "I have found it helps to keep the receipt in the box.",
        "Switching to the annual plan would be very beneficial for your team.",
        "Have you spoken with your IT team about the firewall?",
    ],
)
def test_advice_phrasings(draft: str) -> None:
    assert strength("solve", draft) == 1


@pytest.mark.parametrize(
    "draft",
    [
        # What the client wishes is asked about, not advised.
        "Is there anything else you would like to discuss today?",
        "It's time for our weekly maintenance window.",
        "I would stay up late if the queue were longer.",
        "I found your order in our system.",
        "We found the parcel at the depot.",
        "I wouldn't know where the courier left it.",
    ],
)
def test_advice_phrasings_near_misses(draft: str) -> None:
    assert strength("solve", draft) == 0


def test_an_open_question_about_what_the_client_would_like_is_a_question() -> None:
    assert strength("clarify", "Is there a part of the bill you would like to go through?") == 2
    assert strength("solve", "Is there a part of the bill you would like to go through?") == 0


@pytest.mark.parametrize(
    "draft",
    [
        "Do you mind if I ask why?",
        "What's on your mind?",
        "Could you tell us a bit more?",
        "Sorry about that, any reason why?",
        "How did it go?",
        "What do you need?",
    ],
)
def test_open_doors_with_nothing_named_are_generic_questions(draft: str) -> None:
    assert strength("clarify", draft) == 1


@pytest.mark.parametrize(
    "draft",
    [
        "Do you mind if I ask why the first card was declined?",
        "Could you tell us more about the error on the checkout page?",
        "How did the call with the courier go?",
        "What do you need the invoice for?",
    ],
)
def test_questions_that_name_something_stay_specific(draft: str) -> None:
    assert strength("clarify", draft) == 2


@pytest.mark.parametrize(
    "draft",
    [
        # The writer asking themselves is no question to the client.
        "Where would I even start with a form that long?",
        "How do I cope with a backlog like this, you ask?",
        "Why am I always the last to hear about outages?",
    ],
)
def test_the_writer_asking_themselves_is_not_clarifying(draft: str) -> None:
    assert strength("clarify", draft) == 0


@pytest.mark.parametrize(
    ("draft", "expected"),
    [
        ("Can I ask which card you used for the order?", 2),
        ("Could I get the serial number from the back of the unit?", 2),
        ("How can I help you today?", 1),
        ("Do I understand correctly that the second charge is still pending?", 2),
        ("Should I send the label to your work address instead?", 2),
    ],
)
def test_questions_about_what_the_writer_may_do_for_the_client_still_count(
    draft: str, expected: int
) -> None:
    assert strength("clarify", draft) == expected


@pytest.mark.parametrize(
    "draft",
    [
        "It's not your fault that the link expired.",
        "None of this is your fault.",
        "There's nothing wrong with asking twice.",
        "Please don't feel bad about calling again.",
        "There is nothing to be embarrassed about here.",
        "You're being very sensible keeping a copy of the contract.",
        "You're on your way, the hardest part of the setup is done.",
        "You are making real progress with the migration.",
    ],
)
def test_relief_of_blame_and_praise_of_progress_acknowledge(draft: str) -> None:
    assert strength("acknowledge", draft) == 1


@pytest.mark.parametrize(
    "draft",
    [
        "The fault is on the courier's side.",
        "There's nothing wrong with the unit we tested.",
        "Don't be alarmed by the second email, it's automatic.",
        "You're being charged the annual rate.",
        "The parcel is on its way.",
        "The engineers are making progress on the outage.",
    ],
)
def test_relief_of_blame_and_praise_of_progress_near_misses(draft: str) -> None:
    assert strength("acknowledge", draft) == 0


@pytest.mark.parametrize(
    ("draft", "expected"),
    [
        ("I've booked a courier to collect it on Monday.", 2),
        ("I'll book you in with an engineer for Thursday.", 2),
        # A book to read is no booking.
        ("I like to unwind with a good book after a long shift too.", 0),
        ("Our books show the payment arrived on the 3rd.", 0),
    ],
)
def test_a_booking_is_a_remedy_and_a_book_is_not(draft: str, expected: int) -> None:
    assert strength("solve", draft) == expected


@pytest.mark.parametrize(
    "draft",
    [
        # A second empathy frame in the same sentence is read too.
        "Thanks for the update, I can relate so I understand where you're coming from.",
        "I can understand why you'd feel that way after three calls.",
        "Please don't be too harsh on yourself, the form is confusing.",
        "Don't beat yourself up over the typo in the address.",
        "Don't be afraid to ask us again if anything looks off.",
        "We're all in this together until the outage is fixed.",
        "You are definitely not a failure for missing the first deadline.",
        "I know you've done your best to get the paperwork in.",
    ],
)
def test_more_reassurance_acknowledges(draft: str) -> None:
    assert strength("acknowledge", draft) == 1


@pytest.mark.parametrize(
    "draft",
    [
        "I can see why the page fails to load.",
        "Don't be afraid if the fan is loud at first.",
        "We're all in the office until six.",
        "You are definitely on the premium plan.",
        "I know you've done the export already.",
    ],
)
def test_more_reassurance_near_misses(draft: str) -> None:
    assert strength("acknowledge", draft) == 0
