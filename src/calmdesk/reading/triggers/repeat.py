"""`repeat_contact`: the client has written or called before, been kept on hold, or is
still waiting for the answer promised.

>>> from calmdesk.reading.triggers import find_triggers
>>> from calmdesk.text import normalise
>>> [(t.name, t.span.text) for t in find_triggers(normalise("Third time I've emailed."))]
[('repeat_contact', "Third time I've emailed")]
"""

from __future__ import annotations

import re
from dataclasses import replace

from calmdesk.reading.phrases import NUMBER, PhraseRule, Q

CONTACT_VERB = (
    r"(?:call|called|calling|phoned|phoning|rang|ring|ringing|email|emailed|emailing|e-mailed|"
    r"contact|contacted|contacting|message|messaged|messaging|dm|dm'?d|dmd|dmed|dming|tweeted|"
    r"tweeting|wrote|written|writing|chatted|chatting|asked|asking|requested|requesting|reported|"
    r"reporting|complained|complaining|raised|explained|chased|chasing|followed\s+up|"
    r"following\s+up|"
    r"reached\s+out|reaching\s+out|spoke|spoken|talked|been\s+in\s+touch|sent|submitted|"
    r"filed|logged|opened)"
)
CONTACT_VERB_WORDS = (
    "call called calling phoned phoning rang ring ringing email emailed emailing e contact "
    "contacted contacting message messaged messaging dm dm'd dmd dmed dming tweeted tweeting "
    "wrote written writing chatted chatting asked asking requested requesting reported "
    "reporting complained complaining raised explained chased chasing followed following "
    "reached reaching spoke spoken talked been sent submitted filed logged opened"
)
COUNT_WORD = (
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|numerous|countless|"
    r"a\s+dozen|dozens\s+of|a\s+few|a\s+couple\s+of|so\s+many|too\s+many|a\s+million|a\s+hundred|"
    r"a\s+bunch\s+of|a\s+number\s+of|x)"
)
ORDINAL_WORDS = (
    "second third fourth fifth sixth seventh eighth ninth tenth nth umpteenth hundredth millionth"
)
_CONTACTS = (
    r"(?:(?:phone\s+)?call|email|e-mail|message|tweet|attempt|request|complaint|chat|dm|try|"
    r"reminder|follow[- ]?up|letter|voicemail"
    # "my third ticket about this": a ticket raised, not a plane ticket
    r"|(?:ticket|case)(?=\s+(?:about|regarding|on\s+this|i{Q}ve|we{Q}ve|i\s+have|we\s+have|"
    r"opened|raised|logged|submitted)\b))"
).replace("{Q}", Q)
# "3rd call this week", "Fifth email, still nothing": an ordinal contact that opens its clause
# counts as the client's own, as "my" or "the" before it does.
_CLAUSE_OPENS = re.compile(
    rf"""(?:^|[.!?;:,(\n]|\s-|(?:^|\s)[@\#]\w+|\b(?:this\s+is|that{Q}s|that\s+is|it{Q}s|
    it\s+is|now\s+on))\s*(?P<phrase>)\Z""",
    re.X,
)
_ORDINAL = rf"(?:{'|'.join(ORDINAL_WORDS.split())}|\d+(?:nd|rd|th))"
# "for the 4th time: where is my refund?", "for the third time, please reply": said of the ask
# that follows; "for the 4th time this year our shipment was late" counts the trouble.
_RESTATED_ASK = rf"""(?=(?:\s+now)?(?:\s*[:?]|\s*[,!-]*\s*(?:where|when|why|what|how|who|can|could|
    would|will|please|pls|plz|kindly|i\s+(?:am\s+|{Q}m\s+)?(?:asking|requesting|need|want|demand|
      would\s+like)|i{Q}d\s+like|we\s+(?:need|want|would\s+like)|(?:give|send|refund|cancel|fix|
        call|respond|reply|answer|tell|confirm|update|stop|help))\b))"""
