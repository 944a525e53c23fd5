"""GraphML and GEXF (through networkx), for Gephi, Cytoscape, yEd, networkx and igraph.

Both files hold the whole graph: node ids are conceptkg ids and ``label`` is the node's name;
every edge has its own id (the conceptkg edge id) and its type as ``label`` and ``relation`` (GEXF
reserves ``type`` for directed/undirected). Counts (``mentions``, ``weight``), ``confidence``,
``rules``, ``documents`` and the evidence (sentence, document, offsets, rule) are attributes;
lists and maps are JSON text since neither format has list values (characters XML cannot hold are
``\\uXXXX`` escapes there; a name with such a character keeps its exact text in ``name``). The
documents (every field but their text) travel as graph data in GraphML and in the
``<meta><description>`` of GEXF.

:func:`read_graphml` and :func:`read_gexf` read such files back into a :class:`KnowledgeGraph`;
:func:`graph_from_attributes` does the same from plain attribute dicts (e.g. igraph's).
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, TypeVar

import networkx as nx
from pydantic import ValidationError

from ..errors import InputError
from .io_atomic import atomic_path
from .io_json import invalid_item
from .knowledge_graph import KnowledgeGraph
from .models import Document, Edge, Evidence, Node

__all__ = ["graph_from_attributes", "interchange_graph", "read_gexf", "read_graphml",
           "write_gexf", "write_graphml"]

_GEXF_NS = "{http://www.gexf.net/1.2draft}"
T = TypeVar("T")


#: characters XML 1.0 cannot hold, and ``\r`` (XML parsers turn it into ``\n``)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\r\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _json(value: Any) -> str:
    """JSON text that XML can hold: the characters it cannot are ``\\uXXXX`` escapes (they only
    occur inside JSON strings, so this is still the same JSON)."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return _NOT_XML.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)


def _label(name: str) -> dict[str, str]:
    """``label`` for the name, plus the exact ``name`` as JSON when XML cannot hold it as is."""
    if not _NOT_XML.search(name):
        return {"label": name}
    return {"label": _NOT_XML.sub("\ufffd", name), "name": _json(name)}


def _evidence(evidence: list[Evidence]) -> str:
    return _json([e.model_dump() for e in evidence])


def _documents_json(kg: KnowledgeGraph) -> str:
    return _json([d.model_dump(exclude={"text"})
                  for d in sorted(kg.documents.values(), key=lambda d: d.id)])


def interchange_graph(kg: KnowledgeGraph, *, edge_ids: bool = False) -> nx.MultiDiGraph:
    """``kg`` as a networkx graph with flat attributes only (str, int, float): what GraphML and
    GEXF files hold. Edge keys are edge ids (GraphML writes them as ids); ``edge_ids`` adds them
    as an ``id`` attribute too (which GEXF writes as the id)."""
    g = nx.MultiDiGraph()
    for n in kg.nodes():
        g.add_node(n.id, **_label(n.name), type=str(n.type), aliases=_json(n.aliases),
                   attributes=_json(n.attributes), mentions=n.mentions,
                   documents=_json(n.documents), counts=_json(n.counts),
                   alias_docs=_json(n.alias_docs), evidence=_evidence(n.evidence))
    for e in kg.edges():
        g.add_edge(e.source, e.target, key=e.id, label=e.type, relation=e.type,
                   # (an edge a user added has no sentence: its note is its one piece of
                   # evidence, and Gephi drops or hides an edge of weight 0)
                   weight=max(e.mentions, 1), mentions=e.mentions,
                   confidence=float(e.confidence), rules=_json(e.rules),
                   documents=_json(e.documents), counts=_json(e.counts),
                   attributes=_json(e.attributes), evidence=_evidence(e.evidence))
        if edge_ids:
            g.edges[e.source, e.target, e.id]["id"] = e.id
    return g


def write_graphml(kg: KnowledgeGraph, path: str | Path) -> Path:
    g = interchange_graph(kg)
    g.graph["documents"] = _documents_json(kg)
    with atomic_path(path) as tmp:
        nx.write_graphml(g, str(tmp))
    return Path(path)


def write_gexf(kg: KnowledgeGraph, path: str | Path) -> Path:
    writer = nx.readwrite.gexf.GEXFWriter(encoding="utf-8", prettyprint=True, version="1.2draft")
    writer.add_graph(interchange_graph(kg, edge_ids=True))
    meta = writer.xml.find("meta")
    if meta is None:  # pragma: no cover - networkx always writes one
        meta = ET.SubElement(writer.xml, "meta")
    ET.SubElement(meta, "description").text = _documents_json(kg)
    with atomic_path(path) as tmp:
        writer.write(str(tmp))
    return Path(path)


def _loads(value: Any, default: Any) -> Any:
    if value is None or value == "" or (isinstance(value, float) and value != value):
        return default
    return json.loads(value)


def _need(attrs: Mapping[str, Any], key: str, what: str) -> Any:
    """The attribute ``key`` that every conceptkg export gives ``what``; a graph made by other
    tools (networkx, Gephi) lacks them: an InputError naming the attribute and the element."""
    if key not in attrs:
        raise InputError(f"{what} has no {key!r} attribute (a conceptkg export gives every "
                         "node a label and a type, every edge a relation)")
    return attrs[key]


