"""Optional drafting by a language model behind any OpenAI-compatible chat endpoint.

Off by default: nothing leaves the machine unless a URL and a model are configured, by
`LLMConfig(...)`, the CLI's `--llm-url`/`--llm-model` or the environment (`CALMDESK_LLM_URL`,
`CALMDESK_LLM_MODEL`, `CALMDESK_LLM_KEY`, `CALMDESK_LLM_TIMEOUT`). The model is given the
client's message, the guide's steps and the template's draft (its facts, offers and times), and
its answer must pass `review` like any draft. One that does not is sent back once with the
findings; if the second answer fails too, or the endpoint cannot be reached, the template draft
is used and a note says so. The standard library's `urllib` does the HTTP, so no SDK is needed.

>>> LLMConfig.from_env({}) is None
True
>>> LLMConfig.from_env({"CALMDESK_LLM_URL": "http://127.0.0.1:8000/v1",
...                     "CALMDESK_LLM_MODEL": "local"}).endpoint
'http://127.0.0.1:8000/v1/chat/completions'
"""

from __future__ import annotations

import http.client
import json
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from calmdesk.compose.template import compose, placeholders_in
from calmdesk.compose.values import ComposeContext, Draft, Part
from calmdesk.errors import CalmdeskError, PlaybookError
from calmdesk.playbook.model import Playbook
from calmdesk.reading.values import Reading
from calmdesk.review import Review, review
from calmdesk.text import Span

DEFAULT_TIMEOUT = 20.0
# A model's answer longer than this is not a reply to a client.
MAX_ANSWER_CHARS = 20_000


class LLMError(CalmdeskError):
    """The endpoint could not be reached or gave no usable answer."""


@dataclass(frozen=True, slots=True)
class LLMConfig:
    """Where the chat endpoint is: its base URL (or full `/chat/completions` URL), the model,
    an optional API key (sent as a bearer token), a timeout in seconds and how many tries."""

    url: str
    model: str
    key: str | None = None
    timeout: float = DEFAULT_TIMEOUT
    attempts: int = 2

    @property
    def endpoint(self) -> str:
        base = self.url.rstrip("/")
        return base if base.endswith("/chat/completions") else base + "/chat/completions"

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> LLMConfig | None:
        """The configuration in `CALMDESK_LLM_*` variables, or None when no URL is set."""
        url = env.get("CALMDESK_LLM_URL", "").strip()
        if not url:
            return None
        model = env.get("CALMDESK_LLM_MODEL", "").strip()
        if not model:
            raise PlaybookError("CALMDESK_LLM_URL is set but CALMDESK_LLM_MODEL is not; set both.")
        timeout_text = env.get("CALMDESK_LLM_TIMEOUT", "").strip()
        try:
            timeout = float(timeout_text) if timeout_text else DEFAULT_TIMEOUT
        except ValueError as error:
            raise PlaybookError(
                f"CALMDESK_LLM_TIMEOUT is '{timeout_text}'; give a number of seconds."
            ) from error
        return cls(url, model, env.get("CALMDESK_LLM_KEY") or None, timeout)


# Posts a JSON body to a URL with headers and a timeout; returns the decoded JSON answer.
Send = Callable[[str, dict[str, Any], dict[str, str], float], Any]


