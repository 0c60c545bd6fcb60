"""`calmdesk review` and `calmdesk rules`: in-process through the CLI's `main`, and once as the
real console script (a subprocess costs seconds of start-up, so only one test pays for it)."""

from __future__ import annotations

import io
import json
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from calmdesk.cli import main

CALMDESK = Path(__file__).resolve().parents[2] / ".venv" / "bin" / "calmdesk"


@dataclass(frozen=True)
class Done:
    returncode: int
    stdout: str
    stderr: str


def run(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    *args: str,
    stdin: str = "",
) -> Done:
    """Run the CLI in this process, as the console script would, and collect what it printed."""
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8"))))
    code = 0
    try:
        main(list(args))
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
    out, err = capsys.readouterr()
    return Done(code, out, err)


@pytest.mark.slow
def test_the_console_script_reviews_a_file_and_fails_on_error(tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text("That's on the courier. Hopefully that works.", encoding="utf-8")
    done = subprocess.run(
        [str(CALMDESK), "review", str(draft)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 1
    assert "blame-shifting" in done.stdout and "weak-close" in done.stdout
    assert "steps" in done.stdout and "rewrite" in done.stdout


def test_json_from_stdin_and_fail_on_levels(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    done = run(
        capsys, monkeypatch, "review", "-", "--format", "json", stdin="Hopefully that works."
    )
    assert done.returncode == 0  # only a warning; the default --fail-on is error
    data = json.loads(done.stdout)
    assert [f["rule"] for f in data["findings"]] == ["weak-close"]
    assert data["verdict"] in ("revise", "rewrite")
    strict = run(
        capsys, monkeypatch, "review", "-", "--fail-on", "warning", stdin="Hopefully that works."
    )
    assert strict.returncode == 1


def test_github_annotations(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = tmp_path / "reply.txt"
    draft.write_text("Hello.\nThere is nothing more we can do.", encoding="utf-8")
    done = run(capsys, monkeypatch, "review", str(draft), "--format", "github")
    assert done.returncode == 1
    line = next(x for x in done.stdout.splitlines() if "deflection" in x)
    assert line.startswith(f"::error file={draft},line=2,col=10,")


def test_usage_errors_exit_2_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = run(capsys, monkeypatch, "review", str(tmp_path / "nope.txt"))
    assert missing.returncode == 2 and "No such file" in missing.stderr
    assert run(capsys, monkeypatch, "review", "-", "--format", "yaml", stdin="hi").returncode == 2
    big = tmp_path / "big.txt"
    big.write_text("word " * 60_000, encoding="utf-8")
    refused = run(capsys, monkeypatch, "review", str(big))
    assert refused.returncode == 2 and "limit" in refused.stderr
    assert "Traceback" not in refused.stderr + missing.stderr
    # An empty reply must not pass a gate: it is bad input, not a clean review.
    for empty in ("", "   \n\n", "\u200b\n"):
        done = run(capsys, monkeypatch, "review", "-", "--format", "github", stdin=empty)
        assert done.returncode == 2 and "nothing to review" in done.stderr, empty


def test_rules_lists_and_explains(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    listing = run(capsys, monkeypatch, "rules")
    assert listing.returncode == 0 and "deflection" in listing.stdout
    assert "talking-down" in listing.stdout
    page = run(capsys, monkeypatch, "rules", "vague-timeline")
    assert page.returncode == 0 and "Why is this bad?" in page.stdout
    unknown = run(capsys, monkeypatch, "rules", "vague-timelin")
    assert unknown.returncode == 2 and "vague-timeline" in unknown.stderr


def test_team_playbook_switches_a_rule_off(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    team = tmp_path / "team.toml"
    team.write_text("[review.rules.deflection]\nenabled = false\n", encoding="utf-8")
    done = run(
        capsys, monkeypatch, "review", "-", "--playbook", str(team), stdin="Nothing more I can do."
    )
    assert done.returncode == 0
