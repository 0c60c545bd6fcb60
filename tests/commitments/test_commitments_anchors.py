"""Where the patterns of a reply may start, and the phrases read once and remembered."""

from __future__ import annotations

from itertools import combinations

from calmdesk.commitments.anchors import CONTINGENT, OWN, PREPOSITION, WAITING, Anchors
from calmdesk.commitments.phrases import (
    CONTINGENT_WORDS,
    OWN_TRIGGER_WORDS,
    PREPOSITION_WORDS,
    TIME,
    WAITING_WORDS,
)
from calmdesk.commitments.timing import read_phrase
from calmdesk.text import normalise


def test_a_word_is_in_one_family_at_most() -> None:
    families = (PREPOSITION_WORDS, CONTINGENT_WORDS, WAITING_WORDS, OWN_TRIGGER_WORDS)
    for one, other in combinations(families, 2):
        assert one.isdisjoint(other)


def test_words_inside_a_token_count_as_words_of_their_own() -> None:
    text = "If it's late, I'll call you by noon."
    anchors = Anchors.of(normalise(text))
    assert [text[at : at + 2] for at in anchors.where(OWN, 0, len(text))] == ["I'"]
    assert anchors.where(CONTINGENT, 0, len(text)) == (0,)
    assert [text[at : at + 2] for at in anchors.where(PREPOSITION, 0, len(text))] == ["by"]
    assert not anchors.has(WAITING, 0, len(text))


def test_a_folded_reply_tries_every_start_word() -> None:
    text = "Sorry for the wait. I'll ſend it tomorrow."
    anchors = Anchors.of(normalise(text))
    assert anchors.low == "sorry for the wait. i'll send it tomorrow."
    assert text.index("tomorrow") in anchors.time
    assert text.index("the") in anchors.time  # "the" is tried whatever follows it


def test_a_phrase_read_again_quotes_its_own_words() -> None:
    for text in ("ASAP", "asap", "ASAP"):
        when = read_phrase(list(TIME.finditer(text.lower())), text)
        assert when.vague == text


def test_a_reply_normalised_without_tokens_gives_the_same_anchors() -> None:
    replies = [
        "Our engineer, Tom, will call you by 3 pm. If it's late, I'll refund you #refund.",
        "We'll ship it tomorrow; you'll get the tracking email within the hour.",
        "İ'll send the replacement by Friday.",  # folded: no lower case in place
        "",
    ]
    for reply in replies:
        with_tokens = Anchors.of(normalise(reply, language=False))
        assert Anchors.of(normalise(reply, tokens=False)) == with_tokens
    assert Anchors.of(normalise(replies[0], tokens=False)).trigger != ()
