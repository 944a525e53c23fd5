"""A corpus that stays true: an edited file replaces its old version, ``remove`` takes documents
out, documents built with another lexicon are rebuilt, counts are exact. Both stores: each test
compares the whole stored graph (every field but the build time) with a fresh build."""

from __future__ import annotations

from pathlib import Path

import pytest

from conceptkg.build import build
from conceptkg.errors import InputError
from conceptkg.graph import EmbeddedStore
from conceptkg.remove import remove
from tests.helpers import canon_graph

DOCS = {
    "a.txt": "数字经济推动高质量发展。某某集团公司打造工业互联网平台。星河计划推动某某产业升级。",
    "b.txt": "数字经济推动高质量发展。科技创新带动产业升级。"
             "新质生产力包括劳动、资本、数据等生产要素。",
    "c.md": "### 标题\n以改革创新驱动绿色发展。某某集团推进数字化转型行动。",
}
EDITED_A = "绿色能源推动产业升级。某某集团公司打造工业互联网平台。"


def write(d: Path, docs: dict[str, str]) -> Path:
    d.mkdir(exist_ok=True)
    for name, text in docs.items():
        (d / name).write_text(text, encoding="utf-8")
    return d


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request, tmp_path):
    if request.param == "embedded":
        with EmbeddedStore(tmp_path / "db") as s:
            yield s
    else:
        yield request.getfixturevalue("neo4j_store")


def fresh(tmp_path: Path, paths, **kw) -> str:
    with EmbeddedStore(tmp_path / f"fresh{len(list(tmp_path.glob('fresh*')))}") as s:
        build(paths, s, jobs=1, **kw)
        return canon_graph(s)


def test_an_edited_file_replaces_its_old_version(store, tmp_path):
    docs = write(tmp_path / "docs", DOCS)
    build([docs], store, jobs=1)
    before = {d.id for d in store.documents()}
    (docs / "a.txt").write_text(EDITED_A, encoding="utf-8")
    result = build([docs], store, jobs=1)
    assert [Path(o.path).name for o in result.changed] == ["a.txt"]
    assert len(result.unchanged) == 2
    assert len(store.documents()) == 3 and len(before - {d.id for d in store.documents()}) == 1
    names = {n.name for n in store.read_graph().nodes()}
    assert "星河计划" not in names  # only the old version supported it
    assert canon_graph(store) == fresh(tmp_path, [docs])


def test_remove_equals_a_build_without_the_file(store, tmp_path):
    docs = write(tmp_path / "docs", DOCS)
    build([docs], store, jobs=1)
    with pytest.raises(InputError, match="nothing removed"):
        remove([docs / "a.txt", tmp_path / "nowhere.txt"], store)
    assert len(store.documents()) == 3
    done = remove([str(docs / "a.txt")], store)
    assert [Path(d.path).name for d in done.documents] == ["a.txt"]
    assert done.write.removed_nodes > 0
    assert canon_graph(store) == fresh(tmp_path, [docs / "b.txt", docs / "c.md"])
    doc_id = store.documents()[0].id
    remove([doc_id], store)  # by id
    remove([docs], store)  # a directory: everything built from inside it
    assert store.documents() == [] and store.stats()["nodes"] == {}


def test_a_remove_takes_away_nodes_that_no_document_supports(store, tmp_path):
    from conceptkg.graph import KnowledgeGraph, Node

    docs = write(tmp_path / "docs", DOCS)
    build([docs], store, jobs=1)
    phantom = KnowledgeGraph()  # (as curation of an earlier version could leave behind)
    phantom.add_node(Node(name="某某部", type="Organization"))
    store.write_graph(phantom)
    assert store.stats()["nodes"]["Organization"] >= 1
    remove([docs / "a.txt"], store)
    assert canon_graph(store) == fresh(tmp_path, [docs / "b.txt", docs / "c.md"])
    remove([docs], store)
    assert store.stats()["nodes"] == {}


def test_a_lexicon_change_rebuilds_stale_documents(store, tmp_path):
    docs = write(tmp_path / "docs", {**DOCS, "d.txt": "某某市推进青禾新业态发展。"})
    lex = tmp_path / "my.yaml"
    lex.write_text("terms:\n  Concept:\n    - 青禾新业态\n", encoding="utf-8")
    build([docs], store, jobs=1)
    assert "青禾新业态" not in {n.name for n in store.read_graph().nodes()}
    again = build([docs], store, jobs=1, lexicon=[str(lex)])
    assert len(again.stale) == 4 and not again.unchanged
    assert "青禾新业态" in {n.name for n in store.read_graph().nodes()}
    assert canon_graph(store) == fresh(tmp_path, [docs], lexicon=[str(lex)])
    assert len(build([docs], store, jobs=1, lexicon=[str(lex)]).unchanged) == 4
    back = build([docs], store, jobs=1)  # the shipped lexicon alone: stale again
    assert len(back.stale) == 4
    assert canon_graph(store) == fresh(tmp_path, [docs])


