"""Speed of `escalate` over a 50-message case, beside the keyword triage a team might write instead.

Run from the project root:  .venv/bin/python benchmarks/bench_escalate.py [--rounds 200]

The case alternates 25 client and 25 rep messages (written by us, below) over five days. Rows:

- `escalate, prepared case`: the case carries its readings and rep promises (`calmdesk.case
  .prepare`), as a stored case does once each message has been read on arrival. Target: p99 at
  most 20 ms.
- `escalate, one new message`: 49 messages prepared, the newest client message not yet read;
  the cost when a message arrives.
- `escalate, cold case`: nothing stored; every client message is read and every rep message
  searched for promises.
- `keyword triage`: a hand-written regular expression over every client message ("manager",
  "lawyer", "refund"...), with no reasons, spans, script or handoff: the floor a script costs.

Timed on one core with the garbage collector paused; p50/p99 in milliseconds.
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from calmdesk.case import Case, prepare
from calmdesk.escalation import escalate
from calmdesk.message import Message
from calmdesk.playbook import default_playbook

TARGET_P99_MS = 20.0
ZONE = ZoneInfo("America/New_York")
START = datetime(2026, 11, 23, 9, 0, tzinfo=ZONE)

CLIENT = (
    "Hi, order {n} arrived with the lid cracked. Can you send a replacement?",
    "Thanks for the quick answer. When will the new one ship?",
    "It's been two days and the tracking number still shows nothing.",
    "I need this for a client event on Friday, so the timing really matters.",
    "This is the third time I've asked about order {n}. Please just tell me where it is.",
    "I paid $1,240 for the set and half of it is unusable right now.",
    "Honestly I'm getting fed up. Nobody seems to know what is going on!",
    "If it isn't here by Thursday I want my money back.",
    "Can I speak to someone about the invoice as well? The total looks wrong.",
    "OK, the courier says it left the depot this morning.",
)
REP = (
    "I'm sorry the lid arrived cracked. I'll send a replacement today and update you by 3 pm.",
    "The replacement ships tomorrow morning; you'll receive the tracking number by email.",
    "I've contacted the courier and asked them to prioritise your parcel.",
    "Thank you for telling me about Friday. I'll call you at 10 am tomorrow with an update.",
    "I understand how frustrating this is. Let me chase the warehouse on your behalf right now.",
)


def build_case(messages: int = 50) -> Case:
    found = []
    for i in range(messages):
        when = START + timedelta(hours=2 * i)
        if i % 2 == 0:
            text = CLIENT[(i // 2) % len(CLIENT)].format(n=4400 + i)
            found.append(Message(text, "client", "email", when))
        else:
            found.append(Message(REP[(i // 2) % len(REP)], "rep", "email", when))
    return Case(tuple(found), id="bench-case")


_KEYWORDS = re.compile(
    r"\b(?:manager|supervisor|lawyer|sue|refund|money back|twitter|idiots?)\b", re.I
)


def keyword_triage(case: Case) -> bool:
    return any(_KEYWORDS.search(m.text) for m in case.messages if m.role == "client")


def pin_to_one_core() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def latency(function: Callable[[], object], rounds: int) -> tuple[float, float]:
    for _ in range(3):
        function()
    samples = []
    gc.collect()
    gc.disable()
    try:
        for _ in range(rounds):
            started = time.perf_counter()
            function()
            samples.append(time.perf_counter() - started)
    finally:
        gc.enable()
    ordered = sorted(samples)
    p50 = ordered[len(ordered) // 2]
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return p50 * 1000, p99 * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()
    pin_to_one_core()
    playbook = default_playbook()
    cold = build_case()
    prepared = prepare(cold, playbook)
    newest = max(i for i, m in enumerate(cold.messages) if m.role == "client")
    readings = list(prepared.readings)
    readings[newest] = None
    one_new = replace(prepared, readings=tuple(readings))
    now = START + timedelta(days=5)
    result = escalate(prepared, playbook, now=now)
    rows = [
        ("escalate, prepared case", lambda: escalate(prepared, playbook, now=now), args.rounds),
        ("escalate, one new message", lambda: escalate(one_new, playbook, now=now), args.rounds),
        ("escalate, cold case", lambda: escalate(cold, playbook, now=now), args.rounds),
        ("keyword triage", lambda: keyword_triage(cold), args.rounds),
    ]
    print(
        f"case: {len(cold.messages)} messages, decision {result.decision}, "
        f"reasons {[r.kind for r in result.reasons]}"
    )
    print(f"{'what':<28}{'rounds':>8}{'p50 ms':>10}{'p99 ms':>10}")
    measured = {}
    for name, function, rounds in rows:
        p50, p99 = latency(function, rounds)
        measured[name] = p99
        print(f"{name:<28}{rounds:>8}{p50:>10.2f}{p99:>10.2f}")
    for name in ("escalate, prepared case", "escalate, cold case"):
        verdict = "meets" if measured[name] <= TARGET_P99_MS else "MISSES"
        print(f"{name}: p99 {verdict} the {TARGET_P99_MS:.0f} ms target")


if __name__ == "__main__":
    main()
