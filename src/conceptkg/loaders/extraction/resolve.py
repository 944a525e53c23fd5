"""Entity resolution inside one document: one node per real thing.

Lexicon aliases and organisation short forms are resolved when mentions are found (see
:mod:`mentions`). This module handles what can only be decided once the whole document has been
read: a bare generic initiative name that repeats the tail of a named one ("运营模式" after
"“2+3+N”联合运营模式") is the same initiative and becomes its alias; an organisation named
by the tail of exactly one longer organisation of the document ("农业农村厅" after
"海州省农业农村厅") is that organisation.
"""

from __future__ import annotations

import re

from .records import EdgeRecord, NodeRecord

__all__ = ["merge_chunk_twins", "merge_generic_initiatives", "merge_short_organisations"]

#: shortest bare name that may be folded into a longer one
MIN_TAIL = 4
#: the rules of a bare name: a noun phrase, and the names of things held, launched or set up
#: that only make nodes (设立X基金 read by a task's title too is that task's programme)
NAME_ONLY_RULES = frozenset({"noun_phrase", "event_name", "launched_quote", "fund_name",
                             "system_name", "activity_name"})


def merge_generic_initiatives(nodes: dict[str, NodeRecord],
                              edges: dict[tuple[str, str, str], EdgeRecord]) -> None:
    """Fold initiative nodes named only by a noun phrase (or by a name of a thing held or set
    up that no rule read: :data:`NAME_ONLY_RULES`) into the one longer initiative whose name
    ends with theirs; edges are re-pointed and merged (in place)."""
    named = [(nid, rec) for nid, rec in nodes.items() if rec.type == "Initiative"]
    remap: dict[str, str] = {}
    for nid, rec in named:
        name = rec.name
        if not rec.rules or not rec.rules <= NAME_ONLY_RULES or len(name) < MIN_TAIL:
            continue
        targets = {oid for oid, other in named
                   if oid != nid and len(other.name) > len(name)
                   and any(n.endswith(name) for n in (other.name, *other.aliases))}
        if len(targets) == 1:
            remap[nid] = targets.pop()
    _fold(nodes, edges, remap)


def merge_short_organisations(nodes: dict[str, NodeRecord],
                              edges: dict[tuple[str, str, str], EdgeRecord],
                              home_prefix: re.Pattern[str]) -> None:
    """Fold an organisation whose name (three characters or more) ends exactly one longer
    organisation name of the document, after a prefix of the home country (``home_prefix``:
    a province or city, not a foreign country), into that one (in place)."""
    orgs = [(nid, rec) for nid, rec in nodes.items() if rec.type == "Organization"]
    remap: dict[str, str] = {}
    for nid, rec in orgs:
        if len(rec.name) < 3:
            continue
        targets = {oid for oid, other in orgs if len(other.name) > len(rec.name)
                   and other.name.endswith(rec.name)
                   and home_prefix.match(other.name[:-len(rec.name)])}
        if len(targets) == 1:
            remap[nid] = targets.pop()
    _fold(nodes, edges, remap)


def merge_chunk_twins(nodes: dict[str, NodeRecord],
                      edges: dict[tuple[str, str, str], EdgeRecord]) -> None:
    """One name, one node: a node typed only by a chunk's context (``chunk``) whose name is
    also the name of exactly one node of another type that the lexicon found (甲 read as a
    Concept among a list's items and as a Factor of the lexicon in the same document) is that
    node (in place)."""
    by_name: dict[str, list[str]] = {}
    for nid, rec in nodes.items():
        by_name.setdefault(rec.name, []).append(nid)
    remap: dict[str, str] = {}
    for ids in by_name.values():
        if len(ids) < 2:
            continue
        known = [i for i in ids if "lexicon" in nodes[i].rules]
        for i in ids:
            if nodes[i].rules == {"chunk"} and len(known) == 1 and known[0] != i:
                nodes[i].aliases.clear()  # (the chunk's surface forms: the same name)
                remap[i] = known[0]
    _fold(nodes, edges, remap)


def _fold(nodes: dict[str, NodeRecord], edges: dict[tuple[str, str, str], EdgeRecord],
          remap: dict[str, str]) -> None:
    """Fold each node of ``remap`` into its target; edges are re-pointed and merged."""
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
