"""The named-query catalogue: the questions analysts ask, answered the same on every store.

``run_named(store, "drivers", {"name": "新质生产力", "depth": "2"})`` checks the parameters
(:mod:`.params`), finds the nodes a name stands for (canonical name or alias), runs the Cypher of
the store's dialect (:mod:`.named`) and returns rows in a canonical order, so that the embedded
store and Neo4j give identical results for the same graph.
"""

from __future__ import annotations

import difflib
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..errors import ParameterError, QueryError
from ..graph.models import CORE_EDGE_TYPES, CORE_NODE_TYPES, EdgeType, NodeType
from ..graph.stores import GraphStore, QueryResult
from . import named
from .common import NamedResult
from .common import cypher_for as _cypher
from .common import ids_of as _ids
from .common import read as _read
from .common import resolve as _resolve
from .common import sort_key as _sort_key
from .params import (
    CentralParams,
    DocumentsParams,
    EvidenceParams,
    InitiativeTimeParams,
    NameDepthParams,
    NameTimeParams,
    NoParams,
    OrgTimeParams,
    ParamSpec,
    PathParams,
    QueryParams,
    SearchParams,
    TimelineParams,
    TypedNameDepthParams,
    param_specs,
    parse_params,
)
from .time_runners import narrow_direct, run_documents, run_evidence, run_timeline

if TYPE_CHECKING:
    from ..graph.knowledge_graph import KnowledgeGraph

__all__ = [
    "NamedQuery",
    "NamedResult",
    "CATALOGUE",
    "list_queries",
    "get_query",
    "run_named",
    "result_graph",
    "type_params",
]

log = logging.getLogger(__name__)

_NODE_TYPES = {t.value.lower(): t.value for t in NodeType}
_EDGE_TYPES = {t.value for t in EdgeType}
_EDGE_TYPE = re.compile(r"[A-Z][A-Z0-9_]{0,40}")


Runner = Callable[[GraphStore, str, Any], NamedResult]


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    model: type[QueryParams]
    example: str
    runner: Runner = field(repr=False, compare=False)
    #: what an empty result means, formatted with the checked parameters (by field name)
    empty: str = "no result"

    @property
    def params(self) -> dict[str, ParamSpec]:
        """Parameter name → description, whether required, default."""
        return param_specs(self.model)

    def usage_params(self) -> list[str]:
        """``["name=NAME", "[depth=2]"]``: how the parameters are written."""
        return [f"{k}={k.upper()}" if s.required
                else f"[{k}={k.upper() if s.default is None else s.default}]"
                for k, s in self.params.items()]

    @property
    def usage(self) -> str:
        return " ".join([self.name, *self.usage_params()])


def _finish(query: str, res: QueryResult, order: Sequence[str], *, desc: Sequence[str] = (),
            extra_ids: Sequence[str] = ()) -> NamedResult:
    """Drop the hidden ``id`` column, keep it in ``node_ids``, sort rows canonically."""
    recs = res.records()
    for col in desc:
        for r in recs:
            r[f"__neg_{col}"] = -r[col] if r[col] is not None else None
    keys = [f"__neg_{c}" if c in desc else c for c in order]
    recs.sort(key=lambda r: tuple(_sort_key(r.get(k)) for k in [*keys, "id"]))
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
        elif word.upper() in _EDGE_TYPES or _EDGE_TYPE.fullmatch(word):
            etypes.append(word.upper())  # a known type in any case, or an upper-case one
        else:
            raise ParameterError(f"types: unknown type {word!r} (node types: "
                                 f"{', '.join(t.value for t in NodeType)}; edge types such as "
                                 "DRIVES; or core, all)")
    if not ntypes and not etypes and not all_edges:
        raise ParameterError("types must name at least one type (or core, all)")
    return {"ntypes": sorted(set(ntypes or [t.value for t in NodeType])),
            "etypes": sorted(set(etypes)), "all_edges": all_edges or not etypes}


# -- runners ---------------------------------------------------------------------------------------
def _chain(variants: dict[str, str]) -> Runner:
    def run(store: GraphStore, query: str, p: NameDepthParams) -> NamedResult:
        found = _resolve(store, query, p.name)
        cy = named.with_depth(_cypher(store, variants), p.depth)
        res = _read(store, cy, {"ids": _ids(found)})
        return _finish(query, res, ["distance", "name", "type"], extra_ids=_ids(found))

    return run


