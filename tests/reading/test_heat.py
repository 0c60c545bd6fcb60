"""Heat: cues with exact spans, and levels that match how a person would grade a message."""

from __future__ import annotations

import pytest

from calmdesk.reading.heat import THRESHOLDS, find_cues, heat_of, level_of
from calmdesk.reading.model import load_model
from calmdesk.reading.values import HEAT_LEVELS, Cue, Heat
from calmdesk.text import Span, normalise


def heat(text: str) -> Heat:
    doc = normalise(text)
    return heat_of(doc, load_model().predict(doc.tokens), find_cues(doc))


def cues_of(text: str) -> list[tuple[str, str]]:
    doc = normalise(text)
    found = find_cues(doc)
    for cue in found:
        assert doc.text[cue.span.start : cue.span.end] == cue.span.text
    return [(cue.kind, cue.span.text) for cue in found]


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        ("Thanks so much, all sorted!", {0}),
        ("Brilliant, the new charger works perfectly. Cheers!", {0}),
        ("Hi, could you let me know when my order is likely to ship?", {0, 1}),
        ("Is there a way to change the delivery address on my account?", {0, 1}),
        ("This is the third time, I'm really frustrated", {2}),
        ("I've now waited two weeks and I'm getting pretty annoyed about it.", {2}),
        ("This is UNACCEPTABLE!!! Worst service ever", {3}),
        ("I am absolutely furious, nobody has bothered to reply to me in a week!!", {3, 4}),
        ("You useless idiots, I'll sue you", {4}),
        ("You incompetent clowns, my lawyer will hear about this", {4}),
    ],
)
def test_levels(text: str, levels: set[int]) -> None:
    result = heat(text)
    assert result.level in levels, (result.level, result.score, result.cues)
    assert result.label == HEAT_LEVELS[result.level]
    assert 0.0 <= result.score <= 1.0


def test_score_orders_examples() -> None:
    texts = [
        "Thanks, that answers my question.",
        "The tracking page hasn't updated since Monday, which is a bit worrying.",
        "This is the second time my order has gone missing and I'm fed up.",
        "WHERE IS MY REFUND?!! This is a total joke.",
    ]
    scores = [heat(t).score for t in texts]
    assert scores == sorted(scores)


def test_level_thresholds_are_increasing() -> None:
    assert list(THRESHOLDS) == sorted(THRESHOLDS)
    assert level_of(0.0, ()) == 0
    assert level_of(0.999, ()) == 4


def test_hostile_cue_raises_a_heated_message_to_hostile() -> None:
    insult = Cue("insult", Span(0, 6, "idiots"), 1.0)
    threat = Cue("threat", Span(0, 3, "sue"), 1.0)
    heated = Cue("anger_word", Span(4, 15, "disgraceful"), 0.6)
    assert level_of(THRESHOLDS[1] + 0.01, (insult,)) == 4
    # A threat makes an angry message hostile, a frustrated one angry only beside heated words.
    assert level_of(THRESHOLDS[2] + 0.01, (threat,)) == 4
    assert level_of(THRESHOLDS[1] + 0.01, (threat, heated)) == 3
    assert level_of(THRESHOLDS[1] + 0.01, (threat,)) == 2
    assert level_of(THRESHOLDS[0] - 0.01, (threat,)) == 0


@pytest.mark.parametrize(
    "text",
    [
        "I have contacted my solicitor about the missing payments.",
        "Thank you for your reply. If we cannot agree, I will take the matter to the ombudsman.",
    ],
)
def test_an_even_tempered_legal_step_is_a_threat_not_hostility(text: str) -> None:
    from calmdesk.playbook import default_playbook
    from calmdesk.reading import read

    reading = read(text, default_playbook())
    assert "legal_threat" in {t.name for t in reading.triggers}
    assert reading.heat.level == 2


def test_capitals_cue() -> None:
    assert ("capitals", "NOT ACCEPTABLE") in cues_of("This is NOT ACCEPTABLE at all")
    assert ("capitals", "WHY") in cues_of("WHY does nobody answer")


