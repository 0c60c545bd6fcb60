"""The one serialised form: dump then load gives the same value back."""

from __future__ import annotations

import json

import pytest

from calmdesk.errors import DataError
from calmdesk.reading.values import Cue, Heat
from calmdesk.serialise import dump, dumps, load
from calmdesk.text import Span


def test_round_trip_of_nested_values() -> None:
    heat = Heat(3, "angry", 0.75, (Cue("capitals", Span(0, 4, "LATE"), 0.2),))
    data = json.loads(dumps(heat))
    assert data["cues"][0]["span"] == {"start": 0, "end": 4, "text": "LATE"}
    assert load(Heat, data) == heat


def test_floats_are_kept_exactly() -> None:
    assert dump(Heat(1, "concerned", 0.123456789, ()))["score"] == 0.123456789


def test_missing_field_is_a_clear_error() -> None:
    with pytest.raises(DataError, match="missing field 'label'"):
        load(Heat, {"level": 1, "score": 0.2, "cues": []})


def test_wrong_type_is_a_clear_error() -> None:
    with pytest.raises(DataError, match=r"Heat\.level: expected int"):
        load(Heat, {"level": "high", "label": "x", "score": 0.2, "cues": []})
