"""How heated a client message is: surface cues plus the learned anger estimate, as a level 0-4.

`find_cues` finds what a reader would notice at a glance (shouting in capitals, "!!!", swearing,
insults, threats, words naming anger, laughter) with their spans; `heat_of` blends them with the
model's anger estimate into a score in [0, 1] and a level named in `HEAT_LEVELS`.

>>> from calmdesk.text import normalise
>>> from calmdesk.reading.model import load_model
>>> doc = normalise("This is UNACCEPTABLE!!! Worst service ever")
>>> heat = heat_of(doc, load_model().predict(doc.tokens), find_cues(doc))
>>> heat.label, [cue.kind for cue in heat.cues]
('angry', ['anger_word', 'capitals', 'repeated_punctuation', 'anger_word'])
"""

from __future__ import annotations

import math
import re

from calmdesk.reading import lexicon
from calmdesk.reading.model import ModelOutput
from calmdesk.reading.values import HEAT_LEVELS, Complaint, Cue, Emotion, Evidence, Heat
from calmdesk.text import Document, Span

# Blend of the heat score, in logit space: score = sigmoid(BIAS + ANGER * logit(model anger)
# + CUES * (1 - exp(-sum of cue weights)) + SEVERITY * severity / 4). The four numbers were
# chosen by hand on SemEval-2018 anger intensity (dev), the only thing fitted on it.
BIAS = 0.0
ANGER = 0.5
CUES = 2.5
SEVERITY = 0.5
# Lower bounds of the score for levels 1-4 (concerned, frustrated, angry, hostile).
THRESHOLDS = (0.3, 0.55, 0.82, 0.97)
# Insults aimed at the reader and threats make a message hostile however calm the rest reads.
HOSTILE_KINDS = frozenset(("insult", "threat"))
HOSTILE_WEIGHT = 0.8
# The level from which a strong threat makes a message hostile (angry: 3).
THREAT_HOSTILE_AT = 3
# A one-word insult ("idiot") is aimed at the reader only with "you" or "your" in its sentence:
# "some idiot driver" is anger at a stranger, "your idiot driver" is abuse. The "you idiots"
# phrases weigh 1.0 and are aimed by their wording.
AIMED_WEIGHT = 1.0
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourselves|u|ur|ya|y'all|yall)\b", re.I)
# Capitals and "!!!" are loudness, not anger: they amplify whatever the message feels ("GAME DAY
# TODAY!!!" is excitement). They count in full beside another heat cue or when the model reads
# at least even odds of anger or of a complaint, and in proportion to the larger of the two
# below that ("WHERE IS MY REFUND?!" is a loud complaint; "THANK YOU!!!" is not).
LOUD_KINDS = frozenset(("capitals", "repeated_punctuation"))
LOUD_FULL_AT = 0.5

# Thanks that are not thanks ("thanks for nothing"): the model reads them as gratitude.
SARCASM_WEIGHT = 0.5
# With sarcasm found, the model's anger is taken as at least even odds.
SARCASM_ANGER_FLOOR = 0.5
# Cue weights beyond the word lists.
NEGATED = 0.25  # an anger word after "not", "never"... counts a quarter
# A run of capitalised words. It starts with a capital not preceded by a word character (the
# same as a leading word boundary, written after the letter so the regex engine can skip in C to
# the next capital).
_CAPITALS = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z'’]*[A-Z]\b(?:[\s,.!?-]+\b[A-Z][A-Z'’]*[A-Z]\b)*")
_REPEATED_PUNCTUATION = re.compile(r"[!?](?:\s?[!?])+")
# Two capitals with at most apostrophes between: `_CAPITALS` cannot match before the first of
# these, and finding it is ten times cheaper than running `_CAPITALS` over the whole body.
_CAPITALS_HINT = re.compile(r"[A-Z][A-Z'’]*[A-Z]")
_VARIATION_SELECTOR = "\ufe0f"
_APOSTROPHES = ("'", "’")
# Capitalised words that are names or abbreviations, not shouting.
_ACRONYMS = frozenset(
    "ASAP FYI USA US UK EU UPS DHL USPS TNT FEDEX PDF URL ID OK CEO CFO IT TV PM AM GMT UTC EST "
    "PST CET SMS API VAT GST ETA RMA SKU FAQ HR PO CC BCC IBAN ATM PIN NHS BBC CEST EDT CST MST "
    "AT&T HQ IOS PC USB HDMI GPS SIM DVD CD LTD LLC INC PLC CV RE FW FWD NB PS TBC TBD AKA"
    " DM SLA SLAS KPI CRM ERP VPN ROI NDA GDPR PPE HMRC IRS EOD COB EOW CTO COO CMO AWS SSO DNS"
    " SSL CSV XML HTML FTP ISP LAN WAN SME QA".split()
)
_INTENSIFIER_REACH = 25  # characters: "so very angry", not a "so" three clauses away


