"""Escalation triggers: what in a client message is a reason to escalate or to take special care.

The guide says to escalate to a manager when the client asks for one, and to handle with care a
client who threatens to leave, to sue or to go public, who has written before, who has a deadline,
or who insults the team. Each trigger is a `PhraseRule`: a pattern with its variants, plus the
near misses that must not count ("the manager at the gate was nice" is not a manager request,
"I had to switch once" is not a threat to leave).

>>> from calmdesk.text import normalise
>>> [t.name for t in find_triggers(normalise("Third time I've emailed. Get me a supervisor."))]
['repeat_contact', 'manager_request']
"""

from __future__ import annotations

import re

from calmdesk.reading.phrases import NUMBER, PhraseRule, Q, RuleSet, find_named
from calmdesk.reading.values import Evidence
from calmdesk.text import Document

# Someone speaking for themselves, as in "I'm", "we will", "ill" (tweets drop the apostrophe).
FIRST_PERSON = (
    r"(?:i|we|i'm|im|i\s+am|we're|we\s+are|i'll|ill|we'll|i\s+will|we\s+will|i'd|id|we'd)"
)
FIRST_PERSON_WORDS = "i we i'm im i'll ill we'll i'd id we'd we're"
# "going to", "gonna", "will", "about to": said of something not done yet.
INTEND = (
    rf"(?:will|{Q}ll|shall|would|{Q}d|am|{Q}m|are|{Q}re|is|going\s+to|gonna|about\s+to|ready\s+to|"
    rf"planning\s+to|plan\s+to|intend\s+to|want\s+to|wanna|have\s+to|got\s+to|gotta|need\s+to|"
    rf"must|might|may|thinking\s+of|considering|seriously\s+considering|"
    rf"(?:definitely|probably|now|just)\s)"
)

# --- manager_request ------------------------------------------------------------------------

