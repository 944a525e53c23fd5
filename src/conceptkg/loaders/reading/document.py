"""From a file to normalized :class:`~conceptkg.graph.models.Document` objects: one per file, or
a series of parts for very large plain-text and Markdown files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ...display import path_text
from ...errors import EmptyDocumentError
from ...graph.models import Document
from .docmeta import document_meta, split_front_matter
from .normalize import normalize_text
from .readers import (
    CONTAINER_FORMATS,
    LARGE_FILE_BYTES,
    SUFFIX_FORMATS,
    iter_text_chunks,
    markdown_to_text,
    read_document,
)

__all__ = ["is_large", "iter_document_parts", "load_document"]


def _resolved(path: str | Path) -> str:
    try:
        return path_text(Path(path).resolve())
    except OSError:  # pragma: no cover - resolve() only fails on odd file systems
        return path_text(Path(path).absolute())


def _size(path: str | Path) -> int:
    try:
        return Path(path).stat().st_size
    except OSError:
        return 0


def load_document(path: str | Path, date: str = "") -> Document:
    """Read and normalize one file into a :class:`Document` (id = hash of the normalized text),
    with its title and date (see :mod:`.docmeta`; ``date`` overrides what the file says)."""
    raw = read_document(path)
    front, body = split_front_matter(raw.text)
    # (the lines of an HTML page or a Word file are its blocks: no wrapped lines to join)
    text = normalize_text(body, paragraphs=raw.format in CONTAINER_FORMATS - {"pdf"})
    if not text.strip():  # front matter and nothing else, or only page furniture
        raise EmptyDocumentError(f"{path_text(path)}: empty document (no text)")
    meta = document_meta(body, path, front, date)
    return Document.from_text(text, path=path_text(path), resolved=_resolved(path),
                              title=path_text(meta.title), date=meta.date, format=raw.format,
                              original_encoding=raw.encoding, size=_size(path))


def is_large(path: str | Path) -> bool:
    """Plain-text files this large are read and built in parts (bounded memory)."""
    p = Path(path)
    try:
        return SUFFIX_FORMATS.get(p.suffix.lower()) not in CONTAINER_FORMATS and \
            p.stat().st_size > LARGE_FILE_BYTES
    except OSError:
        return False


def iter_document_parts(path: str | Path, max_chars: int = 2_000_000,
                        date: str = "") -> Iterator[Document]:
    """A large plain-text file as a series of documents of about ``max_chars`` characters,
    each cut at a line break; evidence offsets point into each part's text."""
    p = Path(path)
    fmt = "md" if SUFFIX_FORMATS.get(p.suffix.lower()) == "md" else "txt"
    day = document_meta("", p, None, date).date
    title = path_text(p.stem)
    for i, chunk in enumerate(iter_text_chunks(p, max_chars=max_chars), start=1):
        size = len(chunk.encode("utf-8"))
        if fmt == "md":  # read as a small Markdown file is: front matter, then no markup
            if i == 1:
                front, chunk = split_front_matter(chunk)
                if front:
                    meta = document_meta(chunk, p, front, date)
                    title, day = path_text(front.get("title", "").strip()) or title, meta.date
            chunk = markdown_to_text(chunk)
        text = normalize_text(chunk)
        if text:
            yield Document.from_text(text, path=f"{path_text(p)}#part{i}",
                                     resolved=f"{_resolved(p)}#part{i}",
                                     title=f"{title} (part {i})", date=day,
                                     format=fmt, size=size)
