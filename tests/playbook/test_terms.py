"""Terms: word lists written once in a playbook and shared by its patterns as `{name}`."""

from __future__ import annotations

import pytest

from calmdesk.errors import PlaybookError
from calmdesk.playbook import default_playbook, playbook_from_toml
from calmdesk.review import review


def rules_fired(draft: str, toml: str | None = None) -> set[str]:
    playbook = default_playbook() if toml is None else playbook_from_toml(toml, "team.toml")
    return {finding.rule for finding in review(draft, playbook).findings}


def test_the_default_patterns_are_expanded_and_name_every_party_once() -> None:
    playbook = default_playbook()
    blame = playbook.avoided("blame-shifting")
    assert blame is not None
    assert not any("{party}" in pattern for pattern in blame.patterns)
    assert "hosting" in " ".join(playbook.terms["party"])


@pytest.mark.parametrize(
    "draft",
    [
        "The outage was caused by our hosting provider, not by us.",
        "This delay is due to a subcontractor error.",
        "It was the third-party vendor who lost the data.",
    ],
)
def test_blaming_a_service_partner_is_blame_shifting(draft: str) -> None:
    assert "blame-shifting" in rules_fired(draft)


def test_a_team_adds_its_own_party_in_one_place() -> None:
    draft = "The delay was caused by Acme Logistics."
    assert "blame-shifting" not in rules_fired(draft)
    team = "[terms]\nparty = ['courier', 'acme logistics']\n"
    assert "blame-shifting" in rules_fired(draft, team)
    # The list is replaced as a whole: the team's list no longer names the warehouse.
    assert "blame-shifting" not in rules_fired("The delay was caused by the warehouse.", team)


def test_a_team_pattern_may_use_a_term() -> None:
    team = (
        "[review.rules.blame-shifting]\n"
        "add_patterns = ['''\\bask (?:the )?{party} yourself\\b''']\n"
    )
    assert "blame-shifting" in rules_fired("You could ask the courier yourself.", team)


def test_an_unknown_term_names_the_file_the_key_and_the_nearest_term() -> None:
    team = "[review.rules.blame-shifting]\nadd_patterns = ['''\\bthe {partys} lost it''']\n"
    with pytest.raises(PlaybookError) as error:
        playbook_from_toml(team, "team.toml")
    message = str(error.value)
    assert message.startswith("team.toml: review.rules.blame-shifting.add_patterns[0]")
    assert "unknown term {partys}" in message and "party" in message


def test_a_bad_entry_names_the_term() -> None:
    with pytest.raises(PlaybookError) as error:
        playbook_from_toml("[terms]\nparty = ['(unclosed']\n", "team.toml")
    assert str(error.value).startswith("team.toml: terms.party[0]: invalid regular expression")


def test_a_count_in_braces_is_not_a_term() -> None:
    team = "[review.rules.blame-shifting]\nadd_patterns = ['''\\bblame\\w{0,3} the post\\b''']\n"
    assert "blame-shifting" in rules_fired("Blame the post for that.", team)
