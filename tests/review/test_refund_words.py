"""A refund offered as a charge reversed ("I've asked billing to reverse the duplicate charge")
is a solution and answers the client's refund ask; a charge merely mentioned is neither."""

from __future__ import annotations

import pytest

from calmdesk.playbook import default_playbook
from calmdesk.reading import read
from calmdesk.review import review

PLAYBOOK = default_playbook()
CLIENT = read("You charged us twice. I want the $480 back by Friday.", PLAYBOOK)


@pytest.mark.parametrize(
    "draft",
    [
        "I've asked our billing lead to reverse the duplicate $480 charge today.",
        "I'm voiding the second payment now, so only one charge stays on your card.",
    ],
)
def test_a_reversed_charge_is_a_solution_that_answers_a_refund(draft: str) -> None:
    result = review(draft, PLAYBOOK, CLIENT)
    solve = next(s for s in result.steps if s.step == "solve")
    assert solve.present
    assert "ask-unanswered" not in {f.rule for f in result.findings}


def test_a_charge_only_mentioned_leaves_the_refund_unanswered() -> None:
    result = review("I can see the duplicate $480 charge on your account.", PLAYBOOK, CLIENT)
    assert "ask-unanswered" in {f.rule for f in result.findings}
