"""Vagueness: an offer that sounds like maybe-not, or a time that is no time at all.

The guide: be clear and confident about the options ("we'll see what we can do" is the example
of what not to write), and be honest and specific about what happens next and when.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from calmdesk.review.rules.base import Context, Hit, Phrases, phrase_hits, rule

# "As soon as possible" is ours to keep only when we are the ones acting: advice to the client ("I'd
# recommend calling your bank as soon as possible", "please reply asap") sets no time of ours.
_HASTE = re.compile(r"\bas (?:soon|quickly|fast|promptly) as\b|\basap\b", re.I)
_ADVICE = re.compile(
    r"\b(?:you (?:should|must|need to|have to|(?:may|might) want to|could)|please|"
    r"(?:I|we)(?:['’]d| would)? (?:strongly |highly )?(?:recommend|advise|suggest|urge))\b",
    re.I,
)
# A party of ours between the advice and the haste makes it our promise again ("please DM us and
# our team will call you asap").
_OURS = re.compile(r"\b(?:we|I|us|our|they|team|he|she)\b|['’]ll\b", re.I)
_CLAUSE = re.compile(r"[.!?;,\n]")


@rule(
    "vague-solution",
    severity="warning",
    phrases=True,
    message="This sounds like a maybe; say what you will actually do.",
    suggestion="I can [refund / reship / expedite] this today.",
)
def vague_solution(context: Context, phrases: Phrases) -> Iterator[Hit]:
    """Flags hedged offers: we'll see, we'll try our best, we'll look into it (and nothing more).

    Why: confidence reassures. A hedged offer tells an upset client that the outcome is still
    uncertain and that they may have to chase again; a specific action, said plainly, does not.

    Bad: Thanks for telling us, we'll see what we can do about the missing part.
    Better: I'm sending the missing part by express post today, at no cost to you.
    """
    return phrase_hits(context, phrases)


@rule(
    "vague-timeline",
    severity="warning",
    phrases=True,
    message="'Soon' means nothing to someone who is already waiting; give a time.",
    suggestion="I'll update you by [time] today, whatever the news.",
)
def vague_timeline(context: Context, phrases: Phrases) -> Iterator[Hit]:
    """Flags times that are no time: soon, shortly, ASAP, in due course, or a promise with none.

    Why: the guide asks for honest, specific expectations. If the outcome's date is not known yet,
    the rep can still promise the time of the next update, which is a promise they can keep.

    Bad: Your replacement will be with you shortly.
    Better: Your replacement leaves our warehouse today and will be with you by Thursday; I'll send
    the tracking number by 5 pm.
    """
    body = context.doc.body
    for hit in phrases.hits(context.draft):
        if _HASTE.match(body, hit.start) and _advice_to_the_client(body, hit.start):
            continue
        yield hit


def _advice_to_the_client(body: str, at: int) -> bool:
    """Whether the clause before `at` advises the client, with no party of ours acting after."""
    start = max((m.end() for m in _CLAUSE.finditer(body, 0, at)), default=0)
    advice = [match.end() for match in _ADVICE.finditer(body, start, at)]
    return bool(advice) and not _OURS.search(body, advice[-1], at)


__register__ = (vague_solution, vague_timeline)
