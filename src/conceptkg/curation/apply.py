"""Applying a corrections file to an in-memory graph, entry by entry in the order of the file.

Each entry reports what it did: ``changed`` (it changed the graph now), ``holds`` (the graph
already is as it says: applying twice changes nothing), ``stale`` (what it names is not in the
graph at all any more: reported, never dropped silently), ``superseded`` (a merge that a later
split undoes) or ``ambiguous``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..graph.knowledge_graph import KnowledgeGraph
from ..graph.models import Edge, normalize_name
from .auto_merge import documents_naming
from .entries import Curation, Entry
from .ops import Changes, add_note, delete_node, find_by_name, move_node, split_alias
from .resolve import Suggestion, auto_resolve, foreign_splits
from .respell import respell

__all__ = ["SPELT_TWO_WAYS", "EntryResult", "CurationReport", "apply_curation",
           "document_resolver"]


@dataclass
class EntryResult:
    entry: Entry
    status: str  # changed | holds | stale | superseded | ambiguous
    detail: str = ""


@dataclass
class CurationReport:
    results: list[EntryResult] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)
    #: automatic merges and splits made before the entries (see :mod:`.resolve`)
    auto: list[Suggestion] = field(default_factory=list)
    #: the file applied, and the corrections the store held before that it lacks (see
    #: :func:`.store.corrections_elsewhere`): it was corrected with another file
    path: str = ""
    elsewhere: list[str] = field(default_factory=list)

    def with_status(self, status: str) -> list[EntryResult]:
        return [r for r in self.results if r.status == status]

    @property
    def stale(self) -> list[EntryResult]:
        return self.with_status("stale")

    @property
    def changed(self) -> list[EntryResult]:
        return self.with_status("changed")


def _note(e: Entry) -> dict[str, str]:
    out = {"op": e.op, "what": e.describe()}
    if e.note:
        out["note"] = e.note
    if e.author:
        out["author"] = e.author
    return out


def _target(kg: KnowledgeGraph, name: str, prefer: str = "") -> list:
    """Nodes an entry's other end names: by name first, then by alias; ``prefer`` a type."""
    found = find_by_name(kg, name) or find_by_name(kg, name, aliases=True)
    same = [n for n in found if n.type == prefer]
    return same or found


def _merge(kg: KnowledgeGraph, e: Entry, ch: Changes) -> EntryResult:
    sources = find_by_name(kg, e.name, e.type)
    prefer = e.type or (sources[0].type if sources else "")
    targets = [n for n in _target(kg, e.into, prefer) if n not in sources]
    if not sources:  # applied before (A is an alias of B now), though B names several nodes
        key = normalize_name(e.name)
        holding = [n for n in targets if any(normalize_name(a) == key for a in n.aliases)]
        if holding:
            into = holding[0]
            return EntryResult(e, "holds", f"{e.name} is an alias of {into.name}"
                               + (f" ({into.type})" if len(targets) > 1 else ""))
    if len(targets) > 1:
        return EntryResult(e, "ambiguous", f"{len(targets)} nodes are named {e.into}: "
                           "give a type")
    if not targets:
        return EntryResult(e, "stale",
                           f"no node {e.into}" + ("" if sources else f" and no node {e.name}"))
    into = targets[0]
    if not sources:
        return EntryResult(e, "stale", f"no node {e.name}")
    for s in sources:
        move_node(kg, s, ch, into=into, note=_note(e))
    return EntryResult(e, "changed", f"{len(sources)} node(s) merged into {into.name} "
                       f"({into.type})")


