"""What the complaint is about, and what most likely caused it.

The guide's aligning step depends on the cause: a carrier problem ("I'll contact FedEx now"), an
internal one ("I'll coordinate with our production team"), a vendor, billing, a product defect, or
(the forum's delayed-materials case) a delay that waits on the client's own input. The topic is
the area with most cue words; the cause is named only when a cue says so, otherwise `None`.
Every `Evidence` names the topic or cause it supports.

>>> from calmdesk.text import normalise
>>> from calmdesk.reading.entities import find_entities
>>> doc = normalise("FedEx lost my parcel, order 4411.")
>>> topic = find_topic(doc, find_entities(doc))
>>> topic.topic, topic.cause
('delivery', 'carrier')
"""

from __future__ import annotations

import re

from calmdesk.reading.lexicon import ARRIVED_DAMAGED
from calmdesk.reading.phrases import PhraseRule, Prepared, Q, RuleSet, prepare, words
from calmdesk.reading.values import Entity, Evidence, Topic
from calmdesk.text import Document, Span

TOPICS = ("delivery", "billing", "product_quality", "service", "account", "travel", "other")

# Cue words per topic; the topic with most distinct cues wins, ties go to the earlier topic here.
# A word used only in another sense (see `_OTHER_SENSE`) is no cue.
_TOPIC_WORDS: tuple[tuple[str, frozenset[str]], ...] = (
    (
        "travel",
        words(
            "aircraft airline airport arrival bag baggage bags board boarded boarding carry "
            "connecting connection crew cruise depart departed departing departure flew flight "
            "flights flt fly flying gate hotel itinerary landed layover lounge luggage miles "
            "passenger passengers pilot plane rebook rebooked rebooking reservation room seat "
            "seats suitcase takeoff tarmac terminal train tsa upgrade"
        ),
    ),
    (
        "delivery",
        words(
            "arrival arrive arrived arriving courier delay delayed delays deliver delivered "
            "deliverable deliverables deliveries delivery dispatch dispatched doorstep driver eta "
            "late mail mailed milestones order overdue "
            "ordered package parcel porch post postage posted schedule ship shipment shipped "
            "shipping timeline tracked tracking transit"
        ),
    ),
    (
        "billing",
        words(
            "bill billed billing card charge charged charges charging cost coupon credit credited "
            "debit debited discount fee fees invoice invoiced invoices money overcharge "
            "overcharged paid pay payment payments price pricing promo receipt refund refunded "
            "refunds renewal statement subscription tax vat"
        ),
    ),
    (
        "product_quality",
        words(
            "broke broken bug cracked crash crashed crashes crashing damaged defect defective "
            "dented error expired faulty froze frozen glitch glitches leak leaking leaks "
            "malfunction malfunctioning moldy mouldy offline outage outages quality ripped "
            "scratched stained stale torn unresponsive unusable"
        ),
    ),
    (
        "account",
        words(
            "2fa account accounts deactivated hacked locked log login loyalty membership password "
            "points profile reactivate status suspended username verification verify"
        ),
    ),
    (
        "service",
        words(
            "agent agents answer answered appointment appointments attitude employee employees "
            "engineer engineers hold hung ignored installer manager no-show nobody phone rep "
            "replied reply representative reps respond responded response rude service staff "
            "supervisor support technician technicians treated unhelpful"
        ),
    ),
)

# Causes, strongest cue first within each; the first cause in text order wins.
# The client's own line or workshop: "our production line", "my factory".
_CLIENTS_OWN = re.compile(r"\b(?:our|my|own)\s+(?:\w+\s+)?$", re.I)

_MATERIALS = r"""(?:artwork|files?|materials?|assets?|content|copy|approval|sign[ -]?off|proofs?|
    designs?|logo|specs?|specifications?|details|information|info|brief|data|documents?|docs|
    paperwork|forms?|measurements|photos?|images?|text|po|purchase\s+order|deposit|payment|
    feedback|input)"""
