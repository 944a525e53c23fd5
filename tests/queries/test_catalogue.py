"""The named queries on the embedded store, checked against answers computed in Python."""

from __future__ import annotations

import pytest

from conceptkg.errors import ParameterError, QueryError
from conceptkg.graph import KnowledgeGraph
from conceptkg.graph.stores import GraphStore, QueryResult
from conceptkg.graph.stores.dialect import LADYBUG, NEO4J, Dialect
from conceptkg.queries import named
from conceptkg.queries.catalogue import (
    CATALOGUE,
    get_query,
    list_queries,
    result_graph,
    run_named,
)
from conceptkg.queries.params import MAX_DEPTH, parse_params
from tests.queries import oracle
from tests.queries.sample_graph import node

REQUIRED = {"drivers", "effects", "parts", "part-of", "initiatives", "implementers",
            "neighbors", "path", "evidence", "central", "search", "stats"}


def rows(result: QueryResult) -> list[tuple]:
    return [tuple(r) for r in result.rows]


# -- the catalogue itself -------------------------------------------------------------------------
def test_catalogue_lists_every_required_query_with_usage():
    qs = list_queries()
    assert {q.name for q in qs} >= REQUIRED
    for q in qs:
        assert q.description and "\n" not in q.description
        for key, spec in q.params.items():
            assert spec.description
            shown = f"{key}={key.upper()}" if spec.required else \
                f"[{key}={key.upper() if spec.default is None else spec.default}]"
            assert shown in q.usage_params()
        example = dict(kv.split("=", 1) for kv in q.example.split())
        parse_params(q.name, q.model, example)  # every documented example is valid


def test_unknown_query_suggests_a_close_name():
    with pytest.raises(ParameterError, match=r"unknown query 'driver'; did you mean 'drivers'"):
        get_query("driver")
    with pytest.raises(ParameterError, match="unknown query"):
        run_named(object(), "no-such-query", {})  # fails before touching the store


# -- chains ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("depth", range(1, MAX_DEPTH + 1))
@pytest.mark.parametrize("name", ["新质生产力", "产业创新", "人工智能", "数据"])
def test_drivers_effects_neighbors_match_breadth_first_search(store, kg, name, depth):
    p = {"name": name, "depth": str(depth)}
    assert rows(run_named(store, "drivers", p)) == oracle.chain(
        kg, name, depth, edge_type="DRIVES", reverse=True)
    assert rows(run_named(store, "effects", p)) == oracle.chain(
        kg, name, depth, edge_type="DRIVES")
    assert rows(run_named(store, "neighbors", p)) == oracle.chain(
        kg, name, depth, edge_type=None, undirected=True, ntypes=oracle.CORE_NODES,
        etypes=oracle.CORE_EDGES)
    assert rows(run_named(store, "neighbors", {**p, "types": "all"})) == oracle.chain(
        kg, name, depth, edge_type=None, undirected=True)


def test_drivers_follow_chains_and_stop_at_depth(store):
    one = {r[0]: r[2] for r in rows(run_named(store, "drivers", {"name": "新质生产力",
                                                                   "depth": "1"}))}
    two = {r[0]: r[2] for r in rows(run_named(store, "drivers", {"name": "新质生产力",
                                                                   "depth": "2"}))}
    assert one == {"产业创新": 1, "人工智能": 1}
    assert two["科技创新"] == 2 and two["数字经济"] == 2  # through 产业创新, and the cycle
    assert "新质生产力" not in two  # the cycle does not list the node itself


def test_a_short_alias_or_other_case_finds_the_node(store):
    full = run_named(store, "effects", {"name": "人工智能", "depth": "3"})
    assert full.rows
    assert run_named(store, "effects", {"name": "AI", "depth": "3"}).rows == full.rows
    assert run_named(store, "effects", {"name": "ai", "depth": "3"}).rows == full.rows
    orgs = run_named(store, "initiatives", {"org": "恒拓集团"})
    assert [r[0] for r in orgs.rows] == ["寄递服务升级", "数字化转型"]


def test_a_name_on_two_node_types_answers_for_both(store, kg):
    parents = rows(run_named(store, "part-of", {"name": "数据"}))
    assert {r[0] for r in parents} == {"新质生产力", "数字经济"}
    assert parents == oracle.direct(kg, "数据", "INCLUDES", outgoing=False)


