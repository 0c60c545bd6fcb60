"""Policy exceptions a client asks for: the one-scan first test gives the same answers."""

from __future__ import annotations

from dataclasses import replace

import pytest

from calmdesk.playbook import default_playbook
from calmdesk.playbook.exceptions import _any_of, asked_exceptions
from calmdesk.playbook.model import EscalationPolicy, PolicyException


def _policy(*patterns: str) -> EscalationPolicy:
    exception = PolicyException("custom", "A request made up for the test.", patterns)
    return replace(
        default_playbook().escalation, exceptions=(exception,), exceptions_need_lead=("custom",)
    )


def _found(text: str, policy: EscalationPolicy) -> list[tuple[str, str]]:
    return [(exception_id, span.text) for exception_id, span in asked_exceptions(text, policy)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Please waive the late fee on my account.", [("waive-fees", "waive the late fee")]),
        ("Can we end the contract early?", [("contract-terms", "end the contract")]),
        ("Could I get a FREE UPGRADE for the trouble?", [("free-upgrade", "FREE UPGRADE")]),
        ("The parcel came two days late and the box was torn.", []),
        ("", []),
    ],
)
def test_default_exceptions_with_the_first_test(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text, default_playbook().escalation) == expected


def test_the_joined_pattern_matches_where_any_pattern_does() -> None:
    joined = _any_of((r"\bwaive\b", r"\bbend the rules\b"))
    assert joined is not None
    assert joined.search("Could you BEND THE RULES once?") is not None
    assert joined.search("Please waive it.") is not None
    assert joined.search("We waived nothing and bent no rules.") is None


def test_patterns_with_groups_are_not_joined() -> None:
    # Joined, "\1" would point to the first pattern's group: each pattern is scanned alone.
    assert _any_of((r"(fee)", r"\b(\w+) \1 refund\b")) is None
    policy = _policy(r"\bwaive\b(x)?", r"\b(\w+) \1 refund\b")
    assert _found("Could I have a full full refund?", policy) == [("custom", "full full refund")]
    assert _found("Could I have a full refund?", policy) == []


def test_a_pattern_with_a_global_flag_is_not_joined() -> None:
    # "(?x)" must start the whole expression; inside a group it does not compile.
    assert _any_of((r"(?x) waive \s the \s fee", r"\bbend the rules\b")) is None
    policy = _policy(r"(?x) waive \s the \s fee", r"\bbend the rules\b")
    assert _found("Please waive the fee.", policy) == [("custom", "waive the fee")]
