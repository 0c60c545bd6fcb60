"""The one serialised form of calmdesk's values, used by the CLI's JSON, the API and the store.

Frozen dataclasses become JSON objects with their field names, tuples become lists, and nothing
else is invented, so `load(Reading, dump(reading)) == reading`.

>>> from calmdesk.text import Span
>>> dump(Span(0, 5, "Hello"))
{'start': 0, 'end': 5, 'text': 'Hello'}
>>> load(Span, {'start': 0, 'end': 5, 'text': 'Hello'})
Span(start=0, end=5, text='Hello')
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from datetime import datetime
from functools import cache
from typing import Any, TypeVar, Union, get_args, get_origin, get_type_hints

from calmdesk.errors import DataError

T = TypeVar("T")


def dump(value: Any) -> Any:
    """A value made of dataclasses, tuples, lists, dicts and scalars, as plain JSON-ready data."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: dump(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [dump(item) for item in value]
    if isinstance(value, dict):
        return {str(key): dump(item) for key, item in value.items()}
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def dumps(value: Any, indent: int | None = 2) -> str:
    """`dump` as a JSON string (UTF-8 characters kept as they are)."""
    return json.dumps(dump(value), ensure_ascii=False, indent=indent)


@cache
def _hints(cls: type) -> dict[str, Any]:
    return get_type_hints(cls)


def load(cls: type[T], data: Any) -> T:
    """Rebuild a value of type `cls` from `dump`'s output; raises `DataError` on a mismatch."""
    return typing.cast(T, _load(cls, data, cls.__name__))


def _load(kind: Any, data: Any, where: str) -> Any:
    origin = get_origin(kind)
    if origin in (Union, types.UnionType):
        options = get_args(kind)
        if data is None and type(None) in options:
            return None
        for option in options:
            if option is not type(None):
                return _load(option, data, where)
    if origin is tuple:
        args = get_args(kind)
        if not isinstance(data, list):
            raise DataError(f"{where}: expected a list")
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_load(args[0], item, f"{where}[{i}]") for i, item in enumerate(data))
        return tuple(
            _load(a, item, f"{where}[{i}]")
            for i, (a, item) in enumerate(zip(args, data, strict=False))
        )
    if origin is dict:
        value_kind = get_args(kind)[1]
        if not isinstance(data, dict):
            raise DataError(f"{where}: expected an object")
        return {k: _load(value_kind, v, f"{where}.{k}") for k, v in data.items()}
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        if not isinstance(data, dict):
            raise DataError(f"{where}: expected an object for {kind.__name__}")
        hints = _hints(kind)
        values = {}
        for field in dataclasses.fields(kind):
            if field.name not in data:
                raise DataError(f"{where}: missing field '{field.name}'")
            values[field.name] = _load(hints[field.name], data[field.name], f"{where}.{field.name}")
        return kind(**values)
    if kind is datetime:
        if not isinstance(data, str):
            raise DataError(f"{where}: expected an ISO 8601 date-time string")
        try:
            return datetime.fromisoformat(data)
        except ValueError as error:
            raise DataError(f"{where}: expected an ISO 8601 date-time, got {data!r}") from error
    if kind is float and isinstance(data, int | float):
        return float(data)
    if kind in (int, str, bool) and not isinstance(data, kind):
        raise DataError(f"{where}: expected {kind.__name__}, got {type(data).__name__}")
    return data
