"""Word patterns that signal heat, written for calmdesk: anger words, swearing, insults, threats.

Each group is a list of `(pattern, weight)` pairs; the weight says how much heat one match adds
(1.0 = as strong as a cue gets). Patterns match whole words, case-insensitively, over the
message body. `heat.find_cues` turns every match into a `Cue` with its span.

>>> ANGER_WORDS.search("I am absolutely livid") is not None
True
"""

from __future__ import annotations

import re

# Words that name anger or outrage, with how strongly.
_ANGER_WORDS: tuple[tuple[str, float], ...] = (
    (r"furious(?:ly)?|livid|enraged|seething|incensed|irate|apoplectic|fuming|raging", 1.0),
    (r"infuriat(?:e|es|ed|ing|ingly)|pissed(?:\s+off)?|outraged|outrageous(?:ly)?", 1.0),
    (r"(?:fucking|so|really|very)\s+(?:angry|mad|pissed)|(?:blood|i'?m)\s+(?:is\s+)?boiling", 1.0),
    (
        r"how\s+dare\s+(?:you|they|u)|pisses\s+me\s+off|drives?\s+me\s+(?:crazy|mad|nuts|insane)",
        1.0,
    ),
    (r"hate|hated|hates|hating|loathe|despise|despicable|disgusted|disgusting(?:ly)?", 0.8),
    (r"appall(?:ed|ing)|appal(?:led|ling)|disgraceful|disgrace|sick\s+and\s+tired", 0.8),
    (r"unacceptable|inexcusable|shameful|angry|angrier|angriest|mad|madder|pissy", 0.7),
    (r"annoy(?:ed|ing|ingly|s)?|irritat(?:e|es|ed|ing)|aggravat(?:e|es|ed|ing)|fed\s+up", 0.5),
    (r"sick\s+of|had\s+enough|can'?t\s+stand|boiling|seethe|provok(?:e|ed|ing)|provocation", 0.5),
    (r"revenge|vengeance|insult(?:ed|ing|s)?|hostile|huff|fight\s+(?:you|this|them)", 0.5),
    (r"frustrat(?:ed|ing|es)|exasperat(?:ed|ing)|bitter|offended|resentful|resent", 0.5),
    (r"ridiculous|absurd|pathetic|ludicrous|terrible|horrible|awful|worst|unbelievable", 0.5),
    # Naming the emotion as a noun is often talk about anger rather than anger itself.
    (r"anger|rage|fury|wrath|outrage|hatred|annoyance|irritation|frustration|resentment", 0.4),
    (r"grr+|argh+|ugh+|wtf|ffs|smh|fume|fumes|fumed", 0.4),
    (r"upset|irked|miffed|displeased|unhappy|not\s+happy|disappointed|disappointing", 0.3),
)

# Emoji that show anger; matched as characters, not words.
_ANGER_EMOJI: tuple[tuple[str, float], ...] = (
    ("\U0001f621|\U0001f92c|\U0001f47f|\U0001f4a2", 1.0),
    ("\U0001f620|\U0001f624", 0.7),
    ("\U0001f644|\U0001f612|\U0001f611", 0.3),
)

# Swearing. Weights are moderate: swearing raises heat but is not hostile by itself.
_PROFANITY: tuple[tuple[str, float], ...] = (
    (r"f+u+c+k+\w*|motherf\w+|f\*+k\w*|f\*+\w*|fk+n|effing", 0.8),
    (r"shit\w*|bullshit|crap(?:py)?|damn(?:ed|it)?|goddamn\w*|hell|bloody|bollocks", 0.5),
    (r"ass|arse|asshole|arsehole|bastard\w*|bitch\w*|dick\w*|piss|prick|twat|wank\w*", 0.6),
    (r"cunts?|frigg(?:ing|in)|freaking|effing|bloody\s+hell|sod\s+off|screw\s+(?:you|this)", 0.6),
)

# Insults aimed at people; "you ..." forms are stronger because they target the reader.
_INSULTS: tuple[tuple[str, float], ...] = (
    (
        r"(?:you|ya|u)\s+(?:\w+\s+){0,2}(?:idiots?|morons?|clowns?|imbeciles?|fools?|"
        r"incompetents?|liars?|thieves|crooks?|scammers?|frauds?|losers?|useless\s+\w+)",
        1.0,
    ),
    (r"idiots?|morons?|imbeciles?|clowns|cretins?|numpties|dumbass\w*|scumbags?", 0.8),
    (r"incompeten(?:t|ce)|useless|clueless|brainless|stupid|dumb|liars?|crooks|thieves", 0.6),
    (r"scam(?:mers?|s)?|rip[\s-]?off|fraud(?:ulent)?|cowboys|shambles|rubbish|garbage|trash", 0.5),
)