# -- direct relations -----------------------------------------------------------------------------
@pytest.mark.parametrize(("query", "key", "value", "edge_type", "outgoing"), [
    ("parts", "name", "新质生产力", "INCLUDES", True),
    ("parts", "name", "科技创新", "INCLUDES", True),
    ("part-of", "name", "人工智能", "INCLUDES", False),
    ("initiatives", "org", "国家港航局", "IMPLEMENTS", True),
    ("initiatives", "org", "恒拓控股", "IMPLEMENTS", True),
    ("implementers", "initiative", "数字化转型", "IMPLEMENTS", False),
    ("implementers", "initiative", "数字转型", "IMPLEMENTS", False),
])
def test_direct_relations(store, kg, query, key, value, edge_type, outgoing):
    got = rows(run_named(store, query, {key: value}))
    assert got
    assert got == oracle.direct(kg, value, edge_type, outgoing)


def test_direct_relation_of_a_node_without_any_is_empty(store):
    assert run_named(store, "parts", {"name": "张三"}).rows == []


def test_a_threshold_above_every_edge_says_that_edges_exist_below_it(store):
    res = run_named(store, "parts", {"name": "新质生产力", "min_confidence": "0.95"})
    assert res.rows == []
    assert "includes nothing" in res.empty_message and "no INCLUDES edge" not in \
        res.empty_message, res.empty_message
    assert "at min_confidence=0.95 (" in res.empty_message and "below that threshold, the " \
        "strongest 0.90)" in res.empty_message
    res = run_named(store, "parts", {"name": "张三", "min_confidence": "0.95"})
    assert res.empty_message == "'张三' includes nothing (no INCLUDES edge from it)"


# -- paths and evidence ---------------------------------------------------------------------------
@pytest.mark.parametrize(("a", "b"), [
    ("科技创新", "数据"),          # two tied paths, one of them against edge direction
    ("恒拓集团", "全要素生产率"),
    ("人工智能", "科技创新"),      # two parallel edges, opposite directions
    ("寄递服务升级", "国家港航局"),
    ("数据", "新质生产力"),        # 数据 is a Factor and a Concept
])
def test_path_lists_every_shortest_connection(store, kg, a, b):
    got = rows(run_named(store, "path", {"from": a, "to": b}))
    assert got
    assert got == oracle.paths(kg, a, b, 6)
    back = rows(run_named(store, "path", {"from": b, "to": a}))
    assert back == oracle.paths(kg, b, a, 6)
    assert len(back) == len(got) and {r[0] for r in back} == {got[0][0]}


def test_path_respects_depth_and_reports_no_connection(store, kg):
    far = oracle.paths(kg, "恒拓集团", "全要素生产率", 6)[0][0]
    assert run_named(store, "path", {"from": "恒拓集团", "to": "全要素生产率",
                                     "depth": str(far - 1)}).rows == []
    assert run_named(store, "path", {"from": "张三", "to": "数据"}).rows == []


def test_path_between_a_node_and_itself_is_refused(store):
    with pytest.raises(ParameterError, match="name the same node"):
        run_named(store, "path", {"from": "人工智能", "to": "AI"})


@pytest.mark.parametrize(("a", "b"), [("人工智能", "科技创新"), ("新质生产力", "数据"),
                                      ("数据", "人工智能"), ("恒拓集团", "数字化转型")])
def test_evidence_rows_point_into_the_documents(store, kg, a, b):
    result = run_named(store, "evidence", {"from": a, "to": b})
    assert result.columns == ["source", "type", "target", "sentence", "document", "title",
                              "date", "start", "end", "rule", "doc_id"]
    got = rows(result)
    assert got == oracle.evidence(kg, a, b)
    assert got == rows(run_named(store, "evidence", {"from": b, "to": a}))
    for _src, _t, _dst, sentence, name, _title, _date, start, end, _rule, doc in got:
        if doc:
            assert kg.documents[doc].text[start:end] == sentence
            assert kg.documents[doc].path.endswith(name)


def test_evidence_of_an_edge_from_two_documents(store):
    got = run_named(store, "evidence", {"from": "AI", "to": "科技创新"}).records()
    drives = [r for r in got if r["type"] == "DRIVES"]
    assert len({r["document"] for r in drives}) == 2


