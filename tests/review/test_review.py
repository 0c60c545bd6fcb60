"""`review`: steps, findings against the client's Reading, score, verdict and explanation."""

from __future__ import annotations

import contextlib

import pytest

from calmdesk.errors import InputError
from calmdesk.playbook import default_playbook, playbook_from_toml
from calmdesk.reading import read
from calmdesk.review import Review, review
from calmdesk.review.rules import ClientFacts
from calmdesk.review.values import STEP_IDS
from calmdesk.serialise import dump, load

PLAYBOOK = default_playbook()
GOOD = (
    "Hi Dana, I'm really sorry your order arrived late, and I can see how frustrating that is "
    "with your event on Friday. I'm going to contact the courier now and push this to the front "
    "of the queue on your behalf. Here's what I can do today: I can reship the lamp by express "
    "delivery at no extra cost, or refund it in full, whichever you prefer. You'll receive a "
    "confirmation email within the hour, and I'll update you by 3 pm tomorrow with the tracking "
    "number. Thank you for your patience while we sort this out."
)
ANGRY_DANA = ClientFacts(heat=4, name="Dana", asks=("replacement",)).reading()


def test_a_good_reply_following_the_guide_is_sent() -> None:
    for reading in (None, ANGRY_DANA):
        result = review(GOOD, PLAYBOOK, reading)
        assert result.findings == ()
        assert result.score >= 80 and result.verdict == "send"
        assert [s.step for s in result.steps] == list(STEP_IDS)
        assert result.explanation[-1].startswith(f"Score {result.score}")


@pytest.mark.parametrize(
    "slip",
    [" To be fair, that one is down to the courier.", " There's nothing more I can do."],
)
def test_a_blame_or_deflection_error_can_never_be_sent(slip: str) -> None:
    result = review(GOOD + slip, PLAYBOOK, ANGRY_DANA)
    assert any(f.severity == "error" for f in result.findings)
    assert result.verdict != "send" and result.score < PLAYBOOK.review.thresholds.send
    assert any("blocks 'send'" in reason for reason in result.explanation)


def test_the_explanation_names_each_finding_and_missing_step() -> None:
    result = review("We'll get back to you soon.", PLAYBOOK)
    text = " ".join(result.explanation)
    assert "vague-timeline" in text and "Missing step 'acknowledge'" in text


def test_reading_rules_only_run_with_a_reading() -> None:
    draft = "I've issued a refund. Sorry about that."
    without = {f.rule for f in review(draft, PLAYBOOK).findings}
    with_reading = {f.rule for f in review(draft, PLAYBOOK, ANGRY_DANA).findings}
    assert "name-unused" not in without and "name-unused" in with_reading
    assert "ask-unanswered" in with_reading
    assert "solution-before-empathy" in with_reading


def test_hot_clients_lose_more_for_a_missing_acknowledgement() -> None:
    draft = "I've sent a new lamp by express post; you'll have tracking by 5 pm today, Dana."
    calm = ClientFacts(heat=0, name="Dana").reading()
    assert review(draft, PLAYBOOK, calm).score > review(draft, PLAYBOOK, ANGRY_DANA).score


def test_offsets_index_the_normalised_text() -> None:
    result = review("Hi,\r\nPlease calm down!! It's only two days.", PLAYBOOK)
    for finding in result.findings:
        if finding.end > finding.start:
            assert finding.quote(result.text).strip()
    assert "\r" not in result.text


@pytest.mark.parametrize("draft", ["", "   \n "])
def test_an_empty_draft_gets_rewrite_not_an_error(draft: str) -> None:
    result = review(draft, PLAYBOOK)
    assert result.verdict == "rewrite" and result.score == 0 and result.findings == ()


def test_odd_input_never_raises_anything_but_our_errors() -> None:
    for draft in ("\x00\x01binary", "😡" * 500, "a" * 5000, "[" * 300 + "]" * 300, "!!!" * 1000):
        with contextlib.suppress(InputError):
            review(draft, PLAYBOOK)


def test_a_draft_over_the_limit_is_refused_clearly() -> None:
    small = playbook_from_toml("[limits]\nmax_chars = 100\n", "team.toml")
    with pytest.raises(InputError, match="limit is 100"):
        review("word " * 50, small)


def test_the_review_round_trips_through_its_serialised_form() -> None:
    result = review(GOOD + " Hopefully that works!!", PLAYBOOK, ANGRY_DANA)
    assert load(Review, dump(result)) == result


def test_a_draft_not_in_english_is_reviewed_with_a_warning_first() -> None:
    from calmdesk.review.review import NOT_ENGLISH

    result = review("Hola Ana, su pedido llegará mañana. Gracias por su paciencia.", PLAYBOOK)
    assert result.explanation[0] == NOT_ENGLISH
    english = review("Hi Ana, your order arrives tomorrow. Thanks for your patience.", PLAYBOOK)
    assert NOT_ENGLISH not in english.explanation


ROUTINE_QUESTION = "Quick question: do you ship to Canada?"


@pytest.mark.parametrize(
    "answer",
    [
        "Hi! Yes, we ship to Canada; delivery takes 5 to 7 business days and costs $15.",
        "Unfortunately we don't ship to Canada yet, but it is planned for the spring.",
    ],
)
def test_a_plain_answer_to_a_calm_question_can_be_sent(answer: str) -> None:
    reading = read(ROUTINE_QUESTION, PLAYBOOK)
    assert reading.is_routine
    result = review(answer, PLAYBOOK, reading)
    assert result.verdict == "send", result.explanation
    assert not any("acknowledge" in line for line in result.explanation)


@pytest.mark.parametrize("answer", ["Please see our website.", "No idea, sorry."])
def test_a_reply_that_does_not_answer_a_calm_question_is_not_sent(answer: str) -> None:
    result = review(answer, PLAYBOOK, read(ROUTINE_QUESTION, PLAYBOOK))
    assert result.verdict != "send"


def test_an_upset_client_still_needs_the_steps() -> None:
    reading = read("Order 4411 is a week late and nobody answers my emails. Where is it?", PLAYBOOK)
    assert not reading.is_routine
    result = review("Yes, it ships on Friday.", PLAYBOOK, reading)
    assert result.verdict != "send"


def test_a_calm_request_with_a_deadline_answered_by_moving_it_earlier_is_sent() -> None:
    reading = read(
        "Hi! Can the sofa come before Friday? We need it by Friday for guests.", PLAYBOOK
    )
    assert reading.is_routine and "hard_deadline" in [t.name for t in reading.triggers]
    draft = (
        "Hi Alex,\n\nThanks for asking. I've moved your order to the Thursday morning slot, so "
        "it will be with you a day ahead of your guests.\n\nYou'll get a confirmation text from "
        "the driver on Wednesday evening.\n\nSam"
    )
    result = review(draft, PLAYBOOK, reading)
    assert result.verdict == "send", result.explanation
    assert "ask-unanswered" not in {f.rule for f in result.findings}
