"""Speed of `review`, side by side with proselint on the same drafts, in the same run.

Run from the project root:  .venv/bin/python benchmarks/bench_review.py [--repeats 200]

Each draft in benchmarks/drafts/ (120-180 words, written by us) is reviewed with the Reading of
a client email from benchmarks/emails/ (read once, outside the timing), repeated on one core.
Prints p50/p99 in milliseconds for the whole `review`, for its rules and scoring alone (steps and
tone precomputed), and for proselint's full lint of the same text when it is installed.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from calmdesk.playbook import default_playbook
from calmdesk.reading.values import Reading
from calmdesk.review import review
from calmdesk.review.review import run_rules
from calmdesk.review.score import score_review
from calmdesk.review.steps import find_steps
from calmdesk.review.tone import tone_score
from calmdesk.text import normalise

HERE = Path(__file__).parent


def _percentiles(times: list[float]) -> tuple[float, float]:
    ordered = sorted(times)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1000, p99 * 1000


def _time(function: Callable[[], object], repeats: int) -> list[float]:
    function()
    times = []
    gc.disable()
    for _ in range(repeats):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    gc.enable()
    return times


def _client_reading(path: Path) -> Reading | None:
    try:
        from calmdesk.reading import read

        return read(path.read_bytes(), default_playbook())
    except Exception:  # the reader may be unavailable; time the review without a Reading
        return None


def _proselint() -> Callable[[str], object] | None:
    try:
        from proselint.checks import __register__ as checks
        from proselint.registry import CheckRegistry
        from proselint.tools import LintFile
    except ImportError:
        return None
    CheckRegistry().register_many(checks)
    return lambda text: LintFile("draft", text).lint()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=200)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    playbook = default_playbook()
    drafts = sorted((HERE / "drafts").glob("*.txt"))
    emails = sorted((HERE / "emails").glob("*.txt"))
    lint = _proselint()
    whole: list[float] = []
    rules_only: list[float] = []
    theirs: list[float] = []
    ours_findings = 0
    their_findings = 0
    readings = 0
    print(f"{'draft':22} {'words':>5} {'review p50':>10} {'rules p50':>9} {'proselint p50':>13}")
    for index, path in enumerate(drafts):
        text = path.read_text(encoding="utf-8")
        reading = _client_reading(emails[index % len(emails)]) if emails else None
        readings += reading is not None
        result = review(text, playbook, reading)
        ours_findings += len(result.findings)
        doc = normalise(text)
        steps = find_steps(doc, reading)
        tone = tone_score(doc)

        def rules_and_score(doc=doc, steps=steps, tone=tone, reading=reading) -> object:
            findings = run_rules(doc, steps, reading, playbook)
            return score_review(doc.text, steps, findings, tone, reading, playbook)

        full = _time(
            lambda text=text, reading=reading: review(text, playbook, reading), args.repeats
        )
        part = _time(rules_and_score, args.repeats)
        whole += full
        rules_only += part
        their = ""
        if lint is not None:
            their_findings += len(lint(text))  # type: ignore[arg-type]
            times = _time(lambda text=text: lint(text), max(20, args.repeats // 10))
            theirs += times
            their = f"{_percentiles(times)[0]:13.2f}"
        words = len(text.split())
        print(
            f"{path.stem:22} {words:>5} {_percentiles(full)[0]:10.2f} "
            f"{_percentiles(part)[0]:9.2f} {their:>13}"
        )
    print(f"\nwith a client Reading: {readings} of {len(drafts)} drafts")
    p50, p99 = _percentiles(whole)
    print(f"calmdesk review      p50 {p50:.2f} ms  p99 {p99:.2f} ms  findings {ours_findings}")
    p50, p99 = _percentiles(rules_only)
    print(f"  rules + score only p50 {p50:.2f} ms  p99 {p99:.2f} ms")
    if theirs:
        p50, p99 = _percentiles(theirs)
        print(f"proselint lint       p50 {p50:.2f} ms  p99 {p99:.2f} ms  findings {their_findings}")
    else:
        print("proselint is not installed (pip install proselint)")


if __name__ == "__main__":
    main()
