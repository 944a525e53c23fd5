"""A fake OpenAI-compatible chat-completions server for the LLM extractor's tests: it runs in a
thread on a free port, records every request, and answers each numbered sentence of the last
user message with the relations given for it (canned, for made-up sentences)."""

from __future__ import annotations

import json
import re
import socket
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

__all__ = ["FakeLLM", "closed_port"]

_NUMBERED = re.compile(r"^(\d+)\. (.*)$")


def closed_port() -> int:
    """A local port nothing listens on (bound, then closed)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class FakeLLM:
    """``answers``: sentence → relations (dicts); ``statuses``: HTTP codes to answer the first
    requests with; ``content``: a function from the sentences to the answer text (default: the
    JSON of ``answers``); ``delay``: seconds to wait before answering."""

    def __init__(self, answers: dict[str, list[dict[str, str]]] | None = None, *,
                 statuses: list[int] | None = None,
                 content: Callable[[list[str]], str] | None = None,
                 delay: float = 0.0) -> None:
        self.answers = answers or {}
        self.statuses = list(statuses or [])
        self.content = content
        self.delay = delay
        self.requests: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        self._lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:  # quiet
                pass

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                with fake._lock:
                    fake.requests.append({"path": self.path, **body})
                    fake.headers.append(dict(self.headers))
                    status = fake.statuses.pop(0) if fake.statuses else 200
                if fake.delay:
                    time.sleep(fake.delay)
                if status != 200:
                    self._send(status, {"error": {"message": f"fake error {status}"}})
                    return
                self._send(200, {"choices": [{"index": 0, "message": {
                    "role": "assistant", "content": fake.answer(body["messages"])}}]})

            def _send(self, status: int, data: dict[str, Any]) -> None:
                raw = json.dumps(data, ensure_ascii=False).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                try:
                    self.wfile.write(raw)
                except OSError:  # the client gave up (a timeout test)
                    pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @staticmethod
    def sentences(messages: list[dict[str, str]]) -> list[str]:
        """The numbered sentences of the last user message."""
        last = [m for m in messages if m["role"] == "user"][-1]["content"]
        return [m.group(2) for line in last.splitlines() if (m := _NUMBERED.match(line))]

    def answer(self, messages: list[dict[str, str]]) -> str:
        sents = self.sentences(messages)
        if self.content is not None:
            return self.content(sents)
        return json.dumps({"sentences": [{"id": i, "relations": self.answers.get(s, [])}
                                         for i, s in enumerate(sents, 1)]},
                          ensure_ascii=False)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def sent(self) -> list[str]:
        """Every sentence sent so far, in order."""
        return [s for r in self.requests for s in self.sentences(r["messages"])]

    def __enter__(self) -> FakeLLM:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
