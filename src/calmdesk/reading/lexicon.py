"""Words and phrases that signal heat, written for calmdesk: anger, swearing, insults, threats.

Most cues are single words, found by looking each lower-cased token up in a dict (`lookup`,
cached): a long message costs one lookup per token, not one regex scan per word list. A few cues
span several words ("fed up", "legal action", "you ... idiots"); those are regexes over the
message body, and each runs only when one of its trigger words is among the tokens. Each cue has
a weight: how much heat one match adds (1.0 = as strong as a cue gets). `heat.find_cues` turns
every match into a `Cue` with its span.

>>> word_cues("livid"), word_cues("fuuuck"), word_cues("parcel")
((('anger_word', 1.0),), (('profanity', 0.8),), ())
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

ANGER_WORD = "anger_word"
PROFANITY = "profanity"
INSULT = "insult"
THREAT = "threat"
INTENSIFIER = "intensifier"
LAUGHTER = "laughter"
# Going over the contact's head to the top ("I'll escalate this to your CEO"): a serious step, not
# a hostile one, so not a threat (a strong threat can make a message hostile).
ESCALATION = "escalation"
# Order of kinds when a word belongs to several (first listed, first reported).
KINDS = (ANGER_WORD, PROFANITY, INSULT, THREAT, ESCALATION, INTENSIFIER, LAUGHTER)

# Single words (lower case, space-separated) and one-word shapes (a regex the whole lower-cased
# token must match, for stretched or compound spellings like "grrr" or "fuckwit"), with their
# weight. Within a kind the first line that names a word gives its weight.
_WORDS: tuple[tuple[str, str, float], ...] = (
    # Words that name anger or outrage, with how strongly.
    (
        ANGER_WORD,
        "furious furiously livid enraged seething incensed irate apoplectic fuming raging "
        "infuriate infuriates infuriated infuriating infuriatingly pissed outraged outrageous "
        "outrageously",
        1.0,
    ),
    (
        ANGER_WORD,
        "hate hated hates hating loathe despise despicable disgusted disgusting disgustingly "
        "appalled appalling disgraceful disgrace",
        0.8,
    ),
    (ANGER_WORD, "unacceptable inexcusable shameful angry angrier angriest mad madder pissy", 0.7),
    (
        ANGER_WORD,
        "annoy annoyed annoying annoyingly annoys irritate irritates irritated irritating "
        "aggravate aggravates aggravated aggravating boiling seethe provoke provoked provoking "
        "provocation revenge vengeance insult insulted insulting insults hostile huff "
        "frustrated frustrating frustrates exasperated exasperating bitter offended resentful "
        "resent ridiculous absurd pathetic ludicrous terrible horrible awful worst unbelievable",
        0.5,
    ),
    # Naming the emotion as a noun is often talk about anger rather than anger itself.
    (
        ANGER_WORD,
        "anger rage fury wrath outrage hatred annoyance irritation frustration resentment "
        "wtf ffs smh fume fumes fumed",
        0.4,
    ),
    (ANGER_WORD, "upset irked miffed displeased unhappy disappointed disappointing", 0.3),
    # Emoji that show anger (each is a token of its own).
    (ANGER_WORD, "\U0001f621 \U0001f92c \U0001f47f \U0001f4a2", 1.0),
    (ANGER_WORD, "\U0001f620 \U0001f624", 0.7),
    (ANGER_WORD, "\U0001f644 \U0001f612 \U0001f611", 0.3),
    # Swearing. Weights are moderate: swearing raises heat but is not hostile by itself.
    (PROFANITY, "effing", 0.8),
    (PROFANITY, "bullshit crap crappy damn damned damnit hell bloody bollocks", 0.5),
    (PROFANITY, "ass arse asshole arsehole piss prick twat cunt cunts frigging friggin", 0.6),
    (PROFANITY, "freaking", 0.6),
    # Insults aimed at people ("you ..." forms are phrases, below, and stronger).
    (
        INSULT,
        "idiot idiots moron morons imbecile imbeciles clowns cretin cretins numpties scumbag "
        "scumbags",
        0.8,
    ),
    (
        INSULT,
        "incompetent incompetence useless clueless brainless stupid dumb liar liars crooks thieves",
        0.6,
    ),
    (
        INSULT,
        "scam scammer scammers scams ripoff fraud fraudulent cowboys shambles rubbish garbage "
        "trash",
        0.5,
    ),
    # Threats of legal, public or official action.
    (
        THREAT,
        "sue suing lawsuit lawyer lawyers solicitor solicitors attorney attorneys court",
        1.0,
    ),
    (THREAT, "ombudsman regulator chargeback bbb", 0.8),
    # Words that make what follows stronger.
    (
        INTENSIFIER,
        "absolutely completely totally utterly extremely seriously beyond really very deeply "
        "thoroughly bitterly hugely incredibly",
        0.2,
    ),
    # Laughter and playful markers take heat away (a joke, not a fight).
    (LAUGHTER, "rofl jk", 0.5),
    (
        LAUGHTER,
        "\U0001f602 \U0001f923 \U0001f606 \U0001f605 \U0001f61c \U0001f61d \U0001f609 "
        "\U0001f60a \U0001f60d \U0001f970 \u2764 \U0001f495 \U0001f496 \U0001f44d",
        0.5,
    ),
)

_SHAPES: tuple[tuple[str, str, float], ...] = (
    (ANGER_WORD, r"grr+|argh+|ugh+", 0.4),
    (PROFANITY, r"f+u+c+k+\w*|motherf\w+|fk+n", 0.8),
    (PROFANITY, r"shit\w*|goddamn\w*", 0.5),
    (PROFANITY, r"bastard\w*|bitch\w*|dicks?|dickhead\w*|wank\w*", 0.6),
    (INSULT, r"dumbass\w*", 0.8),
    (INTENSIFIER, r"so+", 0.2),
    (LAUGHTER, r"lol+|lmao+|lmfao+|haha\w*|hehe\w*", 0.5),
)

# Cues of several words: (kind, regex over the body, weight, trigger words). A phrase can only
# match where one of its trigger words is a token, so it is searched for only then.
_PHRASES: tuple[tuple[str, str, float, str], ...] = (
    (ANGER_WORD, r"pissed\s+off", 1.0, "pissed"),
    (ANGER_WORD, r"(?:fucking|so|really|very)\s+(?:angry|mad|pissed)", 1.0, "angry mad pissed"),
    (ANGER_WORD, r"(?:blood|i'?m)\s+(?:is\s+)?boiling", 1.0, "boiling"),
    (ANGER_WORD, r"how\s+dare\s+(?:you|they|u)", 1.0, "dare"),
    (ANGER_WORD, r"pisses\s+me\s+off", 1.0, "pisses"),
    (ANGER_WORD, r"drives?\s+me\s+(?:crazy|mad|nuts|insane)", 1.0, "drive drives"),
    (ANGER_WORD, r"sick\s+and\s+tired", 0.8, "tired"),
    (ANGER_WORD, r"fed\s+up", 0.5, "fed"),
    (ANGER_WORD, r"sick\s+of|had\s+enough|can'?t\s+stand", 0.5, "sick enough stand"),
    (ANGER_WORD, r"fight\s+(?:you|this|them)", 0.5, "fight"),
    (ANGER_WORD, r"not\s+happy", 0.3, "happy"),
    # Anger in business words: a client who writes "frankly this is not good enough" or "we have
    # been more than patient" is as cross as one who swears, but uses no anger word.
    (
        ANGER_WORD,
        r"(?:is|was|are|were|it'?s|that'?s|this'?s)\s+(?:simply\s+|just\s+|frankly\s+|still\s+)?"
        r"not\s+good\s+enough|(?:isn'?t|wasn'?t|aren'?t|weren'?t)\s+good\s+enough",
        0.5,
        "enough",
    ),
    (
        ANGER_WORD,
        r"(?:has|have|had)\s+(?:now\s+)?(?:gone\s+on|dragged\s+on)\s+(?:for\s+)?(?:far\s+)?"
        r"(?:long\s+enough|too\s+long)",
        0.5,
        "gone dragged",
    ),
    (ANGER_WORD, r"at\s+(?:my|our)\s+wits['’]?\s+end", 0.5, "wits"),
    # "I'm at a loss" as to what more to do; not "sold at a loss" or "at a loss for words".
    (
        ANGER_WORD,
        r"(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:honestly\s+|frankly\s+|completely\s+|totally\s+)?"
        r"at\s+a\s+loss(?!\s+for\s+words)",
        0.4,
        "loss",
    ),
    (
        ANGER_WORD,
        # the writer's patience, not praise of a crew that "has been very patient with us"
        r"(?:i|we)(?:'ve|'d|'re|'m|\s+(?:have|had|are|am))?\s+(?:been|being)\s+(?:more\s+than|extremely|very|"
        r"incredibly|remarkably)\s+patient|"
        r"patience\s+(?:is|has)\s+(?:worn|wearing|running|run)\s+(?:thin|out)|"
        r"(?:run|running|ran)\s+out\s+of\s+patience|lost\s+(?:all\s+)?(?:my\s+|our\s+)?patience|"
        r"testing\s+(?:my|our)\s+patience",
        0.5,
        "patient patience",
    ),
    (ANGER_WORD, r"seriously\s+(?:re-?consider\w*|question\w*)", 0.4, "seriously"),
    (
        ANGER_WORD,
        r"(?:can'?t|cannot)\s+believe\s+(?:we|i)\s*(?:'re|are|am|'m)\s+(?:having|still|"
        r"going\s+through|back)|having\s+this\s+conversation\s+again",
        0.5,
        "believe conversation",
    ),
    # A demand stated as an expectation: "I expect this resolved today".
    (
        ANGER_WORD,
        r"(?:i|we)\s+(?:fully\s+)?expect\s+(?:this|it|that|the\s+\w+)\s+(?:to\s+be\s+)?"
        r"(?:resolved|fixed|sorted|corrected|rectified|dealt\s+with)\s+(?:today|immediately|"
        r"now|at\s+once|urgently|without\s+delay)",
        0.5,
        "expect",
    ),
    (ANGER_WORD, r"(?:quite\s+)?frankly|to\s+be\s+blunt", 0.3, "frankly blunt"),
    (
        ANGER_WORD,
        r"an?\s+(?:complete|absolute|total|utter)\s+(?:mess|farce|shambles|joke|disaster|"
        r"nightmare)",
        0.5,
        "mess farce shambles joke disaster nightmare",
    ),
    (ANGER_WORD, r"formal\s+complaint", 0.3, "complaint"),
    (PROFANITY, r"f\*+k\w*|f\*+\w*", 0.8, "*"),
    (PROFANITY, r"sod\s+off|screw\s+(?:you|this)", 0.6, "sod screw"),
    (
        INSULT,
        r"(?:you|ya|u)\s+(?:\w+\s+){0,2}(?:idiots?|morons?|clowns?|imbeciles?|fools?|"
        r"incompetents?|liars?|thieves|crooks?|scammers?|frauds?|losers?|useless\s+\w+)",
        1.0,
        "idiot idiots moron morons clown clowns imbecile imbeciles fool fools incompetent "
        "incompetents liar liars thieves crook crooks scammer scammers fraud frauds loser "
        "losers useless",
    ),
    (INSULT, r"rip[\s-]off", 0.5, "rip"),
    (THREAT, r"legal\s+action|small\s+claims", 1.0, "legal claims"),
    (
        THREAT,
        r"(?:report|reporting)\s+(?:you|this|them)|trading\s+standards",
        0.8,
        "report reporting standards",
    ),
    (
        THREAT,
        r"(?:going|go)\s+to\s+the\s+(?:press|media|papers)|better\s+business",
        0.8,
        "press media papers business",
    ),
    (
        THREAT,
        r"(?:post|posting|share|sharing)\s+(?:this|it)\s+(?:on|everywhere|online)",
        0.6,
        "post posting share sharing",
    ),
    (THREAT, r"(?:you(?:'ll| will)|gonna)\s+(?:regret|pay\s+for)", 1.0, "regret pay"),
    (
        ESCALATION,
        r"(?:escalat\w*|tak\w*|rais\w*|writ\w*|complain\w*)\s+(?:(?:this|it|the\s+matter|this\s+"
        r"matter)\s+)?(?:further\s+)?(?:to|with)\s+(?:(?:your|the)\s+(?:ceo|managing\s+director|"
        r"chief\s+executive)|your\s+(?:board(?:\s+of\s+directors)?|chairman|chairwoman|founders?))"
        # "your board's", not "the board secretary" or "your CEO's office"
        r"(?!\s+(?:secretary|assistant|office|meeting|pack|papers|minutes))",
        0.6,
        "ceo director executive board chairman chairwoman founder founders",
    ),
    (LAUGHTER, r"just\s+kidding", 0.5, "kidding"),
)

# Tokens a phrase spans on either side of its trigger word, with room to spare (at most three:
# "you two useless idiots").
PHRASE_REACH = 6

# Negations that turn an anger word around when they come just before it.
NEGATION = re.compile(
    r"(?:\bnot|\bnever|\bno|n't|\bdon'?t|\bwithout|\bstop)(?:\s+\w+){0,2}\s*$", re.IGNORECASE
)
NEGATION_REACH = 30  # characters before an anger word that `NEGATION` looks at

WordCue = tuple[str, float]


@dataclass(frozen=True, slots=True)
class PhraseSet:
    """The multi-word cues of one kind as one regex; group `p<i>` of a match has `weights[i]`."""

    kind: str
    pattern: re.Pattern[str]
    weights: tuple[float, ...]


def _words() -> dict[str, tuple[WordCue, ...]]:
    found: dict[str, dict[str, float]] = {}
    for kind, words, weight in _WORDS:
        for word in words.split():
            found.setdefault(word, {}).setdefault(kind, weight)
    return {word: tuple(kinds.items()) for word, kinds in found.items()}


def _shapes() -> tuple[tuple[str, re.Pattern[str], float], ...]:
    return tuple((kind, re.compile(shape), weight) for kind, shape, weight in _SHAPES)


def _phrase_sets() -> tuple[tuple[PhraseSet, ...], dict[str, tuple[int, ...]]]:
    sets: list[PhraseSet] = []
    triggers: dict[str, set[int]] = {}
    for kind in KINDS:
        entries = [entry for entry in _PHRASES if entry[0] == kind]
        if not entries:
            continue
        body = "|".join(f"(?P<p{i}>{pattern})" for i, (_, pattern, _, _) in enumerate(entries))
        pattern = re.compile(rf"(?<![\w'’])(?:{body})(?![\w'’])", re.IGNORECASE)
        for _, _, _, words in entries:
            for word in words.split():
                triggers.setdefault(word, set()).add(len(sets))
        sets.append(PhraseSet(kind, pattern, tuple(weight for _, _, weight, _ in entries)))
    return tuple(sets), {word: tuple(sorted(ids)) for word, ids in triggers.items()}


WORDS = _words()
_SHAPE_PATTERNS = _shapes()
PHRASE_SETS, PHRASE_TRIGGERS = _phrase_sets()


class WordEntry(NamedTuple):
    """What one token is to the cue finder: its word cues and the phrase sets it may start."""

    skip: int  # characters before the word itself: 1 for a hashtag or mention, else 0
    cues: tuple[WordCue, ...]
    phrases: tuple[int, ...]  # indices into `PHRASE_SETS` worth searching for


@lru_cache(maxsize=1 << 15)
def lookup(lower: str) -> WordEntry | None:
    """The cue entry of one lower-cased token, or None for the many tokens that are no cue.

    Cached: a message's words are mostly the same few thousand, and most are no cue at all.

    >>> lookup("#furious")
    WordEntry(skip=1, cues=(('anger_word', 1.0),), phrases=())
    >>> lookup("parcel") is None
    True
    """
    skip = 1 if len(lower) > 1 and lower[0] in "#@" else 0
    word = lower[skip:]
    cues = word_cues(word)
    phrases = PHRASE_TRIGGERS.get(word, ())
    if not cues and not phrases:
        return None
    return WordEntry(skip, cues, phrases)


def word_cues(word: str) -> tuple[WordCue, ...]:
    """The `(kind, weight)` cues one lower-cased word is, in `KINDS` order; `()` for most words.

    >>> word_cues("hate"), word_cues("sooo"), word_cues("insult")
    ((('anger_word', 0.8),), (('intensifier', 0.2),), (('anger_word', 0.5),))
    """
    found = dict(WORDS.get(word, ()))
    for kind, shape, weight in _SHAPE_PATTERNS:
        if kind not in found and shape.fullmatch(word):
            found[kind] = weight
    return tuple(sorted(found.items(), key=lambda item: KINDS.index(item[0])))


def phrase_weight(phrases: PhraseSet, match: re.Match[str]) -> float:
    """The weight of the phrase that `match` (from `phrases.pattern`) found."""
    group = match.lastgroup
    return phrases.weights[int(group[1:])] if group else 0.0


# A service the client counts on, as a verb ("answer", "call back", "refund"), and a "didn't" or
# "won't" before it: "you never answer", "they still haven't refunded me".
_SERVICE = (
    r"(?:answer|repl(?:y|ie)|respond|call|pick(?:s)? up|get(?:s)? back|show(?:s)? up|turn(?:s)? up|"
    r"arrive|deliver|listen|read|help|fix|refund|return|bother|care|update|tell|let (?:me|us) "
    r"know|give an? (?:damn|shit|toss|crap|hoot|fuck))\w*"
)
_NOT_DONE = (
    r"(?:haven'?t|hasn'?t|didn'?t|don'?t|doesn'?t|won'?t|can'?t|cannot|couldn'?t|wouldn'?t|"
    r"do not|does not|did not|will not|have not|has not)"
)
# A failure done to the client, as thanks or praise name it ("losing my bag", "cancelling our
# flight", "keeping me on hold"): thanks for one of these is no thanks. Cancelling is a failure
# only for what the client meant to use ("thanks for cancelling my subscription" may be real).
_FAILURE_DONE = (
    r"(?:los(?:ing|t)|misplac(?:ing|ed)|ruin(?:ing|ed)|wreck(?:ing|ed)|destroy(?:ing|ed)|"
    r"damag(?:ing|ed)|break(?:ing)?|broke|broken|delay(?:ing|ed)?|wast(?:ing|ed)|ignor(?:ing|ed)|"
    r"forg(?:etting|ot|otten)|mess(?:ing|ed) up|screw(?:ing|ed) (?:up|me|us)|fail(?:ing|ed)?|"
    r"overcharg(?:ing|ed)|double[- ]?charg(?:ing|ed)|charging (?:me|us) twice|strand(?:ing|ed)|"
    r"bump(?:ing|ed) (?:me|us)|overbook(?:ing|ed)|hanging up on|hung up on|"
    r"(?:giving|given|gave) (?:away|(?:my|our|the) (?:\w+ )?(?:table|seats?|rooms?|booking|"
    r"reservation|spot|slot|place) (?:away|to))|"
    r"cancel+(?:ing|ed) (?:my|our|the|his|her|their) (?:\w+ )?(?:flights?|trains?|trip|holiday|"
    r"connection|appointment|reservation|table|delivery|event|show|concert|class|tour)|"
    r"(?:leaving|left) (?:me|us) (?:stranded|waiting|on hold|in the dark|hanging)|"
    r"(?:keeping|kept) (?:me|us) (?:waiting|on hold|in the dark)|making (?:me|us) (?:wait|miss)|"
    r"being (?:so |this |that )?(?:late|rude|unhelpful|useless|slow|incompetent|unreachable))"
)
# A failure the client says keeps happening, in the present tense ("you always lose my orders",
# "they never answer the phone", "you still haven't refunded me"): the same mockery when praised.
_FAILURE_NOW = (
    r"(?:los(?:e|es)|misplaces?|ruins?|wrecks?|destroys?|damages|breaks|delays|wastes?|ignores?|"
    r"forgets?|mess(?:es)? up|screws? (?:up|me|us|them|people|customers)|fails|overcharges?|"
    r"double[- ]?charges?|charges? (?:me|us) twice|overbooks?|hangs? up on|"
    r"cancels? (?:my|our|the) (?:\w+ )?(?:flights?|trains?|trips?|appointments?|deliver(?:y|ies)|"
    r"orders?|bookings?|reservations?)|"
    r"(?:keeps?|leaves?) (?:me|us) (?:waiting|on hold|in the dark|hanging|stranded)|"
    r"makes? (?:me|us) (?:wait|miss)|"
    r"keeps? (?:losing|ignoring|forgetting|breaking|delaying|cancell?ing|crashing|failing|"
    r"overcharging|charging|sending (?:the |me |us )?wrong)|"
    # a service not given: "you never answer", "they still haven't called back"
    rf"(?:never|(?:still )?{_NOT_DONE}) (?:even |ever |actually |once )?{_SERVICE})"
)
# Words that may stand between the thanks or praise and the failure: "for once again losing".
_IN_PASSING = (
    r"(?:(?:once again|yet again|again|completely|totally|so kindly|kindly|just|also|always|"
    r"constantly|repeatedly|successfully|really|so quickly|quickly) )?"
)
# Mock thanks: thanks or praise for a failure or for nothing ("thanks for nothing", "thank you for
# ruining our evening", "great job losing my bag", "well done on cancelling our flight", "really
# loving the radio silence"). The model reads these words as gratitude; a reader, as annoyance.
_MOCK_THANKS = (
    r"(?:thanks?(?: you)?(?: so much| a lot)? for (?:nothing|absolutely nothing|the canned|your "
    r"canned|the copy|the (?:useless|pointless)|wasting)|"
    # thanks for something bad: "thanks for the huge delays", "thank you for ruining my day",
    # "thanks again for not telling us" (not "thanks for staying late", "thanks for the break")
    r"(?:thank(?:s| you)|cheers)(?: so much| a lot| very much)?(?: again)?(?: @\w+)? for "
    r"(?:(?:the |your |my |our |all the |this |a |an )?(?:(?!\w+ing )[\w-]+ )?"
    r"(?:(?:hours?|hrs?|minutes?|mins?|days?|weeks?)[ -])?(?:delays?|delayed|runaround|mess|"
    r"terrible|awful|horrible|worst|useless|late|stuck|lack of|lost|broken|ruined|wasted|failed|"
    r"damaged|cancell?ed|missed|canned|wait|queue)|nothing|"
    rf"{_IN_PASSING}{_FAILURE_DONE}|charging me|"
    r"(?:not|never) (?:even |once )?(?:telling|informing|notifying|warning|letting (?:me|us) know|"
    r"updating|sending|replying|responding|answering|calling|getting(?= (?:back|me|us|my|our)\b)|"
    r"helping|coming|bothering|caring|listening|honou?ring|giving a))|"
    # "really appreciate you losing my bag", not "appreciate you finding it" or a request ("we'd
    # appreciate you delaying it a day")
    r"(?<!would )(?<!'d )(?<!could )(?<!will )(?<!'ll )"
    rf"appreciate (?:you|u|it|that you|you guys) {_IN_PASSING}{_FAILURE_DONE}|"
    # praise for a failure: "great job cancelling my flight", "well done on losing our bags"
    # ...or for one that keeps happening: "great job, you always lose my orders"
    r"(?:(?:great|good|nice|brilliant|fantastic|amazing|awesome|stellar|wonderful) "
    r"(?:job|work|going|effort)|well done|nice one)(?:,? (?:guys|team|folks|everyone|@\w+))?"
    r"(?:,? (?:on |with |at |in |for )?|[,.!]+ (?:you|u|they|your \w+)(?:'ve| have| guys)? )"
    rf"{_IN_PASSING}(?:{_FAILURE_DONE}|{_FAILURE_NOW})|"
    r"so (?:thrilled|excited|happy|glad|pleased|delighted) to (?:be )?(?:sit|stuck|wait|stand|"
    r"spend|pay)\w*|"
    # "love how you lost my parcel", "love how they never answer", not "love how you packed it"
    r"lov(?:e|ing) (?:how|the way|that) (?:you|u|they|your \w+)(?:'ve| have)?"
    r"(?: (?!never\b|not\b|\w+n't\b)\w+)?? "
    rf"{_IN_PASSING}(?:{_FAILURE_DONE}|{_FAILURE_NOW})|"
    # praise for the silence or the wait: "really loving the radio silence"
    r"(?:love|loving|enjoying|enjoy) (?:the|all the|this|your) (?:radio silence|silence|"
    r"wait\w*|delay\w*|runaround|excuses|hold music|queue|automated repl\w+)|"
    # a cheer before more of the trouble: "Great, another week without our order"
    r"(?:great|perfect|brilliant|fantastic|wonderful|lovely|awesome|super)[,.!]+ (?:another|yet "
    r"another|still no|still nothing|more (?:delays?|waiting)))"
)
_MOCK_THANKS_PATTERN = re.compile(rf"\b{_MOCK_THANKS}\b")
# Thanks that are not thanks, and other plain markers of sarcasm: mock thanks, "your canned
# response", "I'm sure everyone falls for it", "yeah, right". A message with one of these is not
# read as routine or as praise.
_SARCASM = re.compile(
    rf"\b(?:{_MOCK_THANKS}|canned (?:response|reply|answer|message)|"
    r"copy[- ]and[- ]paste(?:d)? (?:response|reply|answer)|yeah,? right|"
    # "as if you care", not "it'll feel as if you've got big lips"
    r"(?<![a-z] )as if (?:you|anyone)|"
    # "I'm sure everyone falls for it", not "I'm sure they did" or "I'm sure all will be well"
    r"i'?m sure (?:everyone|every|you|nobody)|thanks a bunch|"
    # "... said no one ever", not "they said no one was free"
    r"(?<![a-z] )said no one|said no one,? ever)\b"
)
# Praise that is sarcasm only in a message that finds fault ("love how you never answer", "great
# job guys, still no refund"), sincere otherwise ("love how you packed it", "great work as always,
# it came early"): the fault is a failure named after the praise or problem wording anywhere.
_PRAISE = re.compile(
    r"\b(?:(?:great|brilliant|fantastic|wonderful|amazing|stellar) (?:job|work|service),? (?:guys|"
    r"again|as usual|as always)|love how (?:you|your|they|nobody|no one))\b"
)
_FAULT_AFTER = re.compile(
    rf"[^.!?\n]*?(?<!never )(?<!not )(?<!n't )(?<!no )\b(?:{_FAILURE_DONE}|{_FAILURE_NOW})\b"
)
_SARCASM_TAG = re.compile(r"(?:^|\s)(/s|#sarcasm)\b")
# Every phrase above starts with one of these words. Finding them is a C loop over the text; the
# regex is then tried only where one stands, instead of at every character.
_SARCASM_STARTS = (
    "thank",
    "appreciate ",
    "canned",
    "copy",
    "yeah",
    "as if",
    "i'm sure",
    "im sure",
    "great",
    "brilliant",
    "fantastic",
    "wonderful",
    "amazing",
    "stellar",
    "love how",
    "said no one",
    "so ",
    "lov",
    "enjoy",
    "perfect",
    "lovely",
    "awesome",
    "super",
    "cheers",
    "good",
    "nice",
    "well done",
)


def is_sarcastic(text: str) -> bool:
    """Whether `text` holds thanks that are not thanks, or another plain marker of sarcasm.

    >>> is_sarcastic("Thanks for nothing."), is_sarcastic("Thanks for the quick reply!")
    (True, False)
    """
    return sarcasm_in(text.lower()) is not None


def mock_thanks_in(lowered: str) -> tuple[int, int] | None:
    """Where the first mock thanks (thanks or praise for a failure, see `_MOCK_THANKS`) is in
    lower-cased text, as (start, end); None if none. Sarcasm of other kinds ("yeah, right", a
    "/s" tag) is not thanks, and is no sign of which feeling lies under it.

    >>> mock_thanks_in("so, thanks for losing my bag"), mock_thanks_in("yeah, right /s")
    ((4, 21), None)
    """
    match = _MOCK_THANKS_PATTERN.search(lowered)
    return match.span() if match is not None else None


def sarcasm_in(lowered: str) -> tuple[int, int] | None:
    """Where the first marker of sarcasm is in lower-cased text, as (start, end); None if none."""
    found: list[tuple[int, int]] = []
    for start in _SARCASM_STARTS:
        at = lowered.find(start)
        while at >= 0:
            match = _SARCASM.match(lowered, at) or _PRAISE.match(lowered, at)
            if match is not None and (match.re is _SARCASM or _finds_fault(lowered, match.end())):
                found.append(match.span())
                break
            at = lowered.find(start, at + 1)
    if ("/s" in lowered or "#sarcasm" in lowered) and (tag := _SARCASM_TAG.search(lowered)):
        found.append(tag.span(1))
    return min(found) if found else None


def _finds_fault(lowered: str, after: int) -> bool:
    """Whether a message praised at `after` names a failure in the rest of that sentence, or
    problem wording anywhere."""
    return _FAULT_AFTER.match(lowered, after) is not None or mentions_a_problem(lowered)


# Goods that came in a bad state, said after the arrival: "the glasses arrived shattered", "it
# came in the post smashed". The gap between (up to three words) holds no word that says they
# came whole ("it arrived safely, nothing broken", "came undamaged"). Written with `\s+`, not
# spaces, so that verbose patterns (`reading.topic`) can use it too. `ARRIVAL_WORDS`, the ways of
# saying goods arrived, also serve the check for goods that came whole (`reading.complaint`).
ARRIVAL_WORDS = ("arrived", "came", "turned up", "showed up", "delivered", "got here")
_ARRIVAL_VERBS = tuple(word.replace(" ", r"\s+") for word in ARRIVAL_WORDS)
_ARRIVAL_GAP = (
    r"(?:,?\s+(?!(?:no|not|nothing|none|never|without|safe|safely|intact|fine|ok|okay|perfect|"
    r"perfectly|well|undamaged|unharmed|alive|to|across|upon)\b|\w+n['’]t\b)[\w'’]+){0,3}?,?\s+"
)
_ARRIVAL_DAMAGE = (
    r"damaged|broken|cracked|shattered|smashed|crushed|squashed|dented|chipped|scratched|torn|"
    r"ripped|leaking|leaked|in\s+(?:pieces|bits|shards)|bent|snapped|stained|"
    r"missing\s+(?:parts|pieces|bits|screws)|not\s+working|"
    r"dead(?!\s+(?:tired|drunk|last|on\s+time|set|serious|easy|end))"
)
ARRIVED_DAMAGED = rf"(?:{'|'.join(_ARRIVAL_VERBS)}){_ARRIVAL_GAP}(?:{_ARRIVAL_DAMAGE})"

# Words that say something went wrong ("delayed", "lost", "rudest", "charged twice"): a calm,
# even cheerful message that holds one is not a routine question, whatever the complaint model
# says (it misses plainly worded complaints on unfamiliar topics such as air travel). Each starts
# with a letter; `_by_first_letter` groups them so a word start tries one branch, not sixty.
_PROBLEM_PHRASES = (
    r"delay\w*", "late", "cancell?ed", "lost (?:all )?(?:respect|faith|trust|confidence)", "lost",
    "broken", "broke", "damaged", r"rude\w*", "wrong",
    "missing", "stuck", r"fail\w*", "error", r"crash\w*", r"complain\w*", r"disappoint\w*",
    "terrible", "awful", "horrible", "worst", "unacceptable", "ridiculous", "useless",
    r"overcharg\w*", "charged twice", "double charged", "not working", "doesn'?t work",
    "won'?t work", "isn'?t working", "still (?:no|not|nothing|waiting)", "no one", "nobody",
    "never (?:arrived|came|got|received|heard)", "didn'?t (?:arrive|get|receive)",
    # a long wait ("on hold for over an hour", "a 50 minute wait", "wait times are...")
    r"on hold\b[^.!?\n]{0,25}?\b(?:an? hour|hours|\d+ ?(?:mins?|minutes|hrs?|hours|days))",
    r"waited\b[^.!?\n]{0,25}?\b(?:an? hour|hours|\d+ ?(?:mins?|minutes|hrs?|hours|days))",
    r"wait time\b[^.!?\n]{0,25}?\b(?:an? hour|hours|\d+ ?(?:mins?|minutes|hrs?|hours|days))",
    r"been (?:sitting|waiting)\b[^.!?\n]{0,25}?\b(?:an? hour|hours|\d+ ?(?:mins?|minutes|hrs?|"
    r"hours|days))",
    "wait(?:ing)? times? (?:is|are|of)",
    # a plain verdict on the service, a thing that never came
    "frozen", r"glitch\w*", "outages?", "no excuse", "is a joke", "was a joke", "what a joke",
    "a lie", "lied", "liars?", "pathetic", "shameful", "bad service", "testing my patience",
    "fed up", "sick of", "tired of", "can'?t (?:get through|log ?in|access|reach)",
    "where (?:is|are|'s) (?:my|our) (?:bags?|luggage|suitcases?|order|package|parcel|refund|"
    "money|delivery)",
    "not acceptable", "do better", "dreadful", "maddening", r"astound\w*", "lack of",
    "doesn'?t make (?:any )?sense", r"overbook\w*", "uncool", "untrue", "unhelpful",
    "poor service", "bad ?customer ?service", "bait ?and ?switch", "rip-?off", "rip off",
    r"scam\w*", "should be ashamed", "should have been able",
    # done to them unasked, or not done at all
    "without (?:any |a |my |our )(?:reminder|warning|notice|notification|consent|permission)",
    "without warning",
    "without (?:telling|informing|notifying|warning|asking|letting) (?:me|us)",
    # a booking not kept: "our table had been given away", "they gave my seat to someone else"
    "been given away", "w(?:as|ere) given away",
    *(
        f"{gave} (?:away )?(?:my|our|the) (?:\\w+ )?(?:table|seat|room|booking|reservation|spot"
        "|slot|place)s? (?:away|to)"
        for gave in ("gave", "given", "giving")
    ),
    "no record of (?:my|our|the) (?:booking|reservation|order|payment|flight|appointment)",
    # a failure named as the thing thanked for: "thanks for ruining our evening"
    "ruin(?:ed|ing)",
    "never (?:showed|turned) up", "didn'?t (?:show|turn) up", "no[- ]show",
    # a verdict or a feeling about what they got ("misleading", "not impressed", "let us down")
    r"frustrat\w*", r"disgust\w*", r"appall\w*", r"outrage(?:d|ous)\w*", r"disgrace\w*",
    "shocking", "inaccurate", "incomplete", "worthless", r"deceiv\w*", r"mislead\w*", "impolite",
    "unfair", "unhappy", r"dissatisf\w*",
    "not (?:impressed|cool|happy|pleased|satisfied|good enough|fair)",
    "let (?:me|us) down", "waste of", "an? (?:absolute|complete|total) joke",
    r"piece of (?:\w+ )?(?:crap|junk|garbage|rubbish|shit)",
    "this is (?:crazy|insane|absurd|madness)",
    "should never have", "should have never", "should(?: not|n'?t) have been",
    "shame (?:on you|you|that)", "get your act together", "would be a (?:good |nice )?start",
    # goods that came spoilt, money wanted back, a thing asked to stop
    "expired", "faulty", "defective", "ripped", "torn", "cracked",
    # goods that came in a bad state ("arrived shattered"), one phrase a verb for the grouping
    *(f"{arrived}{_ARRIVAL_GAP}(?:{_ARRIVAL_DAMAGE})" for arrived in _ARRIVAL_VERBS),
    "give (?:me |us )?(?:my|our) money back", "want (?:my|our) money back", "please stop",
    "having (?:a|an|the same|some|this|serious|ongoing) (?:problems?|issues?)",
    "experiencing (?:a|an|the same|some|this|serious|ongoing) (?:problems?|issues?)",
    "ha(?:ve|s) (?:a|an|the same|this|some|another) (?:problems?|issues?)",
    "got (?:a|an|the same|this|some|another) (?:problems?|issues?)",
    "th(?:is|at) (?:problems?|issues?)", "the (?:issue|problem) is",
    "another (?:issue|problem) is", "other (?:issue|problem) is", "main (?:issue|problem) is",
    # something that will not work or has stopped ("I cannot check in", "the site is down")
    "unable to", "can(?:'?t|not) (?:proceed|complete|check ?in|sign ?in|connect|load|open|"
    "download|pay)", "couldn'?t (?:proceed|complete|check ?in|sign ?in|connect|load|open|"
    "download|pay)", r"struggl(?:e|es|ed|ing) (?:to|with|for)",
    "stop(?:ped|s) working", "quit working", "went dead", "go(?:ne|es) dead",
    *(
        f"{thing}s? (?:is|are|was|were|has been|have been|went|goes|keeps going) down"
        for thing in ("site", "app", "website", "server", "system", "network", "page", "portal",
                      "internet", "wi-?fi")
    ),
    "account (?:has been|was|is|got) (?:closed|suspended|blocked|locked|terminated|disabled|"
    "deactivated|hacked)",
    "no (?:reply|response|answer|callback|call back)",
    # a service out, and for how long: "no internet for the third evening running", "no power
    # since 6 am" (not "works with no internet")
    "no (?:internet|broadband|wi-?fi|signal|service|power|electricity|heating|hot water|tv|cable|"
    "phone line|dial tone|landline)(?: connection| service| signal)? (?:since|for|all|again|at all|"
    "today|tonight|yesterday|this (?:morning|afternoon|evening|week)|last night)",
    # a question that carries a reproach: "why is my order still not here", "how come..."
    "why (?:would|did|have|has) you",
    "why (?:can'?t|won'?t|doesn'?t|isn'?t|hasn'?t|haven'?t|didn'?t|aren'?t|wasn'?t|weren'?t|"
    "don'?t|cant|wont|doesnt|isnt|hasnt|havent|didnt|arent|wasnt|dont)",
    r"why (?:is|are|has|have) (?:my|our|it|this|the)\b[^.!?\n]{0,40}?\b(?:still|not|no|never|"
    r"no longer)",
    r"why (?:you|u) (?:keep|always|never|gotta|gonna|\w+ing)", "how come",
    "how (?:hard|difficult) (?:is|can) it", "how many (?:more )?times", "what gives",
)  # fmt: skip


def _by_first_letter(phrases: tuple[str, ...]) -> str:
    groups: dict[str, list[str]] = {}
    for phrase in phrases:
        groups.setdefault(phrase[0], []).append(phrase[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


_PROBLEM = re.compile(
    r"\b(?:"
    + _by_first_letter(_PROBLEM_PHRASES)
    + r"|\d+ ?(?:mins?|minutes?|hrs?|hours?) (?:wait|hold|queue|on hold|delay))\b|:-?\(|☹"
)


def mentions_a_problem(text: str) -> bool:
    """Whether `text` says something went wrong, in so many words, and not that it did not ("no
    delays today") or that the writer did it ("I lost my receipt").

    >>> mentions_a_problem("Flight 512 was delayed again"), mentions_a_problem("Do you ship here?")
    (True, False)
    >>> mentions_a_problem("It was not damaged"), mentions_a_problem("Why is it still not here?")
    (False, True)
    """
    lowered = text.lower()
    return any(not _undone(lowered, match) for match in _PROBLEM.finditer(lowered))


# A problem word said not to have happened ("it wasn't damaged", "no delays today").
_NEGATED = re.compile(
    r"\b(?:not|never|no|nothing|without|(?:is|was|are|were|do|does|did|has|have|had|wo|ca)n'?t|"
    r"nothing (?:was|is|got|has been))\s+$"
)
# A problem named as what was put right, or as what help was given with, with thanks: "thank you
# for finding my lost bag", "thanks for sorting out my cancelled flight", "thanks for the help
# with the delays", "thanks for your patience during the outage" (not "thanks for losing my bag").
_THANKED_FOR_FIXING = re.compile(
    r"\b(?:thank(?:s|\s+you)|cheers)(?:\s+(?:so|very)\s+much|\s+a\s+lot)?\s+(?:to\s+\w+\s+)?"
    r"for\s+(?:finding|sorting(?:\s+out)?|fixing|resolving|tracking\s+down|locating|recovering|"
    r"returning|rebooking|replacing|refunding|reimbursing|handling|dealing\s+with|"
    r"getting\s+back|looking\s+into|helping\s+(?:me\s+|us\s+)?(?:with|through)|"
    r"(?:(?:the|your|all\s+the|all\s+your|all)\s+)?(?:kind\s+|quick\s+|great\s+)?"
    r"(?:help|support|assistance|patience|understanding|updates?|heads[\s-]up|advice|info|"
    r"information|hard\s+work|efforts?|care|kindness|flexibility|compensation)\s+"
    r"(?:with|on|about|regarding|during|through|over|despite))\s+(?:[\w'-]+\s+){0,3}$"
)
# Late hours kept for the client, no lateness: "thanks for staying late", "open late on Fridays".
_LATE_HOURS = re.compile(r"\b(?:stay(?:s|ed|ing)?|work(?:s|ed|ing)?|open(?:s|ed|ing)?)\s+$")
# The writer's own doing, not the company's: "I lost my receipt", "I dropped it and broke the
# screen", "I put the wrong address", "I feel so lost".
_OWN_DOING = re.compile(
    r"\b(?:(?:i|we)(?:'ve|'d| have| had| just| also| somehow| then)*|feel(?:s|ing)?(?: so| a bit"
    r"| completely| totally)?) $|\baccident\w*|\bby mistake\b|\b(?:dropped|spilt|spilled|sat on)\b|"
    r"\b(?:i|we)\b[^.!?]*\b(?:put|entered|typed|gave|chose|picked|selected|ordered|booked|used"
    r"|sent|dialled|dialed) (?:in )?(?:the |a |an )?$"
)
_OWN_DOING_WORDS = frozenset(("lost", "broke", "wrong"))
_OWN_DOING_OPENERS = ("gave ", "given ", "giving ")  # "I gave my seat to an older man"
# ...unless the same sentence lays it at the company's door: "we lost a week of data after your
# update".
_THEIR_DOING = re.compile(r"\b(?:your|after|because|due to|thanks to)\b")


def _undone(lowered: str, match: re.Match[str]) -> bool:
    """Whether the problem `match` found is negated, or the writer's own doing."""
    start, end = match.span()
    sentence = max(lowered.rfind(stop, 0, start) for stop in ".!?\n") + 1
    before = lowered[sentence:start]
    if _NEGATED.search(before) or (
        ("thank" in before or "cheers" in before) and _THANKED_FOR_FIXING.search(before)
    ):
        return True
    found = match.group()
    if found == "late" and _LATE_HOURS.search(before):
        return True
    if found not in _OWN_DOING_WORDS and not found.startswith(_OWN_DOING_OPENERS):
        return False
    if _OWN_DOING.search(before) is None:
        return False
    ends = [at for at in map(lowered.find, ".!?\n", [end] * 4) if at >= 0]
    return _THEIR_DOING.search(lowered, sentence, min(ends, default=len(lowered))) is None
