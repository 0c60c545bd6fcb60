"""What a refund offer can name: the amount the client wants back and the thing it is for.

The amount is the first one that is not a running loss (`reading.money`): "it's costing us £4,000
a day" is no refund to offer. `format_amount` writes an amount as the draft says it.

>>> from calmdesk.playbook import default_playbook
>>> from calmdesk.reading import read
>>> reading = read("It's costing us £4,000 a day. Refund the $80 fee.", default_playbook())
>>> refund_amount(reading), refund_object(reading)
('USD 80.00', 'the $80 fee')
>>> format_amount("USD", 80.0), format_amount("CHF", 12.5)
('$80', '12.50 CHF')
"""

from __future__ import annotations

import re

from calmdesk.reading.money import refundable_amounts
from calmdesk.reading.values import Reading
from calmdesk.text import sentence_around

# "the expedite charges refunded", "a refund of the delivery fee", "refund my deposit".
_REFUNDED_THING = re.compile(
    r"\b(?:the|my|our)\s+((?:[\w$£€.,-]+\s+){0,3}?(?:charges?|fees?|payments?|deposit|shipping|"
    r"postage|surcharges?|difference|fare|subscription|balance|premium|upgrade))\b",
    re.I,
)
_OWNER = {"my": "your", "our": "your", "the": "the"}
CURRENCY_SIGNS = {"USD": "$", "GBP": "£", "EUR": "€"}


def refund_amount(reading: Reading) -> str | None:
    """The first amount in the message that is not a running loss or a sum never paid."""
    amounts = refundable_amounts(reading)
    return amounts[0].value if amounts else None


def refund_object(reading: Reading) -> str | None:
    """What the refund asked for is of ("the expedite charges"), from the ask's own sentence."""
    text = reading.text
    for ask in reading.asks:
        if ask.name != "refund":
            continue
        start, end = sentence_around(text, ask.span.start, ask.span.end)
        found = _REFUNDED_THING.search(text, start, end)
        if found is not None:
            owner = found.group().split(None, 1)[0].lower()
            return f"{_OWNER[owner]} {' '.join(found.group(1).split())}"
    return None


def format_amount(currency: str, number: float) -> str:
    """'$1,200' or '$12.50'; other currencies after the number ('300 CHF')."""
    text = f"{number:,.0f}" if number == int(number) else f"{number:,.2f}"
    sign = CURRENCY_SIGNS.get(currency)
    return f"{sign}{text}" if sign else f"{text} {currency}"
