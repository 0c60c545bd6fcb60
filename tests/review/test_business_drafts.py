"""Business replies: handing the client to another team, with and without an owner."""

from __future__ import annotations

import pytest

from calmdesk.playbook import default_playbook
from calmdesk.review import review

PLAYBOOK = default_playbook()


def fired(draft: str) -> set[str]:
    return {f.rule for f in review(draft, PLAYBOOK).findings}


@pytest.mark.parametrize(
    "draft",
    [
        "I've passed this on to our finance team and they should get back to you.",
        "We have forwarded your ticket to the billing department.",
        "I have escalated the matter to our technical team, who will look into it shortly.",
        "I've flagged your feedback with the product team.",
        "I've raised it with our accounts people and they'll be in touch.",
    ],
)
def test_handing_the_client_to_a_team_with_no_owner_and_no_time_is_a_vague_promise(
    draft: str,
) -> None:
    messages = [f.message for f in review(draft, PLAYBOOK).findings if f.rule == "vague-promise"]
    assert [m for m in messages if "another team" in m], draft


@pytest.mark.parametrize(
    "draft",
    [
        # a named owner and a time
        "I've asked Dana in finance to correct it, and she'll email you by 3pm.",
        # a team, but a time the client can hold us to
        "I've passed this to our finance team, and you'll get the corrected invoice by 5 pm today.",
        # a team, with the rep still on it
        "I've raised this with our engineers and I'll chase them myself until it's fixed.",
        "We've escalated this to the network team; I will update you as soon as I hear.",
        # a document handed over, not the client
        "I've sent the signed contract to your legal team, and I'll call at 2 pm.",
    ],
)
def test_a_hand_off_with_an_owner_or_a_time_is_not_flagged(draft: str) -> None:
    # "I'll chase them" with no time may still be a promise without a time; not a lost hand-off
    messages = [f.message for f in review(draft, PLAYBOOK).findings if f.rule == "vague-promise"]
    assert not [m for m in messages if "another team" in m], draft


@pytest.mark.parametrize(
    "draft",
    [
        "Unfortunately our billing system automatically generated the invoice for 40 seats.",
        "The system flagged your account, which is why the dashboards are locked.",
        "It's an automated process.",
        "The platform does this automatically when a campaign passes its budget.",
        "Our invoicing tool pulled the old rate for March.",
    ],
)
def test_blaming_the_system_for_what_happened_to_the_client(draft: str) -> None:
    assert "system-blame" in fired(draft), draft


@pytest.mark.parametrize(
    "draft",
    [
        "Our system shows the parcel left on Monday.",
        "Our billing system applied the old rate, which was our mistake, and I've reissued it.",
        "The renewal is automatic, so you don't need to do anything.",
    ],
)
def test_the_system_as_a_fact_or_owned_is_not_blame(draft: str) -> None:
    assert "system-blame" not in fired(draft), draft
