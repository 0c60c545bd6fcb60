"""The `fix` ask: something put right (a fault repaired, an account restored, a missed visit
booked again), asked for or implied by what is broken ("the app won't load").

>>> from calmdesk.reading.asks import find_asks
>>> from calmdesk.text import normalise
>>> [a.span.text for a in find_asks(normalise("The app won't load, please fix it."))]
["won't load"]
"""

from __future__ import annotations

import re

from calmdesk.reading.asks.common import _ask
from calmdesk.reading.phrases import PhraseRule, Q

_NOT_ASKING_FIX = re.compile(
    # "it is correct now", "looks right now": the adjective, not a request to correct.
    r"\b(?:is|are|was|be|it[’']s|looks|seems)\s+$|"
    r"\b(?:no\s+need\s+to|don[’']?t\s+need|do\s+not\s+need|thanks?\s+(?:you\s+)?for|"
    r"thank\s+you\s+for|appreciate|"
    r"got\s+it|already|nothing\s+(?:more|else))\s+(?:\w+\s+){0,2}$|\b(?:was|been)\s+$"
    r"|\bthank(?:s|\s+you)?\s+(?:to|for)\b[^.!?]*$",
    re.I,
)


def _fix(starts: str, pattern: str, anchors: str = "") -> PhraseRule:
    return _ask("fix", starts, pattern, anchors, _NOT_ASKING_FIX)


# Help refused or not given, told as what happened ("they refuse to help me", "didn't even try to
# help!", "no one could help me"), or a thing that would help ("some vouchers could help!"): the
# fix, if any, is asked for elsewhere. "Can't you help me?" still asks.
_HELP_REFUSED = re.compile(
    _NOT_ASKING_FIX.pattern
    + r"|\b(?:refuse[sd]?|refusing|declined|didn[’']?t|did\s+not|never|(?:no\s*one|nobody)\s+"
    r"(?:could|would|was\s+able\s+to|wanted\s+to|tried\s+to))\s+(?:even\s+)?(?:try\s+to\s+|"
    r"bother\s+to\s+|offer\s+to\s+)?(?:to\s+)?$"
    r"|\b(?<!you\s)(?<!u\s)(?:could|would|might)\s+(?:really\s+|also\s+|sure\s+|certainly\s+)?$"
    r"|(?:n[’']?t|\bnot|\bwithout)\s+(?:been\s+)?(?:any|much|of\s+any)\s+$"
    # Help missing, said as a verdict: "zero help from the branch!"
    r"|\b(?:no|zero|not\s+much)\s+$",
    re.I,
)

# "I had to reschedule my appointment", "why did you rebook my visit": what happened, not an ask.
_NOT_ASKING_VISIT = re.compile(
    _NOT_ASKING_FIX.pattern + r"|\b(?:had|have|has)\s+to\s+$|\b(?:i|we|you|they)\s+$", re.I
)
_VISIT = (
    r"(?:appointment|appt|visit|engineer\s+visit|home\s+visit|slot|time\s+slot|call[ -]out|"
    r"(?:installation|install|fitting|repair|delivery)\s+(?:date|slot|day))"
)

