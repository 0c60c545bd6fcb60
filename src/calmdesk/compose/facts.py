"""The facts a draft can state, gathered from the Reading and the rep's context, and their wording.

Facts come from the context first, then from the Reading (name, order number, carrier, amount).
A fact is known (a string), needed but unknown (None: the draft shows a `{name}` placeholder) or
absent. The topic is narrowed to what the message bears out: an order mentioned with nothing late
is no delivery complaint. Further problems stated beside the main one are in `Facts.others`.

>>> from calmdesk.compose.values import ComposeContext
>>> from calmdesk.playbook import default_playbook
>>> from calmdesk.reading import read
>>> playbook = default_playbook()
>>> reading = read("Where is order 4417? It was due Monday.\\n\\nThanks,\\nAna Ruiz", playbook)
>>> facts = facts_from(reading, playbook, ComposeContext())
>>> facts.name, facts.topic, subject_of(facts)
('Ana', 'delivery', 'order 4417')
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from calmdesk.compose.refund import format_amount, refund_amount, refund_object
from calmdesk.compose.values import ComposeContext
from calmdesk.playbook.exceptions import asked_exceptions
from calmdesk.playbook.model import Playbook
from calmdesk.reading.complaint import came_whole
from calmdesk.reading.lexicon import ARRIVED_DAMAGED
from calmdesk.reading.money import amount_of
from calmdesk.reading.values import Entity, Reading, first_name
from calmdesk.text import sentence_around

# What the client may owe: the words the reader's cue for a client-side delay names.
_MATERIALS = re.compile(
    r"\b(artwork|files?|materials?|assets|content|copy|approval|sign[ -]?off|proofs?|designs?|"
    r"logo|specs?|specifications|details|information|brief|data|documents?|paperwork|forms?|"
    r"measurements|photos?|images|deposit|payment|feedback|input|go[ -]ahead|confirmation|"
    r"decision)\b",
    re.IGNORECASE,
)

_KNOWN_ENTITIES = ("order_number", "carrier", "ticket_number", "invoice_number", "amount", "name")
# Words just before a phone number that make it the client's own, to be called back on ("call me
# on", "my mobile is", "Can someone call me? 07700 900123"); a number they rang is not.
_OWN_NUMBER = re.compile(
    r"(?:\b(?:call|ring|phone|reach|contact|text)\s+(?:me|us)\b[^.\n]{0,25}?[?.:,]?\s*"
    r"|\b(?:my|our)\s+(?:mobile|cell|phone|telephone|number|direct\s+(?:line|dial)|landline)"
    r"(?:\s+(?:number|no\.?))?\s*(?:is\s*|:\s*|-\s*)?"
    r"|^(?:mobile|mob|cell|tel|phone|m|t)\s*[:.]?\s*)\Z",
    re.MULTILINE,
)

# Signs that a delivery is late or has not come, which the delivery wording takes for granted.
_LATE = re.compile(
    r"\b(?:late|later than|delay\w*|overdue|was due|missing|lost|stuck|no sign|tracking|"
    r"(?:has|have|had|hasn['’]?t|haven['’]?t|hadn['’]?t|did\s*n['’]?t|didnt|not|never|still not|"
    r"yet to)\s+(?:yet\s+)?(?:arrived?|come|came|shown up|showed up|turned up|been delivered|"
    r"delivered|received|reached|here)|where(?:['’]s|\s+is|\s+are)\s+(?:my|our|the|it)|"
    r"still\s+(?:waiting|no|nothing|not)|waiting\s+(?:for|on)|supposed to (?:arrive|be here|come)|"
    r"should have (?:arrived|come|been (?:here|delivered))|"
    # "nobody can tell us where they are", "will they arrive in time?"
    r"where\s+(?:they|it)\s+(?:are|is)\b|(?:arrive|get here|be here|make it)\s+in\s+time)"
)


# Words of goods on their way, which the delivery wording ("hasn't arrived yet") takes for granted;
# without them a late thing is work that has run late ("the creative was two weeks late").
_GOODS = re.compile(
    r"\b(?:orders?|ordered|parcels?|packages?|shipments?|shipped|shipping|deliver(?!able)\w*|"
    r"couriers?|tracking|items?|boxes|box|goods|products?|posted|postage|dispatch\w*|arriv\w*|"
    r"stock|warehouse)\b"
)

# Goods that came damaged: put right with new ones, never with "it should be with you by now".
_DAMAGED = re.compile(
    r"\b(?:arrived|came|turned\s+up|delivered|received|got)\b[^.!?]{0,80}?\b(?:damaged|crushed|"
    r"broken|smashed|dented|torn|cracked|leaking|soaked|ripped|shattered|squashed|destroyed)\b"
    r"|\b(?:damaged|crushed|broken|smashed|dented|cracked|shattered)\s+(?:in\s+transit|on\s+"
    r"arrival|in\s+the\s+post|during\s+delivery)\b"
    r"|\b(?:cartons?|boxes|box|packaging|parcels?|packages?|pallets?|shrink\s*wrap)\s+(?:was\s+|"
    r"were\s+|is\s+|are\s+|came\s+|arrived\s+)?(?:\w+\s+)?(?:damaged|crushed|torn|smashed|"
    r"dented|ripped|soaked|broken)\b"
)
# Goods that came broken, said outright, as the reader reads them: "the kettle arrived with a
# cracked lid", "the lamp came smashed", "half the plates turned up chipped". Narrower than
# `_DAMAGED`: "I got it in May and now it's broken" is wear, not transit; "it came back broken"
# is a repair; "it arrived dead" or "not working" is a fault, with no damage to photograph.
_ARRIVED_BROKEN = re.compile(rf"\b(?!came\s+back\b)(?:{ARRIVED_DAMAGED})\b(?<!working)(?<!dead)")
# What a cancellation is of, in the ask's own words: "cancel the account today".
_CANCELLED_THING = re.compile(
    r"\b(subscription|account|membership|contract|plan|booking|reservation|order|policy|"
    r"licen[cs]e|renewal|service)s?\b"
)

# Words of a charge or a bill, which the billing wording ("an unexpected charge") takes for granted.
_CHARGE = re.compile(
    r"\b(?:charg\w*|bill|bills|billed|billing|invoic\w*|debit\w*|fees?|overcharg\w*|"
    r"subscription|renewal|statement|pric\w*|discount|coupon|promo|tax|vat|receipt)\b"
)
# What went wrong with a bill, when the client says so: charged twice, charged too much, or still
# charged after cancelling. The restatement then names it instead of "something doesn't look right".
_BILLING_PROBLEMS = (
    (
        "charged_twice",
        re.compile(
            r"\b(?:charg|bill|debit|invoic|took|taken)\w*\s+(?:(?:us|me|our|my|for)\s+)?"
            r"(?:[\w'’-]+\s+){0,5}?"
            r"twice\b(?!\s+as\b)|\b(?:double|duplicate)[- ]?(?:charg|bill|debit|payment)\w*"
        ),
    ),
    (
        "overcharged",
        re.compile(
            r"\bover[- ]?(?:charg|bill)\w*|\b(?:charg|bill)\w*\s+(?:us\s+|me\s+)?(?:far\s+|way\s+)?"
            r"(?:too\s+much|more\s+than)"
            # billed for more than was agreed: "billed £4,250 for 50 seats when our contract
            # says 35", "invoiced for 12 licences but we only have 8"
            r"|\b(?:charg|bill|invoic)\w*\s+(?:us\s+|me\s+)?(?:[£$€][\d,.]+\s+)?for\s+\d+\s+[a-z]+"
            r"[^.!?]{0,50}?\b(?:when|but|while|whereas|though|yet|instead\s+of)\b[^.!?]{0,40}?"
            r"\b(?:only|contract\w*|agreed|should|says|said|signed|ordered)\b"
            # "charged the full price", "billed at the old rate"
            r"|\b(?:charg|bill|invoic)\w*\s+(?:us\s+|me\s+)?(?:at\s+)?(?:the\s+)?"
            r"(?:full|old|wrong|higher|standard|list)\s+(?:price|rate|tier|plan|amount)"
        ),
    ),
    (
        "charged_after_cancelling",
        re.compile(
            r"\b(?:still|keep|kept|continu\w*)\s+(?:being\s+|getting\s+)?(?:charg|bill|debit)\w*"
            r"[^.!?]{0,60}\b(?:cancel|terminat|clos)\w*"
            # "trying to cancel since January ... you've charged our card again"
            r"|\b(?:cancel|terminat)\w*\b(?s:.{0,300}?)\b(?:charg|bill|debit)\w*\s+"
            r"(?:(?:us|me|our|my|the)\s+)?(?:card\s+|account\s+)?again\b"
        ),
    ),
)
# Words of software, where a fault is fixed rather than a product replaced.
_SOFTWARE = re.compile(
    r"\b(?:app|apps|application|software|program|website|site|web ?page|browser|crash\w*|bug|"
    r"bugs|glitch\w*|log ?in|sign ?in|password|download\w*|install\w*|update[sd]?|version|"
    r"error message|freez\w*|platform|dashboard|portal|outages?|offline|"
    r"(?:is|was|been|went|are|were|keeps going) down)\b"
)
# Data the client has lost: "we have lost three days of customer records", "files are missing".
_DATA_LOSS = re.compile(
    r"\b(?:lost|missing|deleted|wiped|corrupted|disappeared|vanished)\b[^.!?]{0,40}?\b(?:data|"
    r"records|files|tickets|entries|documents|history|backups?)\b|\b(?:data|records|files|"
    r"tickets|entries|documents)\b[^.!?]{0,20}?\b(?:(?:were|was|have been|has been|got|are|is) "
    r"(?:lost|deleted|wiped|corrupted|missing|gone))\b"
)
# Asking for something to be sent again, and the things that travel by email.
_RESEND = re.compile(r"\b(?:re-?send|re-?sent|send (?:it|them|that|this) again)\b")
_SENT_THING = re.compile(
    r"\b(?P<thing>invoice|receipt|statement|confirmation(?: email)?|link|pdf|document|file|"
    r"attachment|code|password reset(?: email)?|email)\b"
)
# Papers the client is owed and has not got: "the credit note you promised still hasn't arrived",
# "we never received the invoice", "could you resend the statement?". They go out by email.
_PAPER = (
    r"(?P<thing>credit\s+note|invoice|statement|receipt|quote|contract|report|certificate|"
    r"remittance(?:\s+advice)?|purchase\s+order|refund\s+confirmation|confirmation\s+email)"
)
_PAPER_OWED = (
    re.compile(
        rf"\b{_PAPER}s?\b[^.!?]{{0,40}}?\b(?:still\s+)?(?:hasn['’]t|has\s+not|haven['’]t|have\s+not|"
        r"never|didn['’]t|did\s+not|not\s+yet)\s+(?:yet\s+)?(?:arrived?|come|came|been\s+sent|"
        r"reached|turned\s+up|shown\s+up)"
    ),
    re.compile(
        r"\b(?:still\s+(?:waiting\s+(?:for|on)|no)|never\s+(?:got|received)|(?:haven['’]t|have\s+"
        r"not|didn['’]t|did\s+not)\s+(?:yet\s+)?(?:got|received|had))\s+(?:the|a|an|your|our|my|that|"
        rf"this)\s+(?:\w+\s+)?{_PAPER}"
    ),
)
# A paper asked for again: "could you resend the statement?", "send us the invoice again".
_PAPER_AGAIN = (
    re.compile(
        rf"\bre-?send\s+(?:(?:me|us)\s+)?(?:the|a|an|your|our|my|that|this)\s+(?:\w+\s+)?{_PAPER}"
    ),
    re.compile(rf"\bsend\s+(?:(?:me|us)\s+)?(?:the|your|that|this)\s+(?:\w+\s+)?{_PAPER}\s+again"),
)
# A paper asked for the first time: "could you send me a copy of the invoice?", "I need a receipt
# for the upgrade". It goes out by email, not as a holding reply.
_PAPER_ASKED = re.compile(
    r"\b(?:(?:send|email|e-mail|forward)\s+(?:me|us|over)|need|want|would\s+like|"
    r"(?:can|could|may)\s+(?:i|we)\s+(?:get|have|receive|request)|how\s+(?:do|can)\s+(?:i|we)\s+"
    r"get|(?:just|trying|want)\s+to\s+get)\s+(?:a\s+copy\s+of\s+|copies\s+of\s+|a\s+copy\s+)?(?:the|my|our|an?|that|"
    r"this)\s+(?:[\w-]+\s+){0,2}?(?P<thing>invoice|receipt|statement|credit\s+note|itinerary|"
    r"confirmation\s+email)s?\b"
)
_PAPER_ASKED_WORDS = ("invoice", "receipt", "statement", "credit note", "itinerar", "confirmation")
# Goods in the same message make it a delivery after all ("the parcel and its invoice never came").
_GOODS_NOT_ARRIVING = re.compile(
    r"\b(?:parcels?|packages?|shipments?|items?|boxes|box|goods|products?|stock|deliver(?!able)\w*)\b"
)
# The papers of a bill: owed, they make the message about billing.
_BILLING_PAPERS = frozenset({"credit note", "invoice", "statement", "receipt"})
# A bill or a document the client wants put right, and which one.
_DOCUMENT_FIX = re.compile(
    r"\b(?:(?:corrected|revised|amended|accurate)\s+|(?:correct|amend|fix|reissue|re-issue)\s+"
    r"(?:the|my|our|this|that)\s+)(?P<document>invoice|bill|statement|quote|receipt|timesheet|"
    r"credit\s+note)\b"
)
# An engineer's visit or an appointment: what is put right is the visit.
_VISIT = re.compile(
    r"\b(?:engineers?|technicians?|installers?|fitters?|appointments?|appts?|call[- ]out|"
    r"(?:engineer|home|site|service|repair)\s+visits?)\b"
)
# The words of an ask for a new visit ("a new appointment", "rebook the installation").
_VISIT_ASK = re.compile(
    r"\b(?:appointment|appt|visit|slot|engineer|technician|installer|fitter|rebook|re-book|"
    r"reschedule|rearrange|installation|install|call[- ]out)\b"
)
# A visit that did not happen: "the engineer never turned up", "a no-show" (not "I missed my
# appointment", which the client did).
_NO_SHOW = re.compile(
    r"\b(?:no[- ]show|never\s+(?:turned|showed|came|arrived)|(?:didn['’]t|did\s+not|failed\s+to)\s+"
    r"(?:turn\s+up|show|come|arrive)|missed\s+(?:the|my|our)\s+appointment|stood\s+(?:me|us)\s+up)\b"
)
# Someone asked to come out ("get someone competent out here tomorrow", "send an engineer"), or a
# visit that went badly ("the engineer turned up three hours late").
_VISIT_WANTED = re.compile(
    r"\b(?:get|send|need|want|book|arrange)\s+(?:me\s+|us\s+)?(?:someone|somebody|an?\s+"
    r"(?:\w+\s+)?(?:engineer|technician|installer|fitter))\b(?:\s+\w+)?\s+(?:out|here|round|over|"
    r"on\s*-?\s*site|to\s+(?:us|our|my|the))\b"
    r"|\b(?:engineer|technician|installer|fitter)\b[^.!?]{0,40}\b(?:late|left\s+(?:early|"
    r"without)|didn['’]t\s+finish)\b"
)
# What a fault in software is in: "the app", "the dashboard"; else it is "the service".
# Words of the reader's evidence that goods were not made as ordered ("the colours are
# completely wrong", "misprinted", "doesn't match the approved proof"): made again, not repaired.
_MADE_WRONG = re.compile(
    r"\b(?:wrong|incorrect|misprint\w*|match\w*|colou?rs?|sizes?|print\w*|artwork|logo|fonts?|"
    r"spec\w*|finish|shades?)\b"
)
# The goods named where they arrived: "the brochures arrived today", "our labels came".
_GOODS_NAMED = re.compile(
    r"\b(?:the|our|these|those)\s+([a-z]{3,}s)\s+(?:arrived|came|turned\s+up|were\s+delivered|"
    r"are|were|look|looked)\b"
)
# The thing that broke, named where it broke: "the blender stopped working after a week", "my new
# kettle arrived with a cracked lid", "this vacuum is already broken", "the lamp I bought arrived
# cracked".
_BROKEN_ITEM = re.compile(
    r"\b(?:my|our|your|the|this|these|those|a|an)\s+(?:(?:new|brand[\s-]+new|expensive|"
    r"replacement)\s+)?"
    r"(?P<item>[a-z]{3,})\s+"
    # "the glasses I ordered arrived broken", "the lamp we bought from your shop came cracked"
    r"(?:(?:that\s+|which\s+)?(?:i|we)\s+(?:ordered|bought|purchased|received|got)\s+"
    r"(?:(?:from\s+(?:you|your\s+\w+)|online|last\s+\w+|on\s+\w+)\s+)?)?"
    r"(?:(?:has|have|had|just|already|suddenly|completely|now|then|"
    r"only)\s+)*(?:stopped\s+working|broke\b|died|(?:is|was|are|were|arrived|came|turned\s+up)\s+"
    r"(?:\w+\s+)?(?:broken|faulty|defective|dead|cracked|smashed|leaking|dented|chipped|shattered|"
    r"scratched|crushed)|(?:arrived|came)\s+with\s+"
    r"(?:an?\s+)?(?:cracked|broken|smashed|dented|missing))"
)
# Words before "stopped working" that are no goods of their own ("the app", "it", "the order").
_NOT_AN_ITEM = frozenset(
    {
        "one",
        "thing",
        "things",
        "item",
        "product",
        "order",
        "stuff",
        "unit",
        "device",
        "machine",
        "service",
        "account",
        "card",
        "app",
        "site",
        "website",
        "system",
        "page",
        "link",
        "code",
        "box",
        "package",
        "parcel",
        "delivery",
        "seat",
        "bag",
        "flight",
        "plane",
        "car",
        "connection",
        "line",
        "signal",
        "internet",
        "wifi",
        "power",
        "heating",
        "screen",
        "contents",
        "goods",
        "email",
        "message",
        "invoice",
        "receipt",
        "policy",
        "process",
        # people, who break things but are none
        "team",
        "driver",
        "courier",
        "engineer",
        "kid",
        "kids",
        "children",
        "people",
        "guys",
        "staff",
        "boxes",
    }
)
# Words ending in "s" that name one thing ("glass", "bus", "lens"): no plural to agree with.
_SINGULAR_ENDINGS = ("ss", "us", "is", "ous", "lens", "ics")
# A service down for everyone, not one user's trouble: fixed as an incident, not walked through.
_OUTAGE = re.compile(
    r"\b(?:outages?(?!\s+(?:report\w*|map|page|tracker|line|number)\b)|"
    r"(?:is|was|been|went|are|were|keeps\s+going|gone)\s+(?:completely\s+)?(?:down|offline|"
    r"unavailable)|down\s+(?:since|for|all|again)|not\s+loading)\b"
)
_SOFTWARE_THING = re.compile(
    r"\b(?:the|your|our|my) (app|application|software|program|website|site|platform|dashboard|"
    r"portal|integration|checkout)\b"
)

# "Without", also as shorthand: "two days w/o my luggage".
_WITHOUT = r"(?:without|w/o)"
# Bags: checked luggage, which an airline or a coach firm traces, delivers or repairs.
_BAG = r"(?:bags?|baggage|luggage|suitcases?|checked\s+items?)"
_DAMAGE = (
    r"(?:damaged|broken|ripped|torn|smashed|busted|destroyed|crushed|cracked|dented|soaked|"
    r"wrecked|ruined)"
)
# A booking and what is done to one: booked, changed, checked in for.
_BOOK = (
    r"(?:book|re-?book|change|move|switch|modify|amend|reschedule|check\s*-?\s*in|purchase|buy|select|pick|"
    r"choose|upgrade|use\s+(?:my|our|the)\s+(?:voucher|credit|miles|points))"
    # (buying the wifi or a meal for a flight is no booking)
    r"(?!\s+(?:the\s+|some\s+|in-?flight\s+)?(?:wi-?fi|internet|entertainment|food|meals?|snacks?|"
    r"drinks?)\b)"
)
_BOOKED = (
    r"(?:flights?|bookings?|reservations?|tickets?|tix|seats?|itinerar\w+|trip|travel|online|"
    r"website|site|app|rez)\b"
)
# What on board a flight lets a passenger down, and the ways it does.
_ONBOARD_THING = (
    r"(?:wi-?fi|internet|entertainment|tvs?|screens?|movies|headphone\s+jacks?|audio|"
    r"power\s+(?:outlets?|ports?|sockets?)|outlets?|usb\s+ports?|reading\s+lights?|tray\s+"
    r"tables?|seat\s*backs?|seats?|armrests?|legroom|air\s*con\w*|lavator(?:y|ies)|toilets?|"
    r"bathrooms?|restrooms?|meals?|food|snacks?|drinks?|coffee|sandwich\w*|breakfast|lunch|dinner)"
)
_ONBOARD_FAULT = (
    r"(?:broken|busted|(?:not|n['’]?t)\s+working|(?:didn['’]?t|doesn['’]?t|don['’]?t|wouldn['’]?t|"
    r"won['’]?t|did\s+not|does\s+not)\s+work|stopped\s+working|out\s+of\s+order|dead|failed|"
    r"kept\s+(?:dropping|cutting\s+out|freezing)|cold|stale|inedible|disgusting|gross|spoiled|"
    r"(?:was|were|is|are)\s+(?:so\s+|very\s+|really\s+)?(?:dirty|filthy|wet|sticky|smelly|"
    r"awful|terrible|horrible)|ran\s+out|not\s+available|unavailable)\b"
)
# Food from a restaurant or a delivery app.
_FOOD = (
    r"(?:food|meals?|pizzas?|burgers?|fries|chips|chicken|nuggets|burritos?|sandwich(?:es)?|"
    r"curry|noodles|sushi|wings|drinks?|sauces?|takeaway|takeout)"
)
# The parts of a bag that break in handling.
_BAG_PART = r"(?:handles?|wheels?|zips?|zippers?|straps?|locks?|shell|frame|casters?)"
# Services at home, which are down for the client rather than broken in their hands.
_UTILITY = (
    r"(?:internet|broadband|wi-?fi|power(?!\s+(?:outlets?|ports?|sockets?|plugs?))|electricity|"
    r"cable|tv|signal|(?:phone\s+)?coverage|phone\s+line|landline|heating)"
)
# Situations a draft words in its own way: the client's actual problem, named and put right with
# the remedy that fits it. The first that matches wins, so the narrower ones come first.
_SITUATIONS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        # "my suitcase was ripped open", "my bag came back with a wheel smashed", "a damaged bag"
        "damaged_bag",
        re.compile(
            rf"\b{_BAG}\s+(?:was|were|is|are|got|came(?:\s+back)?|arrived|turned\s+up|"
            rf"(?:has|have|had)\s+been)\s+(?:\w+\s+){{0,4}}?{_DAMAGE}\b"
            rf"|\b{_DAMAGE}\s+(?:\w+\s+)?{_BAG}\b|\b{_BAG}\s+and\s+(?:its\s+|the\s+)?contents\s+{_DAMAGE}\b"
            r"|\b(?:broke|damaged|ripped|smashed|destroyed)\s+(?:into\s+|off\s+)?(?:my|our|the|her|his)"
            rf"\s+(?:[\w'’]+\s+){{0,2}}?{_BAG}\b"
            # a bag named only by its broken part: "the handle ripped off my suitcase", "my
            # bag's wheel snapped", "suitcase zip broken"
            rf"|\b{_BAG_PART}\s+(?:was\s+|were\s+|got\s+|has\s+been\s+)?(?:{_DAMAGE}|snapped|"
            rf"broke|missing|off)\s+(?:off\s+|on\s+|of\s+|from\s+)?(?:my|our|the|her|his)\s+"
            rf"(?:\w+\s+)?{_BAG}\b"
            rf"|\b{_BAG}(?:['’]s)?\s+{_BAG_PART}\s+(?:was\s+|were\s+|is\s+|are\s+|got\s+|"
            rf"has\s+been\s+|came\s+)?(?:\w+\s+)?(?:{_DAMAGE}|snapped|broke|missing|off)\b"
        ),
    ),
    (
        # "lost my bag", "still no sign of my luggage", "my suitcase hasn't been found"
        "lost_bag",
        re.compile(
            rf"\b(?:lost|lose|losing|misplaced|missing|delayed|mishandled)\s+(?:\w+\s+){{0,2}}?{_BAG}\b"
            # "I want my luggage", "the carousel stopped without my bag", "my luggage didn't."
            rf"|\b(?:my|our)\s+{_BAG}\s+(?:didn['’]?t|did\s+not)\s*[.!,;]"
            rf"|\bnever\s+(?:got|received|saw)\s+(?:my|our|their|his|her)\s+{_BAG}\b"
            rf"|\b(?:want|need|{_WITHOUT})\s+(?:my|our)\s+(?:\w+\s+)?{_BAG}\b"
            rf"|\b{_BAG}\b[^.!?]{{0,50}}?\b(?:(?<!gets\s)(?<!get\s)lost|missing|misplaced|mishandled|delayed|never\s+(?:arrived|came|made\s+it|"
            r"showed)|(?:hasn['’]?t|has\s+not|haven['’]?t|have\s+not|didn['’]?t|did\s+not|not|"
            r"wasn['’]?t|weren['’]?t)\s+(?:yet\s+|even\s+)?(?:been\s+)?(?:arrived?|come|made\s+it|make\s+it|found|"
            r"located|delivered|turned\s+up|shown\s+up|here|on\s+(?:the|my|our)\s+flight|"
            r"at\s+the\s+(?:airport|carousel|belt))|"
            r"left\s+behind|still\s+(?:in|at|not)|went\s+to|sent\s+to|ended\s+up\s+in)\b"
            rf"|\b(?:no\s+sign\s+of|where\s+(?:is|are)|still\s+(?:waiting\s+(?:for|on)|"
            rf"{_WITHOUT})|track(?:ing)?|find|locate|deliver)\s+(?:\w+\s+)?{_BAG}\b"
        ),
    ),
    (
        # "still waiting for my refund", "the refund never came through"
        "refund_missing",
        re.compile(
            r"\b(?:still\s+(?:waiting|no|nothing|haven['’]?t|have\s+not)|never\s+(?:got|received)|"
            r"(?:haven['’]?t|have\s+not|didn['’]?t|did\s+not)\s+(?:yet\s+)?(?:got|gotten|"
            r"received|seen))\s+(?:\w+\s+){0,3}?refund\b"
            r"|\brefund\b[^.!?]{0,40}?\b(?:still\s+(?:hasn['’]?t|has\s+not|not|pending)|"
            r"(?:hasn['’]?t|has\s+not|never)\s+(?:yet\s+)?(?:arrived|come|came|been\s+"
            r"(?:paid|processed|issued)|shown\s+up|gone\s+through|reached))"
        ),
    ),
    (
        # "my flight was cancelled", "Cancelled flight and no rebooking"
        "cancelled_flight",
        re.compile(
            # (not one the client cancelled: "I cancelled my flight")
            r"(?<!\bi\s)(?<!\bwe\s)\bcancel+ed\s+(?:\w+\s+)?(?:flight|flt|connection)\w*"
            r"|\b(?:flight|flt|connection)s?\b[^.!?]{0,40}?\b(?:cancel+ed|cancel+ation)"
        ),
    ),
    (
        # "our flight has been delayed three hours", "late flight, missed my connection"
        "late_flight",
        re.compile(
            r"\b(?:late|delayed)\s+(?:\w+\s+)?(?:flight|flt|departure|arrival)s?\b"
            r"|\b(?:flight|flt|departure|plane)s?\b[^.!?]{0,40}?\b(?:delay\w*|late|"
            r"hours?\s+behind)\b|\bmiss(?:ed|ing)\s+(?:my|our|the)\s+(?:connecting\s+flight|"
            r"connection)|\bmiss\s+(?:my|our|the)\s+(?:connecting\s+flight|connection)"
            r"|\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]*(?:hours?|hrs?)\s+"
            r"(?:flight\s+)?delay\b"
            # held on board before or after flying: "sat on the tarmac for three hours"
            r"|\b(?:tarmac|runway)\s+(?:delay|wait)|\b(?:sat|sitting|stuck|stranded|waiting|waited|"
            r"kept|held|trapped)\s+(?:\w+\s+){0,3}?on\s+the\s+(?:tarmac|runway|(?:plane|aircraft)\b"
            r"[^.!?]{0,30}?\b(?:hours?|hrs?))\b"
        ),
    ),
    (
        # "the gate agent was incredibly rude", "a rude flight attendant", "staff yelled at me"
        "rude_staff",
        re.compile(
            r"(?<!not\s)(?<!never\s)\b(?:rude|nasty|condescending|disrespectful|abrupt|snarky|"
            r"hostile|aggressive|unprofessional|belittl\w*|yell(?:ed|ing)|shout(?:ed|ing)|"
            r"scream(?:ed|ing)|laughed\s+at|mocked)\b"
            r"[^.!?]{0,40}?\b(?:agents?|attendants?|fa|fas|crew|staff|employees?|reps?|"
            r"representatives?|cashiers?|drivers?|clerks?|supervisors?|manager|workers?|"
            r"stewardess\w*|people|lady|man|woman|guy)\b"
            r"|\b(?:agents?|attendants?|fa|fas|crew|staff|employees?|reps?|representatives?|"
            r"cashiers?|drivers?|clerks?|supervisors?|workers?|stewardess\w*)\b[^.!?]{0,40}?"
            r"(?<!not\s)(?<!never\s)\b(?:rude|nasty|condescending|disrespectful|snarky|hostile|"
            r"aggressive|unprofessional|yelled|shouted|screamed|laughed\s+at|mocked|belittled)\b"
            # "treated my mum very poorly", "they treated us like criminals"
            r"|(?<!not\s)\btreated\s+(?:me|us|my\s+\w+|them|her|him)\s+(?:so\s+|very\s+|really\s+)?"
            r"(?:poorly|badly|rudely|terribly|horribly|appallingly|like\s+(?:dirt|garbage|rubbish|"
            r"crap|criminals|cattle|animals|an?\s+idiot))\b"
        ),
    ),
    (
        # "couldn't change my flight online", "charged a $200 change fee", "you gave my seat away",
        # "my reservation disappeared from the app"
        "booking",
        re.compile(
            r"\b(?:can['’]?t|cannot|can\s+not|couldn['’]?t|could\s+not|unable\s+to|not\s+able\s+to|"
            r"won['’]?t\s+let\s+(?:me|us)|wouldn['’]?t\s+let\s+(?:me|us)|failed\s+to)\s+"
            rf"(?:\w+\s+)?{_BOOK}\b[^.!?]{{0,50}}?\b{_BOOKED}"
            # trying alone is no failure: "trying to book a flight for May, any deals?"
            rf"|\b(?:trying|tried|try)\s+to\s+{_BOOK}\b[^.!?]{{0,80}}?\b(?:errors?|won['’]?t|"
            r"wouldn['’]?t|doesn['’]?t|didn['’]?t|can['’]?t|couldn['’]?t|kick\w*|crash\w*|"
            r"fail\w*|impossible|no\s+luck|keeps?\s+(?:failing|saying|telling|crashing))"
            # charged, not asked about: "do you charge a change fee?" is a question
            r"|\b(?:charged|paid|paying|cost\s+(?:me|us)|slammed|hit|(?:made|make|making)\s+"
            r"(?:me|us)\s+pay|had\s+to\s+pay|charging\s+(?:me|us))\b[^.!?]{0,40}?\b(?:change|"
            r"changing|rebook\w*|name\s+change)\s+fees?\b"
            r"|\b(?:change|rebooking)\s+fees?\b[^.!?]{0,40}?\b(?:ridiculous|rip\s*-?\s*off|"
            r"outrageous|absurd|insane|robbery|unfair|joke|scam)"
            r"|\b(?:booking|reservation|itinerary|seat\s+assignment|confirmation|e-?ticket)s?\b"
            r"[^.!?]{0,40}?\b(?:disappeared|vanished|deleted|messed\s+up|not\s+showing|"
            r"(?:doesn['’]?t|isn['’]?t|won['’]?t)\s+show\w*|never\s+went\s+through|"
            r"(?:didn['’]?t|did\s+not)\s+go\s+through|(?:is|was)\s+wrong|(?:been\s+|still\s+)pending)\b"
            r"|\bwrong\s+(?:name|date|dates|time|flight|seat|city|destination|airport)\s+on\s+"
            r"(?:my|our|the)\s+(?:booking|reservation|ticket|itinerary|confirmation)\b"
            r"|\bbooked\s+(?:me|us)\s+(?:on|onto|into|for)\s+the\s+wrong\b"
            # a seat taken from the client: "gave my seat away", "moved us apart"
            r"|\b(?:gave|given|sold)\s+(?:away\s+)?(?:my|our)\s+(?:\w+\s+)?seats?\b"
            r"|\b(?:lost|moved|switched|changed|downgraded)\s+(?:my|our)\s+(?:\w+\s+)?seats?\b"
            r"|\b(?:my|our)\s+seats?\s+(?:was|were|got|has\s+been|have\s+been)\s+(?:\w+\s+)?"
            r"(?:changed|moved|given\s+away|taken|downgraded|switched|sold)\b"
            r"|\b(?:can['’]?t|cannot|couldn['’]?t|won['’]?t\s+let\s+us|not\s+able\s+to)\s+"
            r"(?:\w+\s+)?sit\s+together\b|\bbumped\s+(?:me|us|my\s+\w+)\s+(?:off|from)\b"
            r"|\b(?:flight|plane)\s+(?:was|is|got)\s+(?:over-?booked|oversold)\b"
            r"|\b(?<!support\s)(?<!help\s)(?:tickets?|tix|purchase)\b[^.!?]{0,30}?\b(?:been|still)\s+"
            r"(?:says\s+)?pending\b"
        ),
    ),
    (
        # "the wifi didn't work the whole flight", "broken seat on a 6 hour flight", "they ran out
        # of meals before our row"
        "onboard",
        re.compile(
            rf"\b{_ONBOARD_THING}\b[^.!?]{{0,50}}?\b{_ONBOARD_FAULT}"
            rf"|\b(?:broken|busted|dirty|filthy|stale|inedible)\s+(?:[\w-]+\s+)?{_ONBOARD_THING}\b"
            rf"|\b(?:no|zero|{_WITHOUT})\s+(?:working\s+|any\s+)?(?:[\w-]+\s+)?(?:wi-?fi|internet|"
            r"entertainment|tvs?|screens?|movies|power|outlets?|usb|legroom|food|meals?|snacks?|"
            r"drinks?|water|coffee)\b(?!\s+(?:vouchers?|credits?|coupons?|allowances?|stamps?))"
            r"|\bran\s+out\s+of\s+(?:\w+\s+)?(?:food|meals?|snacks?|drinks?|options|choices|"
            r"sandwich\w*|water|coffee)\b"
            r"|\b(?:seats?|chairs?)\s+(?:\w+\s+)?(?:won['’]?t|wouldn['’]?t|doesn['’]?t|didn['’]?t|"
            r"(?:does|did|would|will|could)\s+not|couldn['’]?t)\s+recline\b"
        ),
    ),
    (
        # "the pizza arrived stone cold", "half my order was missing from the bag", "no fries"
        "food_order",
        re.compile(
            rf"\b{_FOOD}\b[^.!?]{{0,40}}?\b(?:cold|soggy|raw|undercooked|uncooked|spilled|spilt|"
            r"squashed|stale|burnt|burned|missing|wrong|never\s+(?:came|arrived|showed)|"
            r"still\s+(?:hasn['’]?t|has\s+not|not)\s+(?:arrived|come|here))\b"
            rf"|\b(?:missing|forgot|forgotten|left\s+out|no)\s+(?:\w+\s+)?{_FOOD}\b"
            r"|\b(?:items?|pieces?|half\s+(?:the|my|our)\s+(?:food|order|meal))\b[^.!?]{0,30}?"
            r"\b(?:missing|not\s+(?:in|there))\b"
        ),
    ),
    (
        # "you sent me the wrong size", "received the wrong item", "the wrong model was delivered"
        "wrong_item",
        re.compile(
            r"\b(?:sent|received|got|delivered|shipped|gave|given)\s+(?:me\s+|us\s+)?"
            r"(?:the\s+|a\s+)?wrong\s+(?:\w+\s+)?(?:item|items|size|colou?r|product|order|model|one|thing|"
            r"parcel|package|book|shoes|part)\b"
            r"|\bwrong\s+(?:item|items|size|product|model)\s+(?:was\s+|were\s+)?"
            r"(?:sent|delivered|shipped|arrived)"
        ),
    ),
    (
        # "we've had no broadband since 9am", "the power has been out for hours"
        "service_down",
        re.compile(
            rf"\b(?:no|{_WITHOUT}|(?:can['’]?t|cannot|can\s+not)\s+get)\s+(?:any\s+)?{_UTILITY}\b"
            rf"|\b{_UTILITY}\s+(?:\w+\s+)?(?:is|was|has\s+been|have\s+been|keeps\s+going|went|"
            r"gone|going)\s+(?:\w+\s+)?(?:out|down|off)\b"
            r"|\b(?:power|internet|broadband|network|service)\s+(?:outages?|cuts?)\b|\bblackouts?\b"
        ),
    ),
    (
        # "on hold for 45 minutes", "nobody has got back to me", "no response to my emails"
        "no_reply",
        re.compile(
            # (the lookahead lets the engine skip spaces and marks before trying every branch)
            r"(?=[a-z0-9])(?:\bon\s+hold\b|\bhold\s+times?\b|\bwait\s+times?\b"
            r"|\b\d*(?:min(?:ute)?s?|hours?|hrs?)\s+hold\b"
            r"|\b(?:no|zero)\s+(?:\w+\s+)?(?:response|reply|replies|answer|call\s*back)\b"
            r"(?!\s+(?:is\s+)?(?:needed|necessary|required))"
            r"|\b(?:nobody|no\s+one|noone)\s+(?:has\s+|have\s+|will\s+|ever\s+)?(?:answer|"
            r"respond|repl|got\s+back|gotten\s+back|called\s+(?:me\s+)?back|returned|picks?\s+up|"
            r"get\s+back|contact)\w*"
            # "I still haven't heard back", "you have still not replied" (not "I haven't replied")
            r"|\b(?:haven['’]?t|hasn['’]?t|have\s+not|has\s+not|never|still\s+not)\s+"
            r"(?:yet\s+|even\s+|still\s+not\s+)?"
            r"(?:heard|had\s+(?:a|any)\s+(?:reply|response|answer)|gotten\s+back|got\s+back)\b"
            r"|\b(?<!\bi\s)(?<!\bwe\s)(?<!\bi\sstill\s)(?<!\bwe\sstill\s)"
            r"(?:haven['’]?t|hasn['’]?t|have\s+not|has\s+not|never|still\s+not)\s+"
            r"(?:yet\s+|even\s+|still\s+not\s+)?"
            r"(?:replied|responded|answered|called\s+(?:me\s+)?back|returned\s+my)\b"
            # "you didn't respond to my DM" (not "the screen didn't respond")
            r"|\b(?:you|u|they|nobody|agents?|staff|team)\s+(?:didn['’]?t|did\s+not)\s+(?:even\s+)?"
            r"(?:respond\s+to\s+my|"
            r"reply\s+to\s+my|answer\s+my|call\s+(?:me\s+)?back|get\s+back\s+to\s+me)\b"
            r"|\bignor(?:ing|ed)\s+(?:me|us|my|our)\b|\bhung\s+up\s+on\b"
            r"|\b(?:got|get|keep\s+getting|been)\s+disconnected\b"
            r"|\bcall\w*\s+(?:got\s+|was\s+|were\s+|keeps?\s+getting\s+)?(?:cut\s+off|dropped)\b"
            r"|\btrying\s+to\s+(?:reach|get\s+through\s+to|get\s+hold\s+of)\b"
            # "still in the queue", "waiting four hours to talk to someone", "reply to my DM"
            r"|\bin\s+the\s+queue\b|\bwaiting\b[^.!?]{0,30}?\bto\s+(?:talk|speak)\s+to\b"
            r"|\breply\s+(?:to\s+)?my\s+(?:dm|message|email|tweet)s?\b"
            r"|\b(?:can['’]?t|cannot|can\s+not|unable\s+to)\s+(?:get\s+(?:through|hold)|reach|"
            r"get\s+a\s+hold|get\s+anyone|speak\s+to\s+(?:anyone|someone|a\s+person)))"
        ),
    ),
)


@dataclass(frozen=True, slots=True)
class Facts:
    """What the draft can say, each fact known (a string), unknown-but-needed (None) or absent."""

    name: str | None
    known: dict[str, str | None]
    topic: str
    cause: str | None
    asks: frozenset[str]
    triggers: frozenset[str]
    heat: int
    hot: bool
    software: bool = False  # an app, a site or a program: fixed, never "sent out" again
    visit: bool = False  # an engineer, an appointment: put right with a new visit
    data_loss: bool = False  # records, files or data lost: put right by restoring them
    exception: str | None = None  # a policy exception asked for that needs the lead (its id)
    paper_owed: bool = False  # the `resend` paper never came (not a copy asked for again)
    paper_asked: bool = False  # the `resend` paper asked for a first time ("send me the receipt")
    damaged: bool = False  # goods that came damaged (put right with new ones)
    outage: bool = False  # a service down for everyone (an incident, not a walk-through)
    made_wrong: bool = False  # goods not made as ordered (made again, never repaired)
    several: bool = False  # the `item` named is more than one ("your headphones"): plural wording
    situation: str | None = None  # a problem worded in its own way ("lost_bag"): `_SITUATIONS`
    # Further distinct problems the client states, each as the facts of its own draft (`problems`)
    others: tuple[Facts, ...] = ()

    def has(self, fact: str) -> bool:
        return fact in self.known

    def say(self, fact: str) -> str:
        """The fact's value, or a visible `{fact}` placeholder when it is needed but unknown."""
        value = self.known.get(fact)
        return value if value else "{" + fact + "}"


