"""Each command imports what it needs: `calmdesk --help` loads no engine, `read` no review."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

# Runs the command line in a fresh interpreter, then prints the modules it had loaded.
PROBE = """
import sys
from calmdesk.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print("\\n".join(sorted(sys.modules)))
"""
EXAMPLE = str(Path(__file__).parents[2] / "src" / "calmdesk" / "examples" / "angry_email.txt")
ENGINES = (
    "calmdesk.reading.reader",
    "calmdesk.review.review",
    "calmdesk.review.rules",
    "calmdesk.compose",
    "calmdesk.escalation",
    "calmdesk.commitments",
    "calmdesk.evaluation",
)


def loaded(*args: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return set(done.stdout.split())


def engines_in(modules: set[str]) -> set[str]:
    return {e for e in ENGINES if any(m == e or m.startswith(e + ".") for m in modules)}


def test_help_loads_no_engine_and_still_lists_every_command() -> None:
    modules = loaded("--help")
    assert engines_in(modules) == set()
    assert {m for m in modules if m.startswith("calmdesk.")} <= {
        "calmdesk.errors",
        *(m for m in modules if m.startswith("calmdesk.cli")),
    }
    help_text = subprocess.run(
        [sys.executable, "-m", "calmdesk", "--help"], capture_output=True, text=True, check=True
    ).stdout
    for command in ("read", "eval", "commitments", "review", "rules", "escalate", "compose"):
        assert f" {command} " in help_text


def test_read_as_json_loads_the_reader_only_and_no_rich() -> None:
    modules = loaded("read", EXAMPLE, "--format", "json")
    assert engines_in(modules) == {"calmdesk.reading.reader"}
    assert not any(m == "rich" or m.startswith("rich.") for m in modules)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("read", EXAMPLE), {"calmdesk.reading.reader"}),
        # The review package comes whole (`calmdesk.review.review` with it); its patterns wait.
        (("rules",), {"calmdesk.review.review", "calmdesk.review.rules"}),
        (("rules", "blame-shifting"), {"calmdesk.review.review", "calmdesk.review.rules"}),
    ],
)
def test_a_command_loads_only_its_own_engine(args: tuple[str, ...], expected: set[str]) -> None:
    assert engines_in(loaded(*args)) == expected
