"""The optional LLM backend, against a local fake chat endpoint on 127.0.0.1 (see
fake_chat_server.py): a good answer is used, a bad one is repaired or replaced by the template's
draft, and an endpoint that is down, slow or talks nonsense gives the template with a note."""

from __future__ import annotations

import socket

import pytest

from calmdesk.compose import ComposeContext, compose
from calmdesk.compose.llm import LLMConfig, compose_llm
from calmdesk.errors import PlaybookError
from calmdesk.playbook import default_playbook
from calmdesk.reading import read
from calmdesk.review import review
from tests.compose.fake_chat_server import Canned, fake_chat

PLAYBOOK = default_playbook()
MESSAGE = (
    "My order 6620 still hasn't arrived and it was due last week. I'd like a refund.\n\n"
    "Thanks,\nRosa Lind"
)
READING = read(MESSAGE, PLAYBOOK)

GOOD = (
    "Hi Rosa,\n\nI'm really sorry order 6620 still hasn't reached you; I can see how frustrating "
    "the wait has been. Just to confirm, it was due last week and you'd like a refund, is that "
    "right?\n\nI'm contacting the carrier myself today so you don't have to chase anyone. I can "
    "refund the order in full today, and I'll arrange it as soon as you confirm.\n\nI'll email "
    "you an update within two business hours, whatever the news.\n\nThank you for your patience "
    "while I sort this out; I'll keep you posted until it's settled."
)
BAD = "That's on the courier, nothing more I can do. Hopefully it turns up."


def config(url: str, **overrides: float) -> LLMConfig:
    return LLMConfig(url, "fake-model", "test-key", timeout=overrides.get("timeout", 5.0))


def test_a_good_answer_is_used_and_marked_as_the_models() -> None:
    with fake_chat(Canned(GOOD)) as server:
        draft = compose_llm(READING, PLAYBOOK, config(server.url), ComposeContext(seed=3))
    assert draft.backend == "llm"
    assert draft.text == GOOD
    assert draft.seed == 3
    assert any("passed review" in note for note in draft.notes)
    steps = [part.step for part in draft.parts]
    assert steps[0] == "acknowledge" and "solve" in steps and "close" in steps
    assert all(draft.text[p.span.start : p.span.end] == p.span.text for p in draft.parts)
    assert review(draft.text, PLAYBOOK, READING).verdict == "send"


def test_the_request_is_an_openai_chat_completion_with_the_key_as_bearer() -> None:
    with fake_chat(Canned(GOOD)) as server:
        compose_llm(READING, PLAYBOOK, config(server.url))
    [body] = server.requests
    assert body["model"] == "fake-model"
    assert [m["role"] for m in body["messages"]] == ["system", "user"]
    assert "Rosa Lind" in body["messages"][1]["content"]
    assert server.headers[0]["Authorization"] == "Bearer test-key"


def test_a_bad_answer_is_sent_back_with_the_findings_and_the_repair_is_used() -> None:
    with fake_chat(Canned(BAD), Canned(GOOD)) as server:
        draft = compose_llm(READING, PLAYBOOK, config(server.url))
    assert draft.backend == "llm" and draft.text == GOOD
    assert any("try 2" in note for note in draft.notes)
    second = server.requests[1]["messages"]
    assert [m["role"] for m in second] == ["system", "user", "assistant", "user"]
    assert "blame-shifting" in second[-1]["content"]


def test_two_bad_answers_give_the_template_draft_and_say_so() -> None:
    with fake_chat(Canned(BAD), Canned(BAD)) as server:
        draft = compose_llm(READING, PLAYBOOK, config(server.url))
    template = compose(READING, PLAYBOOK)
    assert draft.backend == "template" and draft.text == template.text
    assert any("failed review" in note and "template used" in note for note in draft.notes)
    assert len(server.requests) == 2


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.parametrize(
    "answer",
    [
        Canned(raw=b"<html>not json</html>"),
        Canned(raw=b'{"choices": []}'),
        Canned(GOOD, status=500),
        Canned(""),
    ],
)
def test_nonsense_from_the_endpoint_falls_back_to_the_template(answer: Canned) -> None:
    with fake_chat(answer) as server:
        draft = compose_llm(READING, PLAYBOOK, config(server.url))
    assert draft.backend == "template"
    assert any("no usable draft" in note for note in draft.notes)


def test_an_endpoint_that_is_down_gives_the_template_with_a_note() -> None:
    url = f"http://127.0.0.1:{_closed_port()}/v1"
    draft = compose_llm(READING, PLAYBOOK, config(url))
    assert draft.backend == "template"
    assert any("template used" in note for note in draft.notes)


def test_a_slow_endpoint_times_out_into_the_template() -> None:
    with fake_chat(Canned(GOOD, delay=1.0)) as server:
        draft = compose_llm(READING, PLAYBOOK, config(server.url, timeout=0.2))
    assert draft.backend == "template"
    assert any("template used" in note for note in draft.notes)


def test_configuration_from_the_environment_is_off_unless_a_url_is_set() -> None:
    assert LLMConfig.from_env({"CALMDESK_LLM_MODEL": "m"}) is None
    found = LLMConfig.from_env(
        {
            "CALMDESK_LLM_URL": "http://127.0.0.1:9/v1/chat/completions",
            "CALMDESK_LLM_MODEL": "m",
            "CALMDESK_LLM_KEY": "k",
            "CALMDESK_LLM_TIMEOUT": "3",
        }
    )
    assert found == LLMConfig("http://127.0.0.1:9/v1/chat/completions", "m", "k", 3.0)
    assert found is not None and found.endpoint == found.url
    with pytest.raises(PlaybookError, match="CALMDESK_LLM_MODEL"):
        LLMConfig.from_env({"CALMDESK_LLM_URL": "http://127.0.0.1:9"})
    with pytest.raises(PlaybookError, match="seconds"):
        LLMConfig.from_env(
            {"CALMDESK_LLM_URL": "u", "CALMDESK_LLM_MODEL": "m", "CALMDESK_LLM_TIMEOUT": "soon"}
        )
