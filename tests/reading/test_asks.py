"""Asks: what the client wants, caught in its variants, with near misses that want nothing."""

from __future__ import annotations

import pytest

from calmdesk.reading.asks import ASK_NAMES, ASKS, find_asks
from calmdesk.reading.phrases import prepare
from calmdesk.text import normalise
from tests.reading.ask_names import names

# (ask, message, the words the span must cover)
MATCHES = [
    ("manager", "Please escalate this to your manager today.", "escalate this to your manager"),
    ("cancel", "Cancel my order 5512 now, it is three weeks late.", "Cancel my order 5512 now"),
    ("fix", "We expect the outage to be resolved today.", "expect the outage to be resolved"),
    ("fix", "I expect this to be put right.", "expect this to be put right"),
    ("fix", "Get someone competent out here tomorrow morning.", "Get someone competent out here"),
    ("fix", "We need a technician on site by Thursday.", "need a technician on site"),
    ("fix", "Could you get an installer to our office on Friday?", "get an installer to our"),
    ("fix", "Can I book an engineer for Monday?", "book an engineer"),
    ("explanation", "We need a root cause by the end of the day.", "root cause"),
    ("explanation", "Please send a written incident report.", "incident report"),
    ("explanation", "We expect a full post-mortem on the outage.", "post-mortem"),
    ("update", "Hi, can you tell me where my parcel is?", "where my parcel is"),
    ("update", "Nobody can say where our order has got to.", "where our order has got to"),
    ("refund", "I want my money back for the broken lamp.", "my money back"),
    ("refund", "Please refund the £40 delivery charge.", "refund"),
    ("refund", "three weeks and still no refund?!", "refund"),
    ("refund", "Can you reimburse the taxi I had to take?", "reimburse"),
    ("replacement", "Please send me a new one, this one is cracked.", "send me a new one"),
    ("replacement", "I need a replacement card before the weekend.", "replacement"),
    ("replacement", "Could you resend the parcel to my office?", "resend"),
    ("replacement", "can u replace it asap", "replace it asap"),
    ("expedite", "Can you expedite the shipping on order 5521?", "expedite"),
    ("expedite", "pls rebook me onto an earlier flight", "rebook me onto an earlier"),
    ("expedite", "Is there any way to get it here sooner?", "sooner"),
    ("expedite", "Could you rush the order, we open Monday.", "rush the order"),
    ("update", "Where is my parcel?", "Where is my parcel"),
    ("update", "any update on the claim I filed?", "any update"),
    ("update", "When will I get my refund?", "When will I get"),
    ("update", "Please keep me posted on the repair.", "keep me posted"),
    ("update", "What's the status of ticket 7781?", "What's the status"),
    ("update", "I need a proper update on when the engineer is coming.", "update on when"),
    ("cancel", "Please cancel my subscription from today.", "cancel my"),
    ("cancel", "How do I cancel my booking?", "How do I cancel"),
    ("cancel", "I'd like to close my account.", "like to close my account"),
    ("call", "Can someone call me back this afternoon?", "call"),
    (
        "call",
        "We need the credit note reissued and a call with your billing lead.",
        "call",
    ),
    ("call", "I was told to wait, but could someone call me back today?", "call"),
    ("cancel", "It is a week late. Cancel it, I have bought one elsewhere.", "Cancel it"),
    ("cancel", "Cancel the whole order, please.", "Cancel the whole order"),
    ("refund", "I need the duplicate payment reversed today.", "duplicate payment reversed"),
    ("refund", "Please reverse the double charge.", "reverse the double charge"),
    ("fix", "The flight was cancelled. Rebook me on anything today.", "Rebook me"),
    ("call", "I just want to speak to a real person.", "speak to a real person"),
    ("call", "Give me a ring on my mobile when you can.", "Give me a ring"),
    ("call", "nobody picks up the phone at your depot", "picks up the phone"),
    ("explanation", "Why was I charged twice?", "Why"),
    ("explanation", "I want to know why my order was cancelled.", "want to know why"),
    ("explanation", "how come the price went up overnight?", "how come"),
    ("explanation", "Can you explain what happened to my booking?", "explain"),
    ("compensation", "I expect some compensation for the wasted day.", "compensation"),
    ("compensation", "Will you at least offer a voucher for the trouble?", "voucher"),
    ("compensation", "After two cancellations I deserve an upgrade.", "deserve an upgrade"),
    ("compensation", "Could you offer me a credit after all this?", "offer me a credit"),
    ("compensation", "Do you provide a voucher when the flight is this late?", "provide a voucher"),
    ("compensation", "Four hours stuck and not even a meal voucher?", "not even a meal voucher"),
    ("compensation", "After that mess I'll be expecting a credit.", "expecting a credit"),
    ("compensation", "I expect some decent mileage credits for this.", "mileage credits"),
    ("compensation", "Just credit me $50 and we're square.", "credit me $50"),
    ("compensation", "A voucher would go a long way after today.", "voucher would go a long way"),
    ("compensation", "Three changes in a day, some comp is in order.", "comp is in order"),
    ("compensation", "Staff at the desk denied us vouchers for the hotel.", "denied us vouchers"),
    ("compensation", "Is there a bereavement fare for tomorrow's flight?", "bereavement fare"),
    ("fix", "Please fix this, the app crashes every time I log in.", "fix"),
    ("fix", "My router keeps dropping the connection.", "keeps dropping"),
    ("fix", "can you help me get my account unlocked?", "can you help"),
    ("fix", "The printer stopped working after the update.", "stopped working"),
    ("fix", "I need this sorted by the end of the week.", "need this sorted"),
    ("call", "I've been on hold for forty minutes, please call me back.", "call me"),
    ("call", "Still on hold after an hour, is anyone there?", "Still on hold"),
    ("expedite", "Why can't I get an earlier flight? Mine is at midnight.", "an earlier flight"),
    ("expedite", "Is there an earlier train I could take?", "an earlier train"),
    ("expedite", "Is there a slot sooner than next Thursday?", "sooner than"),
    ("expedite", "Can I get it by Friday? It is a birthday present.", "get it by Friday"),
    ("explanation", "I don't get why I was charged twice.", "why"),
    ("explanation", "I don't understand why my parcel went back to the depot.", "why"),
    ("fix", "The chat page isn't working, can you fix it?", "isn't working"),
    ("fix", "Who broke the app? It isn't loading since the update.", "isn't loading"),
    ("manager", "I want to speak to a manager.", "speak to a manager"),
    ("manager", "get me your supervisor now", "get me your supervisor"),
    ("manager", "please put me in touch with a manager", "put me in touch with a manager"),
    (
        "update",
        "Could you let me know whether it has actually shipped?",
        "let me know whether it has actually shipped",
    ),
    (
        "update",
        "You can't even tell me when my bags will be here.",
        "tell me when my bags will be here",
    ),
    ("cancel", "Send it by Monday, otherwise cancel it and refund me.", "cancel it"),
    ("cancel", "If it hasn't shipped, cancel the order.", "cancel the order"),
    # a condition without a threat: the client asks for both
    (
        "cancel",
        "If possible I want you to refund the deposit and cancel my booking.",
        "cancel my booking",
    ),
    (
        "fix",
        "The engineer never came. I want a new appointment this week.",
        "want a new appointment",
    ),
    ("fix", "Please rebook the installation for Monday.", "rebook the installation"),
    ("fix", "Can you book us another slot?", "book us another slot"),
    ("fix", "Send an engineer out again tomorrow.", "Send an engineer out"),
    ("fix", "I expect a corrected invoice by Friday.", "expect a corrected invoice"),
    ("compensation", "We want a credit for the missed hours.", "credit"),
    ("compensation", "We expect you to compensate us for the lost week.", "compensate"),
    (
        "compensation",
        "I expect a corrected invoice and a credit for the missed hours.",
        "a credit",
    ),
    ("expedite", "Can we reschedule the visit to an earlier date?", "an earlier date"),
    ("cancel", "If it hasn't shipped, please cancel my order.", "please cancel my order"),
    ("cancel", "We will cancel the contract at the end of the month.", "will cancel the contract"),
    (
        "compensation",
        "I need an explanation and a credit for this month's invoice.",
        "credit for this month",
    ),
    ("call", "I'd like a call this week with whoever leads the account.", "'d like a call"),
    ("call", "I need someone technical on a call within the hour.", "on a call"),
    ("call", "Could I get a phone call from one of your team?", "a phone call"),
    ("explanation", "I need to know exactly what happened.", "need to know exactly what"),
    (
        "compensation",
        "We expect the March retainer to reflect the missed deliverables.",
        "expect the March retainer to reflect",
    ),
    ("compensation", "I expect the call-out fee to be waived.", "fee to be waived"),
    ("call", "I would like a call with someone senior.", "would like a call"),
    ("call", "I want a call today, not another email.", "want a call"),
    ("call", "I still haven't received the call back I was promised.", "call back"),
    ("expedite", "Can you ship it sooner than Friday?", "sooner than"),
    ("expedite", "You need to get us out of this queue today.", "get us out"),
    ("fix", "We're having trouble logging in to the billing portal.", "having trouble logging"),
    ("fix", "Your customer portal is down again.", "portal is down"),
    ("fix", "I keep getting an error when I upload the invoice.", "keep getting an error"),
    ("fix", "Any help would be appreciated.", "Any help would be"),
    ("fix", "I was wondering if you could help me with the renewal.", "help me"),
    ("compensation", "Could I get some points for the trouble?", "get some points"),
    ("compensation", "Why don't you give us a voucher for the trouble?", "give us a voucher"),
    ("refund", "I want the $480 back.", "want the $480 back"),
    ("replacement", "The replacement arrived cracked too.", "replacement"),
    ("replacement", "The replacement came, but it's the wrong size.", "replacement"),
    ("refund", "Give us our £60 back please.", "Give us our £60 back"),
    ("refund", "I want 50 dollars back.", "want 50 dollars back"),
    (
        "refund",
        "If the $480 isn't back by Friday we'll dispute the charge.",
        "the $480 isn't back",
    ),
    ("refund", "Three days on and the money still isn't back.", "the money still isn't back"),
    # A number to ring, asked for; a second replacement still asked for.
    ("call", "We need a phone number for the billing team.", "need a phone number"),
    (
        "call",
        "Do you have a direct number for the accounts desk?",
        "Do you have a direct number",
    ),
    ("call", "What's your contact number for invoices?", "What's your contact number"),
    ("replacement", "I need a second replacement, this one is faulty too.", "replacement"),
    ("compensation", "Can I get a hotel voucher for tonight?", "get a hotel voucher"),
    ("expedite", "Can you send it next day delivery please?", "next day delivery"),
    ("expedite", "Please let us off the coach, we have been waiting an hour!", "let us off"),
    ("expedite", "Could you do it faster please?", "faster please"),
    ("manager", "I asked for a manager an hour ago and nobody came.", "asked for a manager"),
]