_CAUSE_RULES: tuple[PhraseRule, ...] = (
    # "we haven't sent the artwork yet", "waiting on your approval"
    PhraseRule.at(
        "client_dependency",
        "we i",
        rf"""\b(?:we|i)(?:\s+still)?\s+(?:haven{Q}t|have\s+not|hadn{Q}t|didn{Q}t|did\s+not|never|
            forgot\s+to|couldn{Q}t|could\s+not)
          \s+(?:yet\s+)?(?:sent|send|provided|provide|approved|approve|signed|sign|uploaded|
            upload|submitted|submit|given|give|supplied|supply|delivered|deliver|returned|return|
              confirmed|confirm|finali[sz]ed|finali[sz]e|shared|share|got\s+(?:you|round))
          (?:\s+(?:you|over|off|back|in))?\s+(?:the|our|my|any|your)?\s*(?:\w+\s+)?{_MATERIALS}""",
        "haven't havent have hadn't hadnt didn't didnt did never forgot couldn't couldnt could",
    ),
    PhraseRule.at(
        "client_dependency",
        "waiting waited wait",
        rf"""\b(?:waiting|waited|wait)\s+(?:on|for)\s+(?:
            (?:your|our|my|the\s+client{Q}s|the\s+customer{Q}s|us|me)\s+(?:to\s+\w+|\w+\s+)?
            (?:artwork|files?|materials?|assets?|content|copy|approval|sign[ -]?off|proofs?|
              designs?|logo|specs?|details|information|info|brief|data|documents?|paperwork|forms?|
                photos?|images?|deposit|payment|feedback|input|go[ -]ahead|confirmation|answer|
                  decision)
          | (?:us|me)\s+to\s+(?:send|provide|approve|sign|upload|submit|confirm|supply|pay|reply|
            decide))""",
    ),
    PhraseRule.of(
        "client_dependency",
        "because since as",
        r"\s+(?:we|i)\s+(?:were|was)\s+late\s+(?:with|sending|providing|approving)",
        "late",
    ),
    PhraseRule.of("client_dependency", "on from", r"\s+our\s+(?:end|side)\b", "end side"),
    PhraseRule.at(
        "carrier",
        "courier carrier delivery lost depot sorting left delivered wrong tracking",
        rf"""\b(?:courier|carrier|delivery\s+(?:driver|company|guy|man|firm)|
          lost\s+in\s+(?:the\s+)?(?:post|mail|transit)|depot|sorting\s+(?:office|facility|centre|
            center)|left\s+(?:it\s+)?(?:at|on|outside|with)|delivered\s+to\s+the\s+wrong|
              wrong\s+address|tracking\s+(?:says|shows|hasn{Q}t|has\s+not|still))\b""",
        # "send a courier to collect the wrong one" asks for a courier; it blames none
        unless_before=re.compile(
            r"\b(?:send|book|arrange|organi[sz]e|get|need)\s+(?:me\s+|us\s+)?(?:a|an|the|your)\s+$",
            re.I,
        ),
        # "courier it to us" asks for a way to send it; it blames no courier
        unless_after=re.compile(r"(?<=courier)\s+(?:it|them|this|these|those)\b"),
    ),
    PhraseRule.of("carrier", "the", r"\s+driver\b", "driver"),
    PhraseRule.of("carrier", "in", r"\s+transit\b", "transit"),
    PhraseRule.of("carrier", "out", r"\s+for\s+delivery\b", "delivery"),
    PhraseRule.at(
        "production",
        "production manufacture manufactured manufacturer manufacturers manufacturing factory "
        "print printing printer fabricated fabrication fabricating fabricate workshop assembly",
        r"""\b(?:production|manufactur\w*|factory|print(?:ing)?\s+(?:run|queue|shop)|printer|
          fabricat\w*|workshop|assembly)\b""",
        # "our production line sits idle" is what the delay costs the client, not its cause
        unless_before=_CLIENTS_OWN,
    ),
    PhraseRule.of(
        "production",
        "being",
        r"\s+(?:made|printed|produced|built|manufactured)\b",
        "made printed produced built manufactured",
    ),
    PhraseRule.of("production", "in", r"\s+the\s+works\b", "works"),
    PhraseRule.of(
        "production",
        "your",
        rf"\s+(?:team|designers?|developers?)\s+(?:missed|is\s+behind|hasn{Q}t|haven{Q}t)\b",
        "team designer designers developer developers",
    ),
    PhraseRule.at(
        "vendor",
        "supplier vendor third 3rd back backorder backorders backordered backordering "
        "manufacturer partner reseller marketplace",
        r"""\b(?:supplier|vendor|third[ -]party|3rd[ -]party|back[ -]?order\w*|manufacturer|
          partner\s+company|reseller|marketplace\s+seller)\b""",
        # "we'll go to another vendor" names a competitor, not who caused the problem
        unless_before=re.compile(
            r"\b(?:another|other|a\s+different|different|alternative|new)\s+$", re.I
        ),
    ),
    PhraseRule.of("vendor", "out", r"\s+of\s+stock\b", "stock"),
    PhraseRule.of("vendor", "the", r"\s+seller\b", "seller"),
    PhraseRule.of(
        "vendor",
        "waiting",
        r"\s+(?:on|for)\s+(?:parts|stock|the\s+supplier|the\s+manufacturer)\b",
        "parts stock supplier manufacturer",
    ),
    PhraseRule.at(
        "billing",
        "double doublecharge doublecharged doublecharging charge charged charges charging billed "
        "overcharge overcharged overcharges overcharging over wrong incorrect invoice billing "
        "duplicate unauthorised unauthorized hidden",
        rf"""\b(?:double[ -]?charg\w*|charg\w*\s+(?:me\s+|us\s+)?twice|billed\s+twice|
          charged\s+(?:me\s+|us\s+)?(?:two|2|three|3)\s+times|overcharg\w*|over[ -]charg\w*|
            wrong\s+(?:invoice|amount|price|bill)|incorrect\s+(?:invoice|amount|charge|bill)|
              invoice\s+(?:is|was)\s+wrong|billing\s+(?:error|mistake|issue)|duplicate\s+(?:charge|
                payment|invoice)|charged\s+(?:me\s+|us\s+)?(?:for|after)\s+\w+\s+(?:i|we)\s+
                  (?:didn{Q}t|never|cancell?ed)|unauthori[sz]ed\s+(?:charge|payment|transaction)|
                    hidden\s+fees?)""",
    ),
    PhraseRule.of(
        "billing",
        "still",
        r"\s+(?:being\s+)?charg\w*",
        "charge charged charges charging",
    ),
    PhraseRule.at(
        "product_defect",
        "defect defected defective defects faulty dead doa stopped doesn't doesnt does won't wont "
        "broke fell malfunction malfunctions malfunctioned malfunctioning keeps",
        rf"""\b(?:defect\w*|faulty|dead\s+on\s+arrival|doa|stopped\s+working|doesn{Q}t\s+work|
          does\s+not\s+work|won{Q}t\s+(?:turn\s+on|switch\s+on|start|charge|boot)|broke\s+after|
            fell\s+apart|malfunction\w*|keeps\s+(?:crashing|freezing|overheating))\b""",
    ),
    PhraseRule.of(
        "product_defect",
        "arrived came is was",
        r"\s+(?:\w+\s+)?(?:broken|cracked|damaged|smashed|shattered)\b",
        "broken cracked damaged smashed shattered",
    ),
    # "half the plates turned up chipped", "it got here in pieces"
    PhraseRule.at(
        "product_defect",
        "arrived came turned showed delivered got",
        rf"\b{ARRIVED_DAMAGED}\b",
    ),
    # "no refund yet for the broken kettle": the thing itself is named as broken
    PhraseRule.of(
        "product_defect",
        "the my a this our",
        r"""\s+(?:broken|cracked|damaged|smashed|shattered|faulty|leaking|defective)\s+
          (?!(?:promises?|links?|record|english|heart|glass|window|windscreen|windshield|bones?|
            leg|arm|wrist|home|family|system|process|website|site|page|app)\b)[a-z]{3,}""",
        "broken cracked damaged smashed shattered faulty leaking defective",
    ),
    # Data gone or broken by a change of ours: "we have lost three days of customer records",
    # "since your update on Tuesday nothing syncs"
    PhraseRule.at(
        "product_defect",
        "lost deleted wiped corrupted erased after since",
        r"""\b(?:(?:lost|deleted|wiped|corrupted|erased)\s+(?:\w+\s+){0,4}?(?:data|records|files|
          tickets|emails|messages|photos|documents|history|entries|orders)\b
          |(?:after|since)\s+(?:your|the)\s+(?:latest\s+|last\s+|recent\s+|new\s+)?(?:update|
            upgrade|release|patch|migration)\b)""",
    ),
    # A service that is down: "the dashboard has been down since 7am", "the third outage"
    PhraseRule.at(
        "product_defect",
        "outage outages site website app dashboard system systems service server servers "
        "platform portal network internet wifi broadband api",
        r"""\b(?:outages?|(?:site|website|app|dashboard|systems?|service|servers?|platform|portal|
          network|internet|wifi|broadband|api)\s+(?:has\s+been|have\s+been|is|are|was|were|went|
            keeps\s+going|has\s+gone|is\s+still|still)\s+(?:down|offline)\b)""",
    ),
    # Goods not made as ordered, even when they "arrived": "the colours are completely wrong",
    # "printed in the wrong size", "misprinted", "none of them match the approved proof" (goods
    # made right but the wrong ones sent are a matter of delivery).
    PhraseRule.at(
        "product_defect",
        "wrong incorrect misprint misprinted misprints misprinting",
        r"""\b(?:(?:wrong|incorrect)\s+(?:colou?rs?|shades?|sizes?|dimensions|specs?|
          specifications?|paper|stock|finish|fonts?|typeface|fabric|weight|thickness|
            pantone|resolution|wording|spelling|artwork|logo|print|format)\b
          |misprint\w*)""",
        # "you sent the wrong size" is a parcel packed wrong, a matter of delivery
        unless_before=re.compile(
            r"\b(?:sent|send|shipped|ship|delivered|gave|given|received|got|picked|packed|"
            r"ordered)\s+(?:me\s+|us\s+)?(?:the\s+|a\s+|an\s+)?$",
            re.I,
        ),
    ),
    PhraseRule.at(
        "product_defect",
        "colour colours color colors size sizes sizing shade shades spec specs dimensions "
        "finish font fonts logo print printing artwork",
        r"""\b(?:colou?rs?|sizes?|sizing|shades?|specs?|dimensions|finish|fonts?|logo|
          print(?:ing)?|artwork)\s+(?:is|are|was|were|look|looks|came\s+out)\s+
          (?:\w+\s+){0,2}?(?:wrong|incorrect|off|faded|washed[ -]out|blurry|blurred|pixelated|
            smudged|streaky|misaligned|crooked|upside[ -]down)\b""",
    ),
    # Not made to what was approved: "none of the labels match the approved proof", "the
    # finish doesn't match the sample".
    PhraseRule.at(
        "product_defect",
        "match matches matched matching",
        r"""\b(?:match(?:es|ed|ing)?)\s+(?:the|our|your)\s+(?:approved\s+|signed[ -]off\s+|
          agreed\s+|final\s+)?(?:proofs?|samples?|specs?|specification|mock-?ups?|artwork|
            swatch(?:es)?|pantone)\b""",
        requires_before=re.compile(
            rf"""\b(?:none\s+of\s+(?:the\s+|them\b)[^.!?]{{0,40}}|(?:doesn{Q}t|don{Q}t|didn{Q}t|
            does\s+not|do\s+not|did\s+not|not|never|no\s+longer|fails?\s+to|failed\s+to)\s+
            (?:even\s+|remotely\s+|actually\s+)?)(?P<phrase>)\Z""",
            re.X,
        ),
    ),
    # "the second blender you sent me that cracked within a week"
    PhraseRule.at(
        "product_defect",
        "cracked shattered snapped broke leaked",
        r"""\b(?:cracked|shattered|snapped|broke|leaked)\s+(?:within|after|in)\s+(?:a|an|one|two|
          three|\d+|the\s+first|less\s+than)\b""",
    ),
)
_CAUSES = RuleSet(_CAUSE_RULES)

