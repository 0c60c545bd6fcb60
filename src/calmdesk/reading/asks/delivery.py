"""Asks about the goods or the journey: `replacement` (a new item sent) and `expedite` (sooner,
faster, an earlier flight).

>>> from calmdesk.reading.asks import find_asks
>>> from calmdesk.text import normalise
>>> message = normalise("Send a replacement and get it here by Friday.")
>>> [(a.name, a.span.text) for a in find_asks(message)]
[('replacement', 'replacement'), ('expedite', 'get it here by Friday')]
"""

from __future__ import annotations

import re

from calmdesk.reading.asks.common import _DECLINED, _ask
from calmdesk.reading.phrases import PhraseRule
from calmdesk.reading.triggers.deadline import WHEN

# What is sent again when it is information, not goods: "resend the details", "resend info".
_INFORMATION = (
    r"(?:details|info|information|email|e-mail|link|code|message|form|receipt|number|address|"
    r"instructions|invoice|confirmation|documents?|photos?|pictures?|screenshots?|statement)\b"
)
_INFORMATION_AFTER = re.compile(
    rf"\s+(?:(?:me|us|you)\s+)?(?:(?:the|my|our|your|an?|this|that|some|all)\s+)?{_INFORMATION}"
)

# Before the bare word: a replacement already had ("the third replacement broke too", "the poor
# replacement you sent"), bought by the client ("ordering a replacement part myself") or already on
# its way, not one asked for ("I need a second replacement" still asks).
_REPLACEMENT_HAD = re.compile(
    _DECLINED.pattern
    + r"""|(?<!\ba\s)\b(?:1st|2nd|3rd|\d+th|first|second|third|fourth|fifth|last|previous|latest|
    poor|faulty|useless|broken|cheap)\s+$
    |\b(?:buy|buying|bought|purchase|purchased|purchasing|order|ordered|ordering)\s+
    (?:(?:a|an|another|my\s+own|our\s+own|the)\s+)?(?:\w+\s+)?$
    # news of one already on its way asks for the news: "any update on the replacement charger?"
    |\b(?:update|updates|news|status|eta|tracking|word)\s+(?:on|about|for|of)\s+(?:the|my|our)\s+$""",
    re.I | re.X,
)

# Goods made again: "reprint the flyers", "redo the artwork", "re-run the batch", "remake the
# banners". A thing made anew is a replacement; a document corrected ("reissue the invoice") is a
# fix (see `fix.py`).
_MADE_AGAIN = r"(?:re-?print|re-?do|re-?make|re-?run)"
_MADE_AGAIN_DONE = (
    r"(?:re-?printed|re-?done|re-?made|re-?run|re-?delivered|re-?sent|re-?shipped|replaced)"
)
# What is made again when it is no goods: "re-run the payment", "redo the booking" (a booking
# put right is a fix), "rerun the report filters".
_NOT_GOODS_AFTER = re.compile(
    r"\s+(?:(?:the|my|our|your|a|this|that)\s+)?(?:\w+\s+)?(?:payments?|charges?|cards?|"
    r"transactions?|checks?|tests?|search(?:es)?|quer(?:y|ies)|numbers|figures|scripts?|"
    r"reports?|analysis|calculations?|credit|migration|sync|import|export|bookings?|"
    r"reservations?|tickets?|itinerar(?:y|ies)|appointments?)\b",
    re.I,
)
# Before a remake: one already made ("the reprint you sent", "they offered a reprint"), not one
# asked for.
_MADE_AGAIN_HAD = re.compile(
    _REPLACEMENT_HAD.pattern
    + r"|\b(?:offered|promised|sent|did|gave|done|got|received|had|agreed\s+to)\s+"
    r"(?:(?:us|me|them)\s+)?$",
    re.I,
)
# Where an order stands alone: the start of the message or of a sentence ("Redo the artwork.")
# (or of a clause after a comma: "The proof is wrong again, redo it.")
_SENTENCE_START = re.compile(r"(?:^|[.!?;:,\n]\s*)(?:(?:so|just|now|then)\s+)?(?P<phrase>)\Z")

