"""What every family of asks shares: the words before an ask that turn it down (`_DECLINED`),
what a request or a question looks like (`REQUEST`), and `_ask`, which builds an ask's rule.
"""

from __future__ import annotations

import re

from calmdesk.reading.phrases import PhraseRule, Q

# Words before an ask that turn it down: "I don't want a refund", "no need to call".
_DECLINED = re.compile(
    r"\b(?:no\s+need\s+(?:to|for)|don[’']?t\s+(?:need|want)|do\s+not\s+(?:need|want)|not\s+"
    r"(?:asking|looking|after|interested)|never\s+asked|didn[’']?t\s+ask|no\s+longer\s+need|"
    r"appreciate|(?<!n[’']t\s)(?<!not\s)(?<!never\s)"
    r"(?:got|received)\s+(?:my|the|a|your)|already\s+(?:got|received|had|issued|been)|"
    r"(?:was|been)\s+given|without)\s+(?:\w+\s+){0,3}$"
    # Reported as done: "I was refunded", "it has been replaced", "at least they gave you a
    # refund".
    r"|\b(?:was|were|been|being)\s+$"
    r"|\b(?:gave|issued)\s+(?:me|us|u|you|him|her|them)\s+(?:\w+\s+){0,2}$"
    # "I wasn't asking for a full refund, just a credit".
    r"|n[’']?t\s+(?:asking|looking)\s+(?:for\s+)?(?:\w+\s+){0,2}$"
    # Rhetorical: "why bother asking for a refund?"
    r"|\bwhy\s+(?:even\s+)?bother\s+(?:\w+\s+){0,4}$"
    # Received, with the ask starting at "my": "got my refund today".
    r"|\b(?<!n[’']t\s)(?<!not\s)(?<!never\s)(?:got|received)\s+$"
    # Gratitude for what already happened: "thanks to Sam for getting me an earlier flight".
    r"|\bthank(?:s|\s+you)?\s+(?:to|for)\b[^.!?]*$",
    re.I,
)
# A request or a question: "please", "can you", "I want", "need", "?" later in the clause.
REQUEST = (
    rf"(?:please|pls|plz|kindly|can|could|would|will|may|i\s+want|we\s+want|"
    rf"i\s+need|we\s+need|need|want|wanted|demand|expect|request|requesting|would\s+like|"
    rf"{Q}d\s+like|"
    rf"like|deserve|owed|entitled\s+to|where{Q}s|where\s+is|still\s+(?:no|waiting\s+(?:for|on))|"
    rf"how\s+(?:do|can|about)|waiting\s+(?:for|on)|get|give|issue|send|process|any|no|is\s+there|"
    rf"are\s+there|do\s+you\s+(?:have|offer|do)|offer|offered|getting)"
)


def _ask(
    name: str,
    starts: str,
    pattern: str,
    anchors: str = "",
    unless_before: re.Pattern[str] | None = _DECLINED,
    *,
    unless_after: re.Pattern[str] | None = None,
    requires_before: re.Pattern[str] | None = None,
) -> PhraseRule:
    return PhraseRule.at(
        name,
        starts,
        pattern,
        anchors,
        unless_before=unless_before,
        unless_after=unless_after,
        requires_before=requires_before,
    )
