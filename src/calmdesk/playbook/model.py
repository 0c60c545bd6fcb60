"""The typed model of a playbook: the team's guide as data.

Every value is frozen. `calmdesk.playbook.load` builds these from TOML and checks them, so code
that receives a `Playbook` can trust it: ids are kebab-case, patterns compile, hours parse.

>>> from calmdesk.playbook import default_playbook
>>> [step.id for step in default_playbook().steps]
['acknowledge', 'clarify', 'align', 'solve', 'expect', 'close']
"""

from __future__ import annotations

from dataclasses import dataclass, field

# The six steps of a reply, in the order a reply takes them.
STEP_IDS = ("acknowledge", "clarify", "align", "solve", "expect", "close")

# How loud a finding is; a rule's severity and `RuleSettings.severity` use these names.
SEVERITIES = ("info", "warning", "error")

# What a technique is: a way of thinking, a move in the conversation, or a working habit.
TECHNIQUE_KINDS = ("mindset", "technique", "habit")

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True, slots=True)
class Step:
    """One of the six steps of a reply, with the ready phrases a rep can reach for.

    `patterns` are regular expressions whose match suggests the step is present in a reply;
    `examples` must match one of them and `near_misses` must not (the tests check both).
    """

    id: str
    title: str
    purpose: str
    phrases: tuple[str, ...]
    tip: str = ""
    patterns: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()
    near_misses: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Technique:
    """A technique from the guide (listen-validate-solve, move to a call...).

    `kind` is one of `TECHNIQUE_KINDS`; `steps` names the steps it serves (may be empty).
    """

    id: str
    title: str
    description: str
    phrases: tuple[str, ...]
    kind: str = "technique"
    steps: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class AvoidedPhrase:
    """Something the guide says not to write: regular-expression patterns, why, and what instead.

    Patterns are compiled with `re.IGNORECASE` (see `calmdesk.playbook.compile_pattern`) and
    match the raw text, so they spell apostrophes as `['’]`; the review also accepts the
    contraction typed without one where that is no other word ("dont", "thats", not "well":
    `calmdesk.review.rules.contractions`). `examples` must match a pattern and `near_misses` must
    not. `step` names the step the slip undermines, if any.
    """

    id: str
    patterns: tuple[str, ...]
    why: str
    instead: tuple[str, ...]
    title: str = ""
    severity: str = "warning"
    step: str | None = None
    examples: tuple[str, ...] = ()
    near_misses: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PolicyException:
    """A policy exception a client may ask for (waive fees, change contract terms...).

    `patterns` spot the request in a client message; empty when it is decided another way
    (`refund-above-ceiling` compares an amount with `EscalationPolicy.refund_ceiling`).
    """

    id: str
    description: str
    patterns: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class EscalationPolicy:
    """When to bring in a lead: authority limits and who takes the case.

    `exceptions_need_lead` lists ids from `exceptions` that a rep may not grant alone.
    `heat_rising_messages`: that many client messages in a row, each hotter than the last,
    call for a lead (0 switches it off). `escalate_at_heat`: a message at this heat level or
    above calls for a lead (5 = never). `legal_owner` and `public_owner` take a case that
    carries a legal or a public threat, with `owner` kept informed.
    """

    refund_ceiling: float
    currency: str
    exceptions_need_lead: tuple[str, ...]
    owner: str
    scripts: tuple[str, ...]
    exceptions: tuple[PolicyException, ...] = ()
    manager_request_escalates: bool = True
    repeat_contact_escalates: bool = True
    legal_threat_escalates: bool = True
    heat_rising_messages: int = 3
    escalate_at_heat: int = 4
    legal_owner: str = "legal"
    public_owner: str = "PR"

    def exception(self, exception_id: str) -> PolicyException | None:
        """The declared exception with this id, or None."""
        return next((e for e in self.exceptions if e.id == exception_id), None)


@dataclass(frozen=True, slots=True)
class BusinessHours:
    """When the team works, in its time zone (an IANA name such as 'Europe/London').

    Times are "HH:MM" in that zone; `days` are names from `DAYS`. A same-day promise made
    after `cutoff` rolls to the next business day. `closed_dates` are extra "YYYY-MM-DD" days
    off on top of the public holidays of `holidays_country` (ISO 3166 code such as "US").
    """

    timezone: str
    opens: str
    closes: str
    days: tuple[str, ...]
    holidays_country: str | None
    cutoff: str | None = None
    closed_dates: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ReadingSettings:
    """Thresholds the client-message reader uses for its advice."""

    call_heat_level: int = 3
    pause_heat_level: int = 3
    long_thread_messages: int = 4


@dataclass(frozen=True, slots=True)
class Limits:
    """Input limits: larger input is refused with a clear message."""

    max_chars: int = 200_000


@dataclass(frozen=True, slots=True)
class RuleSettings:
    """A team's settings for one review rule, by rule id (`[review.rules.blame-shifting]`).

    `add_patterns` are extra regular expressions the rule also flags; `remove_patterns` are
    patterns, written exactly as in the playbook, that the rule should stop using.
    """

    enabled: bool = True
    severity: str | None = None
    add_patterns: tuple[str, ...] = ()
    remove_patterns: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Review verdict cut-offs on the 0-100 score: send at `send` or above, revise at `revise`."""

    send: int = 80
    revise: int = 55


@dataclass(frozen=True, slots=True)
class ReviewSettings:
    """How replies are reviewed: per-rule settings, verdict thresholds, a length guideline.

    `max_chars`: a reply longer than this is too long for an upset reader (0 = no limit).
    """

    rules: dict[str, RuleSettings] = field(default_factory=dict)
    thresholds: Thresholds = field(default_factory=Thresholds)
    max_chars: int = 1500

    def rule(self, rule_id: str) -> RuleSettings:
        """The team's settings for `rule_id`, or the defaults when it has none."""
        return self.rules.get(rule_id, RuleSettings())


@dataclass(frozen=True, slots=True)
class Playbook:
    """The whole guide. Load it with `calmdesk.playbook.load_playbook`."""

    name: str
    steps: tuple[Step, ...]
    techniques: tuple[Technique, ...]
    avoid: tuple[AvoidedPhrase, ...]
    escalation: EscalationPolicy
    hours: BusinessHours
    reading: ReadingSettings = field(default_factory=ReadingSettings)
    limits: Limits = field(default_factory=Limits)
    source: tuple[str, ...] = ()
    review: ReviewSettings = field(default_factory=ReviewSettings)
    # Named word lists patterns share: `{party}` stands for any entry of `terms["party"]`.
    terms: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def step(self, step_id: str) -> Step:
        return next(s for s in self.steps if s.id == step_id)

    def technique(self, technique_id: str) -> Technique | None:
        """The technique with this id, or None."""
        return next((t for t in self.techniques if t.id == technique_id), None)

    def avoided(self, avoided_id: str) -> AvoidedPhrase | None:
        """The avoided phrase with this id, or None."""
        return next((a for a in self.avoid if a.id == avoided_id), None)