def post_json(url: str, body: dict[str, Any], headers: dict[str, str], timeout: float) -> Any:
    """POST `body` as JSON and decode the JSON answer; any failure is an `LLMError`."""
    request = urllib.request.Request(
        url,
        data=json.dumps(body).encode("utf-8"),
        headers={"Content-Type": "application/json", **headers},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return json.loads(response.read().decode("utf-8"))
    except urllib.error.HTTPError as error:
        raise LLMError(f"the endpoint answered HTTP {error.code}") from error
    except urllib.error.URLError as error:
        raise LLMError(f"cannot reach {url}: {error.reason}") from error
    except (TimeoutError, OSError, http.client.HTTPException) as error:
        raise LLMError(f"no usable answer from {url} ({error})") from error
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise LLMError("the endpoint's answer is not JSON") from error
    except ValueError as error:  # a malformed URL
        raise LLMError(f"cannot use the URL {url!r}: {error}") from error


def _answer_text(answer: Any) -> str:
    """The assistant's text in a chat-completions answer."""
    try:
        content = answer["choices"][0]["message"]["content"]
    except (KeyError, IndexError, TypeError) as error:
        raise LLMError("the answer has no choices[0].message.content") from error
    if not isinstance(content, str) or not content.strip():
        raise LLMError("the answer's content is empty")
    if len(content) > MAX_ANSWER_CHARS:
        raise LLMError(f"the answer is over {MAX_ANSWER_CHARS:,} characters")
    return content.strip()


def instructions(playbook: Playbook) -> str:
    """The system message: the guide's steps and what to avoid, in the playbook's words."""
    steps = "\n".join(
        f"{number}. {step.title}: {step.purpose}"
        for number, step in enumerate(playbook.steps, start=1)
    )
    avoid = "; ".join(a.title or a.id for a in playbook.avoid)
    return (
        "You write one reply from a customer-service rep to an upset client. Follow these steps "
        f"in order:\n{steps}\nAvoid: {avoid}. Write plain text only, no subject line, no "
        "placeholders in brackets unless the reference draft has them in braces. Keep every "
        "fact, offer, time and call slot of the reference draft; do not promise more than it "
        "does; keep it under 200 words."
    )


def request_for(reading: Reading, template: Draft) -> str:
    """The user message: the client's words and the template's draft to improve on."""
    return (
        f"The client's message:\n<<<\n{reading.text}\n>>>\n\n"
        f"A reference draft that follows the guide:\n<<<\n{template.text}\n>>>\n\n"
        "Write the reply in a natural, warm voice."
    )


def repair_request(result: Review) -> str:
    """The follow-up message that sends a failing draft back with the review's reasons."""
    reasons = "\n".join(f"- {line}" for line in result.explanation)
    return (
        f"That reply scored {result.score}/100 ({result.verdict}) against the guide:\n{reasons}\n"
        "Rewrite it so every step is taken and none of the findings remain."
    )


def llm_draft(result: Review, seed: int, notes: tuple[str, ...]) -> Draft:
    """A Draft of a model's text that passed review; parts are where review found each step."""
    text = result.text
    parts = []
    for step in result.steps:
        if step.spans:
            start, end = step.spans[0].start, step.spans[-1].end
            parts.append(Part(step.step, Span.of(text, start, end)))
    parts.sort(key=lambda part: (part.span.start, part.span.end))
    return Draft(text, tuple(parts), placeholders_in(text), seed, "llm", notes)


def _noted(draft: Draft, note: str) -> Draft:
    return replace(draft, notes=(*draft.notes, note))


def compose_llm(
    reading: Reading,
    playbook: Playbook,
    config: LLMConfig,
    context: ComposeContext | None = None,
    send: Send = post_json,
) -> Draft:
    """Ask the configured model for a draft; keep it only when it passes review.

    Never raises for the endpoint's sake: when it cannot be reached, times out, answers nonsense
    or fails review on every try, the template's draft comes back with a note saying why.
    """
    template = compose(reading, playbook, context)
    headers = {"Authorization": f"Bearer {config.key}"} if config.key else {}
    messages: list[dict[str, str]] = [
        {"role": "system", "content": instructions(playbook)},
        {"role": "user", "content": request_for(reading, template)},
    ]
    last: Review | None = None
    for attempt in range(1, max(1, config.attempts) + 1):
        body = {"model": config.model, "messages": messages, "temperature": 0.4}
        try:
            text = _answer_text(send(config.endpoint, body, headers, config.timeout))
            result = review(text, playbook, reading)
        except CalmdeskError as error:  # LLMError, or a draft review refuses (too long)
            return _noted(
                template, f"The language model gave no usable draft ({error}); template used."
            )
        if result.verdict == "send":
            note = (
                "Drafted by the language model; it passed review."
                if attempt == 1
                else f"Drafted by the language model; it passed review on try {attempt}."
            )
            return llm_draft(result, template.seed, (note,))
        last = result
        messages += [
            {"role": "assistant", "content": text},
            {"role": "user", "content": repair_request(result)},
        ]
    assert last is not None
    return _noted(
        template,
        f"The language model's draft failed review (score {last.score}, {last.verdict}) "
        f"after {max(1, config.attempts)} tries; template used.",
    )
