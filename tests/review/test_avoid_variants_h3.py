"""The avoided phrases catch their everyday variants, and stay quiet on the legitimate wording
next to them.

Each rule gets drafts as reps really type them (tense, pronouns, "I'm afraid", "at this stage",
no apostrophes, British and American spelling, words in between) and near misses that must not
fire. All the sentences are our own.
"""

from __future__ import annotations

import pytest

from calmdesk.playbook import default_playbook
from calmdesk.review import review

PLAYBOOK = default_playbook()

VARIANTS: dict[str, list[str]] = {
    "deflection": [
        "I'm afraid there isn't anything I can do at this stage.",
        "Its not something we can help with unfortunately.",
        "There's really nothing else we can do at this point.",
        "Theres nothing more I can do for you, sorry.",
        "Unfortunately there is nothing further that we are able to do.",
        "There's not a lot more we can do from here.",
        "Honestly there's nothing I can do about the courier.",
        "That isn't something I'm able to help with.",
        "This is not something we are able to assist with at the moment.",
        "I'm afraid that's out of our hands now.",
        "We're not really able to help with that, I'm afraid.",
        "I cant help you with this one.",
        "There was nothing more we could do.",
        "There's nothing anyone here can do about it.",
        "Theres not much else I can do.",
        "That's not something we deal with, sorry.",
        "We can't really do anything about the delay.",
        "There isn't anything else that we can offer you.",
        "I'm not in a position to help with that.",
        "That's not really something I can change, I'm afraid.",
        "Nothing else can be done at this stage.",
        "There's no more we can do.",
        "I'm afraid my hands are tied here.",
        "That is not something we're able to help you with.",
        "There's honestly nothing more that I could do.",
        "It isn't something we can assist with at the moment.",
        "Sorry, there really isn't much we can do now.",
        "I'm afraid this is outside of what we can do.",
        "Not much we can do on our end, sorry.",
        "There's nothing further we can offer at this time.",
        "I'm sorry but theres nothing i can do.",
        "We arent able to help with that one.",
        "Unfortunately that isnt something we can change.",
        "Nothing more can be done, I'm afraid.",
        "I really can't do anything else for you.",
        "That's not something I can sort out for you.",
    ],
    "cant-first": [
        "Sadly, we can't offer a refund.",
        "I'm afraid we can't change the date.",
        "Unfortunately I cannot process a refund.",
        "Unfortunately, there's no way to change the order now.",
        "Unfortunately that's not possible.",
        "Unfortunately we're not allowed to share that.",
        "Unfortunately, this isn't something we offer.",
        "Unfortunately, as the item was used, we can't accept it.",
        "Regrettably, we cannot offer compensation.",
        "Unfortunately at this stage we can't cancel the order.",
        "Unfortunately we would not be able to do that.",
        "Unfortunately, we aren't able to change it.",
        "Unfortunately we wont be able to refund this.",
        "Im afraid we are unable to extend the trial.",
        "Sadly that isn't possible at the moment.",
        "Unfortunately we can't do that.",
        "Sadly we won't be able to refund you.",
        "Unfortunately, we don't offer next day delivery.",
        "I'm afraid we cannot accept returns after 28 days.",
        "Unfortunately there's no option to change the date.",
        "Unfortunately we're unable to reinstate the voucher.",
        "Regrettably we are unable to extend the deadline.",
        "Unfortunately this isn't possible.",
        "I'm afraid that isn't possible.",
        "Unfortunately, at this time, we can't ship abroad.",
    ],
    "policy-ending": [
        "I hear you, but rules are rules.",
        "Thats our policy.",
        "That's the policy, I'm afraid.",
        "Those are the rules.",
        "It's against our policy.",
        "We have to follow the policy.",
        "I'm afraid I have to go by the rules.",
        "That's just the way it is.",
        "Policy is policy.",
        "I can't go against policy.",
        "That's against the rules.",
        "Policy states that refunds take ten days.",
        "Rules are rules, I'm afraid.",
        "We must stick to our returns policy.",
        "I'm sorry, that's company policy.",
        "It's just our policy.",
        "That's the rule, I'm afraid.",
        "We have to stick to the rules.",
        "The rules are the rules.",
        "That goes against our policy.",
        "Our policy states refunds take 14 days.",
        "Per company policy we cannot do that.",
        "That is our store policy.",
        "I'm afraid it's against company policy.",
    ],
}

