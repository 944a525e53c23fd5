"""The client: one chat completion from an OpenAI-compatible endpoint (vLLM, llama.cpp's
server, Ollama, a hosted API) over the standard library's urllib, with a timeout and retries
with backoff on 429, 5xx and timeouts. Failures of the endpoint are :class:`LLMError` with a
one-line message (never the key); an answer without text is :class:`MalformedAnswer`."""

from __future__ import annotations

import json
import logging
import time
import urllib.error
import urllib.request
from typing import Any, Protocol

from ....errors import LLMError
from .config import LLMConfig

__all__ = ["ChatClient", "MalformedAnswer", "OpenAIChatClient", "completions_url"]

log = logging.getLogger(__name__)

Message = dict[str, str]
#: the longest wait a Retry-After header may ask for, in seconds
MAX_RETRY_AFTER = 30.0


class MalformedAnswer(ValueError):
    """An answer that cannot be read: the batch it answers is skipped."""


class ChatClient(Protocol):
    """Anything that turns chat messages into the text of one answer (tests inject a fake)."""

    def complete(self, messages: list[Message]) -> str: ...


def completions_url(endpoint: str) -> str:
    """``…/v1`` → ``…/v1/chat/completions``; a full ``…/chat/completions`` URL stays."""
    url = endpoint.strip().rstrip("/")
    return url if url.endswith("/chat/completions") else url + "/chat/completions"


class OpenAIChatClient:
    """``POST {endpoint}/chat/completions`` with ``model``, ``messages``, ``temperature``."""

    def __init__(self, config: LLMConfig, sleep: Any = time.sleep) -> None:
        self.config = config
        self.url = completions_url(config.endpoint)
        if not self.url.startswith(("http://", "https://")):
            raise LLMError(f"LLM endpoint {config.endpoint!r}: expected an http:// or "
                           "https:// URL")
        self._sleep = sleep

    def _request(self, messages: list[Message]) -> urllib.request.Request:
        body: dict[str, Any] = {"model": self.config.model, "messages": messages,
                                "temperature": self.config.temperature}
        if self.config.json_mode:
            body["response_format"] = {"type": "json_object"}
        headers = {"Content-Type": "application/json"}
        if self.config.api_key:
            headers["Authorization"] = f"Bearer {self.config.api_key}"
        return urllib.request.Request(self.url, data=json.dumps(body).encode(),
                                      headers=headers, method="POST")

    def complete(self, messages: list[Message]) -> str:
        cfg = self.config
        wait = cfg.backoff
        for attempt in range(cfg.retries + 1):
            last = attempt == cfg.retries
            try:
                with urllib.request.urlopen(self._request(messages),
                                            timeout=cfg.timeout) as resp:
                    return _content(resp.read())
            except urllib.error.HTTPError as exc:
                if exc.code in (401, 403):
                    raise LLMError(f"LLM endpoint {self.url} refused the API key (HTTP "
                                   f"{exc.code}); set CONCEPTKG_LLM_API_KEY or "
                                   "OPENAI_API_KEY") from None
                if exc.code != 429 and exc.code < 500:
                    raise LLMError(f"LLM endpoint {self.url}: HTTP {exc.code} "
                                   f"{_detail(exc)}".rstrip()) from None
                if last:
                    raise LLMError(f"LLM endpoint {self.url}: HTTP {exc.code} after "
                                   f"{attempt + 1} attempts") from None
                delay = _retry_after(exc) or wait
            except TimeoutError:
                if last:
                    raise LLMError(f"LLM endpoint {self.url} did not answer within "
                                   f"{cfg.timeout:g} s ({attempt + 1} attempts)") from None
                delay = wait
            except urllib.error.URLError as exc:
                if isinstance(exc.reason, TimeoutError) and not last:
                    delay = wait
                else:
                    raise LLMError(f"LLM endpoint {self.url} unreachable: "
                                   f"{_reason(exc.reason)}") from None
            except OSError as exc:  # a connection reset while reading the answer
                raise LLMError(f"LLM endpoint {self.url} unreachable: {_reason(exc)}"
                               ) from None
            log.info("LLM endpoint busy or slow; retrying in %.1f s", delay)
            self._sleep(delay)
            wait *= 2
        raise AssertionError("unreachable")  # pragma: no cover


def _content(raw: bytes) -> str:
    try:
        data = json.loads(raw)
        content = data["choices"][0]["message"]["content"]
    except (ValueError, KeyError, IndexError, TypeError):
        raise MalformedAnswer("the answer is not a chat completion") from None
    if not isinstance(content, str):
        raise MalformedAnswer("the chat completion holds no text")
    return content


def _reason(reason: object) -> str:
    text = getattr(reason, "strerror", None) or str(reason)
    return " ".join(str(text).split()) or type(reason).__name__


def _detail(exc: urllib.error.HTTPError) -> str:
    """The first line of the server's error message, short."""
    try:
        body = exc.read(2000).decode("utf-8", "replace")
        data = json.loads(body)
        msg = data.get("error", data) if isinstance(data, dict) else data
        if isinstance(msg, dict):
            msg = msg.get("message", "")
        text = str(msg)
    except (ValueError, OSError, AttributeError):
        text = ""
    line = " ".join(text.split())[:200]
    return f"({line})" if line else ""


def _retry_after(exc: urllib.error.HTTPError) -> float | None:
    value = exc.headers.get("Retry-After") if exc.headers else None
    try:
        return min(max(float(value), 0.0), MAX_RETRY_AFTER) if value else None
    except ValueError:
        return None
