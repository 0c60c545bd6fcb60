"""Whether a client message is a complaint: the model's verdict, or the message's own words.

The complaint model (`reading.model`) is a linear model fit on 2,059 tweets; it misses complaints
put plainly on topics it saw little of. A message that threatens to leave, sue or go public,
abuses the reader, says it has had to chase before or asks for a manager, thanks sarcastically,
or says in so many words that something went wrong ("delayed", "on hold for an hour", "not
acceptable", "why is my order still not here?") is a complaint whatever the model says. A message
the model flags that only says the trouble is over ("it's working now, thanks"), only praises
("kudos to your support team") or only says the goods came whole ("it arrived safely, nothing
broken") is not. A complaint the rules made is disapproval (severity 2), or an accusation (3)
when it names the reader; any complaint that names the reader in anger or with a threat is blame
(4). In 5-fold cross-validation on X-CI the rules take the complaint F1 from 0.744
to 0.789 and the severity macro-F1 from 0.386 to 0.424 (`scripts/train_model.py --cv 5`,
"with_rules").

>>> from calmdesk.text import normalise
>>> from calmdesk.reading.triggers import find_triggers
>>> text = "Third time asking about this."
>>> said_plainly(find_triggers(normalise(text)), text)
True
"""

from __future__ import annotations

import re

from calmdesk.reading.lexicon import (
    ANGER_WORD,
    ARRIVAL_WORDS,
    INSULT,
    PROFANITY,
    is_sarcastic,
    lookup,
    mentions_a_problem,
)
from calmdesk.reading.model import ModelOutput
from calmdesk.reading.values import Complaint, Evidence

# Triggers only a complaint carries; a deadline alone ("I need it by Friday") does not make one.
COMPLAINT_TRIGGERS = frozenset(
    ("manager_request", "churn_threat", "legal_threat", "public_threat", "repeat_contact", "abuse")
)
# The severity of a complaint the model missed (X-CI's scale): "disapproval" in the middle; an
# "accusation" when it points at the reader ("you sent the wrong size"); "blame" when it does so
# in anger, abuse or a threat ("you lost my bag, this is disgraceful").
PLAIN_SEVERITY = 2
ACCUSATION = 3
BLAME = 4

# Triggers and word cues that say a complaint is made in anger, not only in disappointment.
_HOSTILE_TRIGGERS = frozenset(("churn_threat", "legal_threat", "public_threat", "abuse"))
_HOSTILE_KINDS = frozenset((ANGER_WORD, PROFANITY, INSULT))
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
# The reader, named: "you", "your team", "u". Thanks ("thank you") name no one in particular.
_READER = re.compile(r"\b(?:you(?:r|rs|'ve|'re|'ll|'d)?|u|ur)\b")
_THANKS = re.compile(r"\bthank (?:you|u)\b")

# The trouble is over ("it's working now", "no more problems since") or the message is praise
# ("kudos to your team"): what the model reads as a complaint is a thank-you.
_SETTLED = re.compile(
    r"\b(?:no (?:more|further) (?:problems?|issues?)|no (?:problems?|issues?) (?:since|any ?more)|"
    r"(?:it|everything|all)(?:'s| is| seems to be| is now)(?: all)? (?:working|sorted|resolved|"
    r"fixed)|(?:problem|issue)(?:'s| is| has been| was) (?:solved|resolved|fixed|sorted)|"
    r"not having (?:the same|any) (?:problems?|issues?)|"
    # praise that is seldom sarcastic ("great service!" often is)
    r"shout ?out|kudos|congratulations|keep up the (?:good|great) work)\b"
)
# Every phrase above holds one of these; most messages hold none, and need no regex search.
_SETTLED_WORDS = (
    "no more", "no further", "problem", "issue", "working", "sorted", "resolved", "fixed",
    "shout", "kudos", "congratulations", "keep up",
)  # fmt: skip
# Goods that came whole, with no "but" after: "it arrived safely, nothing broken", "came with
# no scratches at all" (not "it arrived intact but won't switch on").
_CAME_WHOLE = re.compile(
    rf"\b(?:(?:{'|'.join(ARRIVAL_WORDS)})(?:,? [\w']+){{0,2}}?,? "
    r"(?:safely|safe and sound|intact|in one piece|undamaged|unharmed|in (?:perfect|good|great|"
    r"mint|one) (?:condition|shape|piece)|with no (?:scratch|dent|mark|crack|damage)\w*|"
    r"without (?:a|any) (?:scratch|dent|mark|crack|damage)\w*)|nothing (?:was |is |got |came )?"
    r"(?:broken|damaged|cracked|smashed|scratched|dented|chipped|missing))\b"
    r"(?!.*\b(?:but|however|except|though|although|apart from|only)\b)",
    re.S,
)


