"""Expected answers of the named queries, computed from a KnowledgeGraph in Python (networkx),
independently of any Cypher, to check what the stores return."""

from __future__ import annotations

import itertools
from typing import Any

import networkx as nx

from conceptkg.graph import KnowledgeGraph, Node

__all__ = ["resolve", "chain", "direct", "paths", "evidence", "degrees", "search"]


def resolve(kg: KnowledgeGraph, name: str) -> list[Node]:
    exact = [n for n in kg.nodes() if name == n.name or name in n.aliases]
    if exact:
        return exact
    low = name.lower()
    return [n for n in kg.nodes() if low in {x.lower() for x in (n.name, *n.aliases)}]


CORE_NODES = {"Concept", "Factor", "Organization", "Initiative"}
CORE_EDGES = {"DRIVES", "INCLUDES", "IMPLEMENTS"}


def _graph(kg: KnowledgeGraph, edge_type: str | None, reverse: bool, undirected: bool,
           etypes: set[str] | None = None) -> Any:
    g = nx.Graph() if undirected else nx.DiGraph()
    g.add_nodes_from(n.id for n in kg.nodes())
    for e in kg.edges():
        if (edge_type is None or e.type == edge_type) and (etypes is None or e.type in etypes):
            g.add_edge(*((e.target, e.source) if reverse else (e.source, e.target)))
    return g


def chain(kg: KnowledgeGraph, name: str, depth: int, *, edge_type: str | None,
          reverse: bool = False, undirected: bool = False, ntypes: set[str] | None = None,
          etypes: set[str] | None = None) -> list[tuple[str, str, int]]:
    """(name, type, distance) of the nodes within ``depth`` hops, as drivers/effects/neighbors:
    along edges of ``etypes`` through nodes of ``ntypes`` (None: any); the start nodes may be of
    any type."""
    start = {n.id for n in resolve(kg, name)}
    g = _graph(kg, edge_type, reverse, undirected, etypes)
    if ntypes is not None:
        g.remove_nodes_from([n.id for n in kg.nodes()
                             if n.type not in ntypes and n.id not in start])
    best: dict[str, int] = {}
    for s in start:
        for target, d in nx.single_source_shortest_path_length(g, s, cutoff=depth).items():
            if target not in start and d >= 1:
                best[target] = min(d, best.get(target, d))
    rows = [(kg.node(i).name, kg.node(i).type, d, i) for i, d in best.items()]
    return [r[:3] for r in sorted(rows, key=lambda r: (r[2], r[0], r[1], r[3]))]


def direct(kg: KnowledgeGraph, name: str, edge_type: str,
           outgoing: bool) -> list[tuple[str, str, float, str]]:
    """(name, type, confidence, sentence) of the nodes one ``edge_type`` edge away."""
    start = {n.id for n in resolve(kg, name)}
    rows = []
    for e in kg.edges():
        near, far = (e.source, e.target) if outgoing else (e.target, e.source)
        if e.type == edge_type and near in start:
            n = kg.node(far)
            sentence = e.evidence[0].sentence if e.evidence else ""
            rows.append((n.name, n.type, n.id, sentence, e.confidence))
    rows.sort(key=lambda r: r[:4])
    return [(r[0], r[1], r[4], r[3]) for r in rows]


def paths(kg: KnowledgeGraph, source: str, target: str, depth: int) -> list[tuple[int, str]]:
    """All shortest connections (any direction), rendered as the ``path`` query renders them."""
    g = _graph(kg, None, False, True)
    found: dict[str, int] = {}
    for a, b in itertools.product(resolve(kg, source), resolve(kg, target)):
        if a.id == b.id:
            continue
        try:
            seqs = list(nx.all_shortest_paths(g, a.id, b.id))
        except nx.NetworkXNoPath:
            continue
        for seq in seqs:
            if len(seq) - 1 > depth:
                continue
            hops = []
            for u, v in itertools.pairwise(seq):
                hops.append([f" -[{e.type}]-> " for e in kg.edges()
                             if (e.source, e.target) == (u, v)]
                            + [f" <-[{e.type}]- " for e in kg.edges()
                               if (e.source, e.target) == (v, u)])
            for arrows in itertools.product(*hops):
                text = kg.node(seq[0]).name + "".join(
                    arrow + kg.node(n).name for arrow, n in zip(arrows, seq[1:], strict=True))
                found[text] = len(seq) - 1
    if not found:
        return []
    best = min(found.values())
    return sorted((n, t) for t, n in found.items() if n == best)


def evidence(kg: KnowledgeGraph, source: str, target: str) -> list[tuple[Any, ...]]:
    a = {n.id for n in resolve(kg, source)}
    b = {n.id for n in resolve(kg, target)}
    rows = set()
    for e in kg.edges():
        if (e.source in a and e.target in b) or (e.source in b and e.target in a):
            head = (kg.node(e.source).name, e.type, kg.node(e.target).name)
            if not e.evidence:
                rows.add((*head, "", "", "", "", None, None, "", ""))
            for ev in e.evidence:
                d = kg.documents[ev.document]
                rows.add((*head, ev.sentence, d.path.rsplit("/", 1)[-1], d.title, d.date,
                          ev.start, ev.end, ev.rule, d.id))
    return sorted(rows, key=lambda r: (r[0], r[1], r[2], r[6], r[4], r[7], r[8], r[9], r[3],
                                       r[10]))


def degrees(kg: KnowledgeGraph, top: int, *, ntypes: set[str] | None = None,
            etypes: set[str] | None = None) -> list[tuple[str, str, int, int, int]]:
    """Degrees counting edges of ``etypes`` between nodes of ``ntypes`` (None: any)."""
    out: dict[str, int] = {n.id: 0 for n in kg.nodes() if ntypes is None or n.type in ntypes}
    inn: dict[str, int] = dict(out)
    for e in kg.edges():
        if e.source in out and e.target in out and (etypes is None or e.type in etypes):
            out[e.source] += 1
            inn[e.target] += 1
    rows = [(kg.node(i).name, kg.node(i).type, out[i] + inn[i], out[i], inn[i], i)
            for i in out if out[i] + inn[i] > 0]
    rows.sort(key=lambda r: (-r[2], r[0], r[1], r[5]))
    return [r[:5] for r in rows[:top]]


def search(kg: KnowledgeGraph, text: str, limit: int) -> list[tuple[str, str, list[str], int]]:
    low = text.lower()
    rows = [(n.name, n.type, list(n.aliases), n.mentions, n.id) for n in kg.nodes()
            if any(low in x.lower() for x in (n.name, *n.aliases))]
    rows.sort(key=lambda r: (-r[3], r[0], r[1], r[4]))
    return [r[:4] for r in rows[:limit]]
