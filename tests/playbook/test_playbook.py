"""The playbook: the packaged default, team overrides merged over it, discovery, and errors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from calmdesk.errors import CalmdeskError, PlaybookError
from calmdesk.playbook import (
    DEFAULT_SOURCE,
    SEVERITIES,
    STEP_IDS,
    TECHNIQUE_KINDS,
    AvoidedPhrase,
    Playbook,
    Step,
    compile_pattern,
    default_playbook,
    find_playbook_file,
    load_playbook,
    playbook_from_toml,
)
from calmdesk.playbook.load import _default_text, _layers
from calmdesk.serialise import dump, load

# ------------------------------------------------------------------ the default playbook


def test_default_has_the_six_steps_in_order() -> None:
    playbook = default_playbook()
    assert tuple(step.id for step in playbook.steps) == STEP_IDS
    assert playbook.source == (DEFAULT_SOURCE,)
    for step in playbook.steps:
        assert step.title and step.purpose and step.tip
        assert len(step.phrases) >= 3


def test_the_default_playbook_passes_every_check() -> None:
    # `default_playbook()` skips the pattern checks (compiling each pattern, refusing one that
    # matches empty text) for its own file; here the same file goes through them all under
    # another name, so a broken packaged pattern still fails the suite.
    checked = _layers([(_default_text(), "default.toml, checked")])
    assert len(checked.avoid) == len(default_playbook().avoid)


def test_a_bad_pattern_in_a_team_file_still_fails_the_check() -> None:
    bad = (
        '[[avoid]]\nid = "broken"\ntitle = "x"\nseverity = "warning"\nwhy = "x"\n'
        'instead = ["x"]\npatterns = ["(unclosed"]\n'
    )
    with pytest.raises(PlaybookError, match="invalid regular expression"):
        _layers([(_default_text(), DEFAULT_SOURCE), (bad, "team.toml")])


def test_default_is_built_once() -> None:
    assert default_playbook() is default_playbook()


GUIDE_TECHNIQUES = {
    "stay-neutral",
    "slow-the-pace",
    "do-not-mirror",
    "one-brand",
    "responsibility-not-blame",
    "lead-with-can",
    "commit-to-updates",
    "escalate-as-support",
    "use-client-name",
    "let-them-finish",
    "sincere-apology",
    "take-notes",
    "close-the-loop",
}
FORUM_TECHNIQUES = {
    "listen-validate-solve",
    "pause-before-answering",
    "clarifying-questions",
    "move-to-call",
    "facts-from-feelings",
    "neutral-about-client-cause",
    "ready-script",
}


def test_default_carries_the_techniques_of_both_sources() -> None:
    techniques = {t.id: t for t in default_playbook().techniques}
    assert set(techniques) >= GUIDE_TECHNIQUES | FORUM_TECHNIQUES
    for technique in techniques.values():
        assert technique.kind in TECHNIQUE_KINDS
        assert technique.title and technique.description
        assert set(technique.steps) <= set(STEP_IDS)
    assert techniques["move-to-call"].phrases, "moving to a call needs a ready line"
    assert techniques["clarifying-questions"].steps == ("clarify",)


AVOIDED_IDS = {
    "blame-shifting",
    "deflection",
    "vague-solution",
    "vague-timeline",
    "weak-close",
    "canned-apology",
    "insincere-apology",
    "defensive",
    "condescending",
    "dismissive",
}


def test_default_avoids_what_the_guide_warns_against() -> None:
    avoid = {a.id: a for a in default_playbook().avoid}
    assert set(avoid) >= AVOIDED_IDS
    for item in avoid.values():
        assert item.why and item.instead and item.title
        assert item.severity in SEVERITIES
        assert len(item.examples) >= 2 and item.near_misses


def _first_match(patterns: tuple[str, ...], text: str) -> str | None:
    for pattern in patterns:
        found = compile_pattern(pattern).search(text)
        if found:
            return found.group(0)
    return None


def _matchable(playbook: Playbook) -> list[Step | AvoidedPhrase]:
    return [*playbook.steps, *playbook.avoid]


def _cases(kind: str) -> list[tuple[str, str, bool]]:
    cases = []
    for item in _matchable(default_playbook()):
        cases += [(item.id, text, True) for text in item.examples]
        cases += [(item.id, text, False) for text in item.near_misses]
    return [case for case in cases if kind == "all" or case[0] == kind]


@pytest.mark.parametrize(("item_id", "text", "should_match"), _cases("all"))
def test_examples_match_and_near_misses_do_not(item_id: str, text: str, should_match: bool) -> None:
    playbook = default_playbook()
    item = playbook.avoided(item_id) or playbook.step(item_id)
    found = _first_match(item.patterns, text)
    if should_match:
        assert found, f"{item_id}: no pattern catches {text!r}"
        # Clients and reps type curly apostrophes too; the patterns must not care.
        assert _first_match(item.patterns, text.replace("'", "’")), text
    else:
        assert found is None, f"{item_id}: {text!r} wrongly matched at {found!r}"


def test_every_pattern_catches_something_of_its_own() -> None:
    playbook = default_playbook()
    for item in _matchable(playbook):
        assert item.patterns, item.id
        samples = " ".join(item.examples)
        hits = [p for p in item.patterns if compile_pattern(p).search(samples)]
        assert hits, f"{item.id}: none of its patterns matches its examples"


def test_avoided_phrases_are_not_in_our_own_ready_phrases() -> None:
    playbook = default_playbook()
    ready = [
        *(p for step in playbook.steps for p in step.phrases),
        *(p for t in playbook.techniques for p in t.phrases),
        *(p for a in playbook.avoid for p in a.instead),
        *playbook.escalation.scripts,
    ]
    for phrase in ready:
        for item in playbook.avoid:
            assert _first_match(item.patterns, phrase) is None, (item.id, phrase)


def test_default_escalation_policy() -> None:
    escalation = default_playbook().escalation
    assert escalation.refund_ceiling >= 0 and escalation.currency == "USD"
    assert {"refund-above-ceiling", "waive-fees", "contract-terms", "free-upgrade"} <= set(
        escalation.exceptions_need_lead
    )
    assert escalation.owner == "team lead" and escalation.scripts
    assert escalation.heat_rising_messages == 3 and escalation.repeat_contact_escalates
    waive = escalation.exception("waive-fees")
    assert waive is not None
    assert _first_match(waive.patterns, "Can you please waive the late payment fee?")
    assert _first_match(waive.patterns, "I expect the penalty to be removed.")
    assert _first_match(waive.patterns, "Please waive your doubts, the order is fine.") is None
    upgrade = escalation.exception("free-upgrade")
    assert upgrade is not None
    assert _first_match(upgrade.patterns, "Upgrade us to the business plan for free.")


def test_default_hours_and_review_settings() -> None:
    playbook = default_playbook()
    assert playbook.hours.timezone == "America/New_York"
    assert (playbook.hours.opens, playbook.hours.closes, playbook.hours.cutoff) == (
        "09:00",
        "17:00",
        "16:00",
    )
    assert playbook.hours.days == ("mon", "tue", "wed", "thu", "fri")
    assert playbook.review.thresholds.send == 80 and playbook.review.thresholds.revise == 55
    assert playbook.review.rule("blame-shifting").enabled


def test_patterns_ignore_case() -> None:
    assert compile_pattern(r"out of my hands").search("OUT OF MY HANDS")


# ------------------------------------------------------------------ team overrides

TEAM = """
name = "Acme support"