def _broken_item(lowered: str) -> tuple[str, bool] | None:
    """The thing named where it broke ("blender", "headphones"), and whether it is several."""
    broken = _BROKEN_ITEM.search(lowered)
    item = broken["item"] if broken is not None else ""
    plural = item.endswith("s") and not item.endswith(_SINGULAR_ENDINGS)
    if (
        item
        and item not in _NOT_AN_ITEM
        and not (plural and item[:-1] in _NOT_AN_ITEM)
        and not item.endswith(("ing", "ed", "ly"))
        and (plural or not item.endswith("s"))
    ):
        return item, plural
    return None


def _own_number(reading: Reading, phone: Entity) -> bool:
    """Whether the client gave `phone` as theirs: in their signature, or just after words that
    say so."""
    start = phone.span.start
    if any(p.kind == "signature" and p.span.start <= start < p.span.end for p in reading.set_aside):
        return True
    return _OWN_NUMBER.search(reading.text[max(0, start - 60) : start].lower()) is not None


def facts_from(reading: Reading, playbook: Playbook, context: ComposeContext) -> Facts:
    """What the draft can say about the message behind `reading`: the context's facts over the
    Reading's, the topic as the message bears it out, the asks, triggers and heat."""
    known: dict[str, str | None] = {}
    for entity in reading.entities:
        if entity.kind in _KNOWN_ENTITIES and entity.kind != "amount":
            known.setdefault(entity.kind, entity.value)
        elif entity.kind == "phone" and _own_number(reading, entity):
            known.setdefault("phone", entity.span.text)  # as they wrote it
    # Not just the first amount: "costing us £4,000 a day" is no refund.
    amount = refund_amount(reading) if reading.in_scope else None
    refunded = refund_object(reading) if reading.in_scope else None
    if refunded is not None:
        known["refund_of"] = refunded
    parsed = amount_of(amount) if amount else None
    if parsed is not None:
        known["amount"] = format_amount(*parsed)
    known.update(context.facts)
    cause = context.cause or reading.topic.cause
    topic = reading.topic.topic if reading.in_scope else "other"
    lowered = reading.text.lower()
    damaged = (topic == "delivery" or cause == "carrier") and _DAMAGED.search(lowered) is not None
    if damaged and came_whole(lowered) and _ARRIVED_BROKEN.search(lowered) is None:
        # goods said to have come whole: "it arrived safely, nothing broken" (but "the box arrived
        # intact, the vase inside came smashed" is damage)
        damaged = False
    elif not damaged and (topic == "product_quality" or cause == "product_defect"):
        # faulty goods that came broken out of the box: new ones, as for a damaged delivery
        damaged = _ARRIVED_BROKEN.search(lowered) is not None and not _SOFTWARE.search(lowered)
    if damaged:
        topic = "delivery"  # goods that came damaged are a delivery to put right
    elif topic == "delivery" and not _LATE.search(lowered):
        topic = "other"  # an order mentioned, nothing late or missing: don't apologise for a delay
    elif (
        topic == "delivery"
        and not any(e.kind in ("order_number", "carrier") for e in reading.entities)
        and not _GOODS.search(lowered)
    ):
        topic = "delay"  # late work, not a parcel: a campaign, a print run, an install
    problem = None
    billed: tuple[str, re.Match[str]] | None = None
    if topic == "billing":
        billed = next(
            ((n, m) for n, said in _BILLING_PROBLEMS if (m := said.search(lowered))), None
        )
        problem = billed[0] if billed is not None else None
        if problem is None and cause != "billing" and not _CHARGE.search(lowered):
            topic = "other"  # "I paid $640, refund me": money asked back, no charge said wrong
    if problem is not None:
        known.setdefault("billing_problem", problem)
    if cause == "client_dependency" and "waiting_on" not in known:
        evidence = " ".join(e.span.text for e in reading.topic.evidence if e.name == cause)
        material = _MATERIALS.search(evidence)
        if material is not None:
            known["waiting_on"] = f"the {material[1].lower()}"
    asks = frozenset(a.name for a in reading.asks) if reading.in_scope else frozenset()
    cancelling = next((a for a in reading.asks if a.name == "cancel"), None)
    if cancelling is not None:
        first, last = sentence_around(reading.text, cancelling.span.start, cancelling.span.end)
        thing = _CANCELLED_THING.search(cancelling.span.text.lower()) or _CANCELLED_THING.search(
            lowered, first, last
        )
        if thing is not None:
            known.setdefault("cancelled_thing", thing[1])
    triggers = frozenset(t.name for t in reading.triggers) if reading.in_scope else frozenset()
    heat = reading.heat.level if reading.in_scope else 0
    hot = reading.in_scope and (
        heat >= playbook.reading.call_heat_level or "call" in asks or reading.channel == "call"
    )
    faulty = topic == "product_quality" or cause == "product_defect"
    software = faulty and _SOFTWARE.search(lowered) is not None
    thing = _SOFTWARE_THING.search(lowered) if software else None
    if thing is not None:
        known.setdefault("software_thing", thing[1])
    made_wrong = (
        faulty
        and not software
        and any(
            e.name == "product_defect" and _MADE_WRONG.search(e.span.text.lower())
            for e in reading.topic.evidence
        )
    )
    several = False  # the goods named are more than one: "your headphones have stopped working"
    if made_wrong and (goods := _GOODS_NAMED.search(lowered)) is not None:
        known.setdefault("item", goods[1])
    elif (faulty or damaged) and not software and not made_wrong:
        # name what broke ("your blender", "your headphones"), and whether it is one thing or more
        broken = _broken_item(lowered)
        if broken is not None:
            known.setdefault("item", broken[0])
            several = broken[1]
    # Something sent again by email: "the invoice link returns a 404, could you resend it?"
    if "replacement" in asks and not _GOODS.search(lowered):
        sent = _SENT_THING.search(lowered)
        if sent is not None and any(_RESEND.search(a.span.text.lower()) for a in reading.asks):
            known.setdefault("resend", sent["thing"])
    # A paper owed and not got is sent by email, not shipped; a bill's paper makes it billing.
    paper_owed = False
    owed = next((m for m in (r.search(lowered) for r in _PAPER_OWED) if m is not None), None)
    asked = next((m for m in (r.search(lowered) for r in _PAPER_AGAIN) if m is not None), None)
    found = owed if owed is not None else asked
    requested = (
        _PAPER_ASKED.search(lowered)
        if found is None and any(word in lowered for word in _PAPER_ASKED_WORDS)
        else None
    )
    found = found if found is not None else requested
    paper_asked = False
    if found is not None and "resend" not in known and not _GOODS_NOT_ARRIVING.search(lowered):
        paper = " ".join(found["thing"].split())
        known["resend"] = paper
        paper_owed = owed is not None
        paper_asked = requested is not None
        when = deadline_words(reading)
        if when is not None:
            known.setdefault(
                "needed_by", when
            )  # "sent by email today, so you have it before Friday"
        if paper in _BILLING_PAPERS or paper.startswith("remittance"):
            topic = "billing" if topic in ("delivery", "delay", "other") else topic
    # A document to put right: "a corrected invoice", "please correct the statement".
    document = _DOCUMENT_FIX.search(lowered) if "fix" in asks else None
    if document is not None:
        known.setdefault("document", document["document"])
    # A visit to put right: one that did not happen, or a new one asked for in so many words.
    visit = ("fix" in asks or "service" in (topic, cause) or "engineer" in lowered) and (
        _VISIT.search(lowered) is not None
        and (
            any(a.name == "fix" and _VISIT_ASK.search(a.span.text.lower()) for a in reading.asks)
            or _NO_SHOW.search(lowered) is not None
            or _VISIT_WANTED.search(lowered) is not None
        )
    )
    if topic == "other" and context.topic is not None:
        topic = context.topic  # "any update??": the problem is the one stated earlier
    if visit and topic in ("service", "other") and _missed_visit(lowered):
        known.setdefault("visit_missed", None)  # "the engineer never came": not "the service"
    # (all of them, once: the first is the one answered, the others may be answered beside it)
    situations = list(_situations_stated(lowered, topic)) if reading.in_scope else []
    situation = situations[0][0] if situations else None
    if situation in (None, "no_reply") and context.situation is not None:
        situation = context.situation  # chased for an answer about the bag stated earlier
    if situation == "onboard":
        said = _onboard_said(lowered)
        if said is not None:
            known.setdefault("onboard_problem", said)
    rude = next((found for name, found in situations if name == "rude_staff"), None)
    role = _staff_role(lowered, rude) if rude is not None else None
    if role is not None:
        known.setdefault("staff_role", role)  # what to ask for to find who it was
    if situation == "no_reply" and (visit or damaged or made_wrong or "resend" in known):
        situation = None  # the visit, the goods or the paper is the problem to put right
    if situation in _NOT_ABOUT_MONEY and "billing_problem" in known:
        situation = None  # "charged us twice ... no internet at the office either": the bill first
    facts = Facts(
        name=first_name(known.get("name")),
        known=known,
        topic=topic,
        cause=cause,
        asks=asks,
        triggers=triggers,
        heat=heat,
        hot=hot,
        software=software,
        visit=visit,
        data_loss=software and _DATA_LOSS.search(lowered) is not None,
        exception=_exception_asked(reading, playbook) if reading.in_scope else None,
        paper_owed=paper_owed,
        paper_asked=paper_asked,
        damaged=damaged,
        outage=software and _OUTAGE.search(lowered) is not None,
        made_wrong=made_wrong,
        several=several,
        situation=situation,
    )
    if not reading.in_scope or context.situation is not None or context.topic is not None:
        return facts  # (a thread's earlier problem stays the one answered)
    found_already = _Said(situations, billed if topic == "billing" else None)
    return _with_others(facts, reading, lowered, found_already)


