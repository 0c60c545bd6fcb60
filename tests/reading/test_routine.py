"""What makes a message routine: a plain question, not a complaint said calmly."""

import pytest

from calmdesk.playbook import default_playbook
from calmdesk.reading import read
from calmdesk.reading.lexicon import mentions_a_problem

PROBLEMS = [
    "We've been on hold for over an hour now.",
    "Waited 45 minutes at the desk for someone to show up.",
    "The app has been frozen since this morning.",
    "Another glitch in the booking page.",
    "There is no excuse for this.",
    "This is a joke, right?",
    "That is a lie and you know it.",
    "Testing my patience today.",
    "I'm fed up with the changes.",
    "Where is my luggage?",
    "Where are our bags?",
    "I can't get through to anyone on the phone.",
    "The parcel didn't arrive.",
    "A 50 minute wait to ask one question?",
    "Wait times are over an hour on the phone line.",
    "A non-vegan yogurt is not acceptable for a vegan meal.",
    "Why so many fees? Doesn't make sense to me.",
    "Still no seat for me :(",
    "We were auto-renewed for another year without any reminder.",
    "Your engineer never showed up this morning.",
]

NOT_PROBLEMS = [
    "Do you ship to Canada?",
    "How long is the wait time for a new card usually?",
    "Thanks, the joke in your newsletter made my day.",
    "Where is my nearest store?",
    "Can I reach the lounge from gate 5?",
    "I held the door for a minute.",
    "Can I cancel without notice?",
]


@pytest.mark.parametrize("text", PROBLEMS)
def test_words_that_say_something_went_wrong(text: str) -> None:
    assert mentions_a_problem(text)
    assert not read(text, default_playbook()).is_routine


@pytest.mark.parametrize("text", NOT_PROBLEMS)
def test_plain_questions_say_nothing_went_wrong(text: str) -> None:
    assert not mentions_a_problem(text)