# A replacement that has come and is fine: "the replacement arrived this morning and works
# perfectly" is thanks, not an ask ("the replacement arrived cracked too" still asks).
_REPLACEMENT_CAME_FINE = re.compile(
    r"""(?:\s+\w+){0,2}?\s+(?:has\s+|have\s+|finally\s+|just\s+)?(?:arrived|came|turned\s+up|
      showed\s+up|got\s+here|was\s+delivered|were\s+delivered|works|worked|is\s+working|
        fits|fit)\b
    (?![^.!?]*\b(?:broken|damaged|wrong|faulty|cracked|missing|late|dead|leaking|torn|
      not|n't|doesnt|didnt|isnt|no\s+longer|stopped|same\s+(?:problem|issue|fault))\b)""",
    re.X,
)

REPLACEMENT: tuple[PhraseRule, ...] = (
    _ask(
        "replacement",
        "replacement replacements",
        r"\breplacement(?:s)?\b",
        unless_before=_REPLACEMENT_HAD,
        unless_after=_REPLACEMENT_CAME_FINE,
    ),
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
          a\s+second)\s+(?!(?:email|message|link|code|invoice|bill|form|voucher|coupon|
            gift\s+card)\b)\w+""",
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
    # "please reprint the job", "can you redo the artwork", "we need you to re-run the batch",
    # "your designer needs to redo the layout" ("we need to redo it ourselves" asks nothing)
    _ask(
        "replacement",
        "please pls kindly can could will would need want expect like to you your",
        rf"""\b(?:please|pls|kindly|(?:can|could|will|would)\s+(?:you|u)(?:\s+please)?|
          (?:need|want|expect|like)\s+(?:you\s+to|them\s+to)|to\s+be|
          (?:you|your\s+\w+)\s+(?:need|needs|have|has|must|will\s+(?:need|have))\s+to)
          \s+{_MADE_AGAIN}\b""",
        "reprint redo remake rerun re",
        _MADE_AGAIN_HAD,
        unless_after=_NOT_GOODS_AFTER,
    ),
    # An order on its own: "Reprint the job and courier it to us."
    _ask(
        "replacement",
        "reprint redo remake rerun re",
        rf"""\b{_MADE_AGAIN}(?=\s+(?:it|them|this|these|those|all|the|our|my|every)\b)""",
        unless_after=_NOT_GOODS_AFTER,
        requires_before=_SENTENCE_START,
    ),
    # Wanted made or sent again: "we expect the whole run reprinted", "the pallets need to be
    # re-delivered".
    _ask(
        "replacement",
        "need needs want expect require must has have",
        rf"""\b(?:(?:need|want|expect|require)\s+(?:it|them|this|these|those|all|every|
          (?:the|our|my)\s+(?:\w+\s+){{0,3}}?\w+)
          |(?:needs?|must|has|have)\s+(?:to\s+)?be)\s+{_MADE_AGAIN_DONE}\b""",
        "reprinted redone remade rerun re replaced resent reshipped redelivered",
        _MADE_AGAIN_HAD,
        unless_after=_NOT_GOODS_AFTER,
    ),
    # A reprint as a noun: "a free reprint", "we want reprints" ("a remake" is mostly a film's).
    _ask(
        "replacement",
        "a an want need expect demand request",
        r"""\b(?:an?\s+(?:(?:free|full|new|complete|proper|urgent|immediate|corrected|
          second)\s+)?re-?print\b(?!\s+(?:the|it|them|our|my|this)\b)
          |(?:want|need|expect|demand|request)\s+(?:\w+\s+)?re-?prints\b)""",
        "reprint reprints re",
        _MADE_AGAIN_HAD,
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
    r"transferred)\s+(?:on(?:to)?|to|for)\s+(?:an?\s+|the\s+)?$"
    # Done already: "rebooked on an earlier flight!", "they moved us to the earlier train", "helped
    # me get on an earlier flight", "arranged a move to the earlier one".
    r"|\b(?:rebooked|re-booked|booked|books|moved|switched|transferred|put|arranged\s+(?:a\s+)?move)"
    r"\s+(?:(?:me|us|you|him|her|them)\s+)?(?:(?:on(?:to)?|to|for|in)\s+)?(?:(?:an?|the)\s+){0,2}$"
    r"|\bhelp(?:ed|ing)\s+(?:me|us|him|her|them)\s+(?:to\s+)?(?:get|got)\s+(?:on(?:to)?\s+)?"
    r"(?:(?:an?|the)\s+){0,2}$"
    # Tried and refused: "I attempted to switch to the earlier slot but the portal refused".
    r"|\b(?:tried|attempted)\s+to\s+(?:get|go|switch|move|change|transfer)\s+(?:\w+\s+)?"
    r"(?:on(?:to)?\s+|to\s+|for\s+)?(?:(?:an?|the)\s+){0,2}$",
    re.I,
)
# After "sooner than" or "faster than": a comparison with what was expected, not a request to
# hurry ("we flew home sooner than planned").
_COMPARED_WITH_EXPECTED = re.compile(
    r"\s+(?:(?:i|we)\s+)?(?:expected|anticipated|planned|intended|thought|usual|"
    r"normal|anyone|anybody|ever)\b",
    re.I,
)
# Before "sooner" or "faster": what the client could do, or what might have been ("I could walk
# there faster!", "would you have refunded us if we'd complained sooner?").
_WHAT_MIGHT_HAVE_BEEN = re.compile(
    _DECLINED.pattern + r"|\b(?:(?:i|we)\s+could|if\s+(?:i|we|they|you|he|she)(?:\s+had|['’]d))\b"
    r"[^.!?]*$",
    re.I,
)
# Before "get it by Monday": a promise reported ("the courier said I'd get it by Monday", "I was
# meant to get it today"), not a deadline asked for.
_PROMISED_BY = re.compile(
    _DECLINED.pattern + r"|(?:['’]ll|['’]d|\bwill|\bwould|\bshould|\bsupposed\s+to|\bmeant\s+to|"
    r"\bdue\s+to|\bpromised\s+(?:to|(?:i|we)(?:['’]d|\s+would)))\s+(?:still\s+)?$",
    re.I,
)

# Speed bought or had, not asked for: "I paid for expedited shipping", "wish I had expedited
# security", "the only thing that expedited was the queue".
_PAID_FOR_SPEED = re.compile(
    _DECLINED.pattern + r"|\b(?:paid|pay|paying|bought|purchased|chose|selected|picked|had|"
    r"thing\s+that)\s+(?:for\s+)?(?:the\s+)?$"
    # Money back for speed that never came: "we want the fee for expedited handling returned".
    r"|\b(?:money|refund|refunded|fee|fees|charge|charged|extra|paid)\s+(?:\w+\s+)?for\s+"
    r"(?:the\s+|my\s+|our\s+|an?\s+)?$",
    re.I,
)
# Before a faster service by name: one already chosen for an order ("we ordered the toner
# with next-day delivery", "we booked express shipping") or the client's own ("my express delivery
# is late"), not asked for now.
_SPEED_CHOSEN = re.compile(
    _PAID_FOR_SPEED.pattern
    + r"""|\b(?:placed|ordered|order|bought|purchased|paid|booked|chose|chosen|selected|sent|
    shipped|posted|upgraded)\b[^.!?]{0,40}?\b(?:for|with|by|via|using|on)\s+(?:the\s+|an?\s+)?$
    |\b(?:my|our|this|that|your)\s+$""",
    re.I | re.X,
)

# What is wanted by a time, when it is goods or work: not money ("I need my money back by Friday"
# asks for a refund) and not information ("I need the receipt asap" asks for the receipt).
_GOODS = rf"""(?!(?:my|our|the)\s+(?:money|refund|answer|reply|response|quote|{_INFORMATION}))
    (?:it|this|them|my\s+\w+|our\s+\w+|the\s+\w+)"""
# A time it is wanted by: "by Friday", "by the 3rd", "by end of day", "by then" (not "by email").
_BY_A_TIME = rf"""by\s+(?:(?:the\s+)?(?:{WHEN})|then|christmas|next\s+\w+|
    the\s+(?:weekend|end\s+of\s+\w+))"""
# A delay or a wait that puts the client's deadline at risk ("we are still waiting for the bags",
# "my case is still missing", "delayed here and likely to miss my connection"): with it, a plea
# for help and a deadline ask for speed (see `find_asks`); without it ("I need to be at a meeting
# tomorrow, please help") the plea asks for help, and the deadline is the `hard_deadline` trigger.
DEADLINE_AT_RISK = re.compile(
    r"""\b(?:delay(?:ed|s)?|late|stuck|stranded|not\s+moving
      |still\s+(?:waiting|sitting|missing|lost|stuck|not\s+(?:moving|here|arrived|found|back))
      |miss(?:ed|ing)?\s+(?:(?:my|our|the|their|his|her|a|its)\s+)?(?:connections?|
        connecting\s+flight|flight|train|deadline|slot|window)
      |(?:gonna|going\s+to|will|may|might|about\s+to|likely\s+to|likely\s+gonna)\s+miss)\b""",
    re.X,
)

# An effort told of, not asked for: "they're trying to get us out", "I don't understand trying to
# speed up a process that late" ("I'm trying to get it back before Friday" still asks).
_AN_EFFORT_REPORTED = re.compile(
    r"\b(?:(?:they|he|she|you)(?:['’]re|\s+are|\s+were|['’]s|\s+is|\s+was)\s+(?:\w+\s+){0,3}?"
    r"trying|understand\s+trying|(?<!i['’]m\s)(?<!we['’]re\s)(?<!i\s)(?<!we\s)trying)\s+"
    r"(?:to\s+)?$",
    re.I,
)

EXPEDITE: tuple[PhraseRule, ...] = (
    # "the expedite charges refunded" is about a fee, not asking for speed
    _ask(
        "expedite",
        "expedite expedited expediting",
        r"\bexpedit\w*",
        unless_before=_PAID_FOR_SPEED,
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
        # "so quickly!" and "very quickly!" are praise, not a request to hurry; after "than" only a
        # time is a request ("sooner than Friday"): "faster than emailing" compares, and "sooner
        # than later" is a saying.
        rf"""\b(?<!so\s)(?<!very\s)(?:sooner|faster|quicker|quickly|more\s+quickly)\s*(?:please|
          pls|\?|!|than(?=\s+(?:(?:this|next|the)\s+)?(?:{WHEN}|that|planned|promised|
            scheduled|quoted)))""",
        unless_before=_WHAT_MIGHT_HAVE_BEEN,
        unless_after=_COMPARED_WITH_EXPECTED,
    ),
    _ask(
        "expedite",
        "speed hurry",
        r"\b(?:speed|hurry)\s+(?:it|this|things|them)?\s*up",
        unless_before=_AN_EFFORT_REPORTED,
    ),
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
        unless_before=_SPEED_CHOSEN,
    ),
    # A trade's words for sooner: "can you turn the job around by Friday?", "we need a faster
    # turnaround", "move our job to the front of the queue", "put a rush on the order" ("turn
    # it around" alone is a change of fortune; "bump the prices up" is no queue).
    _ask(
        "expedite",
        "turn",
        rf"""\bturn\s+(?:it|this|them|the\s+\w+|our\s+\w+|my\s+\w+)\s+(?:a)?round\s+
          (?:{_BY_A_TIME}|today|tonight|tomorrow|faster|quicker|sooner|asap|before|(?:in|within)\s+
            (?:time\b|(?:\d+|an?|one|two|three|four|five|a\s+few)\s+(?:hours?|hrs?|days?|
              working\s+days?|weeks?)))\b""",
        "around round",
        _PROMISED_BY,
    ),
    _ask(
        "expedite",
        "need want expect please can could asking request",
        r"""\b(?:need|want|expect|please|(?:can|could)\s+(?:you|we|i)\s+(?:do|have|get|give\s+us)|
          asking\s+for|request)\s+(?:a|an|the|your)?\s*(?:faster|quicker|shorter|rush|express|
            same[ -]day|next[ -]day|\d+[ -]?(?:hour|hr|day))\s+turn-?around\b""",
        "turnaround turn",
    ),
    _ask(
        "expedite",
        "move put bump push get",
        r"""\b(?:move|put|bump|push|get)\s+(?:us|it|this|them|our\s+\w+|my\s+\w+|the\s+\w+)\s+
          (?:up\s+)?(?:to\s+)?(?:the\s+)?(?:front|top|head)\s+of\s+(?:the\s+)?(?:queue|line|
            list|pile)\b""",
        "front top head",
    ),
    _ask(
        "expedite",
        "bump move push",
        r"""\b(?:bump|move|push)\s+(?:it|this|them|us|our\s+\w+|my\s+\w+|the\s+\w+)\s+up\s+
          (?:the\s+)?(?:queue|list|line|priority\s+list|priorities)\b""",
        "queue list line priority priorities",
    ),
    _ask(
        "expedite",
        "put place",
        r"\b(?:put|place)\s+a\s+rush\s+on\b",
        "rush",
    ),
    _ask(
        "expedite",
        "hold",
        r"\bhold\s+(?:(?:the\s+)?(?:flight|plane|door|gate|train|bus)|flight\s+\d+)",
    ),
    _ask(
        "expedite",
        "need want",
        rf"""\b(?:need|want)\s+{_GOODS}\s+(?:here\s+|delivered\s+|back\s+|shipped\s+)?
          (?:today|tonight|tomorrow|{_BY_A_TIME}|sooner|faster|asap|quicker|before)""",
        "today tonight tomorrow by sooner faster asap quicker before",
    ),
    _ask(
        "expedite",
        "get",
        rf"""\bget\s+{_GOODS}\s+(?:here\s+|delivered\s+|back\s+|shipped\s+)?
          (?:today|tonight|tomorrow|{_BY_A_TIME}|sooner|faster|asap|quicker|before)""",
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
    # ("thanks for helping get us home", "they couldn't get us home" tell what happened)
    _ask(
        "expedite",
        "let get",
        r"""\b(?:let|get)\s+(?:the\s+)?(?:flight|plane|us)\s+(?:\d+\s*)?(?:get\s+)?(?:to\s+the\s+gate|
          off|moving|out|home)""",
        "gate off moving out home",
        re.compile(
            _DECLINED.pattern + r"|\b(?:helping|helped|couldn[’']?t|could\s+not|failed\s+to|"
            r"had\s+to|(?:a|new|another)\s+\w+\s+to)\s+$"
            # What did not happen: "the crew would not let us off", "no one on duty to get us out".
            r"|\b(?:didn[’']?t|did\s+not|wouldn[’']?t|would\s+not)\s+(?:even\s+)?$"
            r"|\bno\s+(?:\w+\s+){1,3}?to\s+$"
            r"|" + _AN_EFFORT_REPORTED.pattern,
            re.I,
        ),
    ),
    _ask(
        "expedite",
        "is are",
        r"""\b(?:is|are)\s+there\s+(?:any|no)\s*way\s+to\s+(?:get|switch|move|change|
          go)\s+(?:\w+\s+){0,3}?(?:earlier|sooner|today|tonight|faster)""",
        "way anyway noway",
    ),
)
