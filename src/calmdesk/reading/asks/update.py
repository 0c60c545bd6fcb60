"""The `update` ask: news of where something is or when it will come ("where is my parcel?",
"any news?", "keep me posted"), but not thanks for news already given.

>>> from calmdesk.reading.asks import find_asks
>>> from calmdesk.text import normalise
>>> [a.span.text for a in find_asks(normalise("Where is my parcel? Any news?"))]
['Where is my parcel?']
>>> find_asks(normalise("Thanks for the update."))
()
"""

from __future__ import annotations

import re

from calmdesk.reading.asks.common import _ask
from calmdesk.reading.phrases import PhraseRule, Q

_THANKED_FOR = re.compile(
    r"\b(?:thanks?\s+(?:you\s+)?for|thank\s+you\s+for|appreciate|no\s+need\s+(?:to|for)|"
    r"don[’']?t\s+need)\s+(?:\w+\s+){0,3}$",
    re.I,
)


def _update(starts: str, pattern: str, anchors: str = "") -> PhraseRule:
    return _ask("update", starts, pattern, anchors, _THANKED_FOR)


UPDATE: tuple[PhraseRule, ...] = (
    _update(
        "any some an no",
        r"""\b(?:any|some|an|no)\s+(?:news|updates?|update\s+on|word|eta|info|information|
          idea\s+(?:when|where|how\s+long))\b(?!\s+(?:needed|necessary))""",
        "news update updates word eta info information idea",
    ),
    # "an update on where it is", "a clear update as to when it will come"
    _update(
        "update updates",
        rf"""\bupdates?\s+(?:on|about|regarding|as\s+to)\s+(?:where|when|whether|how\s+long|
          what{Q}?s\s+happening|the\s+status)\b""",
    ),
    _update("update", r"\bupdate\s+(?:me|us)\b"),
    _update(
        "keep kept",
        r"\b(?:keep|kept)\s+(?:me|us)\s+(?:posted|updated|informed|in\s+the\s+loop)",
    ),
    _update("status eta", r"\b(?:status|eta)\s+(?:of|on|update|for)\b"),
    _update(
        "what what's whats",
        rf"""\b(?:what{Q}?s\s+the|what\s+is\s+the)\s+(?:status|eta|latest|hold\s*-?up|delay)\b""",
        "status eta latest hold holdup delay",
    ),
    _update(
        "where where's wheres",
        rf"""\bwhere\s+(?:is|are|{Q}s)\s+(?:my|our|the|your|it|they)\b(?:\s+(?:\w+)){{0,3}}?\s*\?
        |\bwhere{Q}?s\s+(?:my|our|the)\s+\w+
        |\bwhere\s+(?:is|are)\s+(?:my|our)\s+\w+""",
    ),
    _update(
        "when",
        rf"""\bwhen\s+(?:will|can|do|does|is|are|should|would|{Q}ll)\s+(?:i|we|it|they|my|our|the|
          you|this|that|he|she)\b(?:\s+\w+){{0,5}}?\s+(?:get|receive|arrive|come|be|leave|depart|
            take\s+off|board|ship|hear|expect|see|land|go|reopen|return|open|start|happen|back)""",
    ),
    _update(
        "when",
        rf"\bwhen\s+(?:i|we)(?:{Q}ll|\s+will)\s+(?:get|be|receive|hear|leave)",
    ),
    # "can you tell me where my parcel is", "no idea where our order has got to"
    _update(
        "where",
        r"""\bwhere\s+(?:my|our|the)\s+(?:\w+\s+)?(?:order|orders|parcel|parcels|package|packages|
          delivery|shipment|refund|item|items|bag|bags|luggage|money|replacement|goods|box|boxes|
          letter|card|payment|claim|engineer|driver|technician|courier)\s+(?:is|are|has\s+got
          (?:ten)?\s+to|went|ended\s+up|stands)\b""",
    ),
    _update(
        "how",
        r"""\bhow\s+(?:much\s+)?long(?:er)?\s+(?:will|until|till|before|do|does|is|are|must|should|
          have)\b""",
        "long longer",
    ),
    _update("what which", r"\b(?:what|which)\s+(?:are|is)\s+(?:my|our|the)\s+options\b", "options"),
    _update(
        "let",
        rf"""\blet\s+(?:me|us)\s+know\s+(?:when|where|the\s+status|what{Q}?s\s+(?:happening|
          going\s+on)|what\s+is\s+(?:happening|going\s+on)|how\s+long)""",
        "know",
    ),
    # "tell me when my bags will be here" (not "tell me where I can buy water")
    _update(
        "tell",
        rf"""\btell\s+(?:me|us)\s+(?:(?:when|where|how\s+long)\s+(?:(?:my|our|the|it|they|this|that)\b
          (?:\s+[\w'’]+){{0,4}}?\s+(?:is|are|was|were|has|have|will|can|should|went|got)\b
          (?:\s+(?:be|arrive|get|come|ship|land|here|there|back)\b){{0,2}}
          |(?:i|we)\s+(?:will|can|{Q}ll)\s+(?:get|receive|expect|have)\b)|the\s+status|
          what{Q}?s\s+(?:happening|going\s+on)|what\s+is\s+(?:happening|going\s+on))""",
        "me us",
    ),
    # "could you let me know whether it has shipped", "tell me if the parcel is on its way"
    _update(
        "let tell",
        r"""\b(?:let\s+(?:me|us)\s+know|tell\s+(?:me|us))\s+(?:whether|if)\s+(?:my|our|the|it|
          they|this|that)\b(?:\s+[\w'’]+){0,4}?\s+(?:shipped|dispatched|been\s+sent|left|
            arrived|arriving|delivered|on\s+(?:its|their)\s+way|in\s+transit|going\s+to\s+
              (?:arrive|ship|make\s+it)|(?:will|can|is\s+going\s+to)\s+(?:arrive|ship|be\s+
                (?:here|delivered|shipped|ready))|ready)\b""",
        "know me us",
    ),
    _update(
        "no any",
        r"\b(?:no|any)\s+(?:clue|idea|info)\s+(?:on\s+)?(?:when|where|how\s+long)",
        "clue idea info",
    ),
    _update(
        "tracking track",
        r"""\b(?:tracking|track)\s+(?:number|info|information|details|link|it|my|our)\b
        (?=[^.!?]{0,60}\?|\s+(?:please|pls))""",
    ),
    _update(
        "what",
        r"""\bwhat\s+happened(?=\s+(?:to|with)\s+(?:my|our|the)\s+(?:order|package|parcel|bag|
          luggage|refund|delivery|claim|request|application|ticket))""",
        "happened",
    ),
    _update("what", r"\bwhat\s+happened\b(?=\W+still\b)", "happened"),
    _update(
        "still",
        r"""\bstill\s+waiting\s+(?:for|on)\s+(?:a|an|the|any|my|your)?\s*(?:reply|response|answer|
          update|news|word|call\s*back|information|info)""",
        "waiting",
    ),
    _update("update updated", r"\bupdated?\s+(?:that|the|us|me|your)\b(?=[^.!?]{0,60}\?)"),
)
