"""Builders for the escalation tests: threads written by us, and cases with chosen heat."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from calmdesk.case import Case, prepare
from calmdesk.message import Message
from calmdesk.playbook import Playbook
from calmdesk.reading.values import HEAT_LEVELS, Heat

NEW_YORK = ZoneInfo("America/New_York")
START = datetime(2026, 11, 24, 9, 0, tzinfo=NEW_YORK)


def thread(*texts: str, timed: bool = True) -> Case:
    """Messages alternating client, rep, client...; twenty minutes apart from 09:00 New York."""
    return Case(
        tuple(
            Message(
                text,
                "client" if i % 2 == 0 else "rep",
                "email",
                START + timedelta(minutes=20 * i) if timed else None,
            )
            for i, text in enumerate(texts)
        )
    )


def with_heat(case: Case, playbook: Playbook, levels: list[int]) -> Case:
    """The case prepared, its client messages' heat set to `levels` in order (the reader's own
    levels are not what these tests are about)."""
    prepared = prepare(case, playbook)
    readings = list(prepared.readings)
    client = [i for i, reading in enumerate(readings) if reading is not None]
    assert len(client) == len(levels)
    for index, level in zip(client, levels, strict=True):
        reading = readings[index]
        assert reading is not None
        heat = Heat(level, HEAT_LEVELS[level], level / 4, reading.heat.cues)
        readings[index] = replace(reading, heat=heat)
    return replace(prepared, readings=tuple(readings))
