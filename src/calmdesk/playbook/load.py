"""Loading a playbook: the packaged default, a team's TOML merged over it, and the checks.

A team file is checked on its own first (unknown keys, types, patterns, times), so an error
names the file it came from; then it is merged over the default, and the result is checked as
a whole (six steps, opening before closing, ids that refer to each other).

>>> playbook = playbook_from_toml('[hours]\\ntimezone = "Europe/Paris"', "team.toml")
>>> playbook.hours.timezone, playbook.source
('Europe/Paris', ('calmdesk/playbook/default.toml', 'team.toml'))
"""

from __future__ import annotations

import dataclasses
import datetime
import difflib
import re
import tomllib
import types
from collections.abc import Callable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Union, get_args, get_origin, get_type_hints
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from calmdesk.errors import PlaybookError
from calmdesk.playbook.model import (
    DAYS,
    SEVERITIES,
    STEP_IDS,
    TECHNIQUE_KINDS,
    AvoidedPhrase,
    BusinessHours,
    EscalationPolicy,
    Limits,
    Playbook,
    PolicyException,
    ReadingSettings,
    ReviewSettings,
    RuleSettings,
    Step,
    Technique,
    Thresholds,
)
from calmdesk.playbook.terms import PLACEHOLDER, UnknownTerm, expand

PLAYBOOK_FILE_NAME = "calmdesk.toml"
DEFAULT_SOURCE = "calmdesk/playbook/default.toml"

# Items of these kinds may say `enabled = false` to drop an inherited item; steps may not.
_REMOVABLE: tuple[type, ...] = (Technique, AvoidedPhrase, PolicyException)
# Fields that describe where a playbook came from, never set in a file.
_NOT_IN_FILES = {(Playbook, "source")}
_KEBAB = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_HHMM = re.compile(r"(?:[01]\d|2[0-3]):[0-5]\d")
_COUNTRY = re.compile(r"[A-Z]{2}")
_CURRENCY = re.compile(r"[A-Z]{3}")
# A pattern that matches nothing at all in this text is fine; one that matches the empty string
# here would flag every reply.
_EMPTY_PROBE = "a plain sentence, with words. And another one?"

_TOML_TYPES: tuple[tuple[type, str], ...] = (
    (bool, "boolean"),
    (int, "integer"),
    (float, "float"),
    (str, "string"),
    (list, "array"),
    (dict, "table"),
    (datetime.datetime, "date-time"),
    (datetime.date, "date"),
    (datetime.time, "time"),
)


def compile_pattern(pattern: str) -> re.Pattern[str]:
    """Compile a playbook pattern the one way every part of calmdesk does: case-insensitive.

    >>> compile_pattern(r"nothing (more )?we can do").search("Nothing we can do.") is not None
    True
    """
    return _compiled(pattern)


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# ---------------------------------------------------------------- errors and descriptions


def _fail(source: str, key: str, problem: str) -> PlaybookError:
    return PlaybookError(f"{source}: {key}: {problem}" if key else f"{source}: {problem}")


def _toml_type(value: Any) -> str:
    return next((name for kind, name in _TOML_TYPES if isinstance(value, kind)), "value")


