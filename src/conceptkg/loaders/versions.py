"""What a document was built with: the extractor's version and the effective lexicon's digest.

A stored document built with another extractor version or lexicon is stale and is rebuilt by the
next ``build``. The extractor version is the package version plus a digest of the extraction code
and its shipped data, so any change to them makes every document stale without a manual bump.
A document built with the optional LLM extractor is stamped with the model and the prompt
version as well (:func:`extractor_stamp`), so that a build without it, or with another model
or prompt, finds it stale.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .. import __version__

if TYPE_CHECKING:
    from .extraction.llm.config import LLMConfig

__all__ = ["build_options_stamp", "extractor_stamp", "extractor_version", "lexicon_digest"]

_HERE = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def extractor_version() -> str:
    h = hashlib.sha256()
    files = sorted(p for p in _HERE.rglob("*") if p.is_file()
                   and p.suffix in {".py", ".yaml", ".yml", ".txt", ".json"})
    for p in files:
        h.update(str(p.relative_to(_HERE)).encode())
        h.update(p.read_bytes())
    return f"{__version__}+{h.hexdigest()[:12]}"


def extractor_stamp(llm: LLMConfig | None = None) -> str:
    """What a document's ``extractor`` field records: :func:`extractor_version`, and with the
    LLM extractor ``+llm:<model>@<prompt version>``."""
    if llm is None:
        return extractor_version()
    from .extraction.llm.prompt import prompt_version

    return f"{extractor_version()}+llm:{llm.model}@{prompt_version()}"


def build_options_stamp(min_confidence: float = 0.0, metrics: bool = True) -> str:
    """The part of a document's ``extractor`` field that records build options which change
    its graph: ``+min-confidence:0.6`` and ``+no-metrics`` ('' for the defaults), so that a
    build with other options finds the document stale instead of leaving it as it was."""
    stamp = f"+min-confidence:{min_confidence:g}" if min_confidence > 0 else ""
    return stamp + ("" if metrics else "+no-metrics")


def lexicon_digest(paths: Iterable[str | Path] = ()) -> str:
    """'default' for the shipped lexicon alone, else a digest of what the extra files say (in
    the order given): of their data, so that a comment, a blank line or another layout of the
    same words (``[a, b]`` or one ``- a`` per line) leaves the documents built with them
    unchanged; a file that does not parse (or cannot be read) by its bytes (or its name)."""
    paths = list(paths)
    if not paths:
        return "default"
    h = hashlib.sha256()
    for p in paths:
        h.update(_lexicon_data(p))
        h.update(b"\x00")
    return "sha256:" + h.hexdigest()[:16]


def _lexicon_data(path: str | Path) -> bytes:
    """What the file says, as bytes to digest (every document built asks: the file is parsed
    again only when it changed); its bytes (or its name) when it does not parse (or is no
    file)."""
    from ..errors import LexiconError
    from .lexicon_where import lexicon_data

    try:
        data = lexicon_data(path)
        return json.dumps(data, ensure_ascii=False, sort_keys=True, default=str).encode()
    except (LexiconError, TypeError, ValueError, RecursionError):
        try:
            return Path(path).read_bytes()
        except OSError:
            return str(path).encode()
