"""Taking a correction back (``conceptkg curate undo N``). Deleting an entry from the file
changes nothing in the store by itself: what the entry did (a rejected node, a merge) stays
until the documents behind it are extracted again, and a plain build skips unchanged documents.
So the entry is taken out of the file, the stored documents that mention its names are extracted
again from their stored text, and the rest of the file is applied."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from ..errors import ParameterError
from ..graph.knowledge_graph import KnowledgeGraph
from ..graph.models import Document, Edge, Node
from ..graph.stores import GraphStore
from ..graph.stores import statements as st
from ..graph.stores.replace import user_note
from ..graph.stores.schema import DOCUMENT
from .apply import CurationReport, document_resolver
from .entries import Curation, Entry
from .ops import delete_node
from .store import _write_changes, apply_to_store, working_graph

__all__ = ["Undone", "undo_correction"]

log = logging.getLogger(__name__)


@dataclass
class Undone:
    entry: Entry
    path: str
    #: the stored documents that mention the entry's names, extracted again
    documents: list[str] = field(default_factory=list)
    report: CurationReport = field(default_factory=CurationReport)


def _mentioning(store: GraphStore, names: set[str]) -> list[Document]:
    docs = [DOCUMENT.from_row(r) for r in
            store._run_read(st.read_documents(with_text=True)).records()]
    return sorted((d for d in docs if any(n in (d.text or "") for n in names)),
                  key=lambda d: d.id)


def _drop_notes(store: GraphStore, entry: Entry) -> None:
    """Take the record of ``entry`` off the stored nodes and edges at its names; what it made
    by itself (an added edge, a node split out that no sentence names alone: nothing supports
    them but a user's correction) goes with it."""
    kg = working_graph(store, Curation(entries=[entry], resolve=False))
    report = CurationReport()
    ch = report.changes
    ch.seen(kg)
    what = {"op": entry.op, "what": entry.describe()}

    def strip(item: Node | Edge) -> bool:
        """Whether ``item`` held the record (now taken off)."""
        notes = item.attributes.get("curated") or []
        kept = [n for n in notes if not (isinstance(n, dict) and all(
            n.get(k) == v for k, v in what.items()))]
        if len(kept) == len(notes):
            return False
        if kept:
            item.attributes["curated"] = kept
        else:
            item.attributes.pop("curated", None)
        return True

    def unsupported(item: Node | Edge) -> bool:
        return not item.counts and not any(user_note(n) for n in
                                           item.attributes.get("curated") or [])

    for e in list(kg.edges()):
        if strip(e):
            ch.edges.add(e.key)
            if unsupported(e):
                kg.remove_edge(e)
    for n in list(kg.nodes()):
        if strip(n):
            ch.nodes.add(n.id)
            if unsupported(n):
                delete_node(kg, n, ch)
    if ch:
        _write_changes(store, kg, report)


def undo_correction(store: GraphStore, cur: Curation, number: int) -> Undone:
    """Take entry ``number`` (1-based, as ``curate list`` shows) out of ``cur`` (saved), extract
    the stored documents that mention its names again, and apply the rest of the file. A
    document built with other options than a plain build (an extra lexicon, a language model,
    --min-confidence, --no-metrics) cannot be extracted the same way again: then nothing is
    changed and the error says to rebuild those files with the options they were built with."""
    from ..loaders.pipeline import process_text
    from ..loaders.versions import extractor_stamp, lexicon_digest

    if not 1 <= number <= len(cur.entries):
        raise ParameterError(f"{cur.path}: no correction {number} (it holds "
                             f"{len(cur.entries)}; see conceptkg curate list)")
    entry = cur.entries[number - 1]
    names = {x for x in (entry.name, entry.into, entry.to, entry.alias, entry.source,
                         entry.target) if x}
    with store.exclusive():
        docs = _mentioning(store, names)
        plain = (extractor_stamp(None), lexicon_digest(()))
        other = [d for d in docs if (d.extractor, d.lexicon) != plain]
        if other:
            raise ParameterError(
                f"{entry.describe()}: {len(other)} of the documents that mention it were built "
                f"with other options (such as {other[0].path}): take the entry out of "
                f"{cur.path} and run conceptkg build --force on those files with the options "
                "they were built with; nothing changed")
        del cur.entries[number - 1]
        cur.save()
        resolve = document_resolver(cur)
        kg = KnowledgeGraph()
        for d in docs:
            one = process_text(d.model_copy(update={"extractor": "", "built_at": ""}))
            if resolve is not None:
                resolve(one)
            kg.update(one, copy=False)
        if docs:
            store.write_graph(kg, remove={d.id for d in docs})
        _drop_notes(store, entry)
        report = apply_to_store(store, cur)
    log.debug("undo: %s, %d document(s) extracted again", entry.describe(), len(docs))
    return Undone(entry, cur.path, [d.path for d in docs], report)