# -- whole-graph queries --------------------------------------------------------------------------
@pytest.mark.parametrize("top", [1, 3, 5, 1000])
def test_central_ranks_by_degree_with_ties_by_name(store, kg, top):
    got = rows(run_named(store, "central", {"top": str(top), "types": "all"}))
    assert got == oracle.degrees(kg, top)
    got = rows(run_named(store, "central", {"top": str(top)}))
    assert got == oracle.degrees(kg, top, ntypes=oracle.CORE_NODES, etypes=oracle.CORE_EDGES)


@pytest.mark.parametrize(("types", "ntypes", "etypes"), [
    ("Metric,Concept,MEASURES", {"Metric", "Concept"}, {"MEASURES"}),
    ("drives, includes", None, {"DRIVES", "INCLUDES"}),
    ("Concept,Factor", {"Concept", "Factor"}, None),
    ("core,Metric,MEASURES", oracle.CORE_NODES | {"Metric"}, oracle.CORE_EDGES | {"MEASURES"}),
])
def test_central_and_neighbors_take_node_and_edge_types(store, kg, types, ntypes, etypes):
    got = rows(run_named(store, "central", {"top": "1000", "types": types}))
    assert got == oracle.degrees(kg, 1000, ntypes=ntypes, etypes=etypes)
    for name in ("新质生产力", "数据"):
        got = rows(run_named(store, "neighbors", {"name": name, "depth": "3", "types": types}))
        assert got == oracle.chain(kg, name, 3, edge_type=None, undirected=True, ntypes=ntypes,
                                   etypes=etypes)


def test_statistics_are_left_out_of_central_and_neighbors_by_default(store, kg):
    (metric,) = [n for n in kg.nodes() if n.type == "Metric"]
    central = {r[0] for r in rows(run_named(store, "central", {"top": "1000"}))}
    assert metric.name not in central
    assert metric.name in {r[0] for r in rows(run_named(store, "central",
                                                        {"top": "1000", "types": "all"}))}
    near = {r[0] for r in rows(run_named(store, "neighbors", {"name": "新质生产力"}))}
    assert metric.name not in near


@pytest.mark.parametrize("bad", ["Widget", "drives;", "", " , ", "a-b"])
def test_bad_types_are_parameter_errors(store, bad):
    with pytest.raises(ParameterError, match="types"):
        run_named(store, "central", {"types": bad})


@pytest.mark.parametrize("text", ["生产", "ai", "AI", "恒拓", "数", "不存在的词"])
def test_search_looks_in_names_and_aliases(store, kg, text):
    got = rows(run_named(store, "search", {"text": text}))
    assert [tuple(r) for r in got] == [tuple(r) for r in oracle.search(kg, text, 50)]


def test_search_limit(store, kg):
    assert len(run_named(store, "search", {"text": "数", "limit": "2"}).rows) == 2


def test_search_gives_the_most_mentioned_first_and_says_when_more_match(store, kg):
    """On the 121 news days ``ask search text=<a common word>`` gave the 50 names first in code
    point order (quoted and numbered names) and not the most mentioned one, and did not say that
    148 more matched."""
    res = run_named(store, "search", {"text": "数", "limit": "2"})
    every = oracle.search(kg, "数", 1000)
    assert len(every) > 2 and rows(res) == [tuple(r) for r in every[:2]]
    mentions = [r[3] for r in every]
    assert mentions == sorted(mentions, reverse=True)
    assert "limit=2" in res.note and "more" in res.note
    assert run_named(store, "search", {"text": "数", "limit": str(len(every))}).note == ""


def test_stats_counts_by_label_and_type(store, kg):
    got = {(k, lab): n for k, lab, n in run_named(store, "stats", {}).rows}
    want = {("node", k): v for k, v in kg.node_counts().items()}
    want |= {("edge", k): v for k, v in kg.edge_counts().items()}
    want[("document", "Document")] = len(kg.documents)
    want[("dates", "first")] = min(d.date for d in kg.documents.values())
    want[("dates", "last")] = max(d.date for d in kg.documents.values())
    assert got == want


# -- names that are not there, values that look like Cypher ---------------------------------------
def test_unknown_name_is_a_parameter_error_with_suggestions(store):
    with pytest.raises(ParameterError) as info:
        run_named(store, "drivers", {"name": "生产力"})
    assert str(info.value).startswith("drivers: no node named '生产力'")
    assert "新质生产力" in str(info.value)