def _shown(value: Any) -> str:
    text = repr(value) if not isinstance(value, list | dict) else _toml_type(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _got(value: Any) -> str:
    kind = _toml_type(value)
    return kind if isinstance(value, list | dict) else f"{kind} {_shown(value)}"


def _suggestion(word: str, choices: Any) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _expected(hint: Any) -> str:
    origin = get_origin(hint)
    if origin in (Union, types.UnionType):
        return " or ".join(_expected(a) for a in get_args(hint) if a is not type(None))
    if origin is tuple:
        return f"an array of {_expected(get_args(hint)[0])}s"
    if origin is dict:
        return "a table"
    if dataclasses.is_dataclass(hint):
        return "a table"
    names = {str: "string", int: "integer", float: "number", bool: "boolean"}
    return names.get(hint, str(hint))


# ---------------------------------------------------------------- value checks, per field

Check = Callable[[Any, str, str], None]


def _nonempty(value: Any, key: str, source: str) -> None:
    if not value.strip():
        raise _fail(source, key, "must not be empty")


def _kebab(value: Any, key: str, source: str) -> None:
    if not _KEBAB.fullmatch(value):
        raise _fail(source, key, f"{value!r} is not a kebab-case id (like 'blame-shifting')")


def _pattern(value: Any, key: str, source: str) -> None:
    if source == DEFAULT_SOURCE:
        # The packaged patterns are checked once by the tests (`test_the_default_playbook_passes_
        # every_check`); compiling some 350 of them here only to throw them away cost every
        # command about a fifth of a second at start.
        return
    try:
        compiled = compile_pattern(value)
    except re.error as error:
        raise _fail(
            source,
            key,
            f"invalid regular expression {_shown(value)}: {error.msg} at position {error.pos}",
        ) from None
    if any(m.start() == m.end() for m in compiled.finditer(_EMPTY_PROBE)):
        raise _fail(
            source, key, f"pattern {_shown(value)} can match empty text; anchor it to words"
        )


def _each(check: Check) -> Check:
    def checked(values: Any, key: str, source: str) -> None:
        for index, value in enumerate(values):
            check(value, f"{key}[{index}]", source)

    return checked


def _hhmm(value: Any, key: str, source: str) -> None:
    if not _HHMM.fullmatch(value):
        raise _fail(source, key, f'expected a time "HH:MM" (24-hour), got {_shown(value)}')


def _days(values: Any, key: str, source: str) -> None:
    for index, value in enumerate(values):
        if value not in DAYS:
            raise _fail(
                source,
                f"{key}[{index}]",
                f"{_shown(value)} is not a day; use {', '.join(DAYS)}{_suggestion(value, DAYS)}",
            )
    if not values:
        raise _fail(source, key, "needs at least one working day")
    if len(set(values)) != len(values):
        raise _fail(source, key, "lists a day twice")


def _timezone(value: Any, key: str, source: str) -> None:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        known = available_timezones()
        if not known:
            raise _fail(
                source,
                key,
                f"cannot check time zone {value!r}: no time zone database is installed "
                "(install the system 'tzdata' package, or 'pip install tzdata')",
            ) from None
        raise _fail(
            source,
            key,
            f"{_shown(value)} is not an IANA time zone such as 'Europe/London'"
            f"{_suggestion(value, known)}",
        ) from None


def _country(value: Any, key: str, source: str) -> None:
    if value and not _COUNTRY.fullmatch(value):
        raise _fail(source, key, f"expected a two-letter country code such as 'US', got {value!r}")


def _currency(value: Any, key: str, source: str) -> None:
    if not _CURRENCY.fullmatch(value):
        raise _fail(
            source, key, f"expected a three-letter currency code such as 'USD', got {value!r}"
        )


def _iso_date(value: Any, key: str, source: str) -> None:
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        raise _fail(source, key, f'expected a date "YYYY-MM-DD", got {_shown(value)}') from None


def _one_of(choices: tuple[str, ...]) -> Check:
    def checked(value: Any, key: str, source: str) -> None:
        if value not in choices:
            raise _fail(
                source,
                key,
                f"{_shown(value)} is not one of {', '.join(choices)}{_suggestion(value, choices)}",
            )

    return checked


def _between(low: float, high: float | None = None) -> Check:
    def checked(value: Any, key: str, source: str) -> None:
        if value < low or (high is not None and value > high):
            bound = f"between {low:g} and {high:g}" if high is not None else f">= {low:g}"
            raise _fail(source, key, f"must be {bound}, got {value!r}")

    return checked


def _unless_empty(check: Check) -> Check:
    """An optional setting: "" means none (TOML has no null)."""

    def checked(value: Any, key: str, source: str) -> None:
        if value != "":
            check(value, key, source)

    return checked


def _steps_of(values: Any, key: str, source: str) -> None:
    _each(_one_of(STEP_IDS))(values, key, source)


_CHECKS: dict[tuple[type, str], Check] = {
    (Playbook, "name"): _nonempty,
    (Step, "id"): _one_of(STEP_IDS),
    (Step, "title"): _nonempty,
    (Step, "patterns"): _each(_pattern),
    (Technique, "id"): _kebab,
    (Technique, "title"): _nonempty,
    (Technique, "kind"): _one_of(TECHNIQUE_KINDS),
    (Technique, "steps"): _steps_of,
    (AvoidedPhrase, "id"): _kebab,
    (AvoidedPhrase, "patterns"): _each(_pattern),
    (AvoidedPhrase, "why"): _nonempty,
    (AvoidedPhrase, "severity"): _one_of(SEVERITIES),
    (AvoidedPhrase, "step"): _unless_empty(_one_of(STEP_IDS)),
    (PolicyException, "id"): _kebab,
    (PolicyException, "patterns"): _each(_pattern),
    (EscalationPolicy, "refund_ceiling"): _between(0),
    (EscalationPolicy, "currency"): _currency,
    (EscalationPolicy, "exceptions_need_lead"): _each(_kebab),
    (EscalationPolicy, "owner"): _nonempty,
    (EscalationPolicy, "legal_owner"): _nonempty,
    (EscalationPolicy, "public_owner"): _nonempty,
    (EscalationPolicy, "heat_rising_messages"): _between(0),
    (EscalationPolicy, "escalate_at_heat"): _between(0, 5),
    (BusinessHours, "timezone"): _timezone,
    (BusinessHours, "opens"): _hhmm,
    (BusinessHours, "closes"): _hhmm,
    (BusinessHours, "cutoff"): _unless_empty(_hhmm),
    (BusinessHours, "days"): _days,
    (BusinessHours, "holidays_country"): _country,
    (BusinessHours, "closed_dates"): _each(_iso_date),
    (ReadingSettings, "call_heat_level"): _between(0, 5),
    (ReadingSettings, "pause_heat_level"): _between(0, 5),
    (ReadingSettings, "long_thread_messages"): _between(1),
    (Limits, "max_chars"): _between(1),
    (RuleSettings, "severity"): _unless_empty(_one_of(SEVERITIES)),
    (RuleSettings, "add_patterns"): _each(_pattern),
    (RuleSettings, "remove_patterns"): _each(_nonempty),
    (Thresholds, "send"): _between(0, 100),
    (Thresholds, "revise"): _between(0, 100),
    (ReviewSettings, "max_chars"): _between(0),
}

# TOML has its own time and date types; these fields take either form.
_TIME_FIELDS = {(BusinessHours, "opens"), (BusinessHours, "closes"), (BusinessHours, "cutoff")}
_DATE_FIELDS = {(BusinessHours, "closed_dates")}


# ---------------------------------------------------------------- one file's shape


@cache
def _hints(cls: type) -> dict[str, Any]:
    return get_type_hints(cls)


def _fields(cls: type) -> dict[str, Any]:
    hints = _hints(cls)
    return {
        f.name: hints[f.name] for f in dataclasses.fields(cls) if (cls, f.name) not in _NOT_IN_FILES
    }


def _item_key(key: str, item: Any, index: int) -> str:
    item_id = item.get("id") if isinstance(item, dict) else None
    return f"{key}[{item_id}]" if isinstance(item_id, str) else f"{key}[{index}]"


def _as_text(value: Any, owner: tuple[type, str]) -> Any:
    if owner in _TIME_FIELDS and isinstance(value, datetime.time):
        return value.strftime("%H:%M")
    if owner in _DATE_FIELDS and isinstance(value, list):
        return [v.isoformat() if type(v) is datetime.date else v for v in value]
    return value


def _check_value(value: Any, hint: Any, key: str, source: str) -> Any:
    """`value` from TOML checked against the model type `hint`; returns it, lightly normalised."""
    origin = get_origin(hint)
    if origin in (Union, types.UnionType):
        (inner,) = (a for a in get_args(hint) if a is not type(None))
        return _check_value(value, inner, key, source)
    if origin is tuple:
        if not isinstance(value, list):
            raise _fail(source, key, f"expected {_expected(hint)}, got {_got(value)}")
        inner = get_args(hint)[0]
        if isinstance(inner, type) and dataclasses.is_dataclass(inner):
            return _check_items(value, inner, key, source)
        return [_check_value(v, inner, f"{key}[{i}]", source) for i, v in enumerate(value)]
    if origin is dict:
        if not isinstance(value, dict):
            raise _fail(source, key, f"expected a table, got {_got(value)}")
        inner = get_args(hint)[1]
        checked = {}
        for name, item in value.items():
            _kebab(name, f"{key}.{name}", source)
            checked[name] = _check_value(item, inner, f"{key}.{name}", source)
        return checked
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        if not isinstance(value, dict):
            raise _fail(source, key, f"expected a table, got {_got(value)}")
        return _check_table(value, hint, key, source)
    matches = {
        str: isinstance(value, str),
        bool: isinstance(value, bool),
        int: isinstance(value, int) and not isinstance(value, bool),
        float: isinstance(value, int | float) and not isinstance(value, bool),
    }[hint]
    if not matches:
        raise _fail(source, key, f"expected {_expected(hint)}, got {_got(value)}")
    return value


def _check_table(table: dict[str, Any], cls: type, key: str, source: str) -> dict[str, Any]:
    fields = _fields(cls)
    allowed = set(fields) | ({"enabled"} if cls in _REMOVABLE else set())
    checked: dict[str, Any] = {}
    for name, value in table.items():
        where = f"{key}.{name}" if key else name
        if name not in allowed:
            raise _fail(source, where, f"unknown key{_suggestion(name, allowed)}")
        if name == "enabled" and name not in fields:
            if not isinstance(value, bool):
                raise _fail(source, where, f"expected a boolean, got {_got(value)}")
            checked[name] = value
            continue
        value = _as_text(value, (cls, name))
        value = _check_value(value, fields[name], where, source)
        check = _CHECKS.get((cls, name))
        if check is not None:
            check(value, where, source)
        checked[name] = value
    return checked


def _check_items(items: list[Any], cls: type, key: str, source: str) -> list[dict[str, Any]]:
    checked: list[dict[str, Any]] = []
    seen: set[str] = set()
    for index, item in enumerate(items):
        where = _item_key(key, item, index)
        if not isinstance(item, dict):
            raise _fail(source, where, f"expected a table, got {_got(item)}")
        if not isinstance(item.get("id"), str):
            problem = "missing key 'id'" if "id" not in item else "expected id to be a string"
            raise _fail(source, where, f"{problem}; every item is known by its id")
        if item["id"] in seen:
            raise _fail(source, where, "this id appears twice in the file")
        seen.add(item["id"])
        checked.append(_check_table(item, cls, where, source))
    return checked


# ---------------------------------------------------------------- merging files


def _merge(base: Any, over: Any, key: str, source: str, origin: dict[str, str]) -> Any:
    """`over` laid on `base`: tables key by key, keyed lists item by item, the rest replaced.

    `origin` records, for each key written, the file that last wrote it.
    """
    if isinstance(base, dict) and isinstance(over, dict):
        merged = dict(base)
        for name, value in over.items():
            where = f"{key}.{name}" if key else name
            merged[name] = (
                _merge(base[name], value, where, source, origin) if name in base else value
            )
            if name not in base:
                _mark(value, where, source, origin)
        return merged
    if _is_keyed(base) and _is_keyed(over):
        merged_items = list(base)
        positions = {item["id"]: i for i, item in enumerate(base)}
        for item in over:
            where = f"{key}[{item['id']}]"
            if item["id"] in positions:
                at = positions[item["id"]]
                merged_items[at] = _merge(merged_items[at], item, where, source, origin)
            elif item.get("enabled") is False:
                raise _fail(
                    source,
                    where,
                    "nothing to disable: no earlier item has this id"
                    f"{_suggestion(item['id'], positions)}",
                )
            else:
                merged_items.append(item)
                _mark(item, where, source, origin)
        return merged_items
    _mark(over, key, source, origin)
    return over


def _is_keyed(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, dict) and "id" in v for v in value)