# Phrases that name the account problem however many other cue words there are: a login that
# fails ("nobody in our team can log in since the outage"), a request to erase the client's data
# ("please delete all our data under GDPR"), the contract coming up for renewal ("our contract
# renewal is in March"). A billing error still reads as billing.
_CANNOT = rf"""(?:can{Q}t|cannot|can\s+not|couldn{Q}t|could\s+not|unable\s+to|not\s+able\s+to|
    can\s+no\s+longer|(?:nobody|no\s+one|no-one|none\s+of\s+(?:us|them|our\s+\w+))
    (?:\s+[\w'’]+){{0,4}}?\s+can)\s+(?:still\s+|even\s+|now\s+)?\Z"""
_ACCOUNT_RULES: tuple[PhraseRule, ...] = (
    PhraseRule.at(
        "account",
        "log login logon sign signin",
        r"\b(?:log\s*(?:in|on)|login|logon|sign\s*in|signin)\b",
        requires_before=re.compile(_CANNOT, re.X),
    ),
    PhraseRule.at(
        "account",
        "login log sign signin sso",
        rf"""\b(?:login|log-?in|sign-?in|signin|sso)\s+(?:page\s+|screen\s+|portal\s+)?(?:is\s+|
          has\s+been\s+|keeps\s+|still\s+)?(?:down|broken|failing|fails|failed|not\s+working|
            isn{Q}t\s+working|doesn{Q}t\s+work)\b""",
    ),
    # thrown out of the account: "the app keeps logging me out", "it logged us out again",
    # "I keep getting signed out" (not "logging a ticket")
    PhraseRule.at(
        "account",
        "logging logged logs log signing signed signs sign",
        r"""\b(?:logg(?:ing|ed)|logs?|sign(?:ing|ed|s)?)\s+(?:me|us|them|you|
          everyone|users?)?\s*out\b""",
        "out",
    ),
    PhraseRule.at(
        "account",
        "gdpr right data subject dsar",
        r"""\b(?:gdpr|right\s+to\s+(?:erasure|be\s+forgotten)|data\s+(?:deletion|erasure)|
          subject\s+access\s+request|dsar)\b""",
    ),
    # "please delete all our data", "confirm the deletion of our records" (not "you deleted")
    PhraseRule.at(
        "account",
        "delete erase purge remove wipe deletion erasure",
        r"""\b(?:(?:delete|erase|purge|remove|wipe)\s+(?:all\s+(?:of\s+)?)?|(?:deletion|erasure)\s+of\s+
          (?:all\s+(?:of\s+)?)?)(?:our|my|the|their)\s+(?:(?:personal|customer|user|staff|
            employee|account)\s+)?(?:data|records|information|details|account)\b""",
        requires_before=re.compile(
            r"""\b(?:please|pls|kindly|want|need|request|requesting|asking|ask|demand|like|
            confirm)\b(?:\s+[\w'’]+){0,4}?\s+\Z""",
            re.X,
        ),
    ),
    PhraseRule.at(
        "account",
        "deletion erasure confirm confirmation",
        r"\b(?:confirm|confirmation\s+of)\s+(?:the\s+|our\s+|my\s+)?(?:deletion|erasure)\b",
    ),
    PhraseRule.at(
        "account",
        "contract agreement licence license renewal",
        r"""\b(?:(?:contract|agreement|licen[cs]e)\s+renewal|renewal\s+(?:is|comes|falls)\s+
          (?:up|due)|renewal\s+date)\b""",
    ),
    # "we'll take the contract elsewhere at renewal"
    PhraseRule.at(
        "account",
        "at before by until",
        r"\b(?:at|before|by|until)\s+(?:the\s+|our\s+|next\s+)?renewal\b",
        "contract contracts agreement",
    ),
)
_ACCOUNT = RuleSet(_ACCOUNT_RULES)
_CAUSE_RANK = {name: rank for rank, name in enumerate(_CAUSES.names)}
_MAX_TOPIC_EVIDENCE = 3


