"""Thanks or praise for a failure is no thanks: it is annoyance, a complaint and heat."""

from __future__ import annotations

import pytest

from calmdesk.playbook import default_playbook
from calmdesk.reading import read
from calmdesk.reading.lexicon import is_sarcastic, mentions_a_problem, sarcasm_in
from calmdesk.reading.values import Reading

UNHAPPY = {"anger", "annoyance", "disappointment", "sadness"}


def present(reading: Reading) -> set[str]:
    return {e.name for e in reading.emotions if e.present}


SARCASTIC = [
    # thanks for a failure
    "Thanks for losing my suitcase, really top service.",
    "Thank you so much for ruining our wedding anniversary.",
    "Thanks for nothing.",
    "Thanks a lot for nothing, as ever.",
    "Cheers for nothing.",
    "Cheers for cancelling our train at the last minute.",
    "Thanks for once again forgetting my order.",
    "Thanks for keeping me on hold for forty minutes.",
    "Thank you for leaving us stranded at the station.",
    "Thanks again for not telling us the flight had moved.",
    "Thanks for giving our table away.",
    "Thanks for the broken promises.",
    "Cheers for the two hour wait.",
    # praise for a failure
    "Great job cancelling my flight without telling me.",
    "Well done on losing our bags again.",
    "Brilliant work, guys, double charging me for one lesson.",
    "Nice one, overbooking the hotel on our honeymoon.",
    "Fantastic job once again delaying my parcel.",
    "Love how you lost my parcel again.",
]


@pytest.mark.parametrize("text", SARCASTIC)
def test_sarcastic_thanks_read_as_annoyance_and_a_complaint(text: str) -> None:
    reading = read(text, default_playbook())
    feelings = present(reading)
    assert "gratitude" not in feelings
    assert feelings & UNHAPPY
    assert reading.complaint.is_complaint
    assert reading.heat.level >= 2
    assert not reading.is_routine
    found = sarcasm_in(reading.text.lower())
    assert found is not None
    sarcasm = [c for c in reading.heat.cues if c.kind == "sarcasm"]
    assert [c.span.text for c in sarcasm] == [reading.text[found[0] : found[1]]]


def test_the_sarcastic_words_are_the_evidence_of_annoyance() -> None:
    reading = read("Thanks for losing my suitcase.", default_playbook())
    annoyance = next(e for e in reading.emotions if e.name == "annoyance")
    gratitude = next(e for e in reading.emotions if e.name == "gratitude")
    assert annoyance.present and annoyance.score >= 0.5
    assert [s.text for s in annoyance.spans] == ["Thanks for losing"]
    assert not gratitude.present and gratitude.spans == ()


REAL_THANKS = [
    "Thanks for finding my suitcase!",
    "Thank you for the quick refund.",
    "Thanks for staying late to help us.",
    "Thanks for the breakfast vouchers.",
    "Thanks for messaging me back so fast.",
    "Thank you for cancelling my subscription so quickly.",
    "Thanks for not charging me for the extra bag.",
    "Thanks for not getting angry with me on the phone.",
    "Thanks for waiting for me at the gate.",
    "Thanks for sorting out my cancelled flight.",
]


@pytest.mark.parametrize("text", REAL_THANKS)
def test_real_thanks_stay_gratitude(text: str) -> None:
    reading = read(text, default_playbook())
    assert not is_sarcastic(text)
    assert "gratitude" in present(reading)
    assert "annoyance" not in present(reading)


@pytest.mark.parametrize(
    "text",
    [
        "Great job fixing the leak so fast.",
        "Well done on getting it here a day early.",
        "The pilots did a great job landing in the snow.",
        "I'm sure they did their best.",
        "I'm sure all will be fine tomorrow.",
        "They said no one was free to take my call.",
        "We are giving away two tickets this weekend.",
        # a request, not mock thanks
        "We'd appreciate you delaying the delivery until Monday.",
        "I would appreciate you delaying my order by a week.",
    ],
)
def test_praise_and_near_misses_are_not_sarcasm(text: str) -> None:
    assert not is_sarcastic(text)


@pytest.mark.parametrize(
    "text",
    ["Honestly, I'm sure everyone falls for that.", "Best airline ever, said no one ever."],
)
def test_the_narrowed_markers_still_find_sarcasm(text: str) -> None:
    assert is_sarcastic(text)


