"""Placeholders: template slots left unfilled, such as {tracking_number} or [name].

Ready phrases from the playbook have slots to fill; a slot that reaches the client shows the
reply came from a template and leaves out the very detail they needed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from calmdesk.review.rules.base import Context, Hit, Phrases, rule

_SLOT = re.compile(
    r"\{\{?\s*[A-Za-z_][\w .-]{0,40}?\s*\}\}?"
    r"|\[(?:[A-Za-z][\w /.,'’-]{0,40})\](?!\()"
    r"|<(?:[A-Z][A-Z _]{1,30}|name|first name|date|time|order number)>"
    r"|%[A-Za-z_]{3,30}%"
    r"|\b(?:XXX+|xxx+|TODO|FIXME)\b"
)

# A cheap first look: no slot can be there without one of these (substring tests, no regex).
_SLOT_SIGNS = ("{", "[", "<", "%", "XXX", "xxx", "TODO", "FIXME")


@rule(
    "unfilled-placeholder",
    severity="error",
    message="A template slot is still unfilled.",
    suggestion="Replace the slot with the real detail (name, date, tracking number).",
)
def unfilled_placeholder(context: Context, phrases: Phrases) -> Iterator[Hit]:
    """Flags template slots left in the draft: {tracking_number}, [name], <DATE>, XXX.

    Why: a slot that reaches the client is worse than no template at all; it tells them the reply
    was not written for them and withholds the detail (a date, a number) they were waiting for.

    Bad: Hi [name], your new tracking number is {tracking_number}.
    Better: Hi Lee, your new tracking number is 1Z 999 AA1 0123 4567 84.
    """
    body = context.doc.body
    if not any(sign in body for sign in _SLOT_SIGNS):
        return
    for match in _SLOT.finditer(body):
        yield Hit(match.start(), match.end())


__register__ = (unfilled_placeholder,)
