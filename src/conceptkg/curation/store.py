"""Corrections applied to a store: the stored graph is read, corrected in memory, and only what
changed is written back, in one transaction (nodes first, then deleted edges and nodes, then
edges). Both stores run the same Cypher, so Neo4j and the embedded database end equal."""

from __future__ import annotations

import functools
import json
import logging
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from ..graph.knowledge_graph import KnowledgeGraph
from ..graph.models import normalize_name
from ..graph.stores import GraphStore
from ..graph.stores import statements as st
from ..graph.stores.plan import WritePlan
from ..graph.stores.replace import user_note
from ..graph.stores.schema import EDGE, checked_label, checked_rel_type
from .apply import CurationReport, apply_curation
from .entries import Curation, Entry
from .resolve import RESOLVED_TYPES, name_key, rules
from .respell import respellable

__all__ = ["CURATED_EDGES", "CURATED_NODES", "DOCUMENTS_MENTIONING", "EVIDENCE_NAMING",
           "TEXTLESS_DOCUMENTS",
           "NODE_EVIDENCE", "NODE_SPELLINGS", "NOTED_NODES", "documents_naming_in",
           "NODE_ID_NAMES", "NODE_NAMES", "apply_to_store", "check_store",
           "alias_holders", "corrections_elsewhere", "merge_holds", "types_named",
           "working_graph"]

log = logging.getLogger(__name__)

#: how many stored documents mention a name (for telling a rejection that holds from a stale one)
DOCUMENTS_MENTIONING = "MATCH (d:Document) WHERE d.text CONTAINS $name RETURN count(d) AS n"
#: the documents stored without their text
TEXTLESS_DOCUMENTS = "MATCH (d:Document) WHERE d.text IS NULL OR d.text = '' RETURN d.id AS id"
#: how many nodes of a label have an evidence sentence holding a name (a checked label)
EVIDENCE_NAMING = "MATCH (n:{label}) WHERE n.evidence CONTAINS $name RETURN count(n) AS n"
#: the id, name and aliases of the nodes of a label that have aliases (formatted with a checked
#: label)
NODE_SPELLINGS = ("MATCH (n:{label}) WHERE size(n.aliases) > 0 "
                  "RETURN n.id AS id, n.name AS name, n.aliases AS aliases")
#: every node's id and name (formatted with a checked label)
NODE_ID_NAMES = "MATCH (n:{label}) RETURN n.id AS id, n.name AS name"
#: the evidence text (JSON) of some nodes (formatted with a checked label)
NODE_EVIDENCE = "UNWIND $ids AS x MATCH (n:{label} {{id: x}}) RETURN n.id AS id, n.evidence AS ev"
#: the names of the nodes of a label (formatted with a checked label)
NODE_NAMES = (
    "WITH $names AS ns MATCH (n:{label}) WHERE n.name IN ns OR any(a IN n.aliases WHERE a IN ns) "
    "RETURN n.id AS id, n.name AS name, n.aliases AS aliases"
)

#: the attributes of the nodes (edges) of a label (type) that record a correction (formatted
#: with a checked label or type)
CURATED_NODES = "MATCH (n:{label}) WHERE n.attributes CONTAINS $needle RETURN n.attributes"
CURATED_EDGES = "MATCH ()-[e:{rel}]->() WHERE e.attributes CONTAINS $needle RETURN e.attributes"
#: the ids of the nodes of a label whose attributes hold a text (formatted with a checked label)
NOTED_NODES = "MATCH (n:{label}) WHERE n.attributes CONTAINS $needle RETURN n.id AS id"