# Cue words that business mail also uses in other senses, as (before the word, after it): "our
# board meeting", "user seats", "the upgrade to the Pro plan", "a network connection", "train our
# staff", "the pilot project", "a payment terminal", "our install crew", "carry out", "a status
# report", "the change log", "our account director".
_NOUNS_OF_SOFTWARE = (
    r"(?:plan|software|system|firmware|version|platform|server|app|account|subscription|tier|"
    r"licen[cs]e|hardware|storage|package|database|os)"
)
_NEVER = re.compile(r"(?!)")
# How many of a thing: "50", "1,200", "forty", "a few", "extra".
_COUNT = (
    r"(?:\d[\d,]*|a\s+(?:few|dozen|hundred)|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|extra|additional|more)"
)
# "We arrived", "my wife and I will arrive", "we'd only just arrived at the hotel": a person.
_PERSON_ARRIVING = (
    re.compile(
        r"\b(?:(?:we|i|he|she)(?:'(?:ll|d|ve|re|m))?|guests?|(?:my|our)\s+(?:wife|husband|"
        r"partner|family|kids|children|son|daughter|mum|mom|dad|parents|friends?|guests?|party|"
        r"group|colleagues?))\s+(?:(?:had|have|finally|just|eventually|only|then|first|all|both|"
        r"will|would|should|could|can|did|to|actually|already|safely|got\s+to)\s+){0,2}$"
    ),
    re.compile(
        r"\s+(?:at|in|to)\s+(?:the\s+)?(?:restaurant|hotel|venue|airport|station|reception|"
        r"front\s+desk|check-?in|gate|party|wedding|appointment)\b"
    ),
)
_OTHER_SENSE: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    "board": (
        re.compile(
            r"\b(?:the|our|my|your|their|a|company|advisory|school|executive|notice|dash|key|"
            r"circuit|mother|white|sound|bulletin|editorial|exam|planning|story|mood|cutting|"
            r"skirting|chopping|ironing|dart|message)\s+$"
        ),
        re.compile(
            r"\s+(?:meetings?|members?|directors?|of\b|room|packs?|papers?|level|games?|approval|"
            r"reports?|presentations?|deck|calls?|minutes|sign[ -]?off)"
        ),
    ),
    "seat": (
        re.compile(r"\b(?:toilet|bike|bicycle|office|sofa|desk|driver'?s?)\s+$"),
        # a price per seat per month is a licence's
        re.compile(r"\s+(?:licen[cs]es?|covers?|cushions?|per\s+(?:month|year|annum|user))\b"),
    ),
    # A count of seats billed or licensed: "bills us for 50 seats", "a licence for 15 seats",
    # "remove 5 seats from our contract", "60 seats when our contract says 40".
    "seats": (
        re.compile(
            r"\b(?:user|licen[cs]e|licensed|paid|unused|editor|admin|agent|developer|staff|toilet|"
            r"office|sofa)\s+$"
            # (not "paid for 2 seats" nor "charged us for 3 seats": a flight's seats are paid too)
            r"|\b(?:bills?|billed|billing|invoic(?:e|es|ed|ing)|licen[cs](?:e|es|ed)|"
            r"reduc(?:e|es|ed|ing)|covers|includes|is\s+for|says|allows)\s+"
            rf"(?:(?:us|me|them)\s+)?(?:(?:for|to|by|from|down\s+to|up\s+to)\s+)?"
            rf"(?:only\s+|just\s+)?{_COUNT}\s+(?:\w+\s+)?$"
        ),
        re.compile(
            r"\s+(?:licen[cs]es?|(?:on|in|from|to|off|under|of)\s+(?:our|the|my|your|this)\s+"
            r"(?:\w+\s+)?(?:plan|account|subscription|licen[cs]e|contract|agreement|tier|"
            r"invoice)|(?:when|but|while|yet|whereas|although|though)\s+(?:our|the|my|your)\s+"
            r"(?:\w+\s+)?(?:plan|contract|licen[cs]e|subscription|agreement|order|quote)\b)\b"
        ),
    ),
    "upgrade": (
        re.compile(
            rf"\b(?:{_NOUNS_OF_SOFTWARE}|latest|recent|since\s+the|after\s+the|before\s+the|"
            r"during\s+the)\s+$"
        ),
        re.compile(
            rf"\s+(?:(?:to|of|on)\s+(?:the\s+|our\s+|your\s+|my\s+|a\s+|version\s+|v\d)"
            rf"|(?:our|your|the|my)\s+(?:\w+\s+)?{_NOUNS_OF_SOFTWARE}\b|path|fee\b)"
        ),
    ),
    "connection": (
        re.compile(
            r"\b(?:internet|network|wifi|wi-fi|broadband|server|database|api|vpn|ssl|data|phone|"
            r"bluetooth|usb|stable|slow|poor|weak|bad|lost|no|intermittent|secure|unstable|"
            r"fibre|fiber|direct|a\s+good|in)\s+$"
        ),
        re.compile(
            r"\s+(?:issues?|problems?|errors?|drops?|dropped|dropping|keeps|timed|timeout|refused|"
            r"failed|failing|speeds?|string|with\b|between\b|is\s+(?:down|slow|unstable))"
        ),
    ),
    "train": (
        re.compile(
            r"\b(?:to|will|can|could|should|must|please|and|or|we|you|they|i|didn't|never|"
            r"properly)\s+$"
        ),
        re.compile(
            r"\s+(?:our|your|my|the\s+(?:new|staff|team)|new|staff|them|us|people|employees|team|"
            r"users|him|her|everyone|someone|agents|models?|of\s+thought)\b"
        ),
    ),
    "terminal": (
        re.compile(
            r"\b(?:payment|card|pos|chip|command|linux|mac|computer|ssh|eftpos|till|our)\s+$"
        ),
        re.compile(r"\s+(?:rental|hire|fees?|software|illness|cancer|diagnosis|velocity)\b"),
    ),
    "pilot": (
        re.compile(r"\b(?:auto|a\s+successful|the\s+free)\s+$"),
        re.compile(
            r"\s+(?:projects?|program(?:me)?s?|schemes?|phase|study|run|tests?|trials?|"
            r"customers?|groups?|sites?|light|episode|of\s+(?:the|our|your))\b"
        ),
    ),
    "crew": (
        re.compile(
            r"\b(?:film|cleaning|install\w*|delivery|removals?|road|camera|construction|"
            r"maintenance|landscaping|production|stage|building|our|my)\s+$"
        ),
        re.compile(r"\s+(?:arrived|turned\s+up|showed\s+up)\b"),
    ),
    "carry": (
        _NEVER,
        re.compile(r"(?!\s*-?\s*on)|\s+on\s+(?:with|as|like|working|regardless|and|as\s+if)\b"),
    ),
    # a person arriving, no parcel: "when we arrived our table had gone", "I arrived at the
    # hotel at nine" (not "they arrived broken", which may be the goods)
    **dict.fromkeys(("arrive", "arrived", "arriving"), _PERSON_ARRIVING),
    "arrival": (
        _NEVER,
        re.compile(
            r"\s+of\s+(?:the\s+|our\s+|your\s+|my\s+)?(?:\w+\s+)?(?:goods|parts|stock|"
            r"order|shipment|package|parcel|equipment|materials|delivery|items?|samples?|"
            r"proofs?|pallets?|machine|units?)\b"
        ),
    ),
    # "our server room", "the meeting room" are part of a building, no hotel room
    "room": (
        re.compile(
            r"\b(?:server|meeting|board|conference|stock|store|show|living|dining|plant|control|"
            r"break|comms|data|print|post|mail|staff|machine|engine|class|waiting|changing)\s+$"
        ),
        _NEVER,
    ),
    "gate": (
        re.compile(
            r"\b(?:front|back|side|site|garden|security|main|yard|loading|factory|warehouse|"
            r"entrance|(?:by|outside|through|over|behind)\s+the)\s+$"
        ),
        re.compile(r"\s+(?:code|house|entrance|intercom|keypad|was\s+locked)\b"),
    ),
    # "200 miles away", "90,000 miles on the van" measure a distance, not air miles
    "miles": (
        _NEVER,
        re.compile(r"\s+(?:away|apart|per|on\s+(?:my|the|it|our)|traveled|travelled|driven)\b"),
    ),
    "bags": (_NEVER, re.compile(r"\s+of\b")),
    "bag": (_NEVER, re.compile(r"\s+of\b")),
    # "the shipment landed", "it landed in my inbox"
    "landed": (
        re.compile(r"\b(?:shipment|parcel|order|container|email|goods|stock|pallets?)\s+$"),
        re.compile(r"\s+(?:in|on)\s+(?:my|our|your|the)\s+(?:inbox|desk|spam|lap)\b"),
    ),
    # a hotel the client runs: "we run a small hotel", "our hotel's menus"
    "hotel": (
        re.compile(
            r"\b(?:run|runs|own|owns|manage|manages|operate|operates)\s+(?:a|an|the|two|three|"
            r"several|\w+)?\s*(?:\w+\s+)?$"
        ),
        re.compile(
            r"(?:'s)?\s+(?:chain|group|guests|website|menus?|brochures?|signage|bar|restaurant|"
            r"kitchen|management|brand|marketing|booking\s+system)\b"
        ),
    ),
    # "the departure of our account manager"
    "departure": (_NEVER, re.compile(r"\s+of\s+(?:our|your|my|his|her|their)\b")),
    # a person or a team, no account problem: "our account director"
    "account": (
        _NEVER,
        re.compile(
            r"\s+(?:director|manager|executive|lead|team|rep|representative|owner|holder|handler|"
            r"management)s?\b"
        ),
    ),
    # a report on the work, no account status: "a status report", "the status of the print run"
    "status": (
        re.compile(r"\b(?:project|order|delivery|job|shipping|tracking|flight)\s+$"),
        re.compile(
            r"\s+(?:reports?|updates?|meetings?|calls?|page|of\s+(?:the|our|my|this|that)\s+"
            r"(?!(?:\w+\s+)?(?:account|membership|login|profile|card))\w+)\b"
        ),
    ),
    "log": (
        re.compile(r"\b(?:change|audit|error|call|activity|server|access|event|work|site)\s+$"),
        re.compile(r"\s+(?:files?|entries|entry|shows|says)\b"),
    ),
    "points": (_NEVER, re.compile(r"\s+of\s+(?:contact|view|failure)\b")),
    "post": (
        re.compile(r"\b(?:blog|social|linkedin|instagram|facebook|twitter|job|guest|forum)\s+$"),
        _NEVER,
    ),
}


