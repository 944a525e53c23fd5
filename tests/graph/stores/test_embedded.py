import multiprocessing
import re
from contextlib import contextmanager

import pytest

from conceptkg.errors import QueryError, ReadOnlyViolation, StoreError, StoreLockedError
from conceptkg.graph import Document, Edge, EmbeddedStore, KnowledgeGraph, Node
from tests.graph.graph_compare import assert_same_graph
from tests.helpers import ev, later_document_graph, rich_graph, small_graph


@pytest.fixture
def store(tmp_path):
    with EmbeddedStore(tmp_path / "kg.db") as s:
        yield s


def test_write_and_read_back(store):
    kg = small_graph()
    store.write_graph(kg)
    s = store.stats()
    assert s["nodes"] == kg.node_counts()
    assert s["edges"] == kg.edge_counts()
    assert s["documents"] == 1
    back = store.read_graph()
    assert_same_graph(back, kg, built_at=True)
    doc = next(iter(back.documents.values()))
    for e in back.edges():
        for item in e.evidence:
            assert doc.text[item.start:item.end] == item.sentence


def test_writing_twice_is_idempotent(store):
    kg = small_graph()
    store.write_graph(kg)
    first = store.stats()
    store.write_graph(kg)
    assert store.stats() == first
    n = store.query("MATCH (n:Concept {name: $name}) RETURN n.evidence", {"name": "新质生产力"})
    assert n.rows[0][0].count('"start"') == 1  # evidence not duplicated


def test_a_later_document_merges_into_existing_nodes(store):
    store.write_graph(small_graph())
    store.write_graph(later_document_graph())
    res = store.query("MATCH (o:Organization) RETURN o.name, o.aliases, o.documents")
    assert len(res.rows) == 1
    name, aliases, docs = res.rows[0]
    assert name == "某某集团" and set(aliases) == {"集团", "某某集团公司"} and len(docs) == 2
    assert store.stats()["documents"] == 2


def _later() -> KnowledgeGraph:
    """Held nodes and edges again, new edges between held nodes, and a new node and edge."""
    kg = rich_graph()
    doc = next(d for d in kg.documents.values() if d.path.startswith("dir/"))
    org = kg.find("某某集团")[0]
    plan = Node(name="改革行动", type="Initiative", evidence=[ev(doc, "科技创新包括数据。")])
    kg.add_node(plan)
    kg.add_edge(Edge(source=org.id, target=plan.id, type="IMPLEMENTS",
                     evidence=[ev(doc, "科技创新包括数据。")]))
    return kg


def test_new_items_are_created_and_held_ones_merged(store, tmp_path):
    """What the store does not hold yet is written with CREATE; nodes it holds are matched and
    set, edges it holds merged; the result equals one write of both graphs (every field)."""
    store.write_graph(small_graph())
    ran: set[str] = set()
    execute = store._exec

    def spy(cypher, params=None):
        for m in re.finditer(r"(MERGE|CREATE) \((?:n:(\w+)|a\)-\[e:(\w+))", cypher):
            ran.add(f"{m[1]} {m[2] or m[3]}")
        for m in re.finditer(r"MATCH \(n:(\w+) \{id: r\.id\}\) SET", cypher):
            ran.add(f"SET {m[1]}")
        return execute(cypher, params)

    store._exec = spy
    store.write_graph(_later())
    store._exec = execute
    # held: the organisation, the concepts, the IMPLEMENTS edge; new: the initiative, the
    # DRIVES edge between two held nodes, the new IMPLEMENTS edge
    assert {"SET Organization", "SET Concept", "CREATE Initiative", "CREATE DRIVES",
            "MERGE IMPLEMENTS", "CREATE IMPLEMENTS"} <= ran
    assert not {"CREATE Organization", "CREATE Concept", "MERGE Organization",
                "MERGE Concept"} & ran
    both = small_graph()
    both.update(_later())
    with EmbeddedStore(tmp_path / "one.db") as one:
        one.write_graph(both)
        assert_same_graph(store.read_graph(), one.read_graph(), built_at=True)
    assert store.stats()["edges"] == both.edge_counts()
    store.write_graph(_later())  # all held now: nothing is created twice
    assert store.stats()["edges"] == both.edge_counts()
    assert store.stats()["nodes"] == both.node_counts()


def test_cypher_reads_like_neo4j(store):
    store.write_graph(small_graph())
    res = store.query("MATCH (o:Organization)-[:IMPLEMENTS]->(i:Initiative) RETURN o.name, i.name")
    assert res.rows == [["某某集团", "数字平台"]]


def test_read_only_by_default(store):
    store.write_graph(small_graph())
    before = store.stats()
    for cy in ["MATCH (n) DETACH DELETE n", "CREATE (n:Concept {id: 'x', name: 'x'})",
               "MATCH (n:Concept) SET n.name = 'x'"]:
        with pytest.raises(ReadOnlyViolation) as refused:
            store.query(cy)
        # the library's parameter, not the command line's option
        assert "write=True" in str(refused.value) and "--write" not in str(refused.value)
    assert store.stats() == before
    store.query("MATCH (n:Concept {name: $n}) SET n.mentions = 7", {"n": "科技创新"}, write=True)
    assert store.query("MATCH (n:Concept {name: '科技创新'}) RETURN n.mentions").rows == [[7]]


