"""The benchmark scripts still run (a smoke run with few repetitions; figures are not checked)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

SMOKE_RUNS = [
    ("bench_read.py", ["--rounds", "2", "--messages", "50"], "p99"),
    ("bench_review.py", ["--repeats", "2"], "p99"),
    ("bench_compose.py", ["--repeats", "5"], "p99"),
    ("bench_commitments.py", ["--rounds", "2"], "p99"),
    ("bench_escalate.py", ["--rounds", "2"], "p99"),
    ("bench_worst_case.py", ["--chars", "3000", "--words", "3"], "slowest"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("script", "args", "expected"), SMOKE_RUNS)
def test_benchmark_script_runs(script: str, args: list[str], expected: str) -> None:
    completed = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / script), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr[-2000:]
    assert expected in completed.stdout
