"""Business replies: account managers at a SaaS vendor, an agency and a logistics firm.

Each draft is ours, written for these tests, with the findings we expect among the rules that
guard ownership: blaming a person or "the system", deflecting, hiding behind the terms, handing the
client to another team with nobody named and no time, and the vague wording around them. Other
rules (a missing name, a missing step) may fire too; they are not what these drafts test.
"""

from __future__ import annotations

import pytest

from calmdesk.playbook import default_playbook
from calmdesk.review import review

PLAYBOOK = default_playbook()

# The rules these drafts are about; anything else a draft sets off is left to its own tests.
OWNERSHIP = frozenset(
    {
        "blame-shifting",
        "system-blame",
        "deflection",
        "policy-ending",
        "vague-promise",
        "vague-timeline",
        "weak-close",
    }
)

DRAFTS: list[tuple[str, str, set[str]]] = [
    # ---------------------------------------------------------------- weak drafts
    (
        "the-weak-renewal-reply",
        "Hi Priya,\n\nThanks for your email. Unfortunately our billing system automatically "
        "generated the invoice based on the seat count on the renewal date. As per our terms, "
        "seat changes need to be submitted before the renewal date. This isn't something I can "
        "change on my end. I've passed this on to our finance team and they should get back to "
        "you shortly.\n\nHopefully this helps!\n\nTom",
        {
            "system-blame",
            "policy-ending",
            "deflection",
            "vague-promise",
            "vague-timeline",
            "weak-close",
        },
    ),
    (
        "system-flagged-the-account",
        "Hi Marco,\n\nThe system flagged your account for unusual activity, which is why the "
        "dashboards are locked. You'll need to raise it with accounts.\n\nRegards,\nElla",
        {"system-blame", "deflection"},
    ),
    (
        "an-automated-process",
        "Hello Ruth,\n\nI understand the reminder emails were annoying. It's an automated process "
        "and there's not much I can do from here.\n\nKind regards,\nOwen",
        {"system-blame", "deflection"},
    ),
    (
        "the-platform-does-it",
        "Hi Jonas,\n\nThe platform does this automatically when a campaign passes its budget, so "
        "the ads were paused overnight.\n\nBest,\nLena",
        {"system-blame"},
    ),
    (
        "the-tool-pulled-the-old-rate",
        "Dear Ms Okafor,\n\nOur invoicing tool pulled the old rate for March, which is why the "
        "total looks higher. I don't have access to that part of the account.\n\nBest wishes,\n"
        "Sam",
        {"system-blame", "deflection"},
    ),
    (
        "not-within-my-remit",
        "Hi Colm,\n\nI hear you on the storage fees. I'm afraid waiving them is not within my "
        "remit.\n\nThanks,\nAisha",
        {"deflection"},
    ),
    (
        "above-my-pay-grade",
        "Hi Dev,\n\nA custom SLA is honestly above my pay grade. Let me know if there's anything "
        "else.\n\nCheers,\nMia",
        {"deflection", "weak-close"},
    ),
    (
        "as-stated-in-our-tcs",
        "Hi Noor,\n\nAs stated in our T&Cs, deposits are non-refundable once the shoot is "
        "booked.\n\nRegards,\nBen",
        {"policy-ending"},
    ),
    (
        "per-the-contract",
        "Hello Frank,\n\nPer the contract, storage beyond 30 days is charged at the weekly "
        "rate, so the invoice stands.\n\nKind regards,\nIngrid",
        {"policy-ending"},
    ),
    (
        "in-line-with-our-policy",
        "Hi Hana,\n\nWe're unable to extend the trial, in line with our policy.\n\nBest,\nLuis",
        {"policy-ending"},
    ),
    (
        "forwarded-to-the-team",
        "Hi Kwame,\n\nThanks for flagging the missing pallets. I've forwarded your email to our "
        "operations team and someone will be in touch.\n\nRegards,\nHelen",
        {"vague-promise"},
    ),
    (
        "escalated-to-billing",
        "Hi Ava,\n\nSorry about the double charge. I have escalated this to the billing "
        "department, who will get back to you.\n\nThanks,\nRaj",
        {"vague-promise"},
    ),
    (
        "blamed-the-developers",
        "Hi Simone,\n\nThe outage was caused by our hosting provider, not by us. Hopefully that "
        "works.\n\nBest,\nKai",
        {"blame-shifting", "weak-close"},
    ),
    # ---------------------------------------------------------------- good drafts
    (
        "the-renewal-reply-rewritten",
        "Hi Priya,\n\nI can see why the renewal invoice was a shock: it billed 40 seats when you "
        "had asked to drop to 25. That's on us to fix. I've asked Dana in finance to reissue it "
        "for 25 seats, and she'll email you the corrected invoice by 3 pm today. I'll call you "
        "at 4 pm to confirm it's right.\n\nThank you for your patience,\nTom",
        set(),
    ),
    (
        "system-as-a-fact",
        "Hi Marco,\n\nOur system shows the parcel left our Leeds depot on Monday at 6 pm. I've "
        "asked the carrier to confirm where it is now and will update you by noon.\n\nBest,\nElla",
        set(),
    ),
    (
        "tracking-system-status",
        "Hello Ruth,\n\nOur tracking system records the delivery at 10:42 this morning, signed for "
        "at reception. I'll send you the proof of delivery within the hour.\n\nKind regards,\nOwen",
        set(),
    ),
    (
        "per-your-request",
        "Hi Jonas,\n\nPer your request, I've moved the launch to 14 May and updated the shared "
        "plan. I'll send the new timeline by 5 pm today.\n\nBest,\nLena",
        set(),
    ),
    (
        "terms-with-an-offer",
        "Dear Ms Okafor,\n\nUnder our terms the seat count locks at renewal, but I can credit the "
        "15 unused seats against your next invoice, and I'll confirm the credit by Friday.\n\n"
        "Best wishes,\nSam",
        set(),
    ),
    (
        "contract-in-the-clients-favour",
        "Hi Colm,\n\nYou're right: per the contract you're owed a service credit for the outage, "
        "and I've applied 10% to this month's invoice today.\n\nThanks,\nAisha",
        set(),
    ),
    (
        "a-named-hand-off",
        "Hi Dev,\n\nI've passed this to Maria, who leads our integrations team. She'll call you "
        "by 11 am tomorrow with the fix and the rollout date.\n\nCheers,\nMia",
        set(),
    ),
    (
        "hand-off-with-the-rep-in-charge",
        "Hi Noor,\n\nI've raised this with our finance team and I'll chase them myself; you'll "
        "hear from me by 2 pm either way.\n\nRegards,\nBen",
        set(),
    ),
    (
        "automatic-renewal-explained-with-an-offer",
        "Hello Frank,\n\nThe renewal ran automatically on the 1st, which I know wasn't what you "
        "wanted. I've cancelled it and refunded the charge today; the money will be back in your "
        "account within five working days.\n\nKind regards,\nIngrid",
        set(),
    ),
    (
        "no-access-but-owns-it",
        "Hi Hana,\n\nI don't have access to the payroll module myself, so I've asked Joe in "
        "support to unlock it, and he'll confirm by 3 pm.\n\nBest,\nLuis",
        set(),
    ),
    (
        "policy-then-what-we-can-do",
        "Hi Kwame,\n\nOur policy doesn't cover pallets damaged after delivery, but I will send a "
        "surveyor on Thursday at 9 am and cover the cost of the visit.\n\nRegards,\nHelen",
        set(),
    ),
    (
        "system-error-owned",
        "Hi Ava,\n\nThe duplicate charge came from our billing system, and that's our mistake. "
        "I've refunded it today and you'll get the confirmation email within the hour.\n\n"
        "Thanks,\nRaj",
        set(),
    ),
    (
        "raise-with-our-team-for-them",
        "Hi Simone,\n\nI'm sorry the report broke your Monday. I've logged it with our engineers "
        "as urgent and will update you by 1 pm with a fix date.\n\nBest,\nKai",
        set(),
    ),
    (
        "contract-terms-quoted-to-help",
        "Hi Tariq,\n\nAs set out in your contract, you can add seats at any time at the same "
        "rate, so I've added the five you asked for today.\n\nThanks,\nGrace",
        set(),
    ),
]


