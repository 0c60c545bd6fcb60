"""Avoided phrases in the wording reps really use: tense, pronouns, contractions, words between.

Drafts of our own, one group per rule: what reps write when they get defensive ("as mentioned
previously", "I've told you twice"), blame the client ("you must have entered the wrong address"),
blame someone or something else, brush the problem off or talk down. Beside them, near misses:
ordinary wording that shares the words and must stay quiet ("as discussed on the phone", "you
mentioned the lid was cracked", "if you entered the wrong address, I can change it").
"""

from __future__ import annotations

import pytest

from calmdesk.playbook import default_playbook
from calmdesk.review import review
from calmdesk.review.rules import active_rules
from calmdesk.review.steps.cues import Draft
from calmdesk.text import normalise

PLAYBOOK = default_playbook()

# The rules these drafts are about; a draft may set off others (a missing step, a missing name).
RULES = frozenset(
    {
        "blame-shifting",
        "system-blame",
        "defensive",
        "condescending",
        "dismissive",
        "client-blame",
        "talking-down",
        "mirroring",
    }
)

VARIANTS: dict[str, list[str]] = {
    "client-blame": [
        "You must have entered the wrong address, please double check next time.",
        "You entered the wrong postcode at checkout, so the parcel came back to us.",
        "You typed your email address incorrectly when you signed up.",
        "You must have selected the wrong plan when you upgraded.",
        "You probably clicked the wrong button on the form.",
        "You gave us the wrong account number.",
        "You put an incorrect date on the booking form.",
        "You ordered the wrong size, so the exchange isn't free.",
        "Please be more careful next time you fill in the form.",
        "Next time, please make sure the address is correct before you pay.",
        "Please double-check your details next time.",
        "Be more careful next time.",
        "You didn't give us the serial number, so we couldn't register the warranty.",
        "You never told us about the deadline.",
        "You didnt send the photos we asked for.",
        "You didn't tell us the size until Friday.",
        "You were supposed to send the signed form by Monday.",
        "You were meant to cancel before the renewal date.",
        "It was your responsibility to check the delivery address.",
        "It is the customer's responsibility to enter the correct details.",
        "It's up to you to make sure the card details are current.",
        "You should've checked the size guide before ordering.",
        "You shouldve read the confirmation email.",
        "If you'd read the confirmation email, you would have seen the date.",
        "Had you told us sooner, we could have stopped the shipment.",
        "The mistake was on your end, not ours.",
        "The problem is on your side, so there's nothing we can change.",
        "That's user error, I'm afraid.",
        "The order went to the old address because you entered it wrong.",
    ],
    "defensive": [
        "As mentioned previously, the refund takes 5-7 days.",
        "As mentioned before, we don't ship on Sundays.",
        "As stated in my previous email, the fee still applies.",
        "As explained in our last message, the warranty has ended.",
        "As per my previous email, the order left on Monday.",
        "Per my last response, the refund is being processed.",
        "As I have explained several times, the fee is fixed.",
        "I've told you twice now that the parcel left on time.",
        "I already told you the refund was issued.",
        "We have already informed you that the order cannot be changed.",
        "I've already explained this to you.",
        "Honestly I don't know what else you expect us to do.",
        "I'm not sure what you want me to do here.",
        "What more do you want from us?",
        "What else do you expect us to do?",
        "I never said the refund would be instant.",
        "That's not what I said.",
        "It clearly states on the website that returns take 14 days.",
        "The terms clearly state that deposits are non-refundable.",
        "It's clearly written on the order page.",
        "As you were told on the phone, the engineer comes on Friday.",
        "As you were already advised, the offer has ended.",
        "To reiterate, the fee applies to all orders.",
        "Just to reiterate, the fee applies.",
        "We've done nothing wrong here.",
        "We didn't do anything wrong.",
        "You're incorrect about the delivery date.",
        "In our defence, the order was placed after the cut-off.",
    ],
    "dismissive": [
        "It's just a few days.",
        "It's only been two days since you ordered.",
        "It's only a small scratch.",
        "It was only a minor delay.",
        "There's no reason to get upset.",
        "There is nothing to get worked up about.",
        "You're making a big deal out of nothing.",
        "Delays are normal at this time of year.",
        "Delays are common during the holidays.",
        "No biggie, the parcel will turn up.",
        "That's life.",
        "I'm not sure why you're so upset.",
        "I don't understand why you're getting so worked up.",
        "No one else has complained about it.",
        "Nobody else has had this problem.",
        "We have other customers to deal with.",
        "We have hundreds of other orders waiting.",
        "You're the only customer who has complained.",
    ],
    "condescending": [
        "Please calm down so I can help you.",
        "Take a deep breath and calm down.",
        "As you should already know, refunds take a week.",
        "It's not that complicated to log in.",
        "Obviously you need to keep the receipt.",
        "You need to understand that this is our policy.",
        "Let me explain it one more time.",
        "I'm not sure what's so confusing about a tracking link.",
        "No offense, but the size is on the label.",
        "It isn't rocket science.",
        "As everyone knows, sale items are final.",
        "It's really not that difficult.",
        "Just read the FAQ.",
        "Everyone else managed to set it up.",
        "Most customers have no trouble with this form.",
        "As you well know, the terms are on the invoice.",
        "What's so hard to understand about a return label?",
        "Not sure what's so hard about resetting a password.",
        "I don't see what's so confusing about this.",
        "Its not that hard to track a parcel.",
    ],
    "talking-down": [
        "Did you even read the instructions?",
        "You obviously didn't check the tracking.",
        "If you'd bothered to read the email, you'd know.",
        "For the third time, the refund is processing.",
        "Read the terms again.",
        "I think you'll find the fee is in the contract.",
        "You clearly don't understand how billing works.",
        "Let me spell it out: the refund takes five days.",
        "Have you tried turning it off and on again?",
        "Do you understand what a deadline is?",
        "You do know the sale ended, right?",
        "Please pay attention to the instructions.",
        "I'm not sure you understand the terms.",
        "That's not how refunds work.",
        "Honey, the parcel will arrive.",
        "Did you read my email?",
        "Did you even read my last message?",
        "Have you tried reading the manual?",
        "I'm sure you're aware that the sale has ended.",
        "Read my last email again.",
        "You must be new to online shopping.",
        "Clearly you missed the part about shipping times.",
    ],
    "blame-shifting": [
        "It's the courier's fault, not ours.",
        "The courier messed up.",
        "That's down to the warehouse.",
        "The supplier is to blame for the delay.",
        "This is a DHL issue.",
        "The previous agent gave you the wrong information.",
        "It was the delivery driver who left it outside.",
        "That one isn't on us.",
        "The carrier screwed up your delivery.",
        "The delivery driver messed up your order.",
        "That's on the delivery company, not us.",
        "It's the fulfilment centre's fault.",
        "This is down to the logistics team.",
        "Our supplier let us down this week.",
        "The delay is the courier's responsibility.",
        "We're not to blame for this one.",
        "We are not at fault here.",
        "This has nothing to do with us.",
        "That's nothing to do with our team.",
    ],
    "system-blame": [
        "The system won't allow me to refund it.",
        "Sorry, computer says no.",
        "Our system automatically cancelled the order.",
        "It's an automated process, I can't change it.",
        "The app glitched and charged you twice.",
        "The system is designed that way.",
        "The system must have made a mistake.",
        "That's a system limitation.",
        "Our software crashed, which is why the order never went through.",
        "I can't override the system, I'm afraid.",
        "That's just how the system works.",
        "It was a glitch in our system.",
        "Our system is down, so I can't look at your account.",
        "Blame the software for that one.",
        "That's the way our platform is set up.",
    ],
    "mirroring": [
        "Thanks for nothing.",
        "Thanks for nothing, the parcel is late again.",
        "Oh great, the parcel is lost again.",
        "Yeah, right, we hid the fee on purpose.",
    ],
}

