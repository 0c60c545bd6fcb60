"""Reading a thread file into messages: JSON lines or a plain transcript.

JSON lines: one object a line, `{"role": "client", "text": "...", "sent_at": "2026-11-24T10:00"}`
with optional `channel` (email, chat, call, sms, social) and `timezone` (an IANA name for a
`sent_at` without an offset). Other keys are ignored, so exports can carry their own ids.

Transcript: each message starts on a line with `Client:` or `Rep:`, optionally with a channel
and a time in round brackets after the role ("Rep (chat, 2026-11-24 10:20):") or a time in square
brackets before or after it; the message runs to the next such line, blank lines and all:

    Timezone: Europe/London
    Channel: email

    [2026-11-24 10:00] Client: My order never came.
    It was due on Monday.
    Rep (chat) [2026-11-24 10:20]: I'm sorry, let me check with the courier now.

`Timezone:` and `Channel:` lines (and `#` comments) may only come before the first message. A
time is ISO 8601 (`2026-11-24 10:00`, `2026-11-24T10:00:00+01:00`, `...Z`), optionally followed
by a zone name (`2026-11-24 10:00 Europe/Paris`). A time without an offset is in the named zone,
else the file's `Timezone:`, else the zone given by the caller (the CLI passes the playbook's),
else it stays naive. A local time that a clock change skips raises an error; one that happens
twice is taken the first time.

>>> [(m.role, m.text) for m in parse_thread("Client: Where is it?\\nRep: On its way.")]
[('client', 'Where is it?'), ('rep', 'On its way.')]
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from calmdesk.errors import InputError
from calmdesk.message import CHANNELS, ROLES, Message

FORMATS = ("auto", "jsonl", "transcript")
_START = re.compile(
    r"""^[ \t]*(?:\[(?P<before>[^\]\n]*)\][ \t]*)?
    (?P<role>client|rep)\b[ \t]*
    (?:\((?P<channel>[^)\n]*)\)[ \t]*)?
    (?:\[(?P<after>[^\]\n]*)\][ \t]*)?
    :[ \t]?(?P<text>.*)$""",
    re.IGNORECASE | re.VERBOSE,
)
_HEADER = re.compile(
    r"^[ \t]*(?P<key>timezone|time zone|channel)[ \t]*:[ \t]*(?P<value>.*?)\s*$", re.IGNORECASE
)
_ZONE_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_+\-]*(?:/[A-Za-z0-9_+\-]+)+|UTC|GMT")


def parse_thread(
    text: str, *, timezone: str | None = None, source: str = "thread", kind: str = "auto"
) -> tuple[Message, ...]:
    """The messages of a thread file, oldest first; `kind` is one of `FORMATS`.

    Raises `InputError` naming `source` and the line for anything malformed, and for a thread
    without any message.
    """
    if kind not in FORMATS:
        raise InputError(f"Unknown thread format '{kind}'; use one of {', '.join(FORMATS)}.")
    default_zone = zone_named(timezone, f"{source}: the time zone given") if timezone else None
    if kind == "auto":
        first = next((line.strip() for line in text.splitlines() if line.strip()), "")
        kind = "jsonl" if first.startswith("{") else "transcript"
    messages = (
        _json_lines(text, default_zone, source)
        if kind == "jsonl"
        else _transcript(text, default_zone, source)
    )
    if not messages:
        raise InputError(
            f"{source} has no messages; write one JSON object a line, or start each message "
            "with 'Client:' or 'Rep:'."
        )
    return messages


def zone_named(name: str, where: str) -> ZoneInfo:
    """The zone with this IANA name; `InputError` saying `where` it came from otherwise."""
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise InputError(
            f"{where}: unknown time zone '{name}'; use an IANA name such as 'Europe/London' or "
            "'America/New_York'."
        ) from None


def parse_time(value: str, zone: ZoneInfo | None, where: str) -> datetime:
    """An ISO 8601 time, optionally followed by a zone name; naive times are put in `zone`.

    >>> parse_time("2026-11-24 10:00 Europe/Paris", None, "line 1").isoformat()
    '2026-11-24T10:00:00+01:00'
    """
    words = value.strip().rsplit(None, 1)
    if len(words) == 2 and _ZONE_NAME.fullmatch(words[1]):
        zone = zone_named(words[1], where)
        value = words[0]
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise InputError(
            f"{where}: '{value.strip()}' is not a time; write ISO 8601 such as 2026-11-24 10:00 "
            "or 2026-11-24T10:00:00+01:00."
        ) from None
    if moment.tzinfo is not None or zone is None:
        return moment
    local = moment.replace(tzinfo=zone)
    if local.astimezone(UTC).astimezone(zone).replace(tzinfo=None) != moment:
        raise InputError(
            f"{where}: {moment:%Y-%m-%d %H:%M} does not exist in {zone.key} (the clocks skip "
            "it); give the time with its offset, such as +01:00."
        )
    return local


def _channel(value: object, where: str) -> str:
    if not isinstance(value, str) or value.strip().lower() not in CHANNELS:
        raise InputError(f"{where}: channel {value!r} is not one of {', '.join(CHANNELS)}.")
    return value.strip().lower()


def _json_lines(text: str, zone: ZoneInfo | None, source: str) -> tuple[Message, ...]:
    messages = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}, line {number}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputError(f"{where}: not valid JSON ({error.msg}).") from None
        if not isinstance(data, dict):
            raise InputError(f"{where}: expected a JSON object with 'role' and 'text'.")
        role = data.get("role")
        if not isinstance(role, str) or role.strip().lower() not in ROLES:
            raise InputError(f"{where}: 'role' must be 'client' or 'rep', got {role!r}.")
        body = data.get("text")
        if not isinstance(body, str) or not body.strip():
            raise InputError(f"{where}: 'text' must be a non-empty string.")
        own_zone = zone
        if data.get("timezone") is not None:
            if not isinstance(data["timezone"], str):
                raise InputError(f"{where}: 'timezone' must be a string such as 'Europe/Paris'.")
            own_zone = zone_named(data["timezone"], where)
        sent = data.get("sent_at")
        if sent is not None and not isinstance(sent, str):
            raise InputError(f"{where}: 'sent_at' must be an ISO 8601 string or null.")
        messages.append(
            Message(
                body,
                role.strip().lower(),
                _channel(data["channel"], where) if data.get("channel") is not None else "email",
                parse_time(sent, own_zone, where) if sent else None,
            )
        )
    return tuple(messages)


def _in_brackets(value: str, where: str) -> tuple[str | None, str | None]:
    """The channel and the time in "Rep (chat)", "Client (2026-11-24 10:00)" or
    "Rep (email, 2026-11-24 10:00)"."""
    named: str | None = None
    stamp: str | None = None
    for part in (p.strip() for p in value.split(",")):
        if part[:1].isdigit() and stamp is None:
            stamp = part
        elif part and named is None:
            named = _channel(part, where)
        elif part:
            raise InputError(f"{where}: expected a channel and a time in brackets, got ({value}).")
    return named, stamp


def _transcript(text: str, zone: ZoneInfo | None, source: str) -> tuple[Message, ...]:
    channel = "email"
    found: list[tuple[int, str, str, datetime | None, list[str]]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        where = f"{source}, line {number}"
        start = _START.match(line)
        if start is not None:
            stamps = [s for s in (start["before"], start["after"]) if s is not None]
            own_channel = channel
            if start["channel"]:
                named, stamp = _in_brackets(start["channel"], where)
                own_channel = named or channel
                stamps += [stamp] if stamp else []
            if len(stamps) > 1:
                raise InputError(f"{where}: give the time once, before or after the role.")
            sent = parse_time(stamps[0], zone, where) if stamps else None
            role = start["role"].lower()
            found.append((number, role, own_channel, sent, [start["text"]]))
            continue
        if found:
            found[-1][4].append(line)
            continue
        header = _HEADER.match(line)
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if header is None:
            raise InputError(
                f"{where}: expected a message starting with 'Client:' or 'Rep:' (optionally "
                f"with a [time]), got '{line.strip()[:60]}'."
            )
        if header["key"].lower() == "channel":
            channel = _channel(header["value"], where)
        else:
            zone = zone_named(header["value"], where)
    messages = []
    for number, role, own_channel, sent, lines in found:
        body = "\n".join(lines).strip()
        if not body:
            raise InputError(f"{source}, line {number}: the {role} message has no text.")
        messages.append(Message(body, role, own_channel, sent))
    return tuple(messages)
