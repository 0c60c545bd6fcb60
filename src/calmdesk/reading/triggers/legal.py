"""`legal_threat`: the client threatens to sue, to see a lawyer, to go to a regulator or to
dispute the charge with the bank.

>>> from calmdesk.reading.triggers import find_triggers
>>> from calmdesk.text import normalise
>>> [(t.name, t.span.text) for t in find_triggers(normalise("I will be contacting my lawyer."))]
[('legal_threat', 'my lawyer')]
>>> find_triggers(normalise("My lawyer friend recommended you."))
()
"""

from __future__ import annotations

import re

from calmdesk.reading.phrases import PhraseRule, Q
from calmdesk.reading.triggers.common import FIRST_PERSON

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
    | ico|information\s+commissioner|data\s+protection\s+(?:authority|regulator|commission(?:er)?)
    | supervisory\s+authority|cnil
)"""
_LEGAL_STARTS = (
    "lawyer lawyers attorney attorneys solicitor solicitors legal law lawfirm lawsuit class sue "
    "suing court small litigation charge chargeback chargebacks dispute disputing my the "
    "regulator "
    "regulators ombudsman consumer trading watchdog better bbb dot fcc ftc cfpb ofcom ofgem "
    "ofwat fca caa accc cma department federal ico information data supervisory cnil"
)
_LEGAL_ANCHORS = (
    "accc attorney attorneys bank bbb better bureau caa card cfpb charge chargeback chargebacks "
    "claims class cma commission consumer court department dispute disputing dot fca fcc "
    "federal ftc "
    "general law lawfirm lawsuit lawyer lawyers legal litigation ofcom ofgem ofwat ombudsman "
    "regulator regulators small solicitor solicitors sue suing suit trading watchdog ico "
    "commissioner protection authority cnil"
)
# A negation just before the threat calls it off ("I will not be contacting my lawyer"), unless it
# belongs to the condition the threat hangs on ("if it is not refunded, I will do a chargeback").
_NOT_SUING = re.compile(
    r"^(?:(?!\b(?:if|unless)\b).)*\b(?:not|never|no\s+need\s+to|don[’']?t)\s+(?:\w+\s+){0,3}$",
    re.I | re.S,
)
_SOMEONE_ELSE_RULES_OR_CALLED_OFF = re.compile(
    r"\b(?:he|she|they|him|her|them|guy|passenger)\b|\brules?\b|\bcourt(?:esy|eous)|"
    r"\bdot\s*com"
    # the writer's own words calling it off: "we are not going to sue", "I don't want to sue"
    # ("I won't hesitate to call my lawyer" still threatens)
    r"|\b(?:not|never|don[’']?t|dont|won[’']?t|wont|wouldn[’']?t|no\s+need\s+to)\b"
    r"(?!\s+(?:hesitate|think\s+twice|rule\s+out|stop\s+(?:at|short)))",
    re.I,
)

# "my lawyer friend recommended you": a lawyer mentioned as a person the writer knows, no threat.
_LAWYER_AS_ACQUAINTANCE = re.compile(
    r"""\s+(?:friend|friends|colleague|colleagues|neighbou?r|buddy|pal|cousin|sister|brother|
    (?:who\s+)?(?:recommended|suggested|referred|told\s+me\s+about))\b
    # "I've read the ICO guidance": a body quoted as a source, no step taken
    |\s+(?:guidance|guidelines|website|web\s+site|rules?|regulations?|code|says|states)\b""",
    re.I | re.X,
)

# The legal department named bare, by a writer who brings it in: "I'll have legal look at the
# contract", "we're getting legal involved", "I've copied in legal" ("is that even legal?" is not).
_WRITER = rf"\b(?:{FIRST_PERSON}|i{Q}ve|we{Q}ve|ive|my|our)\b[^.!?;\n]{{0,40}}?"
_LEGAL_BROUGHT_IN = re.compile(
    rf"{_WRITER}\b(?:have|having|had|get|getting|got|let|ask|asking)\s+(?:our\s+|my\s+)?\Z"
)
_LEGAL_SENT_TO = re.compile(
    rf"""{_WRITER}\b(?:to|involve|involving|cc|cc{Q}d|cc{Q}ing|copy\s+in|copying\s+in|copied\s+in|
    loop\s+in|looping\s+in|looped\s+in)\s+(?:our\s+|my\s+)?\Z""",
    re.X,
)
_NOT_BRINGING_IN = re.compile(rf"\b(?:not|never|no|don{Q}t|dont|won{Q}t|wont)\b")

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
            rf"""\b(?:{FIRST_PERSON}|i{Q}ve|we{Q}ve|ive|my|our|me)\b
            (?:\s+(?!(?:he|she|they|guy|man|woman|i|we|i'm|im|we're|i'll|we'll|i'd|we'd|i've|
              we've|my|our|me)\b)[\w'@\#]+){{0,9}}?\s+\Z""",
            re.X,
        ),
        unless_before=_NOT_SUING,
        unless_after=_LAWYER_AS_ACQUAINTANCE,
        unless_inside=_SOMEONE_ELSE_RULES_OR_CALLED_OFF,
    ),
    PhraseRule.at(
        "legal_threat",
        "legal",
        r"""\blegal\s+(?:look|looks|review|check|go\s+(?:through|over)|read|take\s+a\s+look|
          involved)\b""",
        requires_before=_LEGAL_BROUGHT_IN,
        unless_inside=_NOT_BRINGING_IN,
    ),
    PhraseRule.at(
        "legal_threat",
        "legal",
        r"\blegal\b(?=\s*(?:[.!,;)]|$|(?:and|in|on|about|for|now|today|too|as\s+well)\b))",
        requires_before=_LEGAL_SENT_TO,
        unless_inside=_NOT_BRINGING_IN,
    ),
    # A business client's legal footing, said to the firm: "we will be seeking damages", "this is
    # a breach of contract", "we reserve our rights", "formal notice under clause 14"; not "the
    # damaged boxes", "a data breach" or a footer's "All rights reserved".
    PhraseRule.at(
        "legal_threat",
        "seek seeking claim claiming pursue pursuing recover recovering",
        r"""\b(?:seek|seeking|claim|claiming|pursue|pursuing|recover|recovering)\s+
          (?:(?:full|further|any|all|our|the|compensatory|consequential)\s+){0,2}damages\b""",
        "damages",
        unless_before=_NOT_SUING,
    ),
    PhraseRule.at(
        "legal_threat",
        "issue issuing commence commencing start starting begin beginning initiate initiating "
        "bring bringing file filing",
        r"""\b(?:issue|issuing|commence|commencing|start|starting|begin|beginning|initiate|
          initiating|bring|bringing|file|filing)\s+(?:legal\s+|court\s+)?proceedings\b""",
        "proceedings",
        unless_before=_NOT_SUING,
    ),
    PhraseRule.at(
        "legal_threat",
        "breach breaching",
        r"""\b(?:breach|breaching)\s+(?:of\s+)?(?:the\s+|our\s+|your\s+|this\s+)?(?:contract|
          agreement|service\s+agreement|master\s+services\s+agreement|msa|sla|service\s+level\s+
            agreement|terms\s+and\s+conditions|statement\s+of\s+work|sow)\b""",
        # a breach at hand ("this is a breach", "you are in breach", "you're breaching our SLA"),
        # not "breach of contract penalties" in general
        requires_before=re.compile(
            rf"""\b(?:a|an|in|your|this|clear|material|fundamental|serious|flagrant|are|is|were|
            was|been|you{Q}re|you)\s+(?:(?:clear|material|fundamental|serious|flagrant|direct|
            blatant|now|already)\s+)?(?P<phrase>)\Z""",
            re.X,
        ),
        unless_before=_NOT_SUING,
    ),
    PhraseRule.at(
        "legal_threat",
        "reserve reserves reserving",
        r"""\b(?:reserve|reserves|reserving)\s+(?:all\s+(?:of\s+)?)?(?:our|my|its|their)?\s*
          (?:legal\s+)?rights\b""",
        "rights",
        unless_before=_NOT_SUING,
    ),
    PhraseRule.at(
        "legal_threat",
        "formal notice letter pre",
        r"""\b(?:formal\s+notice\s+(?:under|pursuant\s+to|in\s+accordance\s+with)\s+
          (?:clause|section|paragraph|article)|(?:formal\s+)?notice\s+of\s+(?:breach|default|
            claim|dispute)|letter\s+before\s+(?:action|claim)|pre-action\s+(?:letter|protocol))\b""",
        "notice letter action",
        unless_before=_NOT_SUING,
    ),
    PhraseRule.at(
        "legal_threat",
        "see hear hearing",
        r"""\b(?:see\s+you\s+in\s+(?:small[ -]claims\s+)?court|(?:hear|hearing)\s+from\s+(?:my|
          our)\s+(?:lawyer|attorney|solicitor)s?)""",
        unless_before=_NOT_SUING,
        unless_inside=_SOMEONE_ELSE_RULES_OR_CALLED_OFF,
    ),
)
