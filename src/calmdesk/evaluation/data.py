"""Reading labelled JSON-lines files, with errors that name the file and line."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from calmdesk.errors import DataError


def load_rows(path: Path, required: Sequence[str]) -> list[dict[str, Any]]:
    """All rows of a JSON-lines file; every row must have the `required` fields."""
    return list(iter_rows(path, required))


def iter_rows(path: Path, required: Sequence[str]) -> Iterator[dict[str, Any]]:
    try:
        handle = path.open(encoding="utf-8")
    except OSError as error:
        raise DataError(f"Cannot open {path}: {error.strerror}.") from error
    with handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                raise DataError(f"{path}, line {number}: not valid JSON ({error.msg}).") from error
            if not isinstance(row, dict):
                raise DataError(f"{path}, line {number}: expected a JSON object.")
            missing = [name for name in required if name not in row]
            if missing:
                raise DataError(f"{path}, line {number}: missing field '{missing[0]}'.")
            yield row
