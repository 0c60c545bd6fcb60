"""A promise's scope: its words run from its trigger to the next trigger or the sentence's end;
`trim` cuts trailing punctuation and a dangling "and" off them, and a scope that ends in a question
mark offers rather than promises.

>>> low = "i'll call you at 3 pm and "
>>> low[: trim(low, 0, len(low))]
"i'll call you at 3 pm"
"""

from __future__ import annotations

import re

from calmdesk.commitments.triggers import Trigger

_TRAILING = " \t\n,.;:!?-–—"
_DANGLING = re.compile(r"\s+(?:and|then|but|so)$")
_DANGLING_WORDS = ("and", "then", "but", "so")
_LIST_MARK = re.compile(r"[,;]")


def trim(low: str, start: int, end: int) -> int:
    """Where the words in low[start:end] stop, without trailing punctuation or a dangling "and"."""
    while end > start and low[end - 1] in _TRAILING:
        end -= 1
    if not low.endswith(_DANGLING_WORDS, start, end):
        return end
    tail = _DANGLING.search(low, start, end)
    return tail.start() if tail else end


def is_question(low: str, trigger: Trigger, scope_end: int) -> bool:
    """Whether the promise's scope asks ("shall I call you?"): a question offers, it does not
    promise. A list of things to send is no question, nor is anything the client is asked for."""
    if trigger.owner == "client":
        return False
    scope = low[trigger.at : scope_end].rstrip()
    return scope.endswith("?") and not _LIST_MARK.search(scope)
