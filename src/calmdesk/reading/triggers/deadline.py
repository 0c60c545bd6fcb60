"""`hard_deadline`: the client needs it by a time or for an event ("by Friday", "for my
wedding", "we will miss our connection"); also the words for times and events.

>>> from calmdesk.reading.triggers import find_triggers
>>> from calmdesk.text import normalise
>>> [(t.name, t.span.text) for t in find_triggers(normalise("We need it by Friday."))]
[('hard_deadline', 'need it by Friday')]
>>> find_triggers(normalise("I don't need it by Friday."))
()
"""

from __future__ import annotations

import re

from calmdesk.reading.phrases import PhraseRule, Q

WEEKDAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thurs?|fri|sat|sun)"
)
MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)"
)
CLOCK = r"(?:\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)|\d{1,2}:\d\d|noon|midday|midnight)"
WHEN = rf"""(?:
      today|tonight|tomorrow|tmrw|tmr|tomorow|tom\b|this\s+(?:morning|afternoon|evening|weekend|
        week)|first\s+thing
    | (?:this|next|on|by)\s+{WEEKDAY}\b|{WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?\b
    | (?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)(?:\s+of\s+{MONTH})?|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|
      \d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}
    | \d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?|{CLOCK}|end\s+of\s+(?:the\s+)?(?:day|week|month|
      business)|eod|cob|eow
    | in\s+(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|
      forty|a\s+few|a\s+couple\s+of)\s*(?:hours?|hrs?|minutes?|mins?|days?)
)"""
EVENT = (
    r"(?:wedding|funeral|interview|meeting|mtg|conference|exam|surgery|operation|appointment|appt|"
    r"birthday|party|event|launch|presentation|show|concert|graduation|ceremony|court\s+date|"
    r"hearing|deadline|connection|connecting\s+flight|flight|train|ferry|cruise|bus\b|boat\b|"
    r"shift|class|"
    r"game|match|trip|holiday|vacation|move|closing|delivery\s+window|window|performance|"
    r"gig|deadline|christmas|thanksgiving|anniversary|baby\s+shower|honeymoon|visa\s+appointment|"
    # a business client's dates: "our pitch at 2pm", "before payroll", "our renewal is on the 15th"
    r"pitch|demo|payroll|audit|inspection|renewal|webinar|kick-?off)"
)
# The first word of every EVENT.
EVENT_WORDS = (
    "wedding funeral interview meeting mtg conference exam surgery operation appointment appt "
    "birthday party event launch presentation show concert graduation ceremony court hearing "
    "deadline connection connecting flight train ferry cruise bus boat shift class game match trip "
    "holiday vacation move closing delivery window performance gig christmas thanksgiving "
    "anniversary baby honeymoon visa pitch demo payroll audit inspection renewal webinar kickoff "
    "kick"
)
# "I don't need it by Friday" names no deadline; after an "if" or "unless" in the clause it is an
# ultimatum: "if I don't hear back by Friday", "if it doesn't arrive by Thursday".
_NO_DEADLINE = re.compile(
    r"""\A(?![^.!?]*\b(?:if|unless)\b)[^.!?]*?\b(?:no|don[’']?t|do\s+not|doesn[’']?t|didn[’']?t|
    did\s+not|not)\s+
    (?:\w+\s+){0,2}$|\bif\s+you\s+(?:\w+\s+){0,2}$|\bmissed\s+$""",
    re.I | re.X,
)
_PAST_OR_VAGUE = re.compile(r"\b(?:missed|last\s+(?:week|year|month)|wait\s+until)\b", re.I)
# "need ... by", "must ... before": a need, then up to six words that are not "asap" or "soon".
_NEED_BEFORE = re.compile(
    r"""\b(?:need|needs|needed|have\s+to|has\s+to|must|got\s+to|gotta|gota|has\s+got\s+to|
      have\s+got\s+to|require|required|want)\b(?:\s+(?!(?:asap|soon)\b)[\w'/-]+){0,6}?\s+\Z""",
    re.X,
)

