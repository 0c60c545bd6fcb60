"""The `cancel` ask: ending an order, a booking or a service ("cancel it", "I want to close my
account"), but not the client's own cancelling as the price of a condition, which is a threat.

>>> from calmdesk.reading.asks import find_asks
>>> from calmdesk.text import normalise
>>> [a.span.text for a in find_asks(normalise("Cancel it, I've bought one elsewhere."))]
['Cancel it']
"""

from __future__ import annotations

import re

from calmdesk.reading.asks.common import _DECLINED, _ask
from calmdesk.reading.phrases import PhraseRule

# Words before an order in its clause, other than a softener ("just", "please", "so", "then").
_NOT_A_BARE_ORDER = re.compile(
    r"[^\W_](?<!\bjust)(?<!\bplease)(?<!\bso)(?<!\bthen)(?<!\botherwise)(?<!\bor)(?<!\belse)\s*$"
)

# The client's own cancelling as the price of a condition is a threat, not a request: "if it
# isn't fixed today we will cancel", "fix it or we cancel the contract" (a churn trigger).
# "If it hasn't shipped, cancel the order" is a request: a bare "cancel" needs "I" or "we".
_CONDITION = r"(?:\b(?:if|unless)\b[^.!?]*?|\b(?:or|otherwise|else)\s+)"
_SUBJECT = (
    r"\b(?:i|we)(?:\s+are|['’]re|\s+am|['’]m|\s+will|['’]ll|\s+shall)?\s+"
    r"(?:going\s+to\s+|gonna\s+)?"
)
_THREATENED = re.compile(rf"{_DECLINED.pattern}|{_CONDITION}(?:{_SUBJECT})?$", re.I)
_THREATENED_BARE = re.compile(rf"{_DECLINED.pattern}|{_CONDITION}{_SUBJECT}$", re.I)
# ... also as the second half of a threat made on a condition, however far back the condition
# stands: "if it isn't back by Friday we'll dispute the charge and cancel the subscription". The
# client must say what they will do ("we'll", "I'm going to"): "if possible I want you to refund
# and cancel the order" asks for both.
_THREAT_THEN_AND = re.compile(
    rf"{_CONDITION}\b(?:i|we)(?:['’]ll|\s+will|\s+shall|['’]re\s+going\s+to|\s+are\s+going\s+to|"
    r"['’]m\s+going\s+to|\s+am\s+going\s+to)\s+[^.!?]*?\band\s+(?:then\s+|also\s+)?\Z",
    re.I,
)
# How far back the condition of such a threat may stand (characters).
_THREAT_REACH = 200


def cancelling_on_condition(lower: str, start: int) -> bool:
    """Whether the cancelling at `start` is the second half of a threat made on a condition.

    >>> text = "if it isn't back by friday we'll dispute the charge and cancel the plan"
    >>> cancelling_on_condition(text, text.index("cancel"))
    True
    """
    return _THREAT_THEN_AND.search(lower, max(0, start - _THREAT_REACH), start) is not None


# What may follow the lead-in of a cancel ask: the cancelling itself, or ending a service.
_CANCELLING = r"""\s+(?:\w+\s+)?(?:
              (?:cancel|cancell?ing)\b(?:\s+(?:my|our|the|this|it|that|your)\b
                (?:\s+(?:\w+\s+)?(?:order|booking|reservation|subscription|account|membership|
                  service|contract|plan|policy|ticket|flight)s?\b)?)?
            | (?:close|closing|terminate|terminating|end|ending|stop|stopping|discontinue|
              discontinuing)
              \s+(?:my|our|the|this)\s+(?:\w+\s+)?(?:account|subscription|sub|membership|service|
                contract|plan|policy|direct\s+debit|payments?|renewal|auto[ -]?renewal|order|
                  booking|reservation)\b
          )"""
_CANCEL_ENDS = (
    "cancel canceling cancelling close closing terminate terminating end ending stop "
    "stopping discontinue discontinuing"
)

CANCEL: tuple[PhraseRule, ...] = (
    _ask(
        "cancel",
        "how can could please pls plz want wanna need like is wish trying tried asked just",
        r"""\b(?:how\s+(?:do|can|would|should)\s+(?:i|we)|can\s+(?:i|we|you)|could\s+(?:i|we|you)|
            please|pls|plz|want\s+(?:to|you\s+to)|wanna|need\s+(?:to|you\s+to)|like\s+to|
              is\s+to|wish\s+to|trying\s+to|tried\s+to|asked\s+(?:you\s+)?to|just)"""
        + _CANCELLING,
        _CANCEL_ENDS,
    ),
    # "I'm cancelling the order", but not as the price of a condition ("send an engineer
    # tomorrow or I'm cancelling the whole contract" is a churn threat).
    _ask("cancel", "am i'm im", r"\b(?:am|i'm|im)" + _CANCELLING, _CANCEL_ENDS, _THREATENED),
    # "we will cancel", "I'm going to cancel": an intention, unless a condition makes it a threat.
    _ask(
        "cancel",
        "going gonna will i'll we'll you'll",
        r"\b(?:going\s+to|gonna|will|(?:i|we|you)'ll)" + _CANCELLING,
        _CANCEL_ENDS,
        _THREATENED,
    ),
    _ask(
        "cancel",
        "cancel",
        r"""\bcancel\s+(?:my|our|the|this)\s+(?:\w+\s+)?(?:order|booking|reservation|subscription|
          account|membership|service|contract|plan|ticket|flight)(?:\s+\#?[a-z0-9-]*\d[a-z0-9-]*)?
          \s*(?:please|pls|now|immediately|
            asap|today|!|\.|$)""",
        "",
        _THREATENED_BARE,
    ),
    # A bare order opening its clause: "Cancel it, I've bought one elsewhere." ("I had to cancel
    # it" reports what they did; the words before it rule it out.)
    _ask(
        "cancel",
        "cancel",
        r"""\bcancel\s+(?:it|them|that|this|everything|the\s+lot|the\s+whole\s+(?:thing|order))
          (?=\s*(?:please|pls|now|immediately|today|right\s+now|asap)?\s*(?:[,.!;]|$|and\s))""",
        unless_before=_NOT_A_BARE_ORDER,
    ),
    _ask(
        "cancel",
        "unsubscribe",
        r"\bunsubscribe\s+me|\bunsubscribe\b(?=[^.]{0,60}(?:please|pls|\?|!))",
    ),
    _ask(
        "cancel",
        "cancel cancellation refund",
        r"\b(?:cancel(?:lation)?|refund)\s+(?:and|&)\s+(?:refund|cancel)",
    ),
    _ask(
        "cancel",
        "want need like",
        r"\b(?:want|need|like)\s+(?:a|to\s+request\s+a)\s+cancellation",
        "cancellation",
    ),
)