def test_acronyms_are_not_shouting() -> None:
    found = cues_of("Please send the PDF by UPS to our UK office ASAP")
    assert not [kind for kind, _ in found if kind == "capitals"]


def test_repeated_punctuation_cue() -> None:
    assert ("repeated_punctuation", "!!!") in cues_of("Still nothing!!! Unbelievable")
    assert ("repeated_punctuation", "?!") in cues_of("Are you serious?!")
    assert not [k for k, _ in cues_of("Is it ready? Thanks!") if k == "repeated_punctuation"]


def test_profanity_insult_threat_cues() -> None:
    found = cues_of("This is crap, you bunch of morons. I'm taking legal action.")
    assert ("profanity", "crap") in found
    assert ("insult", "you bunch of morons") in found
    assert ("threat", "legal action") in found


def test_near_misses_are_not_cues() -> None:
    found = cues_of("Hello, I made a class booking and assessed the passage of the crappie fish.")
    assert [kind for kind, _ in found if kind in {"profanity", "insult", "threat"}] == []
    names = cues_of("We stock Dickens and Emily Dickinson in the shop.")
    assert [kind for kind, _ in names if kind == "profanity"] == []


def test_anger_words_and_negation() -> None:
    found = find_cues(normalise("I'm livid. I am not angry at you, though."))
    weights = {cue.span.text: cue.weight for cue in found if cue.kind == "anger_word"}
    assert weights["livid"] > weights["angry"] > 0


def test_laughter_lowers_heat() -> None:
    found = find_cues(normalise("my cat is furious at the vacuum lol 😂"))
    laughter = [cue for cue in found if cue.kind == "laughter"]
    assert [cue.span.text for cue in laughter] == ["lol", "😂"]
    assert all(cue.weight < 0 for cue in laughter)


def test_cues_skip_quoted_text() -> None:
    text = "Thanks, that's fine now.\n\n> You IDIOTS, I will sue!!!"
    assert [kind for kind, _ in cues_of(text)] == []


def test_word_cues_by_token_lookup() -> None:
    found = cues_of("So #furious about this, grrr. Utterly ridiculous!")
    assert ("anger_word", "furious") in found  # hashtag: the word without '#'
    assert ("anger_word", "grrr") in found  # a stretched spelling
    assert ("intensifier", "Utterly") in found  # just before another cue
    assert ("anger_word", "ridiculous") in found


def test_phrase_takes_its_words_and_quoted_words_are_skipped() -> None:
    found = cues_of("Honestly I'm sick and tired of chasing this.")
    assert ("anger_word", "sick and tired") in found
    assert not [text for kind, text in found if text == "tired"]
    assert not [k for k, _ in cues_of("The film was called 'Hell Week' apparently") if k]


def test_emoji_keeps_its_presentation_selector() -> None:
    found = cues_of("great job \u2764\ufe0f")
    assert ("laughter", "\u2764\ufe0f") in found


@pytest.mark.parametrize(
    ("happy", "angry"),
    [
        ("OUR LAUNCH PARTY IS TONIGHT!!! Can't wait to see everyone", "WHERE IS MY PARCEL?!!"),
        ("THANK YOU SO MUCH!!! The flowers were perfect", "I WANT MY MONEY BACK!!! Now."),
    ],
)
def test_loud_joy_is_not_heat_but_loud_complaint_is(happy: str, angry: str) -> None:
    # Both shout; only the complaint is heated. The capitals cue is still reported for both.
    assert {"capitals", "repeated_punctuation"} <= {kind for kind, _ in cues_of(happy)}
    assert heat(happy).level < heat(angry).level
    assert heat(angry).level >= 3


@pytest.mark.parametrize(
    ("text", "hostile"),
    [
        ("Some idiot driver threw my parcel over the fence and it smashed!!", False),
        ("Your idiot driver threw my parcel over the fence and it smashed!!", True),
        ("You absolute idiots, my parcel was thrown over the fence and smashed!!", True),
        # A threat in a frustrated message makes it angry, not hostile.
        ("I'll see you in court, the parcel was thrown over the fence and smashed!!", False),
    ],
)
def test_hostile_needs_an_insult_aimed_at_the_reader_or_a_threat(text: str, hostile: bool) -> None:
    assert (heat(text).level == 4) is hostile
    assert heat(text).level >= 3


