"""Mirroring: answering heat with heat (shouting capitals, stacked exclamation marks, sarcasm).

The guide's mindset: do not mirror intensity; a calm, measured tone invites the client to come
down to your level.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from calmdesk.review.rules.base import Context, Hit, Phrases, rule
from calmdesk.review.steps.cues import anchored

# Two or more all-capital words in a row, one of them four letters or more: shouting. A single
# capitalised word is usually a brand (XFINITY) or a code, and runs of known acronyms do not count.
_SHOUTING = re.compile(r"\b[A-Z]{2,}(?:[\s,]+[A-Z]{2,})+\b")
_TWO_CAPITALS = re.compile(r"[A-Z]{2}")
_STACKED = re.compile(r"[!?]*(?:!!|\?!|!\?|\?\?\?)[!?]*")
# (a clause's first words, never "I'm doing well, thanks for asking" nor "well, great job!"; and
# "as if" on its own, never "it feels as if the walls are closing in")
_SARCASM = anchored(
    r"(?:(?:^|(?<=[.!?;,(]\s)|(?<=\n))(?:oh|wow|gee|well),? "
    r"(?:great|wonderful|brilliant|fantastic|lovely|sure|thanks)\b"
    r"(?! (?:job|work|news|idea|question|to hear|for asking)\b)|"
    r"\b(?:yeah|sure),? right\b|\bthanks a lot\b(?! for)|\bwhat a surprise\b|"
    r"\bshocking,? I know\b|\bthanks for nothing\b|"
    r"\bcongratulations on\b|\bnot that it matters\b|\bif you say so\b|\bwhatever you say\b|"
    r"\bsure, because\b|(?:^|(?<=[.!?;,]\s)|(?<=\n))as if(?=\s*[.!?]|\s*$))"
)
# The "/s" sarcasm tag starts with no word, so it is kept apart from the anchored phrases.
_SARCASM_TAG = re.compile(r"(?:^|\s)/s\b")
# From this heat level ("frustrated") stacked exclamation marks read as answering in kind.
HEATED = 2
# Acronyms common in support replies; a run made only of these is not shouting.
_ACRONYMS = frozenset(
    "UPS DHL USPS TNT FAQ ASAP ID PIN PDF URL SMS DM PM AM EST PST GMT UTC USA UK EU VAT IT API "
    "OK TV PC SSD RMA SKU FYI CEO CC BCC HR QA SLA ETA".split()
)


@rule(
    "mirroring",
    severity="warning",
    message="This answers heat with heat.",
    suggestion="Say it once, plainly: calm wording lowers the temperature.",
)
def mirroring(context: Context, phrases: Phrases) -> Iterator[Hit]:
    """Flags shouting capitals, sarcasm and, to a heated client, stacked exclamation marks.

    Why: tone spreads. A rep who writes in capitals, piles up exclamation marks or turns
    sarcastic matches the client's intensity instead of lowering it; the guide asks for a calm,
    measured tone that the client can settle to.

    Bad: We have ALREADY SENT the replacement!! Wow, thanks for your patience.
    Client: heat=3
    Better: We sent the replacement on Tuesday, and I'll confirm with the courier today when it will
    reach you.
    """
    body = context.doc.body
    for match in _SHOUTING.finditer(body) if _TWO_CAPITALS.search(body) else ():
        words = re.findall(r"[A-Z]{2,}", match.group())
        if all(word in _ACRONYMS for word in words) or max(map(len, words)) < 4:
            continue
        yield Hit(match.start(), match.end())
    # Stacked marks are only heat when the client is heated; to a happy client they are cheer.
    heated = context.reading is not None and context.reading.heat.level >= HEATED
    marks = _STACKED.finditer(body) if heated and ("!" in body or "?" in body) else ()
    tags = _SARCASM_TAG.finditer(body) if "/s" in body else ()
    for match in (*marks, *context.draft.finditer(_SARCASM), *tags):
        start = match.start() + (len(match.group()) - len(match.group().lstrip()))
        yield Hit(start, match.end())


__register__ = (mirroring,)