def test_hostile_names_are_data(store):
    kg = small_graph()
    hostile = "'}) DETACH DELETE n //"
    kg.add_node(Node(name=hostile, type="Concept"))
    store.write_graph(kg)
    assert store.query("MATCH (n:Concept {name: $n}) RETURN n.name", {"n": hostile}).rows == [
        [hostile]]
    assert store.stats()["nodes"]["Concept"] == 4


def test_bad_cypher_is_a_one_line_error(store):
    with pytest.raises(QueryError) as e:
        store.query("MATCH (n RETURN n")
    assert "\n" not in str(e.value)


def test_open_errors(tmp_path):
    f = tmp_path / "file"
    f.write_text("x")
    with pytest.raises(StoreError, match="not a conceptkg database"):
        EmbeddedStore(f)
    with pytest.raises(StoreError, match="no such database"):
        EmbeddedStore(tmp_path / "missing", read_only=True)


def _hold(path, ready, done, read_only=False):
    s = EmbeddedStore(path, read_only=read_only)
    ready.set()
    done.wait(30)
    s.close()


@contextmanager
def _held_elsewhere(path, read_only=False):
    """The store at ``path`` held open by another process while the block runs."""
    ctx = multiprocessing.get_context("spawn")
    ready, done = ctx.Event(), ctx.Event()
    p = ctx.Process(target=_hold, args=(path, ready, done, read_only))
    p.start()
    try:
        assert ready.wait(60)
        yield
    finally:
        done.set()
        p.join(30)


def _opened_elsewhere(path) -> str:
    """What another process gets when it opens the store at ``path`` for writing."""
    ctx = multiprocessing.get_context("spawn")
    q = ctx.Queue()
    p = ctx.Process(target=_try_open, args=(path, q))
    p.start()
    p.join(60)
    return q.get(timeout=5)


def test_second_process_gets_a_clear_message(tmp_path):
    path = tmp_path / "kg.db"
    EmbeddedStore(path).close()
    with _held_elsewhere(path):
        with pytest.raises(StoreLockedError, match="in use by another process"):
            EmbeddedStore(path)


def _log(store) -> int:
    wal = store.path / "graph.lbdb.wal"
    return wal.stat().st_size if wal.exists() else 0


def test_a_batch_of_writes_is_checkpointed_once_at_its_end(store, tmp_path, monkeypatch):
    """Committed writes of a batch stay in the log (auto-checkpoints are off) and go into the
    main file when the batch ends; afterwards every write is checkpointed again. (On a disk with
    ample room: how much this machine has free must not decide the test; the other case is the
    test below.)"""
    from conceptkg.graph import durability

    monkeypatch.setattr(durability, "_free_bytes", lambda directory: 1 << 50)
    assert durability.ample_room(store.path)
    with store.batch_writes():
        store.write_graph(small_graph())
        first = _log(store)
        store.write_graph(rich_graph())
        assert 0 < first < _log(store)  # nothing checkpointed in between
        assert store._exec("CALL current_setting('auto_checkpoint') RETURN *").rows == [
            ["False"]]
    assert _log(store) == 0
    assert store._exec("CALL current_setting('auto_checkpoint') RETURN *").rows == [["True"]]
    store.write_graph(later_document_graph())
    assert _log(store) == 0
    both = small_graph()
    both.update(rich_graph())
    both.update(later_document_graph())
    with EmbeddedStore(tmp_path / "one.db") as one:
        one.write_graph(both)
        assert_same_graph(store.read_graph(), one.read_graph())


def test_a_batch_checkpoints_when_its_log_grows_too_large(store, monkeypatch):
    from conceptkg.graph.stores import embedded

    monkeypatch.setattr(embedded, "BATCH_LOG_LIMIT", 1)
    with store.batch_writes():
        store.write_graph(small_graph())
        assert _log(store) == 0  # over the limit: into the main file at once
        store.write_graph(rich_graph())
        assert _log(store) == 0


def test_a_batch_on_a_disk_short_of_room_checkpoints_after_each_write(store, monkeypatch):
    """Where the disk could be short of room, a batch does not leave its log for a late
    checkpoint (which could then fail): each write goes into the main file at once."""
    from conceptkg.graph import durability

    monkeypatch.setattr(durability, "_free_bytes", lambda directory: 256 * 1024 * 1024)
    assert not durability.ample_room(store.path)
    with store.batch_writes():
        store.write_graph(small_graph())
        assert _log(store) == 0
        store.write_graph(rich_graph())
        assert _log(store) == 0
    assert store.stats()["documents"] == 2