# The same before "today", "tomorrow": a need up to eight words back ("I need to add a dog to
# my booking for tomorrow").
_NEED_SOON_BEFORE = re.compile(
    r"""\b(?:need|needs|have\s+to|has\s+to|must|got\s+to|gotta|(?:i|we)\s+want|(?:i|we)\s+expect
    # asked to be moved: "can you get me to Denver tonight", "please help us get home today"
    |(?:(?:can|could|would|will)\s+(?:you|u|someone|anyone)\s+|please\s+|pls\s+)(?:please\s+)?
      (?:help\s+(?:me|us)\s+)?get\s+(?:me|us)|help\s+(?:me|us)\s+get)\b
    (?:\s+(?!(?:asap|soon)\b)[\w'/-]+){0,8}?\s+\Z""",
    re.X,
)

# A request in so many words: "please confirm deletion within 48 hours" ("please note that refunds
# take up to 5 days" tells a policy).
_PLEASE_BEFORE = re.compile(
    r"\b(?:please|pls|kindly)\s+(?!note\b|be\s+aware\b)(?:[\w'/-]+\s+){0,5}?\Z", re.X
)


# A need to be somewhere, just before where: "need to get (home) to", "have to be at".
_NEED_TO_BE_THERE = re.compile(
    r"""\b(?:needs?\s+to|have\s+to|has\s+to|must|gotta|got\s+to)\s+(?:get|be|make\s+it|go|
    arrive|fly)\s+(?:back\s+|home\s+|there\s+)?\Z""",
    re.X,
)
# A need or a request earlier in the clause, the phrase starting after it.
_ASKED_BEFORE = re.compile(
    r"""\b(?:need|needs|must|have\s+to|has\s+to|got\s+to|gotta|please|pls|plz|want|expect|
    (?:can|could|would)\s+(?:you|u)|get\s+(?:me|us|it|this|them|him|her))\b[^.!?]{0,60}?
    (?P<phrase>)\Z""",
    re.X,
)


def _deadline(
    starts: str,
    then: str,
    anchors: str = "",
    requires_before: re.Pattern[str] | None = None,
    *,
    unless_before: re.Pattern[str] = _NO_DEADLINE,
) -> PhraseRule:
    return PhraseRule.of(
        "hard_deadline",
        starts,
        then,
        anchors,
        requires_before=requires_before,
        unless_before=unless_before,
        unless_inside=_PAST_OR_VAGUE,
    )


def _deadline_at(
    starts: str,
    pattern: str,
    anchors: str = "",
    requires_before: re.Pattern[str] | None = None,
    *,
    unless_before: re.Pattern[str] = _NO_DEADLINE,
) -> PhraseRule:
    return PhraseRule.at(
        "hard_deadline",
        starts,
        pattern,
        anchors,
        requires_before=requires_before,
        unless_before=unless_before,
        unless_inside=_PAST_OR_VAGUE,
    )


# A miss already caused, often thanked for in anger: "the delay made me miss my meeting", "thanks
# for causing us to miss our connection". The deadline has gone; "you will make me miss it" and
# "you're causing me to miss it" have not.
_MADE_TO_MISS = re.compile(
    _NO_DEADLINE.pattern
    + r"""|\b(?:made|caused|allowed|forced)\s+
      (?:(?:me|us|him|her|them|my\s+\w+|our\s+\w+|\w+)\s+)?(?:to\s+)?$
    |\bthanks?\s+(?:you\s+)?for\b[^.!?]*$""",
    re.I | re.X,
)


# "I was there on Monday or we were": a day in what happened is no ultimatum.
_PAST_CLAUSE = re.compile(
    _NO_DEADLINE.pattern + r"|\b(?:was|were|had|did|went|came|got|said|told|happened)\b[^.!?]*$",
    re.I | re.X,
)


_PROMISED_OR_DONE = re.compile(
    _NO_DEADLINE.pattern
    + r"""|\b(?:told|promised|said|says|saying|supposed\s+to|meant\s+to|quoted|guaranteed|
    estimated|landed|arrived|lucky|had\s+to)\b[^.!?]*$""",
    re.I | re.X,
)
# A stretch of time before the event, told without a need: "we landed an hour before our
# train", "they had a van out two hours before my slot", "my credit expires a month before my
# trip" ("I need it two hours before my flight" is still a deadline).
_SPAN_BEFORE = re.compile(
    _NO_DEADLINE.pattern
    + r"""|\A(?![^.!?]*\b(?:need|needs|must|have\s+to|has\s+to|got\s+to|want)\b)[^.!?]*?
    \b(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|half\s+an|a\s+few|a\s+couple\s+of)\s*
    (?:hours?|hrs?|minutes?|mins?|days?|weeks?|months?)\s+$""",
    re.I | re.X,
)
# "that is the last thing we need tonight" is a sigh, not a deadline.
_LAST_THING_NEEDED = re.compile(
    _NO_DEADLINE.pattern + r"|\blast\s+thing\s+(?:i|we|anyone)\s+$",
    re.I | re.X,
)


