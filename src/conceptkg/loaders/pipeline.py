"""From a file to a per-document knowledge graph: read → normalize → extract.

:func:`process_file` is a pure function of one file (and the lexicon), so documents can be
processed in parallel (see :mod:`conceptkg.build`) or on any map engine.
"""

from __future__ import annotations

import logging
from pathlib import Path

from ..graph.knowledge_graph import KnowledgeGraph
from ..graph.models import Document
from .normalize import normalize_text
from .readers import read_document

__all__ = ["load_document", "process_file", "process_text"]

log = logging.getLogger(__name__)


def load_document(path: str | Path) -> Document:
    """Read and normalize one file into a :class:`Document` (id = hash of the normalized text)."""
    raw = read_document(path)
    text = normalize_text(raw.text)
    return Document.from_text(text, path=str(path), title=Path(path).stem, format=raw.format,
                              original_encoding=raw.encoding)


def process_text(doc: Document, lexicon_paths: tuple[str, ...] = ()) -> KnowledgeGraph:
    """Extract the knowledge graph of one loaded document."""
    from .extract import extract_document, get_lexicon

    kg = extract_document(doc, get_lexicon(lexicon_paths))
    kg.add_document(doc)
    return kg


def process_file(path: str | Path, lexicon_paths: tuple[str, ...] = ()) -> KnowledgeGraph:
    """Read, normalize and extract one file."""
    return process_text(load_document(path), lexicon_paths)
