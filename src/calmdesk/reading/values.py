"""The values `read` returns. Plain, frozen, and serialised by `calmdesk.serialise`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from calmdesk.text import SetAside, Span

HEAT_LEVELS = ("calm", "concerned", "frustrated", "angry", "hostile")

EMOTIONS = (
    "anger",
    "annoyance",
    "disappointment",
    "worry",
    "confusion",
    "sadness",
    "gratitude",
    "neutral",
)

ASKS = (
    "refund",
    "replacement",
    "expedite",
    "update",
    "cancel",
    "call",
    "explanation",
    "compensation",
    "fix",
    "manager",
)

TRIGGERS = (
    "manager_request",
    "churn_threat",
    "legal_threat",
    "public_threat",
    "repeat_contact",
    "hard_deadline",
    "abuse",
)

CAUSES = ("carrier", "production", "vendor", "billing", "product_defect", "client_dependency")


@dataclass(frozen=True, slots=True)
class Cue:
    """A surface signal of heat: `capitals`, `repeated_punctuation`, `profanity`, `threat`..."""

    kind: str
    span: Span
    weight: float


@dataclass(frozen=True, slots=True)
class Heat:
    """How heated the message is: a level 0-4 named in `HEAT_LEVELS`, and a score in [0, 1]."""

    level: int
    label: str
    score: float
    cues: tuple[Cue, ...]


@dataclass(frozen=True, slots=True)
class Emotion:
    """One emotion with its score in [0, 1] and, when present, the words that carry it most."""

    name: str
    score: float
    present: bool
    spans: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Evidence:
    """A named finding (an ask, a trigger, a topic) and the words that caused it."""

    name: str
    span: Span


@dataclass(frozen=True, slots=True)
class Entity:
    """Something named in the message: `name`, `order_number`, `ticket_number`,
    `invoice_number`, `tracking_number`, `date`, `time`,
    `amount`, `carrier`, `email`, `phone`. `value` is the normalised form."""

    kind: str
    value: str
    span: Span

    def shown(self) -> str:
        """The value for people: see `shown_value`."""
        return shown_value(self.kind, self.value)


_MONTH_NAMES = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def shown_value(kind: str, value: str) -> str:
    """An entity's value as people read it: a date without a year ("--11-03", its ISO 8601 form in
    JSON) reads "3 Nov", a day of an unnamed month ("---04") "the 4th"; other values as they are.

    >>> shown_value("date", "--11-03"), shown_value("date", "---22"), shown_value("amount", "5")
    ('3 Nov', 'the 22nd', '5')
    """
    if kind != "date" or not value.startswith("--"):
        return value
    if len(value) == 7 and value[2:4].isdigit() and value[5:7].isdigit():
        month, day = int(value[2:4]), int(value[5:7])
        if 1 <= month <= 12:
            return f"{day} {_MONTH_NAMES[month - 1]}"
    if len(value) == 5 and value[3:].isdigit():
        day = int(value[3:])
        suffix = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return f"the {day}{suffix}"
    return value


@dataclass(frozen=True, slots=True)
class Topic:
    """What the complaint is about (`delivery`, `billing`...), its likely cause, and evidence."""

    topic: str
    cause: str | None
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class Advice:
    """A recommended move: `move` is a stable id (`call`, `pause`, `step:acknowledge`...)."""

    move: str
    message: str
    because: tuple[Span, ...]


# A deadline ("we're hosting on Saturday") is a fact to work to, not a sign of heat: a message
# with only this trigger can still be routine.
CALM_TRIGGERS = frozenset(("hard_deadline",))


@dataclass(frozen=True, slots=True)
class Complaint:
    """Whether the message is a complaint, and how severe (X-CI scale 0 none ... 4 blame)."""

    is_complaint: bool
    score: float
    severity: int


@dataclass(frozen=True, slots=True)
class Reading:
    """Everything `read` finds in one client message. Spans index into `text`."""

    text: str
    language: str
    in_scope: bool
    heat: Heat
    emotions: tuple[Emotion, ...]
    complaint: Complaint
    facts: tuple[Span, ...]
    feelings: tuple[Span, ...]
    asks: tuple[Evidence, ...]
    triggers: tuple[Evidence, ...]
    topic: Topic
    entities: tuple[Entity, ...]
    channel: str
    advice: tuple[Advice, ...]
    set_aside: tuple[SetAside, ...]
    notes: tuple[str, ...]

    def has_trigger(self, name: str) -> bool:
        return any(t.name == name for t in self.triggers)

    def has_ask(self, name: str) -> bool:
        return any(a.name == name for a in self.asks)

    @property
    def client_name(self) -> str | None:
        return next((e.value for e in self.entities if e.kind == "name"), None)

    @property
    def client_first_name(self) -> str | None:
        """How to address the client (see `first_name`)."""
        return first_name(self.client_name)

    @property
    def is_routine(self) -> bool:
        """A plain question or request: English, calm, no complaint and no trigger but a deadline
        ("Do you ship to Canada?"). It wants an answer, not de-escalation. `read` already counts
        sarcastic thanks and words that say something went wrong as a complaint
        (`reading.complaint`), so they are not looked for again here."""
        return (
            self.in_scope
            and self.heat.level == 0
            and not self.complaint.is_complaint
            and all(t.name in CALM_TRIGGERS for t in self.triggers)
        )


# Words a found name may hold that are not how to address someone (a greeting, a team).
_NOT_NAMES = frozenset(("team", "sir", "madam", "customer", "support", "there", "all", "hi"))
_TITLES = frozenset(("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor"))
_NAME_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def name_parts(name: str | None) -> list[str]:
    """The words of a name a reply may use to address someone: no title, greeting or team.

    >>> name_parts("Dr. Sarah Lee"), name_parts("Customer Support")
    (['Sarah', 'Lee'], [])
    """
    if not name:
        return []
    return [
        w
        for w in _NAME_WORD.findall(name)
        if len(w) > 1 and w.lower() not in _NOT_NAMES and w.lower() not in _TITLES
    ]


def first_name(name: str | None) -> str | None:
    """How to address someone by the name they signed with: the first name, or the title and
    surname when that is all they gave.

    >>> first_name("Martin Hale"), first_name("Dr Sarah Lee"), first_name("Mr. Hale")
    ('Martin', 'Sarah', 'Mr Hale')
    >>> first_name("Customer Support") is None
    True
    """
    parts = name_parts(name)
    if not parts:
        return None
    title = _NAME_WORD.match(name or "")
    if len(parts) == 1 and title is not None and title.group().lower() in _TITLES:
        return f"{title.group()} {parts[0]}"
    return parts[0]
