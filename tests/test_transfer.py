"""Choosing a store from options and copying graphs between stores (embedded only here; the
Neo4j side is in tests/graph/stores/test_neo4j.py)."""

from __future__ import annotations

import pytest

from conceptkg.errors import ParameterError, StoreError
from conceptkg.graph import EmbeddedStore
from conceptkg.transfer import copy_graph, open_store
from tests.graph.graph_compare import assert_same_graph
from tests.helpers import small_graph


def test_open_store_refuses_both_or_a_stray_database(tmp_path):
    with pytest.raises(ParameterError, match="either --db or --neo4j"):
        open_store(str(tmp_path / "x.db"), "bolt://127.0.0.1:7687")
    with pytest.raises(ParameterError, match="--database"):
        open_store(str(tmp_path / "x.db"), None, database="kg")


def test_open_store_gives_the_embedded_store(tmp_path):
    with open_store(str(tmp_path / "x.db"), None) as store:
        assert isinstance(store, EmbeddedStore)
        store.write_graph(small_graph())
    with open_store(str(tmp_path / "x.db"), None, read_only=True) as store:
        assert store.stats()["documents"] == 1
    with pytest.raises(StoreError):
        open_store(str(tmp_path / "missing.db"), None, read_only=True)


def test_copy_graph_merges_into_what_the_destination_holds(tmp_path):
    kg = small_graph()
    with EmbeddedStore(tmp_path / "a.db") as a, EmbeddedStore(tmp_path / "b.db") as b:
        a.write_graph(kg)
        b.write_graph(kg)
        seen: list[int] = []
        report = copy_graph(a, b, progress=seen.append)
        assert report.nodes == len(kg) and sum(seen) >= len(kg)
        assert b.stats() == a.stats()
        assert_same_graph(b.read_graph(), a.read_graph(), built_at=True)
        ev = b.query("MATCH (n:Concept {name: $n}) RETURN n.evidence", {"n": "科技创新"})
        assert ev.rows[0][0].count('"start"') == 1


@pytest.mark.parametrize(("option", "value"), [("--neo4j", ""), ("--neo4j", "  "), ("--db", "")])
def test_an_empty_store_option_is_refused_not_read_as_absent(capsys, tmp_path, monkeypatch,
                                                             option, value):
    # `--neo4j "$NEO4J_URL"` with a misspelt variable used to build into ./conceptkg.db
    from tests.helpers import run_cli

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NEO4J_URI", raising=False)
    monkeypatch.delenv("CONCEPTKG_DB", raising=False)
    (tmp_path / "岚州.txt").write_text("岚州文旅带动溪宁消费。", encoding="utf-8")
    code, _, err = run_cli(capsys, "build", "岚州.txt", option, value)
    assert code == 1 and f"{option} is empty" in err, err
    assert len(err.strip().splitlines()) == 1
    assert not (tmp_path / "conceptkg.db").exists()


def test_an_interrupted_pull_into_a_new_database_leaves_none(tmp_path, monkeypatch):
    from conceptkg import transfer

    src = tmp_path / "server.db"
    with EmbeddedStore(src) as s:
        s.write_graph(small_graph())
    real_open = transfer.open_store

    def fake_open(db, neo4j, database=None, **kw):  # the server's side: an embedded store
        return real_open(str(src) if neo4j else db, None, **kw)

    def stop(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(transfer, "open_store", fake_open)
    monkeypatch.setattr(transfer, "copy_graph", stop)
    with pytest.raises(KeyboardInterrupt):
        transfer.pull(str(tmp_path / "岚州 副本.db"), "bolt://127.0.0.1:9")
    assert not (tmp_path / "岚州 副本.db").exists()
    monkeypatch.undo()
    monkeypatch.setattr(transfer, "open_store", fake_open)
    transfer.pull(str(tmp_path / "岚州 副本.db"), "bolt://127.0.0.1:9")
    with EmbeddedStore(tmp_path / "岚州 副本.db", read_only=True) as s:
        assert s.stats()["documents"] == 1


def test_a_database_under_the_home_folder_is_found_however_the_shell_left_the_tilde(
        tmp_path, monkeypatch):
    from conceptkg.transfer import default_db, resolve_target

    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NEO4J_URI", raising=False)
    assert resolve_target("~/岚州.db", None) == (str(tmp_path / "岚州.db"), None)
    monkeypatch.setenv("CONCEPTKG_DB", "~/溪宁.db")
    assert resolve_target(None, None) == (str(tmp_path / "溪宁.db"), None)
    assert default_db() == str(tmp_path / "溪宁.db")
    with open_store("~/岚州.db", None) as store:
        store.write_graph(small_graph())
    assert (tmp_path / "岚州.db" / "graph.lbdb").exists() and not (tmp_path / "~").exists()
    assert resolve_target("~x/a.db", None)[0] == "~x/a.db"  # (another user's home: as given)
