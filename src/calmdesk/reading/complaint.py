"""Whether a client message is a complaint: the model's verdict, or the message's own words.

The complaint model (`reading.model`) is a linear model fit on 2,059 tweets; it misses complaints
put plainly on topics it saw little of. A message that threatens to leave, sue or go public,
abuses the reader, says it has had to chase before or asks for a manager, thanks sarcastically,
or says in so many words that something went wrong ("delayed", "on hold for an hour", "not
acceptable") is a complaint whatever the model says. In 5-fold cross-validation on X-CI this
takes the complaint F1 from 0.744 to 0.757 (`scripts/train_model.py --cv 5`, "with_rules").

>>> from calmdesk.text import normalise
>>> from calmdesk.reading.triggers import find_triggers
>>> text = "Third time asking about this."
>>> said_plainly(find_triggers(normalise(text)), text)
True
"""

from __future__ import annotations

from calmdesk.reading.lexicon import is_sarcastic, mentions_a_problem
from calmdesk.reading.model import ModelOutput
from calmdesk.reading.values import Complaint, Evidence

# Triggers only a complaint carries; a deadline alone ("I need it by Friday") does not make one.
COMPLAINT_TRIGGERS = frozenset(
    ("manager_request", "churn_threat", "legal_threat", "public_threat", "repeat_contact", "abuse")
)
# The severity of a complaint the model missed: "disapproval", the middle of X-CI's scale.
PLAIN_SEVERITY = 2


def said_plainly(triggers: tuple[Evidence, ...], text: str) -> bool:
    """Whether the message's own words make it a complaint, whatever the model says."""
    return (
        any(t.name in COMPLAINT_TRIGGERS for t in triggers)
        or is_sarcastic(text)
        or mentions_a_problem(text)
    )


def complaint_of(output: ModelOutput, triggers: tuple[Evidence, ...], text: str) -> Complaint:
    """The model's verdict, overruled by `said_plainly`; `score` stays the model's probability."""
    score = round(output.complaint, 4)
    if output.complaint >= 0.5:
        return Complaint(True, score, output.severity)
    if said_plainly(triggers, text):
        return Complaint(True, score, PLAIN_SEVERITY)
    return Complaint(False, score, output.severity)
