"""`public_threat`: the client threatens to go public: a bad review, social media, the press.

>>> from calmdesk.reading.triggers import find_triggers
>>> from calmdesk.text import normalise
>>> [(t.name, t.span.text) for t in find_triggers(normalise("I'm posting this on Trustpilot."))]
[('public_threat', 'posting this on Trustpilot')]
"""

from __future__ import annotations

import re

from calmdesk.reading.phrases import PhraseRule, Q

VENUE = r"""(?:
      social\s+media|twitter|facebook|fb|instagram|insta|ig|tiktok|tik\s+tok|youtube|reddit|
        linkedin|x
    | yelp|trustpilot|tripadvisor|google(?:\s+reviews?)?|the\s+internet|online|my\s+(?:blog|
      channel|page|followers)
    | the\s+(?:news|press|media|papers?|local\s+news|tv)|tv|every\s*where|all\s+over
    | g2|capterra|glassdoor|the\s+trade\s+press
    # a business client's peers: "the industry association", "our trade body", "other members"
    | (?:the|our|my)\s+(?:industry|trade|sector|professional)\s+(?:association|body|bodies|group|
      forum|network|press|federation|peers|contacts)
    | (?:the|our|my)\s+(?:network|peers|members|industry\s+peers)
    | other\s+(?:members|clients|customers|businesses|companies|agencies|firms|brands|retailers)
)"""
MEDIA = (
    r"(?:cnn|nbc|abc|cbs|foxnews|fox\s?news|bbc\w*|wsj|nytimes|latimes|washingtonpost|"
    r"chicagotribune|usatoday|guardian|thesun|dailymail|skynews|itvnews|consumerist|bbcwatchdog|"
    r"watchdog|which|moneysavingexp\w*|airlinequality|skytrax|trustpilot|tripadvisor|"
    r"media|press|news|journalist|reporter)"
)
_NOT_GOING_PUBLIC = re.compile(
    r"\b(?:not|never|won[’']?t|wouldn[’']?t|don[’']?t\s+want\s+to|"
    r"no\s+need\s+to)\s+(?:\w+\s+){0,2}$"
    # "can you share this with...", "could your team post the case study on LinkedIn?"
    r"|\b(?:you|your\s+\w+|via|vía|by|from|thanks?)\s+(?:\w+\s+){0,2}$",
    re.I,
)
_PRAISE_AFTER = re.compile(r"\s+(?:who|that)\s+(?:work|helped|was|were)", re.I)


def _public(
    starts: str,
    pattern: str,
    anchors: str = "",
    requires_before: re.Pattern[str] | None = None,
) -> PhraseRule:
    return PhraseRule.at(
        "public_threat",
        starts,
        pattern,
        anchors,
        requires_before=requires_before,
        unless_before=_NOT_GOING_PUBLIC,
        unless_after=_PRAISE_AFTER,
    )