# Threats of legal, public or official action, or of harm.
_THREATS: tuple[tuple[str, float], ...] = (
    (r"sue|suing|lawsuit|lawyers?|solicitors?|attorneys?|legal\s+action|court|small\s+claims", 1.0),
    (r"(?:report|reporting)\s+(?:you|this|them)|trading\s+standards|ombudsman|regulator", 0.8),
    (r"(?:going|go)\s+to\s+the\s+(?:press|media|papers)|chargeback|bbb|better\s+business", 0.8),
    (r"(?:post|posting|share|sharing)\s+(?:this|it)\s+(?:on|everywhere|online)", 0.6),
    (r"(?:you(?:'ll| will)|gonna)\s+(?:regret|pay\s+for)", 1.0),
)

# Laughter and playful markers: they take heat away (a joke, not a fight).
_LAUGHTER: tuple[tuple[str, float], ...] = (
    (r"lol+|lmao+|lmfao+|rofl|haha\w*|hehe\w*|jk|just\s+kidding", 0.5),
)
_LAUGHTER_EMOJI: tuple[tuple[str, float], ...] = (
    ("\U0001f602|\U0001f923|\U0001f606|\U0001f605|\U0001f61c|\U0001f61d|\U0001f609", 0.5),
    ("\U0001f60a|\U0001f60d|\U0001f970|\u2764\ufe0f?|\U0001f495|\U0001f496|\U0001f44d", 0.5),
)

# Negations that turn an anger word around when they come just before it.
NEGATION = re.compile(
    r"(?:\bnot|\bnever|\bno|n't|\bdon'?t|\bwithout|\bstop)(?:\s+\w+){0,2}\s*$", re.IGNORECASE
)

# Words that make what follows stronger ("really", "so", "absolutely").
_INTENSIFIERS: tuple[tuple[str, float], ...] = (
    (r"absolutely|completely|totally|utterly|extremely|seriously|beyond|so+|really|very", 0.2),
)


def _compile(group: tuple[tuple[str, float], ...], words: bool = True) -> re.Pattern[str]:
    """One alternation per group; the weight of a match is found again by `weight_of`."""
    parts = [f"(?:{pattern})" for pattern, _ in group]
    body = "|".join(parts)
    return re.compile(rf"(?<![\w'’])(?:{body})(?![\w'’])" if words else body, re.IGNORECASE)


def _weights(
    group: tuple[tuple[str, float], ...], words: bool = True
) -> list[tuple[re.Pattern[str], float]]:
    if words:
        return [(re.compile(rf"(?:{p})", re.IGNORECASE), w) for p, w in group]
    return [(re.compile(p), w) for p, w in group]


ANGER_WORDS = _compile(_ANGER_WORDS)
ANGER_EMOJI = _compile(_ANGER_EMOJI, words=False)
PROFANITY = _compile(_PROFANITY)
INSULTS = _compile(_INSULTS)
THREATS = _compile(_THREATS)
INTENSIFIERS = _compile(_INTENSIFIERS)
LAUGHTER = _compile(_LAUGHTER)
LAUGHTER_EMOJI = _compile(_LAUGHTER_EMOJI, words=False)

_GROUPS: dict[str, list[tuple[re.Pattern[str], float]]] = {
    "anger_word": _weights(_ANGER_WORDS) + _weights(_ANGER_EMOJI, words=False),
    "profanity": _weights(_PROFANITY),
    "insult": _weights(_INSULTS),
    "threat": _weights(_THREATS),
    "intensifier": _weights(_INTENSIFIERS),
    "laughter": _weights(_LAUGHTER) + _weights(_LAUGHTER_EMOJI, words=False),
}

# Which compiled pattern finds each cue kind.
PATTERNS: dict[str, tuple[re.Pattern[str], ...]] = {
    "anger_word": (ANGER_WORDS, ANGER_EMOJI),
    "profanity": (PROFANITY,),
    "insult": (INSULTS,),
    "threat": (THREATS,),
    "intensifier": (INTENSIFIERS,),
    "laughter": (LAUGHTER, LAUGHTER_EMOJI),
}


def weight_of(kind: str, phrase: str) -> float:
    """The weight of the first pattern of `kind` that matches all of `phrase`.

    >>> weight_of("anger_word", "Furious"), weight_of("anger_word", "upset")
    (1.0, 0.3)
    """
    for pattern, weight in _GROUPS[kind]:
        if pattern.fullmatch(phrase):
            return weight
    return 0.0
