"""Graph surgery for corrections, on an in-memory :class:`KnowledgeGraph`: moving a node into
another (merge, rename, retype), splitting an alias out, deleting. Every change is recorded in a
:class:`Changes` so that a store can write only what changed; every node or edge touched keeps
a ``curated`` attribute saying what was done and why (shown in tooltips and ``ask evidence``)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..graph.knowledge_graph import KnowledgeGraph
from ..graph.models import (
    MAX_NODE_EVIDENCE,
    MAX_NODE_EVIDENCE_PER_DOCUMENT,
    Edge,
    Node,
    node_id,
    normalize_name,
)
from .respell import respell_as

__all__ = ["Changes", "add_note", "delete_node", "evidence_complete", "find_by_name", "move_node",
           "note_key", "split_alias"]


@dataclass
class Changes:
    """Ids of nodes and keys of edges changed or deleted, with the label each had before."""

    node_labels: dict[str, str] = field(default_factory=dict)
    edge_labels: dict[tuple[str, str, str], tuple[str, str]] = field(default_factory=dict)
    nodes: set[str] = field(default_factory=set)
    edges: set[tuple[str, str, str]] = field(default_factory=set)

    def seen(self, kg: KnowledgeGraph) -> None:
        """Remember the labels of the graph as it was (for deleting what goes)."""
        self.node_labels = {n.id: n.type for n in kg.nodes()}
        self.edge_labels = {e.key: (self.node_labels[e.source], self.node_labels[e.target])
                            for e in kg.edges()}

    def __bool__(self) -> bool:
        return bool(self.nodes or self.edges)


def find_by_name(kg: KnowledgeGraph, name: str, node_type: str = "", *,
                 aliases: bool = False) -> list[Node]:
    """Nodes named ``name`` (normalized), of ``node_type`` when given; with ``aliases`` also
    nodes that have it as an alias."""
    key = normalize_name(name)
    return [n for n in kg.find(name) if (not node_type or n.type == node_type)
            and (aliases or normalize_name(n.name) == key)]


def note_key(note: object) -> str:
    """The order of the notes on a node or edge: by their content, not by when each was made
    (which depends on the order the documents were built in)."""
    return json.dumps(note, ensure_ascii=False, sort_keys=True)


def add_note(item: Node | Edge, note: dict[str, Any]) -> bool:
    """Record a correction on ``item`` (once); True when it was new."""
    notes = list(item.attributes.get("curated") or [])
    if note in notes:
        return False
    item.attributes["curated"] = sorted([*notes, note], key=note_key)
    return True


def _add_counts(dst: Node | Edge, src: Node | Edge) -> None:
    """Mentions add up per document, unless ``src``'s sentences in a document are all
    ``dst``'s already: then they are the same mentions (the same graph copied in twice, once
    corrected and once not) and count once."""
    have = {e.key for e in dst.evidence}
    for d, n in src.counts.items():
        mine = [e.key for e in src.evidence if e.document == d]
        same = bool(mine) and all(k in have for k in mine)
        dst.counts[d] = max(dst.counts.get(d, 0), n) if same else dst.counts.get(d, 0) + n


def _fold_node(dst: Node, src: Node) -> None:
    """``src`` (another node) folded into ``dst``: mentions add up per document."""
    _add_counts(dst, src)
    dst.add_names(src)
    _fold_attributes(dst, src)
    dst.add_evidence(src.evidence)


def _fold_attributes(dst: Node | Edge, src: Node | Edge) -> None:
    """Attributes of ``src`` that ``dst`` lacks; correction notes are added to ``dst``'s."""
    for k, v in src.attributes.items():
        if k == "curated":
            for note in v:
                add_note(dst, note)
        else:
            dst.attributes.setdefault(k, v)


def _fold_edge(dst: Edge, src: Edge) -> None:
    given = dst.merged_confidence(src)
    _add_counts(dst, src)
    _fold_attributes(dst, src)
    dst.set_confidences(given)
    dst.add_evidence(src.evidence)


def _incident(kg: KnowledgeGraph, nid: str) -> list[Edge]:
    g = kg.nx
    out = [d for *_, d in g.out_edges(nid, keys=True, data="data")]
    out += [d for *_, d in g.in_edges(nid, keys=True, data="data") if d.source != nid]
    return out


def _repoint(kg: KnowledgeGraph, edge: Edge, old: str, new: str, ch: Changes,
             note: dict[str, Any]) -> None:
    kg.remove_edge(edge)
    ch.edges.add(edge.key)
    src = new if edge.source == old else edge.source
    dst = new if edge.target == old else edge.target
    if src == dst:
        return  # a relation of a thing with itself says nothing
    moved = edge.model_copy(update={"source": src, "target": dst})
    add_note(moved, note)
    ch.edges.add(moved.key)
    have = kg.get_edge(src, edge.type, dst)
    if have is None:
        kg.add_edge(moved, copy=False)
    else:
        _fold_edge(have, moved)


def move_node(kg: KnowledgeGraph, node: Node, ch: Changes, *, into: Node | None = None,
              name: str = "", node_type: str = "", note: dict[str, Any]) -> Node:
    """Move ``node`` into ``into`` (a merge), or to a node of another name or type (rename,
    retype; an existing node of that name and type absorbs it). Edges follow; the old name
    becomes an alias. Returns the node that remains."""
    if into is None:
        name, node_type = name or node.name, node_type or node.type
        new_id = node_id(node_type, name)
        if kg.has_node(new_id):
            into = kg.node(new_id)
        else:
            into = node.model_copy(deep=True, update={
                "id": new_id, "name": name, "type": node_type, "counts": {},
                "evidence": [], "aliases": [], "alias_docs": {}, "attributes": {}})
            kg.add_node(into, copy=False)
    if into.id == node.id:  # the same node (a rename of case or width only): respelt
        if name and node.name != name:
            respell_as(node, name)  # (the old spelling stays an alias)
            add_note(node, note)
            ch.nodes.add(node.id)
        return into
    ch.nodes |= {node.id, into.id}
    for e in _incident(kg, node.id):
        _repoint(kg, e, node.id, into.id, ch, note)
    kg.remove_node(node.id)
    _fold_node(into, node)
    add_note(into, note)
    return into