# Words one of which each situation's pattern needs: most messages skip the pattern altogether.
_SITUATION_WORDS: dict[str, tuple[str, ...]] = {
    "damaged_bag": ("bag", "luggage", "suitcase", "checked item"),
    "lost_bag": ("bag", "luggage", "suitcase", "checked item"),
    "refund_missing": ("refund",),
    "cancelled_flight": ("cancel",),
    "late_flight": ("late", "delay", "connecti", "behind", "tarmac", "runway", " on the plane"),
    "rude_staff": (
        "rude",
        "nasty",
        "condescend",
        "disrespect",
        "abrupt",
        "snarky",
        "hostile",
        "aggressive",
        "unprofessional",
        "belittl",
        "yell",
        "shout",
        "scream",
        "laughed at",
        "mocked",
        "treated",
    ),
    # (the booked thing, not the verbs: "change" and "move" are in every other message)
    "booking": (
        "book",
        "reserv",
        "seat",
        "ticket",
        "tix",
        "itinerar",
        "flight",
        "trip",
        "change fee",
        "rebooking fee",
        "check in",
        "check-in",
        "checkin",
        "bumped",
    ),
    "onboard": (
        "wifi",
        "wi-fi",
        "internet",
        "entertainment",
        "tv",
        "screen",
        "movie",
        "headphone",
        "audio",
        "power",
        "outlet",
        "usb",
        "reading light",
        "tray",
        "seat",
        "armrest",
        "legroom",
        "air con",
        "aircon",
        "lavator",
        "toilet",
        "bathroom",
        "restroom",
        "meal",
        "food",
        "snack",
        "drink",
        "coffee",
        "water",
        "sandwich",
        "breakfast",
        "lunch",
        "dinner",
        "ran out",
    ),
    "food_order": (
        "food",
        "meal",
        "pizza",
        "burger",
        "fries",
        "chips",
        "chicken",
        "nugget",
        "burrito",
        "sandwich",
        "curry",
        "noodle",
        "sushi",
        "wings",
        "drink",
        "sauce",
        "takeaway",
        "takeout",
    ),
    "wrong_item": ("wrong",),
    "service_down": (
        "internet",
        "broadband",
        "wifi",
        "wi-fi",
        "power",
        "electric",
        "cable",
        "tv",
        "signal",
        "coverage",
        "phone line",
        "landline",
        "heating",
        "blackout",
        "outage",
    ),
    "no_reply": (
        "hold",
        "wait",
        "no ",
        "zero",
        "nobody",
        "no one",
        "noone",
        "heard",
        "back",
        "repl",
        "respon",
        "answer",
        "ignor",
        "hung up",
        "disconnect",
        "dropped",
        "reach",
        "queue",
        "through",
        "anyone",
        "someone",
        "a person",
    ),
}
# Each situation restated in the draft's check with the client.
_SITUATION_SAID = {
    "lost_bag": "your bag hasn't reached you",
    "damaged_bag": "your bag came back damaged",
    "cancelled_flight": "your flight was cancelled",
    "late_flight": "your flight was delayed",
    "flight_status": "you haven't been told where your flight stands",
    "rude_staff": "you weren't treated with the courtesy you should have been",
    "refund_missing": "your refund hasn't reached you yet",
    "booking": "something went wrong with your booking",
    "onboard": "something on board your flight wasn't as it should have been",
    "food_order": "your food order didn't come as it should have",
    "wrong_item": "what arrived wasn't what you ordered",
    "service_down": "your service has been down",
    "no_reply": "you haven't been able to get an answer from us",
}


