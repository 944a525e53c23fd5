"""Runners of the named queries that walk the graph: chains (``drivers``, ``effects``), direct
edges (``parts``, ``initiatives`` …), ``path``, ``neighbors``, ``central``, ``search`` and
``stats``. Each returns rows in a canonical order (see :func:`finish`), so that every store gives
the same answer for the same graph; :mod:`.time_runners` holds the runners that read evidence.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ..errors import ParameterError
from ..graph.models import CORE_EDGE_TYPES, CORE_NODE_TYPES, EDGE_TYPE_PATTERN, EdgeType, NodeType
from ..graph.stores import GraphStore, QueryResult
from . import named
from .common import NamedResult, cypher_for, ids_of, read, resolve, sort_key, stats_rows
from .params import (
    CentralParams,
    NameDepthParams,
    NoParams,
    PathParams,
    QueryParams,
    SearchParams,
    TypedNameDepthParams,
)
from .time_runners import narrow_direct

__all__ = ["Runner", "chain", "direct", "finish", "run_central", "run_neighbors", "run_path",
           "run_search", "run_stats", "type_params"]

_NODE_TYPES = {t.value.lower(): t.value for t in NodeType}
_EDGE_TYPES = {t.value for t in EdgeType}

#: how a named query is answered: (store, query name, checked parameters) → rows
Runner = Callable[[GraphStore, str, Any], NamedResult]


def finish(query: str, res: QueryResult, order: Sequence[str], *, desc: Sequence[str] = (),
           extra_ids: Sequence[str] = ()) -> NamedResult:
    """Drop the hidden ``id`` column, keep it in ``node_ids``, sort rows canonically."""
    recs = res.records()
    for col in desc:
        for r in recs:
            r[f"__neg_{col}"] = -r[col] if r[col] is not None else None
    keys = [f"__neg_{c}" if c in desc else c for c in order]
    recs.sort(key=lambda r: tuple(sort_key(r.get(k)) for k in [*keys, "id"]))
    columns = [c for c in res.columns if c != "id"]
    ids = list(dict.fromkeys([*extra_ids, *(r["id"] for r in recs if r.get("id"))]))
    return NamedResult(columns, [[r[c] for c in columns] for r in recs], query=query,
                       node_ids=ids)


def type_params(spec: str) -> dict[str, Any]:
    """``types=`` as query parameters: ``ntypes`` (node labels), ``etypes`` (edge types) and
    ``all_edges``. Words are comma-separated, any case: ``core`` (the core node and edge types),
    ``all``, node types, edge types; a kind not named at all means every type of that kind."""
    ntypes: list[str] = []
    etypes: list[str] = []
    all_edges = False
    for word in (w.strip() for w in spec.split(",")):
        low = word.lower()
        if not word:
            continue
        if low == "core":
            ntypes += [t.value for t in CORE_NODE_TYPES]
            etypes += [t.value for t in CORE_EDGE_TYPES]
        elif low == "all":
            ntypes += [t.value for t in NodeType]
            all_edges = True
        elif low in _NODE_TYPES:
            ntypes.append(_NODE_TYPES[low])
        elif word.upper() in _EDGE_TYPES or EDGE_TYPE_PATTERN.fullmatch(word):
            etypes.append(word.upper())  # a known type in any case, or an upper-case one
        else:
            raise ParameterError(f"types: unknown type {word!r} (node types: "
                                 f"{', '.join(t.value for t in NodeType)}; edge types such as "
                                 "DRIVES; or core, all)")
    if not ntypes and not etypes and not all_edges:
        raise ParameterError("types must name at least one type (or core, all)")
    return {"ntypes": sorted(set(ntypes or [t.value for t in NodeType])),
            "etypes": sorted(set(etypes)), "all_edges": all_edges or not etypes}


def chain(variants: dict[str, str]) -> Runner:
    def run(store: GraphStore, query: str, p: NameDepthParams) -> NamedResult:
        found = resolve(store, query, p.name)
        cy = named.with_depth(cypher_for(store, variants), p.depth)
        res = read(store, cy, {"ids": ids_of(found)})
        return finish(query, res, ["distance", "name", "type"], extra_ids=ids_of(found))

    return run


def direct(variants: dict[str, str], key: str) -> Runner:
    def run(store: GraphStore, query: str, p: QueryParams) -> NamedResult:
        found = resolve(store, query, getattr(p, key))
        res = read(store, cypher_for(store, variants),
                   {"ids": ids_of(found), "min_confidence": p.min_confidence})
        res = narrow_direct(store, query, p, res)
        return finish(query, res, ["name", "type", "sentence", "confidence"],
                      extra_ids=ids_of(found))

    return run


def _render_path(names: list[str], keys: list[Any], srcs: list[Any], types: list[str]) -> str:
    parts = [str(names[0])]
    for i, t in enumerate(types):
        arrow = f" -[{t}]-> " if srcs[i] == keys[i] else f" <-[{t}]- "
        parts.append(arrow + str(names[i + 1]))
    return "".join(parts)


def run_path(store: GraphStore, query: str, p: PathParams) -> NamedResult:
    src = resolve(store, query, p.source)
    dst = resolve(store, query, p.target)
    pairs = [(a, b) for a in src for b in dst if a.id != b.id]
    if not pairs:
        raise ParameterError(f"{query}: {p.source!r} and {p.target!r} name the same node")
    found: dict[str, tuple[int, list[str]]] = {}
    for a, b in pairs:
        cy = named.with_labels(named.with_depth(cypher_for(store, named.PATH), p.depth),
                               a.type, b.type)
        for r in read(store, cy, {"source": a.id, "target": b.id}).records():
            text = _render_path(r["names"], r["keys"], r["srcs"], r["types"])
            found[text] = (len(r["types"]), list(r["ids"]))
    if not found:
        return NamedResult(["length", "path"], [], query=query,
                           node_ids=list(dict.fromkeys([*ids_of(src), *ids_of(dst)])))
    shortest = min(n for n, _ in found.values())
    rows = sorted((n, text) for text, (n, _) in found.items() if n == shortest)
    ids = [i for text, (n, path_ids) in sorted(found.items()) if n == shortest
           for i in path_ids]
    return NamedResult(["length", "path"], [list(r) for r in rows], query=query,
                       node_ids=list(dict.fromkeys(ids)))


def run_central(store: GraphStore, query: str, p: CentralParams) -> NamedResult:
    res = read(store, cypher_for(store, named.CENTRAL), {"top": p.top, **type_params(p.types)})
    return finish(query, res, ["degree", "name", "type"], desc=["degree"])


def run_neighbors(store: GraphStore, query: str, p: TypedNameDepthParams) -> NamedResult:
    found = resolve(store, query, p.name)
    cy = named.with_depth(cypher_for(store, named.NEIGHBORS), p.depth)
    res = read(store, cy, {"ids": ids_of(found), **type_params(p.types)})
    return finish(query, res, ["distance", "name", "type"], extra_ids=ids_of(found))


#: the largest ``limit=`` of ``ask search`` (as :class:`SearchParams` checks it)
_SEARCH_LIMIT_MAX = next(m.le for m in SearchParams.model_fields["limit"].metadata
                         if getattr(m, "le", None) is not None)


def run_search(store: GraphStore, query: str, p: SearchParams) -> NamedResult:
    """The nodes whose name or an alias contains the text, the most mentioned first (ordered by
    name, a common word gave names that start with digits and quotes, not the ones a corpus is
    about); one row more than ``limit`` is read to say when more match."""
    res = read(store, cypher_for(store, named.SEARCH), {"text": p.text, "limit": p.limit + 1})
    more = len(res.rows) > p.limit
    if more:
        res = QueryResult(res.columns, res.rows[:p.limit])
    out = finish(query, res, ["mentions", "name", "type"], desc=["mentions"])
    if more:
        most = _SEARCH_LIMIT_MAX
        wider = (f"up to limit={most} shows more" if p.limit < most
                 else "a longer text narrows them")
        out.note = (f"more nodes match {p.text!r}: these are the {p.limit} most mentioned "
                    f"(limit={p.limit}; {wider})")
    return out


def run_stats(store: GraphStore, query: str, p: NoParams) -> NamedResult:
    return NamedResult(["kind", "label", "count"], stats_rows(store.stats()), query=query)
