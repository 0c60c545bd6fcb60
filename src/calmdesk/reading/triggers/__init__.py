"""Escalation triggers: what in a client message is a reason to escalate or to take special care.

The guide says to escalate to a manager when the client asks for one, and to handle with care a
client who threatens to leave, to sue or to go public, who has written before, who has a deadline,
or who insults the team. Each trigger is a `PhraseRule`: a pattern with its variants, plus the
near misses that must not count ("the manager at the gate was nice" is not a manager request,
"I had to switch once" is not a threat to leave).

>>> from calmdesk.text import normalise
>>> [t.name for t in find_triggers(normalise("Third time I've emailed. Get me a supervisor."))]
['repeat_contact', 'manager_request']
"""

from __future__ import annotations

from calmdesk.reading.phrases import RuleSet, find_named
from calmdesk.reading.triggers.abuse import (
    ABUSE,
    INSULT,
    INSULT_ADJECTIVE,
    INSULT_WORDS,
    PEOPLE,
    PEOPLE_ADDRESSED,
)
from calmdesk.reading.triggers.churn import CHURN_THREAT, USE_AGAIN
from calmdesk.reading.triggers.common import FIRST_PERSON, FIRST_PERSON_WORDS, INTEND
from calmdesk.reading.triggers.deadline import (
    CLOCK,
    EVENT,
    EVENT_WORDS,
    HARD_DEADLINE,
    MONTH,
    WEEKDAY,
    WHEN,
)
from calmdesk.reading.triggers.legal import LEGAL_BODY, LEGAL_THREAT
from calmdesk.reading.triggers.manager import MANAGER_REQUEST, SENIOR, SENIOR_WORDS
from calmdesk.reading.triggers.public import MEDIA, PUBLIC_THREAT, VENUE
from calmdesk.reading.triggers.repeat import (
    CONTACT_VERB,
    CONTACT_VERB_WORDS,
    COUNT_WORD,
    ORDINAL_WORDS,
    REPEAT_CONTACT,
)
from calmdesk.reading.values import Evidence
from calmdesk.text import Document

# The rules, and the patterns they are built from, as `calmdesk.reading.triggers` has always
# offered them.
__all__ = [
    "ABUSE",
    "CHURN_THREAT",
    "CLOCK",
    "CONTACT_VERB",
    "CONTACT_VERB_WORDS",
    "COUNT_WORD",
    "EVENT",
    "EVENT_WORDS",
    "FIRST_PERSON",
    "FIRST_PERSON_WORDS",
    "HARD_DEADLINE",
    "INSULT",
    "INSULT_ADJECTIVE",
    "INSULT_WORDS",
    "INTEND",
    "LEGAL_BODY",
    "LEGAL_THREAT",
    "MANAGER",
    "MANAGER_REQUEST",
    "MEDIA",
    "MONTH",
    "ORDINAL_WORDS",
    "OTHER_TRIGGERS",
    "PEOPLE",
    "PEOPLE_ADDRESSED",
    "PUBLIC_THREAT",
    "REPEAT_CONTACT",
    "SENIOR",
    "SENIOR_WORDS",
    "TRIGGERS",
    "USE_AGAIN",
    "VENUE",
    "WEEKDAY",
    "WHEN",
    "find_triggers",
]

# Rules run in the order listed: of two matches of a trigger at one place, the rule listed first
# gives the span.
MANAGER = RuleSet(MANAGER_REQUEST)
# Everything but the manager request, which `find_asks` shares through `MANAGER`.
OTHER_TRIGGERS = RuleSet(
    (*CHURN_THREAT, *LEGAL_THREAT, *PUBLIC_THREAT, *REPEAT_CONTACT, *HARD_DEADLINE, *ABUSE)
)
TRIGGERS = ("manager_request", *OTHER_TRIGGERS.names)


def find_triggers(doc: Document) -> tuple[Evidence, ...]:
    """Escalation triggers in the client's own words, one `Evidence` per trigger, in text order.

    >>> from calmdesk.text import normalise
    >>> [t.span.text for t in find_triggers(normalise("I'll never order from you again."))]
    ['never order from you again']
    """
    return tuple(
        sorted(
            (*find_named(doc, MANAGER), *find_named(doc, OTHER_TRIGGERS)),
            key=lambda evidence: (evidence.span.start, evidence.span.end),
        )
    )