# "the third time" counts contacts only when a contact is said in the same clause: "for the third
# time I'm asking", "calling for the 4th time"; "the 3rd time this month my flight was late" counts
# the trouble, which is no repeat contact.
_TIME_THEN_CONTACT = rf"\s+time\b(?=[^.!?;]{{0,40}}?\b(?:{CONTACT_VERB}|on\s+hold)\b)"
_CONTACT_THEN_TIME = re.compile(
    rf"\b(?:{CONTACT_VERB}|on\s+hold)\b[^.!?;]{{0,30}}?\b(?:my|the)\s+\Z"
)
_NOT_REPEAT = re.compile(r"\b(?:if|not|never)\s+(?:\w+\s+){0,2}$", re.I)
# "still waiting for my bags at the carousel" is waiting in person, not chasing a reply.
_WAITING_IN_PERSON = re.compile(
    r"\s+(?:for|on)\s+(?:my|our|the|your)?\s*(?:bags?|luggage|suitcases?|plane|gate|flight|"
    r"pilot|crew|board|takeoff|take\s+off|seat)\b"
    r"|\s+(?:left|landed|taken\s+off|boarded|moved|arrived)\b",
    re.I,
)


def _repeat(
    starts: str, then: str, anchors: str = "", requires_before: re.Pattern[str] | None = None
) -> PhraseRule:
    return PhraseRule.of(
        "repeat_contact",
        starts,
        then,
        anchors,
        requires_before=requires_before,
        unless_before=_NOT_REPEAT,
        unless_after=_WAITING_IN_PERSON,
    )


def _repeat_at(starts: str, pattern: str, anchors: str = "") -> PhraseRule:
    return PhraseRule.at(
        "repeat_contact",
        starts,
        pattern,
        anchors,
        unless_before=_NOT_REPEAT,
        unless_after=_WAITING_IN_PERSON,
    )


# "my third email", "the second call", "our fourth request"
_AFTER_MY_OR_THE = re.compile(r"\b(?:my|our|the)\s+\Z")
# "got disconnected", "the call was cut off", "Bleh, disconnected!"; not "cut off the
# circulation", "the bag check cut off time" or "cut off by a truck" (checked after)
_CUT_OFF_ON_THE_LINE = re.compile(
    rf"""(?:\b(?:got|get|gets|getting|was|were|been|being|i{Q}m|im|is|it|and|then|call|line|chat)
    \s+(?:immediately\s+|just\s+|then\s+)?|(?:^|[.!?,;:])\s*)(?P<phrase>)\Z""",
    re.X,
)
_COUNT_BEFORE = re.compile(rf"\b{COUNT_WORD}\s+(?:phone\s+)?\Z")

