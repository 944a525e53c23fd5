"""The answer cache: one small JSON file per (model, prompt version, sentence), so that a
rebuild asks nothing and gives the same graph. Files are written to a temporary name and moved
into place (``os.replace``), so build workers writing at the same time never leave half a file;
a file that cannot be read counts as a miss, one that cannot be written is left out."""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Protocol

__all__ = ["AnswerCache", "DiskCache", "NoCache", "cache_key"]

log = logging.getLogger(__name__)

Relations = list[dict[str, str]]


def cache_key(model: str, prompt_version: str, sentence: str) -> str:
    return hashlib.sha256(json.dumps([model, prompt_version, sentence],
                                     ensure_ascii=False).encode()).hexdigest()


class AnswerCache(Protocol):
    def get(self, key: str) -> Relations | None: ...

    def put(self, key: str, relations: Relations, sentence: str) -> None: ...


class NoCache:
    """Caches nothing."""

    def get(self, key: str) -> Relations | None:
        return None

    def put(self, key: str, relations: Relations, sentence: str) -> None:
        return None


class DiskCache:
    """``DIR/ab/abcdef….json`` holding ``{"sentence": …, "relations": […]}``."""

    def __init__(self, directory: str | Path) -> None:
        self.dir = Path(directory)
        self._warned = False

    def _path(self, key: str) -> Path:
        return self.dir / key[:2] / f"{key}.json"

    def get(self, key: str) -> Relations | None:
        try:
            data = json.loads(self._path(key).read_text(encoding="utf-8"))
            rels = data["relations"]
        except (OSError, ValueError, KeyError, TypeError):
            return None
        return rels if isinstance(rels, list) else None

    def put(self, key: str, relations: Relations, sentence: str) -> None:
        path = self._path(key)
        text = json.dumps({"sentence": sentence, "relations": relations}, ensure_ascii=False)
        tmp = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(text)
            os.replace(tmp, path)
        except OSError as exc:
            if not self._warned:  # once: the next writes would fail the same way
                log.warning("llm cache: cannot write %s: %s", path, exc.strerror or exc)
                self._warned = True
            if tmp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
