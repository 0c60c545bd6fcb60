"""The words of promises and of time, as patterns.

Three families: `TIME` finds the pieces of a time phrase ("by", "3 pm", "tomorrow", "within 2
business days", "soon"), `TRIGGER` finds where a promise starts ("I'll", "we're going to", "the
refund will", "please send"), and `KIND_WORDS` names what is promised. Patterns are lower case
and run over `Anchors.low` (`Document.body` in lower case, offsets unchanged), so offsets are
valid in the text the user sees; most are tried only where one of their first words stands.

>>> [m.lastgroup for m in TIME.finditer("first thing monday, or by 5pm est")]
['first', 'weekday', 'clock']
"""

from __future__ import annotations

import re

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty-five": 45, "twenty-four": 24, "thirty-six": 36, "forty-eight": 48,
    "seventy-two": 72, "a couple of": 2, "a couple": 2, "couple of": 2,
}  # fmt: skip
_NUMBER = (
    r"(?:\d{1,3}(?:\.5)?|a\s+couple(?:\s+of)?|couple\s+of|"
    + "|".join(sorted((w for w in NUMBER_WORDS if " " not in w), key=len, reverse=True))
    + ")"
)
_UNIT = r"(?:minutes?|mins?|hours?|hrs?|days?|weeks?)"
_BUSINESS = r"(?:business|working|work)\s+"
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
ZONES = {
    "est": "America/New_York", "edt": "America/New_York", "et": "America/New_York",
    "cst": "America/Chicago", "cdt": "America/Chicago", "ct": "America/Chicago",
    "mst": "America/Denver", "mdt": "America/Denver", "mt": "America/Denver",
    "pst": "America/Los_Angeles", "pdt": "America/Los_Angeles", "pt": "America/Los_Angeles",
    "gmt": "UTC", "utc": "UTC", "bst": "Europe/London", "uk time": "Europe/London",
    "cet": "Europe/Paris", "cest": "Europe/Paris", "aest": "Australia/Sydney",
    # the client's own clock, whose zone a reply does not say: read in the team's zone
    "your time": "", "your local time": "",
}  # fmt: skip
_ZONE = r"(?:\s*\(?(?P<zone>" + "|".join(sorted(ZONES, key=len, reverse=True)) + r")\b\)?)?"

# Just after a day word: "tomorrow AM" is that day's morning.
_AFTER_DAY = "|".join(
    f"(?<={day}\\s)"
    for day in ("tomorrow", "today", "monday", "tuesday", "wednesday", "thursday", "friday",
                "saturday", "sunday")
)  # fmt: skip

