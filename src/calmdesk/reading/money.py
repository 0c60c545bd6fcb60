"""Which amounts in a client's message are money they could want back.

A message holds other amounts too: "our line is idle, it's costing us £4,000 a day" states a
loss, not a price paid, and a reply or a handoff that spoke of "a refund of £4,000" would promise
or escalate the wrong thing. An amount reads as a loss or a sum never paid to us when a rate
follows it ("a day", "per hour") or a word of losing, earning or budgeting comes shortly before it.

>>> from calmdesk.playbook import default_playbook
>>> from calmdesk.reading import read
>>> reading = read("It's costing us £4,000 a day. Refund the $80 fee.", default_playbook())
>>> [e.value for e in refundable_amounts(reading)]
['USD 80.00']
"""

from __future__ import annotations

import re

from calmdesk.reading.values import Entity, Reading

# "£4,000 a day", "$50 per hour", "$300/day": a rate, not a price paid.
_RATE_AFTER = re.compile(
    r"\s*(?:(?:a|an|per|each|every|for\s+every)\s+(?:day|week|hour|month|year|minute|shift)|"
    r"/\s*(?:day|week|hour|month|year|hr|h|d))\b",
    re.I,
)
# "costing us about £4,000", "we lost $2,000 in sales", "a budget of $500".
_LOSS_BEFORE = re.compile(
    r"\b(?:costing|losing|lost|lose|loses|worth|revenue|turnover|budget|salary|salaries|earn\w*|"
    r"income|profit\w*|sales)\b[^.!?\n]{0,30}$",
    re.I,
)
_LOOK_BACK = 60
# An amount entity's value: "USD 80.00".
_VALUE = re.compile(r"([A-Z]{3}) (\d+(?:\.\d+)?)")


def amount_of(value: str) -> tuple[str, float] | None:
    """The currency and number of an amount entity's value ("USD 80.00"); None for another form.

    >>> amount_of("GBP 4000.00"), amount_of("$80")
    (('GBP', 4000.0), None)
    """
    match = _VALUE.fullmatch(value.strip())
    return (match[1], float(match[2])) if match else None


def is_refundable(text: str, amount: Entity) -> bool:
    """Whether `amount` (an entity of `text`) could be money the client wants back."""
    start, end = amount.span.start, amount.span.end
    if _RATE_AFTER.match(text, end):
        return False
    return _LOSS_BEFORE.search(text, max(0, start - _LOOK_BACK), start) is None


def refundable_amounts(reading: Reading) -> list[Entity]:
    """The message's amounts in text order, less running losses and sums never paid."""
    return [e for e in reading.entities if e.kind == "amount" and is_refundable(reading.text, e)]
