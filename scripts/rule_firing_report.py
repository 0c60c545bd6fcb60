"""How often each review rule fires on real brand replies, with a sample to hand-check precision.

    python scripts/rule_firing_report.py [--data ../shared/data/twcs_pairs/dev.jsonl]
        [--sample 50] [--seed 7] [--rule ID] [--proselint]

Prints per-rule firing counts and rates over the replies (reviewed with the Reading of the client
tweet when the reader works), then up to `--sample` random firings per rule (fixed seed) for a
person to judge. With `--rule`, only that rule's sample is printed, each firing with its message
and the client tweet (a finding about the reply as a whole, such as an unanswered ask, can only be
judged against what the client wrote). With `--proselint`, also counts proselint's findings on the
same replies and times both. The data is read by path and never copied into the repository.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from calmdesk.errors import CalmdeskError
from calmdesk.playbook import default_playbook
from calmdesk.reading.values import Reading
from calmdesk.review import review

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "twcs_pairs" / "dev.jsonl"


def _reading(text: str) -> Reading | None:
    try:
        from calmdesk.reading import read

        return read(text, default_playbook())
    except Exception:  # the reader may be unavailable; review without it
        return None


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--sample", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rule", help="print only this rule's sample, with the client tweets")
    parser.add_argument("--proselint", action="store_true")
    args = parser.parse_args(argv)
    rows = [json.loads(line) for line in args.data.open(encoding="utf-8") if line.strip()]
    playbook = default_playbook()
    # Per rule: (what fired: the quote or, for a whole-draft finding, its message; reply; client).
    firings: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    drafts_with: Counter[str] = Counter()
    with_reading = 0
    started = time.perf_counter()
    for row in rows:
        reading = _reading(row["client"])
        with_reading += reading is not None
        try:
            result = review(row["reply"], playbook, reading)
        except CalmdeskError:
            continue
        for rule_id in {f.rule for f in result.findings}:
            drafts_with[rule_id] += 1
        for finding in result.findings:
            quote = finding.quote(result.text) or finding.message
            firings[finding.rule].append((quote, result.text, row["client"]))
    ours_seconds = time.perf_counter() - started
    total = sum(len(v) for v in firings.values())
    print(f"replies: {len(rows)}, with a client Reading: {with_reading}")
    print(f"calmdesk findings: {total} in {ours_seconds:.2f} s (reading included)")
    print(f"{'rule':28} {'findings':>9} {'replies':>8} {'rate':>7}")
    for rule_id, count in drafts_with.most_common():
        rate = count / len(rows)
        print(f"{rule_id:28} {len(firings[rule_id]):>9} {count:>8} {rate:>7.1%}")
    rng = random.Random(args.seed)
    for rule_id, _ in drafts_with.most_common():
        if args.rule is not None and rule_id != args.rule:
            continue
        sample = firings[rule_id]
        picked = rng.sample(sample, min(args.sample, len(sample)))
        print(f"\n=== {rule_id}: {len(picked)} of {len(sample)} firings")
        for number, (quote, text, client) in enumerate(picked, start=1):
            print(f"{number:>3}. [{quote}]  {' '.join(text.split())[:200]}")
            if args.rule is not None:
                print(f"     client: {' '.join(client.split())[:280]}")
    if args.proselint:
        _proselint([row["reply"] for row in rows])
    return 0


def _proselint(replies: list[str]) -> None:
    try:
        from proselint.checks import __register__ as checks
        from proselint.registry import CheckRegistry
        from proselint.tools import LintFile
    except ImportError:
        print("\nproselint is not installed (pip install proselint)")
        return
    CheckRegistry().register_many(checks)
    started = time.perf_counter()
    found: Counter[str] = Counter()
    for reply in replies:
        for item in LintFile("reply", reply).lint():
            found[str(item.check_result.check_path)] += 1
    seconds = time.perf_counter() - started
    print(f"\nproselint: {sum(found.values())} findings in {seconds:.2f} s")
    for check, count in found.most_common(10):
        print(f"  {check:40} {count}")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
