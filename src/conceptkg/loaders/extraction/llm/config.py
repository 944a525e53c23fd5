"""What the optional LLM extractor is told: the endpoint, the model, the key, the cache and the
limits of a request. A plain frozen dataclass (standard library only), so that it travels to
the build's worker processes and importing it costs nothing."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from ..words.dictionary import cache_dir

__all__ = ["API_KEY_VARIABLES", "LLMConfig", "api_key_from_env", "default_cache_dir"]

#: environment variables read for the API key, in this order
API_KEY_VARIABLES = ("CONCEPTKG_LLM_API_KEY", "OPENAI_API_KEY")


@dataclass(frozen=True)
class LLMConfig:
    """An OpenAI-compatible chat-completions endpoint and how to use it.

    ``endpoint`` is the server's base URL (``http://localhost:8000/v1``) or the full
    ``…/chat/completions`` URL. ``cache_dir`` holds one answer per sentence (None: no cache).
    ``batch_size`` sentences go in one request; a sentence longer than ``max_sentence_chars``
    is not sent. ``retries`` more attempts follow a 429, a 5xx or a timeout, ``backoff``
    seconds apart, doubling each time. ``json_mode`` asks the server for a JSON object
    (``response_format``); turn it off for a server that rejects the field."""

    endpoint: str
    model: str
    api_key: str | None = field(default=None, repr=False)
    cache_dir: str | None = None
    batch_size: int = 8
    timeout: float = 60.0
    retries: int = 3
    backoff: float = 1.0
    temperature: float = 0.0
    max_sentence_chars: int = 400
    json_mode: bool = True

    @property
    def rule(self) -> str:
        """The rule name the extractor's edges carry."""
        return f"llm:{self.model}"


def api_key_from_env() -> str | None:
    """The API key from ``$CONCEPTKG_LLM_API_KEY``, else ``$OPENAI_API_KEY``, else None."""
    for name in API_KEY_VARIABLES:
        value = os.environ.get(name, "").strip()
        if value:
            return value
    return None


def default_cache_dir(db: str | Path | None = None) -> Path:
    """Beside the embedded database ``db`` (``kg.db`` → ``kg.db.llm-cache``), else
    ``llm`` in conceptkg's cache directory (``~/.cache/conceptkg/llm``)."""
    if db:
        p = Path(db)
        return p.with_name(p.name + ".llm-cache")
    return cache_dir() / "llm"