_FOOD_WORDS = re.compile(rf"\b{_FOOD}\b")
_ROAD = re.compile(
    r"\b(?:cars?|vehicles?|trucks?|suv|dealers?\w*|drivers?['’]?s?|coach|bus|train)\b"
)
# Words of a flight, where the food and the wifi are the cabin's, not a restaurant's or a home's.
_FLYING = re.compile(
    r"\b(?:flights?|flt|flew|flying|fly|plane|aircraft|on\s*board|aboard|in-?flight|cabin|crew|"
    r"flight\s+attendants?|airlines?|airways|air)\b"
)
# Words before a problem that only fear or hope it: "hopefully my bag isn't lost this time",
# "in case my flight is cancelled", "worried they'll lose my luggage".
_HEDGE = re.compile(
    r"\b(?:in\s+case|what\s+if|what\s+happens\s+(?:if|when)|would\s+hate|"
    r"better\s+not|(?:don['’]?t|do\s+not|won['’]?t)\s+lose|(?:could|might|may)\s+(?:be|get)"
    # a fear of what may come: "worried you'll lose my luggage", "afraid it will be cancelled"
    r"|(?:worried|worry|worrying|afraid|scared|nervous|fear)\s+(?:that\s+)?(?:\w+\s*)?"
    r"(?:['’]ll|will|would|might|may|could|is\s+going\s+to|are\s+going\s+to|gonna)"
    # hoped against, not hoped for: "hopefully it isn't lost", not "hope you refund the delays"
    r"|(?:hopefully|hope|hoping|pray\w*|fingers\s+crossed)\b[^.!?]*?(?:\bnot|\bnever|n['’]t))\b"
)