# Called off by someone: "you cancelled our appointment for Thursday", "they scrapped our
# meeting tomorrow". What is left to ask (a new booking) is no deadline of its own.
_CALLED_OFF = re.compile(
    _NO_DEADLINE.pattern
    + r"""|\b(?:cancell?ed|cancels|cancell?ing|scrapped|called\s+off|pulled|axed)\s+
    (?:(?:me|us)\s+(?:off|from)\s+)?$""",
    re.I | re.X,
)
# The event as the place where something happens: "the films on our flight tomorrow", "the
# wifi aboard my train today" name no time anything is needed by ("any news on my flight
# tonight" still asks about it).
_CALLED_OFF_OR_ABOARD = re.compile(
    _CALLED_OFF.pattern
    + r"""|\b(?:aboard|onboard|during)\s+$
    |(?<!news\s)(?<!update\s)(?<!updates\s)(?<!info\s)(?<!status\s)(?<!word\s)\bon\s+$""",
    re.I | re.X,
)
# Reported late or gone: "our train tomorrow has been delayed", "my meeting tomorrow was
# cancelled".
_REPORTED_LATE = re.compile(
    r"""\s+(?:is|was|has\s+been|had\s+been|got|gets|just\s+got|now)\s+(?:now\s+|also\s+|just\s+|
    already\s+|been\s+)?(?:delayed|cancell?ed|postponed|late|pushed\s+back|overbooked)\b""",
    re.I | re.X,
)
# Not met, said ahead: "at this pace we won't make the board meeting", "I won't make
# the ferry"
# ("I can't make my appointment" calls it off).
_WILL_NOT_MAKE = re.compile(
    rf"""\b(?:not\s+(?:going\s+to|gonna|gon\s+na)|won{Q}t|wont|will\s+not|(?:may|might)\s+not|
    unlikely\s+to|no\s+way\s+(?:i|we|they|she|he)(?:{Q}ll|\s+will)|never\s+going\s+to)
    \s+(?:possibly\s+|still\s+)?\Z""",
    re.X,
)
# The client's own departure soon: "we fly in three days", "I travel in 3 hours".
_TRAVELLER = re.compile(
    rf"""\b(?:i|we|i{Q}m|we{Q}re|im|and|she|he|they|family|wife|husband|son|daughter|kids)\s+
    (?:(?:am|are|is|will\s+be|also)\s+)?\Z""",
    re.X,
)


