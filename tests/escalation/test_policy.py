"""When to bring in a lead: each reason kind, with cases that must escalate and near misses."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from calmdesk.case import Case
from calmdesk.errors import InputError, PlaybookError
from calmdesk.escalation import escalate
from calmdesk.escalation.policy import decide, find_reasons, owners
from calmdesk.message import Message
from calmdesk.playbook import Playbook, load_playbook
from tests.escalation.builders import thread, with_heat


def kinds(case: Case, playbook: Playbook) -> dict[str, str]:
    """Reason kind -> decision, checking on the way that every span is found where it says."""
    result = escalate(case, playbook)
    for reason in result.reasons:
        reading = case.readings[reason.message_index] if case.readings else None
        text = reading.text if reading is not None else case.messages[reason.message_index].text
        assert text[reason.span.start : reason.span.end] == reason.span.text
    return {reason.kind: reason.decision for reason in result.reasons}


# --- manager request ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Get me your manager.",
        "I'd like to speak with a supervisor, please.",
        "Put me through to someone more senior.",
    ],
)
def test_asking_for_a_manager_requires_a_lead(text: str, playbook: Playbook) -> None:
    assert kinds(thread(text), playbook)["manager_request"] == "required"


@pytest.mark.parametrize(
    "text",
    [
        "Can I speak to someone about billing?",
        "Could someone from your billing team look at my invoice?",
        "The manager at the depot was lovely to deal with.",
    ],
)
def test_polite_requests_for_help_are_not_manager_requests(text: str, playbook: Playbook) -> None:
    assert "manager_request" not in kinds(thread(text), playbook)


def test_a_team_can_switch_manager_requests_off(playbook: Playbook) -> None:
    quiet = replace(
        playbook, escalation=replace(playbook.escalation, manager_request_escalates=False)
    )
    assert "manager_request" not in kinds(thread("Get me your manager."), quiet)


# --- beyond the rep's authority -------------------------------------------------------------


def test_refund_above_the_ceiling_requires_a_lead(playbook: Playbook) -> None:
    result = escalate(thread("I want a full refund of $1,240 for the broken laptop."), playbook)
    [reason] = result.reasons
    assert (reason.kind, reason.decision) == ("refund_above_ceiling", "required")
    assert reason.span.text == "$1,240"
    assert reason.detail == "USD 1240.00 > USD 250.00"


@pytest.mark.parametrize(
    "text",
    ["Please refund the $40 shipping fee.", "I want a refund of exactly $250."],
)
def test_refund_at_or_below_the_ceiling_is_the_reps_to_give(text: str, playbook: Playbook) -> None:
    assert "refund_above_ceiling" not in kinds(thread(text), playbook)


def test_amount_named_earlier_counts_for_a_later_refund_ask(playbook: Playbook) -> None:
    case = thread(
        "I paid $900 for this sofa and it arrived ripped.",
        "I'm so sorry, let me check what happened.",
        "I want my money back.",
    )
    result = escalate(case, playbook)
    [reason] = [r for r in result.reasons if r.kind == "refund_above_ceiling"]
    assert (reason.message_index, reason.span.text) == (0, "$900")


def test_an_amount_without_a_refund_ask_is_not_a_refund(playbook: Playbook) -> None:
    assert "refund_above_ceiling" not in kinds(
        thread("My order of $1,240 shipped today."), playbook
    )


@pytest.mark.parametrize(
    "text",
    [
        "Our line is idle and it's costing us $4,000 a day. Refund the shipping.",
        "We lost $12,000 in sales over this. I want my money back.",
        "Downtime runs at $900/day for us, so refund me.",
    ],
)
def test_a_loss_the_client_states_is_not_the_refund_they_want(
    text: str, playbook: Playbook
) -> None:
    assert "refund_above_ceiling" not in kinds(thread(text), playbook)


def test_refund_in_another_currency_is_suggested_not_compared(playbook: Playbook) -> None:
    assert kinds(thread("I want a refund of 900 euros."), playbook) == {
        "refund_above_ceiling": "suggest"
    }


def test_the_ceiling_comes_from_the_playbook(playbook: Playbook) -> None:
    generous = replace(playbook, escalation=replace(playbook.escalation, refund_ceiling=2000.0))
    assert "refund_above_ceiling" not in kinds(thread("Refund my $1,240 now."), generous)


def test_policy_exception_requires_a_lead(playbook: Playbook) -> None:
    result = escalate(thread("Could you waive the late fee this once?"), playbook)
    [reason] = result.reasons
    assert (reason.kind, reason.detail, reason.span.text) == (
        "policy_exception",
        "waive-fees",
        "waive the late fee",
    )


def test_mentioning_a_fee_is_not_asking_for_an_exception(playbook: Playbook) -> None:
    assert kinds(thread("The late fee was explained in your email, thanks."), playbook) == {}


@pytest.mark.parametrize(
    "text",
    [
        "If this is not fixed today we will cancel the contract.",
        "Fix it by Friday or we end the contract.",
        "Unless the outage is over by noon, we'll terminate the agreement.",
    ],
)
def test_a_conditional_threat_to_end_a_contract_is_churn_not_an_exception(
    text: str, playbook: Playbook
) -> None:
    found = kinds(thread(text), playbook)
    assert "policy_exception" not in found
    assert found["churn_threat"] == "suggest"


def test_asking_to_end_a_contract_early_is_an_exception(playbook: Playbook) -> None:
    found = kinds(thread("We want to end the contract early because of the outages."), playbook)
    assert found["policy_exception"] == "required"


@pytest.mark.parametrize(
    "text",
    [
        "The desk changed my flight. Waived the fees. Then gave me the wrong seat.",
        "Last year they removed the late fee for me.",
    ],
)
def test_a_report_of_an_exception_is_not_a_request(text: str, playbook: Playbook) -> None:
    assert "policy_exception" not in kinds(thread(text), playbook)


def test_exceptions_a_rep_may_grant_do_not_escalate(playbook: Playbook) -> None:
    policy = playbook.escalation
    allowed = tuple(e for e in policy.exceptions_need_lead if e != "waive-fees")
    relaxed = replace(playbook, escalation=replace(policy, exceptions_need_lead=allowed))
    assert kinds(thread("Could you waive the late fee this once?"), relaxed) == {}


# --- threats and abuse ----------------------------------------------------------------------


def test_legal_threat_requires_a_lead_and_goes_to_legal(playbook: Playbook) -> None:
    result = escalate(thread("I'll be talking to my lawyer about this."), playbook)
    assert result.decision == "required"
    assert any(r.kind == "legal_threat" for r in result.reasons)
    assert (result.handoff.owner, result.handoff.also) == ("legal", ("team lead",))


def test_a_chargeback_threat_stays_with_the_lead(playbook: Playbook) -> None:
    result = escalate(thread("Refund the double charge today or I'll do a chargeback."), playbook)
    [legal] = [r for r in result.reasons if r.kind == "legal_threat"]
    assert (legal.decision, legal.detail) == ("required", "chargeback")
    assert "bank" in legal.message
    assert (result.handoff.owner, result.handoff.also) == ("team lead", ())
    assert "threatens a chargeback" in result.handoff.summary


def test_a_chargeback_beside_a_lawyer_goes_to_legal(playbook: Playbook) -> None:
    text = "I'll do a chargeback. My lawyer will hear about this too."
    result = escalate(thread(text), playbook)
    [legal] = [r for r in result.reasons if r.kind == "legal_threat"]
    assert legal.detail == ""
    assert result.handoff.owner == "legal"


def test_public_threat_is_suggested_and_goes_to_pr(playbook: Playbook) -> None:
    result = escalate(thread("I'm going to post about this on Twitter."), playbook)
    assert {r.kind: r.decision for r in result.reasons}["public_threat"] == "suggest"
    assert result.handoff.owner == "PR"


def test_a_public_threat_beside_a_manager_request_stays_with_the_lead(playbook: Playbook) -> None:
    result = escalate(thread("Get me your manager or I'm posting this on Twitter."), playbook)
    assert {"manager_request", "public_threat"} <= {r.kind for r in result.reasons}
    assert (result.handoff.owner, result.handoff.also) == ("team lead", ("PR",))


def test_the_playbook_names_who_takes_legal_and_public_threats(
    playbook: Playbook, tmp_path: Path
) -> None:
    team = tmp_path / "calmdesk.toml"
    team.write_text(
        '[escalation]\nlegal_owner = "counsel on call"\npublic_owner = "comms desk"\n',
        encoding="utf-8",
    )
    ours = load_playbook(team)
    legal = escalate(thread("My solicitor will be in touch about this."), ours)
    assert (legal.handoff.owner, legal.handoff.also) == ("counsel on call", ("team lead",))
    public = escalate(thread("I'm going to post about this on Twitter."), ours)
    assert public.handoff.owner == "comms desk"


def test_an_empty_owner_in_the_playbook_is_an_error_naming_the_key(tmp_path: Path) -> None:
    team = tmp_path / "calmdesk.toml"
    team.write_text('[escalation]\nlegal_owner = ""\n', encoding="utf-8")
    with pytest.raises(PlaybookError, match="legal_owner"):
        load_playbook(team)


def test_reading_a_post_is_not_a_public_threat(playbook: Playbook) -> None:
    assert kinds(thread("I saw your post on Twitter about the sale."), playbook) == {}


def test_abuse_aimed_at_the_rep_requires_a_lead(playbook: Playbook) -> None:
    assert kinds(thread("You people are useless idiots."), playbook)["abuse"] == "required"


def test_a_plain_complaint_is_not_abuse(playbook: Playbook) -> None:
    assert "abuse" not in kinds(
        thread("The box was crushed and the lamp inside is broken."), playbook
    )


# --- the client keeps escalating ------------------------------------------------------------

THREAD = (
    "My parcel hasn't arrived yet.",
    "Sorry about that, I'm checking with the courier.",
    "The tracking page shows no movement since Monday.",
    "I'll chase them again for you.",
    "This is ridiculous, where is it?",
)


def test_heat_rising_despite_replies_requires_a_lead(playbook: Playbook) -> None:
    case = with_heat(thread(*THREAD), playbook, [1, 2, 3])
    reasons = find_reasons(case, playbook)
    [reason] = reasons
    assert (reason.kind, reason.decision, reason.message_index) == ("heat_rising", "required", 4)
    assert reason.detail == "concerned → frustrated → angry"


def test_heat_rising_without_rep_replies_is_suggested(playbook: Playbook) -> None:
    texts = ("Where is my parcel?", "The tracking page has not changed at all.", "Where is it?")
    case = Case(tuple(Message(text) for text in texts))
    reasons = find_reasons(with_heat(case, playbook, [0, 1, 2]), playbook)
    assert [(r.kind, r.decision) for r in reasons] == [("heat_rising", "suggest")]


@pytest.mark.parametrize("levels", [[3, 3, 3], [1, 3, 2], [3, 2, 1], [2, 3, 3]])
def test_steady_or_falling_heat_does_not_escalate(levels: list[int], playbook: Playbook) -> None:
    case = with_heat(thread(*THREAD), playbook, levels)
    assert find_reasons(case, playbook) == ()


def test_heat_rising_can_be_switched_off(playbook: Playbook) -> None:
    off = replace(playbook, escalation=replace(playbook.escalation, heat_rising_messages=0))
    case = with_heat(thread(*THREAD), off, [1, 2, 3])
    assert find_reasons(case, off) == ()


def test_hostile_latest_message_requires_a_lead(playbook: Playbook) -> None:
    case = with_heat(thread(*THREAD), playbook, [2, 2, 4])
    assert {r.kind: r.decision for r in find_reasons(case, playbook)} == {"heat_high": "required"}


def test_hostile_earlier_message_is_only_suggested_once_calmer(playbook: Playbook) -> None:
    case = with_heat(thread(*THREAD), playbook, [4, 2, 1])
    [reason] = find_reasons(case, playbook)
    assert (reason.kind, reason.decision, reason.message_index) == ("heat_high", "suggest", 0)


def test_repeat_contact_is_suggested_once_and_required_when_repeated(playbook: Playbook) -> None:
    once = thread("This is the third time I've written about this.")
    assert kinds(once, playbook) == {"repeat_contact": "suggest"}
    twice = thread(
        "This is the third time I've written about this.",
        "I'm sorry, I'm on it.",
        "Fourth time now, I've been chasing you for days.",
    )
    assert kinds(twice, playbook)["repeat_contact"] == "required"


def test_a_calm_thank_you_needs_no_lead(playbook: Playbook) -> None:
    result = escalate(thread("Thanks, that sorted it, much appreciated!"), playbook)
    assert (result.decision, result.reasons, result.client_line) == ("none", (), "")


# --- decision, owners, order, bad input -----------------------------------------------------


def test_decision_is_the_strongest_reason(playbook: Playbook) -> None:
    result = escalate(
        thread("This is the third time I've asked. I want a refund of $1,240."), playbook
    )
    assert result.decision == decide(result.reasons) == "required"
    assert [r.decision for r in result.reasons] == ["required", "suggest"]


def test_owner_is_the_playbooks_without_threats(playbook: Playbook) -> None:
    assert owners((), playbook.escalation) == ("team lead", ())


def test_empty_case_is_refused(playbook: Playbook) -> None:
    with pytest.raises(InputError, match="no messages"):
        escalate(Case(()), playbook)


def test_case_with_only_rep_messages_is_refused(playbook: Playbook) -> None:
    with pytest.raises(InputError, match="only rep messages"):
        escalate(Case((Message("Just checking in on your order.", "rep"),)), playbook)


def test_stored_readings_must_line_up_with_messages(playbook: Playbook) -> None:
    case = replace(thread("Where is my order?", "On its way."), readings=(None,))
    with pytest.raises(InputError, match="2 messages but 1 readings"):
        escalate(case, playbook)


def test_empty_client_message_names_the_message(playbook: Playbook) -> None:
    with pytest.raises(InputError, match="Message 3"):
        escalate(thread("Where is it?", "Checking.", "   "), playbook)


def test_a_threat_to_leave_suggests_bringing_in_a_lead(playbook: Playbook) -> None:
    result = escalate(
        thread("If this isn't fixed by Friday we'll take our business elsewhere."), playbook
    )
    reasons = {r.kind: r.decision for r in result.reasons}
    assert reasons.get("churn_threat") == "suggest"
    assert result.decision in ("suggest", "required")
    assert "you'll have to talk to my manager" not in result.client_line.lower()
