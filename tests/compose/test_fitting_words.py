"""Words that fit what the client told, so that a draft neither guesses nor generalises. Every
client message here is our own."""

from __future__ import annotations

from datetime import datetime

import pytest

from calmdesk.compose import ComposeContext, compose
from calmdesk.compose.facts import facts_from
from calmdesk.playbook import default_playbook
from calmdesk.reading import read
from calmdesk.review import review

PLAYBOOK = default_playbook()


def drafts(message: str) -> list[tuple[str, str, str, str]]:
    """The acknowledgement, check, offer and whole text of drafts of `message`, for four seeds
    with and without a send time, each passing review."""
    reading = read(message, PLAYBOOK)
    found = []
    for seed in range(4):
        for now in (None, datetime(2026, 11, 24, 10, 30)):
            draft = compose(reading, PLAYBOOK, ComposeContext(now=now, seed=seed))
            acknowledge, clarify, solve = (
                draft.part(s) for s in ("acknowledge", "clarify", "solve")
            )
            assert acknowledge is not None and clarify is not None and solve is not None
            result = review(draft.text, PLAYBOOK, reading)
            assert result.verdict == "send", (draft.text, result.explanation)
            found.append((acknowledge.span.text, clarify.span.text, solve.span.text, draft.text))
    return found


@pytest.mark.parametrize(
    ("message", "replaced", "refunded"),
    [
        # one thing named: one replacement, and the money back "for it"
        ("My new kettle arrived smashed and I'm livid.", "a replacement kettle", "refund for it"),
        ("The toaster came broken in the box, order 7731.", "a replacement toaster", "for it"),
        # goods named in the plural: replacements, "for them"
        (
            "The glasses I ordered arrived broken, all six of them. Not happy.",
            "replacement glasses",
            "for them",
        ),
        # named with how they came to the client: "the lamp I bought"
        ("The lamp I bought online arrived with a cracked base.", "a replacement lamp", "for it"),
        # nothing named: as many as came damaged, without guessing how many
        (
            "The parcel arrived crushed and soaked through. Not impressed.",
            "a replacement for anything that arrived damaged",
            "refund for anything that arrived damaged",
        ),
    ],
)
def test_goods_come_damaged_are_replaced_as_many_as_were_named(
    message: str, replaced: str, refunded: str
) -> None:
    facts = facts_from(read(message, PLAYBOOK), PLAYBOOK, ComposeContext())
    assert facts.damaged and facts.several == replaced.startswith("replacement ")
    for _, _, solve, text in drafts(message):
        assert replaced in solve and refunded in solve, text
        assert "the damaged items" not in text, text
        if not replaced.startswith("replacement "):  # one thing, or none named
            assert "replacements" not in text, text