# Ways of saying how often the client has been in touch ("my third email", "called four times",
# "again and again"): when one of these and a single earlier contact ("I called yesterday") are
# both found, the count is the evidence, as the stronger reason to treat the message with care.
COUNTED = 1
_COUNTED_CONTACTS: tuple[PhraseRule, ...] = (
    # "this is my 4th email", "the second call about it"
    _repeat(ORDINAL_WORDS, rf"\s+{_CONTACTS}", "", _AFTER_MY_OR_THE),
    _repeat(NUMBER, rf"(?:nd|rd|th)\s+{_CONTACTS}", "", _AFTER_MY_OR_THE),
    _repeat(ORDINAL_WORDS, rf"\s+{_CONTACTS}", "", _CLAUSE_OPENS),
    _repeat(NUMBER, rf"(?:nd|rd|th)\s+{_CONTACTS}", "", _CLAUSE_OPENS),
    # "for the 4th time: where is my refund?"
    _repeat("for", rf"\s+the\s+{_ORDINAL}\s+time\b{_RESTATED_ASK}", "time"),
    # "third time I've asked"
    _repeat(
        ORDINAL_WORDS,
        rf"""\s+time\s+(?:i{Q}ve\s+|we{Q}ve\s+|i\s+|we\s+|i\s+have\s+|we\s+have\s+)?(?:been\s+)?
          (?:asked|asking|called|calling|written|writing|contacted|contacting|emailed|emailing|
            phoned|chased|messaged|tweeted|complained|reported|raised|reached|spoken|talked|had\s+
              to\s+(?:call|ask|write|chase|email|escalate))\b""",
        "time",
    ),
    _repeat(
        NUMBER,
        rf"""(?:nd|rd|th)\s+time\s+(?:i{Q}ve\s+|we{Q}ve\s+|i\s+|we\s+|i\s+have\s+|we\s+have\s+)?
          (?:been\s+)?(?:asked|asking|called|calling|written|writing|contacted|contacting|emailed|
            emailing|phoned|chased|messaged|tweeted|complained|reported|raised|reached|spoken|
              talked|had\s+to\s+(?:call|ask|write|chase|email|escalate))\b""",
        "time",
    ),
    # "the third time I've asked", "calling for the 4th time"
    _repeat(ORDINAL_WORDS, _TIME_THEN_CONTACT, "time", _AFTER_MY_OR_THE),
    _repeat(NUMBER, rf"(?:nd|rd|th){_TIME_THEN_CONTACT}", "time", _AFTER_MY_OR_THE),
    _repeat(ORDINAL_WORDS, _TIME_THEN_CONTACT, "time"),
    _repeat(NUMBER, rf"(?:nd|rd|th){_TIME_THEN_CONTACT}", "time"),
    _repeat(ORDINAL_WORDS, r"\s+time\b", "time", _CONTACT_THEN_TIME),
    _repeat(NUMBER, r"(?:nd|rd|th)\s+time\b", "time", _CONTACT_THEN_TIME),
    # "I've called 4 times", "emailed you three times"
    _repeat_at(
        CONTACT_VERB_WORDS,
        rf"""\b{CONTACT_VERB}\s+(?:\w+\s+){{0,5}}?{COUNT_WORD}\s+(?:times|x|calls|emails|e-mails|
          messages|tweets|dms|attempts|occasions)\b""",
        "times x calls emails e mails messages tweets dms attempts occasions",
    ),
    # "transferred 3 times", "tried eight times to get through", "on the phone several times":
    # passed around or turned away on the line, counted
    _repeat_at(
        "transferred been on",
        rf"""\b(?:(?:been\s+)?transferred|on\s+the\s+(?:phone|line)(?:\s+(?:with|to)(?:\s+\w+){{1,3}}?)?)
          \s+(?:over\s+|more\s+than\s+)?{COUNT_WORD}\s+(?:times|x)\b""",
        "times x",
    ),
    _repeat_at(
        "tried trying",
        rf"""\b(?:tried|trying)\s+(?:(?:no|not)\s+less\s+than\s+|over\s+|more\s+than\s+)?
          {COUNT_WORD}\s+(?:times|x)\s+(?:\w+\s+)?to\s+(?:call|ring|phone|reach|contact|
            get\s+(?:in\s+touch|through|hold)|speak|talk)\b""",
        "times x",
    ),
    # "how many times do I have to call?", "how many times must we ask"
    _repeat(
        "how",
        r"""\s+many\s+(?:more\s+)?times\s+(?:do|does|did|should|must|have|will|would|can)\s+
          (?:i|we|you|u)\s+(?:\w+\s+){0,2}?(?:call|ring|phone|email|e-mail|write|ask|tell|
            explain|contact|message|tweet|dm|chase|complain|repeat|send|go\s+through)\b""",
        "times",
    ),
    # "emailed your accounts team 6x": the count glued to its "x"
    _repeat_at(
        CONTACT_VERB_WORDS,
        rf"\b{CONTACT_VERB}\s+(?:\w+\s+){{0,5}}?\d+x\b",
        NUMBER,
    ),
    # "I've called twice", "emailed you twice already"
    _repeat_at(
        CONTACT_VERB_WORDS,
        rf"\b{CONTACT_VERB}\s+(?:\w+\s+){{0,2}}?(?:twice|thrice)\b",
        "twice thrice",
    ),
    # "three emails and no answer", "several calls later"
    _repeat(
        "calls emails messages tweets dms attempts complaints chats tickets requests",
        r"\s+(?:(?:later|and|to|on|about|in|so|already|but|since|with)\b|,)",
        "",
        _COUNT_BEFORE,
    ),
    # "3 calls this week", "four emails today" (tickets bought today are no contact)
    _repeat(
        "calls emails messages tweets dms attempts chats",
        r"\s+(?:today|yesterday|now|this\s+(?:week|month|morning|afternoon|evening))\b",
        "",
        _COUNT_BEFORE,
    ),
    _repeat("assurances", "", "", _COUNT_BEFORE),
    _repeat(
        "e",
        r"-mails\s+(?:(?:later|and|to|on|about|in|so|already|but|since|with)\b|,)",
        "mails",
        _COUNT_BEFORE,
    ),
    # "four times I've asked now", "so many times we have called"
    _repeat_at(
        f"{NUMBER} two three four five six seven eight nine ten several many multiple numerous "
        "countless so too",
        rf"""\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|numerous|
          countless|so\s+many|too\s+many)\s+times\s+(?:now\s+)?(?:i|we)(?:{Q}ve|\s+have)?\s+
            (?:now\s+|already\s+)?(?:asked|called|phoned|rung|emailed|e-mailed|written|wrote|
              contacted|messaged|tweeted|dm'?d|chased|complained|reported|raised|been\s+in\s+touch|
                reached\s+out|followed\s+up|had\s+to\s+(?:call|ask|write|chase|email|escalate))\b""",
        "times",
    ),
    # "I've complained repeatedly", "emailed them constantly"
    _repeat_at(
        CONTACT_VERB_WORDS,
        rf"""\b{CONTACT_VERB}\s+(?:(?:you|them|u|it|this|that|about\s+(?:it|this))\s+)?(?:repeatedly|
          constantly|continually|endlessly)\b""",
        "repeatedly constantly continually endlessly",
    ),
    # "I have left three voicemails", "we've logged four tickets about it"
    _repeat_at(
        "left sent logged opened raised submitted filed made",
        rf"""\b(?:left|sent|logged|opened|raised|submitted|filed|made)\s+(?:you\s+|them\s+)?
          (?:over\s+|more\s+than\s+|at\s+least\s+)?{COUNT_WORD}\s+(?:(?:separate|different|
            more)\s+)?(?:voicemails|voice\s+messages|messages|emails|e-mails|tickets|cases|
              requests|calls|complaints|chasers|reminders|support\s+tickets)\b""",
        "voicemails voice messages emails e mails tickets cases requests calls complaints "
        "chasers reminders support",
    ),
    # "you promised us an engineer three days running", "we were assured of a fix twice"
    _repeat(
        "promised assured",
        rf"""\s+(?:\w+\s+){{0,6}}?(?:{COUNT_WORD}\s+(?:days|times|weeks|mornings|
          occasions|days\s+in\s+a\s+row)(?:\s+(?:running|in\s+a\s+row|now))?|twice|
            repeatedly)\b""",
        "days times weeks mornings occasions twice repeatedly",
    ),
    _repeat("again", r"\s+and\s+again"),
    _repeat("time", r"\s+(?:and\s+time|after\s+time)\s+again"),
)

