"""Escalation triggers: each must catch its variants and leave its near misses alone."""

from __future__ import annotations

import pytest

from calmdesk.reading.phrases import prepare
from calmdesk.reading.triggers import MANAGER, OTHER_TRIGGERS, TRIGGERS, find_triggers
from calmdesk.text import normalise

# (trigger, message, the words the span must cover)
MATCHES = [
    (
        "legal_threat",
        "Confirm by Friday or I will complain to the ICO.",
        "I will complain to the ICO",
    ),
    (
        "legal_threat",
        "We've reported the breach to the data protection authority.",
        "We've reported the breach to the data protection authority",
    ),
    (
        "churn_threat",
        "Send someone tomorrow or I'm cancelling the whole contract.",
        "or I'm cancelling the whole contract",
    ),
    (
        "churn_threat",
        "If it happens again we will be reviewing the renewal in April.",
        "reviewing the renewal",
    ),
    ("churn_threat", "We are already talking to other suppliers.", "talking to other suppliers"),
    ("churn_threat", "We'll find another agency for the spring campaign.", "find another agency"),
    ("manager_request", "I want to speak to a manager about this today.", "speak to a manager"),
    (
        "manager_request",
        "We want the duplicate charge refunded and a call with someone senior today.",
        "call with someone senior",
    ),
    ("manager_request", "I'd like a word with your director.", "word with your director"),
    (
        "manager_request",
        "Could someone senior ring me this afternoon?",
        "Could someone senior ring me",
    ),
    ("manager_request", "Have your manager call me before five.", "Have your manager call me"),
    (
        "manager_request",
        "Please get your account director to phone us.",
        "get your account director to phone us",
    ),
    (
        "manager_request",
        "Can we set up a meeting with your head of operations?",
        "meeting with your head of operations",
    ),
    (
        "manager_request",
        "Please pass this to whoever is in charge of invoicing.",
        "pass this to whoever is in charge",
    ),
    ("manager_request", "Take this up with your VP of sales.", "Take this up with your VP"),
    ("manager_request", "Put me through to your supervisor, please.", "through to your supervisor"),
    (
        "manager_request",
        "can i talk w/ a supervisor?? this is going nowhere",
        "talk w/ a supervisor",
    ),
    ("manager_request", "Please get me someone senior who can sort this.", "get me someone senior"),
    (
        "manager_request",
        "If I don't hear from someone senior today I'm done.",
        "hear from someone senior",
    ),
    ("manager_request", "I'd like this escalated to head office.", "I'd like this escalated"),
    ("manager_request", "How do I get hold of a duty manager?", "get hold of a duty manager"),
    (
        "manager_request",
        "If it isn't fixed by Friday I'll have to escalate to your CEO.",
        "escalate to your CEO",
    ),
    ("manager_request", "I am writing to your chief executive today.", "writing to your chief"),
    ("repeat_contact", "I emailed you yesterday and nobody replied.", "emailed you yesterday"),
    ("manager_request", "I've copied your CEO on this email.", "copied your CEO"),
    ("manager_request", "I've cc'd your head of sales.", "cc'd your head of sales"),
    ("manager_request", "I'll bring this up with your founder.", "bring this up with your founder"),
    (
        "manager_request",
        "Could you put us in touch with your team leader?",
        "put us in touch with your team leader",
    ),
    ("churn_threat", "I'll never order from you again.", "never order from you again"),
    (
        "churn_threat",
        "Honestly we're switching to another provider next month.",
        "switching to another",
    ),
    ("churn_threat", "You have just lost a loyal customer.", "You have just lost a loyal customer"),
    ("churn_threat", "NEVER AGAIN @skyways", "NEVER AGAIN"),
    ("churn_threat", "Fix it today or I'm leaving.", "or I'm leaving"),
    ("churn_threat", "Sort it out by Friday, otherwise we cancel.", "otherwise we cancel"),
    (
        "hard_deadline",
        "I expect a corrected invoice today, or we will review the contract.",
        "today",
    ),
    (
        "hard_deadline",
        "Please correct the invoice before we pay it on Friday.",
        "before we pay it on Friday",
    ),
    ("churn_threat", "this is the last time i book with you", "last time i book"),
    ("churn_threat", "We will be taking our business elsewhere.", "taking our business elsewhere"),
    (
        "churn_threat",
        "If the invoice is wrong again we will be moving our contract to a rival firm.",
        "moving our contract to a",
    ),
    ("churn_threat", "if this happens once more i'll never shop with you again", "never shop"),
    # a negation in the condition does not call the threat off
    (
        "legal_threat",
        "If it is not refunded today I will do a chargeback.",
        "I will do a chargeback",
    ),
    (
        "legal_threat",
        "I won't hesitate to contact my lawyer.",
        "I won't hesitate to contact my lawyer",
    ),
    ("legal_threat", "My lawyer will be in touch about this.", "lawyer"),
    ("legal_threat", "I'm going to file a chargeback with my bank.", "chargeback"),
    ("legal_threat", "We will report you to Trading Standards.", "Trading Standards"),
    ("legal_threat", "See you in small claims court.", "See you in small claims court"),
    ("legal_threat", "i already filed a complaint with the BBB", "BBB"),
    ("legal_threat", "We are considering our legal options.", "legal options"),
    (
        "legal_threat",
        "I'll have to raise a formal complaint with the ombudsman if this isn't resolved.",
        "ombudsman",
    ),
    ("public_threat", "I will tell everyone I know to avoid you.", "I will tell everyone"),
    ("public_threat", "I'm posting this on Trustpilot tonight.", "posting this on Trustpilot"),
    ("public_threat", "expect a 1-star review from me", "1-star review"),
    ("public_threat", "Maybe I should contact the local news about it.", "contact the local news"),
    ("public_threat", "lost my gear again @skyways #media #press", "#media"),
    ("repeat_contact", "This is the third time I've written about this.", "the third time"),
    ("repeat_contact", "I've called you 4 times this week.", "called you 4 times"),
    ("repeat_contact", "Still no reply to my email from Monday.", "Still no"),
    ("repeat_contact", "Nobody has got back to me.", "Nobody has got back"),
    # the count is the evidence, not the earlier "I have already emailed"
    ("repeat_contact", "I have already emailed twice about this.", "emailed twice"),
    ("repeat_contact", "been on hold for 45 mins now", "on hold for 4"),
    ("repeat_contact", "As I said in my previous email, the box was empty.", "As I said"),
    ("repeat_contact", "Two weeks on and we still haven't heard back.", "still haven't heard"),
    ("repeat_contact", "i still cant get through to anyone", "still cant get"),
    ("hard_deadline", "We need it by Friday or the launch is off.", "need it by Friday"),
    (
        "hard_deadline",
        "My wedding is on Saturday and the dress is not here!",
        "wedding is on Saturday",
    ),
    ("hard_deadline", "my flight leaves in 2 hours and my bag is lost", "flight leaves in 2 hours"),
    ("hard_deadline", "I'm going to miss my connection in Denver.", "going to miss my connection"),
    (
        "hard_deadline",
        "It must arrive before the 14th of June.",
        "must arrive before the 14th of june",
    ),
    ("abuse", "You idiots lost my parcel again.", "You idiots"),
    ("abuse", "you people are a bunch of crooks", "you people are a bunch of crooks"),
    ("abuse", "you people are absolutely useless", "you people are absolutely useless"),
    ("abuse", "Honestly, you're a joke.", "you're a joke"),
    ("abuse", "honestly youre useless", "youre useless"),
    (
        "churn_threat",
        "I'm starting to wonder whether we should keep using you.",
        "wonder whether we should keep using",
    ),
    ("churn_threat", "We are reconsidering our contract.", "reconsidering our contract"),
    ("churn_threat", "We've begun looking at other suppliers.", "looking at other suppliers"),
    ("churn_threat", "Time to find new airline, honestly.", "find new airline"),
    ("repeat_contact", "Been on hold now for 1hr 49min.", "hold now for 1hr"),
    ("legal_threat", "Refund me or I'm disputing the charge with my bank.", "disputing the charge"),
    ("hard_deadline", "I want my refund today, not next week.", "today"),
    ("hard_deadline", "I need it for an event on Saturday.", "need it for an event"),
    ("hard_deadline", "Sort it before my son's birthday party.", "before my son's birthday"),
    ("abuse", "Are you people completely incompetent??", "Are you people completely incompetent"),
    ("churn_threat", "I'll look for other carriers from now on.", "look for other carriers"),
    ("churn_threat", "wont b flying with them again", "wont b flying with them again"),
    ("churn_threat", "i will nvr fly w/u again", "nvr fly w/u"),
    ("abuse", "f*** you @skyways", "f*** you"),
    ("abuse", "your staff are total clowns", "your staff are total clowns"),
    ("abuse", "What idiot decided this policy?", "What idiot decided"),
    # A threat made on a condition is still a threat; an ultimatum's date is a deadline.
    (
        "churn_threat",
        "If this happens again we are switching to another provider.",
        "we are switching to another",
    ),
    (
        "churn_threat",
        "Unless you fix it today, we will close the account.",
        "we will close the account",
    ),
    ("hard_deadline", "If I don't hear back by Thursday I will dispute the charge.", "by Thursday"),
    (
        "hard_deadline",
        "Our office reopens on Monday so I need it before then.",
        "on Monday so I need it before then",
    ),
    ("repeat_contact", "I've called twice and nobody got back to me.", "called twice"),
    ("churn_threat", "We are reviewing whether we renew in January.", "reviewing whether we renew"),
    ("churn_threat", "We will not be renewing at that price.", "will not be renewing"),
    ("hard_deadline", "I need someone technical on a call within the hour.", "within the hour"),
    ("hard_deadline", "If this doesn't arrive by Thursday I want a full refund.", "by Thursday"),
    (
        "hard_deadline",
        "We have a trade show on Friday and need the banners.",
        "trade show on Friday",
    ),
    # A miss still ahead is a deadline, whoever is causing it.
    (
        "hard_deadline",
        "At this rate you're causing me to miss my meeting with the board.",
        "miss my meeting",
    ),
    # Counting contacts: the count goes with a contact in the same clause.
    ("repeat_contact", "This is the 4th time I have asked for the statement.", "4th time"),
    ("repeat_contact", "I'm writing for the second time about the same invoice.", "second time"),
    ("repeat_contact", "I've raised it repeatedly with your billing desk.", "raised it repeatedly"),
    ("repeat_contact", "Your switchboard just hangs up on me.", "hangs up"),
    ("repeat_contact", "We have been waiting a fortnight to hear back from you.", "waiting"),
    ("repeat_contact", "40 minutes and counting on hold for accounts.", "minutes and counting"),
    (
        "churn_threat",
        "That was the first and last time we ordered from you.",
        "first and last time we ordered",
    ),
    # A miss said ahead, and a departure soon, are deadlines.
    (
        "hard_deadline",
        "At this pace we're not going to make the board meeting.",
        "not going to make the board meeting",
    ),
    ("hard_deadline", "I won't make the meeting at this rate.", "won't make the meeting"),
    ("hard_deadline", "We fly in three days and the visas are missing.", "We fly in three days"),
    ("hard_deadline", "My interview is tomorrow and the suit is lost.", "My interview is tomorrow"),
    ("hard_deadline", "I need it two hours before my flight.", "need it two hours before my"),
    ("hard_deadline", "Can you please get me to Leeds before Sunday evening?", "before Sunday"),
    (
        "hard_deadline",
        "I need to get to my job interview and the train is stuck.",
        "need to get to my job interview",
    ),
    (
        "hard_deadline",
        "We have to get home for my grandad's funeral.",
        "have to get home for my grandad's funeral",
    ),
    ("hard_deadline", "Our ferry that leaves at 5pm won't wait.", "Our ferry that leaves at 5pm"),
    (
        "hard_deadline",
        "Any news on my flight to Rome tonight? Nobody answers.",
        "my flight to Rome tonight",
    ),
    (
        "hard_deadline",
        "Stuck at the gate, hope we don't miss our connection.",
        "hope we don't miss our connection",
    ),
    ("hard_deadline", "Can you help me get to Denver tonight?", "help me get to Denver tonight"),
    ("hard_deadline", "Please help us get home tomorrow!", "help us get home tomorrow"),
    (
        "hard_deadline",
        "I need to add a dog to my booking for tomorrow.",
        "need to add a dog to my booking for tomorrow",
    ),
    (
        "hard_deadline",
        "I have to get up early to go to work tomorrow and I'm still on hold.",
        "have to get up early to go to work tomorrow",
    ),
    (
        "hard_deadline",
        "My bus leaves in twenty minutes and the driver has my bag.",
        "My bus leaves in twenty minutes",
    ),
    (
        "repeat_contact",
        "I've emailed your accounts team 6x since March.",
        "emailed your accounts team 6x",
    ),
    ("churn_threat", "This mix-up just lost you our business.", "lost you our business"),
    (
        "churn_threat",
        "We intend never to utilise your agency again.",
        "never to utilise your agency again",
    ),
    ("churn_threat", "We'll find a diff supplier for the spring orders.", "find a diff supplier"),
    # A business client's dates and requests with a time limit.
    (
        "hard_deadline",
        "Kindly confirm the records are erased within 72 hours.",
        "Kindly confirm the records are erased within 72 hours",
    ),
    (
        "hard_deadline",
        "We expect a written answer within two working days.",
        "We expect a written answer within two working days",
    ),
    ("hard_deadline", "We've got a demo at 11am on Thursday.", "We've got a demo at 11am"),
    ("hard_deadline", "Our annual audit is due on March 3.", "Our annual audit is due on March 3"),
    (
        "hard_deadline",
        "Our payroll runs on Friday and the export fails.",
        "Our payroll runs on Friday",
    ),
    (
        "hard_deadline",
        "The licence renewal is on the 30th and we still have no quote.",
        "renewal is on the 30th",
    ),
    (
        "hard_deadline",
        "We need the corrected figures before our inspection.",
        "before our inspection",
    ),
    # Leaving, the destination named or left out.
    (
        "churn_threat",
        "Frankly we'll move the work to a different agency next quarter.",
        "move the work to a different agency",
    ),
    (
        "churn_threat",
        "Another quote came in cheaper, so we're going to pull our business.",
        "going to pull our business",
    ),
    (
        "churn_threat",
        "We have had offers from two rivals and will probably move the account when it ends.",
        "will probably move the account",
    ),
]

