"""Which of the playbook's policy exceptions a client asks for, and where.

An exception's patterns find its words ("waive the late fee", "end the contract early"); the
words are a request only when the sentence asks for something: a request word ("could you",
"please", "I expect"), a question or an exclamation. A report ("the desk waived the fees") or a
condition on the client's own step ("if it isn't fixed we will cancel the contract", a threat to
leave) asks for nothing.

>>> from calmdesk.playbook import default_playbook
>>> policy = default_playbook().escalation
>>> [(e, s.text) for e, s in asked_exceptions("Could you waive the late fee?", policy)]
[('waive-fees', 'waive the late fee')]
>>> asked_exceptions("The desk waived the fees last time.", policy)
[]
"""

from __future__ import annotations

import re
from functools import cache

from calmdesk.playbook.load import compile_pattern
from calmdesk.playbook.model import EscalationPolicy
from calmdesk.text import Span, sentence_around

_REQUEST = re.compile(
    r"\b(?:please|pls|kindly|could|can|want|wanted|expect|expecting|need|needs|demand|"
    r"should|must|like|require|insist|request|requesting|asking|ask|how\s+about)\b|[?!]",
    re.IGNORECASE,
)
# The client's own step as the price of a condition: a threat, not a request.
_THREAT_LEAD = re.compile(
    r"(?:\b(?:if|unless)\b[^.!?]*?|\b(?:or|otherwise|else)\s+)\b(?:i|we)"
    r"(?:\s+will|['’]ll|\s+are\s+going\s+to|['’]re\s+going\s+to|\s+shall)?\s+$",
    re.IGNORECASE,
)


def asked_exceptions(
    text: str, policy: EscalationPolicy, *, all_exceptions: bool = False
) -> list[tuple[str, Span]]:
    """(exception id, words) for each exception asked for in `text`, every match in order.

    Only exceptions the playbook leaves to a lead (`exceptions_need_lead`) are looked for,
    unless `all_exceptions`.
    """
    wanted = [
        exception
        for exception in policy.exceptions
        if exception.patterns and (all_exceptions or exception.id in policy.exceptions_need_lead)
    ]
    # Most messages ask for no exception: one scan for any of the patterns tells, and spares
    # the scans of each pattern in turn.
    any_pattern = _any_of(tuple(p for exception in wanted for p in exception.patterns))
    if any_pattern is not None and any_pattern.search(text) is None:
        return []
    found: list[tuple[str, Span]] = []
    for exception in wanted:
        for pattern in exception.patterns:
            for match in compile_pattern(pattern).finditer(text):
                if _requested(text, match):
                    found.append((exception.id, Span.of(text, match.start(), match.end())))
    return found


@cache
def _any_of(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern that matches a text if and only if one of `patterns` does, or None when they
    cannot be joined safely.

    An alternation tries every branch at every position, so it matches if and only if one of
    its branches does. Patterns with groups are left apart (a backreference such as `\\1` would
    point to another pattern's group once joined), and so are patterns that do not compile
    inside a group (a global flag such as `(?x)` must start the whole expression).
    """
    if not patterns or any(compile_pattern(p).groups for p in patterns):
        return None
    try:
        return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
    except re.error:
        return None


def _requested(text: str, match: re.Match[str]) -> bool:
    start, end = sentence_around(text, match.start(), match.end())
    if _THREAT_LEAD.search(text, start, match.start()) is not None:
        return False
    # The sentence's own end mark counts: "Waive the fee!" asks, "Waives fees." reports.
    end_mark = text[end : end + 1]
    return _REQUEST.search(text, start, end) is not None or end_mark in ("?", "!")
