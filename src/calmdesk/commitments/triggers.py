"""Where a promise starts in a sentence (its trigger: "I'll", "we're going to", "the refund will",
"please send", "let me") and who owes it: the rep, the team, a third party or the client.

A question ("when will it arrive?") and words that promise nothing ("I'll be honest") start no
promise.

>>> from calmdesk.commitments.anchors import Anchors
>>> from calmdesk.text import normalise
>>> text = "I'll chase it, FedEx will deliver on Friday and please send the photos."
>>> anchors = Anchors.of(normalise(text))
>>> [(text[t.at : t.end].strip(), t.owner) for t in triggers_in(anchors, 0, len(text))]
[("I'll", 'rep'), ('FedEx will', 'third_party'), ('please', 'client')]
>>> text = "I'll be honest, when will it arrive? I'll check."
>>> [t.at for t in triggers_in(Anchors.of(normalise(text)), 0, len(text))]
[37]
"""

from __future__ import annotations

import re
from typing import NamedTuple

from calmdesk.commitments import phrases
from calmdesk.commitments.anchors import Anchors, matches

_QUESTION_HEADS = frozenset(
    ("what", "when", "where", "who", "whom", "which", "why", "how", "whether")
)
_NOT_A_PROMISE_WORDS = ("be", "say", "admit", "leave", "pass", "check", "make")
_I_OR_WE = re.compile(r"(i|we)\b")
_YOU_RECEIVE = re.compile(r"\s+(?:receive|get|hear)\b")


# Working values are named tuples: several are built per sentence, and a tuple is several
# times cheaper to build than a frozen dataclass.
class Trigger(NamedTuple):
    """Where a promise starts, who owes it, and whether it needs a time to promise anything."""

    start: int  # where the promise's subject starts
    at: int  # where the trigger words start (the next promise's scope ends here)
    end: int
    owner: str
    needs_time: bool  # a bare "the parcel will" promises nothing without a time
    needs_concrete_time: bool


def head_of(trigger: re.Match[str]) -> str:
    """The trigger's subject word ("i", "we", "you", "it" ...), "" when it has none."""
    if trigger.group("head"):
        return trigger.group("head")
    if trigger.group("progressive") or trigger.group("let_me"):
        words = trigger.group().replace("’", "'").split()
        return "i" if words[0] in ("i'm", "i") or words[1] == "me" else "we"
    return ""


# How far around a trigger its subject and its "from me" are looked for (characters): enough for
# any real clause, and it keeps a long run of text without punctuation linear.
_REACH = 200
# How long a name set off by commas before "will" may be ("our engineer, Tom Baker, will").
_NAME_REACH = 40


def _clause_start(low: str, floor: int, at: int) -> int:
    """Where the subject of a promise starts: after the last comma or conjunction before it
    (looked for within `_REACH` characters; the sentence start when there is none)."""
    start = floor
    for match in phrases.CLAUSE_START.finditer(low, max(floor, at - _REACH), at):
        start = match.end()
    return start


def _not_a_promise(low: str, at: int) -> bool:
    """Whether `phrases.NOT_A_PROMISE` matches at `at`; its first word is checked first."""
    word = at
    while word < len(low) and low[word].isspace():
        word += 1
    return low.startswith(_NOT_A_PROMISE_WORDS, word) and bool(phrases.NOT_A_PROMISE.match(low, at))


def triggers_in(anchors: Anchors, start: int, end: int) -> list[Trigger]:
    """The triggers in low[start:end] that start a promise, in order, each with its owner."""
    low = anchors.low
    triggers: list[Trigger] = []
    for match in matches(phrases.TRIGGER, low, anchors.trigger, start, end):
        kind = match.lastgroup
        if kind == "client":
            triggers.append(
                Trigger(match.start(), match.start(), match.end(), "client", True, False)
            )
            continue
        if kind == "booked":
            # A booking promises its time: without one ("I've booked a courier") it is an action.
            owner = "rep" if low.startswith("i", match.start()) else "team"
            triggers.append(Trigger(match.start(), match.start(), match.end(), owner, True, True))
            continue
        if kind == "delegated":
            # A colleague's work is the team's promise; a carrier's a third party's.
            owner = "third_party" if phrases.THIRD_PARTIES.search(match.group()) else "team"
            triggers.append(Trigger(match.start(), match.start(), match.end(), owner, True, False))
            continue
        if kind == "allow":
            triggers.append(Trigger(match.start(), match.start(), match.end(), "team", True, False))
            continue
        if triggers and triggers[-1].at == match.start():
            continue  # "we'll need ... from you" is the client's, already taken
        head = head_of(match)
        if _not_a_promise(low, match.end()):
            continue
        if kind == "progressive":
            owner = "rep" if head == "i" else "team"
            triggers.append(Trigger(match.start(), match.start(), match.end(), owner, True, True))
        elif kind == "let_me" or head in ("i", "we"):
            owner = "rep" if head == "i" else "team"
            triggers.append(Trigger(match.start(), match.start(), match.end(), owner, False, False))
        elif head in _QUESTION_HEADS:
            continue
        else:
            subject_start = (
                match.start() if head == "you" else _clause_start(low, start, match.start())
            )
            if low.startswith(",", match.end("head")):
                # "Our engineer, Tom, will": the subject starts before the name set off by commas.
                comma = low.rfind(",", max(start, match.start() - _NAME_REACH), match.start())
                if comma >= 0:
                    subject_start = _clause_start(low, start, comma)
            subject = low[max(subject_start, match.start() - _REACH) : match.end()]
            owner = "third_party" if phrases.THIRD_PARTIES.search(subject) else "team"
            # "I've asked the carrier and will update you": the clause's subject carries on, and
            # the promise is its own words ("will update you"); what was done before stays free
            # to be read as an action taken.
            carried = _I_OR_WE.match(low, subject_start) if head in ("and", "then") else None
            if carried is not None:
                owner = "rep" if carried.group(1) == "i" else "team"
                subject_start = match.end("head")
                while subject_start < match.end() and low[subject_start].isspace():
                    subject_start += 1
            # "You'll hear from me" is the rep's promise; "from FedEx" a third party's.
            after = match.end()
            near = min(end, after + _REACH)
            mentions_from = low.find("from", after, near) >= 0
            if (mentions_from or low.find("myself", after, near) >= 0) and phrases.FROM_ME.search(
                low, after, near
            ):
                owner = "rep"
            elif mentions_from and phrases.FROM_THIRD_PARTY.search(low, after, near):
                owner = "third_party"
            # "You'll get an email" promises something even without a time; "the parcel will" not.
            needs_time = not (head == "you" and _YOU_RECEIVE.match(low, after))
            triggers.append(
                Trigger(subject_start, match.start(), match.end(), owner, needs_time, False)
            )
    return triggers
