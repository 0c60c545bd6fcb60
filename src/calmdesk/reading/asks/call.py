"""The `call` ask: a call, a call back or a person to speak to, but not "no need to call me" nor
someone else's promise to call. (`manager` comes from the `manager_request` trigger's rules.)

>>> from calmdesk.reading.asks import find_asks
>>> from calmdesk.text import normalise
>>> [a.span.text for a in find_asks(normalise("Can someone call me back today?"))]
['Can someone call']
>>> find_asks(normalise("No need to call me."))
()
"""

from __future__ import annotations

import re

from calmdesk.reading.asks.common import _ask
from calmdesk.reading.phrases import PhraseRule, Q
from calmdesk.reading.triggers.common import CALL_ASKED_BEFORE

_NOT_CALLING = re.compile(
    r"\b(?:no\s+need\s+to|don[’']?t|do\s+not|never|please\s+don[’']?t|stop)\s+(?:\w+\s+){0,2}$"
    r"|\b(?:got|get|told\s+(?:me\s+|us\s+)?(?:not\s+)?|asked\s+(?:me\s+|us\s+)?)to\s+$"
    # A call that came, asked about: "why did they phone me at dawn?"
    r"|\b(?:did|had)\s+(?:you|u|they|he|she|someone|somebody)\s+$"
    # Told to call back by a machine or an agent, or a call that came late: "the line tells me to
    # call back later", "it took them six hours to call me back", "got a call back at midnight".
    r"|\b(?:tells?|telling|says?|saying|said)\s+(?:me\s+|us\s+|you\s+)?to\s+$"
    r"|\btook\s+(?:\w+\s+){1,4}?to\s+$"
    r"|\b(?<!not\s)(?<!n't\s)(?<!never\s)(?:got|received|had|answered)\s+"
    r"(?:a\s+|the\s+|my\s+|their\s+|\d+\s+|two\s+)?$"
    r"|\b(?:so|(?:was|i|he|she|they|you)\s+(?:\w+\s+)?(?:was|got|been|were))\s+$"
    # Someone else's promise or condition, reported: "they'd call me", "unless he could call me".
    r"|\b(?:they|he|she)(?:['’]d|\s+(?:would|could|will|might|should|said\s+(?:they|he|she)\s+"
    r"would))\s+$"
    # A call promised or offered, reported: "I was promised a call back that never came", "they
    # promised me a callback" (the broken promise is a repeat contact, not an ask).
    r"|\b(?:was|were|been|got|they|he|she|you|u|agent|rep|someone)\s+(?:\w+\s+)?"
    r"(?:promised|offered|guaranteed|assured)\s+(?:me\s+|us\s+)?(?:a\s+|an\s+|the\s+)?$"
    # A promise passed on: "I was told someone would call me back", "they promised a manager will".
    r"|\b(?:told|said|promised|assured|informed)\s+(?:me\s+|us\s+)?(?:that\s+)?(?:some(?:one|body)|"
    r"an?\s+\w+|the\s+\w+|you|they|he|she|it)(?:['’]d|\s+(?:would|will|was\s+going\s+to|"
    r"were\s+going\s+to))\s+$",
    re.I,
)


_CLIENT_CALLING_BACK = re.compile(
    _NOT_CALLING.pattern
    + r"|\b(?:i|we|i['’]ve|we['’]ve|i['’]m|we['’]re|im)\s+(?:(?!you\b|u\b)[\w'’]+\s+){0,2}?to\s+$",
    re.I,
)


def _call(starts: str, pattern: str, anchors: str = "") -> PhraseRule:
    return _ask("call", starts, pattern, anchors, _NOT_CALLING)