def test_counts_are_exact_beyond_the_evidence_cap(store, tmp_path):
    sentence = "青禾新业态推动某某产业升级，青禾新业态也带动就业。"
    lex = tmp_path / "my.yaml"
    lex.write_text("terms:\n  Concept:\n    - 青禾新业态\n", encoding="utf-8")
    texts = {f"d{i:02d}.txt": "\n".join([sentence] * (i + 1)) + "\n" + "其他内容。" * i
             for i in range(12)}
    docs = write(tmp_path / "docs", texts)
    build([docs], store, jobs=2, lexicon=[str(lex)])
    [node] = [n for n in store.read_graph().nodes() if n.name == "青禾新业态"]
    stored = store.read_graph().documents
    assert node.counts == {i: d.text.count("青禾新业态") for i, d in stored.items()}
    assert node.mentions == sum(texts[n].count("青禾新业态") for n in texts) == 156
    assert len(node.evidence) < node.mentions  # the evidence is capped, the counts are not
    assert set(node.documents) == set(stored)
    [row] = store.query("MATCH (n:Concept) WHERE n.name = $n RETURN n.mentions, n.documents",
                        {"n": "青禾新业态"}).rows
    assert row[0] == 156 and len(row[1]) == 12


#: columns a database made by the first release lacks, by kind of table
FIRST_RELEASE_LACKS = {
    "node": ("counts", "alias_docs"),
    "document": ("resolved", "date", "original_encoding", "extractor", "lexicon", "size",
                 "built_at"),
    "rel": ("mentions", "counts"),
}


def test_a_database_from_before_the_new_columns_is_upgraded_and_rebuilt(tmp_path):
    docs = write(tmp_path / "docs", DOCS)
    db = tmp_path / "old.db"
    with EmbeddedStore(db) as s:
        build([docs / "a.txt"], s, jobs=1)
        nodes, rels = s._tables()
        for table, kind in [(t, "node") for t in nodes if t != "Document"] + [
                ("Document", "document")] + [(r, "rel") for r in rels]:
            for column in FIRST_RELEASE_LACKS[kind]:
                s._exec(f"ALTER TABLE {table} DROP {column}")
        s._exec("MATCH (d:Document) SET d.path = 'elsewhere/a.txt'")
    with EmbeddedStore(db) as s:  # opened for writing: the columns come back, empty
        assert {d.extractor for d in s.documents()} == {""}
        result = build([docs], s, jobs=1)
        assert len(result.stale) == 1 and len(result.built) == 3
        assert canon_graph(s) == fresh(tmp_path, [docs])


def test_loading_a_new_extraction_replaces_the_old_version(tmp_path):
    import io

    from conceptkg.build import extract_to_jsonl, load_jsonl

    docs = write(tmp_path / "docs", DOCS)

    def extracted(name: str) -> Path:
        buf = io.StringIO()
        extract_to_jsonl([docs], buf, jobs=1)
        (tmp_path / name).write_text(buf.getvalue(), encoding="utf-8")
        return tmp_path / name

    first = extracted("v1.jsonl")
    (docs / "a.txt").write_text(EDITED_A, encoding="utf-8")
    second = extracted("v2.jsonl")
    with EmbeddedStore(tmp_path / "db") as s:
        load_jsonl([first], s)
        again = load_jsonl([second], s)
        assert len(again.changed) == 1 and len(again.unchanged) == 2
        assert canon_graph(s) == fresh(tmp_path, [docs])


def test_a_large_file_that_shrinks_leaves_no_old_parts(tmp_path, monkeypatch):
    from conceptkg.loaders.reading import document, readers

    monkeypatch.setattr(readers, "LARGE_FILE_BYTES", 1000)
    monkeypatch.setattr(document, "LARGE_FILE_BYTES", 1000)
    monkeypatch.setattr(document.iter_document_parts, "__defaults__", (600, ""))
    line = "第{}号文件指出，数字经济推动高质量发展，某某集团公司打造工业互联网平台。\n"
    big = tmp_path / "docs" / "big.txt"
    big.parent.mkdir()
    big.write_text("".join(line.format(i) for i in range(60)), encoding="utf-8")
    with EmbeddedStore(tmp_path / "db") as s:
        build([big.parent], s, jobs=1)
        n_parts = len(s.documents())
        assert n_parts > 2
        big.write_text("".join(line.format(i) for i in range(30)), encoding="utf-8")
        build([big.parent], s, jobs=1)
        assert 1 < len(s.documents()) < n_parts
        assert canon_graph(s) == fresh(tmp_path, [big.parent])
        big.write_text(line.format(1), encoding="utf-8")  # small now: one whole document
        build([big.parent], s, jobs=1)
        assert [d.path for d in s.documents()] == [str(big)]
        assert canon_graph(s) == fresh(tmp_path, [big.parent])


