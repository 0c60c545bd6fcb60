"""Thread files: JSON lines and transcripts, and errors that name the line."""

from __future__ import annotations

import json
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from calmdesk.errors import InputError
from calmdesk.escalation.threads import parse_thread, parse_time

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")

TRANSCRIPT = """\
# exported from the help desk
Timezone: Europe/London
Channel: chat

[2026-11-24 10:00] Client: My order never came.

It was due on Monday.
Rep (email) [2026-11-24 10:20]: I'm sorry, I'll check with the courier now.
client: Thanks.
"""


def test_transcript_messages_with_times_channels_and_paragraphs() -> None:
    first, second, third = parse_thread(TRANSCRIPT)
    assert (first.role, first.channel, first.text) == (
        "client",
        "chat",
        "My order never came.\n\nIt was due on Monday.",
    )
    assert first.sent_at == datetime(2026, 11, 24, 10, 0, tzinfo=LONDON)
    assert (second.role, second.channel, second.sent_at) == (
        "rep",
        "email",
        datetime(2026, 11, 24, 10, 20, tzinfo=LONDON),
    )
    assert (third.role, third.text, third.sent_at) == ("client", "Thanks.", None)


def test_transcript_naive_times_use_the_callers_zone_without_a_header() -> None:
    [message] = parse_thread("[2026-11-24 10:00] Client: Hello", timezone="America/New_York")
    assert message.sent_at == datetime(2026, 11, 24, 10, 0, tzinfo=NEW_YORK)


def test_times_with_offsets_or_zone_names_keep_them() -> None:
    assert parse_time("2026-11-24T10:00:00+01:00", NEW_YORK, "x").utcoffset() is not None
    paris = parse_time("2026-11-24 10:00 Europe/Paris", NEW_YORK, "x")
    assert paris.isoformat() == "2026-11-24T10:00:00+01:00"


def test_json_lines() -> None:
    lines = [
        {"role": "client", "text": "Where is order 4411?", "sent_at": "2026-11-24T10:00:00Z"},
        {"role": "rep", "text": "Checking now.", "channel": "chat", "ticket": 7},
        {
            "role": "client",
            "text": "Ok.",
            "sent_at": "2026-11-24 11:00",
            "timezone": "Europe/London",
        },
    ]
    first, second, third = parse_thread("\n".join(json.dumps(x) for x in lines) + "\n\n")
    assert first.sent_at is not None and first.sent_at.utcoffset() is not None
    assert (second.channel, second.sent_at) == ("chat", None)
    assert third.sent_at == datetime(2026, 11, 24, 11, 0, tzinfo=LONDON)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"role": "client", "text": "Hi"}\n{"role": "client", "text": "Hi"', "line 2: not valid"),
        ('{"role": "client", "text": "Hi"}\n["client", "Hi"]', "line 2: expected a JSON object"),
        ('{"role": "boss", "text": "Hi"}', "line 1: 'role' must be"),
        ('{"role": "client", "text": "  "}', "line 1: 'text' must be a non-empty"),
        ('{"role": "client", "text": "Hi", "channel": "fax"}', "line 1: channel 'fax'"),
        ('{"role": "client", "text": "Hi", "sent_at": "soon"}', "line 1: 'soon' is not a time"),
        ('{"role": "client", "text": "Hi", "sent_at": 5}', "line 1: 'sent_at' must be"),
        (
            '{"role": "client", "text": "Hi", "sent_at": "2026-11-24 10:00", '
            '"timezone": "Mars/Olympus"}',
            "line 1: unknown time zone 'Mars/Olympus'",
        ),
    ],
)
def test_malformed_json_lines_name_the_line(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_thread(text, source="t.jsonl")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Hello there\nClient: Hi", "line 1: expected a message starting with 'Client:'"),
        ("Client: Hi\nRep:\n\nClient: Again", "line 2: the rep message has no text"),
        ("[yesterday] Client: Hi", "line 1: 'yesterday' is not a time"),
        ("[2026-11-24 10:00 Mars/Olympus] Client: Hi", "line 1: unknown time zone"),
        ("Timezone: Atlantis/Central\nClient: Hi", "line 1: unknown time zone 'Atlantis/Central'"),
        ("Channel: pigeon\nClient: Hi", "line 1: channel 'pigeon'"),
        ("[2026-11-24 10:00] Client [2026-11-24 10:05]: Hi", "line 1: give the time once"),
        ("Client (fax): Hi", "line 1: channel 'fax'"),
    ],
)
def test_malformed_transcripts_name_the_line(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_thread(text, source="t.txt")


def test_a_skipped_local_time_is_refused_with_a_hint() -> None:
    # 2:30 am on 8 March 2026 never happens in New York: the clocks jump from 2:00 to 3:00.
    with pytest.raises(InputError, match="does not exist in America/New_York"):
        parse_thread("[2026-03-08 02:30] Client: Hi", timezone="America/New_York")


def test_a_repeated_local_time_is_taken_the_first_time() -> None:
    [message] = parse_thread("[2026-11-01 01:30] Client: Hi", timezone="America/New_York")
    assert message.sent_at is not None and message.sent_at.utcoffset() == NEW_YORK.utcoffset(
        datetime(2026, 10, 31)
    )


@pytest.mark.parametrize("text", ["", "\n\n   \n", "# only a comment\nTimezone: UTC\n"])
def test_empty_threads_are_refused(text: str) -> None:
    with pytest.raises(InputError, match="has no messages"):
        parse_thread(text, source="empty.txt")


def test_unknown_zone_from_the_caller_is_refused() -> None:
    with pytest.raises(InputError, match="unknown time zone 'Nowhere/Land'"):
        parse_thread("Client: Hi", timezone="Nowhere/Land")
