"""Our own wording for each part of a drafted reply, several ways of saying each thing.

The template picks one variant per slot with a seeded random generator, so two clients do not get
the same letter while one seed always gives the same one. Every variant must pass review with the
others around it (tests/compose checks the lot): acknowledgements name a feeling or the impact,
the solution is said with confidence, times are specific, the close thanks the client and owns
the next step. Fields in braces are filled by the template: `{subject}` (what the complaint is
about, "order A-5512"), `{options}`, `{time}`, `{slots}`, `{lead}`,
`{carrier}`, `{outstanding}`, `{restated}`, and for the further problems a client raises beside the
main one `{concern}` ("your flight was delayed") and `{problem}` ("the delay to your flight").

>>> all("{subject}" in variant for variant in ACKNOWLEDGE["delivery"])
True
"""

from __future__ import annotations

GREETING_NAMED = ("Hi {name},", "Hello {name},", "Dear {name},")
GREETING_UNNAMED = ("Hello,", "Hi there,", "Good day,")

# The first sentence: the feeling and its cost, about the client's own situation.
ACKNOWLEDGE: dict[str, tuple[str, ...]] = {
    "delivery": (
        "I'm really sorry {subject} still hasn't reached you; I can see how frustrating the wait "
        "has been.",
        "I'm so sorry {subject} hasn't arrived yet, and I understand how stressful it is to be "
        "left waiting for it.",
        "I completely understand why you're upset: {subject} should be with you by now, and I'm "
        "sorry it isn't.",
    ),
    # A service down for everyone: the cost is the client's whole team waiting.
    "outage": (
        "I'm really sorry {subject} has been down; I know you rely on it, and every hour without "
        "it costs you.",
        "I'm so sorry about the outage; I understand how disruptive it is when {subject} you "
        "depend on stops working.",
    ),
    # Goods not made as ordered: wrong colour, size or print.
    "made_wrong": (
        "I'm really sorry {subject} didn't come out as you approved; I know you were counting on "
        "getting this right.",
        "I'm so sorry about the trouble with {subject}; I can see why you're disappointed, and "
        "you're right to raise it.",
    ),
    # Goods that came, but damaged.
    "damaged": (
        "I'm really sorry {subject} reached you damaged; that's not the state it should ever "
        "arrive in, and I understand the trouble it causes you.",
        "I'm so sorry {subject} arrived damaged, and I can see how frustrating it is to be left "
        "sorting it out.",
    ),
    # The same, for goods named in the plural ("your headphones").
    "damaged_several": (
        "I'm really sorry {subject} reached you damaged; that's not the state they should ever "
        "arrive in, and I understand the trouble it causes you.",
        "I'm so sorry {subject} arrived damaged, and I can see how frustrating it is to be left "
        "sorting it out.",
    ),
    # Work that ran late rather than goods on their way: a campaign, a print run, an install.
    "delay": (
        "I'm really sorry about the delays; I can see how much they've cost you and your team.",
        "I understand how frustrating it is when work you're counting on runs late, and I'm sorry "
        "it has.",
        "I'm so sorry things have slipped; I can see why you're disappointed, and you're right to "
        "raise it.",
    ),
    "billing": (
        "I'm sorry about the problem with {subject}; I can see how frustrating it is to find a "
        "charge you didn't expect.",
        "I understand why you're upset about {subject}, and I'm sorry it has cost you time to "
        "raise it.",
        "I'm really sorry {subject} isn't right; an unexpected charge is stressful, and I get why "
        "you want it sorted.",
    ),
    "product_quality": (
        "I'm really sorry {subject} isn't working as it should; I can see how disappointing that "
        "is after waiting for it.",
        "I understand how frustrating it is when {subject} lets you down, and I'm sorry it has.",
        "I'm so sorry about the trouble with {subject}; I can see why you're disappointed.",
    ),
    "product_quality_several": (
        "I'm really sorry {subject} aren't working as they should; I can see how disappointing "
        "that is after waiting for them.",
        "I understand how frustrating it is when {subject} let you down, and I'm sorry they have.",
        "I'm so sorry about the trouble with {subject}; I can see why you're disappointed.",
    ),
    "service": (
        "I'm sorry the service you received fell short; I can understand why you're upset.",
        "I'm really sorry about how this was handled, and I can see how frustrating it has been "
        "for you.",
        "I understand why you're disappointed with the service you got, and I'm sorry it happened.",
    ),
    "account": (
        "I'm sorry you've had trouble with {subject}; I can see how frustrating it is to be "
        "locked out of something you rely on.",
        "I understand how stressful it is when {subject} stops working for you, and I'm sorry "
        "it has.",
        "I'm really sorry about the problems with {subject}; I can see they've cost you time.",
    ),
    "travel": (
        "I'm really sorry your travel plans have been disrupted; I can understand how stressful "
        "that is.",
        "I'm so sorry about what happened with your trip, and I understand how frustrating it has "
        "been.",
        "I can see how upsetting it is to have your journey thrown off like this, and I'm sorry it "
        "happened.",
    ),
    # A paper the client needs and has not got: an invoice, a credit note, a working link.
    "paper": (
        "I'm sorry {subject} still hasn't reached you; I know you need it, and I can see how "
        "frustrating the wait has been.",
        "I understand why you're frustrated: you were counting on {subject}, and it should be "
        "with you by now.",
        "I'm really sorry you're still without {subject}; I can see how much it's holding you up.",
    ),
    # The situations `compose.facts` names: the client's actual problem, in our words.
    "lost_bag": (
        "I'm so sorry your bag hasn't reached you; I know how stressful it is to be without your "
        "things, especially after a journey.",
        "I'm really sorry we've let you down with your luggage; being left without your belongings "
        "is miserable, and I understand why you're angry.",
    ),
    "damaged_bag": (
        "I'm really sorry your bag came back damaged; you trusted us with it, and I understand how "
        "upsetting that is.",
        "I'm so sorry about the damage to your luggage; I can see why you're frustrated, and "
        "you're right to raise it.",
    ),
    "cancelled_flight": (
        "I'm really sorry your flight was cancelled; I know how much disruption that causes to "
        "your plans.",
        "I'm so sorry about the cancellation; I understand how stressful it is to have your "
        "journey thrown into doubt.",
    ),
    # A flight's state asked about, not stated: "I haven't heard if my flight was cancelled".
    "flight_status": (
        "I'm sorry you've been left not knowing where your flight stands; I understand how "
        "stressful that uncertainty is when you have plans to make.",
        "I understand how frustrating it is to be kept guessing about your flight, and I'm sorry "
        "nobody has given you a clear answer.",
    ),
    "late_flight": (
        "I'm really sorry your flight was delayed; I know how much those lost hours cost you.",
        "I'm so sorry about the delay to your flight; I understand how frustrating the waiting "
        "has been.",
    ),
    "rude_staff": (
        "I'm really sorry about the way you were spoken to; everyone who contacts us deserves "
        "courtesy, and I understand why you're upset.",
        "I'm so sorry you were treated like that; it isn't the standard we hold ourselves to, "
        "and I can see why it has left you angry.",
    ),
    "refund_missing": (
        "I'm sorry your refund still hasn't reached you; I know how frustrating it is to be left "
        "waiting for your own money.",
        "I'm really sorry you're still waiting on your refund; I understand why you're fed up "
        "with chasing it.",
    ),
    "booking": (
        "I'm really sorry your booking hasn't gone the way it should; I know how stressful it is "
        "when your plans hang on getting it right.",
        "I'm so sorry about the trouble with your booking; I can see how frustrating it is to "
        "have to fight to sort out something that should be simple.",
    ),
    "onboard": (
        "I'm really sorry your time on board wasn't what it should have been; I know how much "
        "longer a flight feels when something lets you down.",
        "I'm so sorry about what you had to put up with on your flight; it isn't the experience "
        "you paid for, and I can see why you're disappointed.",
    ),
    "food_order": (
        "I'm really sorry your food wasn't right; a meal you've paid for and waited on should "
        "come complete and as it should be, and I understand why you're annoyed.",
        "I'm so sorry about your order; I know how disappointing it is when the meal you were "
        "looking forward to turns up wrong.",
    ),
    "wrong_item": (
        "I'm really sorry you were sent the wrong item; I know how disappointing it is to open "
        "a delivery and find it isn't what you ordered.",
        "I'm so sorry your order came through wrong; I can see how frustrating that is after "
        "waiting for it.",
    ),
    "service_down": (
        "I'm really sorry you've been left without service; I know how much you rely on it, and "
        "I understand how frustrating every hour without it is.",
        "I'm so sorry your service has been down; being cut off at home is disruptive, and I can "
        "see why you're fed up.",
    ),
    "no_reply": (
        "I'm really sorry you've struggled to get an answer from us; being left on hold or "
        "unanswered is exhausting, and I understand why you're fed up.",
        "I'm so sorry it has been so hard to reach us; that's not the service you should get, and "
        "I can see why you're frustrated.",
    ),
    # A visit that did not happen, told beside another problem.
    "visit_missed": (
        "I'm really sorry nobody came for the visit you were booked for; I know you arranged your "
        "day around it, and I understand why you're upset.",
        "I'm so sorry the visit you were promised didn't happen; being left waiting in for nobody "
        "is exhausting, and I can see why you're fed up.",
    ),
    "other": (
        "Thank you for telling me about this; I'm sorry it has landed on you, and I can see how "
        "frustrating it has been.",
        "I'm really sorry you've been going through this, and I understand why it has left you "
        "frustrated.",
        "I can see how much this has been weighing on you, and I'm sorry you've had this to cope "
        "with.",
    ),
}

