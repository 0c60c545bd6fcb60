"""The line for the client: added support in our words, never a brush-off, varied per case."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from itertools import product

import pytest

from calmdesk.case import Case
from calmdesk.escalation import escalate
from calmdesk.escalation.scripts import (
    CLOSERS,
    CLOSERS_WITH_TIME,
    CORES,
    OPENERS,
    client_line,
    when_phrase,
)
from calmdesk.escalation.values import REASON_KINDS
from calmdesk.message import Message
from calmdesk.playbook import Playbook, compile_pattern
from tests.escalation.builders import NEW_YORK, START, thread

DEFLECTION_EXAMPLES = (
    "You'll have to talk to my manager about that.",
    "There's nothing more I can do.",
)


def every_part(playbook: Playbook) -> list[str]:
    closers = [c.format(when="3 pm today") for c in CLOSERS_WITH_TIME] + list(CLOSERS)
    openers = [line for lines in OPENERS.values() for line in lines]
    return openers + list(CORES) + list(playbook.escalation.scripts) + closers


def test_every_reason_kind_has_openers() -> None:
    # and one for a senior person threatened rather than asked for
    assert set(OPENERS) == {*REASON_KINDS, "manager_threatened"}
    assert all(len(lines) >= 3 for lines in OPENERS.values())


def test_deflection_patterns_catch_the_phrasing_we_avoid(playbook: Playbook) -> None:
    deflection = playbook.avoided("deflection")
    assert deflection is not None
    patterns = [compile_pattern(p) for p in deflection.patterns]
    for example in DEFLECTION_EXAMPLES:
        assert any(p.search(example) for p in patterns), example


def test_no_part_of_any_line_uses_avoided_phrasing(playbook: Playbook) -> None:
    # Every avoided family, not only deflection: no blame, no vague timing, no canned phrases.
    patterns = [(a.id, compile_pattern(p)) for a in playbook.avoid for p in a.patterns]
    for part in every_part(playbook):
        hits = [name for name, pattern in patterns if pattern.search(part)]
        assert hits == [], (part, hits)


def test_whole_lines_avoid_deflection_for_every_combination(playbook: Playbook) -> None:
    deflection = playbook.avoided("deflection")
    assert deflection is not None
    patterns = [compile_pattern(p) for p in deflection.patterns]
    for kind, seed, name in product(REASON_KINDS, range(40), (None, "Dana")):
        line = client_line(kind, seed, playbook.escalation.scripts, name, "3 pm today")
        assert not any(p.search(line) for p in patterns), line


def test_same_case_gets_the_same_line(playbook: Playbook) -> None:
    case = thread("Get me your manager, now.")
    assert escalate(case, playbook).client_line == escalate(case, playbook).client_line


def test_different_clients_get_different_lines(playbook: Playbook) -> None:
    lines = {
        escalate(
            Case((Message(f"Order {1000 + n} is late. Get me your manager."),)), playbook
        ).client_line
        for n in range(12)
    }
    assert len(lines) >= 6


def test_case_id_fixes_the_line_as_the_thread_grows(playbook: Playbook) -> None:
    short = replace(thread("Get me your manager."), id="T-1")
    longer = replace(
        thread("Get me your manager.", "I'm sorry, let me look.", "Still waiting for a manager."),
        id="T-1",
    )
    assert escalate(short, playbook).client_line == escalate(longer, playbook).client_line


def test_line_uses_the_clients_name_and_a_reply_time(playbook: Playbook) -> None:
    case = thread("I want to speak to a manager about my invoice.\n\nRegards,\nPriya")
    result = escalate(case, playbook, now=START)
    assert result.client_line.startswith("Priya, ")
    assert "11 am today" in result.client_line
    assert result.reply_by == datetime(2026, 11, 24, 11, 0, tzinfo=NEW_YORK)
    assert any(script in result.client_line for script in playbook.escalation.scripts)


def test_reply_time_rolls_to_the_next_working_day(playbook: Playbook) -> None:
    late = START.replace(hour=16, minute=10)
    result = escalate(thread("Get me your manager."), playbook, now=late)
    assert result.reply_by == datetime(2026, 11, 25, 10, 30, tzinfo=NEW_YORK)
    assert "10:30 am tomorrow" in result.client_line


def test_without_now_the_line_promises_no_clock_time(playbook: Playbook) -> None:
    line = escalate(thread("Get me your manager."), playbook).client_line
    assert line and " am " not in line and " pm " not in line


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (START.replace(hour=15), "3 pm today"),
        (START + timedelta(days=1, minutes=30), "9:30 am tomorrow"),
        (START + timedelta(days=4), "9 am on Saturday"),
        (START + timedelta(days=9), "9 am on Thu 3 Dec"),
    ],
)
def test_when_phrase(moment: datetime, expected: str) -> None:
    assert when_phrase(moment, START) == expected


@pytest.mark.parametrize(
    ("signature", "addressed"),
    [("Martin Hale", "Martin, "), ("Dr Sarah Lee", "Sarah, "), ("Mr. Hale", "Mr Hale, ")],
)
def test_line_addresses_the_client_as_a_person_would(
    playbook: Playbook, signature: str, addressed: str
) -> None:
    case = thread(f"I want to speak to a manager about my invoice.\n\nRegards,\n{signature}")
    assert escalate(case, playbook, now=START).client_line.startswith(addressed)


def test_a_senior_person_threatened_is_told_apart_from_one_asked_for(playbook: Playbook) -> None:
    threatened = escalate(
        thread("If the invoice isn't corrected by Thursday I'll have to escalate to your CEO."),
        playbook,
        now=START,
    )
    asked = escalate(thread("I want to speak to a manager about my invoice."), playbook, now=START)
    [first] = [r for r in threatened.reasons if r.kind == "manager_request"]
    assert first.detail == "threatened" and "if it isn't settled" in first.message
    assert "threatens to go higher" in threatened.handoff.summary
    assert "You asked for someone more senior" not in threatened.client_line
    [second] = [r for r in asked.reasons if r.kind == "manager_request"]
    assert second.detail == "" and "asked for a manager" in second.message