@pytest.mark.parametrize(
    "text",
    [
        "The sofa is still not here. Either it arrives by Saturday or I will cancel my account.",
        "I have been patient, but I will be writing a review about this on every site I can.",
        "Please note that I have passed the contract to my solicitor this morning.",
    ],
)
def test_a_calmly_worded_threat_reads_at_least_frustrated(text: str) -> None:
    from calmdesk.playbook import default_playbook
    from calmdesk.reading import read

    reading = read(text, default_playbook())
    assert {t.name for t in reading.triggers} & {"churn_threat", "public_threat", "legal_threat"}
    assert reading.heat.level >= 2
    assert reading.heat.label == HEAT_LEVELS[reading.heat.level]


def test_without_a_threat_the_level_follows_the_score() -> None:
    from calmdesk.playbook import default_playbook
    from calmdesk.reading import read

    reading = read("Could you tell me when the sofa will arrive? Thanks.", default_playbook())
    assert reading.heat.level == level_of(reading.heat.score, reading.heat.cues)
    assert reading.heat.level <= 1


def test_sarcastic_thanks_are_a_heat_cue_and_real_thanks_are_not() -> None:
    sarcastic = find_cues(normalise("Thanks for nothing. Three emails and no answer."))
    assert [(c.kind, c.span.text) for c in sarcastic] == [("sarcasm", "Thanks for nothing")]
    assert not [
        c for c in find_cues(normalise("Thanks for the quick refund!")) if c.kind == "sarcasm"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Great, another week without our order. Fantastic service as always.",
        "Really loving the radio silence on my refund.",
        "Perfect, still no refund.",
    ],
)
def test_sarcastic_praise_reads_heated_not_calm(text: str) -> None:
    from calmdesk.playbook import default_playbook
    from calmdesk.reading import read

    reading = read(text, default_playbook())
    assert "sarcasm" in {cue.kind for cue in reading.heat.cues}
    assert reading.heat.level >= 2


@pytest.mark.parametrize(
    "text",
    [
        "Great, thanks! Another question: can I add a user?",
        "Super, now it works.",
        "Loving the new dashboard.",
        "It'll feel as if you've got new lips, the dentist said.",
    ],
)
def test_real_praise_and_figures_of_speech_are_not_sarcasm(text: str) -> None:
    assert not [c for c in find_cues(normalise(text)) if c.kind == "sarcasm"]


def test_an_even_tempered_complaint_is_concerned_not_calm() -> None:
    from calmdesk.playbook import default_playbook
    from calmdesk.reading import read

    text = (
        "I am writing to express our disappointment with the handling of the migration. Two of "
        "the three agreed milestones were missed, and our team has had to work weekends."
    )
    reading = read(text, default_playbook())
    assert reading.complaint.is_complaint
    assert reading.heat.level == 1 and reading.heat.label == "concerned"


@pytest.mark.parametrize(
    "text",
    [
        "We sent the artwork on the 3rd and were told the banners would be printed by the 10th "
        "for our trade show on the 14th. It is now the 11th and nobody can tell us where they "
        "are. Can someone confirm today whether they will arrive in time?",
        "I have now asked three times for the corrected invoice. Please send it before our "
        "month-end close on Friday.",
    ],
)
def test_a_complaint_under_pressure_is_concerned_not_calm(text: str) -> None:
    from calmdesk.playbook import default_playbook
    from calmdesk.reading import read

    reading = read(text, default_playbook())
    assert {"hard_deadline", "repeat_contact"} & {t.name for t in reading.triggers}
    assert reading.complaint.is_complaint
    assert reading.heat.level >= 1


def test_a_question_with_a_date_is_not_raised() -> None:
    from calmdesk.playbook import default_playbook
    from calmdesk.reading import read

    reading = read("Hi, could you confirm the order ships by Friday? Thanks!", default_playbook())
    assert reading.heat.level == 0
