"""From a file to normalized :class:`~conceptkg.graph.models.Document` objects: one per file, or
a series of parts for very large plain-text files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ...graph.models import Document
from .normalize import normalize_text
from .readers import LARGE_FILE_BYTES, iter_text_chunks, read_document

__all__ = ["is_large", "iter_document_parts", "load_document"]


def load_document(path: str | Path) -> Document:
    """Read and normalize one file into a :class:`Document` (id = hash of the normalized text)."""
    raw = read_document(path)
    text = normalize_text(raw.text)
    return Document.from_text(text, path=str(path), title=Path(path).stem, format=raw.format,
                              original_encoding=raw.encoding)


def is_large(path: str | Path) -> bool:
    """Plain-text files this large are read and built in parts (bounded memory)."""
    p = Path(path)
    try:
        return p.suffix.lower() not in {".pdf", ".docx", ".html", ".htm"} and \
            p.stat().st_size > LARGE_FILE_BYTES
    except OSError:
        return False


def iter_document_parts(path: str | Path, max_chars: int = 2_000_000) -> Iterator[Document]:
    """A large plain-text file as a series of documents of about ``max_chars`` characters,
    each cut at a line break; evidence offsets point into each part's text."""
    p = Path(path)
    for i, chunk in enumerate(iter_text_chunks(p, max_chars=max_chars), start=1):
        text = normalize_text(chunk)
        if text:
            yield Document.from_text(text, path=f"{p}#part{i}", title=f"{p.stem} (part {i})",
                                     format="txt")
