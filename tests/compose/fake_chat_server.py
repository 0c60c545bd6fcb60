"""A local stand-in for an OpenAI-compatible chat endpoint, for the LLM backend's tests.

It listens on 127.0.0.1 on a free port, in a thread, and answers each POST to
`/v1/chat/completions` with the next canned reply (a text, raw bytes, or a delay). It records
every request body and header so tests can check what was sent. Nothing leaves the machine.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Canned:
    """One answer: assistant `content`, or `raw` bytes as the body, after `delay` seconds."""

    content: str | None = None
    raw: bytes | None = None
    status: int = 200
    delay: float = 0.0


@dataclass
class FakeChat:
    answers: list[Canned]
    requests: list[dict[str, Any]] = field(default_factory=list)
    headers: list[dict[str, str]] = field(default_factory=list)
    url: str = ""


def _completion(content: str) -> bytes:
    body = {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "model": "fake",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content},
                "finish_reason": "stop",
            }
        ],
    }
    return json.dumps(body).encode("utf-8")


@contextmanager
def fake_chat(*answers: Canned) -> Iterator[FakeChat]:
    """Serve the canned answers in order (the last one repeats) until the block ends."""
    state = FakeChat(list(answers))

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            state.requests.append(json.loads(self.rfile.read(length)))
            state.headers.append(dict(self.headers.items()))
            answer = state.answers[min(len(state.requests), len(state.answers)) - 1]
            if answer.delay:
                time.sleep(answer.delay)
            body = answer.raw if answer.raw is not None else _completion(answer.content or "")
            try:
                self.send_response(answer.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):  # the client gave up (a timeout test)
                pass

        def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}/v1"
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