# A delay said without its flight, which a flight's on-board problem makes the flight's: "we were
# delayed four hours and there was no water". The delay is the bigger problem.
_DELAYED = re.compile(r"(?<!\bno\s)\b(?:delay(?:s|ed)?|(?:hours?|hrs?)\s+late)\b")

# Words before a wait or a callback that make it one to be spared or asked about, not one
# suffered: "callbacks so I don't have to wait on hold", "rather than sit in the queue", "what are
# your hold times like?".
_WAIT_SPARED = re.compile(
    r"\b(?:so\s+(?:that\s+)?(?:i|we|you|people|customers)\s+(?:don['’]?t|do\s+not|won['’]?t|"
    r"wouldn['’]?t|needn['’]?t|never)\s+(?:have|need)\s+to|without\s+having\s+to|instead\s+of|"
    r"rather\s+than|avoid\w*|skip\w*|no\s+need\s+to)\b"
    r"|\b(?:what|how\s+long)\s+(?:are|is)\s+(?:your|the)\s+(?:usual\s+|typical\s+|current\s+|"
    r"average\s+)?\Z"
)
# How long a wait lasted: a wait timed is one suffered ("without having to wait 2 hours on hold
# again"), whatever words stand before it.
_WAIT_TIMED = re.compile(
    r"\b(?:\d+(?:\.\d+)?\+?\s*(?:h|hrs?|hours?|mins?|minutes?)|hours|an\s+hour|ages|forever)\b"
)