def _direct(variants: dict[str, str], key: str) -> Runner:
    def run(store: GraphStore, query: str, p: QueryParams) -> NamedResult:
        found = _resolve(store, query, getattr(p, key))
        res = _read(store, _cypher(store, variants),
                    {"ids": _ids(found), "min_confidence": p.min_confidence})
        res = narrow_direct(store, query, p, res)
        return _finish(query, res, ["name", "type", "sentence", "confidence"],
                       extra_ids=_ids(found))

    return run


def _render_path(names: list[str], keys: list[Any], srcs: list[Any], types: list[str]) -> str:
    parts = [str(names[0])]
    for i, t in enumerate(types):
        arrow = f" -[{t}]-> " if srcs[i] == keys[i] else f" <-[{t}]- "
        parts.append(arrow + str(names[i + 1]))
    return "".join(parts)


def _run_path(store: GraphStore, query: str, p: PathParams) -> NamedResult:
    src = _resolve(store, query, p.source)
    dst = _resolve(store, query, p.target)
    pairs = [(a, b) for a in src for b in dst if a.id != b.id]
    if not pairs:
        raise ParameterError(f"{query}: {p.source!r} and {p.target!r} name the same node")
    found: dict[str, tuple[int, list[str]]] = {}
    for a, b in pairs:
        cy = named.with_labels(named.with_depth(_cypher(store, named.PATH), p.depth),
                               a.type, b.type)
        for r in _read(store, cy, {"source": a.id, "target": b.id}).records():
            text = _render_path(r["names"], r["keys"], r["srcs"], r["types"])
            found[text] = (len(r["types"]), list(r["ids"]))
    if not found:
        return NamedResult(["length", "path"], [], query=query,
                           node_ids=list(dict.fromkeys([*_ids(src), *_ids(dst)])))
    shortest = min(n for n, _ in found.values())
    rows = sorted((n, text) for text, (n, _) in found.items() if n == shortest)
    ids = [i for text, (n, path_ids) in sorted(found.items()) if n == shortest
           for i in path_ids]
    return NamedResult(["length", "path"], [list(r) for r in rows], query=query,
                       node_ids=list(dict.fromkeys(ids)))


def _run_central(store: GraphStore, query: str, p: CentralParams) -> NamedResult:
    res = _read(store, _cypher(store, named.CENTRAL), {"top": p.top, **type_params(p.types)})
    return _finish(query, res, ["degree", "name", "type"], desc=["degree"])


def _run_neighbors(store: GraphStore, query: str, p: TypedNameDepthParams) -> NamedResult:
    found = _resolve(store, query, p.name)
    cy = named.with_depth(_cypher(store, named.NEIGHBORS), p.depth)
    res = _read(store, cy, {"ids": _ids(found), **type_params(p.types)})
    return _finish(query, res, ["distance", "name", "type"], extra_ids=_ids(found))


def _run_search(store: GraphStore, query: str, p: SearchParams) -> NamedResult:
    res = _read(store, _cypher(store, named.SEARCH), {"text": p.text, "limit": p.limit})
    return _finish(query, res, ["name", "type"])


def _run_stats(store: GraphStore, query: str, p: NoParams) -> NamedResult:
    s = store.stats()
    rows = [["node", k, int(v)] for k, v in sorted(s["nodes"].items())]
    rows += [["edge", k, int(v)] for k, v in sorted(s["edges"].items())]
    rows.append(["document", "Document", int(s["documents"])])
    dates = s.get("dates") or {}
    rows += [["dates", k, dates[k]] for k in ("first", "last", "undated") if k in dates]
    return NamedResult(["kind", "label", "count"], rows, query=query)


_q = NamedQuery