SINCERE_PRAISE = [
    # what is loved or praised is no failure, and nothing else in the message finds fault
    "Love how you packed it so carefully, thank you!",
    "I love how you wrapped every glass separately.",
    "Love how they always remember my name at the front desk.",
    "Love how you never charge for delivery.",
    "Love how they never disappoint.",
    "Love how you never fail to make my day.",
    "Love how you've never lost a bag of ours.",
    "Great job, you never lose my bags.",
    "Really appreciate you finding my bag.",
    "Love that you pick up so fast.",
    "Thanks for always being on time.",
    "Gotta love how friendly your staff are.",
    "Great job, guys, the new menu is wonderful.",
    "Great work as always, the delivery was early.",
    "Great job, you fixed it in no time.",
    "Well done, your team fixed it.",
    "Love the way your team answered within minutes.",
    "I love the way you handled my refund, thank you.",
    # thanks for help with a problem, or for late hours kept, is no complaint
    "Thanks for staying late to help us.",
    "Thank you for working late to get our order out.",
    "Thanks for staying open late for us tonight.",
    "Thanks for the help with the delays.",
    "Thanks so much for your help with the lost parcel.",
    "Thanks for your patience during the outage yesterday.",
    "Thank you for the update about the delayed shipment.",
    "Thanks for all the support with the broken heater.",
    "Cheers for the advice on the late fee, much appreciated.",
    "Thanks for the heads up about the train delays.",
    "Thank you for helping us through a stressful week.",
]


@pytest.mark.parametrize("text", SINCERE_PRAISE)
def test_sincere_praise_and_thanks_for_help_are_no_complaint(text: str) -> None:
    reading = read(text, default_playbook())
    assert not is_sarcastic(text)
    assert not reading.complaint.is_complaint
    assert reading.heat.level <= 1


MOCK_PRAISE_NOW = [
    # praise for a failure that keeps happening, or said in the present tense
    "Great job, you always lose my orders.",
    "Love how you never answer the phone.",
    "Great work, you broke my screen again.",
    "Well done, you forgot my birthday cake again.",
    "Love the way you ignore every email I send.",
    "Great job guys, you cancel my train every single week.",
    "Brilliant work, you never reply to anything.",
    "Nice one, you delayed my parcel again.",
    "Great job, you still haven't refunded me.",
    "Fantastic job, you lost my luggage yet again.",
    "Great job, your driver lost my parcel again.",
    "Well done, they lost our booking again.",
    "Love how they never call back.",
    "Love how nobody ever picks up the phone.",
    "Love how you don't give a damn about loyal customers.",
    "Thanks for never answering the phone.",
    "Thanks for never getting back to me.",
    "Thanks for always being late.",
    "Really appreciate you losing my bag.",
    "I appreciate you cancelling my flight with no notice.",
    "Love that you never pick up.",
    "Gotta love how you keep me on hold.",
    # broad praise in a message that finds fault elsewhere
    "Love how your app crashes every time I open it.",
    "Love how your staff are always rude.",
    "Great service as always, still no refund.",
    "Great job guys. The parcel is missing again.",
]


@pytest.mark.parametrize("text", MOCK_PRAISE_NOW)
def test_praise_for_a_present_failure_is_sarcasm_and_a_complaint(text: str) -> None:
    reading = read(text, default_playbook())
    assert is_sarcastic(text)
    assert reading.complaint.is_complaint
    assert reading.heat.level >= 2
    assert "gratitude" not in present(reading)


@pytest.mark.parametrize(
    "text",
    ["Thanks for the update on my order #sarcasm", "Flying tomorrow, can not wait /s"],
)
def test_a_sarcasm_tag_is_sarcasm(text: str) -> None:
    found = sarcasm_in(text.lower())
    assert found is not None
    assert text.lower()[found[0] : found[1]] in {"#sarcasm", "/s"}


def test_the_problem_thanked_for_help_with_is_undone_but_others_count() -> None:
    assert not mentions_a_problem("Thanks for the help with the delays.")
    assert mentions_a_problem("Thanks for the help, but the delays go on.")
    assert not mentions_a_problem("We stayed late to finish it.")
    assert mentions_a_problem("The train was late again.")
    assert mentions_a_problem("Thanks for staying late. The food was late too.")
