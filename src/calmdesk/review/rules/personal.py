"""Personal touch: the client signed with their name and the draft never uses it.

The guide's DO list starts with "use the client's name": it tells them a person, not a queue,
is dealing with their case.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from calmdesk.reading.values import first_name, name_parts
from calmdesk.review.rules.base import Context, Hit, Phrases, rule, whole_draft


@rule(
    "name-unused",
    severity="info",
    needs_reading=True,
    message="The client gave their name; the draft doesn't use it.",
    suggestion="Hi [name], ...",
)
def name_unused(context: Context, phrases: Phrases) -> Iterator[Hit]:
    """Flags a draft that never addresses the client by the name they gave.

    Why: using the client's name is the first item on the guide's DO list. It is a small signal
    that someone read their message and is dealing with it personally.

    Bad: Thanks for your message. I've booked the engineer for Monday at 9 am.
    Better: Hi Dana, thanks for your message. I've booked the engineer for Monday at 9 am.
    Client: heat=1 name=Dana
    """
    reading = context.reading
    name = reading.client_name if reading is not None else None
    if not name:
        return
    parts = name_parts(name)
    if not parts:
        return
    body = context.doc.body
    # In an ASCII draft a name absent from the lower-cased text cannot match: skip the regex.
    lowered = context.draft.lower if body.isascii() else None
    maybe = [p for p in parts if lowered is None or p.lower() in lowered]
    if any(re.search(rf"\b{re.escape(part)}\b", body, re.I) for part in maybe):
        return
    yield whole_draft(
        f"The client signed as {name}; the draft never uses their name.",
        f"Hi {first_name(name)}, ...",
    )


__register__ = (name_unused,)