CATALOGUE: dict[str, NamedQuery] = {q.name: q for q in (
    _q("drivers", "What drives X: nodes with a DRIVES chain into X, nearest first.",
       NameDepthParams, "name=高质量发展 depth=3", _chain(named.DRIVERS),
       "nothing drives {name!r} within depth {depth}"),
    _q("effects", "What X drives: nodes X reaches along DRIVES chains, nearest first.",
       NameDepthParams, "name=科技创新 depth=3", _chain(named.EFFECTS),
       "{name!r} drives nothing within depth {depth}"),
    _q("parts", "What X includes (its INCLUDES edges).",
       NameTimeParams, "name=新质生产力", _direct(named.PARTS, "name"),
       "{name!r} includes nothing (no INCLUDES edge from it)"),
    _q("part-of", "What includes X (INCLUDES edges into X).",
       NameTimeParams, "name=数据", _direct(named.PART_OF, "name"),
       "nothing includes {name!r} (no INCLUDES edge into it)"),
    _q("initiatives", "What an organization implements (its IMPLEMENTS edges).",
       OrgTimeParams, "org=中国邮政", _direct(named.INITIATIVES, "org"),
       "{org!r} implements nothing (no IMPLEMENTS edge from it)"),
    _q("implementers", "Who implements an initiative (IMPLEMENTS edges into it).",
       InitiativeTimeParams, "initiative=数字邮政建设",
       _direct(named.IMPLEMENTERS, "initiative"),
       "nobody implements {initiative!r} (no IMPLEMENTS edge into it)"),
    _q("neighbors", "Nodes within N hops of X along edges of the given types (default: core), "
       "either direction.",
       TypedNameDepthParams, "name=安徽邮政 depth=1", _run_neighbors,
       "{name!r} has no neighbours within depth {depth}"),
    _q("path", "Shortest connections between A and B, any edge direction (all ties).",
       PathParams, "from=人工智能 to=新质生产力", _run_path,
       "no path between {source!r} and {target!r} within depth {depth}"),
    _q("evidence", "The sentences behind the edges between A and B, with document (file "
       "name, title, date) and offsets; since=/until=/doc= narrow the documents.",
       EvidenceParams, "from=科技创新 to=新质生产力 since=2024-03", run_evidence,
       "no edge between {source!r} and {target!r}"),
    _q("timeline", "How often X was mentioned per month (by=year: per year), in how many "
       "documents, first and last seen.",
       TimelineParams, "name=新质生产力 by=month", run_timeline,
       "{name!r} has no dated mentions in the documents selected"),
    _q("documents", "The documents with dates; name=X: those mentioning X; from=A to=B: those "
       "supporting the edges between A and B; with exact counts.",
       DocumentsParams, "name=新质生产力 since=2024-03-01 until=2024-06-30", run_documents,
       "no document matches"),
    _q("central", "The most connected nodes (edges in and out, of the given types; default: "
       "core).",
       CentralParams, "top=10", _run_central,
       "the graph has no nodes"),
    _q("search", "Nodes whose name or an alias contains the text (any case).",
       SearchParams, "text=邮政", _run_search,
       "no node's name or alias contains {text!r}"),
    _q("stats", "Counts of nodes by label, edges by type, documents, and their dates.",
       NoParams, "", _run_stats),
)}


def list_queries() -> list[NamedQuery]:
    """The catalogue, in the order it is documented."""
    return list(CATALOGUE.values())


def get_query(name: str) -> NamedQuery:
    try:
        return CATALOGUE[name]
    except KeyError:
        close = difflib.get_close_matches(name, list(CATALOGUE), n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        raise ParameterError(f"unknown query {name!r}{hint} (see: conceptkg ask --list)") \
            from None


def run_named(store: GraphStore, name: str, params: dict[str, Any] | None = None) -> NamedResult:
    """Run the named query ``name`` with ``params`` (strings as typed: ``{"depth": "2"}``)."""
    query = get_query(name)
    checked = parse_params(name, query.model, params or {})
    try:
        result = query.runner(store, name, checked)
    except QueryError as exc:
        raise QueryError(f"{name}: {exc}") from exc
    log.debug("%s: %d rows", name, len(result.rows))
    if not result.rows:
        result.empty_message = query.empty.format(**checked.model_dump())
    return result


def result_graph(store: GraphStore, result: QueryResult) -> KnowledgeGraph:
    """The stored subgraph on the nodes a named result is about (for ``--html``)."""
    from ..graph.knowledge_graph import KnowledgeGraph

    ids = set(getattr(result, "node_ids", ()) or ())
    sub = KnowledgeGraph()
    if not ids:
        return sub
    kg = store.read_graph(with_text=False)
    for node in kg.nodes():
        if node.id in ids:
            sub.add_node(node)
    for edge in kg.edges():
        if edge.source in ids and edge.target in ids:
            sub.add_edge(edge)
    used = {ev.document for n in sub.nodes() for ev in n.evidence}
    for doc_id in sorted(used & set(kg.documents)):
        sub.add_document(kg.documents[doc_id])
    return sub