NEAR_MISSES: dict[str, list[str]] = {
    "deflection": [
        "There's nothing more you need to do.",
        "There isn't anything you need to do on your side.",
        "Is there anything else I can do for you?",
        "There's nothing we can do about the storm, but I've rebooked you on the first flight.",
        "There's not much more to add: your refund went through today.",
        "It's not something we usually do, but I've made an exception for you.",
        "I can't help you with the form, but I can fill it in with you on a call.",
        "I can't help thinking we should have called you sooner.",
        "There's nothing else you'll need to send us.",
        "I'll do everything I can at this stage to get it there by Friday.",
        "Nothing else needs to be done on your side.",
        "There's nothing I'd rather do than get this fixed for you today.",
        "If there's anything else I can do, I'll do it today.",
        "That's something we can help with straight away.",
        "There's no more waiting: the engineer arrives at 10 am.",
        "If there's nothing more I can do today, I'll call you on Monday at 9 to check.",
        "I can't help with the form myself, but our billing lead can, and she'll call you at 2 pm.",
        "Nothing more is needed from you: the refund is on its way.",
        "There isn't much more I need from you, just the order number.",
        "I can't help feeling we should have warned you about the delay.",
        "We're not able to see the order yet, so could you send me the number?",
        "I'm not able to call before 9, but I'll ring you at 9:05 sharp.",
        "It's not something you should have had to deal with, and I'm sorry.",
        "That's not something I'd normally offer, but I've added a free month for you.",
        "There's nothing wrong with your card; the fault was ours.",
        "Outside of office hours, our night team can help you on the same number.",
        "There was nothing you could have done differently.",
    ],
    "cant-first": [
        "Unfortunately the parcel was delayed, so I've booked a replacement.",
        "I'm afraid I have some bad news about the parcel.",
        "Unfortunately the courier missed the slot, and I've rebooked it for 9 am.",
        "I can't thank you enough for your patience.",
        "Sadly, your parcel was damaged, so a new one leaves today.",
        "If we can't fix it by Friday, I'll refund you in full.",
        "What I can do is send a new one today.",
        "Unfortunately it's possible the box was opened in transit, so I've sent a new one.",
        "I'm afraid of getting this wrong again, so I've asked my lead to check it.",
        "Unfortunately the form has expired, so I've sent you a new one.",
        "Unfortunately the courier lost the parcel, so I've sent another today.",
        "I can refund you today, and unfortunately the shop can't.",
        "Sadly, the colour you wanted has sold out, so I've reserved the nearest match.",
        "I'm afraid I owe you an apology for the mix-up.",
        "Unfortunately, the part arrived broken; a new one reaches you tomorrow.",
        "Regrettably, the event was cancelled, and I've refunded your tickets in full.",
        "I'm afraid it's taken longer than it should have: it's now fixed.",
        "Unfortunately it's possible you'll see two emails; ignore the first.",
    ],
    "policy-ending": [
        "Our policy lets me refund you today.",
        "I've checked the policy and you're covered, so the refund goes out today.",
        "The rules changed last month, which works in your favour: I'll refund you today.",
        "That's against the rules, but I'll make an exception for you today.",
        "I can't go against the policy, but I can send a replacement today.",
        "The house rules are on page two of the guide.",
        "Policy or not, I'll make sure you're refunded today.",
        "Those are the rules for standard orders; yours is express, so I can refund it now.",
        "The rules on returns are simple: 30 days, and I'll send you the label now.",
        "I know the rules can be confusing, so here's the short version.",
        "I'll bend over backwards to get this fixed for you.",
        "That's the rule for standard orders, but I can waive it for you today.",
        "Policy aside, I'll make sure it's sorted by Friday.",
        "We follow the policy you agreed to, and it covers you for a full refund today.",
        "It's against the rules to charge you twice, so I've refunded the second payment.",
    ],
}


def fired(draft: str) -> list[str]:
    return [finding.rule for finding in review(draft, PLAYBOOK).findings]


@pytest.mark.parametrize(
    ("rule_id", "draft"), [(rule, draft) for rule, drafts in VARIANTS.items() for draft in drafts]
)
def test_variant_fires(rule_id: str, draft: str) -> None:
    assert rule_id in fired(draft)


@pytest.mark.parametrize(
    ("rule_id", "draft"),
    [(rule, draft) for rule, drafts in NEAR_MISSES.items() for draft in drafts],
)
def test_near_miss_stays_quiet(rule_id: str, draft: str) -> None:
    assert rule_id not in fired(draft)
