"""The text layer: normalisation, set-aside parts, sentences, tokens and spans."""

from __future__ import annotations

import contextlib
import re
import sys
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calmdesk.errors import InputError
from calmdesk.text import (
    _TOKEN,
    Span,
    _set_aside_regions,
    decode,
    lower_in_place,
    normalise,
    token_words,
    tokenize,
    unwrap,
)


def assert_spans_valid(raw: str) -> None:
    doc = normalise(raw)
    assert len(doc.body) == len(doc.text)
    for span in doc.sentences:
        assert 0 <= span.start < span.end <= len(doc.text)
        assert doc.text[span.start : span.end] == span.text
    for token in doc.tokens:
        assert 0 <= token.start < token.end <= len(doc.text)
        assert doc.text[token.start : token.end] == token.text
        if doc.lower is not None:  # each token's lower case is its stretch of the lower body
            assert doc.lower[token.start : token.end] == token.lower
    for part in doc.set_aside:
        assert doc.text[part.span.start : part.span.end] == part.span.text


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_unicode_string_gives_valid_spans(raw: str) -> None:
    # Refusing (binary-looking control characters) is allowed; a traceback is not.
    with contextlib.suppress(InputError):
        assert_spans_valid(raw)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ΣσςΑΟΔ.'’ _-İıAbc1\n"), max_size=60))
def test_tokens_lower_case_like_the_whole_body_even_around_a_sigma(raw: str) -> None:
    # Capital sigma lower-cases by its neighbours ("ΟΔΟΣ" ends in "ς"), so a token's lower case
    # must come from the whole body, not from the token alone.
    with contextlib.suppress(InputError):
        assert_spans_valid(raw)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Hi,",
                "\n",
                "\n\n",
                "> quoted",
                "On Mon, Ann wrote:",
                "-- ",
                "Thanks,",
                "Dana",
                "<p>",
                "</p>",
                "<br>",
                "LATE!!!",
                "😡",
                "order #4411",
                "Mr.",
                "ça va",
                "中文",
                " ",
            ]
        ),
        max_size=30,
    )
)
def test_email_shaped_input_gives_valid_spans(parts: list[str]) -> None:
    assert_spans_valid(" ".join(parts))


@settings(max_examples=300, deadline=None)
@given(st.text() | st.text(alphabet=st.sampled_from("ab1_ '’#@$£€.,-!\n\t中😡"), max_size=40))
def test_tokens_are_the_matches_of_the_token_pattern(text: str) -> None:
    # `tokenize` splits the text with a pattern written for speed; the tokens are those of the
    # plain pattern.
    expected = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    assert [(t.start, t.end, t.text) for t in tokenize(text)] == expected


@settings(max_examples=300, deadline=None)
@given(st.text() | st.text(alphabet=st.sampled_from("aB1_ '’#@$£€.,-!\n\tΣΟİẞ中😡"), max_size=40))
def test_token_words_are_the_tokens_starts_and_lower_case(text: str) -> None:
    lowered = lower_in_place(text)
    if lowered is None:
        return  # token_words is only for text that lower-cases in place
    tokens = tokenize(text, lowered)
    assert token_words(lowered) == ([t.start for t in tokens], [t.lower for t in tokens])


def test_lower_casing_keeps_every_character_class_the_token_patterns_read() -> None:
    # `token_words` splits the lower-cased text: that gives the same tokens only because no
    # character that lower-cases to one character changes class. Checked for every character.
    classes = [re.compile(p) for p in (r"\s", r"\w", r"[^\W_]", r"['’]", r"[#@$£€]", r"[\w.,]")]
    changed = [
        (character, pattern.pattern)
        for character in map(chr, range(sys.maxunicode + 1))
        if len(lowered := character.lower()) == 1 and lowered != character
        for pattern in classes
        if bool(pattern.match(character)) != bool(pattern.match(lowered))
    ]
    assert changed == []


def test_a_document_without_tokens_has_everything_else() -> None:
    raw = "Hi Dana,\n\nI'll call you tomorrow at 3 pm.\n\nBest regards,\nSam"
    full, light = normalise(raw, language=False), normalise(raw, tokens=False)
    assert light.tokens == ()
    assert replace(full, tokens=()) == light
    # A body that does not lower-case in place keeps its tokens.
    assert normalise("İstanbul order is late", tokens=False).tokens != ()


def test_a_span_of_a_text_is_a_frozen_span_like_any_other() -> None:
    span = Span.of("It came late.", 3, 7)
    assert span == Span(3, 7, "came")
    assert hash(span) == hash(Span(3, 7, "came"))
    with pytest.raises(AttributeError):
        span.start = 0  # type: ignore[misc]


def test_a_document_without_its_language_is_the_same_document() -> None:
    raw = "Hi Dana,\n\nI'll call you tomorrow at 3 pm.\n\nBest regards,\nSam"
    with_language, without = normalise(raw), normalise(raw, language=False)
    assert (with_language.language, without.language) == ("en", "")
    assert replace(with_language, language="") == without


