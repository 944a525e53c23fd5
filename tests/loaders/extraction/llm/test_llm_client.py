"""The LLM extractor's HTTP client against a fake OpenAI-compatible server in a thread."""

from __future__ import annotations

import json

import pytest

from conceptkg.errors import ConceptKGError, LLMError
from conceptkg.loaders.extraction.llm import LLMConfig, api_key_from_env, default_cache_dir
from conceptkg.loaders.extraction.llm.client import (
    MalformedAnswer,
    OpenAIChatClient,
    _content,
    completions_url,
)
from tests.loaders.extraction.llm_server import FakeLLM, closed_port

MESSAGES = [{"role": "user", "content": "1. 甲地推动乙事。"}]


def _client(url: str, **kw: object) -> tuple[OpenAIChatClient, list[float]]:
    waits: list[float] = []
    cfg = LLMConfig(url, "fake-model", **{"backoff": 0.5, **kw})  # type: ignore[arg-type]
    return OpenAIChatClient(cfg, sleep=waits.append), waits


def test_request_shape_and_answer():
    with FakeLLM({"甲地推动乙事。": []}) as srv:
        client, _ = _client(srv.url, api_key="sk-test-123")
        text = client.complete(MESSAGES)
    assert json.loads(text) == {"sentences": [{"id": 1, "relations": []}]}
    (req,) = srv.requests
    assert req["path"] == "/v1/chat/completions"
    assert req["model"] == "fake-model" and req["messages"] == MESSAGES
    assert req["temperature"] == 0.0 and req["response_format"] == {"type": "json_object"}
    assert srv.headers[0]["Authorization"] == "Bearer sk-test-123"


def test_retries_with_backoff_on_429_and_5xx():
    with FakeLLM(statuses=[503, 429, 500]) as srv:
        client, waits = _client(srv.url, retries=3)
        client.complete(MESSAGES)
    assert len(srv.requests) == 4
    assert waits == [0.5, 1.0, 2.0]


def test_gives_up_after_the_retries():
    with FakeLLM(statuses=[503, 503, 503]) as srv:
        client, waits = _client(srv.url, retries=2)
        with pytest.raises(LLMError, match=r"HTTP 503 after 3 attempts"):
            client.complete(MESSAGES)
    assert len(srv.requests) == 3 and len(waits) == 2


def test_auth_failure_is_one_line_without_the_key():
    with FakeLLM(statuses=[401]) as srv:
        client, waits = _client(srv.url, api_key="sk-secret-999")
        with pytest.raises(LLMError) as info:
            client.complete(MESSAGES)
    msg = str(info.value)
    assert "API key" in msg and "sk-secret-999" not in msg and "\n" not in msg
    assert isinstance(info.value, ConceptKGError)
    assert len(srv.requests) == 1 and not waits  # no retry on a refused key


def test_other_http_errors_are_not_retried():
    with FakeLLM(statuses=[404]) as srv:
        client, _ = _client(srv.url)
        with pytest.raises(LLMError, match=r"HTTP 404 \(fake error 404\)"):
            client.complete(MESSAGES)
    assert len(srv.requests) == 1


def test_timeout():
    with FakeLLM(delay=1.0) as srv:
        client, _ = _client(srv.url, timeout=0.2, retries=1)
        with pytest.raises(LLMError, match=r"did not answer within 0.2 s \(2 attempts\)"):
            client.complete(MESSAGES)


def test_unreachable_endpoint():
    client, _ = _client(f"http://127.0.0.1:{closed_port()}/v1")
    with pytest.raises(LLMError, match="unreachable"):
        client.complete(MESSAGES)
    with pytest.raises(LLMError, match="http"):
        OpenAIChatClient(LLMConfig("localhost:8000", "m"))


def test_an_answer_that_is_no_chat_completion_is_malformed():
    with FakeLLM(content=lambda sents: "ignored") as srv:
        client, _ = _client(srv.url)
        assert client.complete(MESSAGES) == "ignored"
    with pytest.raises(MalformedAnswer):
        _content(b'{"choices": []}')
    with pytest.raises(MalformedAnswer):
        _content(b"<html>")


def test_urls_keys_and_cache_dirs(monkeypatch, tmp_path):
    assert completions_url("http://h:1/v1/") == "http://h:1/v1/chat/completions"
    assert completions_url("http://h:1/v1/chat/completions") == \
        "http://h:1/v1/chat/completions"
    monkeypatch.delenv("CONCEPTKG_LLM_API_KEY", raising=False)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-b")
    assert api_key_from_env() == "sk-b"
    monkeypatch.setenv("CONCEPTKG_LLM_API_KEY", "sk-a")
    assert api_key_from_env() == "sk-a"
    assert default_cache_dir(tmp_path / "kg.db") == tmp_path / "kg.db.llm-cache"
    monkeypatch.setenv("CONCEPTKG_CACHE_DIR", str(tmp_path / "c"))
    assert default_cache_dir() == tmp_path / "c" / "llm"
    assert "sk-a" not in repr(LLMConfig("http://h", "m", api_key="sk-a"))