def find_cues(doc: Document) -> tuple[Cue, ...]:
    """Every surface cue of heat in the message body, ordered by where it starts.

    Words are looked up token by token (`lexicon.lookup`); the few regexes (capitals, "!!",
    multi-word phrases) run only when a cheap test says they can match.

    >>> from calmdesk.text import normalise
    >>> doc = normalise("WHY is this still broken?!")
    >>> [(cue.kind, cue.span.text) for cue in find_cues(doc)]
    [('capitals', 'WHY'), ('repeated_punctuation', '?!')]
    """
    text, body = doc.text, doc.body
    cues: list[Cue] = []
    hint = _CAPITALS_HINT.search(body)
    if hint:
        for match in _CAPITALS.finditer(body, hint.start()):
            words = [w for w in re.findall(r"[A-Z'’&]+", match.group()) if w not in _ACRONYMS]
            letters = sum(len(w) for w in words)
            if letters >= 3:
                weight = min(1.0, 0.2 + 0.1 * letters)
                cues.append(Cue("capitals", Span.of(text, match.start(), match.end()), weight))
    if body.count("!") + body.count("?") >= 2:
        for match in _REPEATED_PUNCTUATION.finditer(body):
            marks = sum(1 for c in match.group() if c in "!?")
            weight = 0.4 if marks == 2 else 0.7
            if "?" in match.group() and "!" in match.group():
                weight += 0.1
            span = Span.of(text, match.start(), match.end())
            cues.append(Cue("repeated_punctuation", span, weight))
    cues.extend(_lexical_cues(doc))
    if doc.lower is not None and (found := lexicon.sarcasm_in(doc.lower)) is not None:
        cues.append(Cue("sarcasm", Span.of(text, *found), SARCASM_WEIGHT))
    return tuple(sorted(cues, key=lambda cue: (cue.span.start, cue.span.end, cue.kind)))


