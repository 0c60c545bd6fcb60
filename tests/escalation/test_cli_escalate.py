"""`calmdesk escalate` on the command line: Markdown, JSON, clear errors with exit status 2."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from calmdesk.cli import main
from calmdesk.escalation import Escalation
from calmdesk.serialise import load

ROOT = Path(__file__).resolve().parents[2]

TRANSCRIPT = """\
Timezone: America/New_York

[2026-11-24 09:00] Client: Order 4411 arrived broken. I paid $1,240 for it.
Rep [2026-11-24 09:20]: I'm so sorry. I'll update you by 3 pm today.
[2026-11-24 16:00] Client: Nobody updated me. I want my money back. Get me your manager.
"""


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as stopped:
        main(argv)
    captured = capsys.readouterr()
    code = stopped.value.code
    return (code if isinstance(code, int) else 0), captured.out, captured.err


@pytest.fixture()
def transcript(tmp_path: Path) -> Path:
    path = tmp_path / "thread.txt"
    path.write_text(TRANSCRIPT, encoding="utf-8")
    return path


def test_text_output_is_the_markdown_handoff(
    transcript: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(["escalate", str(transcript), "--now", "2026-11-24T16:05"], capsys)
    assert code == 0
    assert out.startswith("# Handoff: escalation required · owner: team lead")
    assert "**manager_request** (required), #3: “Get me your manager”" in out
    assert "**overdue**" in out
    assert "10:30 am tomorrow" in out  # two working hours after 16:05, past the 17:00 close


def test_json_output_loads_back_into_an_escalation(
    transcript: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(["escalate", str(transcript), "--format", "json"], capsys)
    assert code == 0
    result = load(Escalation, json.loads(out))
    assert result.decision == "required"
    assert {r.kind for r in result.reasons} >= {"manager_request", "refund_above_ceiling"}
    # Without --now the thread is judged at its newest message (16:00): the 3 pm update is late.
    assert result.reply_by is not None
    assert result.reply_by.isoformat().startswith("2026-11-25T10:")
    assert [p.overdue for p in result.handoff.promised] == [True]


def test_a_thread_without_times_is_judged_at_no_particular_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    thread = tmp_path / "untimed.txt"
    thread.write_text("Client: Where is my order?\nRep: I'll update you by 3 pm today.\n")
    code, out, _ = run(["escalate", str(thread), "--format", "json"], capsys)
    assert code == 0
    result = load(Escalation, json.loads(out))
    assert result.reply_by is None
    assert [p.overdue for p in result.handoff.promised] == [False]


def test_round_brackets_may_hold_the_channel_and_the_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    thread = tmp_path / "brackets.txt"
    thread.write_text(
        "Client (2026-11-24 09:00): Where is my order?\n"
        "Rep (chat, 2026-11-24 09:20): I'll update you by 3 pm today.\n"
    )
    code, out, _ = run(["escalate", str(thread), "--format", "json"], capsys)
    assert code == 0
    result = load(Escalation, json.loads(out))
    assert [(e.role, e.channel) for e in result.handoff.timeline] == [
        ("client", "email"),
        ("rep", "chat"),
    ]
    assert result.handoff.timeline[1].sent_at is not None
    assert result.handoff.timeline[1].sent_at.isoformat().startswith("2026-11-24T09:20")


def test_round_brackets_with_an_unknown_channel_are_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    thread = tmp_path / "bad.txt"
    thread.write_text("Client (pigeon): Where is my order?\n")
    code, _, err = run(["escalate", str(thread)], capsys)
    assert code == 2
    assert "line 1: channel 'pigeon' is not one of" in err


def test_json_lines_thread_from_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "thread.jsonl"
    path.write_text(
        json.dumps({"role": "client", "text": "Could you tell me when my order ships?"}) + "\n",
        encoding="utf-8",
    )
    code, out, _ = run(["escalate", str(path), "--format", "json"], capsys)
    assert code == 0
    assert json.loads(out)["decision"] == "none"


@pytest.mark.parametrize(
    ("content", "args", "message"),
    [
        ("", [], "has no messages"),
        ("Rep: Just checking in.\n", [], "only rep messages"),
        ("Client: Hi\nnot json\n", ["--thread-format", "jsonl"], "line 1: not valid JSON"),
        ("Client: Hi\n", ["--timezone", "Moon/Base"], "unknown time zone 'Moon/Base'"),
        ("Client: Hi\n", ["--now", "teatime"], "'teatime' is not a time"),
    ],
)
def test_bad_input_exits_2_with_a_clear_message(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: str,
    args: list[str],
    message: str,
) -> None:
    path = tmp_path / "thread.txt"
    path.write_text(content, encoding="utf-8")
    code, out, err = run(["escalate", str(path), *args], capsys)
    assert code == 2
    assert message in " ".join(err.split())
    assert "Traceback" not in err and out == ""


def test_missing_file_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["escalate", "no-such-thread.txt"], capsys)
    assert (code, "No such file" in err) == (2, True)


def test_real_console_script(transcript: Path) -> None:
    done = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "calmdesk"), "escalate", str(transcript), "--format", "json"],
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode()
    assert json.loads(done.stdout)["handoff"]["owner"] == "team lead"