def _valid(make: Callable[[], T], what: str) -> T:
    """``make()``; a field the model refuses is one line naming ``what`` and the field."""
    try:
        return make()
    except ValidationError as exc:
        raise invalid_item(exc, what) from None


def _attr(attrs: Mapping[str, Any], key: str, default: Any, what: str) -> Any:
    """The JSON-text attribute ``key`` of ``what``; text that is no JSON is an InputError
    naming the attribute (a program that rewrote the file made it plain text)."""
    try:
        return _loads(attrs.get(key), default)
    except ValueError:
        raise InputError(f"{what}: attribute {key!r} is not the JSON text a conceptkg export "
                         f"writes ({str(attrs.get(key))[:40]!r})") from None


def _name(i: Any, attrs: Mapping[str, Any]) -> str:
    """The exact name: ``name`` where the export wrote it (JSON text, for a name XML cannot
    hold), else ``label``. A plain-text ``name`` (Cytoscape gives every node one) is not ours."""
    raw = attrs.get("name")
    if isinstance(raw, str) and raw.startswith('"'):
        try:
            exact = json.loads(raw)
        except ValueError:
            exact = None
        if isinstance(exact, str) and exact:
            return exact
    return str(_need(attrs, "label", f"node {i!r}"))


def _node(i: Any, a: Mapping[str, Any]) -> Node:
    what = f"node {i!r} ({a.get('label')})"
    return _valid(lambda: Node(
        id=str(i), name=_name(i, a), type=_need(a, "type", f"node {i!r}"),
        aliases=_attr(a, "aliases", [], what), attributes=_attr(a, "attributes", {}, what),
        counts=_attr(a, "counts", {}, what), alias_docs=_attr(a, "alias_docs", {}, what),
        evidence=_attr(a, "evidence", [], what)), what)


def _edge(s: Any, t: Any, a: Mapping[str, Any]) -> Edge:
    what = f"edge {s!r}->{t!r}"
    return _valid(lambda: Edge(
        source=str(s), target=str(t), type=_need(a, "relation", what),
        confidence=float(a.get("confidence", 1.0)),
        attributes=_attr(a, "attributes", {}, what), counts=_attr(a, "counts", {}, what),
        evidence=_attr(a, "evidence", [], what)), what)


def graph_from_attributes(nodes: Iterable[tuple[str, Mapping[str, Any]]],
                          edges: Iterable[tuple[str, str, Mapping[str, Any]]],
                          documents: str | None = None) -> KnowledgeGraph:
    """A graph from the attributes :func:`interchange_graph` writes: ``(id, attrs)`` per node,
    ``(source id, target id, attrs)`` per edge and the documents' JSON text."""
    try:
        docs = [_valid(lambda d=d: Document(**d), f"document {d.get('id')!r}")
                for d in _attr({"documents": documents}, "documents", [], "the graph")]
        ns = [_node(i, a) for i, a in nodes]
        es = [_edge(s, t, a) for s, t, a in edges]
        return KnowledgeGraph.from_parts(ns, es, docs)
    except InputError as exc:
        raise InputError(f"not a conceptkg GraphML/GEXF graph: {exc}") from None
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(f"not a conceptkg GraphML/GEXF graph: "
                         f"{str(exc).splitlines()[0]}") from exc


def _file_ids(g: nx.Graph) -> dict[Any, str]:
    """Node key → conceptkg id. A file rewritten by igraph names its nodes n0, n1, … and keeps
    the ids it read in an ``id`` attribute: those are the ids (when every node has its own)."""
    kept = {k: d.get("id") for k, d in g.nodes(data=True)}
    values = list(kept.values())
    if values and all(isinstance(v, str) and v for v in values) and len(set(values)) == len(
            values):
        return {k: str(v) for k, v in kept.items()}
    return {k: str(k) for k in kept}


def _from_networkx(g: nx.Graph, documents: str | None) -> KnowledgeGraph:
    ids = _file_ids(g)
    edges = (g.edges(data=True) if not g.is_multigraph()
             else ((u, v, d) for u, v, _k, d in g.edges(keys=True, data=True)))
    return graph_from_attributes(((ids[k], d) for k, d in g.nodes(data=True)),
                                 ((ids[u], ids[v], d) for u, v, d in edges), documents)


def read_graphml(path: str | Path) -> KnowledgeGraph:
    """A GraphML file written by :func:`write_graphml`, read back with networkx."""
    try:
        g = nx.read_graphml(str(path), force_multigraph=True)
    except (OSError, ET.ParseError, nx.NetworkXError) as exc:
        raise InputError(f"{path}: cannot read GraphML: {exc}") from exc
    return _from_networkx(g, g.graph.get("documents"))


def read_gexf(path: str | Path) -> KnowledgeGraph:
    """A GEXF file written by :func:`write_gexf`, read back with networkx."""
    try:
        g = nx.read_gexf(str(path))
        meta = ET.parse(str(path)).getroot().find(f"{_GEXF_NS}meta")
    except (OSError, ET.ParseError, nx.NetworkXError) as exc:
        raise InputError(f"{path}: cannot read GEXF: {exc}") from exc
    desc = meta.find(f"{_GEXF_NS}description") if meta is not None else None
    return _from_networkx(g, desc.text if desc is not None else None)