# Each further problem the client raises, after the main one's acknowledgement: `{concern}` is
# the problem in our words ("your flight was delayed").
ACKNOWLEDGE_ALSO = (
    "I'm also sorry {concern}; you shouldn't have had to deal with that on top of everything else.",
    "And I'm sorry {concern} as well; none of that should have happened to you.",
)

# Added to the acknowledgement when the client had to write again, or has a deadline.
REPEAT_CONTACT = (
    "You shouldn't have had to write to us more than once about it.",
    "Having to chase us again is not okay, and I'm sorry it came to that.",
)
DEADLINE = (
    "I know you have a deadline riding on this, so time matters.",
    "I know the timing matters to you, so I'm treating this as urgent.",
)
# `{when}` is the client's own day or time ("Thursday", "3pm", "tomorrow").
DEADLINE_NAMED = (
    "I know {when} is the deadline you're working to, so time matters here.",
    "I know {when} is when you need this settled, so it has my full attention.",
)
CHURN = (
    "I'd really like the chance to put this right before you decide anything.",
    "I'd be sorry to lose you over this, and I want to earn back your trust.",
)

# Restating the concern and checking it: `{restated}` is built from what the Reading found.
CLARIFY_RESTATED = (
    "Just to confirm, {restated}, is that right?",
    "Let me check I have this right: {restated}. Is that correct?",
    "So I fix the right thing, could you confirm that {restated}?",
)
# Goods that came damaged: the one thing the claim needs from the client.
DAMAGE_PHOTOS = (
    "So I can lodge the claim for you, could you send me a few photos of the damage and the "
    "packaging?",
    "To get the claim moving, could you reply with a couple of photos of the damage and the "
    "packaging it came in?",
)
# The one thing each situation needs from the client to act on it.
SITUATION_QUESTION: dict[str, tuple[str, ...]] = {
    "lost_bag": (
        "So I can trace it, could you send me your baggage reference from the airport desk and "
        "the address you'd like the bag delivered to?",
        "To start the trace, could you reply with the reference on your baggage report and where "
        "you'd like the bag brought once it's found?",
    ),
    "damaged_bag": (
        "So I can open the claim, could you send me a few photos of the damage and your "
        "booking reference?",
        "To get the claim moving, could you reply with a couple of photos of the damaged bag and "
        "the reference of any report you made at the airport?",
    ),
    "cancelled_flight": (
        "Could you send me your booking reference, so I can see every option for getting you "
        "where you need to be?",
        "So I can look at your options, could you reply with your booking reference and the day "
        "you need to travel?",
    ),
    "flight_status": (
        "Could you send me your flight number or booking reference and the date you're flying, "
        "so I can check its status for you?",
        "So I can check where your flight stands, could you reply with your booking reference "
        "and the day you're due to fly?",
    ),
    "late_flight": (
        "Could you send me your booking reference, and let me know if the delay cost you a "
        "connection?",
        "So I can check what you're owed, could you reply with your booking reference and "
        "whether you missed an onward flight?",
    ),
    "rude_staff": (
        "So I can take it up with the right manager, could you tell me when and where it "
        "happened, and the flight or branch if you have it?",
        "Could you tell me roughly when this happened and where, so I can raise it with the "
        "team lead responsible?",
    ),
    "refund_missing": (
        "Could you tell me your order or booking reference and the date you were told the refund "
        "was issued, so I can trace it?",
        "So I can trace the payment, could you reply with your reference and roughly when the "
        "refund was approved?",
    ),
    "booking": (
        "Could you send me your booking reference and the change you need, so I can put the "
        "booking right?",
        "So I can sort the booking out, could you reply with your reference and what it should "
        "have been?",
    ),
    "onboard": (
        "Could you send me your flight number, the date and your seat, so I can report it to "
        "the right team?",
        "So I can take it up with the right team, could you reply with your flight number, the "
        "date you flew and where you were sitting?",
    ),
    "food_order": (
        "Could you send me your order number and which items were missing or not right, so I "
        "can put it right straight away?",
        "So I can sort it out, could you reply with your order number and what was wrong with "
        "the food?",
    ),
    "wrong_item": (
        "Could you send me your order number and a photo of what arrived, so I send exactly the "
        "right thing?",
        "So I get it right this time, could you reply with your order number and a quick photo "
        "of the item you received?",
    ),
    "service_down": (
        "So I can check the line, could you send me your account number and the address that's "
        "affected?",
        "Could you reply with your account number and postcode, so I can look for any fault on "
        "your line or in your area?",
    ),
    "no_reply": (
        "So I can pick this up straight away, could you tell me what you've been trying to reach "
        "us about, with any reference you have?",
        "Could you tell me what you first got in touch about, and any reference number, so I can "
        "take it from here?",
    ),
}
# Rude staff, asked by who they were (`compose.facts` names the role): what finds the person.
RUDE_STAFF_QUESTION: dict[str, tuple[str, ...]] = {
    "delivery": (
        "So I can take it up with the right manager, could you tell me when the delivery was "
        "made and your order number?",
        "Could you reply with your order number and when it was delivered, so I can raise it "
        "with the team responsible for the driver?",
    ),
    "phone": (
        "So I can take it up with the right manager, could you tell me roughly when you called "
        "and the number you called from?",
        "Could you tell me roughly when you rang us, and the number you rang from, so I can find "
        "the call and raise it with the team lead?",
    ),
    "flight": (
        "So I can take it up with the right manager, could you tell me your flight number, when "
        "it happened, and whether it was at the airport or on board?",
        "Could you send me your flight number and roughly when it happened, so I can raise it with "
        "the team lead responsible?",
    ),
    "shop": (
        "So I can take it up with the right manager, could you tell me which branch it was and "
        "roughly when you were there?",
        "Could you tell me which branch this happened at and roughly when, so I can raise it with "
        "the manager there?",
    ),
}
# A rude driver beside a problem whose question asks for the order number already.
RUDE_DRIVER_WHEN = (
    "So I can take it up with the driver's manager, could you also tell me roughly when the "
    "delivery was made?",
    "Could you also let me know roughly when the driver came, so I can raise it with the team "
    "responsible?",
)
CLARIFY_OPEN = (
    "Could you tell me a little more about what happened, so I fix the right thing?",
    "Can you tell me a bit more about where things went wrong, so I can act on the right detail?",
    "Help me understand what happened from your side, so nothing gets missed.",
)
TRIED = (
    "I've read through what has already been tried ({tried}), so you won't need to repeat any "
    "of it.",
    "I can see we've already been through {tried}, so I won't ask you to go over it again.",
)

