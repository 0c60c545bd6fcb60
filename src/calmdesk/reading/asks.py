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

from calmdesk.reading.phrases import (
    PhraseRule,
    Q,
    RuleSet,
    evidence_of,
    prepare,
)
from calmdesk.reading.triggers import MANAGER, OTHER_TRIGGERS
from calmdesk.reading.values import Evidence
from calmdesk.text import Document

# Words before an ask that turn it down: "I don't want a refund", "no need to call".
_DECLINED = re.compile(
    r"\b(?:no\s+need\s+(?:to|for)|don[’']?t\s+(?:need|want)|do\s+not\s+(?:need|want)|not\s+"
    r"(?:asking|looking|after|interested)|never\s+asked|didn[’']?t\s+ask|no\s+longer\s+need|"
    r"appreciate|(?<!n[’']t\s)(?<!not\s)(?<!never\s)"
    r"(?:got|received)\s+(?:my|the|a|your)|already\s+(?:got|received|had|issued|been)|"
    r"(?:was|been)\s+given|without)\s+(?:\w+\s+){0,3}$"
    # Reported as done: "I was refunded", "it has been replaced".
    r"|\b(?:was|were|been|being)\s+$"
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


REFUND: tuple[PhraseRule, ...] = (
    # A charge taken back: "reverse the duplicate payment", "I need the double charge refunded".
    _ask(
        "refund",
        "reverse reversed reversal",
        r"""\b(?:reverse|reversed|reversal\s+of)\s+(?:the\s+|this\s+|that\s+|my\s+|our\s+)?
          (?:duplicate\s+|double\s+|extra\s+|second\s+|wrong\s+|incorrect\s+)?
            (?:payment|charge|transaction|debit|fee)s?\b""",
        "payment payments charge charges transaction transactions debit debits fee fees",
    ),
    _ask(
        "refund",
        "duplicate double extra second wrong incorrect",
        r"""\b(?:duplicate|double|extra|second|wrong|incorrect)\s+(?:payment|charge|transaction|
          debit|fee)s?\s+(?:reversed|refunded|returned|credited\s+back|paid\s+back|cancell?ed)""",
        "reversed refunded returned credited paid cancelled canceled",
    ),
    _ask(
        "refund",
        "full partial my a the your refund refunds refunded",
        r"\b(?:full\s+|partial\s+|my\s+|a\s+|the\s+|your\s+)?refund(?:s|ed)?\b(?!\s+policy)",
        "refund refunds refunded",
    ),
    _ask("refund", "re", r"\bre-fund\b"),
    _ask(
        "refund",
        "reimburse reimbursed reimbursement reimbursements",
        r"\breimburse(?:d|ment|ments)?\b",
    ),
    _ask("refund", "my our the", r"\b(?:my|our|the)\s+money\s+back", "money"),
    _ask(
        "refund",
        "pay paying give giving send sending",
        r"\b(?:pay|paying|give|giving|send|sending)\s+(?:me|us)\s+back",
        "back",
    ),
    _ask(
        "refund",
        "return refund credit",
        r"""\b(?:return|refund|credit\s+back)\s+(?:my|our|the)\s+(?:money|payment|fee|charge|
        deposit|\$)""",
    ),
)

# What is sent again when it is information, not goods: "resend the details", "resend info".
_INFORMATION = (
    r"(?:details|info|information|email|e-mail|link|code|message|form|receipt|number|address|"
    r"instructions|invoice|confirmation|documents?|photos?|pictures?|screenshots?|statement)\b"
)
_INFORMATION_AFTER = re.compile(
    rf"\s+(?:(?:me|us|you)\s+)?(?:(?:the|my|our|your|an?|this|that|some|all)\s+)?{_INFORMATION}"
)

REPLACEMENT: tuple[PhraseRule, ...] = (
    _ask("replacement", "replacement replacements", r"\breplacement(?:s)?\b"),
    _ask(
        "replacement",
        "please pls can could will want need like to get",
        r"""\b(?:please|pls|can\s+you|could\s+you|will\s+you|want\s+(?:you\s+to|it|them|this)|
          need\s+(?:you\s+to|it|them|this)|like\s+(?:you\s+to|it|them)|to\s+be|get\s+(?:it|them|
            this))\s+replace[ds]?\b""",
        "replace replaced replaces",
    ),
    _ask(
        "replacement",
        "replace",
        r"""\breplace\s+(?:it|this|them|the\s+\w+|my\s+\w+)\s*(?:please|pls|asap|now|\?|!|free|
          for\s+free|at\s+no)""",
    ),
    _ask(
        "replacement",
        "re reship reshipped reshipping resend redeliver",
        r"\b(?:re-?ship(?:ped|ping)?\b|re-?send\b|re-?deliver\b)",
        unless_after=_INFORMATION_AFTER,
    ),
    _ask(
        "replacement",
        "send",
        r"""\bsend\s+(?:me\s+|us\s+)?(?:out\s+)?(?:a\s+new|another|a\s+fresh|a\s+working|
          a\s+second)\s+(?!(?:email|message|link|code|invoice|bill|form)\b)\w+""",
        "new another fresh working second",
    ),
    _ask(
        "replacement",
        "send",
        # Sending information again ("the details", "the link") is not a new item.
        rf"""\bsend\s+(?:it|them|the\s+(?!{_INFORMATION})\w+)\s+(?:again|out\s+again)""",
        "again",
    ),
    _ask(
        "replacement",
        "new another working",
        r"""\b(?:new|another|working)\s+(?:one|unit|item|device|card|part|pair|copy|order)
        \s+(?:sent|shipped|posted|please)""",
    ),
    _ask(
        "replacement",
        "exchange swap",
        r"\b(?:exchange|swap)\s+(?:it|this|them|the\s+\w+|my\s+\w+)\b",
    ),
)

# Before a sooner journey: a question why it went as it did ("why did nobody mention the earlier
# train?" asks for a reason; "why can't you..." still asks) or a move already made ("we were moved
# to an earlier train").
_NOT_ASKING_SOONER = re.compile(
    _DECLINED.pattern + r"|\bwhy\s+(?!can|cant|could|won|wont|will|not\b)[^.!?]*$"
    r"|\b(?:was|were|been|got|get|gets|getting)\s+(?:put|moved|booked|rebooked|switched|"
    r"transferred)\s+(?:on(?:to)?|to|for)\s+(?:an?\s+|the\s+)?$",
    re.I,
)
# After "sooner than" or "faster than": a comparison with what was expected, not a request to
# hurry ("we flew home sooner than planned").
_COMPARED_WITH_EXPECTED = re.compile(
    r"\s+(?:(?:i|we)\s+)?(?:expected|anticipated|planned|intended|thought|usual|"
    r"normal|anyone|anybody|ever)\b",
    re.I,
)
# Before "get it by Monday": a promise reported ("the courier said I'd get it by Monday", "I was
# meant to get it today"), not a deadline asked for.
_PROMISED_BY = re.compile(
    _DECLINED.pattern + r"|(?:['’]ll|['’]d|\bwill|\bwould|\bshould|\bsupposed\s+to|\bmeant\s+to|"
    r"\bdue\s+to|\bpromised\s+(?:to|(?:i|we)(?:['’]d|\s+would)))\s+(?:still\s+)?$",
    re.I,
)

EXPEDITE: tuple[PhraseRule, ...] = (
    # "the expedite charges refunded" is about a fee, not asking for speed
    _ask(
        "expedite",
        "expedite expedited expediting",
        r"\bexpedit\w*",
        unless_after=re.compile(
            r"\s+(?:shipping\s+)?(?:charges?|fees?|costs?|surcharges?)\b", re.I
        ),
    ),
    _ask(
        "expedite",
        "an a the earlier",
        r"""\b(?:an?\s+|the\s+)?earlier\s+(?:flight|one|train|bus|slot|appointment|delivery|date|
          time|connection|plane)""",
        "earlier",
        _NOT_ASKING_SOONER,
    ),
    _ask(
        "expedite",
        "the next",
        r"\b(?:the\s+)?next\s+(?:available\s+)?(?:flight|plane|train)\s+out",
        "out",
    ),
    _ask(
        "expedite",
        "rebook re book put get move switch change transfer",
        r"""\b(?:rebook|re-book|book|put|get|move|switch|change|transfer)\s+(?:me|us|my\s+\w+|
          our\s+\w+|it|them)\s+(?:\w+\s+){0,2}?(?:on(?:to)?|to|for)\s+(?:an?\s+|
            the\s+)?(?:earlier|sooner|first|next\s+available)""",
        "earlier sooner first next",
    ),
    _ask(
        "expedite",
        "sooner faster quicker quickly more",
        # "so quickly!" and "very quickly!" are praise, not a request to hurry.
        r"\b(?<!so\s)(?<!very\s)(?:sooner|faster|quicker|quickly|more\s+quickly)\s*(?:please|pls|\?|!|than)",
        unless_after=_COMPARED_WITH_EXPECTED,
    ),
    _ask("expedite", "speed hurry", r"\b(?:speed|hurry)\s+(?:it|this|things|them)?\s*up"),
    _ask(
        "expedite",
        "rush prioritise prioritize fast bump upgrade",
        r"""\b(?:rush|prioriti[sz]e|fast[ -]track|bump\s+up|upgrade\s+the\s+shipping)\s+(?:it|
          this|my|our|the|delivery|shipping|order|them)""",
    ),
    _ask(
        "expedite",
        "priority express overnight next same",
        r"""\b(?:priority|express|overnight|next[ -]day|same[ -]day)\s+(?:shipping|delivery|post|
          treatment|handling)""",
    ),
    _ask(
        "expedite",
        "hold",
        r"\bhold\s+(?:(?:the\s+)?(?:flight|plane|door|gate|train|bus)|flight\s+\d+)",
    ),
    _ask(
        "expedite",
        "need want",
        r"""\b(?:need|want)\s+(?:it|this|them|my\s+\w+|our\s+\w+|the\s+\w+)\s+(?:here\s+|
          delivered\s+|back\s+|shipped\s+)?(?:today|tonight|tomorrow|by\s+\w+|sooner|faster|asap|
            quicker|before)""",
        "today tonight tomorrow by sooner faster asap quicker before",
    ),
    _ask(
        "expedite",
        "get",
        r"""\bget\s+(?:it|this|them|my\s+\w+|our\s+\w+|the\s+\w+)\s+(?:here\s+|
          delivered\s+|back\s+|shipped\s+)?(?:today|tonight|tomorrow|by\s+\w+|sooner|faster|asap|
            quicker|before)""",
        "today tonight tomorrow by sooner faster asap quicker before",
        _PROMISED_BY,
    ),
    _ask(
        "expedite",
        "get",
        r"""\bget\s+(?:my|our|the)\s+(?:bags?|luggage|suitcases?|order|package|
          parcel)\s+(?:\w+\s+){0,8}?before""",
        "before",
    ),
    _ask(
        "expedite",
        "let get",
        r"""\b(?:let|get)\s+(?:the\s+)?(?:flight|plane|us)\s+(?:\d+\s*)?(?:get\s+)?(?:to\s+the\s+gate|
          off|moving|out|home)""",
        "gate off moving out home",
    ),
    _ask(
        "expedite",
        "is are",
        r"""\b(?:is|are)\s+there\s+(?:any|no)\s*way\s+to\s+(?:get|switch|move|change|
          go)\s+(?:\w+\s+){0,3}?(?:earlier|sooner|today|tonight|faster)""",
        "way anyway noway",
    ),
)

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
        "how can could please pls plz want wanna need like am i'm im is wish trying tried asked "
        "just",
        r"""\b(?:how\s+(?:do|can|would|should)\s+(?:i|we)|can\s+(?:i|we|you)|could\s+(?:i|we|you)|
            please|pls|plz|want\s+(?:to|you\s+to)|wanna|need\s+(?:to|you\s+to)|like\s+to|
              am|i'm|im|is\s+to|wish\s+to|trying\s+to|tried\s+to|asked\s+(?:you\s+)?to|just)"""
        + _CANCELLING,
        _CANCEL_ENDS,
    ),
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
          account|membership|service|contract|plan|ticket|flight)\s*(?:please|pls|now|immediately|
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

_NOT_CALLING = re.compile(
    r"\b(?:no\s+need\s+to|don[’']?t|do\s+not|never|please\s+don[’']?t|stop)\s+(?:\w+\s+){0,2}$"
    r"|\b(?:got|get|told\s+(?:me\s+|us\s+)?|asked\s+(?:me\s+|us\s+)?)to\s+$"
    r"|\b(?:so|(?:was|i|he|she|they|you)\s+(?:\w+\s+)?(?:was|got|been|were))\s+$"
    # Someone else's promise or condition, reported: "they'd call me", "unless he could call me".
    r"|\b(?:they|he|she)(?:['’]d|\s+(?:would|could|will|might|should|said\s+(?:they|he|she)\s+"
    r"would))\s+$"
    # A promise passed on: "I was told someone would call me back", "they promised a manager will".
    r"|\b(?:told|said|promised|assured|informed)\s+(?:me\s+|us\s+)?(?:that\s+)?(?:some(?:one|body)|"
    r"an?\s+\w+|the\s+\w+|you|they|he|she|it)(?:['’]d|\s+(?:would|will|was\s+going\s+to|"
    r"were\s+going\s+to))\s+$",
    re.I,
)


def _call(starts: str, pattern: str, anchors: str = "") -> PhraseRule:
    return _ask("call", starts, pattern, anchors, _NOT_CALLING)


CALL: tuple[PhraseRule, ...] = (
    _call("call", r"\bcall\s+(?:me|us)\b(?!\s+(?:a|an|crazy|names|out)\b)"),
    _call(
        "call callback ring phone",
        r"\b(?:call\s*-?\s*back\b(?!\s+(?:later|tomorrow))|ring\s+(?:me|us)\b|phone\s+(?:me|us)\b)",
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
        requires_before=re.compile(
            # "we have a call at 3" and "I'll have a call with them" report one; "can we have a
            # call" asks for one
            rf"""\b(?:please|pls|can|could|would\s+like|(?:i|we){Q}d\s+like|want|need|expect|request|
            requesting|(?:still\s+)?waiting\s+(?:for|on)|arrange|schedule|book|set\s+up|
            (?<!\bwe\s)(?<!\bi\s)(?<!\bi['’]ll\s)(?<!\bwe['’]ll\s)have)\s+(?:[\w'’]+\s+){{0,2}}?(?:a|an)\s+(?:quick\s+|short\s+|proper\s+|
            urgent\s+|face[- ]to[- ]face\s+)?(?:phone\s+|video\s+|zoom\s+|teams\s+|
            conference\s+)?\Z""",
            re.X,
        ),
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

_NOT_ASKING_WHY = re.compile(
    rf"\b(?:that|this|which|exactly|is|reason|the\s+reason|wonder|no\s+idea|that{Q}s|thats|"
    r"know)\s+$"
    # Understood already: "I get why people like you", "now I see why"; but "I don't
    # understand why" and "can't see why" still ask.
    r"|\b(?<!n[’']t\s)(?<!nt\s)(?<!not\s)(?:understand|see|get|got)\s+$"
    # Thanks for an explanation already given: "thanks for explaining why it was late", "thx for
    # the explanation".
    r"|\b(?:thank(?:s|\s+you)?|thx|thnx|thanx|tx|ty)(?:\s+(?:so\s+much|a\s+lot|again))?\s+for\b"
    r"[^.!?]*$",
    re.I,
)
# "Why not!" and "why I'm leaving" (a statement) want nothing.
_WHY_STATEMENT = re.compile(
    rf"\s*(?:not\s*[!.]|i\s+(?:am|{Q}m)\s+(?:leaving|done|switching))", re.I
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
        | \bwhat{Q}?s\s+(?:wrong|the\s+(?:deal|reason|excuse|problem|issue|hold\s*-?up|story))\b
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
)

_COMPENSATION_WORDS = "voucher vouchers discount goodwill gesture free something comp"
# Things a client also owns, earns, spends or buys: compensation only when asked for as such.
_OWNED_WORDS = "credit miles points upgrade"
_NOT_ASKING_COMPENSATION = re.compile(
    r"\b(?:no\s+need\s+(?:to|for)|don[’']?t\s+(?:need|want)|do\s+not\s+(?:need|want)|"
    r"not\s+(?:asking|looking)|"
    r"thanks?\s+(?:you\s+)?for|thank\s+you\s+for|appreciate|got\s+(?:my|the|a)|"
    # "already received compensation", but not "never received any" or "received no".
    r"(?<!never\s)(?<!not\s)(?<!n't\s)(?<!n’t\s)received(?!\s+(?:no|nothing|zero)\b)"
    r"(?:\s+(?:my|the|a|some))?)\s+(?:\w+\s+){0,3}$",
    re.I,
)
# Points of a rewards scheme ("joined the rewards club and still no points") are owed by the
# scheme, not offered for the trouble.
_NOT_ASKING_COMPENSATION_IN_POINTS = re.compile(
    _NOT_ASKING_COMPENSATION.pattern
    + r"|\b(?:rewards?|loyalty|sign(?:ed)?\s+up|join(?:ed)?|earn(?:ed|ing)?|accru\w+)\b[^.!?]*$",
    re.I,
)
_REQUESTED = re.compile(rf"\b{REQUEST}\s+(?:\w+\s+){{0,3}}?\Z")


def _compensation(
    starts: str,
    pattern: str,
    anchors: str = "",
    requires_before: re.Pattern[str] | None = None,
    *,
    unless_before: re.Pattern[str] = _NOT_ASKING_COMPENSATION,
    unless_after: re.Pattern[str] | None = None,
) -> PhraseRule:
    return _ask(
        "compensation",
        starts,
        pattern,
        anchors,
        unless_before,
        unless_after=unless_after,
        requires_before=requires_before,
    )


COMPENSATION: tuple[PhraseRule, ...] = (
    _compensation(
        "compensate compensated compensates compensating compensation compensations compensatory",
        r"\bcompensat\w+",
    ),
    # "can I get a voucher", "how about a free coffee": a request, then the thing itself ("the free
    # gift" of a promotion is the promotion's, not a gift for the trouble).
    _compensation(
        _COMPENSATION_WORDS,
        r"""\b(?<!my\s)(?<!our\s)(?:vouchers?|discount|goodwill|gesture|(?<!the\s)free\s+\w+|
            something\s+for\s+(?:the|my|our)\s+trouble|comp)\b""",
        "",
        _REQUESTED,
    ),
    # "I expect some miles for this", "could you offer a credit": points, miles, credit or an
    # upgrade the client would be given. Not those already theirs or of a scheme ("my points",
    # "the points", "reward points", "missing miles", "two dollars in credit", "store credit"),
    # spent ("redeem points"), wanted instead ("cash instead of credit"), nor an upgrade bought
    # ("what would an upgrade cost", "the laptop I upgrade to").
    _compensation(
        _OWNED_WORDS,
        r"""\b(?<!my\s)(?<!our\s)(?<!your\s)(?<!the\s)(?<!reward\s)(?<!rewards\s)(?<!loyalty\s)
          (?<!missing\s)(?<!store\s)(?<!in\s)(?<!instead\sof\s)(?<!use\s)(?<!using\s)(?<!redeem\s)
          (?:credit|miles|points|(?<!\bi\s)(?<!\bwe\s)(?<!\bto\s)(?<!\bme\s)(?<!\bus\s)upgrade)\b
          (?!\s+(?:card|cards|costs?|prices?|fees?|list|receipt|balance|credited|show\w*|posted|
            from)\b)""",
        "",
        _REQUESTED,
        unless_before=_NOT_ASKING_COMPENSATION_IN_POINTS,
    ),
    # "we expect the March retainer to reflect the missed work": a bill cut for the trouble
    _compensation(
        "expect want need",
        r"""\b(?:expect|want|need)\s+(?:the|our|this|next|that)\s+(?:\w+\s+){0,2}?(?:invoice|
          bill|retainer|fee|fees|charge|payment|renewal)s?\s+to\s+(?:reflect|be\s+(?:reduced|
            adjusted|discounted|credited|cut|waived))\b""",
        "reflect reduced adjusted discounted credited cut waived",
    ),
    # "I expect the call-out fee to be waived", "please waive the late fee"
    _compensation(
        "fee fees charge charges waive",
        r"""\b(?:(?:fee|fees|charge|charges)\s+(?:to\s+be\s+|be\s+|being\s+)?waived
          |waive\s+(?:the|my|our|this|that)\s+(?:\w+\s+){0,2}?(?:fee|fees|charge|charges))\b""",
        "waived waive",
        re.compile(rf"\b{REQUEST}\b[^.!?;]{{0,60}}\Z"),
    ),
    # "I need an explanation and a credit for this month's invoice"
    _compensation(
        "credit",
        r"""\bcredit\s+(?:for|on|against|towards|off)\s+(?:this|the|our|my|next|last)\s+
          (?:\w+\s+){0,2}?(?:month|invoice|bill|statement|subscription|renewal)""",
        "",
        re.compile(rf"\b{REQUEST}\b[^.!?;]{{0,60}}\Z"),
    ),
    _compensation(
        "vouchers voucher miles points credit discount",
        # "the missing miles to my account" are owed, not a gift.
        r"""\b(?<!my\s)(?<!our\s)(?<!the\s)(?<!missing\s)
        (?:vouchers?|miles|points|credit(?!\s+card)|discount)\s+(?:for\s+(?:the|my|
          our)\s+(?:trouble|inconvenience|hassle|wait)|to\s+(?:my|our)\s+account)""",
    ),
    _compensation(
        "add credit give offer send",
        r"""\b(?:add|credit|give|offer|send)\s+(?:me|us|my\s+account|our\s+account)?\s*(?:some\s+|
          a\s+few\s+|extra\s+|bonus\s+|\d+\s+)?(?:frequent\s+flyer\s+)?(?:miles|points|credit|
            vouchers?)\b""",
        "miles points credit voucher vouchers",
        # Miles earned elsewhere, moved over ("add the miles from a partner airline"), are not a
        # gift.
        unless_after=re.compile(r"\s+(?:(?:i|we)\s+)?(?:from|earned)\b"),
    ),
    _compensation(
        "bereavement compassionate hardship",
        r"""\b(?:bereavement|compassionate|hardship)\s+(?:discount|fare|rate|rates|fares|
        pricing)""",
    ),
    _compensation("goodwill gesture", r"\b(?:goodwill\s+gesture|gesture\s+of\s+goodwill)"),
    _compensation("make", r"\bmake\s+(?:it|this|that)\s+up\s+to\s+(?:me|us)", "up"),
    _compensation(
        "vouchers voucher miles discount",
        rf"""\b(?:vouchers?|miles|discount)\s+(?:offer\s+)?(?:doesn{Q}t|does\s+not|didn{Q}t|never|
          isn{Q}t)""",
    ),
)

_NOT_ASKING_FIX = re.compile(
    # "it is correct now", "looks right now": the adjective, not a request to correct.
    r"\b(?:is|are|was|be|it[’']s|looks|seems)\s+$|"
    r"\b(?:no\s+need\s+to|don[’']?t\s+need|do\s+not\s+need|thanks?\s+(?:you\s+)?for|"
    r"thank\s+you\s+for|appreciate|"
    r"got\s+it|already|nothing\s+(?:more|else))\s+(?:\w+\s+){0,2}$|\b(?:was|been)\s+$"
    r"|\bthank(?:s|\s+you)?\s+(?:to|for)\b[^.!?]*$",
    re.I,
)


def _fix(starts: str, pattern: str, anchors: str = "") -> PhraseRule:
    return _ask("fix", starts, pattern, anchors, _NOT_ASKING_FIX)


# "I had to reschedule my appointment", "why did you rebook my visit": what happened, not an ask.
_NOT_ASKING_VISIT = re.compile(
    _NOT_ASKING_FIX.pattern + r"|\b(?:had|have|has)\s+to\s+$|\b(?:i|we|you|they)\s+$", re.I
)
_VISIT = (
    r"(?:appointment|appt|visit|engineer\s+visit|home\s+visit|slot|time\s+slot|call[ -]out|"
    r"(?:installation|install|fitting|repair|delivery)\s+(?:date|slot|day))"
)

FIX: tuple[PhraseRule, ...] = (
    # A visit put right: "I want a new appointment", "book us another slot", "please reschedule
    # the installation" (sooner is expedite), "send an engineer out again".
    _fix(
        "want need like get give book arrange schedule send offer find",
        rf"""\b(?:want|need|like|get|give\s+(?:me|us)|book|arrange|schedule|send|offer|find)
          \s+(?:me\s+|us\s+)?(?:a\s+new|another|a\s+second|a\s+different|a\s+fresh)\s+
          {_VISIT}\b""",
        "new another second different fresh",
    ),
    _ask(
        "fix",
        "reschedule rebook re-book rearrange",
        r"""\b(?:reschedule|rebook|re-book|rearrange)\s+(?:the|my|our|this|that)\s+(?:\w+\s+)?
          (?:appointment|appt|visit|installation|install|fitting|repair|engineer|technician|
            delivery|booking|call[ -]out)\b
          (?!\s+(?:\w+\s+){0,2}?(?:on(?:to)?|to|for)\s+(?:an?\s+|the\s+)?(?:earlier|sooner|
            first|next\s+available))""",
        unless_before=_NOT_ASKING_VISIT,
    ),
    _fix(
        "send",
        r"""\bsend\s+(?:someone|somebody|an\s+engineer|a\s+technician|an\s+electrician|a\s+
          plumber|a\s+fitter|the\s+engineer|the\s+technician)\s+(?:out|back|round|over|again)\b""",
    ),
    # "rebook me on anything": the booking put right ("rebook me on an earlier flight" is expedite)
    _fix(
        "rebook re-book",
        r"""\b(?:rebook|re-book)\s+(?:me|us|my\s+\w+|our\s+\w+)\b
          (?!\s+(?:\w+\s+){0,2}?(?:on(?:to)?|to|for)\s+(?:an?\s+|the\s+)?(?:earlier|sooner|
            first|next\s+available))""",
    ),
    _fix(
        "fix repair resolve sort rectify correct make put",
        r"""\b(?:fix|repair|resolve|sort|sort\s+out|rectify|correct|sort\s+this|make\s+(?:this|
            it)\s+right|put\s+(?:this|it)\s+right)\b(?!\s+(?:ed|ing))
          (?:\s+(?:this|it|that|the|my|our|your|them|things|out|asap|now|please|up|immediately|
            quickly|very|\w+\s+(?:issue|problem)))""",
        "fix repair resolve sort rectify correct right",
    ),
    _fix(
        "fix resolve sort repair",
        r"""\b(?:fix|resolve|sort\s+out|repair)\s+(?:\w+\s+){0,3}?(?:issue|problem|procedures?|
          account|service|connection|bug|error|it|this)\b""",
    ),
    _fix(
        "fixed resolved sorted repaired working",
        r"""\b(?:fixed|resolved|sorted|repaired|working)\b(?=\s*(?:please|pls|asap|now|immediately|
          today|!|\?))""",
    ),
    _fix(
        "get have want need",
        r"""\b(?:get|have|want|need)\s+(?:this|it|that|them|my\s+\w+|our\s+\w+|
          the\s+\w+)\s+(?:\w+\s+)?(?:fixed|sorted|resolved|repaired|working|looked\s+at)\b""",
        "fixed sorted resolved repaired working looked",
    ),
    _fix(
        "please pls plz kindly",
        r"""\b(?:please|pls|plz|kindly)\s+(?:\w+\s+)?(?:help|fix|locate|find|resolve|sort|restore|
          reset|unlock|reactivate|reinstate|correct|check|look\s+into|investigate|assist|send|
            review|add|change|remove|update|reconnect|link)\b""",
    ),
    _fix(
        "can could would will can't cant",
        rf"""\b(?:can|could|would|will|can{Q}t|cant)\s+(?:you|u|someone|somebody|anyone|any1|
          you\s+guys|i)\s+(?:please\s+|pls\s+|plz\s+)?(?:help|fix|locate|find\s+my|resolve|sort|
            restore|reset|unlock|reactivate|reinstate|correct|look\s+into|investigate|assist|add|
              remove|change|get\s+(?:me|us)|stop|link|merge|transfer|reconnect|undo|
                get\s+(?:it|this))\b""",
    ),
    _fix("help", r"\bhelp\s*(?:(?:me|us|please|pls|plz)\b|!|\?)"),
    _fix(
        "need needs needing want require requires seeking looking",
        r"""\b(?:need|needs|needing|want|require|requires|seeking|looking\s+for)\s+(?:some\s+|
          your\s+|urgent\s+|immediate\s+|any\s+)?(?:help|assistance|support)\b""",
        "help assistance support",
    ),
    _fix(
        "need want",
        r"""\b(?:need|want)\s+(?:a\s+)?new\s+(?:flight|itinerary|booking|reservation|seat|
          connection)""",
        "new",
    ),
    _fix("look investigate", r"\b(?:look\s+into|investigate)\s+(?:this|it|my|our|the)\b"),
    _fix(
        "not isn't isnt aren't arent doesn't doesnt won't wont can't cant stopped stops never no "
        "keep keeps",
        rf"""\b(?:not|isn{Q}t|isnt|aren{Q}t|arent|doesn{Q}t|doesnt|won{Q}t|wont|can{Q}t|cant|
          stopped|stops|never|no\s+longer|keeps?\s+not)\s+(?!be\s+\w+ing\b)(?:\w+\s+)?(?:working|
            work|load|loading|
            connect|connecting|charging|charge|turn\s+on|start|starting|responding|open|opening|
              there)\b""",
        "working work load loading connect connecting charging charge turn start starting "
        "responding open opening there",
    ),
    _fix(
        "stop stops",
        r"\bstops?\s+(?:the\s+\w+\s+|it\s+|me\s+)?(?:from\s+)?working\b",
        "working",
    ),
    _fix(
        "is are still got arrived came my our",
        # A broken heart or spirit is a feeling, not a thing to repair.
        r"""\b(?<!heart\s)(?<!hearts\s)(?<!spirit\s)(?:is|are|still|got|arrived|came)\s+
          (?:\w+\s+)?broken\b|\b(?:my|our)\s+broken\s+(?!hearts?\b|spirits?\b)\w+""",
        "broken",
    ),
    _fix(
        "keep keeps kept",
        r"""\b(?:keeps?|kept)\s+(?:crashing|freezing|dropping|failing|disconnecting|rebooting|
          restarting|flickering|flashing)\b""",
    ),
    _fix(
        "still",
        rf"""\bstill\s+(?:not|hasn{Q}t|haven{Q}t|isn{Q}t|aren{Q}t)\s+(?:been\s+)?(?:fixed|resolved|
          sorted|repaired|working|there|restored|credited|applied|added)\b""",
    ),
    _fix(
        "there there's theres have has got",
        rf"""\b(?:there\s+is|there{Q}s|have|has|got)\s+(?:a|an)\s+(?:\w+\s+)?(?:problem|issue|
          fault|bug|glitch|error)\s+with\b""",
        "problem issue fault bug glitch error",
    ),
    _fix("a way", r"\b(?:a\s+)?way\s+to\s+(?:resolve|fix|sort)\b", "resolve fix sort"),
)

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


def find_asks(doc: Document) -> tuple[Evidence, ...]:
    """What the client wants, one `Evidence` per ask, in text order.

    A plea for help from someone who names a deadline ("my flight leaves in an hour, please
    help") asks for speed, so it counts as `expedite` rather than a generic `fix`. Help sought
    alongside a question about whom to contact ("the app won't load, who should I speak to?")
    asks for the way in, not a fix.

    >>> from calmdesk.text import normalise
    >>> [a.span.text for a in find_asks(normalise("Can someone call me back today?"))]
    ['Can someone call']
    """
    prepared = prepare(doc)
    found = dict(ASKS.find(prepared))
    manager = MANAGER.find(prepared).get("manager_request")
    if manager is not None:
        found["manager"] = manager
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
    ):
        found["expedite"] = found.pop("fix")
    return evidence_of(doc, found)