def test_a_reader_is_refused_while_another_process_writes(tmp_path):
    """A read-only open takes no lock of the engine's: without one of its own it would read
    the database as it was before the writer began (empty during a first build)."""
    path = tmp_path / "kg.db"
    EmbeddedStore(path).close()
    with _held_elsewhere(path):
        with pytest.raises(StoreLockedError, match="in use by another process"):
            EmbeddedStore(path, read_only=True)
    with EmbeddedStore(path, read_only=True) as s:  # the writer is gone
        assert s.stats()["documents"] == 0


def test_a_writer_is_refused_while_another_process_reads(tmp_path):
    path = tmp_path / "kg.db"
    EmbeddedStore(path).close()
    with _held_elsewhere(path, read_only=True):
        with pytest.raises(StoreLockedError, match="in use by another process"):
            EmbeddedStore(path)


def test_a_reader_in_the_writers_own_process_keeps_the_write_lock(tmp_path):
    """Closing a reader's descriptor would drop the process's POSIX locks, the engine's
    write lock too: another process could then open the database for writing."""
    path = tmp_path / "kg.db"
    with EmbeddedStore(path) as writer:
        EmbeddedStore(path, read_only=True).close()
        assert _opened_elsewhere(path) == "locked"
        writer.write_graph(small_graph())


def _try_open(path, q):
    try:
        EmbeddedStore(path).close()
        q.put("opened")
    except StoreLockedError:
        q.put("locked")


def _copy_of(path: str, date: str) -> KnowledgeGraph:
    """One document of the same text as built from another file."""
    kg = KnowledgeGraph()
    doc = Document.from_text("岚州推动恒拓集团转型。", path=path, resolved=f"/srv/{path}",
                             title=path, date=date, size=33)
    kg.add_document(doc)
    return kg


def test_a_document_merged_again_keeps_the_file_it_was_recorded_from(store):
    """A second build of the same text from another file, one that did not see the first
    (a concurrent build on Neo4j, a push or import) keeps the first file's path and date: a
    build that sees it leaves it unchanged; only a replacement takes the new file's."""
    first = _copy_of("岚州/甲.txt", "2024-01-02")
    store.write_graph(first)
    store.write_graph(_copy_of("溪宁/乙.txt", "2024-03-04"))
    [d] = store.documents()
    assert (d.path, d.resolved, d.title, d.date) == ("岚州/甲.txt", "/srv/岚州/甲.txt",
                                                    "岚州/甲.txt", "2024-01-02")
    store.write_graph(_copy_of("溪宁/乙.txt", "2024-03-04"), remove=[d.id])  # (--force)
    [d] = store.documents()
    assert (d.path, d.date) == ("溪宁/乙.txt", "2024-03-04")


def test_odd_database_folders_are_refused_with_one_line(tmp_path):
    outer = tmp_path / "kg.db"
    EmbeddedStore(outer).close()
    docs = tmp_path / "岚州 纪要"
    docs.mkdir()
    (docs / "恒拓.md").write_text("恒拓集团推动转型。", encoding="utf-8")
    note = tmp_path / "note.txt"
    note.write_text("x", encoding="utf-8")
    cases = [(outer / "x", "inside the database"), (outer / "graph.lbdb", "it is a file"),
             (note, "it is a file"), (note / "x", "is a file, not a directory"),
             (docs, "holds other files")]
    for path, reason in cases:
        for read_only in (False, True):
            with pytest.raises(StoreError, match=reason) as e:
                EmbeddedStore(path, read_only=read_only)
            assert "\n" not in str(e.value)
    assert sorted(p.name for p in outer.iterdir()) == ["graph.lbdb"]
    assert [p.name for p in docs.iterdir()] == ["恒拓.md"]
    empty = tmp_path / "empty"
    empty.mkdir()
    EmbeddedStore(empty).close()  # an empty folder is fine
    kept = tmp_path / "kept"
    kept.mkdir()
    (kept / ".gitkeep").write_text("", encoding="utf-8")
    EmbeddedStore(kept).close()  # and so is one with hidden files only


def test_a_writer_opened_while_a_reader_of_its_own_process_is_open_keeps_its_lock(tmp_path):
    path = tmp_path / "kg.db"
    EmbeddedStore(path).close()
    reader = EmbeddedStore(path, read_only=True)
    with EmbeddedStore(path) as writer:
        reader.close()  # (the engine's read-only close drops the process's locks on the file)
        assert _opened_elsewhere(path) == "locked"
        writer.write_graph(small_graph())


def test_a_closed_store_says_so(tmp_path):
    """Using a store after ``close()`` (or after its ``with`` block) is a StoreError that says
    it is closed, not AttributeError: 'NoneType' object has no attribute 'execute'."""
    with EmbeddedStore(tmp_path / "kg.db") as s:
        s.write_graph(small_graph())
    for call in (s.stats, s.read_graph, lambda: s.query("MATCH (n) RETURN count(n)"),
                 lambda: s.write_graph(small_graph())):
        with pytest.raises(StoreError, match="closed"):
            call()
