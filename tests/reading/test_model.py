"""The learned reading model: it loads, is deterministic, and says sensible things."""

from __future__ import annotations

import math

import pytest

from calmdesk.reading.model import (
    HEADS,
    ModelOutput,
    features,
    load_model,
    term_of,
)
from calmdesk.reading.values import EMOTIONS
from calmdesk.text import Token, normalise, tokenize


def predict(text: str) -> ModelOutput:
    return load_model().predict(normalise(text).tokens)


def test_model_loads_once() -> None:
    # Load time is measured in benchmarks/bench_read.py, not asserted here.
    load_model.cache_clear()
    model = load_model()
    assert load_model() is model
    assert model.heads == HEADS


def test_output_has_every_emotion_in_range() -> None:
    output = predict("The parcel still has not arrived and nobody answers my emails.")
    assert set(output.emotions) == set(EMOTIONS)
    assert set(output.emotion_present) == set(EMOTIONS)
    assert set(output.emotion_tokens) == set(EMOTIONS)
    assert all(0.0 <= p <= 1.0 for p in output.emotions.values())
    assert 0.0 <= output.complaint <= 1.0
    assert 0.0 <= output.anger <= 1.0
    assert output.severity in range(5)


def test_prediction_is_deterministic() -> None:
    text = "I have asked three times now and I am getting really fed up with this."
    assert predict(text) == predict(text)


def test_empty_and_unknown_input() -> None:
    for text in ("", "zxqv wplk", "...", "😀"):
        output = predict(text)
        assert all(0.0 <= p <= 1.0 for p in output.emotions.values())
        assert all(len(indices) <= 3 for indices in output.emotion_tokens.values())


def test_emotion_tokens_point_at_the_words_that_carry_them() -> None:
    text = "Thank you so much for sorting this out so quickly, I really appreciate it."
    doc = normalise(text)
    output = load_model().predict(doc.tokens)
    for indices in output.emotion_tokens.values():
        assert len(indices) <= 3
        assert all(0 <= i < len(doc.tokens) for i in indices)
    words = {doc.tokens[i].lower for i in output.emotion_tokens["gratitude"]}
    assert words & {"thank", "appreciate", "thanks"}


@pytest.mark.parametrize(
    ("text", "emotion"),
    [
        ("Many thanks for your help yesterday, it made all the difference.", "gratitude"),
        ("I don't understand what this charge on my bill is for, can you explain?", "confusion"),
        ("I'm scared the replacement won't arrive before my daughter's surgery.", "worry"),
        ("This makes me so angry, you people never listen.", "anger"),
        ("What time does the shop open on Saturday?", "neutral"),
    ],
)
def test_clear_emotions_are_present(text: str, emotion: str) -> None:
    assert predict(text).emotion_present[emotion]


def test_thanks_is_not_anger() -> None:
    output = predict("Thanks a lot, everything arrived safely and works perfectly.")
    assert not output.emotion_present["anger"]
    assert output.emotions["gratitude"] > output.emotions["anger"]


def test_complaint_and_severity() -> None:
    calm = predict("Could you tell me whether you deliver to the islands?")
    upset = predict("Your courier lost my order again and you just keep lying to me about it.")
    assert calm.complaint < 0.5 <= upset.complaint
    assert calm.severity == 0
    assert upset.severity >= 2


def test_anger_estimate_rises_with_anger() -> None:
    mild = predict("The update made the app a little slower than before.")
    furious = predict("I am absolutely furious, this is the worst service I have ever had.")
    assert furious.anger > mild.anger


def test_terms_and_features() -> None:
    assert term_of(Token(0, 7, "#Angry", "#angry")) == "angry"
    assert term_of(Token(0, 5, "@shop", "@shop")) == "@user"
    assert term_of(Token(0, 4, "2024", "2024")) == "0000"
    assert term_of(Token(0, 6, "Nooooo", "nooooo")) == "noo"
    names, firsts, lasts = features(tokenize("STOP charging me"))
    assert names == ["stop", "^", "charging", "~charg", "stop charging", "me", "charging me"]
    assert all(f <= last for f, last in zip(firsts, lasts, strict=True))


def test_repeated_tokens_and_cache_give_the_same_answer() -> None:
    model = load_model()
    text = "NO NO NO, the refund is late again and again and again."
    first = model.predict(normalise(text).tokens)
    again = model.predict(normalise(text).tokens)  # now from the per-token cache
    assert first == again
    assert all(len(set(indices)) == len(indices) for indices in first.emotion_tokens.values())


def _reference_logits(text: str) -> list[float]:
    """The linear model computed the slow, obvious way from `features`, as training sees it."""
    model = load_model()
    names, _, _ = features(normalise(text).tokens)
    counts: dict[int, int] = {}
    for name in names:
        if name in model.index:
            counts[model.index[name]] = counts.get(model.index[name], 0) + 1
    norm = math.sqrt(sum(c * c for c in counts.values())) or 1.0
    z = [float(b) for b in model.biases]
    for feature, count in counts.items():
        for column, weight in enumerate(model.weights[feature]):
            z[column] += float(weight) * count / norm
    return z


@pytest.mark.parametrize(
    "text",
    [
        "Thanks, that sorted it.",
        "WHY is my order 4411 STILL not here?? Second time I'm asking, I'm fed up fed up fed up.",
        "",
        "The the the the refund refund.",
    ],
)
def test_fast_predict_matches_the_features_it_was_trained_on(text: str) -> None:
    model = load_model()
    output = model.predict(normalise(text).tokens)
    z = _reference_logits(text)
    for column, name in enumerate(EMOTIONS):
        assert output.emotions[name] == pytest.approx(1 / (1 + math.exp(-z[column])), abs=1e-5)
    anger = z[HEADS.index("anger_intensity")] - 0.3 * z[HEADS.index("positive")]
    assert output.anger == pytest.approx(1 / (1 + math.exp(-anger)), abs=1e-5)


def test_emotion_tokens_only_for_emotions_found() -> None:
    output = predict("Thank you so much, I really appreciate the quick help!")
    assert output.emotion_present["gratitude"] and output.emotion_tokens["gratitude"]
    for name in EMOTIONS:
        if not output.emotion_present[name]:
            assert output.emotion_tokens[name] == ()
