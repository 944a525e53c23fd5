"""Automatic merges of entity resolution, independent of the order documents were built in.

Nodes whose names share a resolution key (:func:`.resolve.name_key`) are one body. Which name
the body keeps is chosen from every name of the group (the nodes' names and their aliases of the
same key) by how many stored documents name it, then the shorter, then the first in code-point
order: the stored documents decide, not the counts a node gathered in the builds so far (a body
merged in an early build under one name and met under another later would otherwise keep the
name the early documents preferred). The notes of the automatic merges on the body are written
anew for the name it keeps, so that they too do not record the way the graph was built.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..graph.knowledge_graph import KnowledgeGraph
from ..graph.models import Edge, Node, normalize_name
from .named_by import named_by, set_named_by
from .ops import Changes, move_node, note_key
from .respell import preferred_name

__all__ = ["Merged", "auto_merge", "documents_naming"]


@dataclass
class Merged:
    """One automatic merge: ``name`` into ``into``, why, and a sentence of each side."""

    name: str
    into: str
    type: str
    reason: str
    evidence: list[str]
    into_evidence: list[str]
    mentions: int
    into_mentions: int = 0


def documents_naming(kg: KnowledgeGraph) -> Callable[[str], int]:
    """How many documents of ``kg`` contain a name (their texts are needed)."""
    def naming(name: str) -> int:
        return sum(name in d.text for d in kg.documents.values())
    return naming


def _reason(a: str, b: str, key: Callable[[str], tuple[str, list[str]]]) -> str:
    return ", ".join(sorted({*key(a)[1], *key(b)[1]}) or ["same name"])


def _note(name: str, into: str, reason: str) -> dict[str, str]:
    return {"op": "auto-merge", "from": name, "into": into, "what": f"{name} into {into}",
            "note": reason}


def auto_merge(kg: KnowledgeGraph, ch: Changes, blocked: set[tuple[str, str]],
               types: tuple[str, ...], key: Callable[[str], tuple[str, list[str]]],
               naming: Callable[[str], int]) -> list[Merged]:
    """Merge the nodes of ``types`` whose names share a key (pairs in ``blocked`` excepted);
    returns what each merge did."""
    done: list[Merged] = []
    for t in types:
        for n in [n for n in kg.nodes() if n.type == t and _merged_names(n)]:
            _unmerge_gone(kg, ch, n, key, naming)
            _unmerge_name(kg, ch, n, naming)
        groups: dict[str, list[Node]] = {}
        for n in kg.nodes():
            if n.type == t:
                groups.setdefault(key(n.name)[0], []).append(n)
        for k, nodes in sorted(groups.items()):
            # (a body merged before chooses its name again: a remove may have changed which
            # name most stored documents give)
            if len(nodes) > 1 or _merged_names(nodes[0]):
                done += _merge_group(kg, ch, blocked, k, nodes, key, naming)
    return done


def _merge_group(kg: KnowledgeGraph, ch: Changes, blocked: set[tuple[str, str]], k: str,
                 nodes: list[Node], key: Callable[[str], tuple[str, list[str]]],
                 naming: Callable[[str], int]) -> list[Merged]:
    names = {n.name for n in nodes} | {a for n in nodes for a in n.aliases if key(a)[0] == k}
    best = preferred_name(names, naming)
    records = {n.id: named_by(n) for n in nodes}
    holder = next((n for n in nodes if n.name == best), None) or next(
        n for n in sorted(nodes, key=lambda n: n.id) if best in n.aliases)
    done = []
    merged = [holder.id]  # (the nodes the body is made of: their records add up)
    if holder.name != best:  # the body is named by one of its aliases: it takes that name
        reason = _reason(holder.name, best, key)
        done.append(Merged(holder.name, best, holder.type, reason, _first(holder), [],
                           holder.mentions))
        old, own = holder.name, _own_documents(holder)
        holder = move_node(kg, holder, ch, name=best, note=_note(holder.name, best, reason))
        _set_alias_docs(holder, old, own)
        records[holder.id], merged = records[merged[0]], [holder.id]
    for n in sorted(nodes, key=lambda n: n.id):
        if n.id == holder.id or not kg.has_node(n.id) or \
                (normalize_name(n.name), normalize_name(best)) in blocked:
            continue
        reason = _reason(n.name, best, key)
        done.append(Merged(n.name, best, n.type, reason, _first(n), _first(holder),
                           n.mentions, holder.mentions))
        own = _own_documents(n) | set(holder.alias_docs.get(n.name, ()))
        move_node(kg, n, ch, into=holder, note=_note(n.name, best, reason))
        _set_alias_docs(holder, n.name, own)
        merged.append(n.id)
    rec: dict[str, set[str]] = {}
    for nid in merged:
        for name, docs in records[nid].items():
            rec[name] = rec.get(name, set()) | docs
    set_named_by(holder, rec if _merged_names(holder) else {}, ch)
    _renote(holder, key)
    for e in _edges_at(kg, holder.id):
        _renote_edge(e, key)
    return done


def _unmerge_gone(kg: KnowledgeGraph, ch: Changes, node: Node,
                  key: Callable[[str], tuple[str, list[str]]],
                  naming: Callable[[str], int]) -> None:
    """Forget the automatic merges into ``node`` whose name no stored document gives any more
    (a remove took their documents away): its alias went with them, its notes go now, as a
    build of the documents left would have none. (Whether the body's own name is still given
    cannot be told from what is stored: a document that writes the merged name may hold the
    name inside it, and the extractor may or may not have found both.)"""
    if not node.counts:
        return
    gone = {m for m in _merged_names(node) if m != node.name and not node.alias_docs.get(m)
            and m not in node.aliases}
    if not gone:
        return
    ch.nodes.add(node.id)
    _set_notes(node, [x for x in node.attributes.get("curated") or [] if not (
        isinstance(x, dict) and x.get("op") == "auto-merge" and x.get("from") in gone)])
    for e in _edges_at(kg, node.id):
        notes = e.attributes.get("curated") or []
        kept = [x for x in notes if not (isinstance(x, dict) and x.get("op") == "auto-merge"
                                         and x.get("from") in gone)]
        if len(kept) != len(notes):
            ch.edges.add(e.key)
            _set_notes(e, kept)


def _unmerge_name(kg: KnowledgeGraph, ch: Changes, node: Node,
                  naming: Callable[[str], int]) -> None:
    """Undo the automatic merges into ``node`` when the documents left all give it one name
    (its record, :mod:`.named_by`) and that is not its own (a remove took away the documents
    that gave its name): a build of those documents finds one node of that name and merges
    nothing. The body takes that name back; its old name stays an alias only for the
    documents whose sentences name it apart from the longer names of the body (as the
    extraction of a document makes a short name it meets an alias of the long one)."""
    rec = named_by(node)
    if not node.counts or len(rec) != 1:
        set_named_by(node, rec, ch)
        return
    [key] = rec
    spellings = [a for a in node.aliases if normalize_name(a) == key]
    if key == normalize_name(node.name) or not spellings:
        set_named_by(node, rec, ch)
        return
    name, old = preferred_name(spellings, naming), node.name
    seen = _naming_apart(node, old)
    body = move_node(kg, node, ch, name=name, note=_note(old, name, ""))
    if seen:
        body.alias_docs[old] = sorted(seen)
    else:
        body.aliases = [a for a in body.aliases if a != old]
        body.alias_docs.pop(old, None)
    set_named_by(body, {}, ch)
    _set_notes(body, [x for x in body.attributes.get("curated") or []
                      if not (isinstance(x, dict) and x.get("op") == "auto-merge")])
    for e in _edges_at(kg, body.id):
        notes = e.attributes.get("curated") or []
        kept = [x for x in notes if not (isinstance(x, dict) and x.get("op") == "auto-merge")]
        if len(kept) != len(notes):
            ch.edges.add(e.key)
            _set_notes(e, kept)


def _naming_apart(node: Node, name: str) -> set[str]:
    """The documents of ``node`` with an evidence sentence that names ``name`` outside the
    longer names of the node that hold it (恒拓集团 apart from 恒拓集团有限公司)."""
    longer = sorted((n for n in (node.name, *node.aliases) if name in n and n != name),
                    key=len, reverse=True)
    out = set()
    for e in node.evidence:
        text = e.sentence
        for n in longer:
            text = text.replace(n, "\0")
        if name in text:
            out.add(e.document)
    return out


def _edges_at(kg: KnowledgeGraph, nid: str) -> list:
    g = kg.nx
    out = [d for *_, d in g.out_edges(nid, keys=True, data="data")]
    return out + [d for *_, d in g.in_edges(nid, keys=True, data="data") if d.source != nid]


def _merged_names(node: Node | Edge) -> dict[str, str]:
    """The automatic merges recorded on ``node``: name → the name it was merged into."""
    return {x["from"]: x.get("into", "") for x in node.attributes.get("curated") or []
            if isinstance(x, dict) and x.get("op") == "auto-merge" and x.get("from")}


def _own_documents(node: Node) -> set[str]:
    """The documents that name ``node`` by its own name: not only by a name merged into it
    automatically (those are its aliases' documents)."""
    others = set().union(*(node.alias_docs.get(m, ()) for m in _merged_names(node)))
    return set(node.counts) - others


def _set_alias_docs(node: Node, alias: str, own: set[str]) -> None:
    """``alias`` (a name merged into ``node``) was seen in the documents ``own``, not in the
    documents of the names merged into it before (as if each had been merged on its own)."""
    if alias in node.aliases and own:
        node.alias_docs[alias] = sorted(own)


def _renote_edge(edge: Edge, key: Callable[[str], tuple[str, list[str]]]) -> None:
    """The automatic merges recorded on ``edge`` as one merge per name it was found at: the
    chain of merges over several builds (A into B, later B into C) is A into C."""
    chain = _merged_names(edge)
    if len(chain) < 2:
        return
    fresh = []
    for start in sorted(set(chain) - set(chain.values())):
        end, seen = chain[start], {start}
        while end in chain and end not in seen:
            seen.add(end)
            end = chain[end]
        fresh.append(_note(start, end, _reason(start, end, key)))
    kept = [x for x in edge.attributes.get("curated") or []
            if not (isinstance(x, dict) and x.get("op") == "auto-merge")]
    _set_notes(edge, [*kept, *fresh])


def _first(node: Node) -> list[str]:
    return [node.evidence[0].sentence] if node.evidence else []


def _renote(node: Node, key: Callable[[str], tuple[str, list[str]]]) -> None:
    """The automatic merges recorded on ``node`` as merges into its present name: one each,
    their reasons for that name (earlier builds may have merged into another of its names)."""
    notes = node.attributes.get("curated") or []
    merged = {x["from"] for x in notes if isinstance(x, dict) and x.get("op") == "auto-merge"
              and x.get("from")} - {node.name}
    kept = [x for x in notes if not (isinstance(x, dict) and x.get("op") == "auto-merge")]
    fresh = [_note(m, node.name, _reason(m, node.name, key)) for m in merged]
    _set_notes(node, [*kept, *fresh])


def _set_notes(item: Node | Edge, notes: list) -> None:
    """The notes of ``item`` in their order; none: no ``curated`` attribute (a chain of merges
    that came back to where it began, A into B and later B into A, leaves nothing to say)."""
    if notes:
        item.attributes["curated"] = sorted(notes, key=note_key)
    else:
        item.attributes.pop("curated", None)