NEAR_MISSES = [
    ("replacement", "Thanks so much, the replacement arrived this morning and works perfectly!"),
    ("replacement", "The replacements were delivered today, thank you."),
    ("refund", "I got the $480 back yesterday, thanks."),
    ("refund", "The $480 is back in my account now, thank you."),
    # cancelling as the second half of a threat is a churn trigger, not a request
    (
        "cancel",
        "If the refund isn't here by Friday we'll dispute the charge and cancel the subscription.",
    ),
    (
        "cancel",
        "Sort the billing out this week or we'll move our team to another supplier and cancel "
        "the contract.",
    ),
    # the request itself negated
    ("compensation", "I don't want a voucher, I want my money back."),
    ("compensation", "i dont want vouchers or points"),
    ("compensation", "Do not give me a voucher for this."),
    ("manager", "If this isn't sorted by Thursday I'll have to escalate to your CEO."),
    ("manager", "Fix it today or I will escalate this to your manager."),
    ("call", "I've emailed twice and was promised a call back that never happened."),
    ("call", "They promised me a callback within a day and nobody rang."),
    ("fix", "We expect the engineers to arrive at nine."),
    ("fix", "The engineer is coming tomorrow at nine."),
    ("fix", "We need someone here who can read the old invoices."),
    ("explanation", "The root cause was a faulty update, your engineer said."),
    ("replacement", "Is there any update on the replacement charger we ordered?"),
    ("cancel", "Fix the portal by Monday or I'm cancelling the whole contract."),
    ("call", "We had a delay and a call from the driver, who was lost."),
    ("call", "I want to say the call with your team went well."),
    ("refund", "Why even bother asking for a refund, you never pay out."),
    ("expedite", "I want the expedite charges refunded."),
    ("update", "I know where the problem is."),
    ("refund", "Got my refund today, thank you!"),
    ("explanation", "Thanks for explaining why it was late, makes sense now."),
    ("fix", "I hope it is correct now."),
    ("refund", "I don't want a refund, I want the item."),
    ("refund", "I was refunded yesterday, thanks."),
    ("refund", "What is your refund policy on sale items?"),
    ("replacement", "You replaced the screen last month and it is fine."),
    ("replacement", "Send me an email with the invoice."),
    ("expedite", "Thanks to Sam for getting me onto an earlier flight."),
    ("expedite", "No rush at all, whenever suits."),
    ("update", "Thanks for the update yesterday."),
    ("update", "I updated my address on the website."),
    ("cancel", "You cancelled my flight without telling me."),
    ("cancel", "The cancellation email said the order was cancelled."),
    ("call", "I called yesterday and was told to wait."),
    ("call", "Please don't call me, email is better."),
    ("call", "They called me names at the desk."),
    ("explanation", "That is why I am writing."),
    ("explanation", "Why bother having a helpline at all."),
    ("compensation", "Thanks for the voucher, it arrived."),
    ("compensation", "Can I pay with a credit card?"),
    ("fix", "Thanks for your help last week, all good now."),
    ("fix", "Nothing more you need to do, it is working again."),
    ("fix", "It got fixed very quickly once I called."),
    ("fix", "My heart is broken, that vase was from my late mother."),
    ("explanation", "Now I know why everyone raves about your helpline."),
    ("compensation", "I didn't get my points from the last two stays."),
    ("compensation", "No reward points for me this year, how odd."),
    ("replacement", "Could you send the details again? I deleted the email."),
    ("fix", "On the road I can't be opening the app every five minutes."),
    ("expedite", "Thank you for sorting my account out so quickly!"),
    ("compensation", "I already received compensation for the first trip, this is about another."),
    ("call", "The shop said they'd call me when it was ready, and nobody did."),
    ("call", "They refused to unlock it unless they could call me on the old number."),
    ("call", "I phoned twice and was told someone would call me back. Nobody did."),
    ("cancel", "The flight was moved twice, so in the end I had to cancel it."),
    ("cancel", "Please don't cancel it, I still want the table."),
    ("refund", "The duplicate charge was reversed yesterday, thank you."),
    ("fix", "They rebooked me already, thanks for checking."),
    ("call", "Your agent promised me a supervisor will call me today; still waiting."),
    ("fix", "You'll mend my broken heart with a refund, I suppose."),
    # Points, miles, credit or an upgrade owed, held, spent or bought: not compensation.
    ("compensation", "please add the missing miles to my account"),
    ("compensation", "What would an upgrade cost me on the return leg?"),
    ("compensation", "I joined the rewards club in May and still no points for me."),
    ("compensation", "There is like two dollars in credit left on my card."),
    ("compensation", "I bought the bundle but never saw the points, can I get the points now?"),
    ("compensation", "Could I redeem points for a lounge pass?"),
    ("compensation", "Could you add 500 miles from my trip with your partner airline?"),
    # Waiting on hold reports the wait; the ask is the change wanted.
    ("call", "I've been on hold for forty minutes trying to change my seat."),
    # Asking why it went as it did, a move already made, a comparison, a promise reported.
    ("expedite", "Why did nobody mention the earlier train when I changed my ticket?"),
    ("expedite", "I was moved to an earlier flight and it was lovely."),
    ("expedite", "We had to cut the trip short and fly home sooner than planned."),
    ("expedite", "The courier promised I'd get it by Monday."),
    # Thanks for an explanation, or a reason understood.
    ("explanation", "Thx for the explanation, all clear now."),
    ("explanation", "Great service at the counter, I get why people rave about you."),
    # Help wanted to find the right contact is not a fix.
    ("fix", "My invoice tool isn't working, who should I speak to?"),
    ("fix", "The chat page won't load, how do I get in touch?"),
    # Information sent again is not a new item.
    ("replacement", "Should I resend my address details?"),
    ("manager", "The manager at the desk was very kind."),
    ("manager", "My manager asked me to book this trip."),
    ("update", "Let me know if you need anything else from me."),
    ("update", "Can you tell me where I can buy water at the gate?"),
    ("cancel", "I had to cancel it and rebook on another day."),
    ("fix", "I had to reschedule my appointment twice."),
    ("fix", "The corrected invoice arrived, thanks."),
    ("compensation", "Our team has had to work weekends to compensate."),
    ("compensation", "I used the credit and a voucher last month."),
    ("fix", "I got a new appointment for Friday, thanks."),
    ("fix", "Why did you reschedule my installation without asking?"),
    ("fix", "Can we reschedule the visit to an earlier date?"),
    # A condition makes the client's own cancelling a threat (a churn trigger), not a request.
    ("cancel", "If this is not fixed today we will cancel the contract."),
    ("cancel", "Unless you fix it today, we'll cancel our subscription."),
    ("cancel", "Fix it by Friday or we cancel the contract."),
    ("cancel", "Otherwise I'm going to cancel my account."),
    ("compensation", "I received a credit for the last invoice, thanks."),
    ("call", "I had a call with your colleague yesterday."),
    ("call", "I don't want a call, just email me the details."),
    ("call", "Two hours to be answered on a call?"),
    ("call", "I'll give a call later today."),
    ("compensation", "The fee was waived last time, thanks."),
    # A refund given or declined, and goods wanted back, are not a refund asked for.
    ("refund", "At least they gave you a refund straight away."),
    ("refund", "I wasn't asking for a refund, just a corrected invoice."),
    ("refund", "Please give me back my laptop, the repair is taking weeks."),
    # Told to call back, or a call that came late, is not a call asked for; nor is a feature.
    ("call", "Your line tells me to call back later."),
    ("call", "It took them three days to call me back."),
    ("call", "Got a call back at midnight, far too late."),
    ("call", "A callback option on the helpline would save everyone time."),
    ("call", "I've had to call back four times this week."),
    # Speed compared, bought or already given.
    ("expedite", "Thanks to the desk team for helping get us home a day early."),
    ("expedite", "A phone call would settle this faster than email."),
    ("expedite", "We'd rather sort it sooner than later."),
    ("expedite", "I paid for expedited shipping and it is still not here."),
    ("expedite", "Your agent rebooked us on an earlier train, lovely."),
    ("expedite", "Thanks for helping me get onto an earlier slot."),
    # Help refused or said to be given by a thing; a reason wanted is not a fix.
    ("fix", "They refused to help me at the branch."),
    ("fix", "The agent didn't even try to help!"),
    ("fix", "A discount code could help!"),
    ("fix", "The assistant wasn't any help!"),
    ("fix", "I was having trouble logging in yesterday, fine now."),
    ("fix", "Help me understand why the price went up."),
    # Points and miles of the scheme are not a gift.
    ("compensation", "Can we get points for purchases with your partners?"),
    ("compensation", "Will my loyalty points carry over to the new scheme?"),
    ("compensation", "Does this mean we will earn miles based on distance?"),
    # "What's wrong with you" wants no reason.
    ("explanation", "What's wrong with you people?"),
    # A number the client gives or has already used is no call wanted.
    ("call", "I called the contact number and nobody answered."),
    ("call", "Please update my phone number on the account."),
    ("call", "We can send you our office phone number if that helps."),
    # Replacements had or bought, and information sent again, are not asked for.
    ("replacement", "The 2nd replacement kettle broke after a week."),
    ("replacement", "The poor replacement you sent squeaks."),
    ("replacement", "We are ordering a replacement part ourselves."),
    ("replacement", "Your agent promised to send another coupon."),
    # Speed tried and refused, chosen for an order, or refunded, is not asked for now.
    ("expedite", "I attempted to switch to the earlier slot but the portal refused."),
    ("expedite", "We want the fee for expedited handling returned."),
    ("expedite", "We ordered the toner with next-day delivery and nothing came."),
    ("expedite", "My express delivery is three days late."),
    ("expedite", "The crew would not let us off the ferry for an hour."),
    ("expedite", "There was no one on duty to get us out."),
    ("expedite", "I could walk there faster!"),
    ("expedite", "Would you have refunded us if we'd complained sooner?"),
    # An effort told of, not asked for.
    ("expedite", "They're too busy trying to get us out, I'll wait."),
    ("expedite", "I do not understand trying to speed up something this late."),
    # A call reported, not wanted.
    ("call", "The agent told us not to call back before Friday."),
    ("call", "Why did they phone me at dawn with no news?"),
    # "No help!" is a verdict, not a plea.
    ("fix", "Zero help from the branch!"),
    # A missing feature or a voucher already had is not a gift asked for.
    ("compensation", "No free parking at the depot, and the van was late."),
    ("compensation", "Reception sent me back downstairs to get my taxi voucher."),
    ("compensation", "Why was a £10 service credit voucher refused at the till?"),
    ("compensation", "How long until the points from my last trip show up?"),
    ("compensation", "Nobody on the phone can book award miles travel."),
    ("compensation", "When will the merging of miles between the two schemes finish?"),
    ("compensation", "We did get a $10 food voucher for the wait."),
    ("compensation", "Sign up today and get free drinks all summer."),
    ("compensation", "They denied me miles that had expired last month."),
    ("compensation", "I'm not even on your scheme and free drinks are nice."),
    ("compensation", "Giving credit where credit is due: the crew were great."),
    ("compensation", "My voucher would help if the site accepted it."),
    # A request reported is not made now.
    ("manager", "After I asked for a team leader, the line went dead."),
    ("manager", "Our driver was asked for his supervisor's details twice."),
    # A reason remembered or a sneer is not asked for.
    ("explanation", "Ah, now I recall why we moved our account."),
    ("explanation", "That reminds me why we left."),
    ("explanation", "Remind me again why we renew this contract?"),
    ("explanation", "Can't think why they bother printing a helpline number."),
]