# (trigger, message): none of these is the trigger.
NEAR_MISSES = [
    ("legal_threat", "I've read the ICO guidance on subject access requests."),
    ("churn_threat", "Our finance team will review the renewal quote next week."),
    ("churn_threat", "We're talking to another team about the launch plan."),
    ("manager_request", "The call with your director last week went badly."),
    ("manager_request", "I'll forward it to my manager for approval."),
    ("manager_request", "We have passed the quote to our finance director."),
    ("manager_request", "Could you send the invoice to our finance director?"),
    ("manager_request", "We will take it to the head of the queue ourselves."),
    ("manager_request", "I've copied our finance director on this email."),
    ("manager_request", "I'll raise it with my line manager before we sign."),
    ("manager_request", "The owner of the parcel never collected it."),
    ("hard_deadline", "I was there on Monday or we were, I forget."),
    ("hard_deadline", "We paid it before we left on Friday."),
    ("churn_threat", "Send the form or I cancel it for you."),
    ("abuse", "Are you aware the app is down?"),
    ("hard_deadline", "I need a receipt for a flight change. Can you send one?"),
    ("manager_request", "Awful service, why bother trying to contact the head office?"),
    ("repeat_contact", "Second time in two weeks my flight has been delayed."),
    ("repeat_contact", "Booked three tickets today for the trip."),
    ("churn_threat", "Doesn't matter, I end up waiting for my bag anyway."),
    ("manager_request", "I don't need to speak to a manager, just fix it."),
    ("legal_threat", "My lawyer friend recommended your service."),
    ("abuse", "Your tracking page is useless, it never updates."),
    ("abuse", "Your customer service is a joke, nobody answers."),
    ("abuse", "You're not useless, the app is."),
    ("abuse", "youre welcome to call us any time"),
    ("legal_threat", "We are not going to sue."),
    ("legal_threat", "I don't want to sue anyone, I just want my money back."),
    ("churn_threat", "I wonder if we can keep the same delivery slot."),
    ("churn_threat", "Can you reconsider our request for a later date?"),
    ("legal_threat", "A solicitor who recommended you says you're reliable."),
    ("manager_request", "The manager at the gate was lovely, thank you."),
    ("manager_request", "They need a supervisor to sign anything off, apparently."),
    ("manager_request", "No need to escalate it, the refund arrived."),
    ("churn_threat", "I already switched once to another airline last year."),
    ("churn_threat", "We had to switch to a different courier for that one."),
    ("churn_threat", "I'm switching to the annual plan you suggested."),
    ("churn_threat", "If you fix this I will never forget it."),
    ("churn_threat", "If I close my account, do I lose the points?"),
    ("churn_threat", "I'm looking for another service you offer, the premium one."),
    ("churn_threat", "We're looking for a new bank account option with you."),
    ("legal_threat", "Your rules say bags must be tagged."),
    ("legal_threat", "The man next to me said he would sue the airport."),
    ("legal_threat", "Can I pay by card?"),
    ("public_threat", "I saw your post on Facebook about the sale."),
    ("public_threat", "Thanks to the team who helped everyone on board."),
    ("public_threat", "I won't post anything about it, I just want it sorted."),
    ("repeat_contact", "This is the first time I have contacted you."),
    ("repeat_contact", "We are still waiting for our bags at the carousel."),
    ("repeat_contact", "No reply needed, just letting you know."),
    ("repeat_contact", "The scanner is still not working after the update."),
    ("repeat_contact", "We are still not sure which size to order."),
    ("hard_deadline", "Please send it asap."),
    ("hard_deadline", "I missed the funeral because of the delay."),
    ("hard_deadline", "The wedding last week was wonderful."),
    ("abuse", "This f***ing delay is ruining my day."),
    ("abuse", "Some idiot parked across the loading bay."),
    ("abuse", "We're not idiots, but the form is confusing."),
    ("churn_threat", "If I cancel, do I get a refund?"),
    ("churn_threat", "If I decide to cancel my account will I lose my data?"),
    ("churn_threat", "If you confirm the rate won't go down again I can't afford it."),
    ("hard_deadline", "I don't need it by Friday, no rush."),
    ("hard_deadline", "I need it by then."),
    ("repeat_contact", "I was charged twice for one order."),
    ("churn_threat", "Will my plan renew automatically?"),
    ("hard_deadline", "Your app crashed within the hour of installing it."),
    ("hard_deadline", "If you need it by Friday, just let me know."),
    # A miss already caused is a grievance, not a deadline.
    ("hard_deadline", "The late courier made us miss our meeting with the client."),
    ("hard_deadline", "Thanks for making me miss my train, truly."),
    ("hard_deadline", "The outage caused me to miss my appointment."),
    ("hard_deadline", "I didn't miss my train, the booking simply vanished."),
    # A time promised or passed is reported, not needed.
    ("hard_deadline", "Your courier promised delivery by 6pm and nothing came."),
    ("hard_deadline", "We were told by Monday at the latest, twice."),
    ("hard_deadline", "The engineer arrived before noon and left without fixing it."),
    # A count of the trouble, not of contacts.
    ("repeat_contact", "This is the third time this month the invoice has been wrong."),
    ("repeat_contact", "For the fifth time the courier left the box in the rain."),
    ("repeat_contact", "The rollout is three days late and counting."),
    ("repeat_contact", "Our doorbell is constantly offline."),
    # Remembering an earlier order is not a verdict.
    ("churn_threat", "Last time I ordered, the box came a day early."),
    ("churn_threat", "Last time we used the portal it logged us out twice."),
    ("public_threat", "Story shared vía @newsdesk this morning."),
    # Called off or reported late: no deadline left to meet.
    ("hard_deadline", "You cancelled our appointment for Thursday without warning."),
    ("hard_deadline", "Our train tomorrow has been delayed, apparently."),
    ("hard_deadline", "I didn't make my connection."),
    ("hard_deadline", "I can't make the meeting, can we move it?"),
    ("hard_deadline", "We landed an hour before our connection and still missed it."),
    ("hard_deadline", "A second invoice is the last thing we need tonight."),
    ("hard_deadline", "I had to pay extra to get there before 6pm."),
    ("hard_deadline", "The parcel should travel in 2 days."),
    ("repeat_contact", "We bought a 10x zoom lens last week."),
    ("manager_request", "After I asked for a team leader, the line went dead."),
    # A policy's window, a date moved, a contract accepted or sent to lawyers.
    ("hard_deadline", "Please note that refunds take up to 5 days."),
    ("hard_deadline", "The audit last week was fine."),
    ("hard_deadline", "The cafe never opens before 6am, which is silly."),
    ("hard_deadline", "Nothing can be delivered before Wednesday, it says."),
    ("hard_deadline", "Is there a film worth watching on my flight tomorrow?"),
    ("hard_deadline", "My voucher runs out a week before our trip."),
    ("hard_deadline", "I need it for business, not pleasure."),
    ("hard_deadline", "Our flight to Rome tomorrow has been delayed."),
    ("hard_deadline", "You cancelled my flight to Rome tonight."),
    ("hard_deadline", "I hope they don't miss the point."),
    ("hard_deadline", "I need to wait until tomorrow to call again, apparently."),
    ("hard_deadline", "It took them three hours to get us off the plane tonight."),
    ("churn_threat", "Could you move the contract to next month?"),
    ("churn_threat", "We will move the contract start date by a week."),
    ("churn_threat", "We'll take the contract to our lawyers first."),
    ("churn_threat", "We will pull our account details for the review."),
    ("churn_threat", "If we move the account, do we keep our history?"),
]