FIX: tuple[PhraseRule, ...] = (
    # A document put right: "I expect a corrected invoice", "please send a revised quote".
    _fix(
        "expect want need send issue please pls reissue re-issue",
        r"""\b(?:expect|want|need|send|issue|reissue|re-issue|please|pls)\s+(?:me\s+|us\s+)?
          (?:a|an|the|our|my)\s+(?:corrected|revised|amended|updated|new|accurate|correct)\s+
          (?:invoice|bill|statement|quote|contract|receipt|credit\s+note|timesheet)s?\b""",
        "corrected revised amended updated new accurate correct",
    ),
    # A document issued again to put it right: "please reissue the invoice", "can you re-issue
    # invoice 5520" (a new card or parcel is a replacement, see `delivery.py`).
    _fix(
        "reissue re",
        r"""\bre-?issue\s+(?:(?:the|our|my|this|that|a|an|us\s+a|me\s+a)\s+)?(?:\w+\s+)?(?:invoices?|
          bills?|statements?|credit\s+notes?|quotes?|quotations?|contracts?|receipts?|
            certificates?|purchase\s+orders?|po|timesheets?|estimates?)\b""",
        "reissue issue",
    ),
    # A corrected copy of work done: "send a corrected version of the report", "we need revised
    # proofs by noon".
    _fix(
        "expect want need send please pls get",
        r"""\b(?:expect|want|need|send|please|pls|get)\s+(?:me\s+|us\s+)?(?:(?:a|an|the|our|my)\s+)?
          (?:corrected|revised|amended|fixed)\s+(?:version|copy|copies|draft|edition|report|
            proofs?|files?|artwork|set|layout|design|mock-?ups?)\b""",
        "corrected revised amended fixed",
    ),
    # A visit put right: "I want a new appointment", "book us another slot", "please reschedule
    # the installation" (sooner is expedite), "send an engineer out again".
    _fix(
        "want need like get give book arrange schedule send offer find",
        rf"""\b(?:want|need|like|get|give\s+(?:me|us)|book|arrange|schedule|send|offer|find)
          \s+(?:me\s+|us\s+)?(?:a\s+new|another|a\s+second|a\s+different|a\s+fresh)\s+
          {_VISIT}\b""",
        "new another second different fresh",
    ),
    _ask(
        "fix",
        "reschedule rebook re-book rearrange",
        r"""\b(?:reschedule|rebook|re-book|rearrange)\s+(?:the|my|our|this|that)\s+(?:\w+\s+)?
          (?:appointment|appt|visit|installation|install|fitting|repair|engineer|technician|
            delivery|booking|call[ -]out)\b
          (?!\s+(?:\w+\s+){0,2}?(?:on(?:to)?|to|for)\s+(?:an?\s+|the\s+)?(?:earlier|sooner|
            first|next\s+available))""",
        unless_before=_NOT_ASKING_VISIT,
    ),
    _fix(
        "send",
        r"""\bsend\s+(?:someone|somebody|an\s+engineer|a\s+technician|an\s+electrician|a\s+
          plumber|a\s+fitter|the\s+engineer|the\s+technician)\s+(?:out|back|round|over|again)\b""",
    ),
    # Someone asked to come and put it right: "get someone competent out here tomorrow", "we
    # need a technician on site by Thursday", "can I book an engineer for Monday?" (not "the
    # engineer is coming tomorrow", nor "we need someone to call us").
    _fix(
        "get send need want like can could please",
        r"""\b(?:get|send|need|want|like|(?:can|could)\s+(?:you|i|we)\s+(?:get|send|have)|please\s+
          send)\s+(?:me\s+|us\s+)?(?:someone|somebody|an?\s+(?:\w+\s+)?(?:engineer|technician|tech|
            electrician|plumber|fitter|installer)|the\s+(?:engineer|technician|installer))
          \s+(?:\w+\s+)?(?:out|here|round|over|on\s*-?\s*site|to\s+(?:us|our|my|the)\s+
            (?:office|site|premises|house|home|warehouse|shop|store|building))\b
          (?!\s+(?:who|that|which)\b)""",
        "out here round over site onsite on-site to",
    ),
    _fix(
        "book arrange schedule",
        r"""\b(?:book|arrange|schedule)\s+(?:me\s+|us\s+)?(?:an?|the)\s+(?:\w+\s+)?(?:engineer|
          technician|electrician|plumber|fitter|installer)\b""",
        "engineer technician electrician plumber fitter installer",
    ),
    # "rebook me on anything": the booking put right ("rebook me on an earlier flight" is expedite)
    _fix(
        "rebook re-book",
        r"""\b(?:rebook|re-book)\s+(?:me|us|my\s+\w+|our\s+\w+)\b
          (?!\s+(?:\w+\s+){0,2}?(?:on(?:to)?|to|for)\s+(?:an?\s+|the\s+)?(?:earlier|sooner|
            first|next\s+available))""",
    ),
    _fix(
        "fix repair resolve sort rectify correct make put",
        r"""\b(?:fix|repair|resolve|sort|sort\s+out|rectify|correct|sort\s+this|make\s+(?:this|
            it)\s+right|put\s+(?:this|it)\s+right)\b(?!\s+(?:ed|ing))
          (?:\s+(?:this|it|that|the|my|our|your|them|things|out|asap|now|please|up|immediately|
            quickly|very|\w+\s+(?:issue|problem)))""",
        "fix repair resolve sort rectify correct right",
    ),
    _fix(
        "fix resolve sort repair",
        r"""\b(?:fix|resolve|sort\s+out|repair)\s+(?:\w+\s+){0,3}?(?:issue|problem|procedures?|
          account|service|connection|bug|error|it|this)\b""",
    ),
    _fix(
        "fixed resolved sorted repaired working",
        r"""\b(?:fixed|resolved|sorted|repaired|working)\b(?=\s*(?:please|pls|asap|now|immediately|
          today|!|\?))""",
    ),
    _fix(
        "get have want need",
        r"""\b(?:get|have|want|need)\s+(?:this|it|that|them|my\s+\w+|our\s+\w+|
          the\s+\w+)\s+(?:\w+\s+)?(?:fixed|sorted|resolved|repaired|working|looked\s+at)\b""",
        "fixed sorted resolved repaired working looked",
    ),
    # "I expect this to be put right", "we expect the outage to be resolved today"
    _fix(
        "expect expecting",
        r"""\b(?:expect|expecting)\s+(?:this|it|that|them|my\s+\w+|our\s+\w+|the\s+\w+|
          the\s+\w+\s+\w+)\s+to\s+be\s+(?:put\s+right|fixed|sorted(?:\s+out)?|resolved|
            repaired|corrected|rectified|restored|working\s+again)\b""",
        "right fixed sorted resolved repaired corrected rectified restored working",
    ),
    _fix(
        "please pls plz kindly",
        r"""\b(?:please|pls|plz|kindly)\s+(?:\w+\s+)?(?:help|fix|locate|find|resolve|sort|restore|
          reset|unlock|reactivate|reinstate|correct|check|look\s+into|investigate|assist|send|
            review|add|change|remove|update|reconnect|link)\b""",
    ),
    _fix(
        "can could would will can't cant",
        rf"""\b(?:can|could|would|will|can{Q}t|cant)\s+(?:you|u|someone|somebody|anyone|any1|
          you\s+guys|i)\s+(?:please\s+|pls\s+|plz\s+)?(?:help|fix|locate|find\s+my|resolve|sort|
            restore|reset|unlock|reactivate|reinstate|correct|look\s+into|investigate|assist|add|
              remove|change|get\s+(?:me|us)|stop|link|merge|transfer|reconnect|undo|
                get\s+(?:it|this))\b""",
    ),
    # ("help me understand why" asks for a reason, not a fix)
    _ask(
        "fix",
        "help",
        r"\bhelp\s*(?:(?:me|us|please|pls|plz)\b(?!\s+understand\b)|!|\?)",
        "",
        _HELP_REFUSED,
    ),
    _fix(
        "need needs needing want require requires seeking looking",
        r"""\b(?:need|needs|needing|want|require|requires|seeking|looking\s+for)\s+(?:some\s+|
          your\s+|urgent\s+|immediate\s+|any\s+)?(?:help|assistance|support)\b""",
        "help assistance support",
    ),
    _fix(
        "need want",
        r"""\b(?:need|want)\s+(?:a\s+)?new\s+(?:flight|itinerary|booking|reservation|seat|
          connection)""",
        "new",
    ),
    _fix("look investigate", r"\b(?:look\s+into|investigate)\s+(?:this|it|my|our|the)\b"),
    _fix(
        "not isn't isnt aren't arent doesn't doesnt won't wont can't cant stopped stops never no "
        "keep keeps",
        rf"""\b(?:not|isn{Q}t|isnt|aren{Q}t|arent|doesn{Q}t|doesnt|won{Q}t|wont|can{Q}t|cant|
          stopped|stops|never|no\s+longer|keeps?\s+not)\s+(?!be\s+\w+ing\b)(?:\w+\s+)?(?:working|
            work|load|loading|
            connect|connecting|charging|charge|turn\s+on|start|starting|responding|open|opening|
              there)\b""",
        "working work load loading connect connecting charging charge turn start starting "
        "responding open opening there",
    ),
    _fix(
        "stop stops",
        r"\bstops?\s+(?:the\s+\w+\s+|it\s+|me\s+)?(?:from\s+)?working\b",
        "working",
    ),
    _fix(
        "is are still got arrived came my our",
        # A broken heart or spirit is a feeling, not a thing to repair.
        r"""\b(?<!heart\s)(?<!hearts\s)(?<!spirit\s)(?:is|are|still|got|arrived|came)\s+
          (?:\w+\s+)?broken\b|\b(?:my|our)\s+broken\s+(?!hearts?\b|spirits?\b)\w+""",
        "broken",
    ),
    _fix(
        "keep keeps kept",
        r"""\b(?:keeps?|kept)\s+(?:crashing|freezing|dropping|failing|disconnecting|rebooting|
          restarting|flickering|flashing|(?:getting|receiving|seeing|showing|throwing)\s+(?:an?\s+|
            the\s+|this\s+|that\s+)?(?:\w+\s+)?errors?)\b""",
    ),
    # "we're having trouble logging in", "experiencing issues with the portal" (not "I had a
    # problem with them once", nor "I was having trouble", which the words before rule out)
    _fix(
        "having experiencing",
        r"""\b(?:having|experiencing)\s+(?:a\s+|an\s+|some\s+|real\s+|major\s+|serious\s+|
          constant\s+|the\s+same\s+)?(?:\w+\s+)?(?:trouble|troubles|issues?|problems?|
            difficult(?:y|ies))\s+(?:with|connecting|logging|getting|accessing|using|signing|
              checking|finding|loading|paying|booking|downloading|updating|installing)\b""",
        "trouble troubles issue issues problem problems difficulty difficulties",
    ),
    # "your site is down", "the portal has been down since Monday"
    _ask(
        "fix",
        "down",
        r"\bdown\b(?!\s*(?:hill|grade|graded|load|loaded|loads|loading|stairs|town|under)\b)",
        "",
        _NOT_ASKING_FIX,
        requires_before=re.compile(
            r"""\b(?:site|website|web\s*site|app|page|portal|system|systems|server|servers|login|
            log-?in|internet|wifi|wi-fi|network|broadband|service|line|lines|phones?|checkout|
            email|account)\s+(?:is|are|has\s+been|have\s+been|seems\s+(?:to\s+be\s+)?|
            keeps\s+going|is\s+going|still|looks)\s+(?:still\s+|completely\s+|currently\s+|
            totally\s+|all\s+|again\s+)?\Z""",
            re.X,
        ),
    ),
    # "any help would be appreciated", "a little help here?" (not "wasn't any help")
    _ask(
        "fix",
        "any a some",
        r"""\b(?:any|a\s+little|a\s+bit\s+of|some)\s+help\s*(?:here\b|please\b|pls\b|plz\b|
          appreciated\b|would\s+be|(?:is|will\s+be)\s+(?:much\s+|greatly\s+|really\s+)?
            appreciated|\?|!)""",
        "help",
        re.compile(_HELP_REFUSED.pattern + r"|(?:n[’']?t|\bnot|\bwithout)\s+(?:been\s+)?$", re.I),
    ),
    _fix(
        "still",
        rf"""\bstill\s+(?:not|hasn{Q}t|haven{Q}t|isn{Q}t|aren{Q}t)\s+(?:been\s+)?(?:fixed|resolved|
          sorted|repaired|working|there|restored|credited|applied|added)\b""",
    ),
    _fix(
        "there there's theres have has got",
        rf"""\b(?:there\s+is|there{Q}s|have|has|got)\s+(?:a|an)\s+(?:\w+\s+)?(?:problem|issue|
          fault|bug|glitch|error)\s+with\b""",
        "problem issue fault bug glitch error",
    ),
    _fix("a way", r"\b(?:a\s+)?way\s+to\s+(?:resolve|fix|sort)\b", "resolve fix sort"),
)
