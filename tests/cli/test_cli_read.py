"""The `calmdesk` command as a user runs it: the real console script in a subprocess."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

CALMDESK = shutil.which("calmdesk") or str(Path(sys.executable).parent / "calmdesk")


def run(
    *args: str, stdin: bytes | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    completed = subprocess.run(
        [CALMDESK, *args],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        timeout=60,
        check=False,
    )
    return subprocess.CompletedProcess(
        completed.args,
        completed.returncode,
        completed.stdout.decode("utf-8", "replace"),
        completed.stderr.decode("utf-8", "replace"),
    )


def test_no_arguments_reads_the_bundled_example() -> None:
    result = run()
    assert result.returncode == 0, result.stderr
    assert "heat:" in result.stdout
    assert "manager_request" in result.stdout


def test_read_json_from_stdin_is_the_serialised_reading() -> None:
    result = run("read", "-", "--format", "json", stdin=b"Where is order 7781? I want a refund.")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["in_scope"] is True
    assert "refund" in [a["name"] for a in data["asks"]]
    for ask in data["asks"]:
        assert data["text"][ask["span"]["start"] : ask["span"]["end"]] == ask["span"]["text"]


def test_read_a_file(tmp_path: Path) -> None:
    message = tmp_path / "message.txt"
    message.write_text("The parcel is LATE again!!! Third time I'm asking.", encoding="utf-8")
    result = run("read", str(message))
    assert result.returncode == 0, result.stderr
    assert "repeat_contact" in result.stdout


@pytest.mark.parametrize(
    ("stdin", "expected"),
    [
        (b"", "empty"),
        (b"\x00\x01\x02\x03binary", "binary"),
    ],
)
def test_bad_input_is_a_clear_error_not_a_traceback(stdin: bytes, expected: str) -> None:
    result = run("read", "-", stdin=stdin)
    assert result.returncode == 2
    assert expected in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_file_is_a_clear_error() -> None:
    result = run("read", "/no/such/file.txt")
    assert result.returncode == 2
    assert "No such file" in result.stderr


def test_invalid_utf8_file_is_read_with_a_note(tmp_path: Path) -> None:
    message = tmp_path / "latin1.txt"
    message.write_bytes("Le caf\xe9 order is late, I want a refund.".encode("latin-1"))
    result = run("read", str(message), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert any("UTF-8" in note for note in json.loads(result.stdout)["notes"])


def test_a_broken_team_playbook_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "calmdesk.toml").write_text("[hours]\ntimezone = 'Mars/Olympus'\n", "utf-8")
    result = run("read", "-", stdin=b"Where is my order?", cwd=tmp_path)
    assert result.returncode == 2
    assert "calmdesk.toml" in result.stderr
    assert "timezone" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_format_is_a_usage_error() -> None:
    result = run("read", "-", "--format", "xml", stdin=b"hello")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_python_dash_m_runs_the_same_command() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "calmdesk", "read", "-", "--format", "json"],
        input=b"Order 4411 is two weeks late and I want a refund.",
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert [ask["name"] for ask in json.loads(completed.stdout)["asks"]] == ["refund"]


def test_a_date_without_a_year_reads_as_a_date_in_text_and_stays_iso_in_json() -> None:
    message = b"I was charged on November 3rd and nothing has arrived."
    text = run("read", "-", stdin=message)
    assert text.returncode == 0, text.stderr
    assert "date=3 Nov" in text.stdout and "--11-03" not in text.stdout
    data = json.loads(run("read", "-", "--format", "json", stdin=message).stdout)
    assert "--11-03" in [e["value"] for e in data["entities"] if e["kind"] == "date"]