def _mark(value: Any, key: str, source: str, origin: dict[str, str]) -> None:
    origin[key] = source
    if isinstance(value, dict):
        for name, inner in value.items():
            _mark(inner, f"{key}.{name}", source, origin)
    elif _is_keyed(value) and value:
        for item in value:
            _mark(item, f"{key}[{item['id']}]", source, origin)


# ---------------------------------------------------------------- terms in patterns

# The lists of patterns in which `{term}` placeholders are expanded.
_PATTERN_LISTS = frozenset(("patterns", "add_patterns", "remove_patterns"))


def _expand_terms(merged: dict[str, Any], origin: dict[str, str]) -> None:
    """Replace `{name}` in every pattern of the merged playbook by the term's entries, in place;
    an unknown name, or an entry or an expanded pattern that does not compile, is an error."""
    terms: dict[str, tuple[str, ...]] = {
        name: tuple(entries) for name, entries in merged.get("terms", {}).items()
    }
    for name, entries in terms.items():
        for index, entry in enumerate(entries):
            _pattern(entry, f"terms.{name}[{index}]", _origin_of(origin, f"terms.{name}"))

    def walk(value: Any, key: str) -> None:
        if isinstance(value, dict):
            for name, inner in value.items():
                where = f"{key}.{name}" if key else name
                if name in _PATTERN_LISTS and isinstance(inner, list):
                    value[name] = [
                        _expanded(p, terms, f"{where}[{i}]", origin) for i, p in enumerate(inner)
                    ]
                else:
                    walk(inner, where)
        elif isinstance(value, list):
            for index, item in enumerate(value):
                walk(item, _item_key(key, item, index))

    walk(merged, "")


