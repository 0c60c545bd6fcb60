"""A complaint is the model's verdict, or what the message says in plain words."""

import pytest

from calmdesk.playbook import default_playbook
from calmdesk.reading import read
from calmdesk.reading.complaint import ACCUSATION, BLAME, PLAIN_SEVERITY, complaint_of
from calmdesk.reading.triggers import find_triggers
from calmdesk.text import normalise
from tests.reading.model_outputs import output


@pytest.mark.parametrize(
    "text",
    [
        "Flight 512 was delayed again this morning.",
        "Third time asking about my order.",
        "Thanks for nothing.",
        "I'll take my business elsewhere.",
    ],
)
def test_plain_words_make_a_complaint_the_model_missed(text: str) -> None:
    complaint = read(text, default_playbook()).complaint
    assert complaint.is_complaint and complaint.severity >= 1


@pytest.mark.parametrize(
    "text",
    [
        "Do you ship to Canada?",
        "I need the dress by Friday, can you confirm the date?",
        "Thanks, the new card arrived today.",
    ],
)
def test_a_question_a_deadline_or_thanks_are_no_complaint(text: str) -> None:
    assert not read(text, default_playbook()).complaint.is_complaint


def test_the_model_keeps_its_score_and_severity() -> None:
    said = complaint_of(output(0.2, 0), (), "the parcel was damaged")
    assert (said.is_complaint, said.score, said.severity) == (True, 0.2, PLAIN_SEVERITY)
    confident = complaint_of(output(0.9, 4), (), "you are to blame")
    assert (confident.is_complaint, confident.severity) == (True, 4)
    quiet = complaint_of(output(0.1, 0), (), "what time do you open")
    assert (quiet.is_complaint, quiet.severity) == (False, 0)


@pytest.mark.parametrize(
    "text",
    [
        "Tried again this morning and everything is working now, thanks!",
        "Update: the problem has been resolved, no further issues.",
        "Kudos to the team at the front desk.",
        "Congratulations on the new store opening!",
        # goods that came whole
        "The vase got here safely, nothing chipped.",
        "It came in one piece, many thanks.",
        "The screen arrived with no scratches whatsoever.",
    ],
)
def test_a_settled_problem_or_praise_is_no_complaint(text: str) -> None:
    assert not complaint_of(output(0.7, 2), (), text).is_complaint


@pytest.mark.parametrize(
    "text",
    [
        # praise that is often sarcastic is left to the model
        "Great service!",
        # praise next to a problem is no all-clear
        "Kudos to whoever cancelled my order without warning.",
        "It is working now but the bill is still wrong.",
        # whole on arrival, but with a fault after
        "It arrived safely but it will not switch on.",
    ],
)
def test_praise_or_an_all_clear_with_a_problem_stays_a_complaint(text: str) -> None:
    complaint = complaint_of(output(0.7, 2), (), text)
    assert (complaint.is_complaint, complaint.severity) == (True, 2)


@pytest.mark.parametrize(
    ("text", "severity"),
    [
        ("The parcel came damaged.", PLAIN_SEVERITY),
        ("Thank you, but the parcel came damaged.", PLAIN_SEVERITY),
        ("You sent the wrong size.", ACCUSATION),
        ("Your courier never turned up.", ACCUSATION),
        ("You lost my bag, this is disgraceful.", BLAME),
        ("You people are useless idiots, the order is late again.", BLAME),
    ],
)
def test_a_rule_made_complaint_that_names_the_reader_accuses(text: str, severity: int) -> None:
    complaint = complaint_of(output(0.1, 0), find_triggers(normalise(text)), text)
    assert (complaint.is_complaint, complaint.severity) == (True, severity)


def test_a_complaint_that_names_the_reader_in_anger_is_blame_whatever_the_model_says() -> None:
    angry = "You people are useless idiots, the order is late again."
    assert complaint_of(output(0.8, 1), find_triggers(normalise(angry)), angry).severity == BLAME
    # anger at a thing, or a reader named calmly, keep the model's severity
    assert complaint_of(output(0.8, 1), (), "The app is useless and slow.").severity == 1
    assert complaint_of(output(0.8, 1), (), "You sent the wrong size.").severity == 1


@pytest.mark.parametrize(
    "text",
    ["No, that's all, thanks.", "Nope, all good!", "No thank you, I'm all set.", "no thanks"],
)
def test_turning_down_more_help_is_no_complaint(text: str) -> None:
    assert complaint_of(output(0.9, 3), (), text).is_complaint is False


@pytest.mark.parametrize(
    "text",
    ["No.", "No thanks to you, the order never came.", "No, that's it. Why is it still late?"],
)
def test_a_no_that_may_complain_stays_as_the_model_reads_it(text: str) -> None:
    assert complaint_of(output(0.9, 3), (), text).is_complaint is True
