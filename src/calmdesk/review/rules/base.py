"""How a review rule is declared: an id, a family, a severity, a message, and a check.

A rule is a function decorated with `@rule(...)`. Its docstring is its documentation, in four
parts that `calmdesk rules <id>` and `docs/rules.md` show and the tests run:

    One paragraph saying what the rule catches (its first sentence is the one-line summary).

    Why: the reasoning, from the guide, in our words.

    Bad: a draft that must fire the rule ("(×30)" at the end: the sentence repeated 30 times).
    Better: a draft that must not.
    Client: heat=4 name=Dana asks=refund,call cause=client_dependency   (only for rules that
            compare the draft with the client's message; the facts the examples assume)

A *phrase rule* (`phrases=True`) gets its patterns from the playbook's `[[avoid]]` entry with
the same id, so the phrases live in one place (the TOML) and a team can add or remove some. Any
other rule has its logic in Python; a team's `add_patterns` for it are flagged as well.

>>> from calmdesk.review.rules import RULES
>>> RULES["blame-shifting"].family, RULES["blame-shifting"].severity
('blame', 'error')
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from calmdesk.reading.values import (
    HEAT_LEVELS,
    Complaint,
    Entity,
    Evidence,
    Heat,
    Reading,
    Topic,
)
from calmdesk.review.rules.contractions import loosened
from calmdesk.review.steps.cues import Anchored, Draft, anchored_alternatives, anchored_regex
from calmdesk.review.values import SEVERITIES, StepResult
from calmdesk.text import Document, Span

_KEBAB = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@dataclass(frozen=True, slots=True)
class Hit:
    """Where a rule fired; `message` and `suggestion` replace the rule's own when given.

    A hit with `start == end == 0` is about the whole draft (an unanswered question, a missing
    name), not about particular words.
    """

    start: int
    end: int
    message: str | None = None
    suggestion: str | None = None


@dataclass(frozen=True, slots=True)
class Phrases:
    """The patterns a rule flags, after the team's configuration, compiled once per set.

    The patterns are joined into one expression and registered with the steps' anchored matcher
    (`steps.cues`): on a `Draft` it is tried only where a token it can start with stands, so a
    rule whose words are absent costs a list look-up, and the matches are those `re.finditer`
    finds over the draft's own words.

    >>> phrases = Phrases.of((r"\\bnothing more we can do\\b", r"\\bout of our hands\\b"))
    >>> [(h.start, h.end) for h in phrases.hits("Sadly it is out of our hands.")]
    [(12, 28)]
    """

    sources: tuple[str, ...]
    # One expression for all the patterns, or one per pattern when they would not join.
    cues: tuple[Anchored, ...]

    @classmethod
    def of(cls, sources: tuple[str, ...]) -> Phrases:
        """The compiled phrases for these pattern strings (compiled once per distinct tuple)."""
        return _phrases(sources)

    def hits(self, draft: Draft | str) -> Iterator[Hit]:
        """Every match in the draft's body (or in a plain text), as hits; empty matches skipped."""
        for cue in self.cues:
            found = draft.finditer(cue) if isinstance(draft, Draft) else cue.regex.finditer(draft)
            for match in found:
                if match.end() > match.start():
                    yield Hit(match.start(), match.end())


@cache
def _phrases(sources: tuple[str, ...]) -> Phrases:
    # Keyed by the pattern strings: a Playbook is not hashable, its pattern tuples are.
    if not sources:
        return Phrases(sources, ())
    # (a team's patterns were checked, one by one, when its playbook was loaded; the packaged
    # ones by the tests: compiling each again here cost every review command a third of a second)
    # ("dont" and "thats" are caught as "don't" and "that's": see `contractions`)
    loose = tuple(loosened(source) for source in sources)
    try:
        return Phrases(sources, (anchored_alternatives(loose),))
    except re.error:  # a team's patterns may not combine (repeated group names, inline flags)
        return Phrases(sources, tuple(anchored_regex(source) for source in loose))


@dataclass(frozen=True, slots=True)
class Context:
    """What every check sees: the draft, the client's Reading (or None), the steps found.

    `draft` is the draft's token index, built once per review and shared with the steps.
    """

    doc: Document
    reading: Reading | None
    steps: tuple[StepResult, ...]
    call_heat_level: int
    max_chars: int
    draft: Draft

    def step(self, step_id: str) -> StepResult:
        return next(s for s in self.steps if s.step == step_id)

    def sentence_at(self, offset: int) -> Span:
        """The sentence holding `offset`, or the whole text when none does."""
        for sentence in self.doc.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return Span.of(self.doc.text, 0, len(self.doc.text))


Check = Callable[[Context, Phrases], Iterable[Hit]]


