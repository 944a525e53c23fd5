"""Cypher of the named-query catalogue, the embedded (Kùzu/LadybugDB) and Neo4j variants side by
side: ``QUERY[dialect]``.

Values always travel as parameters (``$ids``, ``$text``, ``$top`` ...). Only three things are put
into the text, and only after they have been checked: a depth (``__DEPTH__``, an ``int`` within the
bounds of :mod:`.params`), node labels (``__SRC__``/``__DST__``, checked by
:func:`conceptkg.graph.stores.schema.checked_label`) and relationship types of the catalogue
itself (constants).

Where the dialects differ (the first two come from :mod:`conceptkg.graph.stores.dialect`):

* the label of a node: Kùzu ``label(n)``; Neo4j ``labels(n)``, a list (the first known node label
  is taken); of a relationship: Kùzu ``label(r)``, Neo4j ``type(r)``;
* leaving out Document nodes: Kùzu ``label(n) <> 'Document'``, Neo4j ``NOT n:Document``;
* shortest paths: Kùzu ``(a)-[r* SHORTEST 1..N]-(b)`` / ``[* ALL SHORTEST 1..N]``; Neo4j
  ``SHORTEST 1 (a)-[]-{1,N}(b)`` (GQL selector, Neo4j 5.21+, one breadth-first search per start
  node) and ``allShortestPaths((a)-[*1..N]-(b))``. Kùzu's plain ``[*1..N]`` follows walks (nodes
  and edges may repeat), so distances are always taken from shortest-path patterns;
* list functions: Kùzu ``list_concat``, ``properties(nodes(p), 'name')``, lambdas; Neo4j
  ``+``, list comprehensions; lower case: Kùzu ``lower``, Neo4j ``toLower``;
* path direction: Kùzu compares internal ids (``r._SRC`` with the nodes' ``_ID``), Neo4j
  ``startNode(r).id`` with the nodes' ``id``.
"""

from __future__ import annotations

from ..graph.stores.dialect import LADYBUG, NEO4J, Dialect
from ..graph.stores.schema import checked_label, checked_rel_type

__all__ = [
    "DIALECTS",
    "RESOLVE",
    "RESOLVE_FOLDED",
    "SEARCH",
    "DRIVERS",
    "EFFECTS",
    "NEIGHBORS",
    "PARTS",
    "PART_OF",
    "INITIATIVES",
    "IMPLEMENTERS",
    "EVIDENCE",
    "PATH",
    "CENTRAL",
    "NODE_COUNTS",
    "with_depth",
    "with_labels",
]

_BY_NAME: dict[str, Dialect] = {d.name: d for d in (LADYBUG, NEO4J)}
DIALECTS = tuple(_BY_NAME)


def _node_cols(v: str, dialect: str) -> str:
    return f"{v}.id AS id, {v}.name AS name, {_BY_NAME[dialect].node_label(v)} AS type"


def with_depth(cypher: str, depth: int) -> str:
    """``cypher`` with its variable-length bound set to ``depth`` (a checked int, 1..20)."""
    if not isinstance(depth, int) or isinstance(depth, bool) or not 1 <= depth <= 20:
        raise ValueError(f"invalid depth {depth!r}")
    return cypher.replace("__DEPTH__", str(depth))


def with_labels(cypher: str, src: str, dst: str) -> str:
    """``cypher`` with the two endpoint labels put in (known node labels only)."""
    return cypher.replace("__SRC__", checked_label(src)).replace("__DST__", checked_label(dst))