# One alternation; earlier alternatives win at the same position, so longer phrases come first.
TIME = re.compile(
    r"(?P<placeholder>\[[^\]\n]{1,40}\])"
    r"|\b(?:"
    r"(?P<vague>soon(?:est)?|shortly|asap\b|a\.s\.a\.p\.|promptly|quickly|eventually|"
    r"as\s+soon\s+as\s+(?:possible|(?:i|we)\s+(?:can|could)|(?:i|we|it|they|you)\s+\w+[^.,;!?\n]{0,40})|"
    r"as\s+quickly\s+as\s+(?:possible|(?:i|we)\s+can)|at\s+the\s+earliest(?:\s+opportunity)?|"
    r"in\s+(?:a\s+(?:bit|while|little\s+while|moment|sec(?:ond)?)|due\s+course|"
    r"the\s+(?:coming|next\s+few)\s+(?:minutes|hours|days|weeks)|the\s+near\s+future|"
    r"(?:a\s+few|several)\s+(?:minutes|hours|days|weeks))|"
    r"before\s+long|by\s+then|by\s+that\s+time|at\s+some\s+point|when(?:ever)?\s+(?:i|we)\s+can|"
    r"later(?!\s+(?:today|this|tonight|than|on\s+(?:today|this))))"
    r"|(?P<duration>(?:(?:with)?in|over|allow|in\s+under|in\s+less\s+than|inside\s+(?:of\s+)?|"
    r"no\s+more\s+than|up\s+to|take[sn]?|taking)(?:\s+the\s+next|\s+about|\s+around|\s+roughly|"
    r"\s+up\s+to)?\s+(?P<count>"
    + _NUMBER
    + r")(?:\s*(?:-|–|to|or)\s*(?P<count_high>"
    + _NUMBER
    + r"))?\s*(?P<business>"
    + _BUSINESS
    + r")?(?P<unit>"
    + _UNIT
    + r")\b"
    r"(?:\s+or\s+(?P<count_or>" + _NUMBER + r")\b)?)"
    r"|(?P<within_the>(?:with)?in\s+the\s+(?:next\s+)?(?P<the_unit>hour|day|week)\b)"
    r"|(?P<immediate>right\s+(?:now|away)|straight\s+away|immediately|at\s+once|"
    # "it should be with you by now" laments the past; it sets no time
    r"(?<!by\s)now(?!\s+that)(?=\s*(?:[.,;!?)]|and\b|$)))"
    r"|(?P<eod>(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?(?:business|working|work)?\s*day|"
    r"e\.o\.d\.|eod\b|c\.o\.b\.|cob\b|(?:close|end)\s+of\s+(?:business|play)|end\s+of\s+today|"
    r"later\s+(?:on\s+)?today|close\s+of\s+day)"
    r"|(?P<week>(?:over|during|at|this|on)\s+(?:the\s+)?weekend\b|(?:the\s+)?weekend\b|"
    r"(?:the\s+)?(?:end\s+of\s+(?:the\s+|this\s+)?week|end\s+of\s+next\s+week|"
    r"early\s+next\s+week|later\s+this\s+week|this\s+week|next\s+week|"
    r"end\s+of\s+(?:the\s+|this\s+)?month|this\s+month|next\s+month))"
    r"|(?P<first>first\s+thing(?:\s+in\s+the\s+morning)?)"
    r"|(?P<overmorrow>the\s+day\s+after\s+tomorrow)"
    r"|(?P<tomorrow>tomorrow|tmrw|tmr)"
    r"|(?P<today>today|tonight|this\s+(?:morning|afternoon|evening))"
    r"|(?P<part>(?:in\s+the\s+)?(?:morning|afternoon|evening|night))"
    r"|(?P<weekday>(?:(?P<weekday_mod>this\s+coming|this|next|coming)\s+)?" + _WEEKDAY + r")"
    r"|(?P<date>" + _MONTH + r"\.?\s+(?P<month_day>\d{1,2})(?:st|nd|rd|th)?(?![\d:])|"
    r"(?P<day_month>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"\b)"
    r"|(?P<nth>the\s+(?P<nth_day>\d{1,2})(?:st|nd|rd|th))"
    # "tomorrow AM", "Monday p.m.": that day's morning or afternoon
    r"|(?P<day_half>(?:" + _AFTER_DAY + r")(?P<half>[ap])\.?m\b\.?)"
    # a slot's later end counts: "between 8 and 10am", "8-10am", "9am to 11am"
    r"|(?P<clock>(?:(?:(?:(?<=between\s)\d{1,2}(?:[:.][0-5]\d)?\s*(?:[ap]\.?m\b\.?)?\s*(?:and|-|–|to)"
    r"|\d{1,2}(?:[:.][0-5]\d)?\s*(?:[ap]\.?m\b\.?)?\s*(?:-|–|to))\s*)?"
    r"(?P<hour>\d{1,2})(?:[:.](?P<minute>[0-5]\d))?\s*(?P<meridiem>[ap]\.m\.|[ap]\.?m\b)"
    r"|(?P<hour24>[01]?\d|2[0-3]):(?P<minute24>[0-5]\d)"
    r"|(?P<named>noon|midday|midnight|lunch\s*time|lunch)"
    r"|(?:(?<=at\s)|(?<=by\s)|(?<=before\s))(?P<bare>\d{1,2})(?:\s*o'?clock)?"
    r"(?=\s*(?:[.,;!?)]|$|today|tomorrow|tonight|this|on\b|o'?clock)))" + _ZONE + ")"
    r")",
)

# Words between two pieces of one time phrase ("Monday at 10", "9 am tomorrow", "Friday, by noon").
JOINER = re.compile(
    r"[\s,]*(?:(?:at|by|on|before|around|about|the|of|no\s+later\s+than|latest|in\s+the|between|from|"
    r"until|till|,)[\s,]*)*",
)
# What may stand just before a time phrase and belongs to it.
PREPOSITION = re.compile(
    r"(?:\b(?:by|before|until|till|no\s+later\s+than|not\s+later\s+than|on|at|around|"
    r"for|from|between|sometime|some\s+time|latest\s+by|ahead\s+of)\s+){1,6}$",
)
PREPOSITION_WORDS = frozenset(
    "by before until till no not on at around for from between sometime some latest ahead".split()
)