# Taking charge of the fix, by likely cause. Neutral: nobody is blamed, our own people included.
ALIGN: dict[str, tuple[str, ...]] = {
    "carrier": (
        "I'm contacting {carrier} myself today to find out exactly where it is, so you don't have "
        "to chase anyone.",
        "I'll step in with {carrier} directly on your behalf and push for an answer today.",
        "Leave {carrier} to me: I'm chasing them now and will get to the bottom of the delay.",
    ),
    # A carrier that damaged the goods: the claim is ours to make.
    "carrier_damage": (
        "I'll take the damage up with {carrier} myself and handle the claim, so you don't have to "
        "deal with them.",
        "Leave {carrier} to me: I'm raising the damage with them today, and the claim is ours to "
        "chase, not yours.",
    ),
    "production": (
        "I'm taking this up with our production team directly and will get you a clear answer.",
        "I'll work with our production team myself to find exactly where things got held up.",
        "I'm on it with our production team now, and I'll make sure your job is prioritised.",
    ),
    "vendor": (
        "I'm chasing our supplier directly on your behalf, so you don't have to.",
        "I'll step in with our supplier myself and push for a firm date today.",
        "I'm taking this up with our supplier now and will make sure it's moving.",
    ),
    "billing": (
        "I'm going through the charges on your account myself to find exactly what went wrong.",
        "I'll take charge of this with our billing team and make sure the charge is put right.",
        "I'm on it: I'll check every charge on your account and correct anything that's wrong.",
    ),
    "product_defect": (
        "I'm taking ownership of this and will make sure the fault is put right.",
        "I'll handle this personally with our product team, so you won't need to chase anyone.",
        "I'm on it, and I'll see it through until you have something that works.",
    ),
    "client_dependency": (
        "I'm taking this on myself. Where things stand: the next stage is waiting on "
        "{outstanding} from your side, and once we have that I can get work moving the same day.",
        "I'm taking charge of the timeline. To be clear about where it stands, we still need "
        "{outstanding} from your side before the next stage can start.",
        "I'll get this moving as fast as I can. The one piece still open is {outstanding} from "
        "your side; the moment we have it, the work starts again.",
    ),
    "none": (
        "I'm taking this on personally and will see it through until it's settled.",
        "I'll handle this myself from here, so you have one person to deal with.",
        "I'm on it now, and I'll stay on it until it's sorted out.",
    ),
}
EXPLANATION = (
    "I'll also find out exactly where things broke down and explain it to you plainly.",
    "I'll get to the bottom of what went wrong and tell you straight.",
)

