"""Speed of `read`, side by side with the lexicon tools a user might pick instead.

Run from the project root:  .venv/bin/python benchmarks/bench_read.py [--messages 10000]

1. Latency: `read` of each client email in benchmarks/emails/ (80-200 words, written by us),
   repeated, on one core; p50/p99 in milliseconds, beside VADER's and AFINN's on the same emails.
2. Throughput: messages per second over the first N text rows of the dev sets in
   ../shared/data (read by path, never copied), for calmdesk, VADER and AFINN in the same run.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import time
from collections.abc import Callable
from pathlib import Path

from afinn import Afinn
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from calmdesk.playbook import default_playbook
from calmdesk.reading import read
from calmdesk.reading.model import load_model

HERE = Path(__file__).parent
DATA = HERE.parent.parent / "shared" / "data"
THROUGHPUT_SETS = ("goemotions", "complaints", "airline", "semeval_anger_reg", "triggers")


def pin_to_one_core() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p50 = ordered[len(ordered) // 2]
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return p50 * 1000, p99 * 1000


def latency(
    function: Callable[[str], object], texts: list[str], rounds: int
) -> tuple[float, float]:
    for text in texts:
        function(text)
    samples = []
    gc.disable()
    try:
        for _ in range(rounds):
            for text in texts:
                started = time.perf_counter()
                function(text)
                samples.append(time.perf_counter() - started)
    finally:
        gc.enable()
    return percentiles(samples)


def throughput(function: Callable[[str], object], texts: list[str]) -> float:
    started = time.perf_counter()
    for text in texts:
        function(text)
    return len(texts) / (time.perf_counter() - started)


def dev_texts(limit: int) -> list[str]:
    texts: list[str] = []
    for name in THROUGHPUT_SETS:
        path = DATA / name / "dev.jsonl"
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                text = json.loads(line).get("text")
                if isinstance(text, str) and text.strip():
                    texts.append(text)
                if len(texts) >= limit:
                    return texts
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=300)
    args = parser.parse_args()
    pin_to_one_core()

    started = time.perf_counter()
    load_model()
    load_seconds = time.perf_counter() - started
    playbook = default_playbook()
    vader = SentimentIntensityAnalyzer()
    afinn = Afinn()
    tools: dict[str, Callable[[str], object]] = {
        "calmdesk read": lambda text: read(text, playbook),
        "VADER polarity_scores": vader.polarity_scores,
        "AFINN score": afinn.score,
    }

    emails = [p.read_text(encoding="utf-8") for p in sorted((HERE / "emails").glob("*.txt"))]
    words = [len(e.split()) for e in emails]
    print(f"model load: {load_seconds * 1000:.0f} ms")
    print(
        f"\nlatency on {len(emails)} client emails ({min(words)}-{max(words)} words), "
        f"{args.rounds} rounds, one core"
    )
    print(f"{'tool':24} {'p50 ms':>8} {'p99 ms':>8}")
    for name, function in tools.items():
        p50, p99 = latency(function, emails, args.rounds)
        print(f"{name:24} {p50:8.3f} {p99:8.3f}")

    texts = dev_texts(args.messages)
    if not texts:
        print(f"\nno dev data under {DATA}; throughput skipped")
        return
    print(f"\nthroughput on {len(texts)} dev messages (first rows of {', '.join(THROUGHPUT_SETS)})")
    print(f"{'tool':24} {'msg/s':>10} {'vs VADER':>9}")
    rates = {name: throughput(function, texts) for name, function in tools.items()}
    base = rates["VADER polarity_scores"]
    for name, rate in rates.items():
        print(f"{name:24} {rate:10.0f} {rate / base:8.2f}x")


if __name__ == "__main__":
    main()