NEAR_MISSES: list[str] = [
    "I'll double-check next time.",
    "I've asked the team to be more careful next time.",
    "Have I already told you about the loyalty discount?",
    "So, to reiterate, you'd like a refund rather than a replacement?",
    "Let me reiterate how sorry we are.",
    "Unless you didn't get the email, the link is in it.",
    "Thanks for your patience; nothing else is needed.",
    "As we discussed on the phone, here is the refund.",
    "You mentioned the lid was cracked, so I've sent a new one.",
    "The address on the order is 12 Elm St; is that right?",
    "We're still waiting on the artwork; could you send it today?",
    "It looks like the house number is missing; could you confirm it?",
    "You entered your new card details correctly, and the payment went through.",
    "You didn't do anything wrong.",
    "You didn't need to call twice, and I'm sorry you had to.",
    "You don't need to double-check anything; I've fixed it.",
    "You should have the replacement by Friday.",
    "You should've received the refund by now, so I'm checking why it hasn't arrived.",
    "If you had any trouble with the link, let me know.",
    "If you'd like a refund instead, I can do that today.",
    "You must have been so worried when it didn't arrive.",
    "You gave us the right address; the courier took it to the wrong house.",
    "We sent you the wrong size, and I'm sorry.",
    "Next time you order, the discount applies automatically.",
    "Next time, I'll make sure it's packed with more padding.",
    "You were supposed to get a call from us yesterday, and I'm sorry nobody rang.",
    "It's up to you whether you'd like a refund or a replacement.",
    "It's not your responsibility to chase us; I'll keep you updated.",
    "If you entered the wrong address, I can change it before dispatch.",
    "Did you enter a different address for billing? If so, I'll update both.",
    "That wasn't user error at all; the form was confusing.",
    "As I mentioned on our call, the new part ships today.",
    "As promised yesterday, here is your tracking number.",
    "As discussed earlier, I've booked the engineer for 9 am.",
    "As mentioned above, the part ships on Friday.",
    "Per our conversation, I've added the credit to your account.",
    "I already told the courier to hold the parcel for you.",
    "I've already sent the replacement.",
    "I'm not sure what you'd like me to do with the old unit; shall I arrange a collection?",
    "Let me know what you'd like us to do next.",
    "We never told you about the fee, and that's our fault.",
    "That's not what we promised, and I'll put it right today.",
    "Our new guide clearly explains each step, and I've attached it.",
    "The fee wasn't clearly shown at checkout, and I'm sorry.",
    "To recap, here is what happens next.",
    "You didn't do anything wrong, and neither did we, but I'll fix it.",
    "You're not wrong to be annoyed.",
    "It's just a few steps: click the link and choose a date.",
    "If it's only a small scratch, we'll still replace it.",
    "It only takes a minute, and I can do it for you.",
    "There's no need to send it back; keep it.",
    "It's perfectly normal to want a refund for this.",
    "Delays are not normal for us, and I'm sorry this one happened.",
    "I understand why you're so upset.",
    "I can see why you're frustrated, and I'm sorry.",
    "I don't know why you were charged twice, but I'm finding out now.",
    "No one else has access to your account.",
    "We have other sizes in stock if you'd like to swap.",
    "You're the first person to tell us about this, so thank you.",
    "You're not the only one waiting, and we're working through every order today.",
    "As you can see from the tracking, it left the depot this morning.",
    "I'm sure you'll love the new colour.",
    "Please read the terms carefully before you sign.",
    "Have you tried checking your spam folder?",
    "You must be looking forward to the trip.",
    "The courier lost your parcel, and I've sent a new one today.",
    "I'm sorry we let you down.",
    "It's not the courier's responsibility; it's ours.",
    "You're not to blame for any of this.",
    "This has nothing to do with anything you did.",
    "I'll override the system and change it myself.",
    "Here's how the system works: you get a text when it ships.",
    "Our system is down for maintenance tonight, so I've updated your order by hand.",
    "That's life-changing news, congratulations!",
    "It's really simple to return: use the label in the box.",
    "Once things calm down at the depot, the backlog will clear.",
    "Things should calm down at the warehouse after the weekend.",
    "Take a deep breath; I've got this and the refund is on its way.",
    "Everyone else on the team knows about your order, so anyone can help.",
    "Most customers find the new form quicker, but I'm happy to fill it in with you.",
    "Do you know which day suits you best?",
    "You do know the area better than I do; which entrance should the driver use?",
    "The courier partner has confirmed it's on the van.",
    "It's on the courier's van and will reach you by 6 pm.",
    "It's on the way to you now.",
    "That's on us, and I'm sorry.",
    "The previous agent gave you the right information, and I'll follow it through.",
    "The app crashed for you, so I've placed the order from my side.",
    "Our system is set up to text you when the parcel ships.",
    "Our system made a mistake and double-charged you, which was our error, so I've refunded it.",
    "I'll turn it off and on again from our side, which usually fixes it.",
]


def _fired(draft: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for finding in review(draft, PLAYBOOK).findings:
        if finding.rule in RULES:
            found.setdefault(finding.rule, []).append(draft[finding.start : finding.end])
    return found


@pytest.mark.parametrize(
    ("rule_id", "draft"),
    [(rule_id, draft) for rule_id, drafts in VARIANTS.items() for draft in drafts],
)
def test_variant_fires_its_rule(rule_id: str, draft: str) -> None:
    assert rule_id in _fired(draft), draft


@pytest.mark.parametrize("draft", NEAR_MISSES)
def test_near_miss_stays_quiet(draft: str) -> None:
    assert _fired(draft) == {}


def test_the_token_index_finds_what_a_plain_scan_finds() -> None:
    texts = [d for drafts in VARIANTS.values() for d in drafts] + NEAR_MISSES
    texts += [t.replace("'", "\u2019").upper() for t in texts]
    for active in active_rules(PLAYBOOK):
        if active.rule.id not in RULES:
            continue
        for text in texts:
            doc = normalise(text)
            indexed = [(h.start, h.end) for h in active.phrases.hits(Draft.of(doc))]
            scanned = [(h.start, h.end) for h in active.phrases.hits(doc.body)]
            assert indexed == scanned, (active.rule.id, text)
