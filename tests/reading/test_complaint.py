"""A complaint is the model's verdict, or what the message says in plain words."""

import pytest

from calmdesk.playbook import default_playbook
from calmdesk.reading import read
from calmdesk.reading.complaint import PLAIN_SEVERITY, complaint_of
from calmdesk.reading.model import ModelOutput


def output(probability: float, severity: int) -> ModelOutput:
    return ModelOutput(
        emotions={},
        emotion_present={},
        emotion_tokens={},
        complaint=probability,
        severity=severity,
        anger=0.0,
    )


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