def test_a_replacement_that_fails_halfway_leaves_the_old_version_whole(store, tmp_path,
                                                                        monkeypatch):
    from conceptkg.errors import ConceptKGError
    from conceptkg.graph.stores import statements

    docs = write(tmp_path / "docs", DOCS)
    build([docs], store, jobs=1)
    before = canon_graph(store)
    (docs / "a.txt").write_text(EDITED_A, encoding="utf-8")
    # the statement that drops the old Document comes after every node and edge change
    monkeypatch.setattr(statements, "DELETE_DOCUMENTS",
                        "UNWIND $rows AS x CALL no.such.procedure()")
    with pytest.raises(ConceptKGError):
        build([docs], store, jobs=1)
    assert canon_graph(store) == before
    monkeypatch.undo()
    assert len(build([docs], store, jobs=1).changed) == 1
    assert canon_graph(store) == fresh(tmp_path, [docs])


def test_copying_a_graph_replaces_older_versions_in_the_destination(store, tmp_path):
    from conceptkg.transfer import copy_graph

    docs = write(tmp_path / "docs", DOCS)
    build([docs], store, jobs=1)  # the destination holds the first versions
    (docs / "a.txt").write_text(EDITED_A, encoding="utf-8")
    with EmbeddedStore(tmp_path / "src") as src:
        build([docs], src, jobs=1)
        copy_graph(src, store)
        assert canon_graph(store) == canon_graph(src)


def test_an_edge_keeps_no_confidence_that_only_a_removed_document_gave_it(store, tmp_path):
    """Two sentences of a.txt agree on an edge (a higher confidence than b.txt's one sentence
    gives it): once a.txt is edited or removed, the edge has b.txt's confidence, as in a fresh
    build."""
    agree = {"a.txt": "数字经济带动溪宁文旅升级。数字经济将进一步带动溪宁文旅升级。",
             "b.txt": "岚州讯，数字经济带动溪宁文旅升级。恒拓集团打造溪宁数字平台。"}
    docs = write(tmp_path / "docs", agree)
    build([docs], store, jobs=1)

    def confidence() -> float:
        kg = store.read_graph()
        [edge] = [e for e in kg.edges() if e.type == "DRIVES"
                  and kg.node(e.source).name == "数字经济"]
        return edge.confidence

    high = confidence()
    (docs / "a.txt").write_text("恒拓集团推进岚州改革。", encoding="utf-8")
    build([docs], store, jobs=1)
    assert confidence() < high
    assert canon_graph(store) == fresh(tmp_path, [docs])
    remove([docs / "a.txt"], store)
    assert canon_graph(store) == fresh(tmp_path, [docs / "b.txt"])


def test_a_file_edited_to_the_content_of_another_loses_its_old_version(store, tmp_path):
    """a.txt is edited to say what b.txt says: its content is stored already (under b.txt),
    and its old version goes, as in a fresh build. Two files that swap their contents keep
    both."""
    docs = write(tmp_path / "docs", DOCS)
    build([docs], store, jobs=1)
    (docs / "a.txt").write_text(DOCS["b.txt"], encoding="utf-8")
    result = build([docs], store, jobs=1)
    assert [o.status for o in result.outcomes].count("unchanged") == 3
    # (the content stays recorded under b.txt, the path it was first built from)
    assert canon_graph(store) == fresh(tmp_path, [docs / "b.txt", docs / "c.md"])
    assert not [n for n in store.read_graph().nodes() if n.name == "星河计划"]
    (docs / "a.txt").write_text(DOCS["c.md"], encoding="utf-8")
    (docs / "c.md").write_text(DOCS["b.txt"], encoding="utf-8")
    build([docs], store, jobs=1)
    assert len(store.documents()) == 2


def test_load_takes_out_the_old_version_of_a_file_now_of_a_stored_content(store, tmp_path):
    from conceptkg.build import extract_to_jsonl, load_jsonl

    docs = write(tmp_path / "docs", DOCS)

    def extracted(name: str) -> Path:
        with open(tmp_path / name, "w", encoding="utf-8") as f:
            extract_to_jsonl([docs], f, jobs=1)
        return tmp_path / name

    load_jsonl([extracted("one.jsonl")], store)
    (docs / "a.txt").write_text(DOCS["b.txt"], encoding="utf-8")
    result = load_jsonl([extracted("two.jsonl")], store)
    assert [o.status for o in result.outcomes].count("unchanged") == 3
    assert canon_graph(store) == fresh(tmp_path, [docs / "b.txt", docs / "c.md"])


def test_a_file_emptied_loses_its_old_version(store, tmp_path):
    """An empty file has no document: what its earlier version said is no longer in it."""
    docs = write(tmp_path / "docs", DOCS)
    build([docs], store, jobs=1)
    (docs / "a.txt").write_text(" \n", encoding="utf-8")
    result = build([docs], store, jobs=1)
    assert [o.reason for o in result.empty] == ["changed"]
    assert canon_graph(store) == fresh(tmp_path, [docs])
    assert len(store.documents()) == 2
