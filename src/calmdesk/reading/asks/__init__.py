"""What the client asks for: money back, a new item, speed, news, a call, a reason, a fix...

An ask can be a demand ("send a new one"), a question ("where is my parcel?") or a complaint that
something owed has not come ("still no refund"). A rhetorical question that wants nothing ("why do
you even exist?") is not an ask, and neither is a near miss such as "thanks for the update" or
"no need to call me". `manager` goes with the `manager_request` trigger and uses its pattern.

>>> from calmdesk.text import normalise
>>> [a.name for a in find_asks(normalise("Where is my parcel? I want my money back."))]
['update', 'refund']
"""

from __future__ import annotations

import re

from calmdesk.reading.asks.call import CALL
from calmdesk.reading.asks.cancel import CANCEL, cancelling_on_condition
from calmdesk.reading.asks.common import REQUEST
from calmdesk.reading.asks.delivery import DEADLINE_AT_RISK, EXPEDITE, REPLACEMENT
from calmdesk.reading.asks.explanation import EXPLANATION
from calmdesk.reading.asks.fix import FIX
from calmdesk.reading.asks.money import COMPENSATION, REFUND
from calmdesk.reading.asks.update import UPDATE
from calmdesk.reading.phrases import RuleSet, evidence_of, prepare
from calmdesk.reading.triggers import MANAGER, OTHER_TRIGGERS
from calmdesk.reading.values import Evidence
from calmdesk.text import Document

__all__ = [
    "ASKS",
    "ASK_NAMES",
    "CALL",
    "CANCEL",
    "COMPENSATION",
    "EXPEDITE",
    "EXPLANATION",
    "FIX",
    "REFUND",
    "REPLACEMENT",
    "REQUEST",
    "UPDATE",
    "find_asks",
]

# Rules run in the order listed: of two matches of an ask at one place, the rule listed first
# gives the span.
ASKS = RuleSet(
    (*REFUND, *REPLACEMENT, *EXPEDITE, *UPDATE, *CANCEL, *CALL, *EXPLANATION, *COMPENSATION, *FIX)
)
# Every ask's name: `manager` comes from the `manager_request` trigger's rules.
ASK_NAMES = (*ASKS.names, "manager")

# A bare plea for help ("please help!", "can you help me?").
_PLEA = re.compile(r"\bhelp\b", re.I)
# Asking whom to contact ("who can I contact?", "how do I reach you?"): the help wanted is a way
# to get in touch, which a reply that hands the client on answers; it is not a fix. Runs on the
# lower-cased text, and only when a fix was found.
_CONTACT_QUESTION = re.compile(
    r"\b(?:who|whom|how|where)\s+(?:(?:can|could|do|does|should|would|shall)\s+(?:i|we|one)\s+|"
    r"to\s+)(?:contact|reach|call|phone|ring|email|e-mail|message|write\s+to|complain\s+to|"
    r"(?:speak|talk)\s+(?:to|with)|get\s+(?:in\s+touch|hold\s+of|through\s+to))\b"
)
_CONTACT_QUESTION_WORDS = frozenset(("who", "whom", "how", "where"))
# A senior person threatened as the price of a condition ("if this isn't sorted by Thursday I'll
# escalate to your CEO") is a trigger to handle, not someone the client asks to speak to.
# ("If it isn't here by Friday I want to talk to a manager" still asks for one.)
_CONDITION_BEFORE = re.compile(
    r"\b(?:if|unless|otherwise|or\s+else|or(?=\s+(?:i|we)\b))\b[^.!?]*\b(?:i|we)(?:['’]ll|\s+will|"
    r"\s+shall|\s+am\s+going\s+to|['’]m\s+going\s+to|\s+are\s+going\s+to|['’]re\s+going\s+to)"
    r"\s+(?:\w+\s+){0,3}\Z"
)


def find_asks(doc: Document) -> tuple[Evidence, ...]:
    """What the client wants, one `Evidence` per ask, in text order.

    A plea for help from someone who names a deadline that a delay puts at risk ("we're still
    delayed and my connection leaves in an hour, please help") asks for speed, so it counts as
    `expedite` rather than a generic `fix`. Help sought alongside a question about whom to contact
    ("the app won't load, who should I speak to?") asks for the way in, not a fix.

    >>> from calmdesk.text import normalise
    >>> [a.span.text for a in find_asks(normalise("Can someone call me back today?"))]
    ['Can someone call']
    """
    prepared = prepare(doc)
    found = dict(ASKS.find(prepared))
    manager = MANAGER.find(prepared).get("manager_request")
    if manager is not None and not _threatened(prepared.lower, manager[0]):
        found["manager"] = manager
    cancel = found.get("cancel")
    if cancel is not None and cancelling_on_condition(prepared.lower, cancel[0]):
        del found["cancel"]
    fix = found.get("fix")
    if (
        fix is not None
        and not _CONTACT_QUESTION_WORDS.isdisjoint(prepared.words)
        and _CONTACT_QUESTION.search(prepared.lower)
    ):
        del found["fix"]
        fix = None
    if (
        fix is not None
        and "expedite" not in found
        and _PLEA.search(prepared.lower, *fix)
        and "hard_deadline" in OTHER_TRIGGERS.find(prepared)
        and DEADLINE_AT_RISK.search(prepared.lower)
    ):
        found["expedite"] = found.pop("fix")
    return evidence_of(doc, found)


def _threatened(lower: str, start: int) -> bool:
    """Whether the words at `start` follow a condition in their sentence."""
    return _CONDITION_BEFORE.search(lower, max(0, start - 200), start) is not None