def corrections_elsewhere(store: GraphStore, cur: Curation) -> list[str]:
    """The corrections the stored graph records (on its nodes and edges; automatic resolution
    left aside) that ``cur`` does not hold: the store was corrected with another file (a
    ``--curation`` given to an earlier command), whose corrections a rebuild with ``cur``
    undoes."""
    mine = {(e.op, e.describe()) for e in cur.entries}
    found: set[str] = set()
    queries = [CURATED_NODES.format(label=checked_label(lab))
               for lab in sorted(store._node_labels_present())]
    queries += [CURATED_EDGES.format(rel=checked_rel_type(rel))
                for rel in store._edge_types_present()]
    for q in queries:
        for (text,) in store._run_read(q, {"needle": '"curated"'}).rows:
            try:
                notes = json.loads(text or "{}").get("curated") or []
            except (ValueError, AttributeError):
                continue
            found.update(n["what"] for n in notes if user_note(n) and "what" in n
                         and (n.get("op"), n["what"]) not in mine)
    return sorted(found)


def _mentioned(store: GraphStore) -> Callable[[str], bool]:
    """Whether a stored document contains a name: its text, or for a document stored without
    its text (an import of an export without texts), the evidence sentences stored (a rejected
    node's name is in the sentences of the other things those documents name)."""
    naming = _naming(store)

    @functools.cache
    def textless() -> bool:
        return bool(store._run_read(TEXTLESS_DOCUMENTS).rows)

    def mentioned(name: str) -> bool:
        if naming(name):
            return True
        return textless() and any(
            store._run_read(EVIDENCE_NAMING.format(label=checked_label(lab)),
                            {"name": name}).rows[0][0]
            for lab in sorted(store._node_labels_present()))
    return mentioned


def documents_naming_in(store: GraphStore, kg: KnowledgeGraph | None = None
                        ) -> Callable[[str], int]:
    """How many stored documents contain a name (for :func:`.apply.apply_curation`); a
    document stored without its text (an import of an export without texts) by the evidence
    sentences ``kg`` holds from it."""
    return _naming(store, kg)


def _naming(store: GraphStore, kg: KnowledgeGraph | None = None) -> Callable[[str], int]:
    """How many stored documents contain a name (each name read once). A document without
    its text contains a name when one of its sentences among the evidence of ``kg`` does:
    without that, every name would be in no document, and resolution would rename a merged
    body to its shortest name on an import of an export without texts."""
    sentences: dict[str, set[str]] = defaultdict(set)
    textless = {r[0] for r in store._run_read(TEXTLESS_DOCUMENTS).rows} if kg is not None \
        else set()
    for item in [*(kg.nodes() if textless and kg is not None else ()),
                 *(kg.edges() if textless and kg is not None else ())]:
        for e in item.evidence:
            if e.document in textless:
                sentences[e.document].add(e.sentence)

    @functools.cache
    def naming(name: str) -> int:
        found = int(store._run_read(DOCUMENTS_MENTIONING, {"name": name}).rows[0][0])
        return found + sum(any(name in x for x in ss) for ss in sentences.values())
    return naming


def working_graph(store: GraphStore, cur: Curation) -> KnowledgeGraph:
    """The part of the stored graph ``cur`` can touch: the nodes of the types entity
    resolution works on, the nodes of any type with another spelling of their name among
    their aliases (:mod:`.respell`), the nodes the entries name (by name or alias, any type),
    and every edge at one of them (with its other end). Reading only that keeps an incremental
    build cheap on a large graph."""
    raw = {x for e in cur.entries for x in (e.name, e.into, e.to, e.alias, e.source, e.target)
           if x}
    names = {normalize_name(x) for x in raw}
    params = {"names": sorted(raw | names)}
    kg = KnowledgeGraph()
    for lab in sorted(store._node_labels_present()):
        ids = set(_named(store, lab, names, params)) if names else set()
        ids |= _respellable(store, lab)  # (with or without resolution: .respell)
        if cur.resolve and lab in RESOLVED_TYPES:  # (and the bodies automatic merges made: a
            # remove may have taken their documents away)
            ids |= _resolvable(store, lab) | {r["id"] for r in store._run_read(
                NOTED_NODES.format(label=checked_label(lab)),
                {"needle": '"auto-merge"'}).records()}
        if not ids:
            continue
        nodes = list(store.fetch_nodes(lab, sorted(ids)))
        for node in nodes:
            kg.add_node(node, copy=False)
    ids = sorted(n.id for n in kg.nodes())
    if not ids:
        return kg
    edges, missing = [], defaultdict(set)
    for rel in store._edge_types_present():
        for rec in store._run_read(st.edges_at_nodes(store.dialect, rel),
                                   {"ids": ids}).records():
            edges.append(EDGE.from_row(rec, rel))
            for end, lab in ((rec["source"], rec["src_label"]), (rec["target"], rec["dst_label"])):
                if not kg.has_node(end):
                    missing[lab].add(end)
    for lab, more in sorted(missing.items()):
        for node in store.fetch_nodes(lab, sorted(more)):
            kg.add_node(node, copy=False)
    for e in edges:
        kg.add_edge(e, copy=False)
    return kg


