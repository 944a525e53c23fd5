"""Round trips compared whole: every field of every node, edge and document comes back from
JSON, JSON Lines, the embedded store and Neo4j, and from one store into the other (GraphML/GEXF
in test_io_networkx.py, the neo4j-admin bundle in test_io_neo4j_csv.py).

The graph they carry (``full_graph``) leaves no model field at its default, and the comparison
(tests/graph/graph_compare.py) takes its fields from the models, so a field added to a model is
covered by every round trip at once: it fails here until the test graph sets it and every format
and store carries it.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from pydantic_core import PydanticUndefined

from conceptkg.graph import Document, Edge, EmbeddedStore, Evidence, KnowledgeGraph, Node
from conceptkg.graph.io_json import read_json, write_json
from conceptkg.graph.io_jsonl import iter_jsonl, write_jsonl
from conceptkg.graph.stores.neo4j import Neo4jStore
from conceptkg.transfer import copy_graph
from tests.graph.graph_compare import assert_same_graph, canonical, differences
from tests.helpers import full_graph


def _items(kg: KnowledgeGraph) -> dict[type, list]:
    nodes, edges = list(kg.nodes()), list(kg.edges())
    return {Node: nodes, Edge: edges, Document: list(kg.documents.values()),
            Evidence: [ev for x in [*nodes, *edges] for ev in x.evidence]}


def test_the_test_graph_sets_every_field_of_every_model():
    for model, items in _items(full_graph()).items():
        for name, info in model.model_fields.items():
            default = info.get_default(call_default_factory=True)
            if default is PydanticUndefined:  # required: always given
                continue
            assert any(getattr(x, name) != default for x in items), (
                f"full_graph() leaves {model.__name__}.{name} at its default everywhere; "
                "set it on one item so that the round trips check it")


def test_the_comparison_covers_every_field_and_sees_each_change():
    kg = full_graph()
    data = canonical(kg, built_at=True)
    for kind, model in (("nodes", Node), ("edges", Edge), ("documents", Document)):
        assert all(set(x) == set(model.model_fields) for x in data[kind])
    for model, items in _items(kg).items():
        for name, info in model.model_fields.items():
            if name in ("id", "source", "target", "type"):
                continue  # identity: a change makes another item (missing + extra)
            default = info.get_default(call_default_factory=True)
            i = next(i for i, x in enumerate(items) if getattr(x, name) != default)
            changed = full_graph()
            item = _items(changed)[model][i]
            setattr(item, name, _other(getattr(item, name)))
            assert differences(changed, kg, built_at=True), f"{model.__name__}.{name}"


def _other(value: object) -> object:
    """A value of the same type that differs from ``value`` (which is not empty)."""
    if isinstance(value, float):
        return value / 2
    if isinstance(value, int):
        return value + 1
    if isinstance(value, str):
        return value + "x"
    if isinstance(value, list):
        return value[1:]
    if isinstance(value, dict):
        return dict(list(value.items())[1:])
    raise AssertionError(f"no other value for {value!r}")


# -- the round trips -----------------------------------------------------------------------------
def _json(kg: KnowledgeGraph, tmp_path: Path) -> KnowledgeGraph:
    return read_json(write_json(kg, tmp_path / "g.json", with_text=True))


def _jsonl(kg: KnowledgeGraph, tmp_path: Path) -> KnowledgeGraph:
    buf = io.StringIO()
    write_jsonl([kg], buf)
    (tmp_path / "g.jsonl").write_text(buf.getvalue(), encoding="utf-8")
    [back] = iter_jsonl(tmp_path / "g.jsonl")
    return back


def _embedded(kg: KnowledgeGraph, tmp_path: Path) -> KnowledgeGraph:
    with EmbeddedStore(tmp_path / "db") as store:
        store.write_graph(kg)
    with EmbeddedStore(tmp_path / "db", read_only=True) as store:  # what was made durable
        return store.read_graph()


ROUND_TRIPS: dict[str, Callable[[KnowledgeGraph, Path], KnowledgeGraph]] = {
    "json": _json, "jsonl": _jsonl, "embedded": _embedded}


@pytest.mark.parametrize("carrier", sorted(ROUND_TRIPS))
def test_round_trip_keeps_the_whole_graph(carrier, tmp_path):
    kg = full_graph()
    assert_same_graph(ROUND_TRIPS[carrier](kg, tmp_path), kg, built_at=True)


def test_json_without_text_keeps_everything_but_the_text(tmp_path):
    kg = full_graph()
    back = read_json(write_json(kg, tmp_path / "g.json"))
    assert all(d.text == "" for d in back.documents.values())
    assert_same_graph(back, kg, built_at=True, text=False)


def test_an_embedded_store_reads_documents_without_text_in_full(tmp_path):
    kg = full_graph()
    with EmbeddedStore(tmp_path / "db") as store:
        store.write_graph(kg)
        stored = {d.id: d for d in store.documents()}
        assert_same_graph(store.read_graph(with_text=False), kg, built_at=True, text=False)
    expected = {d.id: d.model_copy(update={"text": ""}) for d in kg.documents.values()}
    assert stored == expected


def _merged_twice() -> KnowledgeGraph:
    """``full_graph`` merged with itself in memory: what writing it twice must store (merging
    puts evidence in its canonical order)."""
    kg = full_graph()
    kg.update(full_graph())
    return kg


def test_writing_the_same_graph_again_merges_as_in_memory(tmp_path):
    with EmbeddedStore(tmp_path / "db") as store:
        store.write_graph(full_graph())
        store.write_graph(full_graph())
        assert_same_graph(store.read_graph(), _merged_twice(), built_at=True)


@pytest.mark.neo4j
def test_neo4j_round_trip_keeps_the_whole_graph(neo4j_store):
    kg = full_graph()
    neo4j_store.write_graph(kg)
    assert_same_graph(neo4j_store.read_graph(), kg, built_at=True)
    neo4j_store.write_graph(full_graph())
    assert_same_graph(neo4j_store.read_graph(), _merged_twice(), built_at=True)
    assert {d.id: d for d in neo4j_store.documents()} == {
        d.id: d.model_copy(update={"text": ""}) for d in kg.documents.values()}


@pytest.mark.neo4j
def test_embedded_to_neo4j_to_embedded_keeps_the_whole_graph(neo4j_clean, tmp_path):
    kg = full_graph()
    with EmbeddedStore(tmp_path / "a") as a:
        a.write_graph(kg)
        with Neo4jStore(neo4j_clean.uri, auth=neo4j_clean.auth) as server:
            copy_graph(a, server)
            with EmbeddedStore(tmp_path / "b") as b:
                copy_graph(server, b)
                assert_same_graph(b.read_graph(), kg, built_at=True)