# Offering the remedies within the rep's authority; `{options}` joins them with "or".
SOLVE_OPTIONS = (
    "Here's what I can do for you today: {options}, whichever you prefer.",
    "I can offer you {options}, whichever suits you best, and I'll arrange it today.",
    "There are two ways I can fix this today, and I'm happy to do either: {options}.",
)
SOLVE_ONE = (
    "Here's what I can do for you today: {options}.",
    "I can offer you {options}, and I'll arrange it today.",
    "What I'll do today is this: {options}.",
)
# The remedy for each further problem, after the main one's: `{problem}` names it ("the delay to
# your flight"), `{options}` joins its remedies with "or".
SOLVE_ALSO = (
    "For {problem}, I can also offer {options}.",
    "As for {problem}, I'll also arrange {options}.",
)
SOLVE_ALSO_OPTIONS = (
    "For {problem}, I can also offer {options}, whichever you prefer.",
    "As for {problem}, I can arrange {options}, whichever suits you.",
)
SOLVE_GENERIC = (
    "Here's what I can do today: I'll fix whatever went wrong on our side and confirm it with you "
    "in writing.",
    "I can arrange whatever fix is needed today, and I'll confirm it with you in writing.",
    "I'll arrange whatever fix is needed on our side today and confirm each step in writing.",
)
# Client-caused delay: offer to speed up the hand-over, never to argue about it.
SOLVE_EXPEDITE_HANDOVER = (
    "To speed things up, I can take {outstanding} by email or over a quick call, whichever is "
    "easiest, and I'll put your job on a rush schedule as soon as it arrives.",
    "If it helps, I can expedite the next stage as soon as we have {outstanding}, and I'm "
    "happy to go through it with you over a short call if that's quicker.",
)
# A refund above the ceiling is offered through the lead, never promised.
LEAD_REFUND = (
    "A refund of {amount} is more than I can sign off alone, so I'm bringing in my {lead} to "
    "approve it, and I've already briefed them.",
    "I'm bringing in my {lead} to approve a refund of {amount}, which is above what I can approve "
    "on my own; they have the full story from me.",
)
LEAD = (
    "I'm also bringing in my {lead}, so you'll have two of us working on this.",
    "I've asked my {lead} to join us, so you have extra support on this from now on.",
    "To give this the attention it needs, I'm looping in my {lead} as well.",
)