def _move(kg: KnowledgeGraph, e: Entry, ch: Changes) -> EntryResult:
    new_type = e.to if e.op == "retype" else ""
    new_name = e.to if e.op == "rename" else ""
    sources = [n for n in find_by_name(kg, e.name, e.type)
               if not (new_type and n.type == new_type) and not (new_name and n.name == new_name)]
    if not sources:
        # (a rename is done where a node of the new name keeps the old one as an alias: a node
        # of the new name alone says nothing, and no mention of the old name left is stale)
        key = normalize_name(e.name)
        done = (find_by_name(kg, e.name, new_type) if new_type
                else [n for n in find_by_name(kg, new_name, e.type, aliases=True)
                      if (n.name == new_name and normalize_name(new_name) == key)
                      or any(normalize_name(a) == key for a in n.aliases)])
        if done:
            kind = done[0].type
            if new_name and normalize_name(new_name) == key and add_note(done[0], _note(e)):
                ch.nodes.add(done[0].id)  # (a respelling: the node records it, in any order)
            return EntryResult(e, "holds", f"{done[0].name} is {_article(kind)} {kind}")
        return EntryResult(e, "stale", f"no node {e.name}")
    existing = {n.id for n in kg.nodes()} - {n.id for n in sources}
    kept = [move_node(kg, s, ch, name=new_name, node_type=new_type, note=_note(e))
            for s in sources]
    merged = sorted({(n.type, n.name) for n in kept if n.id in existing})
    done = "renamed" if e.op == "rename" else "retyped"
    if merged:  # (the new name and type were a node's already: the two are one now)
        into = ", ".join(f"the {t} {n}" for t, n in merged)
        return EntryResult(e, "changed", f"{len(sources)} node(s) merged into {into} that "
                           f"existed already")
    return EntryResult(e, "changed", f"{len(sources)} node(s) {done}")


def _reject_node(kg: KnowledgeGraph, e: Entry, ch: Changes,
                 mentioned: Callable[[str], bool]) -> EntryResult:
    nodes = find_by_name(kg, e.name, e.type)
    if not nodes:
        if mentioned(e.name):
            return EntryResult(e, "holds", f"no node {e.name}")
        return EntryResult(e, "stale", f"{e.name} is in no stored document")
    for n in nodes:
        delete_node(kg, n, ch)
    return EntryResult(e, "changed", f"{len(nodes)} node(s) deleted")


def _ends(kg: KnowledgeGraph, e: Entry) -> tuple[list, list]:
    def end(name: str, node_type: str) -> list:
        found = _target(kg, name)
        return [n for n in found if n.type == node_type] if node_type else found
    return end(e.source, e.source_type), end(e.target, e.target_type)


def _unclear_end(e: Entry, srcs: list, dsts: list) -> EntryResult | None:
    """An end that names no node (stale), or nodes of several types (ambiguous)."""
    if not srcs or not dsts:
        return EntryResult(e, "stale", f"no node {e.source if not srcs else e.target}")
    for side, name, nodes in (("source", e.source, srcs), ("target", e.target, dsts)):
        types = sorted({n.type for n in nodes})
        if len(types) > 1:
            return EntryResult(e, "ambiguous", f"{name} names {len(nodes)} nodes "
                               f"({', '.join(types)}): give {side}_type")
    return None


def _reject_edge(kg: KnowledgeGraph, e: Entry, ch: Changes) -> EntryResult:
    srcs, dsts = _ends(kg, e)
    unclear = _unclear_end(e, srcs, dsts)
    if unclear is not None:
        return unclear
    n = 0
    for s in srcs:
        for d in dsts:
            edge = kg.get_edge(s.id, e.rel, d.id)
            if edge is not None:
                kg.remove_edge(edge)
                ch.edges.add(edge.key)
                n += 1
    return EntryResult(e, "changed", f"{n} edge(s) deleted") if n else \
        EntryResult(e, "holds", "no such edge")


def _add_edge(kg: KnowledgeGraph, e: Entry, ch: Changes) -> EntryResult:
    srcs, dsts = _ends(kg, e)
    unclear = _unclear_end(e, srcs, dsts)
    if unclear is not None:
        return unclear
    if len(srcs) > 1 or len(dsts) > 1:
        return EntryResult(e, "ambiguous", "more than one node of that name")
    edge = kg.get_edge(srcs[0].id, e.rel, dsts[0].id)
    if edge is None:
        edge = kg.add_edge(Edge(source=srcs[0].id, target=dsts[0].id, type=e.rel), copy=False)
    if add_note(edge, _note(e)):
        ch.edges.add(edge.key)
        return EntryResult(e, "changed", "edge added")
    return EntryResult(e, "holds", "edge present")