def _lexical_cues(doc: Document) -> list[Cue]:
    """Cues from the word lists: one cached lookup per token, phrase regexes only when triggered."""
    lookup = lexicon.lookup
    tokens = doc.tokens
    hits: list[tuple[int, int, tuple[lexicon.WordCue, ...]]] = []
    # Per phrase set, the first and last token that may belong to one of its phrases.
    triggered: dict[int, tuple[int, int]] = {}
    for position, token in enumerate(tokens):
        entry = lookup(token.lower)
        if entry is not None:
            if entry.cues:
                hits.append((token.start + entry.skip, token.end, entry.cues))
            for index in entry.phrases:
                first = triggered.get(index, (position, position))[0]
                triggered[index] = (first, position)
    if not hits and not triggered:
        return []
    text, body = doc.text, doc.body
    # (kind, start, end, weight) of every match; a word inside a phrase of its kind is part of it.
    found: list[tuple[str, int, int, float]] = []
    covered: dict[str, list[tuple[int, int]]] = {}
    reach = lexicon.PHRASE_REACH
    for index in sorted(triggered):
        phrases = lexicon.PHRASE_SETS[index]
        # Search only the stretch around the trigger words: a phrase holds a trigger word and
        # at most `PHRASE_REACH` tokens on either side of it. One character past the stretch
        # lets the end-of-word test see what really follows.
        first, last = triggered[index]
        begin = tokens[max(0, first - reach)].start
        stop = tokens[last + reach].end + 1 if last + reach < len(tokens) else len(body)
        for match in phrases.pattern.finditer(body, begin, stop):
            weight = lexicon.phrase_weight(phrases, match)
            found.append((phrases.kind, match.start(), match.end(), weight))
            covered.setdefault(phrases.kind, []).append(match.span())
    for start, end, word_cues in hits:
        # A word glued to an apostrophe or quote ("'shit'", "hell's") is left out, as in phrases.
        if body[start - 1 : start] in _APOSTROPHES or body[end : end + 1] in _APOSTROPHES:
            continue
        if end < len(body) and body[end] == _VARIATION_SELECTOR and not body[start].isalnum():
            end += 1  # an emoji's presentation selector belongs to it
        for kind, weight in word_cues:
            spans = covered.get(kind)
            if spans and any(a <= start < b for a, b in spans):
                continue
            found.append((kind, start, end, weight))
    cues: list[Cue] = []
    strong: list[int] = []
    intensifiers: list[tuple[int, int, float]] = []
    for kind, start, end, weight in found:
        if kind == lexicon.INTENSIFIER:
            intensifiers.append((start, end, weight))
            continue
        if kind == lexicon.ANGER_WORD and lexicon.NEGATION.search(
            body[max(0, start - lexicon.NEGATION_REACH) : start]
        ):
            weight *= NEGATED
        if kind == lexicon.LAUGHTER:
            weight = -weight
        else:
            strong.append(start)
        cues.append(Cue(kind, Span.of(text, start, end), round(weight, 3)))
    for start, end, weight in intensifiers:
        if any(0 < later - end <= _INTENSIFIER_REACH for later in strong):
            cues.append(Cue(lexicon.INTENSIFIER, Span.of(text, start, end), weight))
    return cues


def cue_strength(cues: tuple[Cue, ...], loudness: float = 1.0) -> float:
    """Sum of cue weights squashed into [-1, 1): many cues add up, but never without bound.

    `loudness` scales the capitals and repeated-punctuation cues.
    """
    total = sum(cue.weight * loudness if cue.kind in LOUD_KINDS else cue.weight for cue in cues)
    return 1.0 - math.exp(-total) if total >= 0 else -(1.0 - math.exp(total))


def _logit(probability: float) -> float:
    clipped = min(max(probability, 1e-4), 1 - 1e-4)
    return math.log(clipped / (1 - clipped))


def heat_score(output: ModelOutput, cues: tuple[Cue, ...]) -> float:
    """The continuous heat score in [0, 1] of a model output and the cues of the same message."""
    heated = any(cue.weight > 0 and cue.kind not in LOUD_KINDS for cue in cues)
    loudness = 1.0 if heated else min(1.0, max(output.anger, output.complaint) / LOUD_FULL_AT)
    anger = output.anger
    if any(cue.kind == "sarcasm" for cue in cues):
        # Sarcastic praise reads as praise to the model ("Fantastic service as always"): its
        # anger estimate is not evidence of calm then.
        anger = max(anger, SARCASM_ANGER_FLOOR)
    z = BIAS + ANGER * _logit(anger) + CUES * cue_strength(cues, loudness)
    z += SEVERITY * output.severity / 4
    return 1.0 / (1.0 + math.exp(-z))


def level_of(score: float, cues: tuple[Cue, ...], doc: Document | None = None) -> int:
    """The heat level 0-4 of a score, raised to hostile by a strong threat or by an insult aimed
    at the reader (judged from the sentences of `doc`, the message the cues come from, if given)."""
    level = sum(1 for threshold in THRESHOLDS if score >= threshold)
    # An insult aimed at the reader is hostile in a frustrated message. A threat (to sue, to go
    # public) is hostile in an angry one, and makes a frustrated one angry when other words are
    # heated too ("Disgraceful. I'm calling my lawyer!!"); alone it is a serious, even-tempered
    # step ("I have contacted my solicitor about the missing payments"), handled as a threat.
    if level < 2:
        return level
    strong = [cue for cue in cues if _is_hostile(cue, doc)]
    if any(cue.kind == "insult" for cue in strong) or (strong and level >= THREAT_HOSTILE_AT):
        return 4
    if strong and any(cue.weight > 0 and cue.kind != "threat" for cue in cues):
        return THREAT_HOSTILE_AT
    return level


