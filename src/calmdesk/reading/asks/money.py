"""Asks for money: `refund` (money back, a charge or an overcharge reversed) and `compensation`
(something for the trouble: a voucher, miles, credit, a fee waived, a sum off the next invoice).

>>> from calmdesk.reading.asks import find_asks
>>> from calmdesk.text import normalise
>>> message = normalise("I want my money back and a voucher for the trouble.")
>>> [(a.name, a.span.text) for a in find_asks(message)]
[('refund', 'my money back'), ('compensation', 'a voucher')]
"""

from __future__ import annotations

import re

from calmdesk.reading.asks.common import REQUEST, _ask
from calmdesk.reading.phrases import PhraseRule, Q

# A sum of money as a client writes it: "$480", "£1,200.50", "480 dollars", "EUR 90".
_SUM = r"""(?:[$£€]\s?\d[\d,]*(?:\.\d+)?|(?:usd|gbp|eur)\s?\d[\d,]*(?:\.\d+)?|
  \d[\d,]*(?:\.\d+)?\s?(?:dollars|bucks|pounds|quid|euros|usd|gbp|eur))"""

REFUND: tuple[PhraseRule, ...] = (
    # A charge taken back: "reverse the duplicate payment", "I need the double charge refunded".
    _ask(
        "refund",
        "reverse reversed reversal",
        r"""\b(?:reverse|reversed|reversal\s+of)\s+(?:the\s+|this\s+|that\s+|my\s+|our\s+)?
          (?:duplicate\s+|double\s+|extra\s+|second\s+|wrong\s+|incorrect\s+)?
            (?:payment|charge|transaction|debit|fee|overcharge|overpayment)s?\b""",
        """payment payments charge charges transaction transactions debit debits fee fees
        overcharge overcharges overpayment overpayments""",
    ),
    # Money taken in excess, wanted back: "we want the overcharge reversed", "the overpayment
    # credited back", "a credit note for the difference" (a credit note for the downtime is
    # compensation).
    _ask(
        "refund",
        "overcharge overcharges overpayment overpayments",
        r"""\bover(?:charge|payment)s?\s+(?:to\s+be\s+|be\s+)?(?:reversed|refunded|returned|
          credited(?:\s+back)?|paid\s+back|back)\b""",
    ),
    _ask(
        "refund",
        "credit",
        r"""\bcredit\s+notes?\s+for\s+(?:the\s+)?(?:price\s+)?(?:difference|overcharge|
          overpayment|duplicate|double\s+charge|amount\s+(?:we\s+were\s+|i\s+was\s+)?
            overcharged)\b""",
        "note notes",
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
    # A sum wanted back ("I want the $480 back", "give us our £60 back"), or waited for: "if the
    # $480 isn't back by Friday", "the money still hasn't been refunded".
    _ask(
        "refund",
        "want wanted need expect demand give get send pay",
        rf"""\b(?:want|wanted|need|expect|demand|give\s+(?:me|us)|get|send|pay)\s+
          (?:(?:the|my|our|that|this)\s+)?{_SUM}\s+back\b""",
        "back",
    ),
    _ask(
        "refund",
        "the my our",
        rf"""\b(?:the|my|our)\s+(?:{_SUM}|money|payment|deposit|refund)\s+(?:still\s+)?
          (?:isn{Q}t|isnt|is\s+not|is\s+still\s+not|hasn{Q}t\s+been|has\s+not\s+been|
            wasn{Q}t|was\s+not|never\s+came|hasn{Q}t\s+come|has\s+not\s+come)\s+
          (?:back|returned|refunded|credited|reversed)\b""",
        "back returned refunded credited reversed",
    ),
    # ("give me back my bag" wants the bag, not money)
    _ask(
        "refund",
        "pay paying give giving send sending",
        r"""\b(?:pay|paying|give|giving|send|sending)\s+(?:me|us)\s+back\b
          (?!\s+(?:my|our|the)\s+(?!money|cash|deposit|fare|fees?|payment)\w+)""",
        "back",
    ),
    _ask(
        "refund",
        "return refund credit",
        r"""\b(?:return|refund|credit\s+back)\s+(?:my|our|the)\s+(?:money|payment|fee|charge|
        deposit|difference|overcharge|overpayment|excess|\$)""",
    ),
)

_COMPENSATION_WORDS = "voucher vouchers discount goodwill gesture free something comp"
# Things a client also owns, earns, spends or buys: compensation only when asked for as such.
_OWNED_WORDS = "credit credits mileage miles points upgrade"
_NOT_ASKING_COMPENSATION = re.compile(
    r"\b(?:no\s+need\s+(?:to|for)|don[’']?t\s+(?:need|want)|do\s+not\s+(?:need|want)|"
    r"not\s+(?:asking|looking)|"
    # the request itself negated, when the span starts at it: "I don't [want a voucher]"
    r"(?:don[’']?t|do\s+not)(?=\s+$)|"
    r"thanks?\s+(?:you\s+)?for|thank\s+you\s+for|appreciate|(?:got|did\s+get)\s+(?:my|the|a)|"
    # "already received compensation", but not "never received any" or "received no".
    r"(?<!never\s)(?<!not\s)(?<!n't\s)(?<!n’t\s)received(?!\s+(?:no|nothing|zero)\b)"
    r"(?:\s+(?:my|the|a|some))?)\s+(?:[\w$£€.,]+\s+){0,3}$",
    re.I,
)
# Points of a rewards scheme ("joined the rewards club and still no points") are owed by the
# scheme, not offered for the trouble.
_NOT_ASKING_COMPENSATION_IN_POINTS = re.compile(
    _NOT_ASKING_COMPENSATION.pattern
    + r"|\b(?:rewards?|loyalty|sign(?:ed)?\s+up|join(?:ed)?|earn(?:ed|ing)?|accru\w+)\b[^.!?]*$"
    # "how long until the miles show up" waits for points already due
    + r"|\bhow\s+long\b[^.!?]*$",
    re.I,
)
# A promotion's "sign up and get free tickets" is an offer, not a gift asked for.
_NOT_ASKING_OR_PROMOTION = re.compile(
    _NOT_ASKING_COMPENSATION.pattern + r"|\b(?:sign(?:ed)?\s+up|join|register|subscribe)\b[^.!?]*$",
    re.I,
)
# A request just before, or a second thing in the same request: "I expect a corrected invoice
# and a credit".
_REQUESTED = re.compile(
    rf"\b{REQUEST}\s+(?:\w+\s+){{0,3}}?\Z"
    rf"|\b{REQUEST}\s+(?:\w+\s+){{1,6}}?and\s+(?P<phrase>(?:\w+\s+){{0,2}}?)\Z"
)

# For compensation, also what is withheld: "do you provide vouchers", "you won't provide a
# voucher", "not even a meal voucher", "they denied us vouchers", "I'll be expecting a credit".
_COMPENSATION_REQUEST = (
    rf"(?:{REQUEST}|provide|provides|providing|expecting|not\s+even(?=\s+(?:a|an|any|one)\b)|"
    rf"deny|denied|denying)"
)

# The same, but not for a thing already the client's, named by what it is for ("reception sent
# me back to get my taxi voucher").
_REQUESTED_NOT_OWN = re.compile(
    rf"\b{_COMPENSATION_REQUEST}\s+(?!(?:\w+\s+)?(?:my|our)\s+[\w-]+\s+\Z)(?:\w+\s+){{0,3}}?\Z"
    rf"|\b{_COMPENSATION_REQUEST}\s+(?:\w+\s+){{1,6}}?and\s+(?P<phrase>(?:\w+\s+){{0,2}}?)\Z"
)

# Before points, miles, credit or an upgrade: a request whose words do not make them the client's
# own, earned or spent ("will my loyalty points carry over", "will we acquire miles on this fare",
# "can anyone book award miles travel", "when will the merging of miles be done").
_REQUESTED_FOR_TROUBLE = re.compile(
    rf"""\b{_COMPENSATION_REQUEST}\s+(?:(?!(?:my|our|your|earn\w*|acquir\w*|accru\w*|collect\w*|
      redeem\w*|transfer\w*|use|using|combin\w*|keep|keeping|book\w*|buy\w*|purchas\w*|
      merg\w*)\b)\w+\s+){{0,3}}?\Z
    |\b{_COMPENSATION_REQUEST}\s+(?:\w+\s+){{1,6}}?and\s+(?P<phrase>(?:\w+\s+){{0,2}}?)\Z""",
    re.X,
)
# After them: the scheme's rules, not a gift ("miles for shopping with partners", "points based on
# distance", "miles earned on the first leg", "denied miles that expired").
_EARNED_AFTER = re.compile(
    r"""\s+(?:(?:for|on|from|with|through|via)\s+(?:\w+\s+){0,2}?(?:purchases?|shopping|spend|
      spending|partners?|rentals?|hotel\s+stays?)\b|(?:now\s+)?(?:be\s+)?(?:based|earned|accrued|
        combined|merged|transferred|expire|expiring)\b
    |(?:that|which)\s+(?:had\s+|have\s+|has\s+)?(?:expired|expire)\b)""",
    re.X,
)


# The client's own side making up for it: "our team has had to work weekends to compensate"
# ("we expect you to compensate us" still asks).
_WE_COMPENSATE = re.compile(
    _NOT_ASKING_COMPENSATION.pattern
    + r"|\b(?:we|i|our\s+(?:team|staff|people|engineers))\b(?![^.!?]*\byou\b)[^.!?]*\bto\s+$",
    re.I,
)


# Our own side offering a cut: "we can take it off your next invoice".
_WE_OFFER = re.compile(
    _NOT_ASKING_COMPENSATION.pattern + rf"|\b(?:we|i)(?:\s+(?:will|can|could)|{Q}ll)\s+$", re.I
)


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
        unless_before=_WE_COMPENSATE,
    ),
    # "can I get a voucher", "how about a free coffee": a request, then the thing itself ("the free
    # gift" of a promotion is the promotion's, not a gift for the trouble; "no free parking" is a
    # missing feature, not a gift asked for; "my taxi voucher" is one already given).
    _compensation(
        _COMPENSATION_WORDS,
        r"""\b(?<!my\s)(?<!our\s)(?:vouchers?|discount|goodwill|gesture|(?<!the\s)(?<!no\s)free\s+\w+|
            something\s+for\s+(?:the|my|our)\s+trouble|comp)\b""",
        "",
        _REQUESTED_NOT_OWN,
        unless_before=_NOT_ASKING_OR_PROMOTION,
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
          (?:credits?|mileage\s+(?:credits?|points|bonus)|miles|points|
            (?<!\bi\s)(?<!\bwe\s)(?<!\bto\s)(?<!\bme\s)(?<!\bus\s)upgrade)\b
          (?!\s+(?:card|cards|costs?|prices?|fees?|list|receipt|balance|credited|show\w*|posted|
            from)\b
            |\s+notes?\s+for\s+(?:the\s+)?(?:price\s+)?(?:difference|over|duplicate|double))""",
        "",
        _REQUESTED_FOR_TROUBLE,
        unless_before=_NOT_ASKING_COMPENSATION_IN_POINTS,
        unless_after=_EARNED_AFTER,
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
    # A bill cut asked for: "knock the call-out charge off the next bill", "please take it off
    # our next invoice" (not "we can take it off your invoice", nor "take the old address off the
    # invoice", which corrects it).
    _compensation(
        "take knock deduct shave",
        rf"""\b(?:take|knock|deduct|shave)\s+(?!(?:\S+\s+){{0,3}}?(?:address|name|details|reference|
          logo|email|number)\b)(?:[\w$£€.,'-]+\s+){{0,4}}?(?:off|from)\s+(?:the|our|my|this|that|
            next)\s+(?:next\s+|month{Q}s\s+|[\w-]+\s+)?(?:invoice|bill|statement|renewal)s?\b""",
        "invoice invoices bill bills statement renewal",
        unless_before=_WE_OFFER,
    ),
    # "I need an explanation and a credit for this month's invoice"
    _compensation(
        "credit",
        r"""\bcredit\s+(?:for|on|against|towards|off)\s+(?:this|the|our|my|next|last)\s+
          (?:\w+\s+){0,2}?(?:month|invoice|bill|statement|subscription|renewal
          |(?:missed|lost|undelivered|unused|wasted)\s+(?:hours|days|time|work|sessions|weeks?))""",
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
    # ("a $15 service credit voucher" is a thing held: "credit" gives only with whom it gives to)
    _compensation(
        "add credit give offer send",
        r"""\b(?:(?:add|give|offer|send)\s+(?:me|us|my\s+account|our\s+account)?\s*
          |credit\s+(?:me|us|my\s+account|our\s+account)\s+(?:with\s+)?)(?:some\s+|
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
    # "credit me $200 for the trouble", "credit our account with £50"
    _compensation(
        "credit",
        r"""\bcredit\s+(?:me|us|my\s+account|our\s+account)\s+(?:with\s+)?(?:\$|£|€)\s?\d[\d,.]*""",
    ),
    # "a voucher would help", "some credit would go a long way", "some sort of comp is in order"
    _compensation(
        "voucher vouchers credit compensation comp upgrade discount miles",
        r"""\b(?<!my\s)(?<!our\s)(?:vouchers?|credit|compensation|comp|upgrade|discount|miles)\s+
          (?:(?:would|wld|could|might)\s+(?:really\s+|surely\s+)?(?:help|be\s+(?:nice|appreciated|
            great|fair)|go\s+a\s+long\s+way)
          |(?:is|would\s+be|seems)\s+(?:surely\s+)?(?:in\s+order|only\s+fair))""",
    ),
    _compensation("goodwill gesture", r"\b(?:goodwill\s+gesture|gesture\s+of\s+goodwill)"),
    _compensation("make", r"\bmake\s+(?:it|this|that)\s+up\s+to\s+(?:me|us)", "up"),
    _compensation(
        "vouchers voucher miles discount",
        rf"""\b(?:vouchers?|miles|discount)\s+(?:offer\s+)?(?:doesn{Q}t|does\s+not|didn{Q}t|never|
          isn{Q}t)""",
    ),
)
