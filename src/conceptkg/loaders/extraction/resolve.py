"""Entity resolution inside one document: one node per real thing.

Lexicon aliases and organisation short forms are resolved when mentions are found (see
:mod:`mentions`). This module handles what can only be decided once the whole document has been
read: a bare generic initiative name that repeats the tail of a named one ("开发维护模式" after
"“1+1+1”协同开发维护模式") is the same initiative and becomes its alias.
"""

from __future__ import annotations

from .records import EdgeRecord, NodeRecord

__all__ = ["merge_generic_initiatives"]

#: shortest bare name that may be folded into a longer one
MIN_TAIL = 4


def merge_generic_initiatives(nodes: dict[str, NodeRecord],
                              edges: dict[tuple[str, str, str], EdgeRecord]) -> None:
    """Fold initiative nodes named only by a noun phrase into the one longer initiative whose
    name ends with theirs; edges are re-pointed and merged (in place)."""
    named = [(nid, rec) for nid, rec in nodes.items() if rec.type == "Initiative"]
    remap: dict[str, str] = {}
    for nid, rec in named:
        name = rec.name
        if rec.rules != {"noun_phrase"} or len(name) < MIN_TAIL:
            continue
        targets = {oid for oid, other in named
                   if oid != nid and len(other.name) > len(name)
                   and any(n.endswith(name) for n in (other.name, *other.aliases))}
        if len(targets) == 1:
            remap[nid] = targets.pop()
    if not remap:
        return
    for nid, tid in sorted(remap.items()):
        while tid in remap:
            tid = remap[tid]
        nodes[tid].absorb(nodes.pop(nid))
        remap[nid] = tid
    for key in sorted(edges):
        s, t, d = key
        if s in remap or d in remap:
            rec = edges.pop(key)
            s2, d2 = remap.get(s, s), remap.get(d, d)
            if s2 == d2:
                continue
            edges.setdefault((s2, t, d2), EdgeRecord()).absorb(rec)