# Situations that say nothing about money: a bill stated wrong in so many words ("charged twice")
# is the problem to answer before any of them.
_NOT_ABOUT_MONEY = frozenset(("service_down", "no_reply", "rude_staff", "onboard"))


def _situations_stated(lowered: str, topic: str) -> Iterator[tuple[str, re.Match[str]]]:
    """Each of `_SITUATIONS` the message states, in the list's order (the first is the one a draft
    answers), with the words that state it first. Not being answered is the problem only when
    nothing more particular is said: a bill or a parcel keeps its own wording. A problem only
    feared or hoped against ("hopefully my bag isn't lost") is no problem yet, and one on board
    beside a delay is the delay's."""
    flight_words: bool | None = None
    flying: bool | None = None
    asked: tuple[str, re.Match[str]] | None = None  # a flight's state asked about, not stated
    flight_stated = False
    for name, said in _SITUATIONS:
        if name == "rude_staff" and asked is not None and not flight_stated:
            yield asked  # (in the flights' place in the order)
        if name == "no_reply" and topic not in ("travel", "service", "other"):
            continue
        if name == "service_down" and topic == "travel":
            continue  # no wifi on board is the flight's comfort, not a service at home
        # (the word test first: it is far cheaper than any pattern, `_FLYING` included)
        if not any(word in lowered for word in _SITUATION_WORDS[name]):
            continue
        if name in ("onboard", "food_order", "lost_bag", "damaged_bag"):
            if flight_words is None:
                flight_words = _FLYING.search(lowered) is not None
            if name.endswith("_bag") and not flight_words and _FOOD_WORDS.search(lowered):
                continue  # a takeaway's bag is no luggage
        if name in ("onboard", "food_order"):
            if flying is None:
                # (a car's seat or a coach's is no cabin's)
                flying = flight_words or (topic == "travel" and not _ROAD.search(lowered))
            if flying != (name == "onboard"):
                continue  # a meal on board is the flight's; a cold pizza is the restaurant's
        for found in _first_stated(lowered, name, said):
            if found[0] == "flight_status":
                asked = asked or found
                continue
            flight_stated = flight_stated or name in _FLIGHT_STATES
            yield found


def _first_stated(
    lowered: str, name: str, said: re.Pattern[str]
) -> Iterator[tuple[str, re.Match[str]]]:
    """The first words of `lowered` that state situation `name` and are not hedged, if any."""
    # the long booking pattern stays within a sentence: tried near its words only
    windows = _near(lowered, _SITUATION_WORDS[name]) if name == "booking" else [None]
    for window in windows:
        start, end = window or (0, len(lowered))
        asked = None
        for found in said.finditer(lowered, start, end):
            if _hedged(lowered, found) or (name == "no_reply" and _spared(lowered, found)):
                continue
            if name in _FLIGHT_STATES and _asked_whether(lowered, found):
                asked = asked or found  # (a later one may state it: "...it was cancelled")
                continue
            if name == "onboard":
                delay = next(
                    (d for d in _DELAYED.finditer(lowered) if not _hedged(lowered, d)), None
                )
                if delay is not None:
                    yield "late_flight", delay  # the delay, as over rude staff
                    return
            yield name, found
            return
        if asked is not None:
            yield "flight_status", asked
            return