# A whole message that only turns down more help: "No, that's all, thanks", "nope, all good",
# "No thanks." (a bare "No." may answer "did it arrive?", and stays as the model reads it).
_DECLINE = re.compile(
    r"\s*(?:no|nope|nah)\b[\s,.!-]*(?:(?:thanks?|thank you|ty)\b(?! to\b)"
    r"|(?:that(?:'s| is| will be| would be|'ll be)|it(?:'s| is)) (?:all|it|everything)\b"
    r"|nothing (?:else|more)\b|(?:i(?:'m| am)|we(?:'re| are)) (?:good|fine|all set|sorted)\b"
    r"|all (?:good|set)\b)[^?]*"
)


def said_plainly(triggers: tuple[Evidence, ...], text: str) -> bool:
    """Whether the message's own words make it a complaint, whatever the model says."""
    return (
        any(t.name in COMPLAINT_TRIGGERS for t in triggers)
        or is_sarcastic(text)
        or mentions_a_problem(text)
    )


def came_whole(text: str) -> bool:
    """Whether the message says the goods came whole, with no "but" after.

    >>> came_whole("It arrived safely, nothing broken."), came_whole("It came intact but is dead.")
    (True, False)
    """
    return _came_whole(text.lower().replace("’", "'"))


def _came_whole(lowered: str) -> bool:
    return any(word in lowered for word in ARRIVAL_WORDS) and (
        _CAME_WHOLE.search(lowered) is not None
    )


def is_settled(text: str) -> bool:
    """Whether the message says its trouble is over, or praises, in so many words; callers check
    `said_plainly` first ("great service, the third outage this month" is no praise).

    >>> is_settled("Tried again this morning and it is working now. Thanks!")
    True
    >>> is_settled("Other apps are working fine, yours is not.")
    False
    >>> is_settled("No, that's all, thanks."), is_settled("No.")
    (True, False)
    """
    lowered = text.lower().replace("’", "'")
    if len(lowered) < 80 and _DECLINE.fullmatch(lowered):
        return True
    if _came_whole(lowered):
        return True
    if not any(word in lowered for word in _SETTLED_WORDS):
        return False
    return _SETTLED.search(lowered) is not None


def plain_severity(triggers: tuple[Evidence, ...], text: str) -> int:
    """The severity of a complaint `said_plainly` made: an accusation when it names the reader,
    blame when it does so in anger or with a threat, disapproval otherwise.

    >>> plain_severity((), "The parcel came damaged."), plain_severity((), "You sent it damaged.")
    (2, 3)
    """
    lowered = text.lower()
    if not _names_the_reader(lowered):
        return PLAIN_SEVERITY
    return BLAME if _is_hostile(triggers, lowered) else ACCUSATION


def complaint_of(output: ModelOutput, triggers: tuple[Evidence, ...], text: str) -> Complaint:
    """The model's verdict, overruled by `said_plainly` and `is_settled`; `score` stays the
    model's probability. A complaint that names the reader in anger or with a threat is blame
    (severity 4) whatever severity the model gave it."""
    score = round(output.complaint, 4)
    if output.complaint >= 0.5:
        if is_settled(text) and not said_plainly(triggers, text):
            return Complaint(False, score, 0)
        if output.severity == BLAME:
            return Complaint(True, score, BLAME)
        lowered = text.lower()
        blamed = _names_the_reader(lowered) and _is_hostile(triggers, lowered)
        return Complaint(True, score, BLAME if blamed else output.severity)
    if said_plainly(triggers, text):
        return Complaint(True, score, plain_severity(triggers, text))
    return Complaint(False, score, output.severity)


def _names_the_reader(lowered: str) -> bool:
    return _READER.search(_THANKS.sub("", lowered)) is not None


def _is_hostile(triggers: tuple[Evidence, ...], lowered: str) -> bool:
    if any(t.name in _HOSTILE_TRIGGERS for t in triggers):
        return True
    entries = map(lookup, _WORD.findall(lowered))
    return any(kind in _HOSTILE_KINDS for e in entries if e is not None for kind, _ in e.cues)