def test_a_sign_off_sets_off_the_lines_below_it_but_not_the_first_line() -> None:
    doc = normalise("Thanks,\nyour order ships today.\n\nBest wishes\nSam")
    assert [part.kind for part in doc.set_aside] == ["signature"]
    assert doc.text[doc.set_aside[0].span.start :] == "Best wishes\nSam"
    assert normalise("Thanks!").set_aside == ()


def test_sentences_respect_abbreviations_and_lines() -> None:
    doc = normalise("Hi team,\nMr. Lee said it shipped. It did not!! Where is it?")
    assert [s.text for s in doc.sentences] == [
        "Hi team,",
        "Mr. Lee said it shipped.",
        "It did not!!",
        "Where is it?",
    ]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # abbreviations and initials, after a space, at the start, or after a bracket
        ("We spoke to Dr. Okafor today. Then nothing.", 2),
        ("Approx. forty boxes came. Half were wet.", 2),
        ("The driver (Mr. Banks) left it outside. It rained.", 2),
        ("Bring a receipt, e.g. the email. Or the box.", 2),
        ("Ask J. Moore about it. She knows.", 2),
        # near misses: a word that ends like an abbreviation, a long word, a word with "_"
        ("The music was disco. Then the lights went out.", 2),
        ("Nobody came on Tuesday. Or Wednesday.", 2),
        ("It is ticket_no. Nine is next.", 2),
        ("Missing since the refundmr. No answer.", 2),
    ],
)
def test_a_sentence_ends_at_a_full_stop_unless_it_ends_an_abbreviation(
    text: str, sentences: int
) -> None:
    assert len(normalise(text).sentences) == sentences


def test_a_message_on_one_line_has_nothing_set_aside_but_its_html_quotes() -> None:
    # What starts a quote or a signature starts a line after the first.
    for text in ("> you said it shipped", "Thanks -- Sam", "Sent from my iPhone", "Best regards"):
        assert normalise(text).set_aside == ()
    parts = _set_aside_regions("Still broken. Fixed, you said.", [(14, 30)])
    assert [(part.kind, part.span.text) for part in parts] == [("quoted", "Fixed, you said.")]


WRAPPED = (
    "Hello,\n\n"
    "The desk we received last week (order #D-4471) arrived with a cracked motor housing and\n"
    "one leg that won't extend past half height. I'd like either a replacement this week or\n"
    "a refund. Please also let me know whether someone needs to collect the broken one.\n"
    "- photos attached as requested by your colleague on the phone this morning\n"
    "- the invoice number is on the delivery note\n\n"
    "Thank you,\nMarcus"
)


def test_a_hard_wrapped_email_keeps_its_sentences_whole() -> None:
    doc = normalise(WRAPPED)
    sentences = [s.text for s in doc.sentences]
    assert sentences[0] == "Hello,"
    assert sentences[1].startswith("The desk") and sentences[1].endswith("half height.")
    assert "\n" in sentences[1]  # the text the user sees keeps its line break
    assert sentences[2] == "I'd like either a replacement this week or\na refund."
    # List items and short lines keep their breaks.
    assert any(s.startswith("- photos") and "invoice" not in s for s in sentences)
    assert any(s.startswith("- the invoice") for s in sentences)
    assert doc.body.count("\n") == doc.text.count("\n") - 2


def test_short_lines_and_ended_lines_are_not_joined() -> None:
    text = (
        "where is my order\nthis is ridiculous\n"
        "I paid for next day delivery on the 4th of this month.\nNobody answers"
    )
    assert unwrap(text) == text
    one_long_line = (
        "I ordered a standing desk and was promised delivery within five working\n"
        "Days later nothing"
    )
    assert unwrap(one_long_line) == one_long_line  # one such line, next one capitalised: kept


def test_a_line_that_stops_on_a_word_no_sentence_ends_with_goes_on() -> None:
    text = (
        "Thanks for your patience. I'll send you the corrected invoice on Monday by\n"
        "Friday at the latest, and I'll call you to confirm.\nSam"
    )
    assert unwrap(text) == text.replace("by\n", "by ", 1)
    ended = (
        "Thanks for your patience. I'll send you the corrected invoice on Monday\n"
        "Friday is when the audit starts, so I'll call you to confirm.\nSam"
    )
    assert unwrap(ended) == ended  # "Monday" may end a sentence: the capital keeps the break


def test_every_soft_break_of_a_wrapped_paragraph_becomes_a_space() -> None:
    text = (
        "The replacement kettle you sent on Monday leaks from the base just like\n"
        "the first one did, and the water reaches the plug socket within a minute\n"
        "of switching it on, so we have stopped using it.\n"
        "Regards"
    )
    assert unwrap(text) == text.replace("like\n", "like ").replace("minute\n", "minute ")


def test_html_email_is_never_unwrapped() -> None:
    html = (
        "<p>We were charged twice for the same invoice this month and nobody has replied</p>"
        "<p>Please fix it</p>"
    )
    assert [s.text for s in normalise(html).sentences][-1] == "Please fix it"


