"""The `explanation` ask: a reason wanted ("why was I charged twice?", "how come"), but not a
rhetorical question ("why bother") nor a reason already understood or given.

>>> from calmdesk.reading.asks import find_asks
>>> from calmdesk.text import normalise
>>> [a.name for a in find_asks(normalise("Why was I charged twice?"))]
['explanation']
"""

from __future__ import annotations

import re

from calmdesk.reading.asks.common import _ask
from calmdesk.reading.phrases import PhraseRule, Q

_NOT_ASKING_WHY = re.compile(
    rf"\b(?:that|this|which|exactly|is|reason|the\s+reason|wonder|no\s+idea|that{Q}s|thats|"
    r"know)\s+$"
    # Understood already: "I get why people like you", "now I see why"; but "I don't
    # understand why" and "can't see why" still ask.
    r"|\b(?<!n[’']t\s)(?<!nt\s)(?<!not\s)(?<!help\sme\s)(?<!help\sus\s)"
    r"(?:understand|see|get|got)\s+$"
    # Thanks for an explanation already given: "thanks for explaining why it was late", "thx for
    # the explanation".
    r"|\b(?:thank(?:s|\s+you)?|thx|thnx|thanx|tx|ty)(?:\s+(?:so\s+much|a\s+lot|again))?\s+for\b"
    r"[^.!?]*$"
    # Remembered or reminded: "now I recall why we moved our account", "reminds me why we left".
    r"|\b(?:remember|remembered|recall|recalled|realise|realize|realised|realized|remind(?:s|ed)?"
    r"(?:\s+(?:me|us))?|reminding(?:\s+(?:me|us))?)\s+(?:now\s+|again\s+|exactly\s+)?$",
    re.I,
)
# "Why not!" and "why I'm leaving" (a statement) want nothing; "can't think why they bother" sneers
# at an effort and asks nothing.
_WHY_STATEMENT = re.compile(
    rf"\s*(?:not\s*[!.]|i\s+(?:am|{Q}m)\s+(?:leaving|done|switching)|(?:they|you|u|we|i|anyone)\s+"
    rf"(?:even\s+)?bother\b)",
    re.I,
)


def _explanation(starts: str, pattern: str, anchors: str = "") -> PhraseRule:
    return _ask(
        "explanation", starts, pattern, anchors, _NOT_ASKING_WHY, unless_after=_WHY_STATEMENT
    )


EXPLANATION: tuple[PhraseRule, ...] = (
    _explanation(
        "why",
        rf"""\bwhy\b(?!\s+(?:bother|even|would\s+anyone|do\s+you\s+even|does\s+it\s+even|
            don{Q}?t\s+you|not\s+just|not\s+\w+\s+(?:a|the)))""",
    ),
    _explanation("how", r"\bhow\s+come\b", "come"),
    _explanation(
        "what what's whats",
        rf"""\bwhat\s+(?:gives|happened|went\s+wrong|is\s+wrong|{Q}s\s+wrong|the\s+(?:heck|hell|
          h\w+)\s+happened)\b
        | \bwhat{Q}?s\s+(?:wrong(?!\s+with\s+(?:you|u|ya|y{Q}?all)\b(?!r))|the\s+(?:deal|reason|
          excuse|problem|issue|hold\s*-?up|story))\b
        | \bwhat\s+is\s+the\s+(?:deal|reason|excuse|problem|issue|hold\s*-?up|story)\b
        | \bwhat\s+(?:is|{Q}s)\s+going\s+on\b""",
    ),
    _explanation(
        "explain explanation justify justification",
        r"\b(?:explain|explanation|justify|justification)\b",
    ),
    _explanation(
        "want need like deserve wish",
        r"""\b(?:want|need|like|deserve|wish)\s+to\s+(?:know|understand|find\s+out)
        \s+(?:exactly\s+|precisely\s+)?(?:why|what|how)""",
        "know understand find",
    ),
    _explanation(
        "tell told know say said telling ask asking",
        # "I know why" and "we know why" state a reason found; "I don't know why" still asks.
        r"""\b(?:tell|told|(?<!\bi\s)(?<!\bwe\s)know|say|said|telling|ask|asking)\s+
          (?:me|us|anyone)?\s*why\b""",
        "why",
    ),
    _explanation(
        "can could",
        r"""\b(?:can|could)\s+(?:you|someone|anyone)\s+(?:please\s+)?(?:tell|let)\s+(?:me|
          us)\s+(?:why|what\s+happened|how\s+this)""",
        "tell let",
    ),
    _explanation("is", r"\bis\s+it\s+(?:you|me|my|your)\s+(?:or|fault)", "or fault"),
    # A cause asked after: "what caused the outage on Tuesday?", "please advise what led to the
    # data loss" (not "we found what caused it").
    _explanation(
        "what",
        rf"""\bwhat\s+(?:caused|led\s+to|triggered|(?:is|{Q}s)\s+causing)\b
          (?=[^.!?\n]{{0,80}}\?)""",
        "caused led triggered causing",
    ),
    _explanation(
        "advise explain clarify confirm tell",
        r"""\b(?:advise|explain|clarify|confirm|tell\s+(?:me|us))\s+(?:(?:me|us)\s+)?(?:exactly\s+)?
          what\s+(?:caused|led\s+to|triggered|went\s+wrong)\b""",
        "what",
    ),
    # A business client's written account of what went wrong: "I need a root cause by end of
    # day", "please send an incident report and RCA", "we expect a post-mortem" (not "the root
    # cause was the update", which gives one).
    _ask(
        "explanation",
        "root rca incident post-mortem postmortem post",
        r"""\b(?:root[ -]cause(?:\s+analysis)?|rca|incident\s+report|post[ -]?mortem|
          post[ -]incident\s+(?:report|review))\b""",
        "",
        _NOT_ASKING_WHY,
        requires_before=re.compile(
            rf"""\b(?:need|want|expect|expecting|demand|request|requesting|require|send|share|
            provide|get|see|like|please|pls|(?:i|we){Q}d\s+like|where{Q}s|where\s+is|when\s+will|
            still\s+(?:waiting\s+(?:for|on)|no))\s+(?:(?:me|us)\s+)?(?:a|an|the|your|some|full|
            proper|written|detailed|formal|\s)*\Z""",
            re.X,
        ),
    ),
)
