"""Speed of `compose` (the template backend), and of compose followed by review.

Run from the project root:  .venv/bin/python benchmarks/bench_compose.py [--repeats 500]

Each client email in benchmarks/emails/ (written by us) is read once, outside the timing; then
`compose` is timed on that Reading, without and with a send time (which adds the business-hours
arithmetic for the update time and the call slots), repeated on one core. No offline tool drafts
de-escalation replies, so there is nothing to put beside it; the figure to keep under is a p99 of
5 ms, so a draft can be redone on every change of the context.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from calmdesk.compose import ComposeContext, compose
from calmdesk.playbook import default_playbook
from calmdesk.reading import read
from calmdesk.review import review

HERE = Path(__file__).parent
BUDGET_P99_MS = 5.0


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=500)
    args = parser.parse_args()
    playbook = default_playbook()
    untimed = ComposeContext(rep_name="Sam")
    timed = ComposeContext(now=datetime(2026, 11, 27, 19, 40), rep_name="Sam")
    print(f"{'email':22} {'compose p50':>11} {'with time p50':>13} {'+ review p50':>12}")
    alone: list[float] = []
    with_time: list[float] = []
    with_review: list[float] = []
    for path in sorted((HERE / "emails").glob("*.txt")):
        reading = read(path.read_bytes(), playbook)
        first = _time(lambda r=reading: compose(r, playbook, untimed), args.repeats)
        second = _time(lambda r=reading: compose(r, playbook, timed), args.repeats)

        def both(r=reading) -> object:
            return review(compose(r, playbook, timed).text, playbook, r)

        third = _time(both, max(50, args.repeats // 5))
        alone += first
        with_time += second
        with_review += third
        print(
            f"{path.stem:22} {_percentiles(first)[0]:11.3f} {_percentiles(second)[0]:13.3f} "
            f"{_percentiles(third)[0]:12.3f}"
        )
    for label, times in (
        ("compose, no send time", alone),
        ("compose, with send time", with_time),
        ("compose + review", with_review),
    ):
        p50, p99 = _percentiles(times)
        print(f"{label:24} p50 {p50:.3f} ms  p99 {p99:.3f} ms")
    p99 = max(_percentiles(alone)[1], _percentiles(with_time)[1])
    verdict = "within" if p99 <= BUDGET_P99_MS else "OVER"
    print(f"compose p99 {p99:.3f} ms: {verdict} the {BUDGET_P99_MS:.0f} ms budget")


if __name__ == "__main__":
    main()
