"""Words that say something went wrong, and near misses that do not."""

import pytest

from calmdesk.reading.complaint import PLAIN_SEVERITY, complaint_of
from calmdesk.reading.lexicon import mentions_a_problem
from tests.reading.model_outputs import output


@pytest.mark.parametrize(
    "text",
    [
        "Why is my refund still not in my account?",
        "Why would you cancel my booking without telling me?",
        "How come the invoice shows the same charge two times?",
        "I cannot check in online for tomorrow's flight.",
        "The booking website has been down all morning.",
        "My account was suspended and nobody will say why.",
        "The charger stopped working after a week.",
        "The jacket came with a ripped sleeve.",
        "We have had no response to our email of Monday.",
        "Your instructions were misleading.",
        "Honestly not impressed with the new app.",
        "You really let us down this time.",
        "Please stop sending me these texts.",
        "I just want my money back.",
        "We are having an issue with the invoice portal.",
        "I'm struggling to reset my password.",
        "The yoghurt had expired before it reached us.",
        "Frustrating to wait in all day for a courier.",
        # the writer's loss, laid at the company's door
        "We lost two days of bookings after your update on Monday.",
        # a service out, and for how long
        "No internet for the third evening running.",
        "We've had no heating since Tuesday.",
        "No phone line again this morning.",
        # thanks, but for the problem itself
        "Thanks for finding my suitcase, but the handle is broken.",
        # a booking not kept, a change not told
        "When we got to the restaurant our table had been given away.",
        "They gave our room to another guest.",
        "The airline moved our flight without telling us.",
        "The hotel had no record of our booking.",
        # a failure named outright, as in sarcastic thanks for it
        "You ruined our holiday.",
        "Thanks for ruining our evening.",
    ],
)
def test_plain_wording_of_a_complaint(text: str) -> None:
    assert mentions_a_problem(text)
    complaint = complaint_of(output(0.1, 0), (), text)
    assert complaint.is_complaint and complaint.severity >= PLAIN_SEVERITY


@pytest.mark.parametrize(
    "text",
    [
        # said not to have happened
        "Nothing was damaged, thanks for the careful packing.",
        "No delays at all this time.",
        "The order wasn't late, it just went to my neighbour.",
        # the writer's own doing
        "I lost my receipt, can I still return the shoes?",
        "I dropped my phone and broke the screen, can you repair it?",
        "I typed the wrong email address when I signed up.",
        "I feel a bit lost with all these plan options.",
        # praise or a plain question that share a word with a reproach
        "That's why you're my favourite shop.",
        "Can you tell me whether the blue one is in stock?",
        "Does the map still work with no internet connection?",
        "The cabin has no wifi, which is exactly why we booked it.",
        # the problem named as what was put right, with thanks
        "Thank you for finding my lost suitcase so quickly!",
        "Thanks so much for sorting out my cancelled train, the new seat is great.",
        "Thank you for replacing the damaged lamp.",
        # given away by the writer, or as a gift
        "I gave my seat to an older man on the train.",
        "We are giving away free samples at the show.",
        "Nothing was ruined, the frame only needs a polish.",
    ],
)
def test_near_misses_say_nothing_went_wrong(text: str) -> None:
    assert not mentions_a_problem(text)
    assert not complaint_of(output(0.1, 0), (), text).is_complaint


@pytest.mark.parametrize(
    "text",
    [
        "The teapot arrived shattered, lid and all.",
        "Our new lamp came smashed to bits.",
        "A third of the mugs turned up chipped.",
        "The bike showed up with the wheel bent, so it arrived bent.",
        "The frame was delivered dented.",
        "The paint tins got here leaking.",
        "My speaker arrived dead and won't charge.",
        "The cabinet came in the post in pieces.",
        "The desk arrived, missing parts.",
        "The shoes came back scratched from the repair.",
        "The heater arrived not working.",
    ],
)
def test_goods_that_came_damaged_are_a_complaint(text: str) -> None:
    assert mentions_a_problem(text)
    complaint = complaint_of(output(0.1, 0), (), text)
    assert complaint.is_complaint and complaint.severity >= PLAIN_SEVERITY


@pytest.mark.parametrize(
    "text",
    [
        "It got here safely, nothing cracked.",
        "The mirror came undamaged, well packed.",
        "All the cups arrived intact, thank you!",
        "The table came with no dents at all.",
        "The new one arrived on Monday and it isn't chipped this time.",
        "Our engineer came dead on time.",
        "I came across a smashed bottle in the car park.",
    ],
)
def test_goods_that_came_whole_are_no_complaint(text: str) -> None:
    assert not mentions_a_problem(text)
    assert not complaint_of(output(0.1, 0), (), text).is_complaint
