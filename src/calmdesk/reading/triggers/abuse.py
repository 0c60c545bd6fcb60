"""`abuse`: the client insults the team ("you people are a bunch of crooks"); harsh words
about a thing ("your app is useless") are a complaint, not abuse.

>>> from calmdesk.reading.triggers import find_triggers
>>> from calmdesk.text import normalise
>>> [(t.name, t.span.text) for t in find_triggers(normalise("You people are a bunch of crooks."))]
[('abuse', 'You people are a bunch of crooks')]
>>> find_triggers(normalise("Your app is useless."))
()
"""

from __future__ import annotations

import re

from calmdesk.reading.phrases import PhraseRule, Q

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
    # "you people are absolutely useless", "you're a joke", "your staff are clueless" (and
    # "youre useless", typed without the apostrophe)
    _abuse(
        "you u ya yall y'all your ur youre",
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