HARD_DEADLINE: tuple[PhraseRule, ...] = (
    # "we need it by Friday", "must arrive before the 14th", "need the dress for my wedding"
    _deadline(
        "by before for",
        # "for an event", "for a wedding"; "a receipt for a flight change" names no deadline
        rf"""\s+(?:the\s+|my\s+|our\s+|this\s+|an?\s+(?!(?:flight|train|ferry|cruise|trip|move|
          class|delivery|window|connection|connecting|shift|show|game|match)\b))?(?:{WHEN}|{EVENT})""",
        "",
        _NEED_BEFORE,
    ),
    _deadline(
        "no",
        rf"\s+later\s+than\s+(?:the\s+|my\s+|our\s+)?(?:{WHEN}|{EVENT})",
        "later",
        _NEED_BEFORE,
    ),
    _deadline(
        "in",
        rf"\s+time\s+for\s+(?:the\s+|my\s+|our\s+)?(?:{WHEN}|{EVENT})",
        "time",
        _NEED_BEFORE,
    ),
    _deadline(
        "as",
        rf"\s+of\s+(?:the\s+|my\s+|our\s+)?(?:{WHEN}|{EVENT})",
        "of",
        _NEED_BEFORE,
    ),
    # "I have to have it tomorrow"
    _deadline(
        "today tonight tomorrow tmrw tom",
        "",
        "",
        _NEED_SOON_BEFORE,
        unless_before=_LAST_THING_NEEDED,
    ),
    # Before something the client does on a named day: "please correct the invoice before we
    # pay it on Friday", "we need the files before we launch on the 3rd".
    _deadline_at(
        "before",
        rf"""\bbefore\s+(?:we|i)\s+(?:\w+\s+){{1,3}}?(?:on\s+|by\s+|this\s+|next\s+)?
          (?:{WEEKDAY}|tomorrow|tonight|today|the\s+\d{{1,2}}(?:st|nd|rd|th)|{MONTH}\s+\d{{1,2}}
            (?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH})\b""",
        "",
        re.compile(
            r"\b(?:please|pls|need|needs|must|have\s+to|has\s+to|want|expect)\b[^.!?]{0,80}"
            r"(?P<phrase>)\Z"
        ),
    ),
    # An ultimatum: "a corrected invoice today, or we will review the contract", "by Friday,
    # otherwise I cancel" (the time, then what the client will do if it is missed).
    PhraseRule.at(
        "hard_deadline",
        "today tonight tomorrow monday tuesday wednesday thursday friday saturday sunday",
        r"""\b(?:today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)
          (?=\s*,?\s*(?:or|otherwise|or\s+else)\s+(?:i|we)\b)""",
        unless_before=_PAST_CLAUSE,
        unless_inside=_PAST_OR_VAGUE,
    ),
    # "I need someone on a call within the hour", "please confirm deletion within 48 hours",
    # "we expect a reply within two working days"
    _deadline(
        "within",
        r"""\s+(?:the|an?|one|two|three|four|five|\d+)\s*(?:(?:business|working)\s+)?(?:hour|
          hours|hrs?|h|minutes?|mins?|days?)\b""",
        "",
        _NEED_SOON_BEFORE,
    ),
    _deadline(
        "within",
        r"""\s+(?:the|an?|one|two|three|four|five|\d+)\s*(?:(?:business|working)\s+)?(?:hour|
          hours|hrs?|h|minutes?|mins?|days?)\b""",
        "",
        _PLEASE_BEFORE,
    ),
    _deadline(
        "this",
        r"\s+(?:morning|afternoon|evening|weekend|week)\b",
        "morning afternoon evening weekend week",
        _NEED_SOON_BEFORE,
    ),
    # "my wedding is on Saturday", "our flight leaves at 6pm", "my flight to Rome tonight"; not
    # one called off ("you cancelled our appointment for Thursday") nor only reported late ("our
    # train tomorrow has been delayed")
    PhraseRule.at(
        "hard_deadline",
        EVENT_WORDS,
        rf"""\b{EVENT}\s+(?:(?:to|from)\s+[a-z][\w-]*\s+(?:[a-z][\w-]*\s+)?)?
          (?:(?:that|which)\s+(?=(?:is|starts|begins|leaves|departs|boards)\b))?
          (?:is|starts|begins|leaves|departs|boards|closes|ends|was\s+supposed\s+to|
          scheduled|is\s+scheduled|runs|goes\s+out|goes\s+live|at|on)?\s*
          (?:(?:up|due)\s+)?(?:for\s+|at\s+|on\s+)?(?:{WHEN})""",
        # "our flight", "my wedding"; "we have a trade show on Friday"
        requires_before=re.compile(
            r"\b(?:my|our|his|her|their)\s+(?:\w+\s+)?\Z"
            r"|\b(?:we|i)(?:\s+have|\s+have\s+got|['’]ve\s+got|\s+got)\s+(?:a|an)\s+(?:\w+\s+)?\Z"
        ),
        unless_before=_CALLED_OFF_OR_ABOARD,
        unless_after=_REPORTED_LATE,
        unless_inside=_PAST_OR_VAGUE,
    ),
    _deadline_at(
        EVENT_WORDS,
        rf"""\b{EVENT}\s+(?:is\s+|starts\s+|begins\s+|leaves\s+|departs\s+|boards\s+|closes\s+|
          scheduled\s+(?:for\s+)?)(?:(?:up|due)\s+)?(?:on\s+)?(?:{WHEN})""",
    ),
    _deadline(
        "before by until",
        rf"\s+(?:my|our)\s+(?:[\w'’]+\s+){{0,2}}?{EVENT}\b",
        EVENT_WORDS,
        unless_before=_SPAN_BEFORE,
    ),
    # ("I was told by midnight", "the site says I'll get it by 8pm", "landed before 9am" report a
    # promise or a fact; the client needs nothing by then)
    _deadline(
        "by",
        rf"""\s+(?:{CLOCK}|tomorrow|tonight|{WEEKDAY}|end\s+of\s+(?:the\s+)?(?:day|
          week)|eod|cob)""",
        unless_before=_PROMISED_OR_DONE,
    ),
    # "before" a time is a deadline only when something is asked for before it: "can you get me
    # home before Monday" ("the shops close before 5am", "nothing is delivered before Tuesday"
    # tell how things are).
    _deadline(
        "before",
        rf"""\s+(?:{CLOCK}|tomorrow|tonight|{WEEKDAY}|end\s+of\s+(?:the\s+)?(?:day|
          week)|eod|cob)""",
        "",
        _ASKED_BEFORE,
        unless_before=_PROMISED_OR_DONE,
    ),
    # "the office reopens on Monday, so we need it before then": the time named just before
    _deadline(
        "before by",
        r"\s+then\b",
        "then",
        re.compile(
            rf"""\b(?:{WHEN}|{EVENT})\b[^.!?]{{0,60}}?\b(?:need|needs|have\s+to|has\s+to|must|
            got\s+to|require|want)\b(?:\s+[\w'/-]+){{0,4}}?\s+\Z""",
            re.X,
        ),
    ),
    # "I need to get to my job interview", "she has to be at her sister's wedding", "we need to
    # get home for my dad's funeral"
    _deadline(
        "to at for",
        rf"\s+(?:my|our|his|her|their)\s+(?:[\w'’]+\s+)?{EVENT}\b",
        EVENT_WORDS,
        _NEED_TO_BE_THERE,
    ),
    # "we will miss our connection", "people are missing their flights"
    _deadline(
        "miss missing",
        rf"\s+(?:it\b|connections?\b|(?:my|our|the|his|her|their|a)\s+(?:\w+\s+)?{EVENT})",
        "",
        re.compile(
            rf"""\b(?:will|{Q}ll|going\s+to|gonna|gon|may|might|could|about\s+to|likely|
            likely\s+to|definitely|probably|going|are|is|am|{Q}m|{Q}re)\s+(?:\w+\s+)?\Z""",
            re.X,
        ),
    ),
    _deadline(
        "missing",
        r"\s+(?:my|our|the|their|connections?)",
        "",
        re.compile(rf"\b(?:people|we|i|they)\s+(?:are|{Q}re|{Q}m|am)\s+\Z"),
    ),
    _deadline_at(
        "miss",
        r"""\bmiss\s+(?:my|our|the|her|his)\s+(?:\w+\s+)?(?:connection|flight|wedding|funeral|
          meeting|interview|appointment|train|event)\b(?!\s+(?:already|yesterday))""",
        unless_before=_MADE_TO_MISS,
    ),
    # Feared ahead: "hope I don't miss my connection", "praying we don't miss the ferry"
    _deadline_at(
        "hope hoping pray praying worried afraid scared",
        rf"""\b(?:hope|hoping|pray|praying|worried|afraid|scared)\s+(?:that\s+)?(?:i|we|she|he|
          they)\s+(?:don{Q}t|do\s+not|won{Q}t|doesn{Q}t|will\s+not)\s+miss\s+(?:my|our|the|his|
          her|their)\s+(?:\w+\s+)?(?:{EVENT})\b""",
        "miss",
    ),
    _deadline(
        "make",
        rf"\s+(?:it\s+(?:to|for)\s+)?(?:my|our|the|his|her|their)\s+(?:\w+\s+)?(?:{EVENT})\b",
        EVENT_WORDS,
        _WILL_NOT_MAKE,
        unless_before=_MADE_TO_MISS,
    ),
    _deadline_at(
        "travel travelling traveling fly flying leave leaving depart departing",
        r"""\b(?:travel|travell?ing|fly|flying|leave|leaving|depart|departing)\s+in\s+(?:\d+|an?|
          one|two|three|four|five|a\s+few|a\s+couple\s+of)\s*(?:hours?|hrs?|minutes?|mins?|
            days?)\b""",
        "in",
        _TRAVELLER,
    ),
    _deadline_at("#", r"\#(?:need|have|got)to\w+"),
    _deadline_at(
        "hard strict tight deadline time",
        r"""\b(?:hard|strict|tight)\s+deadline\b|\bdeadline\s+(?:is|of)\b
        |\btime[ -]sensitive\b""",
        "deadline sensitive",
    ),
    _deadline(
        "wedding funeral interview surgery exam conference",
        r"""\s+(?:\w+\s+){0,3}?(?:tomorrow|tonight|today|this\s+(?:week|weekend)|in\s+\d)""",
        "tomorrow tonight today this in",
    ),
)