@pytest.mark.parametrize(("name", "draft", "expected"), DRAFTS, ids=[d[0] for d in DRAFTS])
def test_business_draft_has_the_findings_we_expect(
    name: str, draft: str, expected: set[str]
) -> None:
    found = {f.rule for f in review(draft, PLAYBOOK).findings} & OWNERSHIP
    assert found == expected, name


def test_the_weak_renewal_reply_points_at_each_phrase() -> None:
    draft = DRAFTS[0][1]
    result = review(draft, PLAYBOOK)
    quotes = {f.rule: draft[f.start : f.end] for f in result.findings if f.rule in OWNERSHIP}
    assert "billing system automatically generated" in quotes["system-blame"]
    assert "As per our terms" in quotes["policy-ending"]
    assert "isn't something I can change" in quotes["deflection"]
    assert "passed this on to our finance team" in quotes["vague-promise"]


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
        "As per our terms, seat changes need to be made before renewal; I'll make this one for "
        "you today.",
        "Under the contract the fee applies, but what I can do is spread it over three months.",
    ],
)
def test_the_terms_followed_by_an_offer_are_not_a_policy_ending(draft: str) -> None:
    assert "policy-ending" not in fired(draft), draft


@pytest.mark.parametrize(
    "draft",
    [
        # "we can't" and "something I can change" are limits, not offers
        "That's our policy, and we can't make exceptions.",
        "As per our terms, seat changes need to be submitted first. This isn't something I can "
        "change.",
        "Per the contract, storage fees can't be waived. There's not much I can do about it.",
    ],
)
def test_a_limit_after_the_policy_does_not_count_as_an_offer(draft: str) -> None:
    assert "policy-ending" in fired(draft), draft


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