# -- finding the nodes a name stands for ---------------------------------------------------------
RESOLVE = {
    "kuzu": (
        "MATCH (n) WHERE label(n) <> 'Document' AND (n.name = $name OR $name IN n.aliases) "
        f"RETURN {_node_cols('n', 'kuzu')} ORDER BY id"
    ),
    "neo4j": (
        "MATCH (n) WHERE NOT n:Document AND (n.name = $name OR $name IN n.aliases) "
        f"RETURN {_node_cols('n', 'neo4j')} ORDER BY id"
    ),
}
# second try, ignoring case (Latin letters in names such as "AI" or "5G")
RESOLVE_FOLDED = {
    "kuzu": (
        "MATCH (n) WHERE label(n) <> 'Document' "
        "UNWIND list_concat([n.name], n.aliases) AS s WITH n, s WHERE lower(s) = lower($name) "
        f"RETURN DISTINCT {_node_cols('n', 'kuzu')} ORDER BY id"
    ),
    "neo4j": (
        "MATCH (n) WHERE NOT n:Document AND (toLower(n.name) = toLower($name) "
        "OR any(a IN n.aliases WHERE toLower(a) = toLower($name))) "
        f"RETURN {_node_cols('n', 'neo4j')} ORDER BY id"
    ),
}
SEARCH = {
    "kuzu": (
        "MATCH (n) WHERE label(n) <> 'Document' "
        "UNWIND list_concat([n.name], n.aliases) AS s WITH n, s "
        "WHERE lower(s) CONTAINS lower($text) "
        f"RETURN DISTINCT {_node_cols('n', 'kuzu')}, n.aliases AS aliases, "
        "n.mentions AS mentions ORDER BY mentions DESC, name, type, id LIMIT $limit"
    ),
    "neo4j": (
        "MATCH (n) WHERE NOT n:Document AND (toLower(n.name) CONTAINS toLower($text) "
        "OR any(a IN n.aliases WHERE toLower(a) CONTAINS toLower($text))) "
        f"RETURN {_node_cols('n', 'neo4j')}, n.aliases AS aliases, "
        "n.mentions AS mentions ORDER BY mentions DESC, name, type, id LIMIT $limit"
    ),
}


# -- chains: nodes within __DEPTH__ hops, with their shortest distance ----------------------------
def _chain(kuzu_pattern: str, neo4j_pattern: str) -> dict[str, str]:
    tail = ("WITH m, min(length({p})) AS distance WHERE NOT m.id IN $ids "
            "RETURN {cols}, distance ORDER BY distance, name, type, id")
    return {
        "kuzu": ("MATCH (x) WHERE x.id IN $ids MATCH " + kuzu_pattern + " "
                 + tail.format(p="r", cols=_node_cols("m", "kuzu"))),
        "neo4j": ("MATCH (x) WHERE x.id IN $ids MATCH p = " + neo4j_pattern + " "
                  + tail.format(p="p", cols=_node_cols("m", "neo4j"))),
    }


DRIVERS = _chain("(m)-[r:DRIVES* SHORTEST 1..__DEPTH__]->(x)",
                 "SHORTEST 1 (m)-[:DRIVES]->{1,__DEPTH__}(x)")
EFFECTS = _chain("(x)-[r:DRIVES* SHORTEST 1..__DEPTH__]->(m)",
                 "SHORTEST 1 (x)-[:DRIVES]->{1,__DEPTH__}(m)")
# neighbours along edges of the chosen types ($etypes, or any with $all_edges) through nodes of
# the chosen types ($ntypes); the start node itself may be of any type
NEIGHBORS = {
    "kuzu": (
        "MATCH (x) WHERE x.id IN $ids "
        "MATCH (x)-[r* SHORTEST 1..__DEPTH__ (e, n | WHERE ($all_edges OR label(e) IN $etypes) "
        "AND label(n) IN $ntypes)]-(m) WHERE label(m) IN $ntypes "
        "WITH m, min(length(r)) AS distance WHERE NOT m.id IN $ids "
        f"RETURN {_node_cols('m', 'kuzu')}, distance ORDER BY distance, name, type, id"
    ),
    "neo4j": (
        "MATCH (x) WHERE x.id IN $ids "
        "MATCH p = SHORTEST 1 (x)(()-[e]-(n) WHERE ($all_edges OR type(e) IN $etypes) "
        f"AND {NEO4J.node_label('n')} IN $ntypes){{1,__DEPTH__}}(m) "
        "WITH m, min(length(p)) AS distance WHERE NOT m.id IN $ids "
        f"RETURN {_node_cols('m', 'neo4j')}, distance ORDER BY distance, name, type, id"
    ),
}


# -- direct relations ------------------------------------------------------------------------------
def _direct(rel: str, outgoing: bool) -> dict[str, str]:
    rel = checked_rel_type(rel)
    pattern = f"(x)-[r:{rel}]->(m)" if outgoing else f"(m)-[r:{rel}]->(x)"
    return {
        d: (f"MATCH {pattern} WHERE x.id IN $ids AND r.confidence >= $min_confidence "
            f"RETURN {_node_cols('m', d)}, "
            "r.confidence AS confidence, r.sentence AS sentence, r.evidence AS evidence "
            "ORDER BY name, type, sentence, confidence, id")
        for d in DIALECTS
    }