def names(text: str) -> dict[str, str]:
    doc = normalise(text)
    found = find_triggers(doc)
    for evidence in found:
        assert doc.text[evidence.span.start : evidence.span.end] == evidence.span.text
    return {evidence.name: evidence.span.text for evidence in found}


@pytest.mark.parametrize(("trigger", "message", "phrase"), MATCHES)
def test_trigger_matches_with_its_span(trigger: str, message: str, phrase: str) -> None:
    found = names(message)
    assert trigger in found, f"{trigger} missed in {message!r}: {found}"
    assert phrase.lower() in found[trigger].lower() or found[trigger].lower() in phrase.lower()


@pytest.mark.parametrize(("trigger", "message"), NEAR_MISSES)
def test_near_miss_is_not_a_trigger(trigger: str, message: str) -> None:
    assert trigger not in names(message)


def test_every_trigger_has_examples_both_ways() -> None:
    assert set(TRIGGERS) == {t for t, _, _ in MATCHES} == {t for t, _ in NEAR_MISSES}


def test_one_evidence_per_trigger_in_text_order() -> None:
    found = find_triggers(normalise("Still no answer. Still no refund. I need it by Monday."))
    assert [e.name for e in found] == ["repeat_contact", "hard_deadline"]


def test_quoted_text_is_not_read() -> None:
    text = "Thanks for the update.\n\n> I will never order from you again."
    assert find_triggers(normalise(text)) == ()


@pytest.mark.parametrize("message", [m for _, m, _ in MATCHES] + [m for _, m in NEAR_MISSES])
def test_start_words_and_anchors_never_hide_a_match(message: str) -> None:
    prepared = prepare(normalise(message))
    for rules in (MANAGER, OTHER_TRIGGERS):
        assert rules.find(prepared) == rules.find_anywhere(prepared)


def test_the_word_index_sees_inside_tags_and_contractions() -> None:
    prepared = prepare(normalise("I’ve had it #fail @shop...still broken, AUD1700 gone"))
    assert prepared.offsets("i") == prepared.offsets("i've") == [0]
    assert prepared.offsets("fail") == [13]
    assert prepared.offsets("still") == [26]
    assert prepared.offsets("aud") == [40]
    assert prepared.lower[26:31] == "still"


def test_a_document_is_prepared_once() -> None:
    doc = normalise("Where is my parcel?")
    assert prepare(doc) is prepare(doc)


def test_a_call_asked_second_is_quoted_from_the_call() -> None:
    text = "We want the duplicate charge refunded and a call with someone senior today."
    found = find_triggers(normalise(text))
    assert [(t.name, t.span.text) for t in found] == [
        ("manager_request", "a call with someone senior")
    ]