def _expanded(
    pattern: Any, terms: dict[str, tuple[str, ...]], key: str, origin: dict[str, str]
) -> Any:
    if not isinstance(pattern, str) or PLACEHOLDER.search(pattern) is None:
        return pattern
    source = _origin_of(origin, key)
    try:
        result = expand(pattern, terms)
    except UnknownTerm as unknown:
        raise _fail(
            source,
            key,
            f"unknown term {{{unknown.name}}}; define it under [terms]"
            f"{_suggestion(unknown.name, terms)}",
        ) from None
    _pattern(result, key, source)
    return result


# ---------------------------------------------------------------- building the model


def _build(value: Any, hint: Any, key: str, origin: dict[str, str]) -> Any:
    origin_kind = get_origin(hint)
    if origin_kind in (Union, types.UnionType):
        inner = next(a for a in get_args(hint) if a is not type(None))
        return None if value in (None, "") else _build(value, inner, key, origin)
    if origin_kind is tuple:
        inner = get_args(hint)[0]
        if dataclasses.is_dataclass(inner):
            return tuple(
                _build(item, inner, f"{key}[{item['id']}]", origin)
                for item in value
                if item.get("enabled", True)
            )
        return tuple(value)
    if origin_kind is dict:
        inner = get_args(hint)[1]
        return {name: _build(v, inner, f"{key}.{name}", origin) for name, v in value.items()}
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        values: dict[str, Any] = {}
        for field in dataclasses.fields(hint):
            where = f"{key}.{field.name}" if key else field.name
            if field.name in value:
                values[field.name] = _build(
                    value[field.name], _hints(hint)[field.name], where, origin
                )
            elif (
                field.default is dataclasses.MISSING
                and field.default_factory is dataclasses.MISSING
            ):
                raise _fail(
                    _origin_of(origin, key), key or "(top level)", f"missing key '{field.name}'"
                )
        return hint(**values)
    return float(value) if hint is float else value


