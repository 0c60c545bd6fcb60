"""Speed of `commitments`, side by side with the date parsers a user might pick instead.

Run from the project root:
    .venv/bin/python benchmarks/bench_commitments.py [--rounds 300] [--only-ours]

1. Latency on three sent replies of about 150 words (written by us, below), on one core:
   p50/p90/p99 in milliseconds for `commitments` from raw text (normalising included) and from an
   already normalised Document, beside `dateparser.search.search_dates` and parsedatetime's
   `Calendar.nlp` on the same text with the same send time.
2. Agreement: the share of the due-time table in tests/commitments (phrase, send time, exact
   due time) that each tool gets exactly right when given the same reply and send time.
dateparser and parsedatetime are optional; a missing one is reported, not fatal.
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import os
import sys
import time
import warnings
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from calmdesk.commitments import commitments
from calmdesk.playbook.model import BusinessHours, EscalationPolicy, Playbook
from calmdesk.text import normalise

HERE = Path(__file__).parent
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri")
HOURS = BusinessHours("America/New_York", "09:00", "17:00", WEEKDAYS, "US")
PLAYBOOK = Playbook("bench", (), (), (), EscalationPolicy(500.0, "USD", (), "team lead", ()), HOURS)
SENT = datetime(2026, 11, 24, 10, 0)

REPLIES = [
    "Hi Morgan,\n\nThank you for flagging this, and I'm sorry the order arrived with a cracked "
    "panel. I can see why that's frustrating when the launch is this week. Just to confirm, the "
    "problem is the front panel of unit 2, and the other three units are fine. Here's what I'll "
    "do: I'm arranging a replacement panel today, and we'll ship it tomorrow by express. You'll "
    "receive a tracking email within the hour after it leaves the warehouse. I'll also call you "
    "at 3 pm to walk through fitting it, if that suits you. If it doesn't arrive by Friday, "
    "please tell me and I will send a technician. Could you send us a photo of the damaged panel "
    "by noon tomorrow so the carrier claim can start? Thank you for your patience while we sort "
    "this out; I know your time matters.\n\nBest regards,\nJordan",
    "Hello Priya,\n\nI understand how disappointing it is to be charged twice, and I'm sorry for "
    "the worry it caused. Let me confirm what happened: the second charge of $240 on 20 November "
    "came from a retry in our payment system. I've asked our billing team to reverse it, and the "
    "refund will reach your account in 3-5 business days. I'll email you the reference number by "
    "end of day. If the money isn't back by next Friday, I'll escalate it to my team lead "
    "straight away. We'll also check the rest of your invoices this week and update you next "
    "week with what we find. Thank you for raising it with us so quickly, it helps us fix it "
    "for everyone.\n\nKind regards,\nSam",
    "Hi Alex,\n\nThanks for your patience, and I'm sorry the install slipped again. I know your "
    "team planned around Monday. The delay came from a missing part at our supplier; it is now "
    "in our depot. Our engineer will be on site first thing Monday, and I'll call you on Friday "
    "afternoon to confirm the time. We'll send the revised schedule within 24 hours. Please "
    "sign and return the access form by Thursday so the engineer can get in. If anything "
    "changes on our side, I'll tell you right away. I'll look into a credit for the lost week "
    "as well and come back to you soon. I appreciate you giving us the chance to put this "
    "right.\n\nAll the best,\nRiley",
]


def pin_to_one_core() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def latency(
    function: Callable[[str], object], texts: list[str], rounds: int
) -> tuple[float, float, float]:
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
    ordered = sorted(samples)
    p50 = ordered[len(ordered) // 2]
    p90 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.90))]
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return p50 * 1000, p90 * 1000, p99 * 1000


def dateparser_tool() -> Callable[[str, datetime], datetime | None] | None:
    if importlib.util.find_spec("dateparser") is None:
        return None
    from dateparser.search import search_dates

    def first_date(text: str, sent: datetime) -> datetime | None:
        settings = {
            "RELATIVE_BASE": sent,
            "TIMEZONE": "America/New_York",
            "RETURN_AS_TIMEZONE_AWARE": True,
            "PREFER_DATES_FROM": "future",
        }
        found = search_dates(text, languages=["en"], settings=settings)
        return found[0][1] if found else None

    return first_date


def parsedatetime_tool() -> Callable[[str, datetime], datetime | None] | None:
    if importlib.util.find_spec("parsedatetime") is None:
        return None
    from zoneinfo import ZoneInfo

    import parsedatetime

    calendar = parsedatetime.Calendar()
    zone = ZoneInfo("America/New_York")

    def first_date(text: str, sent: datetime) -> datetime | None:
        found = calendar.nlp(text, sourceTime=sent.replace(tzinfo=None))
        return found[0][0].replace(tzinfo=zone) if found else None

    return first_date


def load_cases() -> list[tuple[Any, ...]]:
    path = HERE.parent / "tests" / "commitments" / "test_commitments_due_times.py"
    spec = importlib.util.spec_from_file_location("due_time_table", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["due_time_table"] = module  # dataclasses look their module up while building
    spec.loader.exec_module(module)
    return [case for case in module.CASES if case[0] == "NY"]


def agreement(tool: Callable[[str, datetime], datetime | None], cases: list[Any]) -> str:
    right = 0
    for _, sent, reply, _, expected in cases:
        try:
            got = tool(reply, datetime.fromisoformat(sent))
        except Exception:  # a competitor failing on a phrase counts as a miss
            got = None
        right += got is not None and got.isoformat() == expected
    return f"{right}/{len(cases)}"


def ours(reply: str, sent: datetime) -> datetime | None:
    found = commitments(reply, sent, PLAYBOOK)
    return found[0].due_at if found else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument(
        "--only-ours", action="store_true", help="skip dateparser and parsedatetime"
    )
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    pin_to_one_core()
    documents = {r: normalise(r) for r in REPLIES}
    rows: list[tuple[str, str, str, str, str, str]] = []
    cases = load_cases()

    p50, p90, p99 = latency(lambda r: commitments(r, SENT, PLAYBOOK), REPLIES, args.rounds)
    found = sum(len(commitments(r, SENT, PLAYBOOK)) for r in REPLIES)
    rows.append(("calmdesk commitments (text)", f"{p50:.3f}", f"{p90:.3f}", f"{p99:.3f}",
                 str(found), agreement(ours, cases)))  # fmt: skip
    p50, p90, p99 = latency(
        lambda r: commitments(documents[r], SENT, PLAYBOOK), REPLIES, args.rounds
    )
    rows.append(("calmdesk commitments (Document)", f"{p50:.3f}", f"{p90:.3f}", f"{p99:.3f}",
                 str(found), "-"))  # fmt: skip
    p50, p90, p99 = latency(normalise, REPLIES, args.rounds)
    rows.append(("  of which calmdesk.text.normalise", f"{p50:.3f}", f"{p90:.3f}", f"{p99:.3f}",
                 "-", "-"))  # fmt: skip
    if args.only_ours:
        print_table(rows, cases, args.rounds)
        return

    for name, make in (
        ("dateparser.search.search_dates", dateparser_tool),
        ("parsedatetime Calendar.nlp", parsedatetime_tool),
    ):
        tool = make()
        if tool is None:
            rows.append((name, "not installed", "-", "-", "-", "-"))
            continue
        competitor = tool
        rounds = max(3, args.rounds // 20)
        p50, p90, p99 = latency(lambda r, t=competitor: t(r, SENT), REPLIES, rounds)  # type: ignore[misc]
        dates = 0
        for reply in REPLIES:
            if name.startswith("dateparser"):
                from dateparser.search import search_dates

                dates += len(search_dates(reply, languages=["en"]) or [])
            else:
                import parsedatetime

                dates += len(parsedatetime.Calendar().nlp(reply, sourceTime=SENT) or ())
        rows.append((name, f"{p50:.3f}", f"{p90:.3f}", f"{p99:.3f}", str(dates),
                     agreement(competitor, cases)))  # fmt: skip
    print_table(rows, cases, args.rounds)


def print_table(
    rows: list[tuple[str, str, str, str, str, str]], cases: list[Any], rounds: int
) -> None:
    words = [len(r.split()) for r in REPLIES]
    print(f"replies: {len(REPLIES)} of {min(words)}-{max(words)} words; rounds: {rounds}")
    print(f"due-time table: {len(cases)} New York rows of tests/commitments (exact due time)")
    header = ("tool", "p50 ms", "p90 ms", "p99 ms", "found", "exact due times")
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)))


if __name__ == "__main__":
    main()