SENIOR = r"""(?:
      (?:[a-z]+\s)?(?:manager|supervisor|superior|supervisr|mgr|boss)s?
    | (?:team|shift|duty|floor)[ -]?lead(?:er)?
    | higher[ -]?ups?|management|head\s+office|corporate|headquarters|hq
    | (?:your|the)\s+(?:ceo|president|director)
    | some(?:one|body)\s+(?:more\s+)?(?:senior|higher(?:\s+up)?|in\s+charge|
      with\s+(?:more\s+)?authority|above\s+you)
    | some(?:one|body)\s+(?:who|that)\s+(?:can|could|will|is\s+able\s+to)\s+(?:actually\s+|
      really\s+)?(?:help|do\s+something|fix|sort)
)"""
# Words one of which every SENIOR phrase holds.
SENIOR_WORDS = (
    "boss bosses ceo corporate director head headquarters higher higherup higherups hq lead "
    "leader management manager managers mgr mgrs office president somebody someone superior "
    "superiors supervisor supervisors supervisr team"
)
_NOT_ASKING = re.compile(
    # ("if I don't hear from someone senior" still asks for one)
    r"\b(?<!if i )(?<!if we )(?:no\s+need\s+to|don[’']?t|do\s+not|never)\s+(?:\w+\s+){0,2}$"
    r"|\b(?:they|he|she|it|agents?|staff|crew|people)\s+(?:\w+\s+){0,3}$"
    r"|\bwhy\s+(?:even\s+)?bother\s+(?:\w+\s+){0,4}$",
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
    PhraseRule.at(
        "manager_request",
        "want need would i'd we'd id",
        r"""\b(?:want|need|would\s+like|(?:i|we)'d\s+like|id\s+like)\s+(?:this|it|my\s+\w+)
        \s+escalated""",
        "escalated",
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

# --- churn_threat ---------------------------------------------------------------------------

USE_AGAIN = (
    r"(?:fly|flying|flown|use|using|buy|buying|order|ordering|shop|shopping|book|booking|stay|"
    r"staying|travel|travell?ing|come\s+back|coming\s+back|return|returning|recommend|"
    # "the rate won't go down again", "this is not going away" are not about the client going
    r"recommending|deal|dealing|bank|banking|(?:go|going)(?!\s+(?:down|up|wrong|off|away|out|on|"
    r"through)\b)|eat|eating|visit|visiting|choose|choosing|"
    r"do\s+business|spend|spending|purchase|purchasing|subscribe|renew|renewing|trust)"
)
# A threat made on a condition still counts ("if this isn't fixed, I'm leaving", "if it happens
# again we are switching"), but not a leaving that is itself the condition ("if I cancel, do I
# get a refund?", "when we close the account"), nor a hypothetical.
_NOT_LEAVING = re.compile(
    r"\b(?:if|unless|when|whether)\s+(?:(?:i|we)\s+(?:[\w'’]+\s+){0,2})?$"
    r"|\b(?:would|could|might)\b[^.!?]*$|\b(?:had\s+to|once)\s+$",
    re.I,
)
# "I'm switching to the new plan you offered", "you lost my bag" are not threats to leave.
_NOT_LEAVING_AFTER = re.compile(
    r"\s+(?:plan|tariff|option|flight|seat|bag|luggage|suitcase)\b", re.I
)
_LEAVE_VERB = (
    "switch switching leave leaving quit quitting drop dropping ditch ditching dump dumping "
    "cancel canceling cancelling close closing terminate terminating end ending"
)


def _churn(starts: str, then: str, anchors: str = "") -> PhraseRule:
    return PhraseRule.of(
        "churn_threat",
        starts,
        then,
        anchors,
        unless_before=_NOT_LEAVING,
        unless_after=_NOT_LEAVING_AFTER,
    )


def _churn_at(starts: str, pattern: str, anchors: str = "") -> PhraseRule:
    return PhraseRule.at(
        "churn_threat",
        starts,
        pattern,
        anchors,
        unless_before=_NOT_LEAVING,
        unless_after=_NOT_LEAVING_AFTER,
    )


_ANOTHER_FIRM = (
    r"(?:a|another|a\s+different|a\s+new|new|different|other)\s+(?:airline|carrier|provider|"
    r"company|bank|supplier|vendor|service|store|shop|brand|network|isp)s?\b"
    # "another service you offer", "a new bank account" are not somebody else
    r"(?!\s+(?:you|u|your|that|which|account|plan|option|card|app|number|"
    r"(?:from|of)\s+(?:you|your))\b)"
)
_FIRM_WORDS = (
    "airline airlines carrier carriers provider providers company companies bank banks supplier "
    "suppliers vendor vendors service services store stores shop shops brand brands network "
    "networks isp isps"
)

CHURN_THREAT: tuple[PhraseRule, ...] = (
    _churn("never", r"\s+(?:ever\s+)?again\b"),
    _churn(
        "never",
        rf"""\s+(?:ever\s+)?(?:will|would|shall|going\s+to|gonna)\s+(?:i|we)
        \s+(?:ever\s+)?{USE_AGAIN}""",
    ),
    # "won't be flying with you again", "not using them any more"
    _churn_at(
        "never not won't wont will ain't aint no",
        rf"""\b(?:never|not|won{Q}t|wont|will\s+not|ain{Q}t|no\s+longer|not\s+ever|not\s+be)
        \s+(?:be\s+|b\s+)?(?:ever\s+)?{USE_AGAIN}\b
        (?:\s+(?!again\b)[\w@&.'-]+){{0,5}}?\s+(?:again|anymore|any\s+more|ever\s+again)\b""",
        "again anymore more",
    ),
    _churn_at(
        "never nvr won't wont will i'll we'll would",
        rf"""\b(?:never|nvr|won{Q}t\s+ever|will\s+(?:never|nvr)|(?:i|we)'ll\s+(?:never|nvr)|
          would\s+never)
        \s+(?:again\s+)?{USE_AGAIN}\s+(?:with\s+|w/\s*)?(?:you|u|ya|your|ur|@\w+|them)""",
    ),
    _churn("last", rf"\s+time\s+(?:i|we)\s+(?:will\s+)?(?:ever\s+)?{USE_AGAIN}", "time"),
    _churn_at(
        "first last",
        r"""\b(?:first\s+and\s+)?last\s+time\s+(?:i|we)\s+(?:ever\s+)?(?:fly|flew|use|used|buy|
        bought|order|ordered|book|booked|shop|shopped|stay|stayed)""",
        "time",
    ),
    # "you've just lost a loyal customer"
    _churn_at(
        "you you've youve u just",
        r"""\b(?:you'?ve|you\s+have|you|u|just)\s+(?:\w+\s+){0,2}?lost\s+(?:a|one|another|my|our|
          me\s+as\s+a)\s+(?:loyal\s+|long[ -]?time\s+|valued\s+|good\s+)?(?:customer|client|
            business|member|flyer|passenger)""",
        "lost",
    ),
    _churn("lost", r"\s+(?:a|another)\s+(?:loyal\s+|long[ -]?time\s+)?(?:customer|client)"),
    _churn(
        "take taking took move moving",
        r"""\s+(?:my|our)\s+(?:business|money|custom|account|accounts|trade|contract|
        subscription)\s+(?:elsewhere|somewhere\s+else|to\s+\w+|over\s+to)""",
    ),
    # "I'm switching to another provider", "we will be closing the account"
    _churn_at(
        FIRST_PERSON_WORDS,
        rf"""\b{FIRST_PERSON}\s+{INTEND}?\s*(?:\w+\s+)?(?:switch|switching|leave|leaving|quit|
          quitting|drop|dropping|ditch|ditching|dump|dumping|cancel|cancell?ing|close|closing|
            terminate|terminating|end|ending)
          \s+(?:to\s+|over\s+to\s+)?(?:you|u|ya|your|ur|my|our|this|the\s+(?:account|subscription|
            contract|agreement|membership|service)|@\w+|another|a\s+different|a\s+competitor|to\s+(?:a|
              another))\b""",
        _LEAVE_VERB,
    ),
    # "looking for another provider", "we'll go with a different bank"
    _churn("find finding try trying", rf"\s+{_ANOTHER_FIRM}", _FIRM_WORDS),
    _churn("look looking", rf"\s+for\s+{_ANOTHER_FIRM}", _FIRM_WORDS),
    _churn("go going", rf"\s+with\s+{_ANOTHER_FIRM}", _FIRM_WORDS),
    _churn("switch switching move moving", r"\s+to\s+(?:a\s+)?competitor", "competitor"),
    _churn_at(
        "i'm im i we we're",
        r"""\b(?:i'm|im|i\s+am|we're|we\s+are)\s+(?:so\s+|totally\s+|officially\s+)?(?:done|
          finished|through)\s+with\s+(?:you|u|your|ur|@\w+|this\s+(?:company|airline|bank|
            brand))""",
        "done finished through",
    ),
    _churn_at("goodbye bye farewell", r"\b(?:goodbye|bye\s+bye|farewell)\s+(?:@\w+|forever)"),
    # The business client's quieter version: "starting to wonder whether we should keep using
    # your service", "we are reconsidering our contract", "looking at other suppliers".
    _churn(
        "wonder wondering question questioning doubt doubting reconsider reconsidering rethink "
        "rethinking review reviewing",
        r"""\s+(?:whether|if)\s+(?:we|i)\s+(?:should|will|can|want\s+to|ought\s+to)\s+
          (?:keep|continue|stay|carry\s+on|go\s+on|remain)\s+(?:using|with|working\s+with|
            ordering\s+from|buying\s+from|doing\s+business\s+with|as\s+(?:a\s+)?(?:customer|
              client)s?)""",
        "keep continue stay carry go remain",
    ),
    # "reviewing whether we renew in January", "we won't be renewing"
    _churn(
        "wonder wondering question questioning doubt doubting reconsider reconsidering rethink "
        "rethinking review reviewing considering deciding",
        r"""\s+(?:whether|if)\s+(?:(?:we|i)\s+(?:should\s+|will\s+|want\s+to\s+|ought\s+to\s+)?|
          to\s+)renew\b""",
        "renew",
    ),
    _churn_at(
        "won't wont will not we",
        rf"""\b(?:won{Q}t|wont|will\s+not|not\s+going\s+to|(?:we|i)\s+(?:do\s+not|don{Q}t)\s+plan\s+
          to)\s+(?:be\s+)?renew(?:ing)?\b(?!\s+(?:automatically|itself|on\s+its\s+own))""",
        "renew renewing",
    ),
    _churn(
        "reconsider reconsidering rethink rethinking",
        r"""\s+(?:our|my|the)\s+(?:contract|account|subscription|relationship|partnership|
          business\s+with\s+you|membership|plan)\b(?!\s+(?:terms|details|settings))""",
        "contract account subscription relationship partnership business membership plan",
    ),
    _churn(
        "look looking",
        r"""\s+(?:at|into)\s+(?:other|alternative|different)\s+(?:suppliers?|providers?|vendors?|
          carriers?|companies|agencies|banks|options|airlines|services)""",
        "other alternative different",
    ),
)

# --- legal_threat ---------------------------------------------------------------------------

LEGAL_BODY = r"""(?:
      lawyers?|attorneys?|solicitors?|legal\s+(?:action|advice|team|counsel|department|route|
        proceedings|options|steps|remedies|recourse|avenues|claim)|law\s*firm
    | lawsuit|law\s+suit|class\s+action|sue|suing|court|small[ -]claims|litigation
    | charge[ -]?back|disput(?:e|ing)\s+(?:the|this|it|these|my)\s+(?:\w+\s+)?(?:charges?|
      transactions?|payments?)
    | (?:my|the)\s+(?:bank|card\s+(?:issuer|company|provider)|credit\s+card\s+company)\s+(?:to|
      and)\s+(?:dispute|reverse|cancel|stop|block)
    | regulators?|ombudsman|consumer\s+(?:protection|rights|affairs|council)|trading\s+standards|
      watchdog
    | attorney\s+general|better\s+business\s+bureau|bbb|dot|fcc|ftc|cfpb|ofcom|ofgem|ofwat|fca|
      caa|accc|cma
    | department\s+of\s+transportation|federal\s+trade\s+commission
)"""
_LEGAL_STARTS = (
    "lawyer lawyers attorney attorneys solicitor solicitors legal law lawfirm lawsuit class sue "
    "suing court small litigation charge chargeback chargebacks dispute disputing my the "
    "regulator "
    "regulators ombudsman consumer trading watchdog better bbb dot fcc ftc cfpb ofcom ofgem "
    "ofwat fca caa accc cma department federal"
)
_LEGAL_ANCHORS = (
    "accc attorney attorneys bank bbb better bureau caa card cfpb charge chargeback chargebacks "
    "claims class cma commission consumer court department dispute disputing dot fca fcc "
    "federal ftc "
    "general law lawfirm lawsuit lawyer lawyers legal litigation ofcom ofgem ofwat ombudsman "
    "regulator regulators small solicitor solicitors sue suing suit trading watchdog"
)
_NOT_SUING = re.compile(r"\b(?:not|never|no\s+need\s+to|don[’']?t)\s+(?:\w+\s+){0,3}$", re.I)
_SOMEONE_ELSE_OR_RULES = re.compile(
    r"\b(?:he|she|they|him|her|them|guy|passenger)\b|\brules?\b|\bcourt(?:esy|eous)|"
    r"\bdot\s*com",
    re.I,
)

# "my lawyer friend recommended you": a lawyer mentioned as a person the writer knows, no threat.
_LAWYER_AS_ACQUAINTANCE = re.compile(
    r"""\s+(?:friend|friends|colleague|colleagues|neighbou?r|buddy|pal|cousin|sister|brother|
    (?:who\s+)?(?:recommended|suggested|referred|told\s+me\s+about))\b""",
    re.I | re.X,
)

LEGAL_THREAT: tuple[PhraseRule, ...] = (
    # "I will see my lawyer", "we're reporting you to the regulator": the writer, then the body
    # within a few words (not someone else: "the man said he would sue").
    PhraseRule.at(
        "legal_threat",
        _LEGAL_STARTS,
        rf"\b{LEGAL_BODY}\b",
        _LEGAL_ANCHORS,
        # The nearest "I/we/my" before it starts the evidence: "refund me or I'm reporting you
        # to the BBB" shows "I'm reporting you to the BBB".
        requires_before=re.compile(
            rf"""\b(?:{FIRST_PERSON}|my|our|me)\b
            (?:\s+(?!(?:he|she|they|guy|man|woman|i|we|i'm|im|we're|i'll|we'll|i'd|we'd|my|our|
              me)\b)[\w'@\#]+){{0,9}}?\s+\Z""",
            re.X,
        ),
        unless_before=_NOT_SUING,
        unless_after=_LAWYER_AS_ACQUAINTANCE,
        unless_inside=_SOMEONE_ELSE_OR_RULES,
    ),
    PhraseRule.at(
        "legal_threat",
        "see hear hearing",
        r"""\b(?:see\s+you\s+in\s+(?:small[ -]claims\s+)?court|(?:hear|hearing)\s+from\s+(?:my|
          our)\s+(?:lawyer|attorney|solicitor)s?)""",
        unless_before=_NOT_SUING,
        unless_inside=_SOMEONE_ELSE_OR_RULES,
    ),
)

# --- public_threat --------------------------------------------------------------------------

VENUE = r"""(?:
      social\s+media|twitter|facebook|fb|instagram|insta|ig|tiktok|tik\s+tok|youtube|reddit|
        linkedin|x
    | yelp|trustpilot|tripadvisor|google(?:\s+reviews?)?|the\s+internet|online|my\s+(?:blog|
      channel|page|followers)
    | the\s+(?:news|press|media|papers?|local\s+news|tv)|tv|every\s*where|all\s+over
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
    r"|\b(?:you|via|by|from|thanks?)\s+(?:\w+\s+){0,2}$",
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
          every\s+\w+\s+i\s+know|people|others|friends|family|followers)\b
        (?!\s+(?:who|that)\s+(?:works?|helped))""",
        "every everyone everybody all world public people others friends family followers",
        requires_before=re.compile(
            rf"\b(?:{FIRST_PERSON}|will|gonna|going\s+to)\b(?:\s+[\w'.]+){{0,4}}?\s+\Z"
        ),
    ),
    # "posting this on Trustpilot", "sharing my story with the press"
    _public(
        "post posting share sharing put putting spread spreading blast blasting tweet tweeting "
        "write writing broadcast publish publishing plaster plastering expose exposing",
        rf"""\b(?:post|posting|share|sharing|put|putting|spread|spreading|blast|blasting|tweet|
          tweeting|write|writing|broadcast|publish|publishing|plaster|plastering|expose|exposing)
          \s+(?:this|it|that|my\s+(?:story|experience|review)|about\s+(?:this|it|you|
            my\s+experience)|the\s+(?:story|video|photos?|pictures?)|(?:this|the|
              my)\s+\w+(?:\s+of\s+a\s+\w+)?)
          (?:\s+(?!(?:but|and)\b)\w+){{0,5}}?\s+(?:on|to|in|across|with|all\s+over)?\s*(?:{VENUE}|
            the\s+public|all\s+the|every\s*one|others|everybody)\b""",
        "social twitter facebook fb instagram insta ig tiktok tik youtube reddit linkedin x yelp "
        "trustpilot tripadvisor google internet online blog channel page followers news press "
        "media paper papers local tv everywhere every all public everyone others everybody",
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

# --- repeat_contact -------------------------------------------------------------------------

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
_CONTACTS = r"(?:time|call|email|e-mail|message|tweet|attempt|request|complaint|chat|dm|try)"
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


_AFTER_MY_OR_THE = re.compile(r"\b(?:my|the)\s+\Z")
_COUNT_BEFORE = re.compile(rf"\b{COUNT_WORD}\s+(?:phone\s+)?\Z")

REPEAT_CONTACT: tuple[PhraseRule, ...] = (
    # "for the third time", "this is my 4th email"
    _repeat(ORDINAL_WORDS, rf"\s+{_CONTACTS}", "", _AFTER_MY_OR_THE),
    _repeat(NUMBER, rf"(?:nd|rd|th)\s+{_CONTACTS}", "", _AFTER_MY_OR_THE),
    # "third time I've asked"
    _repeat(
        ORDINAL_WORDS,
        rf"\s+time\s+(?:i|we|i{Q}ve|we{Q}ve|asking|calling|writing|contacting|emailing|this)\b",
        "time",
    ),
    _repeat(
        NUMBER,
        rf"(?:nd|rd|th)\s+time\s+(?:i|we|i{Q}ve|we{Q}ve|asking|calling|writing|contacting|"
        r"emailing|this)\b",
        "time",
    ),
    # "I've called 4 times", "emailed you three times"
    _repeat_at(
        CONTACT_VERB_WORDS,
        rf"""\b{CONTACT_VERB}\s+(?:\w+\s+){{0,5}}?{COUNT_WORD}\s+(?:times|x|calls|emails|e-mails|
          messages|tweets|dms|attempts|occasions)\b""",
        "times x calls emails e mails messages tweets dms attempts occasions",
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
    _repeat("assurances", "", "", _COUNT_BEFORE),
    _repeat(
        "e",
        r"-mails\s+(?:(?:later|and|to|on|about|in|so|already|but|since|with)\b|,)",
        "mails",
        _COUNT_BEFORE,
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
    _repeat_at("hung disconnected cut", r"\b(?:hung\s+up\s+on|disconnected|cut\s+off)\b"),
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
    _repeat_at(
        f"{NUMBER} a an",
        r"\b(?:\d+|an?)\s*(?:hours?|hrs?|minutes?|mins?)\s+\(?and\s+counting",
        "counting",
    ),
    # "emailed you again", "called last week", "wrote two days ago"
    _repeat_at(
        CONTACT_VERB_WORDS,
        rf"""\b{CONTACT_VERB}\s+(?:you\s+|them\s+|u\s+)?(?:\w+\s+){{0,3}}?(?:again|once\s+more|
          yet\s+again|over\s+and\s+over|(?:last|this\s+past|previous)\s+(?:week|month|monday|
            tuesday|wednesday|thursday|friday|saturday|sunday)|(?:\w+\s+)?(?:days|weeks|
              months)\s+ago|yesterday)\b""",
        "again once over last past previous ago yesterday",
    ),
    _repeat("waiting wait waited holding hold sitting", r"\s+(?:\w+\s+){0,5}?again\b", "again"),
    # "as I said before", "like we mentioned in my last email"
    _repeat(
        "as like",
        r"""\s+(?:i|we)\s+(?:already\s+)?(?:said|mentioned|explained|told\s+you|wrote|
          stated)\s+(?:before|earlier|previously|last\s+time|already|in\s+my)""",
        "said mentioned explained told wrote stated",
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
    _repeat("again", r"\s+and\s+again"),
    _repeat("time", r"\s+(?:and\s+time|after\s+time)\s+again"),
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

# --- hard_deadline --------------------------------------------------------------------------

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
    | in\s+(?:\d+|an?|one|two|three|four|five|a\s+few|a\s+couple\s+of)\s*(?:hours?|hrs?|minutes?|
      mins?|days?)
)"""
EVENT = (
    r"(?:wedding|funeral|interview|meeting|mtg|conference|exam|surgery|operation|appointment|appt|"
    r"birthday|party|event|launch|presentation|show|concert|graduation|ceremony|court\s+date|"
    r"hearing|deadline|connection|connecting\s+flight|flight|train|ferry|cruise|shift|class|"
    r"game|match|trip|holiday|vacation|move|closing|delivery\s+window|window|performance|"
    r"gig|deadline|christmas|thanksgiving|anniversary|baby\s+shower|honeymoon|visa\s+appointment)"
)
# The first word of every EVENT.
EVENT_WORDS = (
    "wedding funeral interview meeting mtg conference exam surgery operation appointment appt "
    "birthday party event launch presentation show concert graduation ceremony court hearing "
    "deadline connection connecting flight train ferry cruise shift class game match trip "
    "holiday vacation move closing delivery window performance gig christmas thanksgiving "
    "anniversary baby honeymoon visa"
)
# "I don't need it by Friday" names no deadline; after an "if" or "unless" in the clause it is an
# ultimatum: "if I don't hear back by Friday", "if it doesn't arrive by Thursday".
_NO_DEADLINE = re.compile(
    r"""\A(?![^.!?]*\b(?:if|unless)\b)[^.!?]*?\b(?:no|don[’']?t|do\s+not|doesn[’']?t|not)\s+
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

_NEED_SOON_BEFORE = re.compile(
    r"""\b(?:need|needs|have\s+to|has\s+to|must|got\s+to|gotta|(?:i|we)\s+want|(?:i|we)\s+expect)\b
    (?:\s+(?!(?:asap|soon)\b)[\w'/-]+){0,5}?\s+\Z""",
    re.X,
)


def _deadline(
    starts: str, then: str, anchors: str = "", requires_before: re.Pattern[str] | None = None
) -> PhraseRule:
    return PhraseRule.of(
        "hard_deadline",
        starts,
        then,
        anchors,
        requires_before=requires_before,
        unless_before=_NO_DEADLINE,
        unless_inside=_PAST_OR_VAGUE,
    )


def _deadline_at(
    starts: str, pattern: str, anchors: str = "", requires_before: re.Pattern[str] | None = None
) -> PhraseRule:
    return PhraseRule.at(
        "hard_deadline",
        starts,
        pattern,
        anchors,
        requires_before=requires_before,
        unless_before=_NO_DEADLINE,
        unless_inside=_PAST_OR_VAGUE,
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
    _deadline("today tonight tomorrow tmrw tom", "", "", _NEED_SOON_BEFORE),
    # "I need someone on a call within the hour"
    _deadline(
        "within",
        r"\s+(?:the|an?|one|two|\d+)\s+(?:hour|hours|hrs?|minutes?|mins?)\b",
        "hour hours hr hrs minute minutes min mins",
        _NEED_SOON_BEFORE,
    ),
    _deadline(
        "this",
        r"\s+(?:morning|afternoon|evening|weekend|week)\b",
        "morning afternoon evening weekend week",
        _NEED_SOON_BEFORE,
    ),
    # "my wedding is on Saturday", "our flight leaves at 6pm"
    _deadline_at(
        EVENT_WORDS,
        rf"""\b{EVENT}\s+(?:is|starts|begins|leaves|departs|boards|closes|ends|was\s+supposed\s+to|
          scheduled|is\s+scheduled|at|on)?\s*(?:for\s+|at\s+)?(?:{WHEN})""",
        "",
        # "our flight", "my wedding"; "we have a trade show on Friday"
        re.compile(
            r"\b(?:my|our|his|her|their)\s+(?:\w+\s+)?\Z"
            r"|\b(?:we|i)\s+(?:have|have\s+got|['’]ve\s+got)\s+(?:a|an)\s+(?:\w+\s+)?\Z"
        ),
    ),
    _deadline_at(
        EVENT_WORDS,
        rf"""\b{EVENT}\s+(?:is\s+|starts\s+|begins\s+|leaves\s+|departs\s+|boards\s+|closes\s+|
          scheduled\s+(?:for\s+)?)(?:{WHEN})""",
    ),
    _deadline(
        "before by until",
        rf"\s+(?:my|our)\s+(?:[\w'’]+\s+){{0,2}}?{EVENT}\b",
        EVENT_WORDS,
    ),
    _deadline(
        "before by",
        rf"""\s+(?:{CLOCK}|tomorrow|tonight|{WEEKDAY}|end\s+of\s+(?:the\s+)?(?:day|
          week)|eod|cob)""",
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
    _deadline(
        "miss",
        r"""\s+(?:my|our|the|her|his)\s+(?:\w+\s+)?(?:connection|flight|wedding|funeral|
          meeting|interview|appointment|train|event)\b(?!\s+(?:already|yesterday))""",
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

# --- abuse ----------------------------------------------------------------------------------

INSULT = (
    r"(?:idiots?|idiotic\s+\w+|morons?|imbeciles?|cretins?|clowns?|fools?|jokers?|liars?|crooks?|"
    r"thie(?:f|ves)|robbers?|scammers?|scam\s+artists?|frauds?|fraudsters?|criminals?|bastards?|"
    r"a(?:ss|rse)holes?|a\*+holes?|jerks?|muppets?|numpties?|pricks?|dicks?|scum(?:bags?)?|losers?|"
    r"buffoons?|donkeys?|dumbasse?s?|dumb\s*fucks?|wankers?|twats?|tossers?|pigs?|animals|"
    r"incompetent\s+(?:idiots|fools|morons|clowns|people|lot|bunch|staff|a\w+)|"
    r"useless\s+(?:idiots|lot|bunch|people|morons)|"
    r"(?:f\w*ing|fkn|effing|bloody|stupid|dumb|lazy|pathetic|worthless|incompetent|"
    r"useless)\s+(?:idiots?|morons?|people|bunch|lot|clowns?|bastards?|staff|employees|losers)|"
    r"piece\s+of\s+(?:sh\w*|crap)|pos|shitheads?|dipsh\w+|sleaze\w*|cowards?|amateurs|"
    r"c[u*]nts?|b[i*]tch(?:es)?|douche\w*|racists?|s[c*]um)"
)
INSULT_WORDS = (
    "* amateurs animals arsehole arseholes asshole assholes bastard bastards bitch bitches "
    "bloody buffoon buffoons clown clowns coward cowards cretin cretins criminal criminals crook "
    "crooks cunt cunts dick dicks dipshit dipshits donkey donkeys douche douchebag douchebags "
    "douches dumb dumbass dumbasses dumbfuck dumbfucks effing fkn fool fools fraud frauds "
    "fraudster fraudsters fucking idiot idiotic idiots imbecile imbeciles incompetent jerk jerks "
    "joker jokers lazy liar liars loser losers moron morons muppet muppets numpties numpty "
    "pathetic pig pigs pos prick pricks racist racists robber robbers scam scammer scammers scum "
    "scumbag scumbags shithead shitheads sleaze sleazeballs sleazy stupid thief thieves tosser "
    "tossers twat twats useless wanker wankers worthless piece"
)
# Said of people ("you people are useless", "your staff are clueless"), these insult them; said
# of a thing ("your app is useless") they are a complaint, and the rule needs a person first.
INSULT_ADJECTIVE = (
    r"(?:useless|incompetent|pathetic|worthless|hopeless|clueless|stupid|dumb|brain-?dead|"
    r"a\s+joke|a\s+disgrace|an\s+embarrassment|disgusting|spineless|heartless)"
)
_YOU = r"you|u|ya|yall|y'?all|you\s+(?:guys|people|lot|all|two)"
_STAFF = (
    r"staff|employees|agents|people|reps|representatives|team|crew|pilots?|attendants?|workers|"
    r"managers?|ceo|management"
)
PEOPLE = (
    rf"(?:{_YOU}|your\s+(?:\w+\s+)?(?:{_STAFF}|service\s+people|customer\s+service|support)|"
    r"ur\s+(?:staff|people|team|employees|agents|reps)|@\w+)"
)
# The people themselves: "your customer service is a joke" judges the service, not a person.
PEOPLE_ADDRESSED = rf"(?:{_YOU}|your\s+(?:\w+\s+)?(?:{_STAFF}))"
_NOT_INSULTING = re.compile(r"\b(?:not|never|aren[’']?t|isn[’']?t|no)\s+(?:\w+\s+){0,2}$", re.I)
_SOMEONE_ELSE = re.compile(r"\b(?:one|some|this|that|a)\s+(?:idiot|moron|jerk|fool)\b", re.I)


def _abuse(
    starts: str, pattern: str, anchors: str = "", requires_before: re.Pattern[str] | None = None
) -> PhraseRule:
    return PhraseRule.at(
        "abuse",
        starts,
        pattern,
        anchors,
        requires_before=requires_before,
        unless_before=_NOT_INSULTING,
        unless_inside=_SOMEONE_ELSE,
    )


ABUSE: tuple[PhraseRule, ...] = (
    # "you people are a bunch of crooks", "your staff are total clowns"
    _abuse(
        "you u ya yall y'all your ur",
        rf"""\b{PEOPLE}\s+(?:are|r|{Q}re|is|look\s+like|sound\s+like|act\s+like|bunch\s+of|such|
            being)?\s*
          (?:(?:a|an|such|total|complete|absolute|utter|bunch\s+of|a\s+bunch\s+of|nothing\s+but|
            just|all|like|modern|morden|day|days|real|bloody|fucking|f\w*ing|so|the|
              biggest)\s+){{0,4}}{INSULT}\b""",
        INSULT_WORDS,
    ),
    # "you people are absolutely useless", "you're a joke", "your staff are clueless"
    _abuse(
        "you u ya yall y'all your ur",
        rf"""\b{PEOPLE_ADDRESSED}(?:\s+(?:are|r|is|were|was|seem|look|sound)|{Q}re)\s+
          (?:(?:so|such|totally|completely|absolutely|utterly|truly|really|just|all|beyond|
            literally|bloody|f\w*ing)\s+){{0,3}}{INSULT_ADJECTIVE}\b""",
        "useless incompetent pathetic worthless hopeless clueless stupid dumb brain braindead "
        "joke disgrace embarrassment disgusting spineless heartless",
    ),
    # asked: "are you people completely incompetent??", "are your agents clueless?"
    _abuse(
        "are r",
        rf"""\b(?:are|r)\s+{PEOPLE_ADDRESSED}\s+
          (?:(?:so|such|totally|completely|absolutely|utterly|truly|really|just|all|beyond|
            literally|bloody|f\w*ing)\s+){{0,3}}{INSULT_ADJECTIVE}\b""",
        "useless incompetent pathetic worthless hopeless clueless stupid dumb brain braindead "
        "joke disgrace embarrassment disgusting spineless heartless",
    ),
    # "Idiots lost my bag." at the start of a sentence, or after naming the company
    _abuse(
        "idiots idiot idiotic morons moron imbeciles imbecile cretins cretin clowns clown fools "
        "fool jokers joker liars liar crooks crook thief thieves robbers robber scammers scammer "
        "scam frauds fraud fraudsters fraudster criminals criminal bastards bastard assholes "
        "asshole arseholes arsehole a jerks jerk muppets muppet numpties numpty pricks prick dicks "
        "dick scum scumbag scumbags losers loser buffoons buffoon donkeys donkey dumbass "
        "dumbasses dumb dumbfuck dumbfucks wankers wanker twats twat tossers tosser pigs pig "
        "animals incompetent useless fucking freaking frigging flipping fkn effing bloody stupid "
        "lazy pathetic worthless "
        "piece pos shithead shitheads dipshit dipshits sleaze sleazy sleazeballs cowards coward "
        "amateurs c cunt cunts b bitch bitches douche douches douchebag douchebags racist racists "
        "s",
        rf"""{INSULT}\s+(?:took|lost|cancel\w*|broke|ruined|at|in|on|who|
          that|working|running|can{Q}?t|don{Q}?t|have|has|are|won{Q}?t)\b""",
        INSULT_WORDS,
        re.compile(r"(?:\A|[.!?]\s+|@\w+\s+)\Z"),
    ),
    _abuse(
        "what",
        r"""\bwhat\s+(?:an?\s+)?(?:idiot|moron|genius|clown|imbecile|fool)s?\s+(?:designed|decided|
          thought|came\s+up|made|at|in|is|runs|works)""",
        "idiot idiots moron morons genius geniuses clown clowns imbecile imbeciles fool fools",
    ),
    _abuse(
        "f fuck fuk fuq fck fk fcuk screw stuff sod damn",
        rf"""\b(?:f[u*@\#]+c?k+|f\*+|fk|fck|fuk|fuq|fcuk|screw|stuff|sod|damn)
        \s+(?:you|u|ya|yall|y{Q}all|off|your\s+(?:company|airline|staff|service))\b""",
    ),
    _abuse(
        "to",
        rf"""\bto\s+hell\s+with\s+(?:you|u|ya|yall|y{Q}all|off|your\s+(?:company|airline|staff|
          service))\b""",
        "hell",
    ),
    _abuse(
        "go",
        r"\bgo\s+(?:f\w*\s+)?(?:yourself|yourselves|to\s+hell|die)\b",
        "yourself yourselves hell die",
    ),
    _abuse("f fu", r"\bf\s?u\b(?!\s*\d)"),
    _abuse(
        "stfu gtfo piss shove kiss eat bite",
        r"\b(?:stfu|gtfo|piss\s+off|shove\s+it|kiss\s+my|eat\s+sh\w*|bite\s+me)\b",
    ),
)

MANAGER = RuleSet(MANAGER_REQUEST)
# Everything but the manager request, which `find_asks` shares through `MANAGER`.
OTHER_TRIGGERS = RuleSet(
    (*CHURN_THREAT, *LEGAL_THREAT, *PUBLIC_THREAT, *REPEAT_CONTACT, *HARD_DEADLINE, *ABUSE)
)
TRIGGERS = ("manager_request", *OTHER_TRIGGERS.names)


def find_triggers(doc: Document) -> tuple[Evidence, ...]:
    """Escalation triggers in the client's own words, one `Evidence` per trigger, in text order.

    >>> from calmdesk.text import normalise
    >>> [t.span.text for t in find_triggers(normalise("I'll never order from you again."))]
    ['never order from you again']
    """
    return tuple(
        sorted(
            (*find_named(doc, MANAGER), *find_named(doc, OTHER_TRIGGERS)),
            key=lambda evidence: (evidence.span.start, evidence.span.end),
        )
    )
