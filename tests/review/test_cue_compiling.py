"""Patterns are compiled when first used, once, and match as `re.compile` of the same text would."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calmdesk.playbook import default_playbook
from calmdesk.review.rules import Phrases, active_rules
from calmdesk.review.steps import cues
from calmdesk.text import normalise


def _counting_compile(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record the pattern text of every `re.compile` call from here on."""
    calls: list[str] = []
    real: Callable[..., Any] = re.compile

    def counting(source: str, flags: int = 0) -> re.Pattern[str]:
        calls.append(source)
        compiled: re.Pattern[str] = real(source, flags)
        return compiled

    monkeypatch.setattr(re, "compile", counting)
    return calls


def test_registering_a_pattern_compiles_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _counting_compile(monkeypatch)
    cue = cues.anchored_regex(r"\bour (?:courier|driver) (?:lost|mislaid)\b")
    assert calls == []
    assert cue.key >= 0 and cue.tree is not None


def test_the_lower_case_copy_is_compiled_on_first_use_from_the_parsed_tree() -> None:
    cue = cues.anchored_regex(r"\bOur Courier (?:LOST|mislaid) (?P<what>\w+)")
    draft = cues.Draft.of(normalise("Sadly our courier lost your parcel. Our COURIER mislaid it."))
    found = [(m.span(), m["what"]) for m in draft.finditer(cue)]
    assert found == [((6, 27), "your"), ((36, 58), "it")]
    assert cue.tree is None  # compiled, and the tree let go
    assert cue.lowered is not None and not cue.lowered.flags & re.IGNORECASE
    # The case-insensitive original, compiled only when asked for, finds the same.
    assert [m.span() for m in cue.regex.finditer(draft.body)] == [(6, 27), (36, 58)]
    assert cue.regex.pattern == cue.pattern


def test_a_draft_without_the_first_words_compiles_nothing() -> None:
    cue = cues.anchored_regex(r"\bparcel (?:was|is) (?:lost|stolen)\b")
    draft = cues.Draft.of(normalise("Your order is on its way and will arrive on Friday."))
    assert draft.finditer(cue) == [] and draft.search(cue) is None
    assert cue.tree is not None


def test_flags_reach_the_compiler_as_integers() -> None:
    # A `re.RegexFlag` makes every flag test in Python's compiler go through `enum`: slow.
    cue = cues.anchored_regex(r"\bthe refund\b", re.IGNORECASE)
    assert type(cue.flags) is int
    assert type(cue.tree.state.flags) is int


def test_a_bad_pattern_still_fails_when_registered() -> None:
    with pytest.raises(re.error):
        cues.anchored_regex(r"\bsorry (for")
    with pytest.raises(re.error):
        cues.anchored_regex(r"(?P<x>a)(?P<x>b)")


def test_without_the_private_compiler_the_lower_case_copy_is_compiled_from_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(cues, "sre_compile", None)  # as if a later Python had moved it
    cue = cues.anchored_regex(r"\bOut of (?:my|our) hands\b")
    draft = cues.Draft.of(normalise("Sadly it is out of our hands. Out of MY hands, too."))
    assert [m.span() for m in draft.finditer(cue)] == [(12, 28), (30, 45)]
    assert cue.lowered is not None and cue.lowered.pattern == r"\bout of (?:my|our) hands\b"


def test_a_readable_pattern_is_parsed_only_when_the_next_draft_is_made() -> None:
    cue = cues.anchored(r"\bour courier (?:lost|mislaid)\b")
    assert cue in cues._REGISTRY.waiting and cue.tree is None  # not parsed yet
    draft = cues.Draft.of(normalise("Sadly our courier lost it. OUR COURIER mislaid the next."))
    assert cue.key >= 0 and cue.key < draft.known
    assert [m.span() for m in draft.finditer(cue)] == [(6, 22), (27, 46)]


def test_a_pattern_made_after_a_draft_is_scanned_in_full_on_that_draft() -> None:
    draft = cues.Draft.of(normalise("Sadly our driver mislaid it."))
    cue = cues.anchored(r"\bour driver (?:lost|mislaid)\b")
    assert [m.span() for m in draft.finditer(cue)] == [(6, 24)]
    assert draft.search(cue) is not None and cue in cues._REGISTRY.waiting


def test_keys_follow_the_order_the_patterns_are_made_in() -> None:
    first = cues.anchored(r"\bthe parcel came back\b")
    second = cues.anchored_regex(r"\bthe parcel vanished\b")  # parsed at once, made later
    draft = cues.Draft.of(normalise("The parcel came back, then the parcel vanished."))
    assert 0 <= first.key < second.key < draft.known
    assert [m.span() for m in draft.finditer(first)] == [(0, 20)]


