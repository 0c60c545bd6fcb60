"""`manager_request`: the client asks for a manager, a supervisor or someone senior (the
guide says to escalate). `find_asks` reports the same words as the `manager` ask.

>>> from calmdesk.reading.triggers import find_triggers
>>> from calmdesk.text import normalise
>>> [(t.name, t.span.text) for t in find_triggers(normalise("I want to speak to a manager."))]
[('manager_request', 'speak to a manager')]
>>> find_triggers(normalise("The manager at the gate was nice."))
()
"""

from __future__ import annotations

import re

from calmdesk.reading.phrases import PhraseRule, Q
from calmdesk.reading.triggers.common import CALL_ASKED_BEFORE

SENIOR = r"""(?:
      (?:[a-z]+\s)?(?:manager|supervisor|superior|supervisr|mgr|boss|director)s?
    | (?:team|shift|duty|floor)[ -]?lead(?:er)?
    | higher[ -]?ups?|management|head\s+office|corporate|headquarters|hq
    | head\s+of\s+(?!the\b|it\b|this\b)[a-z]+
    | (?:your|the)\s+(?:ceo|coo|cfo|president|vp|vice\s+president|chief\s+executive|
      founders?|chair(?:man|woman|person)?|owners?(?!\s+of\b))
    | your\s+(?:md|board)
    | whoever\s+(?:is\s+)?in\s+charge
    | some(?:one|body)\s+(?:more\s+)?(?:senior|higher(?:\s+up)?|in\s+charge|
      with\s+(?:more\s+)?authority|above\s+you)
    | some(?:one|body)\s+(?:who|that)\s+(?:can|could|will|is\s+able\s+to)\s+(?:actually\s+|
      really\s+)?(?:help|do\s+something|fix|sort)
)"""
# Words one of which every SENIOR phrase holds.
SENIOR_WORDS = (
    "board boss bosses ceo cfo chair chairman chairperson chairwoman chief coo corporate director "
    "directors founder founders head headquarters higher higherup higherups hq lead leader "
    "management manager managers md mgr mgrs office owner owners president somebody someone "
    "superior superiors supervisor supervisors supervisr team vp whoever"
)
_NOT_ASKING = re.compile(
    # ("if I don't hear from someone senior" still asks for one)
    r"\b(?<!if i )(?<!if we )(?:no\s+need\s+to|don[’']?t|do\s+not|never)\s+(?:\w+\s+){0,2}$"
    r"|\b(?:they|he|she|it|agents?|staff|crew|people)\s+(?:\w+\s+){0,3}$"
    r"|\bwhy\s+(?:even\s+)?bother\s+(?:\w+\s+){0,4}$"
    # Asked before, told as what happened: "after I asked for a team leader the line went dead",
    # "our driver was asked for his supervisor's details".
    r"|\b(?:when|after|once|before)\s+(?:i|we)\s+(?:(?:had\s+)?(?:asked|requested|demanded|tried)\s+"
    r"(?:\w+\s+){0,2})?$"
    r"|\b(?:was|were|been)\s+(?:(?:asked|requested)\s+(?:to\s+)?)?$",
    re.I,
)