REPEAT_CONTACT: tuple[PhraseRule, ...] = (
    *(replace(rule, priority=COUNTED) for rule in _COUNTED_CONTACTS),
    # "yet again I'm writing", "once again, we have to chase you"
    _repeat(
        "yet once again",
        rf"""(?:(?<=yet|nce)\s+again|(?<=again))\s*,?\s+(?:i|we)(?:{Q}m|\s+am|{Q}re|\s+are|
          (?:{Q}ve|\s+have)\s+(?:had\s+)?to|\s+had\s+to|\s+must|\s+need\s+to)?\s+
            (?:writing|contacting|calling|phoning|emailing|e-mailing|messaging|tweeting|asking|
              chasing|reaching\s+out|following\s+up|dm'?ing|write|contact|call|phone|email|
                message|tweet|ask|chase|reach\s+out|follow\s+up)\b""",
        "again",
    ),
    # "we have already emailed", "I've repeatedly asked"
    _repeat(
        "already previously repeatedly constantly continually even",
        rf"\s+{CONTACT_VERB}\b",
        "",
        re.compile(rf"\b(?:i|we)(?:{Q}ve|\s+have|\s+had|{Q}d)?\s+\Z"),
    ),
    _repeat(
        "already previously repeatedly",
        r"""\s+(?:called|emailed|contacted|messaged|reported|complained|raised|explained|
          told\s+you|sent|chased|dm'?d|asked|written)""",
    ),
    # "I've been calling you for a week"
    _repeat(
        "i we ive weve",
        r"""(?:(?<=ve)|'ve|\s+have)\s+(?:been\s+)?(?:calling|emailing|writing|messaging|chasing|
          contacting|trying\s+to\s+(?:reach|contact|get\s+(?:hold|through)|talk|
            speak))\s+(?:you\s+)?(?:for|since|all|every|over)""",
        "calling emailing writing messaging chasing contacting trying",
    ),
    # "still waiting", "still no reply"; not "still not here yet" or "still not working".
    _repeat(
        "still",
        rf"""\s+(?:waiting|nothing|unresolved|on\s+hold|without|never|nobody|no\s+one|chasing|
          trying|awaiting
          | no\b
          | (?:not|haven{Q}t|havent|hasn{Q}t|hasnt|have\s+not|has\s+not|don{Q}t|dont|didn{Q}t|
            didnt|can{Q}t|cant|cannot|isn{Q}t|isnt|aren{Q}t|won{Q}t)
            \s+(?:yet\s+|even\s+|been\s+|had\s+|got\s+)?(?:heard|received|receive|got|gotten|
              had|get|fixed|resolved|sorted|refunded|repaired|replaced|credited|answered|replied|
                responded|contacted|called|back|there|here|arrived|delivered|processed|come|came|
                  reached|reach|have|hear|found|talked|spoken|spoke|providing|given|response|
                    answer|reply|word|able\s+to\s+(?:reach|get\s+through|speak|talk|contact))
          | broken|unable\s+to\s+(?:reach|get\s+through|speak|talk|contact)
        )\b""",
    ),
    # "no reply", "not one answer"
    _repeat_at(
        "no zero not",
        r"""\b(?:no|zero|not\s+a|not\s+one)\s+(?:\w+\s+)?(?:reply|replies|response|responses|answer|
          answers|word|call\s*back|callback|contact|follow[ -]?up|feedback|
            acknowledge?ment)\b(?!\s+(?:needed|necessary|required))""",
        "reply replies response responses answer answers word call callback contact follow "
        "followup feedback acknowledgement acknowledgment",
    ),
    # "nobody has got back to me"
    _repeat_at(
        "no nobody noone none",
        r"""\b(?:no\s*one|nobody|no\s+body|noone|none\s+of\s+you)\s+(?:has\s+|have\s+|is\s+|
          ever\s+|will\s+|even\s+|bothered\s+to\s+)?(?:replied|responded|answered|answering|
            answers|got\s+back|gotten\s+back|called\s+(?:me\s+)?back|returned|picks?\s+up|
              picked\s+up|picking\s+up|contacted|reply|respond|answer|get\s+back|call\s+back|
                bothered)""",
    ),
    # "they won't even pick up", "you never reply"
    _repeat_at(
        "won't wont don't dont doesn't doesnt didn't didnt never not refuse refuses can't cant",
        rf"""\b(?:won{Q}t|wont|don{Q}t|dont|doesn{Q}t|doesnt|didn{Q}t|didnt|never|not|refuse\s+to|
          refuses\s+to|can{Q}t|cant)\s+(?:even\s+)?(?:pick\s+up|answer|respond|reply|call\s+(?:me\s+|
            us\s+)?back|get\s+back|return\s+(?:my|our)\s+(?:calls?|emails?))\b""",
        "pick answer respond reply call get return",
    ),
    # "the line just hangs up", "they keep hanging up on me"
    _repeat_at(
        "hung hangs hanging hang",
        r"""\b(?:hung\s+up\s+on|hangs\s+up|hanging\s+up\s+on|hang\s+up\s+on\s+(?:me|us))\b""",
    ),
    # "got disconnected", "the call was cut off", "it disconnected me"; not "cut off by a truck",
    # "don't cut off the circulation" or "the bag check cut off time"
    _repeat_at("disconnected cut", r"\b(?:disconnected|cut\s+off)\s+(?:me|us)\b"),
    PhraseRule.at(
        "repeat_contact",
        "disconnected cut",
        r"\b(?:disconnected|cut\s+off)\b(?!\s+by\b)",
        requires_before=_CUT_OFF_ON_THE_LINE,
        unless_before=_NOT_REPEAT,
    ),
    # "been waiting three weeks to hear back"
    _repeat(
        "waiting",
        r"\s+(?:\w+\s+){0,3}?to\s+hear\s+(?:back|from|anything)\b",
        "hear",
    ),
    # "been on hold for 40 minutes"
    _repeat(
        "hold phone line",
        r"""\s+(?:now\s+|still\s+|already\s+)?(?:for\s+|since\s+)?(?:over\s+|almost\s+|nearly\s+|
          about\s+|another\s+)?(?:\d+\w*|an?\s+hour|hours|ages|forever|half)\b""",
        "",
        re.compile(r"\b(?:on|been\s+on|spent\s+\S+\s+(?:\w+\s+)?on|sat\s+on)\s+(?:the\s+)?\Z"),
    ),
    _repeat_at(
        f"{NUMBER} a an one two several",
        r"""\b(?:\d+|an?|one|two|several)\s*(?:\+\s*)?(?:hours?|hrs?|minutes?|
          mins?)\s+(?:\w+\s+){0,2}?(?:on\s+hold|on\s+the\s+(?:phone|line)|phone\s+hold|hold(?:s|ing)?\b|
            waiting\s+(?:on|for)\s+(?:the\s+)?(?:phone|line|a\s+rep|an\s+agent|someone))""",
        "hold holds holding phone line waiting",
    ),
    # "87 minutes and counting" on the phone (a delay "and counting" is no contact)
    _repeat_at(
        f"{NUMBER} a an",
        r"\b(?:\d+|an?)\s*(?:hours?|hrs?|minutes?|mins?)\s+\(?and\s+counting",
        "hold holding phone line through",
    ),
    # "emailed you again", "called last week", "wrote two days ago"; not "the report you sent
    # over yesterday" or "the agent who called last week", said of someone else
    PhraseRule.at(
        "repeat_contact",
        CONTACT_VERB_WORDS,
        # not "the app kept asking me to try again": someone else contacting the writer
        rf"""\b{CONTACT_VERB}(?!\s+(?:me|us)\b)\s+(?:you\s+|them\s+|u\s+)?(?:\w+\s+){{0,3}}?
          (?:again|once\s+more|
          yet\s+again|over\s+and\s+over|(?:last|this\s+past|previous)\s+(?:week|month|monday|
            tuesday|wednesday|thursday|friday|saturday|sunday)|(?:\w+\s+)?(?:days|weeks|
              months)\s+ago|yesterday)\b""",
        "again once over last past previous ago yesterday",
        unless_before=re.compile(
            rf"{_NOT_REPEAT.pattern}|\b(?:you|u|they|he|she|it|who|which)\s+"
            r"(?:have\s+|had\s+|just\s+|already\s+)?$",
            re.I,
        ),
        unless_after=_WAITING_IN_PERSON,
    ),
    # "waited on the line again"; not "can't wait to fly with you again", which looks forward
    PhraseRule.of(
        "repeat_contact",
        "waiting wait waited holding hold sitting",
        r"\s+(?:\w+\s+){0,5}?again\b",
        "again",
        unless_before=re.compile(
            rf"{_NOT_REPEAT.pattern}|\b(?:can{Q}t|cant|cannot|can\s+not|couldn{Q}t|couldnt)\s+$",
            re.I,
        ),
        unless_after=_WAITING_IN_PERSON,
    ),
    # "as I said before", "like we mentioned in my last email", "as I set out in my emails of
    # 3 and 10 May", "as per my email of Tuesday"
    _repeat(
        "as like",
        r"""\s+(?:i|we)\s+(?:have\s+)?(?:already\s+)?(?:said|mentioned|explained|told\s+you|wrote|
          stated|set\s+out|noted|outlined|flagged|raised|pointed\s+out|highlighted|explained)
          \s+(?:before|earlier|previously|last\s+time|already|in\s+my|in\s+our|on\s+the\s+phone)""",
        "said mentioned explained told wrote stated set noted outlined flagged raised pointed "
        "highlighted",
    ),
    _repeat(
        "as",
        r"""\s+per\s+(?:my|our)\s+(?:(?:previous|last|earlier|original|recent)\s+)?(?:emails?|
          e-mails?|messages?|calls?|letters?|tickets?|voicemails?)\b""",
        "per",
    ),
    # "we first reported this in January", "I first raised it with you weeks ago"; not "we
    # first noticed the fault on Monday"
    _repeat(
        "first",
        r"""\s+(?:reported|raised|flagged|logged|contacted|emailed|e-mailed|called|phoned|wrote|
          complained|told\s+you|notified\s+you|made\s+you\s+aware|chased|got\s+in\s+touch|
            asked)\b
          # "we first reported it in May", not "we first reported strong sales"
          (?=\s+(?:this|it|that|the|a|an|to|in|on|back|last|over|via|through|about|when|at|
            weeks|months|days|you|u)\b|\s*[.,;!]|\s*$)""",
        "",
        re.compile(rf"\b(?:i|we)(?:{Q}ve|\s+have|\s+had|{Q}d)?\s+\Z"),
    ),
    # "I've chased this with Sam and with your support desk", "we raised it with your account
    # manager"; not "we raised our prices" or "I'd like to raise this with your manager"
    _repeat(
        "chased raised flagged escalated reported",
        r"""\s+(?:this|it|the\s+(?:issue|problem|matter|fault|error|bug))\s+(?:\w+\s+)?(?:with|to\s+
          (?:you|your)|twice|again|repeatedly|several\s+times|many\s+times)\b
          # raised with the firm ("with our account manager"), not "with my director", who is
          # the writer's own
          (?!\s+(?:my|our)\s+(?!(?:account\s+(?:manager|director|lead|executive)|rep|
            representative|contact|consultant|engineer|technician)\b))""",
        "",
        re.compile(rf"\b(?:i|we)(?:{Q}ve|\s+have|\s+had|{Q}d)?\s+(?:already\s+|now\s+|also\s+)?\Z"),
    ),
    # "we have yet to receive a reply", "my email of 12 April, which is still unanswered", "just
    # bumping this up your inbox"
    PhraseRule.at(
        "repeat_contact",
        "yet",
        r"""\byet\s+to\s+(?:receive|get|have|hear|see)\s+(?:back\s+|a\s+|any\s+|one\s+|an\s+)?
          (?:back|reply|response|answer|acknowledge?ment|call\s*back|word|update|anything)\b""",
        "back reply response answer acknowledgement acknowledgment call callback word update "
        "anything",
        # "we have yet to", not "not enough orders yet to get anything"
        requires_before=re.compile(
            rf"\b(?:have|has|had|i{Q}ve|we{Q}ve|am|are|is|still)\s+(?:still\s+)?(?P<phrase>)\Z"
        ),
        unless_before=_NOT_REPEAT,
    ),
    _repeat(
        "unanswered",
        "",
        "",
        re.compile(
            r"""\b(?:still|remains?|remained|gone|went|go|going|left|been)\s+
            (?:completely\s+|totally\s+|entirely\s+)?\Z""",
            re.X,
        ),
    ),
    _repeat_at(
        "bump bumping",
        r"""\b(?:bump|bumping)\s+(?:this|my|our)\s+(?:\w+\s+)?(?:up|to\s+the\s+top|again)\b""",
    ),
    _repeat(
        "previous last earlier first original other",
        r"""\s+(?:email|e-mail|message|call|ticket|complaint|tweet|dm|case|request|chat|
          letter)s?\b""",
        "",
        re.compile(r"\b(?:my|our|the)\s+\Z"),
    ),
    _repeat(
        "sick tired fed",
        r"""(?:(?<=fed)\s+up)?\s+of\s+(?:calling|chasing|emailing|asking|writing|contacting|
          waiting|being\s+(?:ignored|on\s+hold|passed|told|transferred))""",
    ),
    _repeat(
        "keep kept",
        r"\s+(?:getting|being)\s+(?:transferred|passed\s+around|bounced|ignored|told)",
        "transferred passed bounced ignored told",
    ),
    # "you told me it would arrive", "I was promised a call"
    _repeat(
        "told promised assured said",
        r"\s+(?:me|us)\s+(?:\w+\s+){0,6}?(?:would|will|was\s+going\s+to|had\s+been)\b",
    ),
    _repeat("promised assured", "", "", re.compile(r"\b(?:was|were|been)\s+\Z")),
    _repeat("told", r"\s+to\s+call\s+back", "", re.compile(r"\b(?:was|were|been)\s+\Z")),
    _repeat("promised", r"\s+(?:\w+\s+)?(?:is|was)\s+(?:a\s+lie|never|not)"),
    _repeat("chasing", r"\s+(?:this|you|it|up)"),
    _repeat(
        "follow following",
        r"[ -]up\s+(?:on|again|about|regarding)\s+(?:my|our|the|this)",
    ),
    _repeat(
        "ignored",
        r"""\s+(?:my|our)\s+(?:\w+\s+)?(?:emails?|calls?|messages?|tweets?|dms?|requests?|
          complaints?)""",
    ),
)
