"""Review rules: every documented example, the playbook's phrases, near misses, team settings."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from calmdesk.errors import PlaybookError
from calmdesk.playbook import default_playbook, playbook_from_toml
from calmdesk.playbook.model import Playbook
from calmdesk.review import review
from calmdesk.review.rules import RULES, Rule
from calmdesk.review.rules.documentation import rules_markdown
from calmdesk.review.values import SEVERITIES

ROOT = Path(__file__).resolve().parents[2]
PLAYBOOK = default_playbook()


def fired(draft: str, playbook: Playbook = PLAYBOOK, rule: Rule | None = None) -> list[str]:
    reading = rule.client.reading() if rule is not None and rule.client else None
    return [f.rule for f in review(draft, playbook, reading).findings]


@pytest.mark.parametrize("rule", list(RULES.values()), ids=list(RULES))
def test_documented_bad_example_fires_and_better_does_not(rule: Rule) -> None:
    assert rule.id in fired(rule.bad_draft(), rule=rule)
    assert rule.id not in fired(rule.better_draft(), rule=rule)


@pytest.mark.parametrize("rule", list(RULES.values()), ids=list(RULES))
def test_every_rule_is_documented(rule: Rule) -> None:
    assert rule.severity in SEVERITIES
    assert rule.summary and rule.why and rule.message and rule.suggestion
    assert rule.family == rule.check.__module__.rsplit(".", 1)[-1]


def test_phrase_rules_take_their_patterns_and_severity_from_the_playbook() -> None:
    for rule in RULES.values():
        if rule.phrases:
            avoided = PLAYBOOK.avoided(rule.id)
            assert avoided is not None, rule.id
            assert avoided.severity == rule.severity, rule.id
    phrase_ids = {r.id for r in RULES.values() if r.phrases}
    assert {a.id for a in PLAYBOOK.avoid} == phrase_ids


@pytest.mark.parametrize("avoided", PLAYBOOK.avoid, ids=[a.id for a in PLAYBOOK.avoid])
def test_playbook_examples_fire_and_near_misses_do_not(avoided: object) -> None:
    from calmdesk.playbook import AvoidedPhrase

    assert isinstance(avoided, AvoidedPhrase)
    for example in avoided.examples:
        assert avoided.id in fired(example), example
    for near_miss in avoided.near_misses:
        assert avoided.id not in fired(near_miss), near_miss


@pytest.mark.parametrize(
    ("rule_id", "draft"),
    [
        ("deflection", "There's nothing more I can do for you."),
        ("deflection", "there is nothing else we could do"),
        ("deflection", "Honestly it's out of our hands now."),
        ("blame-shifting", "That was down to the warehouse."),
        ("vague-timeline", "We'll have it refunded shortly."),
        ("vague-solution", "We will try our best."),
        ("weak-close", "That should be fine now."),
        ("insincere-apology", "We're sorry if you felt inconvenienced."),
        ("defensive", "As we've already stated, the fee applies."),
        ("condescending", "You need to understand that the form is mandatory."),
        ("talking-down", "Obviously you didn't open the attachment."),
        ("system-blame", "The computer won't let us refund it."),
        ("mirroring", "It is NOT OUR PROBLEM."),
        ("mirroring", "Yeah right, like we lost it on purpose."),
        ("talking-down", "You clearly didn't bother to read the terms."),
        ("client-blame", "It's late because you failed to approve the proof."),
        ("unfilled-placeholder", "Your order {order_id} ships today."),
        ("unfilled-placeholder", "Dear <NAME>, thanks."),
        ("policy-ending", "I understand, but it is company policy."),
        ("template-boilerplate", "Thank you for contacting customer support."),
        ("vague-promise", "Someone from the team will be in touch."),
    ],
)
def test_variants_match(rule_id: str, draft: str) -> None:
    assert rule_id in fired(draft)


@pytest.mark.parametrize(
    ("rule_id", "draft"),
    [
        ("deflection", "There's nothing more you need to do."),
        ("deflection", "I can't help but feel we let you down."),
        ("blame-shifting", "The courier has confirmed it arrives Friday."),
        ("vague-timeline", "I'll update you by 4 pm today."),
        ("weak-close", "The parcel should arrive on Thursday before noon."),
        ("mirroring", "UPS and DHL both deliver here."),
        ("mirroring", "Thanks a lot for your patience."),
        ("client-blame", "We're still waiting on the logo files; could you send them today?"),
        ("unfilled-placeholder", "See [our returns page](https://example.com) for details."),
        ("policy-ending", "Our policy covers this, so I can refund it today."),
        ("talking-down", "You don't need to do anything else."),
        ("talking-down", "You're welcome, and you're right to ask."),
        ("system-blame", "Our system sent you a confirmation email at 9 am."),
        ("vague-promise", "I'll call you by 2 pm."),
        (
            "vague-promise",
            "I've passed this to Dana, our billing lead. She will call you by 4 pm today; "
            "they will also email the corrected invoice by 5 pm.",
        ),
    ],
)
def test_near_misses_do_not_match(rule_id: str, draft: str) -> None:
    assert rule_id not in fired(draft)


@pytest.mark.parametrize(
    "invitation",
    [
        "Let me know if there's anything else.",
        "Let us know if you need any further help.",
        "If you have other questions, just give me a shout.",
        "Is there anything else we can help you with?",
    ],
)
def test_weak_close_invitation_is_fine_after_a_concrete_next_step(invitation: str) -> None:
    bare = f"I've reset it. {invitation}"
    with_next_step = f"I've reset it and I'll call you by 3 pm today. {invitation}"
    assert "weak-close" in fired(bare)
    assert "weak-close" not in fired(with_next_step)


def test_weak_close_is_not_excused_by_a_time_that_belongs_to_a_policy() -> None:
    # "within 90 days" is the terms speaking, not a next step anyone has taken on
    draft = (
        "Our terms offer a replacement within 90 days only. "
        "Please let me know if you need any further assistance."
    )
    assert "weak-close" in fired(draft)


# A business reply that sends the client to their own bank or IT team for a stated purpose, beside
# our own next step, is advice, not deflection; the bare hand-off still is.
B2B_GOOD = (
    "Hi Gareth,\n\nI'm very sorry you're dealing with this. Our bank details have not changed, "
    "and we did not send that email. Please reach out to your bank's fraud team today, as the "
    "first hours matter for recalling a transfer. You'd need to contact your IT administrator to "
    "whitelist our domain; I've attached the settings they need. I'll send you a signed letter "
    "with our correct details by noon and call you at 2:30 pm.\n\nRachel"
)


def test_a_business_reply_with_legitimate_hand_offs_has_no_findings_above_info() -> None:
    result = review(B2B_GOOD, PLAYBOOK)
    assert [f.rule for f in result.findings if f.severity != "info"] == []


@pytest.mark.parametrize(
    "draft",
    [
        "You would need to contact your identity provider about this.",
        "You need to talk to your IT department.",
        "Please speak to your bank directly.",
    ],
)
def test_a_bare_hand_off_to_the_clients_own_people_is_deflection(draft: str) -> None:
    assert "deflection" in fired(draft)


def test_finding_offsets_quote_the_phrase() -> None:
    result = review("Hi. Honestly, that's on the courier.", PLAYBOOK)
    finding = next(f for f in result.findings if f.rule == "blame-shifting")
    assert result.text[finding.start : finding.end] == "that's on the courier"


# ------------------------------------------------------------------ configuration


def test_a_team_can_switch_a_rule_off() -> None:
    team = playbook_from_toml("[review.rules.deflection]\nenabled = false\n", "team.toml")
    assert "deflection" not in fired("Nothing more I can do.", team)


def test_a_team_can_change_a_severity() -> None:
    team = playbook_from_toml('[review.rules.weak-close]\nseverity = "error"\n', "team.toml")
    result = review("Hopefully that works.", team)
    assert [f.severity for f in result.findings if f.rule == "weak-close"] == ["error"]


def test_a_team_can_add_phrases_to_a_phrase_rule_and_a_logic_rule() -> None:
    team = playbook_from_toml(
        "[review.rules.vague-timeline]\nadd_patterns = ['''\\bwhen time allows\\b''']\n"
        "[review.rules.mirroring]\nadd_patterns = ['''\\bugh\\b''']\n",
        "team.toml",
    )
    assert "vague-timeline" in fired("We'll fix it when time allows.", team)
    assert "mirroring" in fired("Ugh, fine.", team)
    assert "vague-timeline" not in fired("We'll fix it when time allows.")


def test_a_team_can_remove_a_playbook_pattern() -> None:
    avoided = PLAYBOOK.avoided("vague-timeline")
    assert avoided is not None and r"\basap\b" in avoided.patterns
    toml = "[review.rules.vague-timeline]\nremove_patterns = ['''\\basap\\b''']\n"
    team = playbook_from_toml(toml, "team.toml")
    assert "vague-timeline" in fired("I'll sort it ASAP.")
    assert "vague-timeline" not in fired("I'll sort it ASAP.", team)


def test_a_team_sets_the_verdict_thresholds() -> None:
    draft = "Hopefully that works."
    default = review(draft, PLAYBOOK)
    lenient = playbook_from_toml("[review.thresholds]\nsend = 10\nrevise = 5\n", "team.toml")
    strict = playbook_from_toml("[review.thresholds]\nsend = 100\nrevise = 99\n", "team.toml")
    assert default.verdict != "send"
    assert review(draft, lenient).verdict == "send"
    assert review(draft, strict).verdict == "rewrite"


def test_a_misspelt_rule_id_is_a_clear_error() -> None:
    team = playbook_from_toml("[review.rules.deflektion]\nenabled = false\n", "team.toml")
    with pytest.raises(PlaybookError, match="did you mean 'deflection'"):
        review("Hello.", team)


def test_a_team_avoid_entry_without_a_module_becomes_a_rule() -> None:
    team = playbook_from_toml(
        "[[avoid]]\nid = 'no-jargon'\npatterns = ['''\\bSKU mismatch\\b''']\n"
        "why = 'Clients do not know our codes.'\ninstead = ['The wrong item was packed.']\n",
        "team.toml",
    )
    assert "no-jargon" in fired("It was a SKU mismatch.", team)


# ------------------------------------------------------------------ documentation


def test_committed_rules_doc_is_up_to_date() -> None:
    committed = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert committed == rules_markdown(), "run scripts/generate_rules_doc.py"


def test_generate_script_check_mode_agrees() -> None:
    script = ROOT / "scripts" / "generate_rules_doc.py"
    done = subprocess.run([sys.executable, str(script), "--check"], capture_output=True)
    assert done.returncode == 0, done.stderr


# ------------------------------------------------------------------ speed: the shared token index


def _variants(text: str) -> list[str]:
    """A text as it may reach the review: curly apostrophes, capitals, glued to a hashtag, inside
    a longer draft."""
    return [
        text,
        text.replace("'", "’").upper(),
        "#" + text,
        "Hi Sam.\n\nThanks for writing. " + text + " Best wishes, Kim",
    ]


def test_the_token_index_finds_every_match_re_finditer_finds() -> None:
    from calmdesk.review.rules import active_rules
    from calmdesk.review.steps.cues import Draft
    from calmdesk.text import normalise

    texts = [v for a in PLAYBOOK.avoid for t in (*a.examples, *a.near_misses) for v in _variants(t)]
    texts += [
        v for r in RULES.values() for t in (r.bad_draft(), r.better_draft()) for v in _variants(t)
    ]
    for active in active_rules(PLAYBOOK):
        phrases = active.phrases
        if not phrases.sources:
            continue
        for text in texts:
            doc = normalise(text)
            indexed = [(h.start, h.end) for h in phrases.hits(Draft.of(doc))]
            scanned = [(h.start, h.end) for h in phrases.hits(doc.body)]
            assert indexed == scanned, (active.rule.id, text)


def test_review_builds_one_token_index_for_steps_tone_and_rules() -> None:
    from calmdesk.review.steps import cues

    built = []
    original = cues.Draft.of

    def counting(doc: object) -> object:
        built.append(doc)
        return original(doc)  # type: ignore[arg-type]

    cues.Draft.of = counting  # type: ignore[assignment,method-assign]
    try:
        review("I'm sorry the parcel is late. I'll chase the courier today.", PLAYBOOK)
    finally:
        cues.Draft.of = original  # type: ignore[method-assign]
    assert len(built) == 1


def test_team_patterns_that_cannot_be_joined_still_fire() -> None:
    # Two patterns with the same group name cannot share one expression; each runs alone.
    team = playbook_from_toml(
        "[review.rules.mirroring]\n"
        "add_patterns = ['''\\b(?P<w>meh)\\b''', '''\\b(?P<w>pfft)\\b''']\n",
        "team.toml",
    )
    result = review("Meh. Pfft.", team)
    assert [f.quote(result.text) for f in result.findings if f.rule == "mirroring"] == [
        "Meh",
        "Pfft",
    ]


def test_a_phrase_is_found_in_any_sentence_of_a_long_draft() -> None:
    filler = "The parcel left our warehouse on Monday and is with the courier now. " * 12
    for draft in (filler + "Obviously you missed the email.", "Obviously you missed it. " + filler):
        assert fired(draft).count("talking-down") == 1


@pytest.mark.parametrize(
    "draft",
    [
        "Let me make this really simple for you.",
        "I'm sure you can appreciate how busy we are.",
        "Did you actually read my last message?",
        "Your logic doesn't hold up.",
        "Nice try, but the coupon expired.",
        "It's not rocket science to plug it in.",
        "Whatever. It will arrive when it arrives.",
        "Get over it, it's a late parcel.",
        "Do you even understand the concept of a refund window?",
        "I'm not sure you understand what a tracking number is.",
        "Oh, well done, genius, you found the reset button.",
        "Lmao no. The discount ended last week.",
        "Go do some research before you complain.",
        "It's one late parcel. Nobody cares.",
        "That's your problem, not ours.",
        "Honestly, whatever helps you sleep at night.",
    ],
)
def test_condescension_family_catches_general_put_downs(draft: str) -> None:
    assert {"condescending", "dismissive", "talking-down"} & set(fired(draft)), draft


@pytest.mark.parametrize(
    "draft",
    [
        "Could you read me the number on the back of the card?",
        "Have you received the confirmation email yet?",
        "If you don't know your order number, your email address works too.",
        "I may have misunderstood your first message; could you tell me more?",
        "Pro tip from the team: the app shows live tracking.",
        "Thanks for sharing your kiddo's drawing!",
        "Relax and enjoy the weekend, the parcel is on its way.",
        "Well played, my friend! Enjoy the new headset.",
        "Haha, okay, you've made our whole team smile.",
        "We'll do some research on the fault and call you at 3 pm.",
        "You have no idea how pleased we are that it arrived.",
        "No one cares more about getting this right than our night team.",
        "If you're confused by the new bill, I'll go through it with you.",
        "Sure you can, just bring the receipt to any store.",
    ],
)
def test_condescension_family_stays_quiet_on_ordinary_support_wording(draft: str) -> None:
    assert not {"condescending", "dismissive", "talking-down"} & set(fired(draft)), draft
