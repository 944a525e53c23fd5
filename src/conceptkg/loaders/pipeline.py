"""From a file to a per-document knowledge graph: read → normalize → extract.

:func:`process_file` is a pure function of one file (and the lexicon), so documents can be
processed in parallel (see :mod:`conceptkg.build`) or on any map engine.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

from ..display import path_text
from ..graph.knowledge_graph import KnowledgeGraph
from ..graph.models import Document
from .normalize import normalize_text
from .readers import LARGE_FILE_BYTES, iter_text_chunks, read_document

__all__ = ["is_large", "iter_document_parts", "load_document", "process_file", "process_text"]

log = logging.getLogger(__name__)


def load_document(path: str | Path) -> Document:
    """Read and normalize one file into a :class:`Document` (id = hash of the normalized text)."""
    raw = read_document(path)
    text = normalize_text(raw.text)
    return Document.from_text(text, path=path_text(path), title=path_text(Path(path).stem),
                              format=raw.format,
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
            yield Document.from_text(text, path=f"{path_text(p)}#part{i}",
                                     title=f"{path_text(p.stem)} (part {i})",
                                     format="txt")


def process_text(doc: Document, lexicon_paths: tuple[str, ...] = ()) -> KnowledgeGraph:
    """Extract the knowledge graph of one loaded document."""
    from .extract import extract_document, get_lexicon

    kg = extract_document(doc, get_lexicon(lexicon_paths))
    kg.add_document(doc)
    return kg


def process_file(path: str | Path, lexicon_paths: tuple[str, ...] = ()) -> KnowledgeGraph:
    """Read, normalize and extract one file."""
    return process_text(load_document(path), lexicon_paths)