def delete_node(kg: KnowledgeGraph, node: Node, ch: Changes) -> None:
    for e in _incident(kg, node.id):
        ch.edges.add(e.key)
    ch.nodes.add(node.id)
    kg.remove_node(node.id)


def evidence_complete(node: Node) -> bool:
    """Whether ``node`` keeps every sentence it was found in (no cap left one out): only then
    is a document with no sentence of its own left no mention of its own."""
    return len(node.evidence) < MAX_NODE_EVIDENCE and all(
        sum(e.document == d for e in node.evidence) < MAX_NODE_EVIDENCE_PER_DOCUMENT
        for d in node.counts)


def _forget_merge_of(node: Node, name: str) -> None:
    """``name``, split out of ``node``, was no automatic merge into it after all: its note and
    its entry in the record of names (:mod:`.named_by`) go, as a build with the split keeps
    them apart and has neither."""
    notes = node.attributes.get("curated") or []
    kept = [x for x in notes if not (isinstance(x, dict) and x.get("op") == "auto-merge"
                                     and x.get("from") == name)]
    if len(kept) != len(notes):
        if kept:
            node.attributes["curated"] = kept
        else:
            node.attributes.pop("curated", None)
    rec = node.attributes.get("named_by")
    if isinstance(rec, dict) and normalize_name(name) in rec:
        rest = {k: v for k, v in rec.items() if k != normalize_name(name)}
        if len(rest) > 1:
            node.attributes["named_by"] = rest
        else:
            node.attributes.pop("named_by", None)


def split_alias(kg: KnowledgeGraph, node: Node, alias: str, ch: Changes,
                note: dict[str, Any], belongs: Callable[[str], bool] | None = None, *,
                complete: bool | None = None) -> Node:
    """Take ``alias`` out of ``node`` as a node of its own (same type): the evidence and edges
    whose sentences name the alias but not the node (a name written only inside another is no
    mention of it; or, given ``belongs``, the sentences it accepts) take their mentions with
    them. A node left without any document (every mention was the alias's) is deleted, and its
    other edges go to the alias: no node stays behind that nothing supports. ``complete``: see
    :func:`evidence_complete` (judged here when not given)."""
    key = normalize_name(alias)
    real = next((a for a in node.aliases if normalize_name(a) == key), alias)
    node.aliases = [a for a in node.aliases if a != real]
    node.alias_docs.pop(real, None)
    _forget_merge_of(node, real)
    own = [node.name, *node.aliases]
    # names of the node that hold the alias (恒拓集团有限公司 around 恒拓集团) are read first, and
    # the alias hides the names inside it (恒拓集团 in 恒拓集团有限公司): a name written only as
    # part of another is no mention of it
    longer = sorted((n for n in own if real in n), key=len, reverse=True)
    shorter = [n for n in own if real not in n]

    def the_alias(sentence: str) -> bool:
        if belongs is not None:
            return belongs(sentence)
        for n in longer:
            sentence = sentence.replace(n, "\0")
        if real not in sentence:
            return False
        sentence = sentence.replace(real, "\0")
        return not any(n in sentence for n in shorter)

    # (evidence kept in full: a document with no sentence of its own has no mention of its own;
    # with evidence capped, mentions not kept may be its own and stay. ``complete`` says so
    # for a node whose earlier splits shortened a capped list below the cap)
    if complete is None:
        complete = evidence_complete(node)
    alias_of = [the_alias(e.sentence) for e in node.evidence]  # (each sentence read once)
    moved = [e for e, a in zip(node.evidence, alias_of, strict=True) if a]
    node.evidence = [e for e, a in zip(node.evidence, alias_of, strict=True) if not a]
    counts: dict[str, int] = {}
    for e in moved:
        counts[e.document] = counts.get(e.document, 0) + 1
    kept = {e.document for e in node.evidence}
    for d, n in counts.items():
        if d not in kept and complete:  # none of its sentences there is its own: every
            # mention is the alias's
            counts[d] = max(n, node.counts.pop(d, 0))
            continue
        left = node.counts.get(d, 0) - n
        if left > 0:
            node.counts[d] = left
        else:
            node.counts.pop(d, None)
    new = Node(name=real, type=node.type, evidence=moved, counts=counts)
    if kg.has_node(new.id):
        _fold_node(kg.node(new.id), new)
        new = kg.node(new.id)
    else:
        kg.add_node(new, copy=False)
    if note.get("op") != "auto-split":  # (the foreign body keeps the record: the domestic
        # one may not exist yet when the split is made, and the graph must not depend on that)
        add_note(node, note)
    add_note(new, note)
    ch.nodes |= {node.id, new.id}
    empty = not node.counts  # no document names it any more: it goes, its edges follow
    for e in _incident(kg, node.id):
        if empty or (e.evidence and all(the_alias(x.sentence) for x in e.evidence)):
            _repoint(kg, e, node.id, new.id, ch, note)
    if empty:
        kg.remove_node(node.id)
    return new
