"""The review rules, one module per family, collected into a registry by id.

Each family module lists its rules in `__register__` (as proselint's checks do); `RULES` maps id
to `Rule` in the order below. A team can switch a rule off, re-grade it, or add and remove its
phrases in the playbook (`[review.rules.<id>]`); `active_rules` applies those settings.

>>> from calmdesk.review.rules import RULES
>>> "deflection" in RULES and RULES["deflection"].phrases
True
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, replace

from calmdesk.errors import PlaybookError
from calmdesk.playbook.model import Playbook
from calmdesk.review.rules import (
    apology,
    bad_news,
    blame,
    canned,
    channel,
    client_blame,
    closing,
    condescension,
    coverage,
    defensive,
    deflection,
    mirroring,
    order,
    personal,
    placeholders,
    vagueness,
)
from calmdesk.review.rules.base import ClientFacts, Context, Hit, Phrases, Rule

__all__ = [
    "FAMILIES",
    "RULES",
    "ActiveRule",
    "ClientFacts",
    "Context",
    "Hit",
    "Phrases",
    "Rule",
    "active_rules",
]

_MODULES = (
    blame,
    deflection,
    vagueness,
    closing,
    canned,
    apology,
    defensive,
    condescension,
    mirroring,
    client_blame,
    order,
    bad_news,
    personal,
    coverage,
    channel,
    placeholders,
)
RULES: dict[str, Rule] = {r.id: r for module in _MODULES for r in module.__register__}
FAMILIES: tuple[str, ...] = tuple(dict.fromkeys(r.family for r in RULES.values()))


@dataclass(frozen=True, slots=True)
class ActiveRule:
    """A rule as a team's playbook configures it: its severity and its compiled phrases."""

    rule: Rule
    severity: str
    phrases: Phrases
    suggestion: str


def _check_settings(playbook: Playbook) -> None:
    known = set(RULES) | {a.id for a in playbook.avoid}
    for rule_id in playbook.review.rules:
        if rule_id not in known:
            close = difflib.get_close_matches(rule_id, sorted(known), n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            raise PlaybookError(
                f"review.rules.{rule_id}: no rule has this id{hint}; `calmdesk rules` lists them"
            )


def _playbook_rule(rule_id: str) -> Rule:
    """A rule for a team's own `[[avoid]]` entry that no module declares: phrases only."""

    def check(context: Context, phrases: Phrases) -> list[Hit]:
        return list(phrases.hits(context.draft))

    return Rule(
        id=rule_id,
        family="playbook",
        severity="warning",
        message="",
        suggestion="",
        check=check,
        phrases=True,
        needs_reading=False,
        summary="A phrase the team's playbook says to avoid.",
        what="Flags the phrases of the team's own [[avoid]] entry.",
        why="The team's playbook lists it under [[avoid]].",
        bad="",
        better="",
        client=None,
    )


# The last few playbooks' active rules, by identity: a Playbook is frozen but not hashable, and
# reviews of many drafts against one playbook should not redo this work each time.
_RECENT: list[tuple[Playbook, tuple[ActiveRule, ...]]] = []
_RECENT_SIZE = 8


def active_rules(playbook: Playbook) -> tuple[ActiveRule, ...]:
    """The enabled rules with the team's settings applied, plus the team's own `[[avoid]]` ids.

    Raises `PlaybookError` when `[review.rules.<id>]` names no rule.
    """
    for known, rules in _RECENT:
        if known is playbook:
            return rules
    rules = _configure(playbook)
    _RECENT.insert(0, (playbook, rules))
    del _RECENT[_RECENT_SIZE:]
    return rules


def _configure(playbook: Playbook) -> tuple[ActiveRule, ...]:
    if playbook.review.rules:
        _check_settings(playbook)
    declared = list(RULES.values())
    extra = [_playbook_rule(a.id) for a in playbook.avoid if a.id not in RULES]
    active = []
    for rule in (*declared, *extra):
        settings = playbook.review.rule(rule.id)
        if not settings.enabled:
            continue
        avoided = playbook.avoided(rule.id) if rule.phrases else None
        base = avoided.patterns if avoided is not None else ()
        removed = set(settings.remove_patterns)
        patterns = tuple(p for p in base if p not in removed) + settings.add_patterns
        severity = settings.severity or (avoided.severity if avoided else rule.severity)
        suggestion = avoided.instead[0] if avoided and avoided.instead else rule.suggestion
        if rule.family == "playbook" and avoided is not None:
            rule = replace(rule, message=avoided.title or avoided.id, why=avoided.why)
        active.append(ActiveRule(rule, severity, Phrases.of(patterns), suggestion))
    return tuple(active)