def _named(store: GraphStore, label: str, names: set[str], params: dict[str, Any]
           ) -> list[str]:
    """The ids of the nodes of ``label`` named (or aliased) one of ``names``."""
    return [r["id"] for r in store._run_read(NODE_NAMES.format(label=checked_label(label)),
                                             params).records()
            if names & {normalize_name(x) for x in (r["name"] or "", *(r["aliases"] or ()))}]


def _respellable(store: GraphStore, label: str) -> set[str]:
    """The ids of the nodes of ``label`` with another spelling of their name as an alias."""
    return {r["id"] for r in store._run_read(NODE_SPELLINGS.format(label=checked_label(label))
                                             ).records()
            if respellable(r["name"] or "", r["aliases"] or ())}


def _resolvable(store: GraphStore, label: str) -> set[str]:
    """The nodes of ``label`` that entity resolution (:func:`.resolve.auto_resolve`) may
    change, found without reading the others in full: those whose name key another node
    shares, and the government bodies whose sentences may name a foreign body of the same name
    (a country right before the name in their evidence text), with the nodes such a foreign
    body would join. On a graph where nothing is to be resolved, only names are read."""
    r = rules()
    keys: dict[str, list[str]] = defaultdict(list)
    bodies: dict[str, str] = {}
    for nid, name in store._run_read(NODE_ID_NAMES.format(label=checked_label(label))).rows:
        keys[name_key(name, r)[0]].append(nid)
        if r.is_government(name) and not r.country(name)[0]:
            bodies[nid] = name
    out = {nid for ids in keys.values() if len(ids) > 1 for nid in ids}
    for nid, text in store._run_read(NODE_EVIDENCE.format(label=checked_label(label)),
                                     {"ids": sorted(bodies)}).rows:
        name, text = bodies[nid], text or ""
        found = set()
        i = text.find(name)
        while i >= 0:
            found.update(c for c in r.countries if text.endswith(c, 0, i))
            i = text.find(name, i + 1)
        if found or '"' in name or "\\" in name:  # (JSON escapes: read it in full)
            out.add(nid)
            for country in found:
                out.update(keys.get(name_key(country + name, r)[0], ()))
    return out


def check_store(store: GraphStore, cur: Curation) -> CurationReport:
    """What each entry would do on the stored graph (nothing is written)."""
    kg = working_graph(store, cur)
    return apply_curation(kg, cur, mentioned=_mentioned(store), naming=_naming(store, kg))


def apply_to_store(store: GraphStore, cur: Curation) -> CurationReport:
    """Apply ``cur`` to the stored graph; returns what each entry did. Stale entries are in
    the report (the CLI says each once); the log has them at debug level only. Even a file
    with no entries and ``resolve: false`` chooses the spelling of each node spelt several
    ways (:mod:`.respell`), so that the order of builds does not."""
    with store.exclusive():  # no other client writes between the reads and the writes
        kg = working_graph(store, cur)
        report = apply_curation(kg, cur, mentioned=_mentioned(store),
                                naming=_naming(store, kg))
        if report.changes:
            _write_changes(store, kg, report)
    for r in report.stale:
        log.debug("correction matches nothing: %s (%s)", r.entry.describe(), r.detail)
    return report


