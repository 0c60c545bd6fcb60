"""`calmdesk compose` and `calmdesk eval compose`, in-process through the CLI's `main`."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from calmdesk.cli import main
from calmdesk.compose import Draft
from calmdesk.serialise import load
from tests.compose.fake_chat_server import Canned, fake_chat
from tests.compose.test_llm import GOOD

MESSAGE = (
    "Order 3390 was due with DHL on Monday and it still isn't here. Please call me, this is "
    "urgent.\n\nThanks,\nOmar Haddad"
)


@dataclass(frozen=True)
class Done:
    code: int
    out: str
    err: str


def run(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    *args: str,
    stdin: str = "",
) -> Done:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8"))))
    monkeypatch.setenv("COLUMNS", "200")
    code = 0
    try:
        main(list(args))
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
    out, err = capsys.readouterr()
    return Done(code, out, err)


@pytest.fixture()
def message_file(tmp_path: Path) -> Path:
    path = tmp_path / "client.txt"
    path.write_text(MESSAGE, encoding="utf-8")
    return path


def test_text_output_labels_the_parts_and_ends_with_the_review(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, message_file: Path
) -> None:
    done = run(capsys, monkeypatch, "compose", str(message_file), "--seed", "2")
    assert done.code == 0, done.err
    for label in ("greeting", "acknowledge", "clarify", "align", "solve", "expect", "close"):
        assert f"{label} \u2502" in done.out
    assert "Omar" in done.out and "3390" in done.out and "DHL" in done.out
    assert "review send" in done.out and "score 100/100" in done.out


def test_json_output_is_the_serialised_draft_and_review(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    done = run(
        capsys, monkeypatch, "compose", "-", "--format", "json", "--seed", "5", stdin=MESSAGE
    )
    assert done.code == 0, done.err
    data = json.loads(done.out)
    draft = load(Draft, data["draft"])
    assert draft.seed == 5 and draft.backend == "template"
    assert data["review"]["verdict"] == "send"
    again = run(
        capsys, monkeypatch, "compose", "-", "--format", "json", "--seed", "5", stdin=MESSAGE
    )
    assert json.loads(again.out)["draft"] == data["draft"]


def test_a_context_file_sets_the_time_the_rep_and_facts_to_fill(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    message_file: Path,
    tmp_path: Path,
) -> None:
    context = tmp_path / "context.json"
    context.write_text(
        json.dumps(
            {
                "now": "2026-11-28T22:15:00-05:00",
                "rep_name": "Jo Park",
                "facts": {"tracking_number": None},
            }
        ),
        encoding="utf-8",
    )
    done = run(capsys, monkeypatch, "compose", str(message_file), "--context", str(context))
    assert done.code == 0, done.err
    assert "Jo Park" in done.out
    assert "on Monday 30 November (New York time)" in done.out
    assert "{tracking_number}" in done.out and "to fill tracking_number" in done.out
    assert "unfilled-placeholder" in done.out


def test_now_on_the_command_line_sets_when_the_reply_goes_out(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, message_file: Path
) -> None:
    done = run(capsys, monkeypatch, "compose", str(message_file), "--now", "2026-11-28T22:15")
    assert done.code == 0, done.err
    assert "on Monday 30 November (New York time)" in done.out  # a Saturday night: Monday
    bad = run(capsys, monkeypatch, "compose", str(message_file), "--now", "next tuesday")
    assert bad.code == 2 and "--now 'next tuesday' is not a date-time" in bad.err


@pytest.mark.parametrize(
    ("context", "expected"),
    [
        ("[1, 2]", "must be a JSON object"),
        ('{"now": "next tuesday"}', "ISO 8601"),
        ('{"when": "2026-11-28"}', "Unknown context field 'when'"),
        ("{not json", "not valid JSON"),
    ],
)
def test_a_bad_context_file_is_a_clear_error(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    message_file: Path,
    tmp_path: Path,
    context: str,
    expected: str,
) -> None:
    path = tmp_path / "context.json"
    path.write_text(context, encoding="utf-8")
    done = run(capsys, monkeypatch, "compose", str(message_file), "--context", str(path))
    assert done.code == 2
    assert expected in done.err and "Traceback" not in done.err


def test_the_llm_backend_needs_an_endpoint(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, message_file: Path
) -> None:
    monkeypatch.delenv("CALMDESK_LLM_URL", raising=False)
    monkeypatch.delenv("CALMDESK_LLM_MODEL", raising=False)
    done = run(capsys, monkeypatch, "compose", str(message_file), "--backend", "llm")
    assert done.code == 2 and "--llm-url" in done.err


def test_the_llm_backend_through_the_cli_against_the_fake_server(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, message_file: Path
) -> None:
    monkeypatch.delenv("CALMDESK_LLM_KEY", raising=False)
    with fake_chat(Canned(GOOD.replace("Rosa", "Omar"))) as server:
        done = run(
            capsys,
            monkeypatch,
            "compose",
            str(message_file),
            "--backend",
            "llm",
            "--llm-url",
            server.url,
            "--llm-model",
            "fake",
            "--format",
            "json",
        )
    assert done.code == 0, done.err
    data = json.loads(done.out)
    assert data["draft"]["backend"] == "llm"
    assert data["draft"]["text"].startswith("Hi Omar,")
    assert data["review"]["verdict"] == "send"
    assert "Authorization" not in server.headers[0]


def test_a_server_that_is_down_is_a_note_not_a_traceback(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, message_file: Path
) -> None:
    monkeypatch.setenv("CALMDESK_LLM_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("CALMDESK_LLM_MODEL", "fake")
    done = run(capsys, monkeypatch, "compose", str(message_file), "--backend", "llm")
    assert done.code == 0, done.err
    assert "template used" in done.out and "backend template" in done.out


def test_eval_compose_reports_the_send_rate_on_a_file_of_our_own(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    rows = [
        {"text": MESSAGE},
        {"client": "The invoice you sent me lists a charge I never agreed to."},
        {"text": "my headphones broke after two days, not happy"},
        {"text": "   "},
    ]
    data = tmp_path / "messages.jsonl"
    data.write_text("\n".join(json.dumps(row) for row in rows) + "\n", encoding="utf-8")
    done = run(capsys, monkeypatch, "eval", "compose", "--data", str(data))
    assert done.code == 0, done.err
    metrics = json.loads(done.out)
    assert metrics["task"] == "compose" and metrics["n"] == 3
    assert metrics["send_rate"] == 1.0 and metrics["coverage"]["refused"] == 1
    assert metrics["verdicts"] == {"send": 3, "revise": 0, "rewrite": 0}