def _first_cue_use(prepared: Prepared, word: str) -> int | None:
    """Where a word of `_OTHER_SENSE` is first used as a cue, not in its other sense ("I
    arrived home and the parcel had not arrived": the second "arrived"); None if it never is."""
    before, after = _OTHER_SENSE[word]
    lower = prepared.lower
    for at in prepared.offsets(word):
        if not (before.search(lower, max(0, at - 40), at) or after.match(lower, at + len(word))):
            return at
    return None


def _topic_cues(prepared: Prepared) -> tuple[str, list[tuple[int, int]]]:
    """The topic with most cue words, and where the first few of them stand.

    >>> from calmdesk.text import normalise
    >>> _topic_cues(prepare(normalise("Our board meeting moved; send the status report.")))
    ('other', [])
    """
    best_topic, best_cues = "other", frozenset[str]()
    # A word used only in another sense is no cue; one used in both is shown where it is a cue.
    first_uses = {
        word: _first_cue_use(prepared, word) for word in _OTHER_SENSE.keys() & prepared.words
    }
    words = prepared.words - {word for word, at in first_uses.items() if at is None}
    for topic, cue_words in _TOPIC_WORDS:
        cues = cue_words & words
        if len(cues) > len(best_cues):
            best_topic, best_cues = topic, cues
    spans = []
    for word in best_cues:
        at = first_uses.get(word)
        if at is None:
            at = prepared.offsets(word)[0]
        spans.append((at, at + len(word)))
    spans.sort()
    return best_topic, spans[:_MAX_TOPIC_EVIDENCE]


