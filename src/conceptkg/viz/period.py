"""The graph of one period: what the documents dated within ``since``..``until`` say.

The page's time slider hides what has no evidence in a range, but only among the nodes the view
already holds; a whole-corpus overview chooses those (the best connected) over every date. A view
of a period (``viz --since/--until``) is chosen from that period's documents alone, with their
counts and sentences.
"""

from __future__ import annotations

import logging

from conceptkg.errors import ParameterError
from conceptkg.graph.knowledge_graph import KnowledgeGraph
from conceptkg.graph.models import Edge, Node

__all__ = ["in_period", "period_bounds"]

log = logging.getLogger(__name__)


def period_bounds(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """``since`` and ``until`` (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, inclusive) as the first
    and last day they cover; a :class:`ParameterError` for a bad date or an empty range."""
    from conceptkg.queries.params import TimeParams, parse_params

    raw = {k: v for k, v in (("since", since), ("until", until)) if v is not None}
    checked = parse_params("viz", TimeParams, raw)
    return checked.since, checked.until


def _restricted(item: Node | Edge, docs: set[str]) -> Node | Edge | None:
    """A copy of ``item`` with the counts and evidence of ``docs`` only, and of a node the
    aliases those documents use (an alias only other periods' documents were seen with goes,
    as in a build of the period's documents; an alias with no record of its documents stays);
    None when they have none of it."""
    if not docs & set(item.counts):
        return None
    others = set(item.counts) - docs
    if not others:
        return item.model_copy()
    return item.without_documents(others)


def _drop_merges_of(item: Node | Edge, names: set[str]) -> None:
    """Forget on ``item`` (a copy) the automatic merges of names the period's documents do not
    use: a build of those documents would not have made them (users' corrections stay)."""
    notes = item.attributes.get("curated")
    if not isinstance(notes, list):
        return
    kept = [x for x in notes if not (isinstance(x, dict) and x.get("op") == "auto-merge"
                                     and x.get("from") not in names)]
    if len(kept) == len(notes):
        return
    item.attributes = {**item.attributes, "curated": kept}
    if not kept:
        item.attributes.pop("curated")


def in_period(kg: KnowledgeGraph, since: str | None, until: str | None) -> KnowledgeGraph:
    """The part of ``kg`` that the documents dated within ``since``..``until`` support: nodes
    and edges with counts and evidence of those documents only (undated documents are left
    out). Both None: ``kg`` itself. ``kg`` is not changed."""
    since, until = period_bounds(since, until)
    if since is None and until is None:
        return kg
    from conceptkg.queries.corpus import dated_within

    docs = {d.id for d in kg.documents.values() if dated_within(d.date, since, until)}
    if not docs:
        dates = sorted(d.date[:10] for d in kg.documents.values() if d.date)
        known = f" (the documents are dated {dates[0]} to {dates[-1]})" if dates else \
            " (no document has a date)"
        raise ParameterError(f"no dated document within {since or '…'} to {until or '…'}{known}")
    out = KnowledgeGraph()
    for node in kg.nodes():
        kept = _restricted(node, docs)
        if kept is not None:
            _drop_merges_of(kept, {kept.name, *kept.aliases})
            out.add_node(kept, copy=False)
    for edge in kg.edges():
        if out.nx.has_node(edge.source) and out.nx.has_node(edge.target):
            kept = _restricted(edge, docs)
            if kept is not None:
                ends = [out.node(edge.source), out.node(edge.target)]
                _drop_merges_of(kept, {x for n in ends for x in (n.name, *n.aliases)})
                out.add_edge(kept, copy=False)
    for doc_id in sorted(docs):
        out.add_document(kg.documents[doc_id])
    log.info("period %s to %s: %d documents, %d of %d nodes, %d of %d edges", since, until,
             len(docs), len(out), len(kg), out.number_of_edges, kg.number_of_edges)
    return out