PUBLIC_THREAT: tuple[PhraseRule, ...] = (
    # "I will make sure to tell everyone I know"
    _public(
        "let make tell telling warn warning inform",
        r"""\b(?:let|make\s+sure\s+(?:to\s+)?(?:tell|let|warn)|tell|telling|warn|warning|inform)
        \s+(?:\w+\s+){0,2}?(?:every\s*one|every\s*body|all\s+my|the\s+world|the\s+public|
          every\s+\w+\s+i\s+know|people|others|friends|family|followers|
          other\s+(?:members|clients|customers|businesses|companies|agencies|firms|brands)|(?:our|my)\s+(?:industry\s+)?
            (?:network|peers|contacts))\b
        (?!\s+(?:who|that)\s+(?:works?|helped))""",
        "every everyone everybody all world public people others friends family followers other "
        "network peers contacts",
        # said of what the writer will do ("I will make sure to tell everyone", "we're going to
        # warn other clients"), not a habit ("I always tell people", "I tell my family")
        requires_before=re.compile(
            rf"""(?:\b(?:i|we|i{Q}m|im|we{Q}re|i\s+am|we\s+are)\s+)?\b(?:i{Q}ll|ill|we{Q}ll|will|shall|gonna|going\s+to|(?:i|we){Q}d\s+better|
            make\s+sure|be\s+sure)\b(?:\s+[\w'.]+){{0,4}}?\s+\Z""",
            re.X,
        ),
    ),
    # "posting this on Trustpilot", "sharing my story with the press"
    _public(
        "post posting share sharing put putting spread spreading blast blasting tweet tweeting "
        "write writing broadcast publish publishing plaster plastering expose exposing",
        rf"""\b(?:post|posting|share|sharing|put|putting|spread|spreading|blast|blasting|tweet|
          tweeting|write|writing|broadcast|publish|publishing|plaster|plastering|expose|exposing)
          \s+(?:this|it|that|(?:my|our)\s+(?:story|experience|review)|about\s+(?:this|it|you|
            (?:my|our)\s+experience)|the\s+(?:story|video|photos?|pictures?)|(?:this|the|
              my|our)\s+\w+(?:\s+of\s+a\s+\w+)?)
          (?:\s+(?!(?:but|and)\b)\w+){{0,5}}?\s+(?:on|to|in|across|with|all\s+over)?\s*(?:{VENUE}|
            the\s+public|all\s+the|every\s*one|others|everybody)\b""",
        "social twitter facebook fb instagram insta ig tiktok tik youtube reddit linkedin x yelp "
        "trustpilot tripadvisor google internet online blog channel page followers news press "
        "media paper papers local tv everywhere every all public everyone others everybody g2 "
        "capterra glassdoor trade industry sector professional network peers members other",
    ),
    _public("put", r"\bput\s+(?:it|this|you|them)\s+on\s+blast\b", "blast"),
    _public(
        "star",
        r"\bstar\s+(?:review|rating)s?\b",
        "review reviews rating ratings",
        re.compile(r"\b(?:1|one|zero|0|no)[ -]\Z"),
    ),
    _public(
        "bad negative terrible scathing honest",
        r"""\b(?:bad|negative|terrible|scathing|honest)\s+reviews?\b(?=[^.!?]{0,40}\b(?:on|
          everywhere|will|going|gonna|leave|leaving|write|writing|post|posting)\b)""",
        "review reviews",
    ),
    _public(
        "leave leaving write writing post posting give giving",
        r"""\b(?:leave|leaving|write|writing|post|posting|give|giving)\s+(?:you\s+|a\s+|an\s+|
          my\s+)?(?:\w+\s+){0,2}?reviews?\b""",
        "review reviews",
    ),
    _public(
        "contact contacting call calling go going tell telling tip alert",
        r"""\b(?:contact|contacting|call|calling|go\s+to|going\s+to|tell|telling|tip\s+off|
          alert)\s+(?:the\s+)?(?:local\s+)?(?:media|press|news|newspapers?|papers|reporters?|
            journalists?|tv\s+stations?)\b""",
        "media press news newspaper newspapers papers reporter reporters journalist journalists tv",
    ),
    _public("go going gone", r"\b(?:go|going|gone)\s+(?:public|viral)\b", "public viral"),
    _public("read", r"\bread\s+all\s+about\s+it\b", "about"),
    _public("sharing", r"\bsharing\s+(?:it|this)\s+(?:to|with)\s+the\s+public\b", "public"),
    # Tagging the press after the complaint: "... lost my bag again @cnn" (not a message that
    # starts by addressing them).
    _public("# @", rf"(?<!^)(?<![\w@])[@\#]{MEDIA}\b(?=\s*(?:$|[@\#]))"),
    # A message that opens with a warning to others: "Never fly with @skyways".
    _public(
        "do don't dont never",
        rf"""\b(?:do\s+not|don{Q}t|never)\s+(?:ever\s+)?(?:stay|fly|book|buy|shop|order|eat|
          bank)\s+(?:at|with|from)?\s*@\w+""",
        "@",
        re.compile(r"\A\s*\Z"),
    ),
    _public(
        "avoid stay",
        r"""\b(?:avoid|stay\s+away\s+from)\s+(?:@\w+|this\s+(?:company|airline|hotel|shop|
          place))(?:\s+at\s+all\s+costs|\s+like)?\b""",
    ),
)