def _origin_of(origin: dict[str, str], *keys: str) -> str:
    """The file that last wrote any of `keys` (or the nearest table holding them)."""
    found: list[str] = []
    for key in keys:
        probe = key
        while probe and probe not in origin:
            probe = probe.rsplit(".", 1)[0] if "." in probe else ""
        found.append(origin.get(probe, DEFAULT_SOURCE))
    order = list(dict.fromkeys(origin.values()))
    return max(found, key=lambda s: order.index(s) if s in order else -1)


def _check_whole(playbook: Playbook, origin: dict[str, str]) -> None:
    """Checks that need the merged playbook: references between sections, ordering of times."""
    ids = tuple(step.id for step in playbook.steps)
    if sorted(ids) != sorted(STEP_IDS):
        missing = ", ".join(s for s in STEP_IDS if s not in ids)
        raise _fail(_origin_of(origin, "steps"), "steps", f"missing step(s): {missing}")
    hours = playbook.hours
    if hours.opens >= hours.closes:
        where = _origin_of(origin, "hours.opens", "hours.closes")
        raise _fail(where, "hours", f"opens ({hours.opens}) must be before closes ({hours.closes})")
    if hours.cutoff is not None and not hours.opens <= hours.cutoff <= hours.closes:
        raise _fail(
            _origin_of(origin, "hours.cutoff", "hours.opens", "hours.closes"),
            "hours.cutoff",
            f"{hours.cutoff} must lie between opens ({hours.opens}) and closes ({hours.closes})",
        )
    thresholds = playbook.review.thresholds
    if thresholds.revise > thresholds.send:
        raise _fail(
            _origin_of(origin, "review.thresholds.send", "review.thresholds.revise"),
            "review.thresholds",
            f"revise ({thresholds.revise}) must not be above send ({thresholds.send})",
        )
    declared = [e.id for e in playbook.escalation.exceptions]
    for index, exception_id in enumerate(playbook.escalation.exceptions_need_lead):
        if exception_id not in declared:
            raise _fail(
                _origin_of(origin, "escalation.exceptions_need_lead", "escalation.exceptions"),
                f"escalation.exceptions_need_lead[{index}]",
                f"{exception_id!r} is not declared in [[escalation.exceptions]]"
                f"{_suggestion(exception_id, declared)}",
            )


