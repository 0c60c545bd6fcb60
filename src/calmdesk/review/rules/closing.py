"""Closing: ending on an unsure or casual note instead of the next step.

The guide's sixth step: close with confidence, ownership of the next step and thanks, so the
client feels supported rather than handled ("hopefully that works" is what not to write).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from calmdesk.review.rules.base import Context, Hit, Phrases, rule

# An open invitation ("let me know if there's anything else") is only weak without a next step.
_OPEN_INVITATION = re.compile(
    r"\b(?:anything|something) else\b|\bquestions\b|\bproblems\b|\bissues\b|\bconcerns\b|"
    r"\bhelp\b|\bassist\w*|\bsupport\b|\bservice\b|\bneed (?:\w+ )?(?:us|anything)\b",
    re.I,
)

# Where the hit's clause ends: a time inside it ("hopefully it turns up tomorrow") is hoped for.
_CLAUSE_END = re.compile(r"[,;:.!?\n]")


@rule(
    "weak-close",
    severity="warning",
    phrases=True,
    message="This close sounds unsure and leaves the client to check the fix themselves.",
    suggestion="I'll check in with you on [day] to make sure everything is working.",
)
def weak_close(context: Context, phrases: Phrases) -> Iterator[Hit]:
    """Flags unsure or casual closes: hopefully that works, that should be fine now, a bare
    invitation.

    Why: the close is what the client is left with. Hoping it works hands the checking back to
    them; an open "let me know if there's anything else" is fine only when the draft has already
    said what happens next and when. Confirm the next step and who owns it.

    Bad: I've reset your account. Hopefully that works!
    Better: I've reset your account, and I'll check with you tomorrow morning that you can log in.
    """
    # A next step is set when a specific time comes with a move of our own; a time alone can be a
    # policy's ("a replacement within 90 days only"), which leaves the invitation as bare as ever.
    next_step_set = context.step("expect").strength == 2 and (
        context.step("align").present or context.step("solve").strength == 2
    )
    body = context.doc.body
    # A close is how the reply ends: a hope said mid-draft is no close when the next step, with
    # its time, comes after it ("Hope that helps, and I'll call you at 3 pm to check.").
    times = context.step("expect").spans if next_step_set else ()
    for hit in phrases.hits(context.draft):
        quoted = body[hit.start : hit.end]
        if next_step_set and _OPEN_INVITATION.search(quoted):
            continue
        clause_end = _CLAUSE_END.search(body, hit.end)
        after = clause_end.end() if clause_end else len(body)
        if any(span.start >= after for span in times):
            continue
        yield hit


__register__ = (weak_close,)
