"""Worst-case input: one word or mark repeated up to the size limit, with no sentence end.

Run from the project root:  .venv/bin/python benchmarks/bench_worst_case.py [--chars 180000]

Real messages have sentence ends every few words; text without any makes every pattern that looks
to the end of its sentence read the whole input, once per match. This script reads, reviews and
extracts promises from such text for a few dozen common words, at the full size and at a tenth of
it, and prints the slowest cases with the ratio between the two sizes: about 10 means the work
grows with the text, about 100 means it grows with its square. Nothing here is a client message.
"""

from __future__ import annotations

import argparse
import contextlib
import time
from collections.abc import Callable
from datetime import datetime

from calmdesk.commitments import commitments
from calmdesk.errors import InputError
from calmdesk.playbook import default_playbook
from calmdesk.reading import read
from calmdesk.review import review
from calmdesk.text import normalise

WORDS = (
    "so", "very", "really", "please", "definitely", "just", "sorry", "you", "we", "i", "thank",
    "not", "the", "and", "will", "by", "for", "carrier", "refund", "call", "again", "your",
    "order", "still", "why", "no", "never", "it", "is", "to", "a", "be", "can", "help", "then",
)  # fmt: skip
# Runs of marks and short lines, repeated as they are: "!!!…", blank lines, "- a" lines, "$1 $1 …".
UNITS = ("!", "\n", " \n", "- a\n", "$1 ", "#", "😡", ">", "…", '"', "@a ", "WHY ")
SENT_AT = datetime(2026, 11, 24, 10)


def _seconds_of(run: Callable[[], object]) -> float:
    """Seconds `run` takes; blank lines only are refused with a clear message (the answer)."""
    started = time.perf_counter()
    with contextlib.suppress(InputError):
        run()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=180_000)
    parser.add_argument("--words", type=int, default=len(WORDS), help="how many of the words")
    args = parser.parse_args()
    playbook = default_playbook()
    rows = []
    units = [word + " " for word in WORDS[: args.words]] + list(UNITS[: args.words])
    for word in units:
        for size in (args.chars // 10, args.chars):
            text = word * (size // len(word))
            for name, run in (
                ("read", lambda text=text: read(text, playbook)),
                ("review", lambda text=text: review(text, playbook)),
                ("commitments", lambda text=text: commitments(normalise(text), SENT_AT, playbook)),
            ):
                rows.append((word.strip() or repr(word), name, size, _seconds_of(run)))
    pairs = {}
    for word, name, size, seconds in rows:
        pairs.setdefault((word, name), {})[size] = seconds
    table = sorted(
        (
            (times[args.chars], times[args.chars // 10], word, name)
            for (word, name), times in pairs.items()
        ),
        reverse=True,
    )
    print(f"{'what':<24}{'word':<12}{'s at full size':>16}{'ratio to a tenth':>18}")
    for full, tenth, word, name in table[:8]:
        print(f"{name:<24}{word:<12}{full:>16.2f}{full / max(tenth, 1e-6):>18.1f}")
    slowest, _, word, name = table[0]
    print(f"slowest at {args.chars:,} characters: {slowest:.2f} s ({name}, {word!r})")


if __name__ == "__main__":
    main()
