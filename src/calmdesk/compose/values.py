"""The values `compose` takes and returns: what the rep knows (`ComposeContext`) and the `Draft`.

Plain and frozen; a `Draft` has one serialised form (`calmdesk.serialise`), so
`load(Draft, dump(draft)) == draft`.

>>> from calmdesk.text import Span
>>> text = "Hi Dana, your tracking number is {tracking_number}."
>>> draft = Draft(text, (Part("greeting", Span.of(text, 0, 8)),),
...               (Placeholder("tracking_number", Span.of(text, 33, 50)),), 7, "template", ())
>>> draft.placeholders[0].span.text, draft.is_complete
('{tracking_number}', False)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from calmdesk.errors import InputError
from calmdesk.playbook.model import STEP_IDS
from calmdesk.reading.values import CAUSES
from calmdesk.text import Span

# What a part of a draft can be: the salutation, one of the guide's six steps, the sign-off.
PART_IDS = ("greeting", *STEP_IDS, "sign-off")
BACKENDS = ("template", "llm")


@dataclass(frozen=True, slots=True)
class Part:
    """One stretch of the draft and what it does: `step` is one of `PART_IDS`."""

    step: str
    span: Span


@dataclass(frozen=True, slots=True)
class Placeholder:
    """A fact the draft needs and nobody knew yet, left visible as `{name}` for the rep to fill."""

    name: str
    span: Span


@dataclass(frozen=True, slots=True)
class Draft:
    """A composed reply. Spans index into `text`; `notes` tell the rep how it was made.

    `seed` picks the wording (the same seed gives the same letter); `backend` is "template" or
    "llm" (a language model's draft that passed review).
    """

    text: str
    parts: tuple[Part, ...]
    placeholders: tuple[Placeholder, ...]
    seed: int
    backend: str
    notes: tuple[str, ...]

    @property
    def is_complete(self) -> bool:
        """Whether every fact is filled in (no placeholder left)."""
        return not self.placeholders

    def part(self, step: str) -> Part | None:
        """The part that takes this step, or None."""
        return next((p for p in self.parts if p.step == step), None)


@dataclass(frozen=True, slots=True)
class ComposeContext:
    """What the rep knows beyond the client's message.

    `now` is when the reply goes out (timezone-aware, or naive meaning the playbook's local time);
    without it the draft names times relative to business hours. `facts` are order facts by
    name (`order_number`, `tracking_number`, `carrier`, `amount`, `item`, `waiting_on`, `eta`...);
    a fact given as None is one the reply must state but nobody knows yet: it becomes a
    `{name}` placeholder. `tried` lists remedies already tried ("reship", "refund"...), which are
    not offered again. `cause` overrides the cause the Reading found (the rep may know the delay
    waits on the client's own materials). `seed` picks the wording; None derives it from the
    client's message, so two clients get different letters and one client always the same.
    """

    now: datetime | None = None
    rep_name: str | None = None
    facts: dict[str, str | None] = field(default_factory=dict)
    tried: tuple[str, ...] = ()
    seed: int | None = None
    cause: str | None = None
    # The problem an earlier message in the thread stated (`compose.thread`): the topic and the
    # situation (`compose.facts`), used when the newest message names none ("any update??").
    topic: str | None = None
    situation: str | None = None


def context_from_json(data: object) -> ComposeContext:
    """A `ComposeContext` from parsed JSON (`--context FILE`); `InputError` says what is wrong.

    >>> context_from_json({"now": "2026-11-25T14:00:00-05:00", "rep_name": "Sam",
    ...                    "facts": {"tracking_number": None}, "tried": ["reship"]}).tried
    ('reship',)
    """
    if not isinstance(data, dict):
        raise InputError('The context must be a JSON object, such as {"rep_name": "Sam"}.')
    known = {"now", "rep_name", "facts", "order", "tried", "seed", "cause"}
    unknown = sorted(set(data) - known)
    if unknown:
        raise InputError(f"Unknown context field '{unknown[0]}'; use {', '.join(sorted(known))}.")
    now = data.get("now")
    if now is not None:
        if not isinstance(now, str):
            raise InputError("Context 'now' must be an ISO 8601 time, e.g. 2026-11-25T14:00-05:00.")
        try:
            now = datetime.fromisoformat(now)
        except ValueError as error:
            raise InputError(f"Context 'now' is not an ISO 8601 time: {now!r}.") from error
    facts: dict[str, str | None] = {}
    for key in ("order", "facts"):  # "order" is an older name for the same facts
        given = data.get(key) or {}
        if not isinstance(given, dict):
            raise InputError(f"Context '{key}' must be an object of fact names and values.")
        for name, value in given.items():
            if value is not None and not isinstance(value, str | int | float):
                raise InputError(f"Context fact '{name}' must be text, a number or null.")
            facts[str(name)] = None if value is None else str(value)
    tried = data.get("tried") or []
    if not isinstance(tried, list) or not all(isinstance(item, str) for item in tried):
        raise InputError("Context 'tried' must be a list of strings.")
    seed = data.get("seed")
    if seed is not None and (isinstance(seed, bool) or not isinstance(seed, int)):
        raise InputError("Context 'seed' must be a whole number.")
    for key in ("rep_name", "cause"):
        if data.get(key) is not None and not isinstance(data[key], str):
            raise InputError(f"Context '{key}' must be text.")
    cause = data.get("cause")
    if cause is not None and cause not in CAUSES:
        raise InputError(f"Context 'cause' is {cause!r}; use one of {', '.join(CAUSES)}.")
    return ComposeContext(
        now=now,
        rep_name=data.get("rep_name"),
        facts=facts,
        tried=tuple(tried),
        seed=seed,
        cause=cause,
    )