def test_a_bad_readable_pattern_fails_when_the_next_draft_is_made() -> None:
    cues.anchored(r"\bsorry (for")
    with pytest.raises(re.error):
        cues.Draft.of(normalise("Sorry for the wait."))
    assert cues.Draft.of(normalise("Sorry for the wait.")).known == cues._REGISTRY.count


def test_importing_the_review_parses_none_of_its_own_patterns() -> None:
    # `calmdesk rules` and the other commands that review nothing import this much.
    code = (
        "import calmdesk.review, calmdesk.review.rules, calmdesk.review.tone\n"
        "from calmdesk.review.steps import cues\n"
        "print(len(cues._REGISTRY.words), len(cues._REGISTRY.waiting))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    first_words, waiting = map(int, done.stdout.split())
    assert first_words == 0 and waiting > 50


def test_a_phrase_rule_whose_words_are_absent_is_never_compiled() -> None:
    phrases = Phrases.of((r"\bwe (?:never|don't) ship to islands\b", r"\bno islands\b"))
    draft = cues.Draft.of(normalise("Thanks for waiting, the replacement ships today."))
    assert list(phrases.hits(draft)) == []
    assert all(cue.tree is not None for cue in phrases.cues)
    draft = cues.Draft.of(normalise("Sorry, we don't ship to islands."))
    assert [(hit.start, hit.end) for hit in phrases.hits(draft)] == [(7, 31)]


PLAYBOOK_SAMPLES = [
    "Unfortunately that's not our fault, the courier handles it. It's out of our hands.",
    "As I already explained, you should have read the terms. Obviously there's nothing we can do.",
    "We apologise for any inconvenience caused. Rest assured we value your business!",
    "I'm sorry, but per our policy I can't refund it. We'll look into it at some point.",
    "Hi Sam, I've sent a replacement by express; it arrives Thursday by noon. I'll call you then.",
]


@pytest.mark.parametrize("text", PLAYBOOK_SAMPLES)
def test_the_playbook_phrases_match_as_a_full_case_insensitive_scan_would(text: str) -> None:
    doc = normalise(text)
    draft = cues.Draft.of(doc)
    for active in active_rules(default_playbook()):
        for cue in active.phrases.cues:
            expected = [m.span() for m in cue.regex.finditer(doc.body)]
            assert [m.span() for m in draft.finditer(cue)] == expected, active.rule.id


def _lower_letter_by_letter(source: str) -> str:
    """The plain definition: every character lowered on its own, but the one after a backslash."""
    out = []
    escaped = False
    for char in source:
        out.append(char if escaped else char.lower())
        escaped = char == "\\" and not escaped
    return "".join(out).replace("(?p<", "(?P<").replace("(?p=", "(?P=")


@given(st.text(alphabet=st.sampled_from("aZ\\SWbB(?P<n>)[]'’ İΣσςé\n"), max_size=40))
def test_lower_casing_a_pattern_lowers_each_letter_but_escapes(source: str) -> None:
    assert cues._lower_literals(source) == _lower_letter_by_letter(source)


def test_lower_casing_a_pattern_examples() -> None:
    assert cues._lower_literals(r"\bI\S+ \\Sorry (?P<Name>\W)") == r"\bi\S+ \\sorry (?P<name>\W)"
    assert cues._lower_literals("ΟΔΟΣ") == "οδοσ"  # no final sigma: letter by letter


# --- joined alternatives, tried by the character a branch begins with --------------------------

JOINED = (
    r"\byou are\b",
    r"\bthe end\b",
    r"\byou are (?:so )?right\b",  # never wins: the shorter branch before it matches first
    r"(?:^|(?<=[.!?] ))seriously(?=\?)",
    r"\bwe['’]ll never\b",
    r"\b\d+ (?:days|weeks)\b",
    r"(?<!\bdo )\byou (?:clearly )?have no idea\b",
    r"\b(?:obviously|clearly),? you\b",
)


def _spans(matches: list[re.Match[str]]) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def test_joined_alternatives_are_tried_by_the_words_they_begin_with() -> None:
    cue = cues.anchored_alternatives(JOINED)
    assert cue.narrowed is not None
    branches = cue.narrowed.branches
    assert branches("you ", False) == branches("you’", False) == (0, 2, 6)
    assert branches("your", False) == ()  # "you" is a whole word in every branch
    assert branches("we'l", False) == branches("we’l", False) == (4,)
    assert branches("12 d", False) == (5,)
    assert branches("clea", False) == (7,)
    assert branches("seri", False) == (3,) and branches("seri", True) == (3,)
    assert branches("the", False) == (1,)  # the text ends: "the" may still be whole
    assert branches("théo", False) == ()
    assert branches("ébah", False) is None  # not ASCII: every branch is tried
    starting = cues.anchored_alternatives((r"^well\b", r"\bwe\b"))
    assert starting.narrowed is not None
    assert starting.narrowed.branches("well", True) == (0,)
    assert starting.narrowed.branches("we a", True) == (0, 1)  # "^" allows any first word
    assert starting.narrowed.branches("we a", False) == (1,)
    tail = cues.anchored_alternatives((r"['’]ll never\b", r"\bthe end\b")).narrowed
    assert tail is not None and tail.branches("'ll ", False) == tail.branches("’ll ", False) == (0,)


def test_a_branch_is_tried_up_to_the_end_it_is_given() -> None:
    cue = cues.anchored_alternatives((r"\byou\b", r"\byours\b"))
    draft = cues.Draft.of(normalise("Thank you, yours"))
    assert _spans(draft.finditer(cue)) == [(6, 9), (11, 16)]
    assert _spans(draft.finditer(cue, end=14)) == [(6, 9), (11, 14)]  # "you" ends at 14


@pytest.mark.parametrize(
    "text",
    [
        "Seriously? You are right, you are so right. That is the end.",
        "We'll never know, we’ll never. It took 12 days; obviously you have no idea.",
        "Do you have no idea? You have no idea.",
        "Clearly, you are. Seriously?",
        "you are right",
        "Hello. Seriously? 3 weeks, the END, WE’LL never, you clearly have no idea",
    ],
)
def test_joined_alternatives_match_as_the_whole_alternation_does(text: str) -> None:
    cue = cues.anchored_alternatives(JOINED)
    draft = cues.Draft.of(normalise(text))
    assert _spans(draft.finditer(cue)) == _spans(list(cue.regex.finditer(draft.body)))


def test_the_first_branch_in_order_still_wins() -> None:
    cue = cues.anchored_alternatives(JOINED)
    draft = cues.Draft.of(normalise("Well, you are so right."))
    assert _spans(draft.finditer(cue)) == [(6, 13)]  # "you are", not "you are so right"


def test_a_branch_anchored_at_the_start_is_tried_at_offset_zero() -> None:
    cue = cues.anchored_alternatives((r"^seriously\b", r"\bthe end\b"))
    draft = cues.Draft.of(normalise("Seriously the end. Seriously."))
    assert _spans(draft.finditer(cue)) == [(0, 9), (10, 17)]


def test_a_prefix_every_branch_shares_still_narrows() -> None:
    # The parser moves the shared "\b" out of the branches; each keeps its own first letter.
    cue = cues.anchored_alternatives((r"\bthe end\b", r"\byou are\b", r"\bthe start\b"))
    assert cue.narrowed is not None and cue.narrowed.branches("the ", False) == (0, 2)
    draft = cues.Draft.of(normalise("You are at the start, not the end."))
    assert _spans(draft.finditer(cue)) == [(0, 7), (11, 20), (26, 33)]


def test_alternatives_that_cannot_all_be_anchored_are_not_narrowed() -> None:
    cue = cues.anchored_alternatives((r"\bthe end\b", r"\W+thanks"))
    assert cue.key == -1 and cue.narrowed is None
    draft = cues.Draft.of(normalise("The end -- thanks"))
    assert _spans(draft.finditer(cue)) == [(0, 7), (7, 17)]


def test_a_single_pattern_or_a_case_sensitive_one_is_not_narrowed() -> None:
    assert cues.anchored_alternatives((r"\bthe end\b",)).narrowed is None
    assert cues.anchored_alternatives((r"\bthe end\b", r"\bno\b"), 0).narrowed is None


WORDS = ["you", "are", "so", "right", "the", "end", "seriously", "do", "clearly", "have", "no"]


@given(
    st.lists(
        st.one_of(
            st.sampled_from(WORDS),
            st.sampled_from(["?", ".", ",", "we'll", "we’ll never", "3", "days", "idea", "\n"]),
        ),
        max_size=25,
    ),
    st.sampled_from([" ", "  ", ""]),
)
def test_joined_alternatives_match_as_a_full_scan_on_any_word_sequence(
    words: list[str], separator: str
) -> None:
    text = separator.join(words) or " "
    cue = cues.anchored_alternatives(JOINED)
    doc = normalise(text)
    draft = cues.Draft.of(doc)
    assert _spans(draft.finditer(cue)) == _spans(list(cue.regex.finditer(doc.body)))


def test_the_whole_alternation_is_compiled_only_for_a_position_no_branch_is_chosen_for() -> None:
    cue = cues.anchored_alternatives((r"\bthe end\b", r"\bélan\b"))
    draft = cues.Draft.of(normalise("The end, with élan."))
    assert _spans(draft.finditer(cue, end=8)) == [(0, 7)]
    assert cue.compiled_lower is cues._PENDING  # "the" chose its branch
    assert _spans(draft.finditer(cue)) == [(0, 7), (14, 18)]
    assert cue.compiled_lower is not cues._PENDING  # "é" needed every branch
