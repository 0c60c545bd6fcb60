"""`read` end to end: the Reading of whole client messages, and bad input."""

from __future__ import annotations

import pytest

from calmdesk.errors import InputError
from calmdesk.playbook import default_playbook
from calmdesk.reading import read
from calmdesk.reading.model import load_model
from calmdesk.reading.values import Reading
from calmdesk.serialise import dump, load
from calmdesk.text import normalise

ANGRY = """Hi,

This is the third time I'm writing about order #5120. It was due last Tuesday and UPS tracking
hasn't moved since. I paid $640 for express delivery!!

I'm furious. If it isn't here by Friday I want my money back, and I want to talk to a manager.

Greta Lindqvist
"""


@pytest.fixture(scope="module")
def angry() -> Reading:
    return read(ANGRY, default_playbook())


def test_every_span_points_at_its_words(angry: Reading) -> None:
    spans = [
        *angry.facts,
        *angry.feelings,
        *(a.span for a in angry.asks),
        *(t.span for t in angry.triggers),
        *(e.span for e in angry.entities),
        *(c.span for c in angry.heat.cues),
        *(s for e in angry.emotions for s in e.spans),
        *(s for a in angry.advice for s in a.because),
    ]
    assert spans
    for span in spans:
        assert angry.text[span.start : span.end] == span.text


def test_an_angry_email_reads_heated_with_its_asks_and_triggers(angry: Reading) -> None:
    assert angry.in_scope
    assert angry.heat.level >= 2
    assert {"refund", "manager"} <= {a.name for a in angry.asks}
    assert {"repeat_contact", "manager_request", "hard_deadline"} <= {
        t.name for t in angry.triggers
    }
    assert angry.complaint.is_complaint
    assert angry.client_name == "Greta Lindqvist"
    kinds = {e.kind for e in angry.entities}
    assert {"order_number", "amount", "carrier"} <= kinds
    assert angry.topic.cause == "carrier"
    assert any("#5120" in f.text for f in angry.facts)
    assert any("furious" in f.text for f in angry.feelings)
    assert "step:acknowledge" in {a.move for a in angry.advice}


def test_a_calm_thank_you_reads_calm() -> None:
    reading = read("Thanks so much for sorting that out, all good now!", default_playbook())
    assert reading.heat.level == 0
    assert reading.asks == ()
    assert reading.triggers == ()
    assert reading.channel == "reply"


def test_a_hostile_message_gets_pause_and_call_advice() -> None:
    reading = read(
        "You useless idiots. THIRD TIME I'm asking!!! My lawyer will hear about this.",
        default_playbook(),
    )
    assert reading.heat.level >= 3
    moves = {a.move for a in reading.advice}
    assert {"pause", "call"} <= moves
    assert reading.channel == "call"
    assert {"abuse", "legal_threat"} <= {t.name for t in reading.triggers}


def test_client_caused_delay_is_advised_neutrally() -> None:
    reading = read(
        "Why is my brochure job still not printed? It was due on the 12th!",
        default_playbook(),
    )
    assert reading.topic.topic != ""
    dependency = read(
        "I know we still haven't sent you the final artwork, but why is the job not done yet?",
        default_playbook(),
    )
    assert dependency.topic.cause == "client_dependency"
    assert "client-dependency" in {a.move for a in dependency.advice}


def test_reading_round_trips_through_its_serialised_form(angry: Reading) -> None:
    assert load(Reading, dump(angry)) == angry


def test_quoted_history_is_not_read_as_new_words() -> None:
    reading = read(
        "Fine, thanks.\n\nOn Mon, 2 Nov 2026, Support wrote:\n> I want a refund and a manager now!",
        default_playbook(),
    )
    assert reading.asks == ()
    assert reading.set_aside[0].kind == "quoted"


def test_html_email_is_read_from_its_visible_text() -> None:
    html = (
        "<html><body><script>var x = 'refund';</script>"
        "<p>My invoice was charged <b>twice</b>. Please refund the duplicate.</p></body></html>"
    )
    reading = read(html, default_playbook())
    assert "script" not in reading.text and "var x" not in reading.text
    refund = next(a for a in reading.asks if a.name == "refund")
    assert reading.text[refund.span.start : refund.span.end] == refund.span.text


@pytest.mark.parametrize("text", ["", "   \n\t  ", "\n> only a quote\n"])
def test_empty_messages_are_a_clear_error(text: str) -> None:
    with pytest.raises(InputError, match="nothing new to read"):
        read(text, default_playbook())


def test_huge_input_is_refused_with_the_limit() -> None:
    with pytest.raises(InputError, match="limit"):
        read("angry " * 2_000_000, default_playbook())


def test_binary_input_is_refused() -> None:
    with pytest.raises(InputError, match="binary"):
        read(b"\x00\x01\x02PK\x03\x04" * 100, default_playbook())


def test_other_languages_are_out_of_scope_not_guessed() -> None:
    reading = read(
        "Bonjour, ma commande n'est toujours pas arrivée et personne ne répond à mes messages.",
        default_playbook(),
    )
    assert not reading.in_scope
    assert reading.asks == () and reading.emotions == ()
    assert any("English" in note for note in reading.notes)


def test_only_emoji_gives_a_result() -> None:
    reading = read("😡😡😡", default_playbook())
    assert reading.text == "😡😡😡"
    assert 0.0 <= reading.heat.score <= 1.0


def test_a_long_upset_email_is_moved_to_a_call_a_short_one_is_not() -> None:
    sentence = "The order is late and I am not happy about it, I expected better from you. "
    short = read(sentence, default_playbook())
    long = read(sentence * 25, default_playbook())
    assert short.channel == "reply"
    assert long.heat.level < default_playbook().reading.call_heat_level
    assert long.channel == "call"
    assert "call" in {a.move for a in long.advice}


LONG_FACTUAL = """Hi there,

I ordered a standing desk (order #88231) on the 4th and was promised delivery within five
working days. It's now the 19th and nothing has come. Your tracking page has said "in transit"
for nine days, and I have called twice and emailed once about it.

Frankly this is the worst service I've had in years.

Marcus Hale
"""


def test_a_feeling_said_once_in_a_long_factual_email_is_still_found() -> None:
    reading = read(LONG_FACTUAL, default_playbook())
    present = {e.name: e for e in reading.emotions if e.present}
    assert set(present) & {"annoyance", "disappointment", "anger"}
    # Its evidence is in the sentence that says it, not in the facts.
    for emotion in present.values():
        for span in emotion.spans:
            assert span.start >= LONG_FACTUAL.index("Frankly")


@pytest.mark.parametrize(
    "text",
    [
        "The parcel came today. It was late. Frankly the worst service I've had in years.",
        "Order 4411. Still nothing. I'm so annoyed. Where is it?",
    ],
)
def test_a_short_message_is_judged_as_a_whole(text: str) -> None:
    # Under 40 words the model reads the message whole, as it was trained on comments that long.
    reading = read(text, default_playbook())
    whole = load_model().predict(normalise(text).tokens)
    assert {e.name for e in reading.emotions if e.present} == {
        name for name, present in whole.emotion_present.items() if present
    }


def test_the_words_shown_for_an_emotion_are_never_filler() -> None:
    reading = read("I am so disappointed that this is still not fixed.", default_playbook())
    disappointment = next(e for e in reading.emotions if e.name == "disappointment")
    shown = [span.text.lower() for span in disappointment.spans]
    assert disappointment.present and "disappointed" in shown
    assert not {"that", "this", "is", "i", "am"} & set(shown)