# A policy exception the playbook leaves to a lead: put to them, never promised.
LEAD_EXCEPTION = (
    "{Request} is a decision for my {lead}, so I've put it to them today and I'll tell you their "
    "answer.",
    "I've asked my {lead} to approve {request} today, since it's their call, and I'll come back "
    "to you with the answer.",
)
# How the lead sentence names the default playbook's exceptions; a team's own get "your request".
EXCEPTION_REQUESTS = {
    "waive-fees": "waiving the fee",
    "contract-terms": "the change to your contract",
    "free-upgrade": "the upgrade at no charge",
    "policy-exception": "an exception to our policy",
}

# The call for a heated message: two concrete times inside business hours.
CALL = (
    "I'd like to talk this through with you on a short call: I'm free {slots}.",
    "This clearly matters, so could we have a ten-minute call? I can ring you {slots}.",
    "I think a quick call would sort this faster than email; I can call you {slots}, whichever "
    "suits you.",
)
CALL_UNTIMED = (
    "I'd like to talk this through with you on a short call: I'm free at {first_slot} or at "
    "{second_slot} ({zone}) on any working day that suits you.",
    "This clearly matters, so could we have a ten-minute call? I can ring you at {first_slot} or "
    "at {second_slot} ({zone}), on whichever working day suits you.",
)
# The number the client gave to be called on.
CALL_NUMBER = (
    "I'll ring you on {phone} unless another number suits you better.",
    "I'll use the number you gave, {phone}, unless you'd rather I call another.",
)
EXPECT = (
    "I'll email you an update by {time}, whatever the news.",
    "You'll hear from me by {time} with where things stand, even if it's not all settled yet.",
    "I'll send you a full update by {time} at the latest.",
)
EXPECT_UNTIMED = (
    "I'll email you an update within two business hours, whatever the news.",
    "You'll hear from me within two business hours with where things stand.",
    "I'll send you a full update within two business hours at the latest.",
)
TRACKING = (
    "Your tracking number is {tracking_number}.",
    "You can follow it with tracking number {tracking_number}.",
)
ETA = (
    "It's now due with you on {eta}.",
    "The new delivery date is {eta}.",
)

