"""`churn_threat`: the client threatens to leave, to switch to a competitor or not to renew.

>>> from calmdesk.reading.triggers import find_triggers
>>> from calmdesk.text import normalise
>>> [(t.name, t.span.text) for t in find_triggers(normalise("I'm switching to another provider."))]
[('churn_threat', "I'm switching to another")]
>>> find_triggers(normalise("I had to switch once."))
()
"""

from __future__ import annotations

import re

from calmdesk.reading.phrases import PhraseRule, Q
from calmdesk.reading.triggers.common import FIRST_PERSON, FIRST_PERSON_WORDS, INTEND
from calmdesk.reading.triggers.legal import LEGAL_BODY

USE_AGAIN = (
    r"(?:fly|flying|flown|use|using|utili[sz]e|utili[sz]ing|buy|buying|order|ordering|shop|shopping|book|booking|stay|"
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
# "I want to cancel my order", "I dropped my phone", "can I switch to a later flight": what is
# cancelled, dropped or switched is a thing or a trip, not the company.
_NOT_LEAVING_THE_COMPANY = re.compile(
    r"""\s+(?:[\w'-]+\s+){0,2}?(?:plans?|tariffs?|options?|flights?|seats?|bags?|luggage|
    suitcases?|orders?|booking|bookings|reservations?|tickets?|rides?|taxis?|cabs?|trips?|
    appointments?|deliver(?:y|ies)|payments?|requests?|claims?|phones?|laptops?|items?|
    packages?|parcels?|connections?|routes?|dates?|calls?)\b""",
    re.I | re.X,
)
# "can I switch to...?", "how do I cancel my account?": a question about leaving, no threat.
_ASKING_HOW = re.compile(r"\b(?:can|may|could|do|how\s+(?:do|can|would|could|should))\s+$", re.I)
_LEAVE_VERB = (
    "switch switching leave leaving quit quitting drop dropping ditch ditching dump dumping "
    "cancel canceling cancelling close closing terminate terminating end ending"
)


# "at renewal", "before the renewal", "when it comes up for renewal" after what is reviewed
_AT_RENEWAL = r"""(?:\s+with\s+(?:you|us))?\s+(?:at|before|ahead\s+of|come|for
  |when\s+it\s+(?:comes|is)\s+up\s+for)\s+(?:the\s+|our\s+|its\s+)?renewal\b"""


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
    r"(?:(?:a|another|a\s+different|a\s+new|new|different|other|a\s+diff|diff)\s+"
    r"(?:airline|carrier|provider|company|bank|supplier|vendor|service|store|shop|brand|network|isp|agency|contractor|"
    r"firm|courier|manufacturer|installer|consultancy|reseller|distributor|wholesaler)s?\b"
    # "another service you offer", "a new bank account" are not somebody else
    r"(?!\s+(?:you|u|your|that|which|account|plan|option|card|app|number|"
    r"(?:from|of)\s+(?:you|your))\b)"
    # "other agencies", "different companies": the plurals in -ies
    r"|(?:other|different|new|alternative)\s+(?:agencies|companies|consultancies)\b)"
)
_FIRM_WORDS = (
    "airline airlines carrier carriers provider providers company companies bank banks supplier "
    "suppliers vendor vendors service services store stores shop shops brand brands network "
    "networks isp isps agency agencies contractor contractors firm firms courier "
    "couriers manufacturer manufacturers installer installers consultancy consultancies reseller "
    "resellers distributor distributors wholesaler wholesalers"
)