_MODAL = (
    # "should have been here" is what went wrong, not a promise
    r"(?:['’]ll|\s+will|\s+shall|\s+should(?!\s+have\s+(?:been|arrived|come|reached|got|gotten|left|landed)\b)|['’]m\s+going\s+to|\s+am\s+going\s+to|"
    r"['’]re\s+going\s+to|\s+(?:is|are)\s+going\s+to|\s+(?:is|are)\s+(?:scheduled|expected|due|set)"
    r"\s+to|\s+(?:plan|promise|aim|intend|expect|hope)\s+to|\s+can\s+expect|"
    # an appointment booked for a slot: "the engineer is booked for Monday at 10am"
    r"\s+(?:is|are)\s+(?:booked|scheduled|confirmed|lined\s+up|pencilled\s+in|penciled\s+in)"
    r"\s+(?=for|on|in)\b)"
)
TRIGGER = re.compile(
    # A client is asked to do something.
    r"(?P<client>\bplease\s+(?!(?:allow|accept|be|note|rest|feel|know|bear|keep|don['’]?t|do\s+not|"
    r"let\s+me\s+know\s+if|let\s+us\s+know\s+if|expect)\b)"
    r"|\b(?:could|can|would)\s+you\s+(?:please\s+)?(?!be\b|imagine\b|believe\b|like\b|prefer\b|want\b|mind\b|tell\b|let\s+me\s+know\s+if\b)"
    r"|\b(?:we|i)(?:['’]ll|\s+will)?\s+(?:need|require)\s+(?:you\s+to\b|[^.;!?\n]{0,40}?\bfrom\s+you\b)"
    r"|\byou(?:['’]ll|\s+will)\s+(?:need|have)\s+to\b|\bif\s+you\s+could\b|\bkindly\s+)"
    # The team tells the client to allow time, or to expect something.
    r"|(?P<allow>\bplease\s+(?:allow|expect)\b|"
    # "expect the credit note ..." opening a sentence or a clause ("Approved; expect ...",
    # "so expect ...", "Good news: expect ...")
    r"(?:^|(?<=[.!?;:]\s)|(?<=[—–]\s)|(?<=\bso\s))expect\s+(?=a|an|the|your|it)\b)"
    # Someone will do something: I, we, you, they, or a thing ("the refund will").
    # ("our engineer, Tom, will be on site": a name set off by commas before "will")
    r"|(?P<head>\b[a-z0-9][\w-]*+)(?:,(?=\s+will\b))?(?P<modal>"
    + _MODAL
    + r")\b(?!\s+(?:not|never|you|we|i|it|they)\b)"
    # I or we are doing something at a stated time ("we're shipping it tomorrow").
    r"|(?P<progressive>\b(?:i['’]m|i\s+am|we['’]re|we\s+are)\s+(?:also\s+|now\s+|personally\s+)?"
    r"(?!going\s+to\b)[a-z]+ing\b)"
    r"|(?P<let_me>\blet\s+(?:me|us)\s+(?!know\b))"
    # A booking made for a time ahead: "I've booked the engineer for 9am on 2 December".
    r"|(?P<booked>\b(?:i|we)(?:['’]ve|\s+have)\s+(?:now\s+|just\s+|also\s+|already\s+)?"
    r"(?:booked|scheduled|arranged|lined\s+up|reserved)\b)"
    # Work handed to a colleague for a time ahead: "I've asked our billing lead to reverse the
    # charge today" (without a time it is an action taken, not a promise).
    r"|(?P<delegated>\b(?:i|we)(?:['’]ve|\s+have)\s+(?:now\s+|just\s+|also\s+|already\s+)?"
    r"(?:asked|told|instructed)\s+(?:our|my|the)\s+(?:[a-z-]+\s+){1,3}?to\s+"
    r"(?!(?:look|see|check|confirm|find\s+out)\b))",
)
# Not promises even after "I'll": how the rep feels, or where they will be.
NOT_A_PROMISE = re.compile(
    r"\s*(?:be\s+(?:happy|glad|delighted|honest|frank|clear|sure|out|away|off|available|"
    r"more\s+than\s+happy)|say|admit|leave\s+it\s+there|pass\s+that\s+on"
    # checking what the client said is a question, not a promise: "let me check I have this right"
    r"|(?:check|make\s+sure)\s+(?:that\s+)?(?:i|we)(?:'ve|\s+have|\s+got|\s+understand|"
    r"\s+understood)\b(?!\s+(?:the|your|it|a)\s+(?:refund|replacement|order|parcel)\b))\b",
)