CALL: tuple[PhraseRule, ...] = (
    _call("call", r"\bcall\s+(?:me|us)\b(?!\s+(?:a|an|crazy|names|out)\b)"),
    # ("a callback system would help" wishes for a feature; "I've had to call back four times" is
    # the client calling)
    _ask(
        "call",
        "call callback ring phone",
        r"""\b(?:call\s*-?\s*back\b(?!\s+(?:later|tomorrow|system|service|feature|option|
          function)\b)|ring\s+(?:me|us)\b|phone\s+(?:me|us)\b)""",
        "",
        _CLIENT_CALLING_BACK,
    ),
    _call(
        "give gimme",
        r"\b(?:give|gimme)\s+(?:me|us)\s+a\s+(?:call|ring|bell|buzz)",
        "call ring bell buzz",
    ),
    # "speak to a real person" (not "someone who can actually help": that asks for a manager)
    _call(
        "speak talk chat",
        r"""\b(?:speak|talk|chat)\s+(?:to|with|w/)\s+(?:a|an|some|any|the|one|your)?\s*(?:real\s+|
          live\s+|actual\s+)?(?:human|person|people|some(?:one|body)|any(?:one|body)|agent|
            representative|rep|operator|member\s+of\s+staff)\b(?!\s+(?:who|that)\s+(?:can|
              could)\s+(?:actually\s+)?help)""",
    ),
    _call(
        "pick picks picking answer answers answering",
        r"""\b(?:(?:pick|picks|picking)\s+up|answer(?:s|ing)?)\s+(?:the|your|their|a)\s+phones?""",
    ),
    _call(
        "schedule set arrange book hop jump have",
        r"""\b(?:schedule|set\s+up|arrange|book|hop\s+on|jump\s+on|
          have)\s+a\s+(?:quick\s+)?(?:phone\s+)?call""",
        "call calls callback",
    ),
    _call(
        "what which is a the phone",
        r"""\b(?:what|which|is\s+there\s+a|a|the)\s+(?:phone\s+)?number\s+(?:i|we)\s+can\s+call""",
        "number",
    ),
    # A number to ring, asked for: "we need a phone number for the billing team", "do you have
    # a direct number for accounts?" ("I called the contact number" and "update my phone
    # number" are not).
    _ask(
        "call",
        "phone telephone contact direct desk helpline callback",
        r"""\b(?:phone|telephone|contact|direct|desk|helpline|callback)\s+(?:phone\s+)?(?:number|
          no\b|\#)""",
        "number no #",
        # ("we can send you our office phone number" offers the client's own)
        re.compile(
            _NOT_CALLING.pattern
            + r"|\b(?:i|we)(?:['’]ll|\s+will|\s+can|\s+could|\s+would|\s+shall)\s+"
            r"(?:happily\s+|gladly\s+)?$",
            re.I,
        ),
        requires_before=re.compile(
            rf"""\b(?:need|want|give|gimme|provide|send|share|post|what{Q}s|whats|what\s+is|
            is\s+there|any|please|pls|can\s+(?:i|we)\s+(?:get|have)|do\s+you\s+have|
            (?:i|we){Q}d\s+like|would\s+like)\s+(?:me\s+|us\s+)?(?:a|an|the|your|ur|some)?\s*
            (?:\w+\s+)?\Z""",
            re.X,
        ),
    ),
    _call(
        "can could",
        r"""\b(?:can|could)\s+(?:(?:someone|somebody|anyone|you)\s+(?:please\s+)?(?:call|ring|
          phone)|we\s+(?:talk|speak)\b)""",
        "call ring phone talk speak",
    ),
    # "I'd like a call this week", "we need a quick video call", "can we have a meeting"
    _ask(
        "call",
        "call meeting",
        r"\b(?:call|meeting)\b(?!\s*-?\s*back\b)",
        "",
        _NOT_CALLING,
        requires_before=CALL_ASKED_BEFORE,
    ),
    # "I need someone technical on a call within the hour", "can we get on a call today?"
    _ask(
        "call",
        "on",
        r"\bon\s+a\s+(?:quick\s+|short\s+)?(?:phone\s+|video\s+|zoom\s+|teams\s+)?call\b",
        "call",
        _NOT_CALLING,
        requires_before=re.compile(
            r"\b(?:need|want|like|get|can\s+we|could\s+we|let(?:['’]s|\s+us)|jump|hop)\b"
            r"(?:\s+[\w'’-]+){0,3}?\s+\Z"
        ),
    ),
    # Still on hold: a call owed and not yet answered, like "still no refund". Having been on hold
    # ("on hold for forty minutes to change a seat") reports the wait; the ask is elsewhere.
    _call(
        "still",
        r"\bstill\s+(?:stuck\s+|waiting\s+)?on\s+(?:hold|the\s+phone)\b",
        "hold phone",
    ),
    _call(
        "trying tried try",
        r"""\b(?:trying|tried|try)\s+to\s+(?:reach|get\s+(?:through|hold\s+of)|call|ring)\s+(?:you|
          some(?:one|body)|any(?:one|body)|a\s+(?:person|human))""",
        "reach get call ring",
    ),
)