def _near(lowered: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """The stretches of `lowered` from the sentence before one that holds one of `words` to the
    sentence after it ("Need to change my flight. Can't do it online."), in order."""
    spans: set[tuple[int, int]] = set()
    for word in words:
        at = lowered.find(word)
        while at != -1:
            start, end = _sentence_bounds(lowered, at)
            start = _sentence_bounds(lowered, start - 2)[0] if start >= 2 else start
            end = _sentence_bounds(lowered, end)[1] if end < len(lowered) else end
            spans.add((start, end))
            at = lowered.find(word, at + len(word))
    return sorted(spans)


def _sentence_bounds(lowered: str, at: int) -> tuple[int, int]:
    """The (start, end) of the sentence around `at`, its closing mark included."""
    start = max(lowered.rfind(mark, 0, at) for mark in ".!?") + 1
    ends = [end for end in (lowered.find(mark, at) for mark in ".!?") if end != -1]
    return start, (min(ends) + 1 if ends else len(lowered))


# What on board let the client down, by the words of the problem found, and how it is restated.
_ONBOARD_KINDS = (
    (re.compile(r"\b(?:wi-?fi|internet)\b"), "the wifi on your flight let you down"),
    (
        re.compile(r"\b(?:entertainment|tvs?|screens?|movies|headphone|audio)\b"),
        "the entertainment on your flight let you down",
    ),
    (re.compile(r"\b(?:power|outlets?|usb)\b"), "the power sockets on your flight let you down"),
    (
        re.compile(
            r"\b(?:meals?|food|snacks?|drinks?|coffee|water|sandwich\w*|breakfast|lunch|dinner)\b"
        ),
        "the food and drink on your flight fell short",
    ),
    (
        re.compile(r"\b(?:seats?|tray|armrests?|recline|legroom|chairs?)\b"),
        "your seat wasn't in the state it should have been",
    ),
    (
        re.compile(r"\b(?:lavator\w*|toilets?|bathrooms?|restrooms?|air\s*con\w*)\b"),
        "the cabin wasn't kept as it should have been",
    ),
)


# Who was rude, by the words that say so, and what finds them: a delivery driver by the delivery,
# an agent on the phone by the call, a flight's crew or an airport's staff by the flight, a shop's
# staff by the branch. Nothing said, nothing assumed.
_DRIVER = re.compile(r"\b(?:drivers?|couriers?|delivery\s+(?:guy|man|men|person|people|staff))\b")
_DELIVERED = re.compile(r"\b(?:deliver\w*|parcels?|packages?|couriers?|orders?|ordered)\b")
_DESK_AGENT = re.compile(r"\b(?:agents?|reps?|representatives?|advisors?|advisers?|staff)\b")
_CALLED = re.compile(
    r"\b(?:phone[ds]?|phoning|call(?:ed|ing)?|rang|ring|hung\s+up|on\s+hold|on\s+the\s+line|"
    r"helpline|hotline|call\s+cent(?:re|er))\b"
)
_AIRPORT = re.compile(
    r"\b(?:attendants?|stewardess\w*|crew|fas?|pilots?|gate|check[\s-]?in|airport|boarding|"
    r"ticket\s+counter|baggage)\b"
)
_SHOP = re.compile(
    r"\b(?:cashiers?|clerks?|shops?|stores?|branch|branches|restaurant|counter|till|checkout|"
    r"showroom|outlet)\b"
)


def _staff_role(lowered: str, found: re.Match[str]) -> str | None:
    """Who was rude, as "delivery", "phone", "flight" or "shop", from the words that say so and
    the sentence around them ("the courier was rude" beside an order: "delivery"); None when
    nothing says which."""
    start, end = _sentence_bounds(lowered, found.start())
    said, sentence = found[0], lowered[start:end]
    if _DRIVER.search(said) and _DELIVERED.search(lowered):
        return "delivery"
    if _AIRPORT.search(sentence) or (_FLYING.search(lowered) and not _CALLED.search(lowered)):
        return "flight"
    if _DESK_AGENT.search(said) and _CALLED.search(lowered):
        return "phone"
    if _SHOP.search(sentence):
        return "shop"
    return None


def _onboard_said(lowered: str) -> str | None:
    """The on-board problem restated by what it was in ("the wifi on your flight let you down")."""
    pattern = dict(_SITUATIONS)["onboard"]
    found = next((f for f in pattern.finditer(lowered) if not _hedged(lowered, f)), None)
    if found is None:
        return None
    return next((said for kind, said in _ONBOARD_KINDS if kind.search(found[0])), None)


def _spared(lowered: str, found: re.Match[str]) -> bool:
    """Whether the wait `found` names is one the client asks to be spared or asks about, in the
    words before it in its sentence, and says nothing of how long it lasted."""
    sentence_start = max(lowered.rfind(mark, 0, found.start()) for mark in ".!?\n") + 1
    if _WAIT_SPARED.search(lowered, sentence_start, found.start()) is None:
        return False
    close = _SENTENCE_CLOSE.search(lowered, found.start())  # (not the point in "1.5 hrs")
    sentence_end = close.end() if close is not None else len(lowered)
    return _WAIT_TIMED.search(lowered, sentence_start, sentence_end) is None


_SENTENCE_CLOSE = re.compile(r"[.!?](?:\s|\Z)|\n")


def _hedged(lowered: str, found: re.Match[str]) -> bool:
    """Whether the words of `found`, or those before it in its clause, only fear or hope it. The
    clause is the one the problem's last words stand in: "fingers crossed it turns up, it never
    arrived" hopes for the outcome and states the problem as fact."""
    last = max(found.start(), found.end() - 2)  # (a match may end on its closing mark)
    sentence_start = max(lowered.rfind(mark, 0, found.start()) for mark in ".!?\n") + 1
    clause_start = max(sentence_start, *(lowered.rfind(mark, 0, last) + 1 for mark in ",;"))
    # An aside of a word or two between commas leaves the clause open: "hopefully, fingers
    # crossed, the bag isn't lost" is one hedged clause.
    while clause_start > sentence_start:
        aside_start = max(
            sentence_start, *(lowered.rfind(mark, 0, clause_start - 1) + 1 for mark in ",;")
        )
        if len(lowered[aside_start : clause_start - 1].split()) > _ASIDE_WORDS:
            break
        clause_start = aside_start
    return _HEDGE.search(lowered, clause_start, found.end()) is not None


_ASIDE_WORDS = 2  # "hopefully", "fingers crossed", "touch wood"; three words make a clause

# A flight's state, which a client may ask about rather than state.
_FLIGHT_STATES = frozenset(("cancelled_flight", "late_flight"))
# "If" or "whether" a few words before a flight's state: a question about it ("I haven't heard if
# my flight was cancelled", "whether flight 212 is delayed"), not a fact. Not "as if" or "even
# if", which grant it, nor a state said to be so "already".
_WHETHER = re.compile(r"(?<!\bas\s)(?<!\beven\s)\b(?:if|whether)\s+(?:[\w'’]+\s+){0,3}\Z")


def _asked_whether(lowered: str, found: re.Match[str]) -> bool:
    """Whether the flight's state `found` states is asked about ("if my flight is cancelled"),
    not said: the flight named first, "if" or "whether" in the few words before it. A state named
    first ("the cancelled flight") is one that happened."""
    if found[0].startswith(("cancel", "late", "delayed")) or "already" in found[0]:
        return False
    return _WHETHER.search(lowered, max(0, found.start() - 40), found.start()) is not None


def _exception_asked(reading: Reading, playbook: Playbook) -> str | None:
    """The first policy exception the client asks for that the playbook leaves to a lead."""
    for exception_id, span in asked_exceptions(reading.text, playbook.escalation):
        if not any(p.span.start <= span.start < p.span.end for p in reading.set_aside):
            return exception_id
    return None


# Several problems in one message: "the flight was five hours late and then you lost my bag". The
# draft answers each (`_MOST_PROBLEMS` at most), the main one first. The main one is a problem
# still open (a bag to find, a charge to put right, goods to replace) before one that is over and
# can only be made up for (a late flight, rude staff), and what went wrong on board, a matter of
# comfort, comes last; between two alike, the one the client leads with.
_MOST_PROBLEMS = 3
_OVER = {"late_flight": 1, "rude_staff": 1, "onboard": 2}
# Problems stated together that are one and the same: a bag lost and then found damaged is one
# bag; a flight delayed and then cancelled, rebooked or refunded is one flight; a refund owed is
# one bill; goods wrong or broken are one delivery.
_ONE_PROBLEM = (
    frozenset(("lost_bag", "damaged_bag")),
    frozenset(("cancelled_flight", "late_flight", "flight_status")),
    frozenset(("cancelled_flight", "booking")),
    frozenset(("cancelled_flight", "refund_missing")),
    frozenset(("billing", "refund_missing")),
    frozenset(("damaged", "late", "wrong_item", "food_order", "delivery", "product_quality")),
    frozenset(("fault", "product_quality", "account")),
)
# Words after a problem that say it was put right: "the double charge was refunded last week",
# "my bag went missing but has been found now". ("hasn't been found" is no such word.)
_SETTLED = re.compile(
    r"\b(?:(?:was|were|has\s+been|have\s+been|had\s+been|got|is\s+now|are\s+now)\s+(?:now\s+|"
    r"already\s+|finally\s+|since\s+|all\s+)?(?:sorted|fixed|resolved|refunded|corrected|"
    r"reversed|found|returned|replaced)|(?:turned|showed)\s+up)\b"
)
# Goods late or not come, said of the goods themselves: "my parcel is two weeks late", "the order
# still hasn't arrived", "still waiting for my delivery".
_GOODS_LATE = re.compile(
    r"\b(?:orders?|parcels?|packages?|deliver(?:y|ies)|shipments?)\b[^.!?]{0,40}?\b(?:late|overdue|"
    r"delayed)\b(?!\s+(?:last|at|in|on|fees?|charges?|payments?)\b)"
    r"|\b(?:orders?|parcels?|packages?|deliver(?:y|ies)|shipments?)\b[^.!?]{0,40}?\b(?:still\s+)?"
    r"(?:hasn['’]?t|has\s+not|haven['’]?t|have\s+not|never|didn['’]?t|did\s+not)\s+(?:yet\s+)?"
    r"(?:arrived?|come|came|turned\s+up|shown\s+up|been\s+delivered)\b"
    r"|\b(?:orders?|parcels?|packages?|deliver(?:y|ies)|shipments?)\s+(?:is|are)\s+still\s+not\s+"
    r"(?:here|delivered)\b"
    r"|\bstill\s+waiting\s+(?:for|on)\s+(?:my|our|the)\s+(?:\w+\s+)?(?:order|parcel|package|"
    r"delivery|shipment)\b"
)
# Software that fails in the client's hands: "the app keeps crashing", "your website won't load".
_SOFTWARE_FAULT = re.compile(
    r"\b(?:the|your|my|our)\s+(?P<thing>app|application|software|website|site|platform|dashboard|"
    r"portal|checkout)\b[^.!?]{0,30}?\b(?:keeps?\s+(?:crashing|freezing|logging\s+me\s+out)|"
    r"crash(?:es|ed)|froze|freezes|(?:is|was|has\s+been)\s+(?:down|broken)|(?:isn['’]?t|is\s+not|"
    r"wasn['’]?t|not|stopped)\s+working|won['’]?t\s+(?:load|open|let\s+me))"
)
# The client's own word that a problem is not what they write about: "but that's a separate story".
_SET_ASIDE = re.compile(
    r"\b(?:separate|different|another|other)\s+(?:story|issue|matter|topic|question|complaint)\b"
)
# Topics whose own problem stands without a situation named, and may have another beside it.
_PROBLEM_TOPICS = frozenset(("delivery", "delay", "product_quality", "billing", "account"))


@dataclass(frozen=True, slots=True)
class _Stated:
    """A problem the message states: its kind, where, and its detail (what went wrong with the
    bill, or the broken thing)."""

    kind: str  # a situation, "billing" (a bill stated wrong) or "damaged" (goods come broken)
    start: int
    end: int
    detail: tuple[str, bool] | None = None


def problem_of(facts: Facts) -> str:
    """The kind of problem `facts` answers: its situation, "billing" for a bill stated wrong,
    "damaged" for goods come broken, else its topic."""
    if facts.situation is not None:
        return facts.situation
    if facts.topic == "billing" and facts.has("billing_problem"):
        return "billing"
    if facts.damaged:
        return "damaged"
    return facts.topic


@dataclass(frozen=True, slots=True)
class _Said:
    """What `facts_from` found already: every situation stated, and a bill stated wrong."""

    situations: list[tuple[str, re.Match[str]]]
    billed: tuple[str, re.Match[str]] | None


def _stated_problems(lowered: str, said: _Said, main: str) -> list[_Stated]:
    """Every problem of a kind the draft can answer that the message states as fact, the words
    that state it first, and not one the client sets aside. (A goods problem beside goods as
    the `main` one is the same problem: not looked for.)"""
    stated = [
        _Stated(name, found.start(), found.end())
        for name, found in said.situations
        if name != "no_reply"  # (the reply itself answers it)
    ]
    words = {kind: any(word in lowered for word in some) for kind, some in _PROBLEM_WORDS.items()}
    billed = [said.billed] if said.billed is not None else _billing_stated(lowered, words)
    for name, found in billed:
        if not _hedged(lowered, found):
            stated.append(_Stated("billing", found.start(), found.end(), (name, False)))
            break
    goods = any(main in same and "damaged" in same for same in _ONE_PROBLEM)
    words["damaged"] = words["damaged"] and not goods
    words["late"] = words["late"] and not goods
    broken = _ARRIVED_BROKEN.search(lowered) if words["damaged"] else None
    if broken is not None and not _hedged(lowered, broken) and not _SOFTWARE.search(lowered):
        stated.append(_Stated("damaged", broken.start(), broken.end(), _broken_item(lowered)))
    late = _GOODS_LATE.search(lowered) if words["late"] and words["lateness"] else None
    if late is not None and not _hedged(lowered, late):
        stated.append(_Stated("late", late.start(), late.end()))
    fault = _SOFTWARE_FAULT.search(lowered) if words["fault"] and words["failing"] else None
    if fault is not None and not _hedged(lowered, fault):
        stated.append(_Stated("fault", fault.start(), fault.end(), (fault["thing"], False)))
    missed = _missed_visit(lowered) if words["visit"] else None
    if missed is not None:
        stated.append(_Stated("visit", missed.start(), missed.end()))
    return [s for s in stated if not _set_aside(lowered, s)]


def _missed_visit(lowered: str) -> re.Match[str] | None:
    """The words that state a visit did not happen ("the engineer never turned up"), not hedged,
    and not the client's own miss ("I missed my appointment")."""
    missed = _NO_SHOW.search(lowered)
    # (the client's own miss is tested here: a look-behind in `_NO_SHOW` slows every search)
    while (
        missed is not None
        and missed[0].startswith("missed")
        and _CLIENT_MISSED.search(lowered[max(0, missed.start() - 4) : missed.start()])
    ):
        missed = _NO_SHOW.search(lowered, missed.end())
    if missed is None or _hedged(lowered, missed) or _VISIT.search(lowered) is None:
        return None
    return missed


_CLIENT_MISSED = re.compile(r"(?:\A|\W)(?:i|we)\s\Z")  # the words just before "missed"


def _billing_stated(lowered: str, words: dict[str, bool]) -> Iterator[tuple[str, re.Match[str]]]:
    """Each way a bill is stated wrong, with the words that state it first."""
    for name, said in _BILLING_PROBLEMS:
        if words[name]:
            found = said.search(lowered)
            if found is not None:
                yield name, found


# Words one of which each further kind's pattern needs (as `_SITUATION_WORDS`).
_PROBLEM_WORDS = {
    "charged_twice": ("twice", "double", "duplicate"),
    "overcharged": (
        "over",
        "too much",
        "more than",
        " for ",
        "full",
        "old",
        "wrong",
        "higher",
        "standard",
        "list",
    ),
    "charged_after_cancelling": ("cancel", "terminat"),
    "damaged": (
        "damaged",
        "broken",
        "smashed",
        "cracked",
        "dented",
        "shattered",
        "crushed",
        "pieces",
        "chipped",
        "scratched",
        "torn",
        "ripped",
        "leak",
        "bits",
        "shards",
        "bent",
        "snapped",
        "stained",
    ),
    "late": ("order", "parcel", "package", "deliver", "shipment"),
    "lateness": (
        "late",
        "overdue",
        "delayed",
        "arriv",
        "come",
        "came",
        "turned up",
        "shown up",
        "been delivered",
        "still not",
        "still waiting",
    ),
    "fault": ("app", "software", "site", "platform", "dashboard", "portal", "checkout"),
    "visit": ("show", "turn", "came", "arrive", "missed", "stood"),
    "failing": ("crash", "froze", "freez", "down", "broken", "working", "won't", "won’t", "wont"),
}


def _rank(stated: _Stated) -> tuple[int, int]:
    """Open problems first, then those over, then what went wrong on board; each in the order
    the client raised them."""
    return _OVER.get(stated.kind, 0), stated.start


def _settled(lowered: str, stated: _Stated) -> bool:
    """Whether the rest of the problem's sentence says it was put right already."""
    end = _sentence_bounds(lowered, stated.start)[1]
    settled = _SETTLED.search(lowered, stated.end, end)
    # (goods that "turned up chipped" are a second problem, not the first one found)
    while settled is not None and _ARRIVED_BROKEN.match(lowered, settled.start()):
        settled = _SETTLED.search(lowered, settled.end(), end)
    return settled is not None


def _set_aside(lowered: str, stated: _Stated) -> bool:
    start, end = _sentence_bounds(lowered, stated.start)
    return _SET_ASIDE.search(lowered, start, end) is not None


def _one_problem(first: _Stated, second: _Stated) -> bool:
    """Whether two problems found are one: the same kind, the same words, or one of a kind."""
    return (
        first.kind == second.kind
        or (first.start < second.end and second.start < first.end)
        or any(first.kind in same and second.kind in same for same in _ONE_PROBLEM)
    )


def _with_others(facts: Facts, reading: Reading, lowered: str, said: _Said) -> Facts:
    """`facts` with the further problems the message states, the main one first (see above)."""
    main = problem_of(facts)
    if main == "no_reply" or (
        facts.situation is None
        and main not in ("billing", "damaged")
        and main not in _PROBLEM_TOPICS
    ):
        return facts  # nothing particular to put first
    stated = _stated_problems(lowered, said, main)
    here = next((s for s in stated if s.kind == main), None)
    if here is None:  # the topic's own problem ("order 4417 is two weeks late"): where it is said
        start = min((e.span.start for e in reading.topic.evidence), default=0)
        here = _Stated(main, start, start)
    # a problem said to be put right already ("the double charge was refunded last week") is
    # none to answer, beside another that is still open
    open_ = [s for s in stated if not _settled(lowered, s)]
    main_stated = here
    if here in stated and here not in open_:
        if not open_:
            return facts
        here = open_[0]
    chosen = [here]
    for problem in sorted(open_, key=_rank):  # (the weightiest, when there are too many)
        if len(chosen) < _MOST_PROBLEMS and not any(_one_problem(problem, c) for c in chosen):
            chosen.append(problem)
    if chosen == [main_stated]:
        return facts
    chosen.sort(key=_rank)
    first, *rest = chosen
    answered = _focused(facts, first, lowered, own=first is main_stated, beside=False)
    others = [_focused(facts, s, lowered, own=s is main_stated, beside=True) for s in rest]
    if any(s.kind == "visit" for s in chosen):  # the new visit is offered for the missed one
        answered = answered if first.kind == "visit" else replace(answered, visit=False)
        others = [
            o if s.kind == "visit" else replace(o, visit=False)
            for s, o in zip(rest, others, strict=True)
        ]
    return replace(answered, others=tuple(others))


def _focused(facts: Facts, stated: _Stated, lowered: str, *, own: bool, beside: bool) -> Facts:
    """`facts` turned to the problem `stated`. The problem `facts` answered (`own`) keeps its own
    flags and wording; any other starts from what the message says of it alone. `beside` the main
    one, a problem keeps only itself: what was asked for and the triggers stay with the main one.
    """
    focus = facts if own else _turned(facts, stated, lowered, keep=not beside)
    focus = replace(focus, others=())
    if not beside:
        return focus
    known = {
        k: v
        for k, v in focus.known.items()
        if k not in ("cancelled_thing", "waiting_on", "refund_of", "amount")
    }
    return replace(focus, known=known, asks=frozenset(), triggers=frozenset(), exception=None)


def _turned(facts: Facts, stated: _Stated, lowered: str, *, keep: bool) -> Facts:
    """A clean `facts` for the problem `stated`: none of another problem's flags or facts. The
    main problem (`keep`) keeps the message's order number and a cause that fits it."""
    dropped = (
        "item",
        "onboard_problem",
        "billing_problem",
        "software_thing",
        "resend",
        "document",
        "visit_missed",
    )
    known = {k: v for k, v in facts.known.items() if k not in dropped}
    topic, situation, several = facts.topic, None, False
    if stated.kind == "billing":
        known["billing_problem"] = stated.detail[0] if stated.detail else None
        topic = "billing"
    elif stated.kind in ("damaged", "late"):
        topic = "delivery"
        if stated.detail is not None:
            known["item"], several = stated.detail
            if not keep:
                known.pop("order_number", None)  # the order is named with the main problem
    elif stated.kind == "fault":
        known["software_thing"] = stated.detail[0] if stated.detail else None
        topic = "product_quality"
    elif stated.kind == "visit":
        known["visit_missed"] = None
        topic = "service"
    else:
        situation = stated.kind
        said = _onboard_said(lowered) if stated.kind == "onboard" else None
        if said is not None:
            known["onboard_problem"] = said
    fits = _CAUSES.get(stated.kind, _SITUATION_CAUSES)
    return replace(
        facts,
        known=known,
        topic=topic,
        cause=facts.cause if keep and facts.cause in fits else None,
        situation=situation,
        several=several,
        software=stated.kind == "fault",
        visit=stated.kind == "visit",
        data_loss=False,
        paper_owed=False,
        paper_asked=False,
        damaged=stated.kind == "damaged",
        outage=False,
        made_wrong=False,
    )


# The likely causes (`reading.topic`) that fit each kind of problem, when it becomes the main one.
_CAUSES = {
    "billing": frozenset(("billing",)),
    "late": frozenset(("carrier", "vendor", "production")),
    "damaged": frozenset(("carrier", "vendor", "production", "product_defect")),
    "fault": frozenset(("product_defect",)),
}
_SITUATION_CAUSES = frozenset(("carrier", "vendor", "production"))


def deadline_words(reading: Reading) -> str | None:
    """The day or time the client's deadline names ("Thursday", "3pm"), in their words: a date or
    time found in the deadline's own sentence."""
    deadline = next((t for t in reading.triggers if t.name == "hard_deadline"), None)
    if deadline is None:
        return None
    start, end = sentence_around(reading.text, deadline.span.start, deadline.span.end)
    # The date nearest the deadline's words, those inside them first: in "printed by the 10th
    # for our trade show on the 14th" the show's date is the deadline, not the 10th.
    here = [
        e for e in reading.entities if e.kind in ("date", "time") and start <= e.span.start < end
    ]
    said = deadline.span

    def distance(entity: Entity) -> tuple[int, int]:
        away = max(said.start - entity.span.end, entity.span.start - said.end, 0)
        return away, entity.span.start

    for entity in sorted(here, key=distance):
        words = " ".join(entity.span.text.split())
        if 0 < len(words) <= 30:
            return words
    return None


def subject_of(facts: Facts) -> str:
    """What the complaint is about, as the acknowledgement names it."""
    if facts.has("order_number"):
        return f"order {facts.say('order_number')}"
    if facts.has("invoice_number") and facts.topic == "billing":
        return f"invoice {facts.say('invoice_number')}"
    if facts.has("item"):
        return f"your {facts.say('item')}"
    if facts.has("resend"):
        return f"the {facts.say('resend')}"
    if facts.software and (facts.topic == "product_quality" or facts.outage):
        return f"the {facts.known.get('software_thing') or 'service'}"
    return {
        "delivery": "your order",
        "delay": "the work",
        "billing": "your bill",
        "product_quality": "your product",
        "account": "your account",
    }.get(facts.topic, "this")


def _ask_words(facts: Facts) -> list[str]:
    asks = facts.asks
    wanted = {
        "refund": "a refund",
        "replacement": "a replacement",
        "expedite": "faster delivery",
        "update": "a clear update",
        "cancel": "to cancel",
        "compensation": "something for the trouble",
        "fix": "a working fix",
        "explanation": "an explanation",
        "manager": "a manager involved",
        "call": "a call",
    }
    if facts.has("resend"):
        wanted["replacement"] = f"a fresh copy of the {facts.say('resend')}"
        if facts.paper_owed:
            wanted["replacement"] = wanted["fix"] = f"the {facts.say('resend')} sent to you"
        elif facts.paper_asked:
            wanted["replacement"] = f"a copy of the {facts.say('resend')}"
        wanted.pop("expedite")  # a paper goes by email: nothing to speed up
        wanted.pop("fix")  # the copy is the fix
    if facts.visit:
        wanted["fix"] = "a new visit"
    elif facts.has("document"):
        wanted["fix"] = f"a corrected {facts.say('document')}"
    if facts.exception == "waive-fees":
        wanted["compensation"] = "the fee waived"
    if facts.situation in ("cancelled_flight", "late_flight"):
        wanted["expedite"] = "to get where you're going sooner"  # a journey, not a delivery
    if facts.situation == "refund_missing":
        wanted.pop("refund")  # the refund is the problem restated, not a further wish
    return [wanted[a] for a in wanted if a in asks]


def concern(facts: Facts) -> str | None:
    """The problem in our words ("your bag hasn't reached you"); None when too little was found."""
    what = {
        "delivery": "{subject} arrived damaged"
        if facts.damaged
        else "{subject} hasn't arrived as expected"
        if facts.cause != "client_dependency"
        else "the work is taking longer than you expected",
        "delay": "the work has run later than it should have",
        "billing": {
            "charged_twice": "you were charged twice {on} {subject}",
            "overcharged": "you were charged more than you should have been {on} {subject}",
            "charged_after_cancelling": "you're still being charged after asking to cancel",
        }.get(
            facts.known.get("billing_problem") or "", "something on {subject} doesn't look right"
        ),
        "product_quality": "{subject} weren't made as you ordered"
        if facts.made_wrong and facts.has("item")
        else "{subject} wasn't made as you ordered"
        if facts.made_wrong
        else "{subject} aren't working as they should"
        if facts.several
        else "{subject} isn't working as it should",
        "outage": "{subject} has been down",
        "account": "you're having trouble with {subject}",
        "travel": "your travel plans were disrupted",
        "service": "the service you received fell short",
    }.get("outage" if facts.outage else facts.topic)
    if facts.situation is not None:
        what = _SITUATION_SAID.get(facts.situation, what)
        if facts.situation == "onboard" and facts.known.get("onboard_problem"):
            what = facts.known["onboard_problem"]
    if facts.has("resend"):
        what = (
            "you need a copy of {subject}" if facts.paper_asked else "{subject} hasn't reached you"
        )
    if facts.has("visit_missed"):  # (a missed visit told beside another problem)
        what = "the visit you were booked for didn't happen"
    if what is None:
        return None
    subject = subject_of(facts)
    on = "for" if subject.startswith("order") else "on"  # charged twice for an order, on a bill
    return what.format(subject=subject, on=on)


# A further problem named in the offer made for it ("for the delay to your flight, ...").
_PROBLEM_NAMED = {
    "visit": "the missed visit",
    "lost_bag": "your missing bag",
    "damaged_bag": "the damage to your bag",
    "cancelled_flight": "your cancelled flight",
    "flight_status": "your flight's status",
    "late_flight": "the delay to your flight",
    "rude_staff": "the way you were treated",
    "refund_missing": "the refund you're still owed",
    "booking": "your booking",
    "onboard": "what went wrong on board",
    "food_order": "your food order",
    "wrong_item": "the wrong item",
    "service_down": "your service",
    "billing": "the charge",
}


def problem_named(facts: Facts) -> str:
    """The problem `facts` answers as a short noun phrase: "the delay to your flight"."""
    kind = facts.situation or ("billing" if facts.topic == "billing" else "")
    kind = "visit" if facts.has("visit_missed") else kind
    if kind in _PROBLEM_NAMED:
        return _PROBLEM_NAMED[kind]
    if facts.damaged and facts.has("item"):
        return f"the damaged {facts.say('item')}"
    if facts.damaged:
        return "the damaged goods"
    if facts.topic == "delivery":
        return "the delay to your order"
    if facts.software:
        return f"the fault with {subject_of(facts)}"
    return subject_of(facts)


def restatement(facts: Facts) -> str | None:
    """The concern in our words, from the facts found, each problem stated with the main one;
    None when too little was found."""
    said = [c for c in (concern(f) for f in (facts, *facts.others)) if c]
    wants = _ask_words(facts)
    if not said and not wants:
        return None
    if facts.has("carrier") and facts.topic == "delivery" and concern(facts) and not facts.others:
        said[0] += f" and is with {facts.say('carrier')}"
    pieces = [listed(said)] if said else []
    if wants:
        pieces.append(f"you'd like {listed(wants[:3])}")
    return ", and ".join(pieces)


def listed(items: list[str]) -> str:
    """The items in one phrase: "a", "a and b", "a, b and c"."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
