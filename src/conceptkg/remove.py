"""Removing documents from a store: the library function behind ``conceptkg remove``.

A target is a document id, or a path (as given at build time, or any path that resolves to the
same file; a directory stands for every document built from inside it). What only the removed
documents supported is deleted; everything else loses their counts, evidence and aliases, so the
graph equals a build without them (evidence dropped earlier by the per-item cap excepted). The
store's corrections are applied again afterwards, as a build applies them (see
:mod:`.build_curation`): what resolution chose because of the removed documents (which spelling
names a node, which name a merged organisation keeps, and a merge that only the name the removed
documents gave made: see :mod:`.curation.named_by`) is chosen again from the documents left.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .build_curation import AUTO, curate_after, curation_for_build
from .display import path_text
from .errors import ConceptKGError, InputError
from .graph.knowledge_graph import KnowledgeGraph
from .graph.models import Document
from .graph.stores import GraphStore, WriteReport
from .pathargs import PathArgs, path_list

__all__ = ["RemoveResult", "matching_documents", "remove"]


@dataclass
class RemoveResult:
    documents: list[Document] = field(default_factory=list)
    write: WriteReport = field(default_factory=WriteReport)
    #: files named that are not stored under their own path because their content is stored
    #: under another one (identical files are one document): (file, the stored document)
    same_content: list[tuple[str, Document]] = field(default_factory=list)
    #: what applying the corrections did (a :class:`~conceptkg.curation.CurationReport`)
    curation: Any = None


def _resolved(target: str) -> str:
    """``target`` resolved, written as stored paths are (odd bytes of a name escaped)."""
    try:
        return path_text(Path(target).resolve())
    except OSError:  # pragma: no cover
        return path_text(target)


def matching_documents(docs: Iterable[Document], target: str) -> list[Document]:
    """The stored documents ``target`` names (id, path, or a directory above them)."""
    full = _resolved(target)
    inside = full.rstrip(os.sep) + os.sep
    given = path_text(target)
    out = []
    for d in docs:
        where = (d.resolved or d.path).split("#part", 1)[0]
        if target == d.id or given == d.path or where == full or where.startswith(inside):
            out.append(d)
    return out


def remove(targets: PathArgs, store: GraphStore, *, curation: Any = AUTO) -> RemoveResult:
    """Remove the documents ``targets`` name; nothing is removed if one of them names none. A
    file whose content is stored under another path (an identical file) removes nothing and is
    listed in ``same_content``: that content stays as long as the other path is stored.
    ``curation`` is applied afterwards when something was removed, as by
    :func:`conceptkg.build.build` (by default the store's own corrections file and entity
    resolution; None: nothing)."""
    curation = curation_for_build(store, curation)
    docs = store.documents()
    chosen: dict[str, Document] = {}
    missing = []
    same: list[tuple[str, Document]] = []
    for t in map(str, path_list(targets)):
        found = matching_documents(docs, t)
        twin = None if found else _same_content(docs, t)
        if twin is not None:
            same.append((path_text(t), twin))
        elif not found:
            missing.append(t)
        chosen.update((d.id, d) for d in found)
    if missing:
        names = ", ".join(f"'{path_text(m)}'" for m in missing)
        raise InputError(f"no stored document for {names}; nothing removed (see: conceptkg ask "
                         "documents)")
    rep = store.write_graph(KnowledgeGraph(), remove=set(chosen)) if chosen else WriteReport()
    result = RemoveResult(sorted(chosen.values(), key=lambda d: (d.path, d.id)), rep, same)
    if chosen:
        curate_after(store, curation, result, [])
    return result


def _same_content(docs: list[Document], target: str) -> Document | None:
    """The stored document whose content the file ``target`` holds, stored under another path
    (a build records identical files once, under the first path it read)."""
    from .loaders.reading.document import is_large, load_document

    p = Path(target)
    if not p.is_file() or is_large(p):
        return None
    try:
        doc_id = load_document(p).id
    except (OSError, ValueError, ConceptKGError):
        return None
    return next((d for d in docs if d.id == doc_id), None)