MANAGER_REQUEST: tuple[PhraseRule, ...] = (
    # "speak to a manager", "put me in touch with someone senior", "complain to head office"
    PhraseRule.at(
        "manager_request",
        "speak talk chat get put transfer pass connect escalate complain complaint reach contact "
        "hear",
        rf"""\b(?:
          (?:speak|talk|chat|get\s+through|put\s+(?:me|us)\s+through|transfer\s+(?:me|us)|
            pass\s+(?:me|us)|connect\s+(?:me|us)|escalate\s+(?:this|it|my\s+\w+|the\s+\w+)|
            complain|complaint)\s+(?:to|with|w/)
          | hear\s+(?:back\s+)?from
          | reach|contact|get\s+a?hold\s+of|(?:get|put\s+(?:me|us))\s+in\s+touch\s+with)
        \s*(?:a|an|the|your|ur|some|my|one\s+of\s+your)?\s*{SENIOR}""",
        SENIOR_WORDS,
        unless_before=_NOT_ASKING,
    ),
    # "I want a supervisor", "get me your manager", "who is in charge here"
    PhraseRule.at(
        "manager_request",
        "want need demand request requesting would i'd we'd id ask asking asked insist get give "
        "find found where where's wheres who who's whos is",
        rf"""\b(?:want|need|demand|request|requesting|would\s+like|(?:i|we)'d\s+like|id\s+like|
          ask\s+for|asking\s+for|asked\s+for|insist\s+on|get\s+me|give\s+me|find|found|get|
          where\s+is|where{Q}s|who\s+is|who{Q}s|is\s+there)
        \s+(?:(?:a|an|the|your|ur|my|some|to\s+see\s+(?:a|the|your))\s+)?(?:new\s+)?{SENIOR}""",
        SENIOR_WORDS,
        unless_before=_NOT_ASKING,
    ),
    PhraseRule.of(
        "manager_request",
        "escalate escalating",
        r"""\s+(?:this|it|my\s+(?:case|complaint|ticket|issue))\b
        (?!\s+(?:to|with)\s+(?:the\s+)?(?:carrier|courier))""",
        unless_before=_NOT_ASKING,
    ),
    # "I'll have to escalate to your CEO", "escalating the matter to a director"
    PhraseRule.at(
        "manager_request",
        "escalate escalating",
        rf"""\b(?:escalate|escalating)\s+(?:(?:this|it|the\s+matter|matters|things)\s+)?
        (?:up\s+)?(?:to|with)\s+(?:a|an|the|your|ur|some|one\s+of\s+your)?\s*{SENIOR}""",
        SENIOR_WORDS,
        unless_before=_NOT_ASKING,
    ),
    # Going over the rep's head to the company's own senior people, said as a threat or done:
    # "I'll take this up with your managing director", "I am writing to your chief executive",
    # "I've copied your CEO" (never "our" or "my" director: the client's own people).
    PhraseRule.at(
        "manager_request",
        "take taking raise raising bring bringing write writing wrote copied copying cc cc'd "
        "cc'ing ccd ccing looped looping",
        rf"""\b(?:
          (?:take|taking|raise|raising|bring|bringing)\s+(?:this|it|the\s+matter|this\s+matter|
            my\s+\w+)\s+(?:up\s+)?(?:with|to)
          | (?:write|writing|wrote)\s+(?:directly\s+|personally\s+)?to
          | (?:copied|copying|cc|cc'd|cc'ing|ccd|ccing|looped|looping)(?:\s+in)?)
        \s+(?=your\s)(?:your\s+(?:own\s+)?)?{SENIOR}""",
        SENIOR_WORDS,
        unless_before=_NOT_ASKING,
    ),
    PhraseRule.at(
        "manager_request",
        "want need would i'd we'd id",
        r"""\b(?:want|need|would\s+like|(?:i|we)'d\s+like|id\s+like)\s+(?:this|it|my\s+\w+)
        \s+escalated""",
        "escalated",
        unless_before=_NOT_ASKING,
    ),
    # The matter handed up: "please pass this to your manager", "take this up with whoever is in
    # charge" (not "I'll forward it to my manager", the client's own).
    PhraseRule.at(
        "manager_request",
        "pass passing forward send take",
        rf"""\b(?:pass|passing|forward|send|take)\s+(?:this|it|my\s+\w+|the\s+\w+)\s+
        (?:on\s+|up\s+|over\s+)?(?:to|with)\s+(?:a|an|the|your|ur|some|one\s+of\s+your)?\s*
        {SENIOR}""",
        SENIOR_WORDS,
        unless_before=re.compile(
            _NOT_ASKING.pattern + r"|\b(?:i|we)(?:['’]ll|\s+will|['’]ve|\s+have|['’]m|\s+am|"
            r"['’]re|\s+are)\s+(?:\w+\s+){0,2}$",
            re.I,
        ),
    ),
    # A call or meeting asked for with someone senior: "I'd like a word with your manager",
    # "I want a refund and a call with someone senior today" (not "I had a call with your
    # director last week", which reports one).
    PhraseRule.at(
        "manager_request",
        "call meeting conversation chat word",
        rf"""\b(?:call|meeting|conversation|chat|word)\s+(?:with|from)\s+
        (?:a|an|the|your|ur|some|one\s+of\s+your)?\s*{SENIOR}""",
        SENIOR_WORDS,
        unless_before=_NOT_ASKING,
        requires_before=CALL_ASKED_BEFORE,
    ),
    # Someone senior asked to get in touch: "have your manager call me", "could someone senior
    # ring us", "get your account director to phone me".
    PhraseRule.at(
        "manager_request",
        "have get ask let could can would will may please want need",
        rf"""\b(?:have|get|ask|let|could|can|would|will|may|please|want|need)\s+
        (?:a|an|the|your|ur|some|one\s+of\s+your)?\s*{SENIOR}\s+(?:to\s+)?
        (?:call|phone|ring|contact|email|get\s+in\s+touch\s+with|reach\s+out\s+to|
          get\s+back\s+to)\s+(?:me|us)\b""",
        SENIOR_WORDS,
        unless_before=_NOT_ASKING,
    ),
    PhraseRule.at(
        "manager_request",
        "let can may could",
        rf"""\b(?:let\s+me|can\s+i|may\s+i|could\s+i)\s+(?:speak|talk)\s+(?:to|with)
        \s+(?:a|an|the|your|ur|some)?\s*{SENIOR}""",
        SENIOR_WORDS,
        unless_before=_NOT_ASKING,
    ),
)