# A condition: whatever follows depends on it, so it promises nothing by itself.
CONTINGENT = re.compile(
    r"\b(?:if(?!\s+you\s+could\b)|unless|in\s+case|should\s+(?:it|the|your|you|this|anything))\b",
)
CONTINGENT_WORDS = frozenset(["if", "unless", "in", "should"])
# A promise that waits on an event ("once I hear back") has no fixed due time.
# ("more than once about it", "at once", "only once" count times: no event to wait on)
WAITING = re.compile(
    r"\b(?:(?<!than\s)(?<!at\s)(?<!only\s)(?<!just\s)(?<!not\s)once|when(?:ever)?)\s+(?=[a-z])"
)
WAITING_WORDS = frozenset(["once", "when", "whenever"])
# The first words of a promise by "I" or "we" (`TRIGGER`), which ends a condition clause.
OWN_TRIGGER_WORDS = frozenset(["i", "we", "let"])
CLAUSE_END = re.compile(r"[,;:—–]|\bthen\b")
ARRIVAL = re.compile(
    r"\b(?:arriv\w*|deliver\w*|reach\w*|show(?:s|n)?\s+up|turn(?:s|ed)?\s+up|land\w*|receiv\w*|"
    r"get\s+it|got\s+it|come\s+through|here|with\s+you)\b",
)
# Where a clause starts, for the subject of "the refund will ...".
CLAUSE_START = re.compile(r"(?:[,;:—–(]|\b(?:and|but|so|then|because|since|which|that|also)\b)\s*")
# Joins two promises that share a subject: "I'll call FedEx now and update you by 3 pm".
AND_THEN = re.compile(r",?\s+(?:and(?:\s+then)?|then|plus)\s+|;\s*")

THIRD_PARTIES = re.compile(
    r"\b(?:fedex|ups|usps|dhl|royal\s+mail|parcelforce|canada\s+post|australia\s+post|"
    r"the\s+post(?:al\s+service|\s+office)?|the\s+(?:carrier|courier|driver|bank|card\s+issuer|"
    r"manufacturer|vendor|supplier|airline|warehouse\s+partner)|your\s+(?:bank|card\s+issuer)|"
    r"they|he|she)\b",
)
FROM_ME = re.compile(r"\bfrom\s+me\b|\bmyself\b")
FROM_THIRD_PARTY = re.compile(
    r"\bfrom\s+(?:fedex|ups|usps|dhl|royal\s+mail|the\s+(?:carrier|courier|bank)|your\s+bank)\b",
)

# What is promised; the first match wins, except that a delivery word gives way to a later
# refund or replacement ("we'll ship the replacement" is a replacement).
KIND_WORDS = re.compile(
    r"\b(?:(?P<refund>refund\w*|reimburs\w*|credit(?:ed)?|money\s+back|chargeback|"
    r"revers\w*\s+(?:the\s+|that\s+|this\s+|your\s+)?(?:[\w$£€.,-]+\s+){0,3}?"
    r"(?:charges?|payments?|transactions?|debits?|fees?)\b)"
    r"|(?P<replacement>replac\w*|re-?ship\w*|re-?send\w*|new\s+(?:one|unit|item)|exchange\w*|swap\w*)"
    # A call with someone else ("a call with the warehouse", "speak to our supplier") is our
    # own work, not a call with the client.
    r"|(?P<call>(?:call\w*|phone\w*|ring\b|give\s+you\s+a\s+ring|speak\w*|talk\w*|meeting|"
    r"zoom|video\s+chat)(?!\s+(?:with|to)\s+(?:the|our|my|their)\s))"
    r"|(?P<update>updat\w*|let\s+you\s+know|get\s+back|follow(?:\s+|-)?up|check\s+in|touch\s+base|"
    r"keep\s+you\s+(?:posted|informed)|confirm\w*|e-?mail\w*|answer\w*|hear\s+(?:back\s+)?from|"
    r"circle\s+back|report\s+back|respond\w*|repl(?:y|ies)|status|in\s+touch|news|word\s+back|"
    r"tracking|message|summar\w*|write-?up|recap|ping\b|come\s+back\s+to\s+you|revert\w*|"
    r"drop\s+you\s+a\s+(?:line|note|email)|(?:keep|loop)\s+you\s+in(?:\s+the\s+loop)?)"
    r"|(?P<delivery>deliver\w*|ship\w*|dispatch\w*|arriv\w*|reach\s+you|on\s+its\s+way|"
    r"in\s+transit|package|parcel|pick\s+(?:it\s+)?up|drop\s+(?:it\s+)?off|send\s+(?:it|them)\s+out))",
)
# The first three letters of every word `KIND_WORDS` can start with, or the whole word when it
# is shorter ("re-ship", "e-mail", "in touch", "on its way").
KIND_PREFIXES = frozenset(
    "ref rei cre mon cha rep re res new exc swa cal pho rin giv spe tal mee zoo vid upd let get "
    "fol che tou kee con e ema ans hea cir sta in wor tra mes del shi dis arr rea on pac par pic "
    "dro sen sum wri rec pin com rev loo".split()
)