#: why a split of a name's other spelling cannot be made
SPELT_TWO_WAYS = ("the two are one name spelt two ways (names are compared without case, width "
                  "and quotes), so one node")


def _split(kg: KnowledgeGraph, e: Entry, ch: Changes) -> EntryResult:
    key = normalize_name(e.alias)
    if key == normalize_name(e.name):  # (nothing to split: it would say so on every build)
        return EntryResult(e, "stale", f"{SPELT_TWO_WAYS}; use a rename to choose the spelling")
    holders = [n for n in find_by_name(kg, e.name, e.type)
               if any(normalize_name(a) == key for a in n.aliases)]
    if holders:
        for n in holders:
            split_alias(kg, n, e.alias, ch, _note(e))
        return EntryResult(e, "changed", f"{e.alias} split out")
    if find_by_name(kg, e.alias, e.type):
        return EntryResult(e, "holds", f"{e.alias} is a node of its own")
    return EntryResult(e, "stale", f"no node {e.name} with alias {e.alias}")


def _splits(cur: Curation) -> set[tuple[str, str]]:
    """Pairs a split keeps apart (both ways: no merge of either into the other)."""
    pairs = {(normalize_name(x.alias), normalize_name(x.name)) for x in cur.entries
             if x.op == "split"}
    return pairs | {(b, a) for a, b in pairs}


def document_resolver(cur: Curation | None) -> Callable[[KnowledgeGraph], None] | None:
    """What a build does to the graph of each document before storing it, when ``cur``
    resolves entities: the foreign splits (:func:`.resolve.foreign_splits`), which need the
    document's sentences before the store caps a body's evidence."""
    if cur is None or not cur.resolve:
        return None
    blocked = _splits(cur)

    def resolve(kg: KnowledgeGraph) -> None:
        ch = Changes()
        ch.seen(kg)
        foreign_splits(kg, ch, blocked)
    return resolve


def apply_curation(kg: KnowledgeGraph, cur: Curation, *,
                   mentioned: Callable[[str], bool] | None = None,
                   naming: Callable[[str], int] | None = None) -> CurationReport:
    """Apply every entry of ``cur`` to ``kg`` (in place), in the order of the file.

    ``mentioned`` (is this name in the text of a stored document?) tells a rejected node that
    is still mentioned somewhere (the rejection holds) from one no document mentions any more
    (stale); by default the graph's documents are searched."""
    if mentioned is None:
        def mentioned(name: str) -> bool:
            return any(name in d.text for d in kg.documents.values())

    report = CurationReport()
    report.changes.seen(kg)
    blocked = _splits(cur)
    ch = report.changes
    naming = naming or documents_naming(kg)
    # one spelling per node (one id), chosen from every document: also without resolution,
    # else the order of builds would choose it (see :mod:`.respell`)
    respell(kg, ch, naming, tuple(e.to for e in cur.entries if e.op == "rename"))
    if cur.resolve:
        report.auto = auto_resolve(kg, ch, blocked, naming)
    for e in cur.entries:
        if e.op == "merge" and (normalize_name(e.name), normalize_name(e.into)) in blocked:
            report.results.append(EntryResult(e, "superseded", "a split keeps them apart"))
            continue
        if e.op == "merge":
            r = _merge(kg, e, ch)
        elif e.op in ("rename", "retype"):
            r = _move(kg, e, ch)
        elif e.op == "reject-node":
            r = _reject_node(kg, e, ch, mentioned)
        elif e.op == "reject-edge":
            r = _reject_edge(kg, e, ch)
        elif e.op == "add-edge":
            r = _add_edge(kg, e, ch)
        else:
            r = _split(kg, e, ch)
        report.results.append(r)
    return report


def _article(word: str) -> str:
    """"a" or "an" before an English node type (an Initiative, an Event, a Concept)."""
    return "an" if word[:1].upper() in "AEIOU" else "a"