@pytest.mark.parametrize(("ask", "message", "phrase"), MATCHES)
def test_ask_matches_with_its_span(ask: str, message: str, phrase: str) -> None:
    found = names(message)
    assert ask in found, f"{ask} missed in {message!r}: {found}"
    assert phrase.lower() in found[ask].lower() or found[ask].lower() in phrase.lower()


@pytest.mark.parametrize(("ask", "message"), NEAR_MISSES)
def test_near_miss_is_not_an_ask(ask: str, message: str) -> None:
    assert ask not in names(message)


def test_every_ask_has_examples_both_ways() -> None:
    assert set(ASK_NAMES) == {a for a, _, _ in MATCHES} == {a for a, _ in NEAR_MISSES}


def test_a_plea_with_a_deadline_asks_for_speed() -> None:
    found = names("My flight leaves in 2 hours and my bag is still missing, please help!")
    assert "expedite" in found
    assert "fix" not in found


# A plea beside a deadline asks for speed only when a delay puts the deadline at risk; goods
# wanted by a time ask for speed, money or information wanted by a time asks for them.
@pytest.mark.parametrize(
    ("message", "span"),
    [
        ("We are delayed here and will miss the connection at 6pm. Please help!", "Please help"),
        ("The case is still missing and our flight leaves in 3 hours, please help!", "please help"),
        ("Please, I need this by Friday.", "need this by Friday"),
        ("We need the banners by the 3rd or the launch is off.", "need the banners by the 3rd"),
        ("Can we get them delivered by end of day?", "get them delivered by end of day"),
    ],
)
def test_speed_asked_before_a_deadline(message: str, span: str) -> None:
    assert names(message).get("expedite") == span


@pytest.mark.parametrize(
    "message",
    [
        "I have a board meeting tomorrow and you still have my charger, please help.",
        "Our launch is on Friday. Can you help me change the artwork?",
        "My flight tomorrow was cancelled, please help me book a new one.",
        "I need my money back by Friday.",
        "We need the answer by email, not by phone.",
        "I need the receipt asap.",
    ],
)
def test_a_deadline_alone_does_not_ask_for_speed(message: str) -> None:
    assert "expedite" not in names(message)


def test_several_asks_come_in_text_order() -> None:
    found = find_asks(normalise("Where is my order? If it is lost, I want my money back."))
    assert [e.name for e in found] == ["update", "refund"]


@pytest.mark.parametrize("message", [m for _, m, _ in MATCHES] + [m for _, m in NEAR_MISSES])
def test_start_words_and_anchors_never_hide_a_match(message: str) -> None:
    prepared = prepare(normalise(message))
    assert ASKS.find(prepared) == ASKS.find_anywhere(prepared)