def _is_hostile(cue: Cue, doc: Document | None) -> bool:
    if cue.kind not in HOSTILE_KINDS or cue.weight < HOSTILE_WEIGHT:
        return False
    if cue.kind != "insult" or cue.weight >= AIMED_WEIGHT or doc is None:
        return True
    start = cue.span.start
    sentence = next((s for s in doc.sentences if s.start <= start < s.end), None)
    if sentence is None:
        return True
    return _SECOND_PERSON.search(doc.body, sentence.start, sentence.end) is not None


# A client who threatens to leave, to sue, to go public or to go over the contact's head to the
# top is at least frustrated, however evenly the words run ("Either it is here by Saturday or
# I'll be posting about this on Trustpilot", "If this isn't sorted by Thursday I'll have to
# escalate to your CEO").
THREAT_TRIGGERS = frozenset(("churn_threat", "legal_threat", "public_threat"))
THREAT_CUES = frozenset((lexicon.ESCALATION,))
THREAT_FLOOR = 2


# Feelings that, in a complaint, make a message concerned at least.
UNHAPPY = frozenset(("anger", "annoyance", "disappointment", "worry", "sadness"))


# Triggers that keep a complaint from being calm, however evenly it is worded; both together (a
# problem raised before and a deadline at stake) make it frustrated.
PRESSURE_TRIGGERS = frozenset({"hard_deadline", "repeat_contact"})
PRESSED = 2


def with_complaint(
    heat: Heat,
    complaint: Complaint,
    emotions: tuple[Emotion, ...],
    triggers: tuple[Evidence, ...] = (),
) -> Heat:
    """`heat` raised to at least concerned for a complaint that voices an unhappy feeling ("I am
    writing to express our disappointment..." is even-tempered, but not calm) or that is under
    pressure: a deadline at stake or a problem raised before ("It's now the 11th and nobody can
    tell us where the banners are; the show is on the 14th"). Both pressures at once make it
    frustrated ("We chased this twice last week and the launch is on Monday"). A question that
    the complaint model flags ("when will the sofa arrive?") stays as measured. The score is left
    as measured."""
    if heat.level >= PRESSED or not complaint.is_complaint:
        return heat
    pressures = {t.name for t in triggers} & PRESSURE_TRIGGERS
    if pressures == PRESSURE_TRIGGERS:
        return Heat(PRESSED, HEAT_LEVELS[PRESSED], heat.score, heat.cues)
    if heat.level >= 1:
        return heat
    unhappy = any(e.present and e.name in UNHAPPY for e in emotions)
    if not unhappy and not pressures:
        return heat
    return Heat(1, HEAT_LEVELS[1], heat.score, heat.cues)


def with_threats(heat: Heat, triggers: tuple[Evidence, ...]) -> Heat:
    """`heat` raised to at least frustrated when the message threatens to leave, sue or go
    public (the trigger carries the words that caused it) or to escalate to the top (a cue of
    `heat`). The score is left as measured."""
    if heat.level >= THREAT_FLOOR:
        return heat
    threatened = any(t.name in THREAT_TRIGGERS for t in triggers)
    if not threatened and not any(cue.kind in THREAT_CUES for cue in heat.cues):
        return heat
    return Heat(THREAT_FLOOR, HEAT_LEVELS[THREAT_FLOOR], heat.score, heat.cues)


def heat_of(doc: Document, output: ModelOutput, cues: tuple[Cue, ...]) -> Heat:
    """The `Heat` of a message from its model output and its cues (from `find_cues(doc)`)."""
    score = heat_score(output, cues)
    level = level_of(score, cues, doc)
    return Heat(level=level, label=HEAT_LEVELS[level], score=round(score, 4), cues=cues)
