"""The avoided phrases stay quiet on good wording that shares their words.

Drafts of our own. Each group pairs what the rule is for (an order to relax, a "so what?", a
sarcastic "oh, great", a "soon" with no time) with wording that only looks like it: an open
question ("why do you think the order stalled?"), a wish for the client ("I hope you'll feel
better soon"), a word used in its plain sense ("I'm doing well, thanks for asking", "it feels as
if nobody is listening"), a next step with its time after a hope ("hope that helps, and I'll call
you at 3 pm").
"""

from __future__ import annotations

import pytest

from calmdesk.playbook import default_playbook
from calmdesk.review import review

PLAYBOOK = default_playbook()


def fired(draft: str) -> set[str]:
    return {f.rule for f in review(draft, PLAYBOOK).findings}


@pytest.mark.parametrize(
    ("rule_id", "draft"),
    [
        ("talking-down", "Why would you think the warranty covers accidents?"),
        ("talking-down", "Why on earth do you think we'd charge twice?"),
        ("talking-down", "Why do you even bother ordering from us?"),
        ("talking-down", "You don't understand how the billing cycle works."),
        ("talking-down", "Obviously you didn't read the confirmation email."),
        ("talking-down", "No problem, buddy."),
        ("talking-down", "Thanks, honey, the parcel is on its way."),
        ("condescending", "Just relax, the parcel will come."),
        ("condescending", "Try to relax, it's only a parcel."),
        ("condescending", "Clearly you missed the second page of the form."),
        ("dismissive", "So what? It's one day late."),
        ("dismissive", "It's a late parcel. Get over it."),
        ("dismissive", "You need to grow up about this."),
        ("dismissive", "If I were you, I'd try to get over it."),
        ("dismissive", "Honestly, just deal with it."),
        ("dismissive", "Stuff happens."),
        ("mirroring", "Oh great, another complaint about the courier."),
        ("mirroring", "Well, thanks for wasting my morning."),
        ("mirroring", "As if we'd lose it on purpose. As if!"),
        ("vague-timeline", "Your refund will be processed soon."),
        ("vague-timeline", "You will hear from the warehouse soon."),
        ("vague-timeline", "The engineer will come back soon."),
        ("vague-timeline", "Please send your number and our team will call you asap."),
        ("vague-timeline", "Please bear with us, we'll have it fixed as soon as possible."),
        ("vague-solution", "We'll do our best to look into it."),
        ("policy-ending", "That's our policy. I have checked it twice."),
        ("weak-close", "I'll call you at 9 am tomorrow. Hope that helps!"),
        ("weak-close", "I've refunded the postage. Hopefully the parcel turns up tomorrow."),
    ],
)
def test_the_phrase_still_fires(rule_id: str, draft: str) -> None:
    assert rule_id in fired(draft), draft


@pytest.mark.parametrize(
    ("rule_id", "draft"),
    [
        ("talking-down", "Why do you think the order stalled at the depot?"),
        ("talking-down", "Why do you think that might be?"),
        ("talking-down", "You never know what will turn up in the next delivery."),
        ("talking-down", "It sounds like you don't know how to raise it with your manager."),
        ("talking-down", "Slowly but surely you'll get the hang of the new portal."),
        ("talking-down", "If I read you clearly, you mean the second invoice is wrong?"),
        ("talking-down", "Obviously you want the best for your team, and so do we."),
        ("talking-down", "The garden furniture is best left out of direct sunshine."),
        ("talking-down", "The hamper comes with a jar of local honey."),
        ("talking-down", "I suggest you try talking to the venue first; I'll call them too."),
        ("condescending", "The spa voucher is a chance to relax, and it's valid for a year."),
        ("condescending", "A quiet week off helped me relax."),
        ("dismissive", "So what I'm hearing is that the part never came?"),
        ("dismissive", "So what would suit you better, a refund or a swap?"),
        ("dismissive", "It took me weeks to get over it when my own order went missing."),
        ("dismissive", "I'll make it happen by Friday."),
        ("dismissive", "Let me know when it happens and I'll come out."),
        ("dismissive", "Don't be upset with yourself; the form was confusing."),
        ("dismissive", "Whatever helps you deal with it, we'll support."),
        ("mirroring", "I'm doing well, thanks for asking. How can I help today?"),
        ("mirroring", "Well, great job spotting the error on the invoice."),
        ("mirroring", "It feels as if nobody has listened to you, and I'm sorry."),
        ("vague-timeline", "I hope you'll feel better soon, and the refund is already sent."),
        ("vague-timeline", "I'm sure you will find a new favourite soon."),
        ("vague-timeline", "She will recover soon, I'm sure, and the booking is moved to June."),
        ("vague-timeline", "We hope to hear from you again soon."),
        (
            "vague-timeline",
            "I'd recommend calling your bank as soon as possible; the refund is sent.",
        ),
        ("vague-timeline", "You should report the card stolen asap, and I've frozen it meanwhile."),
        ("deflection", "You'll have to talk to him about the surprise before the party."),
        # the phrase matches, and the rule's own check excuses it: what comes after is an offer,
        # or the next step with its time
        ("policy-ending", "Our policy is generous here, and I've refunded you in full."),
        ("policy-ending", "That's the policy for sale items, and we have sent you a gift card."),
        ("weak-close", "I've reset it. Hope that helps, and I'll call you at 3 pm to check."),
        (
            "weak-close",
            "Hope that helps. A new unit ships today; I'll email you its tracking by 5 pm.",
        ),
    ],
)
def test_good_wording_does_not_fire(rule_id: str, draft: str) -> None:
    assert rule_id not in fired(draft), draft