CHURN_THREAT: tuple[PhraseRule, ...] = (
    _churn("never", r"\s+(?:ever\s+)?again\b"),
    # The price of an ultimatum, said on its own: "fix it today or I'm leaving", "by Friday,
    # otherwise we cancel".
    _churn_at(
        "or otherwise else",
        r"""\b(?:or|otherwise|or\s+else)\s+(?:i|we)(?:'ll|\s+will|'m|\s+am|'re|\s+are|\s+shall)?
          \s+(?:going\s+to\s+|gonna\s+)?(?:leave|leaving|cancel|cancell?ing|walk|walking|quit|
            quitting|go\s+elsewhere|switch|switching)\b
          # what is left may be named: "or I'm cancelling the whole contract"
          (?:\s+(?:the|our|my|this|your)\s+(?:whole\s+|entire\s+)?(?:contract|account|
            subscription|agreement|membership|service|order|booking|retainer))?
          (?=\s*(?:[.!,;]|$|and\b))""",
        _LEAVE_VERB + " walk walking go",
    ),
    _churn(
        "never",
        rf"""\s+(?:ever\s+)?(?:will|would|shall|going\s+to|gonna)\s+(?:i|we)
        \s+(?:ever\s+)?{USE_AGAIN}""",
    ),
    # "won't be flying with you again", "not using them any more"
    _churn_at(
        "never not won't wont will ain't aint no",
        rf"""\b(?:never|not|won{Q}t|wont|will\s+not|ain{Q}t|no\s+longer|not\s+ever|not\s+be)
        \s+(?:be\s+|b\s+|to\s+)?(?:ever\s+)?{USE_AGAIN}\b
        (?:\s+(?!again\b)[\w@&.'-]+){{0,5}}?\s+(?:again|anymore|any\s+more|ever\s+again)\b""",
        "again anymore more",
    ),
    _churn_at(
        "never nvr won't wont will i'll we'll would",
        rf"""\b(?:never|nvr|won{Q}t\s+ever|will\s+(?:never|nvr)|(?:i|we)'ll\s+(?:never|nvr)|
          would\s+never)
        \s+(?:again\s+)?{USE_AGAIN}\s+(?:with\s+|w/\s*)?(?:you|u|ya|your|ur|@\w+|them)""",
    ),
    _churn("last", rf"\s+time\s+(?:i|we)\s+(?:will\s+)?(?:ever\s+)?{USE_AGAIN}\b", "time"),
    # "the last time I fly with you"; in the past tense only as a verdict ("the first and last time
    # I flew with you", "the last time I ever booked"): "last time I flew, the app failed" recalls.
    _churn_at(
        "first last",
        r"""\b(?:first\s+and\s+)?last\s+time\s+(?:i|we)\s+(?:ever\s+)?(?:fly|use|buy|order|book|
        shop|stay)\b
        |\b(?:first\s+and\s+last\s+time\s+(?:i|we)\s+(?:ever\s+)?|last\s+time\s+(?:i|we)\s+
          ever\s+)(?:flew|used|bought|ordered|booked|shopped|stayed)\b""",
        "time",
    ),
    # "you've just lost a loyal customer"
    _churn_at(
        "you you've youve u just",
        r"""\b(?:you'?ve|you\s+have|you|u|just)\s+(?:\w+\s+){0,2}?lost\s+(?:(?:you|u)\s+)?(?:a|one|
          another|my|our|me\s+as\s+a)\s+(?:loyal\s+|long[ -]?time\s+|valued\s+|good\s+)?
            (?:customer|client|business|member|flyer|passenger)""",
        "lost",
    ),
    _churn("lost", r"\s+(?:a|another)\s+(?:loyal\s+|long[ -]?time\s+)?(?:customer|client)"),
    # "you're losing a customer", "about to lose another client" (tweets often write "loosing");
    # not "we're losing a client over this delay", the writer's own customer
    PhraseRule.of(
        "churn_threat",
        "losing loosing lose",
        r"""\s+(?:a|another|one|this)\s+(?:loyal\s+|long[ -]?time\s+|valued\s+|good\s+)?
          (?:customer|client)\b""",
        "customer client",
        unless_before=re.compile(
            rf"""{_NOT_LEAVING.pattern}|\b(?:i|we|im)(?:{Q}re|{Q}m|\s+are|\s+am|\s+will|{Q}ll|
            \s+have|{Q}ve)?\s+(?:just\s+|now\s+)?(?:(?:about|going|likely|set)\s+to\s+|gonna\s+)?$""",
            re.I | re.X,
        ),
    ),
    _churn(
        "take taking took move moving",
        rf"""\s+(?:my|our)\s+(?:business|money|custom|account|accounts|trade|contract|
        subscription)\s+(?:elsewhere|somewhere\s+else|over\s+to
          # "to Delta", not "to our lawyers" or "to the regulator", which is a legal step
          |to\s+(?!(?:my|our|me|us)\b|(?:(?:the|a|an|your)\s+)?{LEGAL_BODY}\b)\w+)""",
    ),
    # "we'll take the contract to another vendor at renewal", "moving the work to a competitor"
    _churn(
        "take taking took move moving pull pulling shift shifting",
        rf"""\s+(?:the|this|that|our|my)\s+(?:business|contract|account|work|spend|custom|
          subscription)\s+(?:elsewhere|somewhere\s+else|(?:over\s+)?to\s+(?:{_ANOTHER_FIRM}|
            (?:a|one\s+of\s+your)\s+competitors?|your\s+competitors?|someone\s+else))""",
        "elsewhere else another different new other competitor competitors",
    ),
    # Said of what the client will do, the destination left out: "we will likely move the
    # contract", "we're going to pull our business" ("move the contract to March" moves a date).
    PhraseRule.at(
        "churn_threat",
        "move moving pull pulling",
        r"""\b(?:move|moving|pull|pulling)\s+(?:the|this|our|my)\s+(?:contract|business|account|
          work|spend)\b(?=\s*(?:[.!,;)]|$|(?:and|at|when|once|unless|if|after|before|so)\b))""",
        "contract business account work spend",
        requires_before=re.compile(
            rf"""\b(?:will|{Q}ll|going\s+to|gonna|likely\s+to|plan\s+to|planning\s+to|
            intend\s+to|ready\s+to|prepared\s+to|no\s+choice\s+but\s+to|considering|
            thinking\s+of|about\s+to)\s+(?:(?:likely|probably|now|then|just|have\s+to|
            be|simply)\s+){{0,2}}\Z""",
            re.X,
        ),
        unless_before=_NOT_LEAVING,
    ),
    # "I'm switching to another provider", "we will be closing the account"
    PhraseRule.at(
        "churn_threat",
        FIRST_PERSON_WORDS,
        rf"""\b{FIRST_PERSON}\s+{INTEND}?\s*(?:\w+\s+)?(?:switch|switching|leave|leaving|quit|
          quitting|drop|dropping|ditch|ditching|dump|dumping|cancel|cancell?ing|close|closing|
            terminate|terminating|end|ending)
          \s+(?:to\s+|over\s+to\s+)?(?:you|u|ya|your|ur|my|our|this|the\s+(?:account|subscription|
            contract|agreement|membership|service)|@\w+|another|a\s+different|a\s+competitor|to\s+(?:a|
              another))\b""",
        _LEAVE_VERB,
        unless_before=re.compile(f"{_NOT_LEAVING.pattern}|{_ASKING_HOW.pattern}", re.I),
        # "I dropped my phone", "drop my bag off": what one drops or dumps of one's own is a thing
        unless_inside=re.compile(r"\b(?:drop|dropping|dump|dumping)\s+(?:my|our|this)\Z"),
        unless_after=re.compile(
            f"{_NOT_LEAVING_AFTER.pattern}|{_NOT_LEAVING_THE_COMPANY.pattern}", re.I | re.X
        ),
    ),
    # The leaving as the second half of a threat: "we'll dispute the charge with our bank and
    # cancel the subscription" (the phrase starts at the first verb's subject).
    PhraseRule.of(
        "churn_threat",
        "cancel cancelling canceling close closing terminate terminating end ending",
        r"""\s+(?:the|our|my|this|your)\s+(?:whole\s+|entire\s+)?(?:contract|account|subscription|
          agreement|membership|retainer|service\s+agreement)\b""",
        "contract account subscription agreement membership retainer",
        requires_before=re.compile(
            rf"""(?P<phrase>\b(?:i|we)(?:{Q}ll|\s+will|\s+shall|(?:{Q}re|{Q}m|\s+are|\s+am)\s+
            going\s+to))\s+[^.!?;]{{1,60}}?\s+and\s+(?:then\s+|also\s+)?\Z""",
            re.X,
        ),
        unless_before=_NOT_LEAVING,
    ),
    # "looking for another provider", "we'll go with a different bank"
    _churn("find finding try trying", rf"\s+{_ANOTHER_FIRM}", _FIRM_WORDS),
    _churn("look looking", rf"\s+for\s+{_ANOTHER_FIRM}", _FIRM_WORDS),
    _churn("go going", rf"\s+with\s+{_ANOTHER_FIRM}", _FIRM_WORDS),
    # "we're already talking to other suppliers"
    _churn(
        "talk talking speak speaking",
        rf"\s+(?:to|with)\s+{_ANOTHER_FIRM}",
        _FIRM_WORDS,
    ),
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
        "rethinking review reviewing ask asking asked considering deciding",
        r"""\s+(?:whether|if)\s+(?:(?:we|i)\s+(?:should|will|can|want\s+to|ought\s+to)|to)\s+
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
          to)\s+(?:be\s+)?(?:renew(?:ing)?\b(?!\s+(?:automatically|itself|on\s+its\s+own))
          # "we will not be extending the contract"
          |(?:extend|extending)\s+(?:the|our|this|your)\s+(?:contract|agreement|subscription|
            retainer|licen[cs]e|term)\b)""",
        "renew renewing extend extending",
    ),
    # "we'll be reviewing the renewal in April"
    _churn(
        "review reviewing revisit revisiting reconsider reconsidering rethink rethinking",
        rf"""\s+(?:the|our|my|this\s+year{Q}s)\s+renewal\b(?!\s+(?:terms|date|details|price|pricing|
        quote|paperwork|documents|invoice|call|meeting|form))""",
        "renewal",
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
    # "we're evaluating alternatives", "exploring other vendors", "looking at your competitors";
    # not "alternatives to the blue packaging" or "evaluating the new feature"
    _churn(
        "evaluate evaluating explore exploring assess assessing consider considering look looking",
        r"""(?:\s+at)?\s+(?:actively\s+|seriously\s+)?
          (?:(?:other|alternative|different)\s+(?:suppliers|providers|vendors|carriers|couriers|
            companies|agencies|firms|platforms|partners|consultancies|printers)\b
          # an agency asked to "research competitors" is at work, not leaving
          |(?:one\s+of\s+)?your\s+competitors\b
          |alternatives(?=\s*(?:[.!,;)]|$|now\b|already\b|and\b|to\s+(?:you|u|your|working\s+
            with\s+you)\b|for\s+(?:next|the\s+next|when|our\s+renewal)\b)))""",
        "other alternative different competitors alternatives",
    ),
    # "we'll have to move providers", "time to change suppliers": the firm changed, in the plural;
    # not "maybe you should switch couriers", the firm's own suppliers
    PhraseRule.of(
        "churn_threat",
        "move moving change changing switch switching",
        r"""\s+(?:providers|suppliers|vendors|carriers|couriers|agencies|banks|printers|
          consultancies|partners|platforms|isps)\b""",
        "providers suppliers vendors carriers couriers agencies banks printers consultancies "
        "partners platforms isps",
        unless_before=re.compile(
            rf"{_NOT_LEAVING.pattern}|\b(?:you|u|they|he|she|your\s+\w+)\b(?:\s+[\w']+){{0,3}}\s*$",
            re.I,
        ),
    ),
    # Notice to end the contract: "please treat this as our notice of termination", "we are
    # giving notice to terminate", "we'll be serving notice", "consider this our 30 days' notice";
    # not "we're giving notice that the office closes" or "what is the notice period?"
    PhraseRule.at(
        "churn_threat",
        "notice right serve serving give giving hand handing our",
        rf"""\b(?:(?:formal\s+|written\s+)?notice\s+(?:of\s+(?:termination|non-renewal|
          cancellation)|to\s+(?:terminate|end|cancel|quit))
          |right\s+to\s+terminate
          |(?:serve|serving|give|giving|hand|handing)\s+(?:you\s+)?(?:our\s+)?(?:formal\s+|
            written\s+)?notice\b(?=\s*(?:[.!;]|$|(?:on\s+(?:the|our|this)|at\s+the\s+end|as\s+of|
              effective|today|now|under)\b))
          |our\s+(?:\d+|thirty|sixty|ninety)[ -]days?{Q}\s+notice\b(?!\s+period))""",
        "notice terminate",
        unless_before=_NOT_LEAVING,
    ),
    # "we'll have no choice but to end our working relationship", "terminating the engagement";
    # not "can we end the contract early?", "when we end the agreement" or a personal relationship
    PhraseRule.of(
        "churn_threat",
        "end ending terminate terminating",
        r"""\s+(?:our|the|this)\s+(?:(?:contract|agreement|retainer|engagement)\b
          |(?:working|business)\s+(?:relationship|partnership)\b
          |(?:relationship|partnership)\s+with\s+(?:you|u|your)\b)""",
        "relationship partnership contract agreement retainer engagement",
        # the writer ends it ("we will have no choice but to end"), not "you will end the letter"
        requires_before=re.compile(
            rf"\b(?:we|i)(?:{Q}re|{Q}m|{Q}ll|{Q}ve)?\b(?:\s+[\w']+){{0,6}}?\s+(?P<phrase>)\Z"
        ),
        unless_before=_NOT_LEAVING,
        # "the engagement letter", "end the retainer as planned"; "can we end the contract early?"
        # asks
        unless_after=re.compile(
            r"\s+(?:date|period|terms|letter|form|clause|as\s+(?:planned|agreed|scheduled))\b"
            r"|[^.!?\n]*\?",
            re.I,
        ),
    ),
    # "we will be moving to another supplier"
    _churn("move moving", rf"\s+(?:over\s+)?to\s+{_ANOTHER_FIRM}", _FIRM_WORDS),
    # The contract put out for others to bid on: "we'll put the account out for review", "we
    # will go to tender at renewal", "re-tendering the work"; not "the tender documents attached".
    _churn(
        "put putting take taking",
        r"""\s+(?:the|our|this|your)\s+(?:contract|account|work|business|service|retainer)\s+
          (?:back\s+)?(?:out\s+to\s+(?:tender|pitch|bid)|(?:out|up)\s+for\s+(?:review|tender|pitch))\b""",
        "tender pitch bid review",
    ),
    _churn(
        "go going went",
        r"""\s+(?:back\s+)?(?:out\s+)?to\s+tender\b(?=[^.!?;]{0,40}\b(?:renewal|contract|
          expires?|end\s+of\s+(?:the|our)\s+(?:term|contract|year)|alternatives?|other\s+
            (?:suppliers|providers|vendors|agencies)|(?:this|next)\s+(?:year|quarter)|
              in\s+the\s+new\s+year)\b)""",
        "tender",
    ),
    _churn(
        "re",
        r"""-?tender(?:ing)?\s+(?:the|our|this)\s+(?:contract|account|work|business|service)\b""",
        "tender tendering",
    ),
    # "we are reviewing our contract with you", "we will be reviewing the relationship"; not "we
    # are reviewing the contract terms you sent" or a contract review that is routine
    # Said by the client of themselves ("our lawyers are reviewing the contract" is a legal step).
    # A review tied to the renewal is the same warning, of the account too: "we will be reviewing
    # the contract at renewal", "revisiting the account ahead of renewal".
    PhraseRule.of(
        "churn_threat",
        "review reviewing revisit revisiting",
        r"""\s+(?:our|the)\s+(?:(?:contract|relationship|partnership|agreement|retainer|position)
          (?=\s+with\s+(?:you|u|your)\b|\s*(?:[.!;]|$)|\s*,?\s+(?:in\s+light|given|as\s+a\s+
            result|because|after\s+this|following\s+this)\b|{_AT_RENEWAL})
          |(?:account|subscription)(?={_AT_RENEWAL}))""".replace("{_AT_RENEWAL}", _AT_RENEWAL),
        "contract relationship partnership agreement retainer position account subscription",
        requires_before=re.compile(
            rf"""\b(?:we|i)(?:{Q}re|{Q}m|{Q}ll|\s+are|\s+am|\s+will|\s+shall)?\s+
            (?:(?:be|now|currently|actively|seriously|urgently|going\s+to|have\s+to|will)\s+){{0,3}}
            (?P<phrase>)\Z""",
            re.X,
        ),
        # "thanks for the draft, we're reviewing the agreement" is the routine kind
        unless_before=re.compile(
            rf"{_NOT_LEAVING.pattern}|\b(?:thanks|thank\s+you|received|for\s+sending)\b", re.I
        ),
    ),
)