# ---------------------------------------------------------------- reading files


def _parse(text: str, source: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        place = re.search(r"\(at line (\d+), column (\d+)\)", message)
        where = f"line {place[1]}, column {place[2]}" if place else "end of file"
        reason = re.sub(r"\s*\(at (?:line \d+, column \d+|end of document)\)", "", message)
        raise PlaybookError(f"{source}: {where}: not valid TOML: {reason}") from None


def _read(path: Path) -> str:
    if not path.exists():
        raise PlaybookError(f"{path}: playbook file not found")
    if path.is_dir():
        raise PlaybookError(f"{path}: is a directory; give the playbook's TOML file")
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise PlaybookError(f"{path}: is not UTF-8 text; save the playbook as UTF-8") from None
    except OSError as error:
        raise PlaybookError(f"{path}: cannot be read: {error.strerror}") from None


def _layers(layers: list[tuple[str, str]]) -> Playbook:
    """Parse, check, merge and build: `layers` are (text, source) pairs, default first."""
    merged: dict[str, Any] = {}
    origin: dict[str, str] = {}
    for text, source in layers:
        checked = _check_table(_parse(text, source), Playbook, "", source)
        merged = _merge(merged, checked, "", source, origin)
    _expand_terms(merged, origin)
    built: Playbook = _build(merged, Playbook, "", origin)
    playbook = dataclasses.replace(built, source=tuple(source for _, source in layers))
    _check_whole(playbook, origin)
    return playbook


@cache
def _default_text() -> str:
    return resources.files("calmdesk.playbook").joinpath("default.toml").read_text("utf-8")


@cache
def default_playbook() -> Playbook:
    """The packaged default playbook (built once, then shared).

    >>> default_playbook().step("clarify").title
    'Clarify the concern'
    """
    return _layers([(_default_text(), DEFAULT_SOURCE)])


def playbook_from_toml(text: str, source: str) -> Playbook:
    """The default merged with a team's TOML given as text; `source` names it in errors.

    >>> playbook = playbook_from_toml("[escalation]\\nrefund_ceiling = 100", "mine.toml")
    >>> playbook.escalation.refund_ceiling
    100.0
    """
    return _layers([(_default_text(), DEFAULT_SOURCE), (text, source)])


def find_playbook_file(start_dir: Path) -> Path | None:
    """The nearest `calmdesk.toml` in `start_dir` or a folder above it, or None.

    >>> find_playbook_file(Path("/tmp/team/project"))  # doctest: +SKIP
    PosixPath('/tmp/team/calmdesk.toml')
    """
    here = start_dir.resolve()
    for folder in (here, *here.parents):
        candidate = folder / PLAYBOOK_FILE_NAME
        if candidate.is_file():
            return candidate
    return None


def load_playbook(path: Path | None = None, start_dir: Path | None = None) -> Playbook:
    """The playbook to use: the default merged with `path`, or with the nearest `calmdesk.toml`.

    With no `path`, looks for `calmdesk.toml` from `start_dir` (default: the working directory)
    upward; when there is none, returns the default. Raises `PlaybookError` for a bad file.

    >>> load_playbook(start_dir=Path("/")).name
    'calmdesk default'
    """
    if path is None:
        path = find_playbook_file(start_dir if start_dir is not None else Path.cwd())
        if path is None:
            return default_playbook()
    return playbook_from_toml(_read(path), str(path))