@dataclass(frozen=True, slots=True)
class ClientFacts:
    """The client message a documented example assumes, as the facts a Reading would hold."""

    heat: int = 0
    name: str | None = None
    asks: tuple[str, ...] = ()
    cause: str | None = None

    @classmethod
    def parse(cls, line: str) -> ClientFacts:
        """`heat=4 name=Dana asks=refund,call cause=client_dependency` as facts."""
        fields = dict(part.split("=", 1) for part in line.split())
        asks = tuple(a for a in fields.get("asks", "").split(",") if a)
        return cls(int(fields.get("heat", "0")), fields.get("name"), asks, fields.get("cause"))

    def reading(self) -> Reading:
        """A Reading with just these facts, for running a documented example without `read`."""
        text = " ".join(filter(None, (self.name, *self.asks))) or "client message"
        whole = Span.of(text, 0, len(text))
        label = HEAT_LEVELS[min(max(self.heat, 0), 4)]
        entities = (Entity("name", self.name, whole),) if self.name else ()
        return Reading(
            text=text,
            language="en",
            in_scope=True,
            heat=Heat(self.heat, label, self.heat / 4, ()),
            emotions=(),
            complaint=Complaint(self.heat > 0, self.heat / 4, min(self.heat, 4)),
            facts=(),
            feelings=(),
            asks=tuple(Evidence(ask, whole) for ask in self.asks),
            triggers=(),
            topic=Topic("other", self.cause, ()),
            entities=entities,
            channel="call" if self.heat >= 3 else "reply",
            advice=(),
            set_aside=(),
            notes=(),
        )

    def describe(self) -> str:
        """The facts in plain words, for the documentation."""
        parts = [f"heat level {self.heat}"]
        if self.name:
            parts.append(f"signs as {self.name}")
        if self.asks:
            parts.append("asks for " + ", ".join(self.asks))
        if self.cause:
            parts.append(f"likely cause: {self.cause.replace('_', ' ')}")
        return "; ".join(parts)


@dataclass(frozen=True, slots=True)
class Rule:
    """A declared review rule. `family` is the module it lives in (`blame`, `vagueness`...)."""

    id: str
    family: str
    severity: str
    message: str
    suggestion: str
    check: Check
    phrases: bool
    needs_reading: bool
    summary: str
    what: str
    why: str
    bad: str
    better: str
    client: ClientFacts | None

    def bad_draft(self) -> str:
        return example_draft(self.bad)

    def better_draft(self) -> str:
        return example_draft(self.better)


def _sections(doc: str, rule_id: str) -> dict[str, str]:
    """The docstring's paragraphs: `what` first, then `Why:`, `Bad:`, `Better:`, `Client:`."""
    lines = [line.strip() for line in doc.strip().splitlines()]
    sections: dict[str, list[str]] = {"what": []}
    current = "what"
    for line in lines:
        label = re.match(r"(Why|Bad|Better|Client):\s*(.*)", line)
        if label:
            current = label[1].lower()
            sections[current] = [label[2]]
        elif line:
            sections[current].append(line)
    joined = {key: " ".join(value).strip() for key, value in sections.items()}
    joined = {
        key: value if key == "client" else value[:1].upper() + value[1:]
        for key, value in joined.items()
    }
    for needed in ("what", "why", "bad", "better"):
        if not joined.get(needed):
            raise ValueError(f"rule {rule_id}: its docstring needs a '{needed}' part")
    return joined


def example_draft(text: str) -> str:
    """An example draft; "(×N)" at its end repeats the sentence N times (for length rules)."""
    repeat = re.search(r"\s*\(×(\d+)\)$", text)
    if repeat is None:
        return text
    return " ".join([text[: repeat.start()]] * int(repeat[1]))


def rule(
    rule_id: str,
    *,
    severity: str,
    message: str,
    suggestion: str,
    phrases: bool = False,
    needs_reading: bool = False,
) -> Callable[[Check], Rule]:
    """Declare a rule from its check function; the docstring becomes its documentation."""
    if not _KEBAB.fullmatch(rule_id):
        raise ValueError(f"rule id {rule_id!r} is not kebab-case")
    if severity not in SEVERITIES:
        raise ValueError(f"rule {rule_id}: severity must be one of {SEVERITIES}")

    def declare(check: Check) -> Rule:
        parts = _sections(check.__doc__ or "", rule_id)
        summary = re.split(r"(?<=[.!?])\s", parts["what"], maxsplit=1)[0]
        client = ClientFacts.parse(parts["client"]) if parts.get("client") else None
        return Rule(
            id=rule_id,
            family=check.__module__.rsplit(".", 1)[-1],
            severity=severity,
            message=message,
            suggestion=suggestion,
            check=check,
            phrases=phrases,
            needs_reading=needs_reading,
            summary=summary,
            what=parts["what"],
            why=parts["why"],
            bad=parts["bad"],
            better=parts["better"],
            client=client,
        )

    return declare


def phrase_hits(context: Context, phrases: Phrases) -> Iterator[Hit]:
    """The plain phrase check: every pattern match in the draft's own words."""
    return phrases.hits(context.draft)


def whole_draft(message: str | None = None, suggestion: str | None = None) -> Hit:
    """A hit about the draft as a whole (no particular words to underline)."""
    return Hit(0, 0, message, suggestion)