def _cause(prepared: Prepared, entities: tuple[Entity, ...]) -> tuple[str, tuple[int, int]] | None:
    found = [
        (_CAUSE_RANK[name], start, end, name)
        for name, (start, end) in _CAUSES.find(prepared).items()
    ]
    carrier = next((e for e in entities if e.kind == "carrier"), None)
    if carrier is not None:
        found.append((len(_CAUSE_RANK), carrier.span.start, carrier.span.end, "carrier"))
    if not found:
        return None
    # The client's own missing input outranks everything else; then the earliest cue.
    _, start, end, cause = min(found, key=lambda f: (f[0] != 0, f[1]))
    return cause, (start, end)


def find_topic(doc: Document, entities: tuple[Entity, ...]) -> Topic:
    """The topic with most cue words and the likely cause, each with the words that support it.

    >>> from calmdesk.text import normalise
    >>> find_topic(normalise("You charged me twice for one invoice!"), ()).cause
    'billing'
    """
    prepared = prepare(doc)
    topic, spans = _topic_cues(prepared)
    carrier = next((e for e in entities if e.kind == "carrier"), None)
    if topic in ("other", "delivery") and carrier is not None:
        topic = "delivery"
        spans = spans or [(carrier.span.start, carrier.span.end)]
    cause = _cause(prepared, entities)
    account = _ACCOUNT.find(prepared).get("account")
    # A defect or a billing error says what the complaint is about more surely than word counts.
    implied = {"product_defect": "product_quality", "billing": "billing"}
    if account is not None and topic != "travel" and (cause is None or cause[0] != "billing"):
        topic, spans = "account", [account]
    elif cause is not None and cause[0] in implied and topic not in ("travel", implied[cause[0]]):
        topic, spans = implied[cause[0]], []
    elif cause is not None and topic == "other":
        # A carrier, production, a vendor or missing input from the client all delay delivery.
        topic = "delivery"
    evidence = [Evidence(topic, Span.of(doc.text, start, end)) for start, end in spans]
    if cause is not None:
        evidence.append(Evidence(cause[0], Span.of(doc.text, *cause[1])))
    evidence.sort(key=lambda e: e.span.start)
    return Topic(topic, cause[0] if cause else None, tuple(evidence))
