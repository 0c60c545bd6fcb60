"""Amounts a client could want back, told from losses and rates they mention."""

import pytest

from calmdesk.playbook import default_playbook
from calmdesk.reading import read
from calmdesk.reading.money import refundable_amounts


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Please refund the $40 fee.", ["USD 40.00"]),
        ("I paid £120 for next-day delivery and it came a week late.", ["GBP 120.00"]),
        ("It cost me $80 and broke in a day.", ["USD 80.00"]),
        ("It's costing us about £4,000 a day. Refund the $80 fee.", ["USD 80.00"]),
        ("We are losing $2,000 in sales every week.", []),
        ("Our budget for this was $5,000.", []),
        ("The outage costs us $300 per hour.", []),
        ("Overtime is running at $900/day.", []),
    ],
)
def test_refundable_amounts(text: str, wanted: list[str]) -> None:
    reading = read(text, default_playbook())
    assert [e.value for e in refundable_amounts(reading)] == wanted