[hours]
timezone = "Europe/London"
opens = 08:30:00
days = ["mon", "tue", "wed", "thu"]
holidays_country = "GB"

[escalation]
refund_ceiling = 100
currency = "GBP"

[[steps]]
id = "close"
phrases = ["Cheers for bearing with us; I'll ring you on [day] to check it's all working."]

[[avoid]]
id = "blame-shifting"
why = "We are one team to our customers."

[[avoid]]
id = "weak-close"
enabled = false

[[avoid]]
id = "pricing-guess"
title = "Guessing at prices"
patterns = ['''\\bprobably (?:costs?|around) [$£]?\\d+''']
why = "Quotes come from the price list, never from memory."
instead = ["I'll confirm the exact price from our list by [time]."]
examples = ["It probably costs £40 or so."]

[[techniques]]
id = "tea-break"
title = "Step away for a minute"
kind = "habit"
description = "After a hostile call, take a short break before the next one."
phrases = []

[review]
max_chars = 900

[review.thresholds]
send = 85

[review.rules.blame-shifting]
severity = "warning"
add_patterns = ['''\\bthe depot['’]s fault\\b''']

[review.rules.vague-timeline]
enabled = false
"""


def test_team_file_merges_over_the_default() -> None:
    default = default_playbook()
    team = playbook_from_toml(TEAM, "team.toml")
    assert team.source == (DEFAULT_SOURCE, "team.toml")
    assert team.name == "Acme support"
    # tables merge key by key: what the team did not set stays as it was
    assert team.hours.timezone == "Europe/London" and team.hours.opens == "08:30"
    assert team.hours.closes == default.hours.closes
    assert team.hours.holidays_country == "GB"
    assert team.escalation.refund_ceiling == 100.0 and team.escalation.currency == "GBP"
    assert team.escalation.owner == default.escalation.owner
    # keyed items merge by id in place; lists of strings are replaced
    assert tuple(s.id for s in team.steps) == STEP_IDS
    assert team.step("close").phrases[0].startswith("Cheers")
    assert len(team.step("close").phrases) == 1
    assert team.step("close").title == default.step("close").title
    blame = team.avoided("blame-shifting")
    assert blame is not None and blame.why.startswith("We are one team")
    assert blame.patterns == default.avoided("blame-shifting").patterns  # type: ignore[union-attr]
    # disabled items are gone; new ones are appended after the default ones
    assert team.avoided("weak-close") is None
    assert team.avoid[-1].id == "pricing-guess"
    assert team.avoid[-1].severity == "warning" and team.avoid[-1].step is None
    assert team.techniques[-1].id == "tea-break"
    assert len(team.techniques) == len(default.techniques) + 1
    # review settings
    assert team.review.max_chars == 900
    assert team.review.thresholds.send == 85 and team.review.thresholds.revise == 55
    assert team.review.rule("blame-shifting").severity == "warning"
    assert team.review.rule("blame-shifting").add_patterns == (r"\bthe depot['’]s fault\b",)
    assert not team.review.rule("vague-timeline").enabled
    assert team.review.rule("deflection").enabled
    # the default itself is untouched
    assert default.avoided("weak-close") is not None and default.hours.opens == "09:00"


def test_empty_team_file_gives_the_default_values() -> None:
    team = playbook_from_toml("# nothing to change\n", "empty.toml")
    assert team.steps == default_playbook().steps
    assert team.avoid == default_playbook().avoid
    assert team.source == (DEFAULT_SOURCE, "empty.toml")


def test_empty_holiday_country_and_cutoff_mean_none() -> None:
    team = playbook_from_toml('[hours]\nholidays_country = ""\ncutoff = ""', "t.toml")
    assert team.hours.holidays_country is None and team.hours.cutoff is None


def test_closed_dates_accept_toml_dates() -> None:
    team = playbook_from_toml("[hours]\nclosed_dates = [2025-12-24, '2025-12-31']", "t.toml")
    assert team.hours.closed_dates == ("2025-12-24", "2025-12-31")


def test_a_team_can_drop_a_policy_exception() -> None:
    text = """