CLOSE = (
    "Thank you for your patience while I sort this out; I'll keep you posted until it's fully "
    "settled.",
    "I appreciate you giving us the chance to put this right, and I'll stay on it until it's done.",
    "Thanks for bearing with us; I'll be your point of contact and I'll follow up until it's "
    "resolved.",
)
SIGN_OFF = ("Best regards,\n{rep_name}", "Kind regards,\n{rep_name}", "Warm regards,\n{rep_name}")

# A routine message (calm, no complaint): thanks instead of an apology, a holding answer the rep
# replaces with the real one, and a time. Nothing here may assume something went wrong.
ROUTINE_THANKS = (
    "Thanks for getting in touch about {subject}.",
    "Thank you for your message about {subject}.",
    "Thanks for asking about {subject}.",
)
ROUTINE_THANKS_PLAIN = (
    "Thanks for getting in touch.",
    "Thank you for your message.",
    "Thanks for your question.",
)
ROUTINE_HOLD = (
    "I'm checking the details for you now so that I give you the right answer.",
    "I'll look into exactly what applies to you now, so you get a full answer.",
    "I'll find out the details from our team now so my answer is accurate.",
)
ROUTINE_EXPLANATION = (
    "I'll explain exactly how it works for you in my reply.",
    "I'll explain the reasons plainly in my answer.",
)
ROUTINE_EXPECT = (
    "You'll have my answer by {time}.",
    "I'll reply with the answer by {time}.",
    "I'll come back to you with the full answer by {time}.",
)
ROUTINE_EXPECT_UNTIMED = (
    "You'll have my answer within two business hours.",
    "I'll reply with the answer within two business hours.",
    "I'll come back to you with the full answer within two business hours.",
)
ROUTINE_CLOSE = (
    "Thanks again for asking; I'll follow up with the answer as promised.",
    "Thank you for reaching out; I'll follow up with you as promised.",
    "Thanks for your patience; I'll confirm everything in my reply.",
)
ROUTINE_DONE_CLOSE = (
    "Thanks for letting us know; I'll confirm in writing once it's done.",
    "Thank you for asking; I'll follow up to confirm it's all set.",
    "Thanks again; I'll write to confirm once everything is in place.",
)
# A thank-you or kind words with nothing asked: thank them back and pass it on.
PRAISE_THANKS = (
    "Thank you so much for taking the time to write to us.",
    "Thank you for letting us know; it means a lot to the team to hear from you.",
    "Thanks so much for your message; notes like yours make the team's week.",
)
PRAISE_CLOSE = (
    "I'll pass your message on to the team today. Thanks again for being with us.",
    "I'll make sure the team sees this today. Thank you again for writing.",
    "I'll share this with the team today, and thank you again for taking the time.",
)