@pytest.mark.parametrize("evil", ["x' OR 1=1 //", "新质生产力\"}) RETURN 1 //", "$name",
                                  "}]->(m) DETACH DELETE m //"])
def test_values_never_become_cypher(store, kg, evil):
    before = store.stats()
    with pytest.raises(ParameterError, match="no node named"):
        run_named(store, "neighbors", {"name": evil})
    assert rows(run_named(store, "search", {"text": evil})) == oracle.search(kg, evil, 50)
    assert store.stats() == before


class _Other(Dialect):
    def __init__(self, name: str) -> None:
        self.name = name


class RecordingStore(GraphStore):
    """A store that records the Cypher it is asked to run and answers with one node."""

    def __init__(self, dialect: str) -> None:
        self.dialect = {"kuzu": LADYBUG, "neo4j": NEO4J}.get(dialect) or _Other(dialect)
        self.calls: list[tuple[str, dict]] = []

    def query(self, cypher, params=None, *, write=False):
        assert not write
        self.calls.append((cypher, dict(params or {})))
        if "$name" in cypher:
            return QueryResult(["id", "name", "type"], [["con_1", "x", "Concept"]])
        return QueryResult(["id", "name", "type", "distance"], [])

    def ensure_schema(self, edge_types=()): ...
    def _run_read(self, cypher, params=None): return self.query(cypher, params)
    def _run_write_batches(self, statements): raise AssertionError("no writes")
    def close(self): ...


@pytest.mark.parametrize("dialect", ["kuzu", "neo4j"])
def test_each_dialect_gets_its_own_cypher_with_values_as_parameters(dialect):
    s = RecordingStore(dialect)
    run_named(s, "drivers", {"name": "新质生产力·mark", "depth": "4"})
    (resolve_cy, resolve_p), (chain_cy, chain_p) = s.calls
    assert resolve_cy == named.RESOLVE[dialect]
    assert resolve_p == {"name": "新质生产力·mark"}
    assert chain_cy == named.with_depth(named.DRIVERS[dialect], 4)
    assert chain_p == {"ids": ["con_1"]}
    assert all("mark" not in cy for cy, _ in s.calls)
    assert ("SHORTEST 1..4" in chain_cy) == (dialect == "kuzu")
    assert ("{1,4}" in chain_cy) == (dialect == "neo4j")


def test_unknown_dialect_is_a_query_error():
    with pytest.raises(QueryError, match="dialect"):
        run_named(RecordingStore("sparql"), "central", {})


@pytest.mark.parametrize("bad", [0, 21, "3", 2.0, True])
def test_depth_is_formatted_in_only_as_a_checked_int(bad):
    with pytest.raises(ValueError):
        named.with_depth(named.DRIVERS["kuzu"], bad)


def test_labels_are_formatted_in_only_when_known():
    with pytest.raises(ValueError):
        named.with_labels(named.PATH["kuzu"], "Concept) DETACH DELETE (x", "Concept")


# -- drawing a result -----------------------------------------------------------------------------
def test_result_graph_holds_the_nodes_the_result_is_about(store, kg):
    result = run_named(store, "drivers", {"name": "新质生产力", "depth": "1"})
    sub = result_graph(store, result)
    names = {n.name for n in sub.nodes()}
    assert names == {"新质生产力", *(r[0] for r in result.rows)}
    focus = node(kg, "新质生产力").id
    assert {e.target for e in sub.edges() if e.type == "DRIVES"} == {focus}
    with pytest.raises(ParameterError, match="nothing to draw"):  # (no page "the graph is
        result_graph(store, run_named(store, "stats", {}))  # empty" about a graph that is not)


def test_every_query_runs_on_an_empty_store(tmp_path):
    from conceptkg.graph import EmbeddedStore

    with EmbeddedStore(tmp_path / "db") as s:
        s.write_graph(KnowledgeGraph())
        for q in CATALOGUE.values():
            params = dict(kv.split("=", 1) for kv in q.example.split())
            needs_node = any(k in {"name", "org", "initiative", "from", "to"} for k in params)
            if needs_node:
                with pytest.raises(ParameterError, match="no node named"):
                    run_named(s, q.name, params)
            else:
                result = run_named(s, q.name, params)
                assert all(r[-1] == 0 for r in result.rows) if q.name == "stats" \
                    else result.rows == []
