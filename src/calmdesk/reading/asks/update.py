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


# News already had: "we know how long it takes", "you told us when it would arrive" (but "we need
# to know how long" and "do you know when" still ask).
_KNOWN_ALREADY = re.compile(
    _THANKED_FOR.pattern
    + r"|\b(?:(?:i|we|they)\s+(?:already\s+|all\s+)?(?:know|knew|understand)|told\s+(?:me|us)|"
    r"explained|said)\s+(?:exactly\s+)?$",
    re.I,
)
# A business lead-in that asks for news: "please advise", "can you confirm".
_ADVISE = r"(?:advise|inform|confirm|clarify)"
# What a date or a timeline is wanted for: "the new delivery date", "an installation time".
_EVENT = r"""(?:delivery|arrival|dispatch|shipping|installation|install|completion|repair|return|
  collection|pick-?up|visit|go-?live|launch|restoration|resolution|fix|start)"""


def _update(
    starts: str,
    pattern: str,
    anchors: str = "",
    *,
    unless_after: re.Pattern[str] | None = None,
    requires_before: re.Pattern[str] | None = None,
) -> PhraseRule:
    return _ask(
        "update",
        starts,
        pattern,
        anchors,
        _THANKED_FOR,
        unless_after=unless_after,
        requires_before=requires_before,
    )


def _update_unless_known(starts: str, pattern: str, anchors: str = "") -> PhraseRule:
    return _ask("update", starts, pattern, anchors, _KNOWN_ALREADY)


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
    # "keep me posted", "keep the whole team updated" (not "we'll keep you posted")
    _update(
        "keep kept",
        r"""\b(?:keep|kept)\s+(?:me|us|everyone|everybody|all\s+of\s+us|(?:the|our|my)\s+
          (?:\w+\s+){0,2}?(?:team|office|staff|clients?|customers?|managers?|department|board|
            directors?|people))\s+(?:posted|updated|informed|in\s+the\s+loop)""",
    ),
    # "status of flight 12?", "ETA on the fix" (not "the ETA on the website says Monday", which
    # reports what a page shows)
    _update(
        "status eta",
        r"\b(?:status|eta)\s+(?:of|on|update|for)\b",
        unless_after=re.compile(
            r"(?:\s+[\w#'’-]+){1,5}?\s+(?:says|said|shows|showed|reads|states|stated|changed)\b"
        ),
    ),
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
    # "how long the claim process takes", "how long it'll take to restore" (not "how long did it
    # take", nor "we know how long it takes")
    _update_unless_known(
        "how",
        r"""\bhow\s+long\s+(?!did\b|it\s+took\b)(?:[\w'’-]+\s+){1,5}?(?:takes|take)\b""",
        "long",
    ),
    # "when the portal will be back up", "when it'll arrive": asked in so many words ("tell me",
    # "I need to know") with the verb after its subject.
    _update_unless_known(
        "when",
        rf"""\bwhen\s+(?:my|our|the|your|it|this|that|they|these|those)\b(?:\s+[\w'’-]+){{0,4}}?
          (?:\s+(?:will|is\s+going\s+to|are\s+going\s+to|is\s+due\s+to|are\s+due\s+to)|{Q}ll)
          \s+(?:be|get|arrive|come|ship|reopen|return|resume|restart|start|finish|land|open|
            go\s+live)\b""",
    ),
    # "where do we stand?", "let us know where things stand", "please advise where this stands"
    _update("where", r"\bwhere\s+(?:do|does)\s+(?:we|i|things|this|it|matters)\s+stand\b", "stand"),
    _update_unless_known(
        "where",
        r"\bwhere\s+(?:we|i|things|this|it|matters|(?:the|our|my)\s+\w+)\s+stands?\b",
        "stand stands",
    ),
    # "what are the next steps?", "please advise on next steps", "what happens next with our
    # claim?" (not "here are the next steps we agreed", nor "we'll see what happens next")
    _update(
        "what",
        rf"""\bwhat\s+(?:are|{Q}re|is|{Q}s|will\s+be|would\s+be)\s+(?:the|our|my)\s+next\s+
          steps?\b
        |\bwhat\s+(?:happens|will\s+happen|comes)\s+next\b(?=[^.!?\n]{{0,60}}\?)""",
        "next",
    ),
    _update(
        "advise inform confirm clarify",
        rf"""\b{_ADVISE}\s+(?:(?:me|us)\s+)?(?:on\s+|of\s+|about\s+|as\s+to\s+)?(?:the\s+)?
          (?:next\s+steps?|what\s+happens\s+next|progress|timeline|timescales?|timeframe|eta|when\b
          |how\s+long\b(?!\s+(?:was|were|did|had)\b)
          |where\s+(?:we|things|this|it|matters|(?:the|our|my)\s+\w+)\s+stands?)""",
    ),
    # "can you confirm the new delivery date?", "please confirm the installation time" (not
    # "confirm the delivery address", nor "I can confirm the date")
    _update(
        "confirm",
        rf"""\bconfirm\s+(?:(?:the|a|an|our|my|your)\s+)?(?:(?:new|revised|updated|expected|
          estimated|rescheduled|exact|actual|firm)\s+(?:{_EVENT}\s+)?|{_EVENT}\s+)(?:date|time|eta|
            timeline|timescales?|timeframe)s?\b""",
    ),
    # "we need a timeline for the repair", "send us an ETA", "give the timeline by which the
    # cashback comes" (not "a timeline of events is attached")
    _update(
        "timeline timelines timescale timescales timeframe timeframes time eta date progress",
        rf"""\b(?:timelines?|timescales?|timeframes?|time\s*frames?|eta
          |(?:estimated|expected)\s+time
          |(?:completion|resolution|delivery|restoration)\s+(?:date|time)
          |progress\s+reports?
          |date(?=\s+(?:yet|for\s+(?:the\s+|our\s+)?(?:[\w-]+\s+)?{_EVENT})\b))\b""",
        unless_after=re.compile(r"\s+(?:of\s+(?:events|what)|to\s+be|is|was)\b"),
        requires_before=re.compile(
            rf"""\b(?:need|want|expect|expecting|demand|request|requesting|require|send|share|
            provide|give|get|please|pls|(?:i|we){Q}d\s+like|like|{_ADVISE}|waiting\s+(?:for|on)|
            is\s+there|do\s+you\s+have|have\s+you\s+got)
            \s+(?:(?:me|us|over)\s+)?(?:(?:a|an|the|your|some|clear|firm|realistic|proper|rough|
            written|revised|new|updated)\s+)*\Z""",
            re.X,
        ),
    ),
    _update("what which", r"\b(?:what|which)\s+(?:are|is)\s+(?:my|our|the)\s+options\b", "options"),
    _update(
        "let",
        rf"""\blet\s+(?:me|us)\s+know\s+(?:when|where|the\s+status|what{Q}?s\s+(?:happening|
          going\s+on)|what\s+is\s+(?:happening|going\s+on)|how\s+long|(?:the|our)\s+next\s+steps?
          |what\s+happens\s+next)""",
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
    # "we are awaiting your update", "still awaiting news on the claim" (a reply awaited may only
    # close a letter)
    _update(
        "awaiting",
        r"""\bawaiting\s+(?:a|an|the|any|your|some)?\s*(?:update|news|word|progress\s+report|
          status\s+report)""",
    ),
)