[escalation]
exceptions_need_lead = ["refund-above-ceiling", "waive-fees"]

[[escalation.exceptions]]
id = "free-upgrade"
enabled = false
"""
    team = playbook_from_toml(text, "t.toml")
    assert team.escalation.exception("free-upgrade") is None
    assert team.escalation.exceptions_need_lead == ("refund-above-ceiling", "waive-fees")


# ------------------------------------------------------------------ files and discovery


def test_load_playbook_with_a_path(tmp_path: Path) -> None:
    path = tmp_path / "ours.toml"
    path.write_text('[escalation]\nowner = "duty manager"\n', encoding="utf-8")
    playbook = load_playbook(path)
    assert playbook.escalation.owner == "duty manager"
    assert playbook.source == (DEFAULT_SOURCE, str(path))


def test_discovery_walks_up_from_a_nested_folder(tmp_path: Path) -> None:
    team_file = tmp_path / "calmdesk.toml"
    team_file.write_text('name = "found upward"\n', encoding="utf-8")
    nested = tmp_path / "a" / "b" / "c"
    nested.mkdir(parents=True)
    assert find_playbook_file(nested) == team_file.resolve()
    playbook = load_playbook(start_dir=nested)
    assert playbook.name == "found upward"
    assert playbook.source[-1] == str(team_file.resolve())


def test_the_nearest_file_wins(tmp_path: Path) -> None:
    (tmp_path / "calmdesk.toml").write_text('name = "outer"\n', encoding="utf-8")
    inner = tmp_path / "project"
    inner.mkdir()
    (inner / "calmdesk.toml").write_text('name = "inner"\n', encoding="utf-8")
    assert load_playbook(start_dir=inner / ".").name == "inner"


def test_no_file_anywhere_gives_the_default(tmp_path: Path) -> None:
    if find_playbook_file(tmp_path) is not None:
        pytest.skip("a calmdesk.toml sits above the temporary folder")
    assert load_playbook(start_dir=tmp_path) is default_playbook()


def test_an_explicit_path_beats_discovery(tmp_path: Path) -> None:
    (tmp_path / "calmdesk.toml").write_text('name = "discovered"\n', encoding="utf-8")
    explicit = tmp_path / "explicit.toml"
    explicit.write_text('name = "explicit"\n', encoding="utf-8")
    assert load_playbook(explicit, start_dir=tmp_path).name == "explicit"


def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    missing = tmp_path / "nope.toml"
    with pytest.raises(PlaybookError, match=r"nope\.toml: playbook file not found"):
        load_playbook(missing)


def test_a_directory_or_binary_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(PlaybookError, match="is a directory"):
        load_playbook(tmp_path)
    binary = tmp_path / "latin.toml"
    binary.write_bytes(b'name = "caf\xe9"\n')
    with pytest.raises(PlaybookError, match=r"latin\.toml: is not UTF-8"):
        load_playbook(binary)


def test_an_error_in_a_discovered_file_names_that_file(tmp_path: Path) -> None:
    (tmp_path / "calmdesk.toml").write_text("[hours]\nopens = 9\n", encoding="utf-8")
    with pytest.raises(PlaybookError) as caught:
        load_playbook(start_dir=tmp_path)
    assert str(caught.value).startswith(str((tmp_path / "calmdesk.toml").resolve()))
    assert "hours.opens" in str(caught.value)


# ------------------------------------------------------------------ bad files

BAD_FILES = [
    ("hour = 3", ["hour: unknown key", "did you mean 'hours'"]),
    ("[hours]\nopen = '08:00'", ["hours.open: unknown key", "did you mean 'opens'"]),
    ("source = ['x.toml']", ["source: unknown key"]),
    (
        "[escalation]\nrefund_ceiling = 'lots'",
        ["escalation.refund_ceiling: expected number, got string 'lots'"],
    ),
    (
        "[escalation]\nheat_rising_messages = true",
        ["escalation.heat_rising_messages: expected integer, got boolean"],
    ),
    ("[escalation]\nscripts = 'call my lead'", ["escalation.scripts: expected an array"]),
    ("[escalation]\nrefund_ceiling = -5", ["escalation.refund_ceiling: must be >= 0"]),
    ("[escalation]\ncurrency = 'dollars'", ["escalation.currency", "three-letter"]),
    (
        "[escalation]\nexceptions_need_lead = ['waive-feez']",
        ["escalation.exceptions_need_lead[0]", "did you mean 'waive-fees'"],
    ),
    ("[hours]\ntimezone = 'Mars/Olympus_Mons'", ["hours.timezone", "IANA time zone"]),
    ("[hours]\ntimezone = 'Europe/Londn'", ["hours.timezone", "did you mean 'Europe/London'"]),
    ("[hours]\nopens = '9am'", ["hours.opens", "HH:MM"]),
    ("[hours]\ncloses = '25:00'", ["hours.closes", "HH:MM"]),
    ("[hours]\nopens = '18:00'", ["hours: opens (18:00) must be before closes"]),
    ("[hours]\ncutoff = '20:00'", ["hours.cutoff", "must lie between"]),
    ("[hours]\ndays = ['monday']", ["hours.days[0]", "did you mean 'mon'"]),
    ("[hours]\ndays = []", ["hours.days", "at least one"]),
    ("[hours]\nholidays_country = 'USA'", ["hours.holidays_country", "two-letter"]),
    ("[hours]\nclosed_dates = ['24/12/2025']", ["hours.closed_dates[0]", "YYYY-MM-DD"]),
    (
        "[[avoid]]\nid = 'blame-shifting'\npatterns = ['(unclosed']",
        ["avoid[blame-shifting].patterns[0]", "invalid regular expression", "missing )"],
    ),
    (
        "[[avoid]]\nid = 'deflection'\npatterns = ['x*']",
        ["avoid[deflection].patterns[0]", "can match empty text"],
    ),
    (
        "[[avoid]]\nid = 'my-rule'\npatterns = ['\\bnope\\b']\ninstead = ['yes']",
        ["avoid[my-rule]: missing key 'why'"],
    ),
    ("[[avoid]]\nid = 'weak-clos'\nenabled = false", ["avoid[weak-clos]", "nothing to disable"]),
    ("[[avoid]]\nid = 'Weak Close'\nenabled = false", ["avoid[Weak Close].id", "kebab-case"]),
    ("[[avoid]]\nwhy = 'no id'", ["avoid[0]: missing key 'id'"]),
    ("[[avoid]]\nid = 'deflection'\nseverity = 'fatal'", ["avoid[deflection].severity"]),
    ("[[avoid]]\nid = 'deflection'\nstep = 'greet'", ["avoid[deflection].step", "not one of"]),
    (
        "[[techniques]]\nid = 'a'\ntitle='A'\ndescription='d'\nphrases=[]\n"
        "[[techniques]]\nid = 'a'",
        ["techniques[a]", "appears twice"],
    ),
    ("[[techniques]]\nid = 'move-to-call'\nkind = 'trick'", ["techniques[move-to-call].kind"]),
    ("[[steps]]\nid = 'greet'\ntitle = 'Hello'", ["steps[greet].id", "not one of"]),
    ("[[steps]]\nid = 'close'\nenabled = false", ["steps[close].enabled: unknown key"]),
    ("[[steps]]\nid = 'close'\npatterns = ['[a-']", ["steps[close].patterns[0]", "regular"]),
    ("[review.rules.Blame_Shifting]\nenabled = false", ["review.rules.Blame_Shifting"]),
    ("[review.rules.deflection]\nseverity = 'loud'", ["review.rules.deflection.severity"]),
    ("[review.rules.deflection]\nenable = false", ["did you mean 'enabled'"]),
    (
        "[review.rules.deflection]\nadd_patterns = ['(?P<x']",
        ["review.rules.deflection.add_patterns[0]", "invalid regular expression"],
    ),
    ("[review.thresholds]\nrevise = 90", ["review.thresholds: revise (90) must not be above"]),
    ("[review.thresholds]\nsend = 120", ["review.thresholds.send", "between 0 and 100"]),
    ("[review]\nthresholds = 80", ["review.thresholds: expected a table, got integer 80"]),
    ("[reading]\ncall_heat_level = 9", ["reading.call_heat_level", "between 0 and 5"]),
    ("[limits]\nmax_chars = 0", ["limits.max_chars", ">= 1"]),
]


@pytest.mark.parametrize(("text", "expected"), BAD_FILES)
def test_a_bad_file_names_the_file_and_the_key(text: str, expected: list[str]) -> None:
    with pytest.raises(PlaybookError) as caught:
        playbook_from_toml(text, "team.toml")
    message = str(caught.value)
    assert message.startswith("team.toml: "), message
    for part in expected:
        assert part in message, message


def test_invalid_toml_names_the_file_and_line() -> None:
    with pytest.raises(PlaybookError) as caught:
        playbook_from_toml('name = "ok"\n[hours\nopens = "09:00"\n', "team.toml")
    assert str(caught.value).startswith("team.toml: line 2, column")
    assert "not valid TOML" in str(caught.value)


def test_playbook_errors_are_calmdesk_errors() -> None:
    assert issubclass(PlaybookError, CalmdeskError)


def test_matches_are_tight_around_words() -> None:
    # A finding's span is shown to the rep: no stray spaces or punctuation at its edges.
    playbook = default_playbook()
    for item in _matchable(playbook):
        for text in item.examples:
            found = _first_match(item.patterns, text)
            assert found and found == found.strip(" .,!?"), (item.id, found)


def test_calm_down_is_caught_mid_text_without_the_full_stop() -> None:
    condescending = default_playbook().avoided("condescending")
    assert condescending is not None
    text = "I hear you. Calm down and we will sort it."
    assert _first_match(condescending.patterns, text) == "Calm down"


def test_the_documented_team_file_loads() -> None:
    docs = Path(__file__).resolve().parents[2] / "docs" / "playbook.md"
    example = re.findall(r"```toml\n(.*?)```", docs.read_text(encoding="utf-8"), re.S)[-1]
    team = playbook_from_toml(example, "docs/playbook.md")
    assert team.name == "Acme support" and team.hours.closed_dates == ("2025-12-24",)
    assert "free-upgrade" not in team.escalation.exceptions_need_lead
    price_guess = team.avoided("price-guess")
    assert price_guess is not None
    assert _first_match(price_guess.patterns, price_guess.examples[0])
    assert not _first_match(price_guess.patterns, price_guess.near_misses[0])


def test_a_playbook_survives_the_serialised_form() -> None:
    team = playbook_from_toml(TEAM, "team.toml")
    assert load(Playbook, dump(team)) == team