# Words a time phrase or a promise can start with. Patterns are tried only where one of these
# tokens stands, which keeps a 150-word reply well under a millisecond (see benchmarks/).
TIME_STARTS = frozenset(
    [
        "soon",
        "soonest",
        "shortly",
        "asap",
        "a",
        "promptly",
        "quickly",
        "eventually",
        "as",
        "at",
        "in",
        "before",
        "by",
        "when",
        "whenever",
        "later",
        "within",
        "over",
        "allow",
        "no",
        "up",
        "inside",
        "take",
        "takes",
        "taken",
        "taking",
        "right",
        "straight",
        "immediately",
        "now",
        "the",
        "end",
        "close",
        "e",
        "eod",
        "c",
        "cob",
        "early",
        "this",
        "next",
        "coming",
        "first",
        "tomorrow",
        "tmrw",
        "tmr",
        "today",
        "tonight",
        "morning",
        "afternoon",
        "evening",
        "night",
        "weekend",
        "during",
        "on",
        "noon",
        "midday",
        "midnight",
        "lunch",
        "lunchtime",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "am",
        "pm",
        "p",
        "jan",
        "january",
        "feb",
        "february",
        "mar",
        "march",
        "apr",
        "april",
        "may",
        "jun",
        "june",
        "jul",
        "july",
        "aug",
        "august",
        "sep",
        "sept",
        "september",
        "oct",
        "october",
        "nov",
        "november",
        "dec",
        "december",
    ]
)
TRIGGER_STARTS = frozenset(
    [
        "please",
        "could",
        "can",
        "would",
        "we",
        "i",
        "you",
        "if",
        "kindly",
        "expect",
        "let",
        "i'm",
        "i’m",
        "we're",
        "we’re",
        "i've",
        "i’ve",
        "we've",
        "we’ve",
    ]
)
# A token followed by one of these may be the subject of a promise ("the refund will").
MODAL_WORDS = frozenset(
    ["will", "shall", "should", "is", "are", "plan", "promise", "aim", "intend", "hope"]
)

# Some of those words begin a time phrase or a promise only before certain words ("by then",
# "the end of", "could you"), so they are tried only there. "#" in a set stands for any word
# starting with a digit, "-ing" for any word ending in "ing". Every word may be the subject of
# "... will", "... am going to", "... can expect", or of a hyphenated subject ("follow-up will").
_SUBJECT_NEXT = frozenset(
    "will shall should am is are plan promise aim intend expect hope can - _".split()
)
TIME_FOLLOWERS = {
    "the": frozenset("end close early later this next day weekend #".split()),
    "a": frozenset(["."]),
    "p": frozenset(["."]),
    "by": frozenset(["then", "that"]),
    "at": frozenset(["the", "some", "once"]),
    "during": frozenset(["the", "weekend"]),
    "on": frozenset(["the", "weekend"]),
    "as": frozenset(["soon", "quickly"]),
    "no": frozenset(["more"]),
    "up": frozenset(["to"]),
    "when": frozenset(["i", "we"]),
    "whenever": frozenset(["i", "we"]),
    "first": frozenset(["thing"]),
    "end": frozenset(["of"]),
    "close": frozenset(["of"]),
    "right": frozenset(["now", "away"]),
    "straight": frozenset(["away"]),
    "before": frozenset(["long"]),
    "early": frozenset(["next"]),
}
TRIGGER_FOLLOWERS = {
    "could": _SUBJECT_NEXT | {"you"},
    "can": _SUBJECT_NEXT | {"you"},
    "would": _SUBJECT_NEXT | {"you"},
    "we": _SUBJECT_NEXT | {"need", "require", "have"},
    "i": _SUBJECT_NEXT | {"need", "require", "have"},
    "you": _SUBJECT_NEXT,
    "if": _SUBJECT_NEXT | {"you"},
    "let": _SUBJECT_NEXT | {"me", "us"},
    "i'm": frozenset(["also", "now", "personally", "-ing"]),
    "i’m": frozenset(["also", "now", "personally", "-ing"]),
    "we're": frozenset(["also", "now", "personally", "-ing"]),
    "we’re": frozenset(["also", "now", "personally", "-ing"]),
}
# "I've booked ...": the words a booking can start with after "i've" or "we've".
_BOOKED_NEXT = frozenset(
    "booked scheduled arranged lined reserved asked told instructed now just also already".split()
)
for _word in ("i've", "i’ve", "we've", "we’ve"):
    TRIGGER_FOLLOWERS[_word] = _BOOKED_NEXT
