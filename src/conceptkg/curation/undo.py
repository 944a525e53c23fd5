"""Taking a correction back (``conceptkg curate undo N``). Deleting an entry from the file
changes nothing in the store by itself: what the entry did (a rejected node, a merge) stays
until the documents behind it are extracted again, and a plain build skips unchanged documents.
So the entry is taken out of the file, the stored documents that mention its names are extracted
again from their stored text, and the rest of the file is applied."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
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


#: the build options a document's ``extractor`` records after the extractor's version
_OPTIONS = re.compile(r"(?:\+min-confidence:(?P<min>[0-9.eE+-]+))?(?P<nometrics>\+no-metrics)?")


@dataclass(frozen=True)
class _Options:
    """How a stored document was built, to extract it the same way again."""

    lexicon: tuple[str, ...] = ()
    min_confidence: float = 0.0
    metrics: bool = True
    stamp: str = ""  # (what the build added to the document's extractor)


def _options(d: Document, lexicon: tuple[str, ...]) -> _Options | str:
    """How ``d`` was built, or why it cannot be extracted the same way again."""
    from ..loaders.versions import extractor_stamp, lexicon_digest

    base = extractor_stamp(None)
    rest = d.extractor[len(base):] if d.extractor.startswith(base) else None
    if rest is not None and rest.startswith("+llm:"):
        return f"built with a language model ({rest[5:].partition('+')[0]}), whose answers " \
            "may differ"
    found = _OPTIONS.fullmatch(rest) if rest is not None else None
    if found is None:
        return f"built by another version of the extractor ({d.extractor or 'unknown'}); " \
            "a plain conceptkg build rebuilds them"
    lex: tuple[str, ...] = ()
    if d.lexicon not in ("", "default"):
        if not lexicon or lexicon_digest(lexicon) != d.lexicon:
            given = "the --lexicon files given differ from those of the build: give" \
                if lexicon else "give"
            return f"built with an extra lexicon ({d.lexicon}): {given} the same --lexicon " \
                "files, in the same order, as their build"
        lex = lexicon
    return _Options(lex, float(found["min"] or 0.0), not found["nometrics"], rest)


def _extract_again(d: Document, how: _Options) -> KnowledgeGraph:
    """``d`` extracted from its stored text as its build did."""
    from ..graph.knowledge_graph import drop_metrics, drop_weak_edges
    from ..loaders.pipeline import process_text

    kg = process_text(d.model_copy(update={"extractor": "", "built_at": ""}), how.lexicon)
    drop_weak_edges(kg, how.min_confidence)
    if not how.metrics:
        drop_metrics(kg)
    for doc in kg.documents.values():
        doc.extractor += how.stamp
    return kg


def undo_correction(store: GraphStore, cur: Curation, number: int,
                    lexicon: Sequence[str] = ()) -> Undone:
    """Take entry ``number`` (1-based, as ``curate list`` shows) out of ``cur`` (saved), extract
    the stored documents that mention its names again, and apply the rest of the file.

    Each document is extracted as it was built: with the options its ``extractor`` records
    (``--min-confidence``, ``--no-metrics``) and, when it was built with extra lexicon files,
    with ``lexicon`` (the same files, checked against the digest the document records; the
    store keeps no copy of them). The parts of a large file are documents of their own, each
    extracted from its stored text. A document that cannot be extracted the same way again
    (no or other lexicon files, a language model, another extractor version) changes nothing:
    the error says why, names one such file and says what to do."""
    lexicon = tuple(map(str, lexicon))
    if not 1 <= number <= len(cur.entries):
        raise ParameterError(f"{cur.path}: no correction {number} (it holds "
                             f"{len(cur.entries)}; see conceptkg curate list)")
    entry = cur.entries[number - 1]
    names = {x for x in (entry.name, entry.into, entry.to, entry.alias, entry.source,
                         entry.target) if x}
    with store.exclusive():
        docs = _mentioning(store, names)
        options_or_why = {d.id: _options(d, lexicon) for d in docs}
        refused = [d for d in docs if isinstance(options_or_why[d.id], str)]
        if refused:
            why = options_or_why[refused[0].id]
            raise ParameterError(
                f"{entry.describe()}: {len(refused)} of the {len(docs)} documents that mention "
                f"it cannot be extracted again as they were: {refused[0].path} was {why}; or "
                f"take the entry out of {cur.path} and run conceptkg build --force on those "
                "files with the options they were built with; nothing changed")
        # (the file is written last: an undo interrupted before it ends keeps the entry in the
        # file, and running it again finishes it)
        rest = cur.model_copy(update={"entries": [e for i, e in enumerate(cur.entries)
                                                  if i != number - 1]})
        resolve = document_resolver(rest)
        kg = KnowledgeGraph()
        for d in docs:
            built_as = options_or_why[d.id]
            assert isinstance(built_as, _Options)
            one = _extract_again(d, built_as)
            if resolve is not None:
                resolve(one)
            kg.update(one, copy=False)
        if docs:
            store.write_graph(kg, remove={d.id for d in docs})
        _drop_notes(store, entry)
        report = apply_to_store(store, rest)
        del cur.entries[number - 1]
        cur.save()
    log.debug("undo: %s, %d document(s) extracted again", entry.describe(), len(docs))
    return Undone(entry, cur.path, [d.path for d in docs], report)