def _write_changes(store: GraphStore, kg: KnowledgeGraph, report: CurationReport) -> None:
    ch = report.changes
    store.ensure_schema(sorted({k[1] for k in ch.edges}))
    plan = WritePlan(store.batch_size)
    upsert: dict[str, list] = defaultdict(list)
    delete: dict[str, list[str]] = defaultdict(list)
    for nid in sorted(ch.nodes):
        if kg.has_node(nid):
            upsert[kg.node(nid).type].append(kg.node(nid))
        if nid in ch.node_labels and not kg.has_node(nid):
            delete[ch.node_labels[nid]].append(nid)
    for lab, nodes in sorted(upsert.items()):
        plan.upsert_nodes(lab, nodes)
    gone: dict[tuple[str, str, str], list[tuple[str, str]]] = defaultdict(list)
    new: dict[tuple[str, str, str], list] = defaultdict(list)
    for key in sorted(ch.edges):
        s, rel, t = key
        edge = kg.get_edge(s, rel, t) if kg.has_node(s) and kg.has_node(t) else None
        if edge is not None:
            new[(rel, kg.node(s).type, kg.node(t).type)].append(edge)
        elif key in ch.edge_labels:
            src, dst = ch.edge_labels[key]
            gone[(rel, src, dst)].append((s, t))
    for (rel, src, dst), ends in sorted(gone.items()):
        plan.delete_edges(rel, src, dst, ends)
    for lab, ids in sorted(delete.items()):
        plan.delete_nodes(lab, ids)
    for (rel, src, dst), edges in sorted(new.items()):
        plan.upsert_edges(rel, src, dst, edges)
    log.debug("curation: writing %d nodes, %d edges", len(ch.nodes), len(ch.edges))
    store._run_write_atomic(plan.batches())


def types_named(store: GraphStore, name: str, label: str = "") -> list[str]:
    """The types (labels) of the stored nodes named ``name`` (normalized; aliases aside), of
    ``label`` only when given, sorted."""
    key = normalize_name(name)
    labels = [label] if label else sorted(store._node_labels_present())
    return [lab for lab in labels if label in ("", lab) and any(
        normalize_name(r["name"] or "") == key
        for r in store._run_read(NODE_NAMES.format(label=checked_label(lab)),
                                 {"names": sorted({name, key})}).records())]


def alias_holders(store: GraphStore, name: str, label: str = "") -> list[tuple[str, str]]:
    """(type, name) of the stored nodes that have ``name`` (normalized) as an alias, of
    ``label`` only when given, sorted."""
    key = normalize_name(name)
    labels = [label] if label else sorted(store._node_labels_present())
    return sorted((lab, r["name"]) for lab in labels if label in ("", lab)
                  for r in store._run_read(NODE_NAMES.format(label=checked_label(lab)),
                                           {"names": sorted({name, key})}).records()
                  if key in {normalize_name(a) for a in r["aliases"] or ()})


def merge_holds(store: GraphStore, entry: Entry) -> str:
    """Why a ``merge A B`` would change nothing: A is already an alias of B in the store and
    no node of its own is named A; else ''."""
    if entry.op != "merge" or not entry.name or not entry.into:
        return ""
    a, b = normalize_name(entry.name), normalize_name(entry.into)
    if a == b:
        return ""
    labels = [entry.type] if entry.type else sorted(store._node_labels_present())
    aliased = False
    for lab in labels:
        rows = store._run_read(NODE_NAMES.format(label=checked_label(lab)),
                               {"names": sorted({entry.name, entry.into, a, b})}).records()
        for r in rows:
            name = normalize_name(r["name"] or "")
            if name == a:
                return ""  # A is a node of its own: the merge does something
            if name == b and a in {normalize_name(x) for x in r["aliases"] or ()}:
                aliased = True
    return f"{entry.name} is already an alias of {entry.into}" if aliased else ""