PARTS = _direct("INCLUDES", outgoing=True)
PART_OF = _direct("INCLUDES", outgoing=False)
INITIATIVES = _direct("IMPLEMENTS", outgoing=True)
IMPLEMENTERS = _direct("IMPLEMENTS", outgoing=False)


# -- the edges between two sets of nodes, both directions ------------------------------------------
def _evidence(dialect: Dialect) -> str:
    one = ("MATCH ({a}) WHERE {a}.id IN ${pa} MATCH ({a})-[r]->({b}) WHERE {b}.id IN ${pb} "
           "RETURN {a}.id AS source_id, {a}.name AS source, " + dialect.rel_type("r")
           + " AS type, "
           "{b}.id AS target_id, {b}.name AS target, r.evidence AS evidence, "
           "r.counts AS counts, r.attributes AS attributes")
    return (one.format(a="a", b="b", pa="source", pb="target") + " UNION "
            + one.format(a="b", b="a", pa="target", pb="source"))


EVIDENCE = {d.name: _evidence(d) for d in (LADYBUG, NEO4J)}

# -- all shortest paths between two given nodes (never the same node: Kùzu crashes on that) -------
PATH = {
    "kuzu": (
        "MATCH (a:__SRC__), (b:__DST__) WHERE a.id = $source AND b.id = $target "
        "MATCH p = (a)-[* ALL SHORTEST 1..__DEPTH__]-(b) "
        "RETURN properties(nodes(p), 'name') AS names, properties(nodes(p), 'id') AS ids, "
        "properties(nodes(p), '_ID') AS keys, list_transform(rels(p), r -> r._SRC) AS srcs, "
        "list_transform(rels(p), r -> label(r)) AS types"
    ),
    "neo4j": (
        "MATCH (a:__SRC__), (b:__DST__) WHERE a.id = $source AND b.id = $target "
        "MATCH p = allShortestPaths((a)-[*1..__DEPTH__]-(b)) "
        "RETURN [n IN nodes(p) | n.name] AS names, [n IN nodes(p) | n.id] AS ids, "
        "[n IN nodes(p) | n.id] AS keys, [r IN relationships(p) | startNode(r).id] AS srcs, "
        "[r IN relationships(p) | type(r)] AS types"
    ),
}

# -- degree of every node, most connected first -----------------------------------------------
# counting only edges of the chosen types ($etypes, or any with $all_edges) between nodes of the
# chosen types ($ntypes)
_CENTRAL_TAIL = (
    "WITH n, out_degree, in_degree, out_degree + in_degree AS degree WHERE degree > 0 "
    "RETURN {cols}, degree, out_degree, in_degree "
    "ORDER BY degree DESC, name, type, id LIMIT $top"
)
_NEO4J_EDGE_OK = ("($all_edges OR type({r}) IN $etypes) AND " + NEO4J.node_label("{o}")
                  + " IN $ntypes")
CENTRAL = {
    "kuzu": (
        "MATCH (n) WHERE label(n) IN $ntypes "
        "OPTIONAL MATCH (n)-[r]->(o) WHERE ($all_edges OR label(r) IN $etypes) "
        "AND label(o) IN $ntypes WITH n, count(r) AS out_degree "
        "OPTIONAL MATCH (n)<-[s]-(i) WHERE ($all_edges OR label(s) IN $etypes) "
        "AND label(i) IN $ntypes WITH n, out_degree, count(s) AS in_degree "
        + _CENTRAL_TAIL.format(cols=_node_cols("n", "kuzu"))
    ),
    "neo4j": (
        f"MATCH (n) WHERE {NEO4J.node_label('n')} IN $ntypes "
        "WITH n, COUNT { (n)-[r]->(o) WHERE " + _NEO4J_EDGE_OK.format(r="r", o="o") + " } "
        "AS out_degree, COUNT { (n)<-[s]-(i) WHERE " + _NEO4J_EDGE_OK.format(r="s", o="i")
        + " } AS in_degree " + _CENTRAL_TAIL.format(cols=_node_cols("n", "neo4j"))
    ),
}

# -- exact per-document counts of given nodes ------------------------------------------------------
NODE_COUNTS = {
    "kuzu": ("MATCH (n) WHERE label(n) <> 'Document' AND n.id IN $ids "
             f"RETURN {_node_cols('n', 'kuzu')}, n.counts AS counts ORDER BY id"),
    "neo4j": ("MATCH (n) WHERE NOT n:Document AND n.id IN $ids "
              f"RETURN {_node_cols('n', 'neo4j')}, n.counts AS counts ORDER BY id"),
}
