"""The named-query catalogue: the questions analysts ask, answered the same on every store.

``run_named(store, "drivers", {"name": "新质生产力", "depth": "2"})`` checks the parameters
(:mod:`.params`), finds the nodes a name stands for (canonical name or alias), runs the Cypher of
the store's dialect (:mod:`.named`) and returns rows in a canonical order, so that the embedded
store and Neo4j give identical results for the same graph.
"""

from __future__ import annotations

import difflib
import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..errors import ParameterError, QueryError
from ..graph.stores import GraphStore, QueryResult
from . import named
from .common import NamedResult
from .graph_runners import (
    Runner,
    chain,
    direct,
    run_central,
    run_neighbors,
    run_path,
    run_search,
    run_stats,
    type_params,
)
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
from .time_runners import run_documents, run_evidence, run_timeline

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


_q = NamedQuery


CATALOGUE: dict[str, NamedQuery] = {q.name: q for q in (
    _q("drivers", "What drives X: nodes with a DRIVES chain into X, nearest first.",
       NameDepthParams, "name=高质量发展 depth=3", chain(named.DRIVERS),
       "nothing drives {name!r} within depth {depth}"),
    _q("effects", "What X drives: nodes X reaches along DRIVES chains, nearest first.",
       NameDepthParams, "name=科技创新 depth=3", chain(named.EFFECTS),
       "{name!r} drives nothing within depth {depth}"),
    _q("parts", "What X includes (its INCLUDES edges).",
       NameTimeParams, "name=新质生产力", direct(named.PARTS, "name"),
       "{name!r} includes nothing (no INCLUDES edge from it)"),
    _q("part-of", "What includes X (INCLUDES edges into X).",
       NameTimeParams, "name=数据", direct(named.PART_OF, "name"),
       "nothing includes {name!r} (no INCLUDES edge into it)"),
    _q("initiatives", "What an organization implements (its IMPLEMENTS edges).",
       OrgTimeParams, "org=恒拓集团", direct(named.INITIATIVES, "org"),
       "{org!r} implements nothing (no IMPLEMENTS edge from it)"),
    _q("implementers", "Who implements an initiative (IMPLEMENTS edges into it).",
       InitiativeTimeParams, "initiative=智慧港口建设",
       direct(named.IMPLEMENTERS, "initiative"),
       "nobody implements {initiative!r} (no IMPLEMENTS edge into it)"),
    _q("neighbors", "Nodes within N hops of X along edges of the given types (default: core), "
       "either direction.",
       TypedNameDepthParams, "name=恒拓集团 depth=1", run_neighbors,
       "{name!r} has no neighbours within depth {depth}"),
    _q("path", "Shortest connections between A and B, any edge direction (all ties).",
       PathParams, "from=人工智能 to=新质生产力", run_path,
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
       CentralParams, "top=10", run_central,
       "the graph has no nodes"),
    _q("search", "Nodes whose name or an alias contains the text (any case), the most "
       "mentioned first.",
       SearchParams, "text=港口", run_search,
       "no node's name or alias contains {text!r}"),
    _q("stats", "Counts of nodes by label, edges by type, documents, and their dates.",
       NoParams, "", run_stats),
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
        msg = query.empty.format(**checked.model_dump())
        msg = _below_threshold(store, query, checked, msg)
        if getattr(checked, "filtered", False) and "selected" not in msg:
            given = " ".join(f"{k}={(params or {})[k]}" for k in ("since", "until", "doc")
                             if (params or {}).get(k))
            msg += f" in the documents selected ({given})"  # the edge may be elsewhere
        result.empty_message = msg
    return result


def _below_threshold(store: GraphStore, query: NamedQuery, checked: Any, msg: str) -> str:
    """``msg`` saying that edges exist below ``min_confidence`` when they do, instead of that
    there are none."""
    threshold = getattr(checked, "min_confidence", 0.0)
    if not threshold:
        return msg
    rows = query.runner(store, query.name, checked.model_copy(
        update={"min_confidence": 0.0})).records()
    if not rows:
        return msg
    best = max(float(r.get("confidence") or 0.0) for r in rows)
    head = msg.split(" (no ", 1)[0]
    return (f"{head} at min_confidence={threshold:g} ({len(rows)} edge(s) below that "
            f"threshold, the strongest {best:.2f})")


def result_graph(store: GraphStore, result: QueryResult) -> KnowledgeGraph:
    """The stored subgraph on the nodes a named result is about (for ``--html``). An answer
    with rows but no node (``stats``, ``documents`` without ``name``) has nothing to draw: a
    :class:`ParameterError` (an empty page would call the graph empty)."""
    from ..graph.knowledge_graph import KnowledgeGraph

    ids = set(getattr(result, "node_ids", ()) or ())
    sub = KnowledgeGraph()
    if not ids and result.rows:
        raise ParameterError("--html: nothing to draw (the answer names no node; --html draws "
                             "the nodes an answer is about)")
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
