"""Speed of `review`, side by side with proselint on the same drafts, in the same run.

Run from the project root:  .venv/bin/python benchmarks/bench_review.py [--repeats 200]

Each draft in benchmarks/drafts/ (120-180 words, written by us) is reviewed with the Reading of
a client email from benchmarks/emails/ (read once, outside the timing), repeated on one core.
Every repetition reviews a slightly different text ("Ref <n>." added after the first sentence,
which changes no finding), as each keystroke does, so nothing cached by text can flatter the
figures. Prints p50/p99 in milliseconds for the whole `review`, for each of its stages (normalise,
the shared token index, steps, tone, rules, score) and for proselint's full lint of the same text
when it is installed.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import os
import statistics
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from calmdesk.playbook import default_playbook
from calmdesk.playbook.model import Playbook
from calmdesk.reading.values import Reading
from calmdesk.review import review
from calmdesk.review.review import run_rules
from calmdesk.review.score import score_review
from calmdesk.review.steps import find_steps
from calmdesk.review.steps.cues import Draft
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


def _variant(text: str, number: int) -> str:
    """The draft with a reference number after its first sentence: new text, same findings."""
    return text.replace(". ", f". Ref {number}. ", 1)


_STAGES = ("normalise", "token index", "steps", "tone", "rules", "score")


def _stages(text: str, reading: Reading | None, playbook: Playbook) -> list[float]:
    """The seconds each stage of `review` takes on this text, timed one after the other."""
    clock = time.perf_counter
    started = clock()
    doc = normalise(text, max_chars=playbook.limits.max_chars)
    indexed = clock()
    draft = Draft.of(doc)
    stepped = clock()
    steps = find_steps(doc, reading, draft)
    toned = clock()
    tone = tone_score(doc, draft)
    ruled = clock()
    findings = run_rules(doc, steps, reading, playbook, draft)
    scored = clock()
    score_review(doc.text, steps, findings, tone, reading, playbook)
    done = clock()
    marks = (started, indexed, stepped, toned, ruled, scored, done)
    return [later - earlier for earlier, later in itertools.pairwise(marks)]


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
    stages: list[list[float]] = [[] for _ in _STAGES]
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
        variants = iter([_variant(text, n) for n in range(2 * args.repeats + 2)])

        def one_review(
            reading: Reading | None = reading, variants: Iterator[str] = variants
        ) -> object:
            return review(next(variants), playbook, reading)

        full = _time(one_review, args.repeats)
        gc.disable()
        parts = [_stages(next(variants), reading, playbook) for _ in range(args.repeats)]
        gc.enable()
        for number, stage in enumerate(stages):
            stage.extend(part[number] for part in parts)
        rules = [part[_STAGES.index("rules")] + part[_STAGES.index("score")] for part in parts]
        whole += full
        their = ""
        if lint is not None:
            their_findings += len(lint(text))  # type: ignore[arg-type]
            times = _time(lambda text=text: lint(text), max(20, args.repeats // 10))
            theirs += times
            their = f"{_percentiles(times)[0]:13.2f}"
        words = len(text.split())
        print(
            f"{path.stem:22} {words:>5} {_percentiles(full)[0]:10.2f} "
            f"{_percentiles(rules)[0]:9.2f} {their:>13}"
        )
    print(f"\nwith a client Reading: {readings} of {len(drafts)} drafts")
    p50, p99 = _percentiles(whole)
    print(f"calmdesk review      p50 {p50:.2f} ms  p99 {p99:.2f} ms  findings {ours_findings}")
    for name, times in zip(_STAGES, stages, strict=True):
        p50, p99 = _percentiles(times)
        print(f"  {name:18} p50 {p50:.3f} ms  p99 {p99:.3f} ms")
    if theirs:
        p50, p99 = _percentiles(theirs)
        print(f"proselint lint       p50 {p50:.2f} ms  p99 {p99:.2f} ms  findings {their_findings}")
    else:
        print("proselint is not installed (pip install proselint)")


if __name__ == "__main__":
    main()