@given(st.text(alphabet=st.sampled_from("ab .,\n-A1"), max_size=400))
def test_unwrap_only_turns_line_breaks_into_spaces(text: str) -> None:
    out = unwrap(text)
    assert len(out) == len(text)
    assert all(a == b or (a == "\n" and b == " ") for a, b in zip(text, out, strict=True))


def test_quoted_reply_and_signature_are_set_aside() -> None:
    raw = (
        "The parcel is still missing.\n\nKind regards,\nPriya Shah\n\n"
        "On Tue, 3 Nov 2026, Support wrote:\n> It will arrive tomorrow.\n"
    )
    doc = normalise(raw)
    kinds = [part.kind for part in doc.set_aside]
    assert kinds == ["signature", "quoted"]
    assert "tomorrow" not in doc.body
    assert "Priya" not in doc.body
    assert doc.text[doc.set_aside[0].span.start :].startswith("Kind regards")
    assert [s.text for s in doc.sentences] == ["The parcel is still missing."]


def test_angle_bracket_quotes_are_set_aside() -> None:
    doc = normalise("Still broken.\n> We fixed it yesterday.\n> Regards")
    assert doc.set_aside[0].kind == "quoted"
    assert "fixed" not in doc.body


def test_html_email_keeps_visible_text_only() -> None:
    raw = (
        "<html><head><style>p {color: red}</style><script>alert('x')</script></head>"
        "<body><p>My invoice is <b>wrong</b> &amp; late.</p>"
        "<blockquote>Earlier message</blockquote></body></html>"
    )
    doc = normalise(raw)
    assert doc.was_html
    assert "alert" not in doc.text and "color" not in doc.text
    assert doc.text.startswith("My invoice is wrong & late.")
    assert doc.set_aside[0].kind == "quoted"
    assert "Earlier" not in doc.body


def test_two_line_breaks_in_html_are_a_blank_line_and_set_off_the_signature() -> None:
    doc = normalise("<div>Order 5521 is late again.<br><br><br>Priya</div>")
    assert doc.text == "Order 5521 is late again.\n\nPriya\n"
    assert [part.kind for part in doc.set_aside] == ["signature"]


def test_emoji_and_other_scripts_are_tokens() -> None:
    doc = normalise("Late again 😡😡")
    assert [t.text for t in doc.tokens][-2:] == ["😡", "😡"]
    assert normalise("这是第三次了，我的订单还没有到").language == "other"
    assert (
        normalise("Mi pedido no ha llegado y nadie me responde desde hace dos semanas").language
        == "other"
    )
    assert normalise("My order has not arrived and nobody answers me").language == "en"


@pytest.mark.parametrize(
    "text",
    [
        "Hola, mi pedido 5120 no ha llegado. Quiero un reembolso.",
        "Bonjour, ma commande n'est toujours pas arrivée.",
        "Hallo, meine Bestellung ist immer noch nicht da.",
        "Olá, a minha encomenda ainda não chegou.",
        "Buongiorno, il mio ordine non è ancora arrivato.",
        "amazonプライムビデオ、再生エラーが多いです",
    ],
)
def test_a_short_complaint_in_another_language_is_not_read_as_english(text: str) -> None:
    assert normalise(text).language == "other"


@pytest.mark.parametrize(
    "text",
    [
        "Merci! Your team sorted my order in a day.",
        "Hola! The hotel in Madrid was great but my refund is still missing.",
        "Danke for nothing, the parcel is late again.",
        "I ordered the 寿司 set for Friday and it is still not here.",
    ],
)
def test_english_with_a_foreign_word_stays_english(text: str) -> None:
    assert normalise(text).language == "en"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # plain ASCII: the script is never in doubt
        ("the order is late and nobody answers", "en"),
        ("el pedido no ha llegado y nadie responde", "other"),
        # beyond ASCII: the letters are looked at
        ("The café sent the wrong order again", "en"),
        ("the 这是第三次了我的订单还没有到", "other"),
        ("Заказ опять опоздал, the courier says", "other"),
    ],
)
def test_the_script_is_checked_only_when_the_text_is_not_ascii(text: str, language: str) -> None:
    assert normalise(text).language == language


def test_oversized_input_is_refused_with_a_clear_message() -> None:
    with pytest.raises(InputError, match="limit"):
        normalise("a" * 1001, max_chars=1000)


def test_binary_input_is_refused() -> None:
    with pytest.raises(InputError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(InputError, match="binary"):
        normalise("\x01\x02\x03\x04\x05\x06\x07\x08" * 20)


def test_invalid_utf8_is_read_and_noted() -> None:
    text, notes = decode("Caf\xe9 order late".encode("latin-1"))
    assert text == "Café order late"
    assert notes and "UTF-8" in notes[0]


def test_utf16_with_bom_is_decoded() -> None:
    text, notes = decode("Where is my order?".encode("utf-16"))
    assert text == "Where is my order?"
    assert notes == ()
