"""Evidence rows as JSON Lines: one line per sentence behind an edge, for analysis in pandas or
duckdb (``pd.read_json(path, lines=True)``, ``SELECT * FROM read_json_auto(path)``).

Each row: ``source``, ``source_id``, ``source_type``, ``type``, ``target``, ``target_id``,
``target_type``, ``confidence``, ``sentence``, ``document``, ``path``, ``title``, ``date``
(the document's ISO date, else one taken from its file name such as ``20240301.md`` or
``2024-03-01.txt``, else null), ``start``, ``end`` (character offsets into the document's
text) and ``rule``. An edge a user added (``curate add-edge``) has its note as its line, as
in ``ask evidence`` (``[add-edge] add-edge A DRIVES B: note``, rule ``curated``, no document).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path, PurePath
from typing import Any

from .io_atomic import atomic_path
from .knowledge_graph import KnowledgeGraph
from .models import Document

__all__ = ["EVIDENCE_FIELDS", "document_date", "evidence_rows", "write_evidence_jsonl"]

EVIDENCE_FIELDS = ("source", "source_id", "source_type", "type", "target", "target_id",
                   "target_type", "confidence", "sentence", "document", "path", "title", "date",
                   "start", "end", "rule")

_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)")


def document_date(doc: Document | None) -> str | None:
    """The document's date (``build --date``, front matter, …: the one ``ask documents``
    shows), else the ISO date in its file name (or title), if it has one."""
    if doc is None:
        return None
    if doc.date:
        return doc.date
    for text in (PurePath(doc.path).name, doc.title):
        m = _DATE.search(text or "")
        if m:
            return "-".join(m.groups())
    return None


def evidence_rows(kg: KnowledgeGraph) -> Iterator[dict[str, Any]]:
    """One row per (edge, evidence sentence), edges in id order, evidence in document order."""
    dates = {d.id: document_date(d) for d in kg.documents.values()}
    for e in kg.edges():
        a, b = kg.node(e.source), kg.node(e.target)
        for ev in e.evidence:
            doc = kg.documents.get(ev.document)
            yield {"source": a.name, "source_id": a.id, "source_type": str(a.type),
                   "type": e.type, "target": b.name, "target_id": b.id,
                   "target_type": str(b.type), "confidence": e.confidence,
                   "sentence": ev.sentence, "document": ev.document,
                   "path": doc.path if doc else None, "title": doc.title if doc else None,
                   "date": dates.get(ev.document), "start": ev.start, "end": ev.end,
                   "rule": ev.rule}
        for note in e.attributes.get("curated") or ():  # (as ``ask evidence`` shows it)
            if isinstance(note, dict) and note.get("op") == "add-edge":
                why = " — ".join(x for x in (note.get("note", ""), note.get("author", "")) if x)
                yield {"source": a.name, "source_id": a.id, "source_type": str(a.type),
                       "type": e.type, "target": b.name, "target_id": b.id,
                       "target_type": str(b.type), "confidence": e.confidence,
                       "sentence": f"[add-edge] {note.get('what', '')}"
                                   + (f": {why}" if why else ""),
                       "document": None, "path": None, "title": None, "date": None,
                       "start": None, "end": None, "rule": "curated"}


def write_evidence_jsonl(kg: KnowledgeGraph, path: str | Path) -> Path:
    path = Path(path)
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8") as f:
        for row in evidence_rows(kg):
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path
