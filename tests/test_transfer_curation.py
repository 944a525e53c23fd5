"""Which corrections a copy between stores applies: those of the DESTINATION (``curation="auto"``,
as for build, load and import), the same from Python as from ``conceptkg push`` / ``pull``;
``None`` applies nothing, a path or a Curation another file. Made-up texts."""

from __future__ import annotations

import pytest

from conceptkg.build import build
from conceptkg.graph import EmbeddedStore
from conceptkg.transfer import copy_graph
from tests.helpers import canon_graph, run_cli

DOCS = {"a.txt": "岚州文旅带动溪宁消费。恒拓集团打造岚州数字平台。",
        "b.txt": "溪宁市科技创新推动岚州产业升级。数字经济赋能溪宁高质量发展。"}
OTHER = {"c.txt": "恒拓集团公司推进溪宁港口建设。科技创新有力带动产业升级。"}
#: the source's own file: an edge it rejects
SOURCE_FIX = ("version: 1\ncorrections:\n"
              "  - {op: reject-edge, source: 数字经济, rel: DRIVES, target: 高质量发展}\n")
#: the destination's own file: a retype that the pushed nodes must get too
DEST_FIX = "version: 1\ncorrections:\n  - {op: retype, name: 科技创新, to: Factor}\n"


def write(folder, docs: dict[str, str]):
    folder.mkdir()
    for name, text in docs.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def types_of(store, name: str) -> list[str]:
    return sorted(n.type for n in store.read_graph().nodes() if n.name == name)


def names(store) -> set[str]:
    return {n.name for n in store.read_graph().nodes()}


def source(tmp_path):
    """An embedded database built from DOCS with its own corrections file."""
    db = tmp_path / "src.db"
    (tmp_path / "src.db.curation.yaml").write_text(SOURCE_FIX, encoding="utf-8")
    with EmbeddedStore(db) as s:
        build([write(tmp_path / "docs", DOCS)], s, jobs=1)
    return db


def destination(tmp_path, name: str = "dst.db"):
    """An embedded database built from OTHER with its own corrections file."""
    db = tmp_path / name
    (tmp_path / f"{name}.curation.yaml").write_text(DEST_FIX, encoding="utf-8")
    with EmbeddedStore(db) as s:
        build([write(tmp_path / f"other-{name}", OTHER)], s, jobs=1)
    return db


def test_copy_graph_applies_the_destinations_own_corrections_by_default(tmp_path):
    src = source(tmp_path)
    dst = destination(tmp_path)
    with EmbeddedStore(src, read_only=True) as a, EmbeddedStore(dst) as b:
        copy_graph(a, b)
        assert types_of(b, "科技创新") == ["Factor"]  # the destination's retype, on the copy too
        assert "恒拓集团公司" not in names(b)  # resolved across the two stores' documents
        rows = b.query("MATCH (a {name: $a})-[r:DRIVES]->(b {name: $b}) RETURN count(r)",
                       {"a": "数字经济", "b": "高质量发展"}).rows
        assert rows == [[0]]  # (rejected in the source: not copied)
    # the same files built into one store with the destination's corrections: the same graph
    with EmbeddedStore(tmp_path / "one.db") as one:
        (tmp_path / "one.db.curation.yaml").write_text(DEST_FIX + "  - {op: reject-edge, "
                                                       "source: 数字经济, rel: DRIVES, "
                                                       "target: 高质量发展}\n", encoding="utf-8")
        build([tmp_path / "docs", tmp_path / "other-dst.db"], one, jobs=1)
        assert canon_graph(one) == canon_graph(dst)


def test_copy_graph_with_none_applies_nothing_and_a_path_applies_that_file(tmp_path):
    src = source(tmp_path)
    dst = destination(tmp_path)
    with EmbeddedStore(src, read_only=True) as a, EmbeddedStore(dst) as b:
        copy_graph(a, b, curation=None)
        assert types_of(b, "科技创新") == ["Concept", "Factor"]
        assert "恒拓集团公司" in names(b)
    other = destination(tmp_path, "third.db")
    fix = tmp_path / "fix.yaml"
    fix.write_text("version: 1\nresolve: false\ncorrections:\n"
                   "  - {op: retype, name: 产业升级, to: Initiative}\n", encoding="utf-8")
    with EmbeddedStore(src, read_only=True) as a, EmbeddedStore(other) as b:
        copy_graph(a, b, curation=fix)
        assert types_of(b, "产业升级") == ["Initiative"]
        assert types_of(b, "科技创新") == ["Concept", "Factor"]  # its own file not applied


def test_a_missing_corrections_file_is_refused_before_anything_is_copied(tmp_path):
    from conceptkg.errors import ParameterError

    src = source(tmp_path)
    with EmbeddedStore(src, read_only=True) as a, EmbeddedStore(tmp_path / "new.db") as b:
        with pytest.raises(ParameterError, match="no such corrections file"):
            copy_graph(a, b, curation=tmp_path / "missing.yaml")
        assert b.stats()["documents"] == 0


@pytest.mark.neo4j
def test_cli_push_and_library_push_give_the_same_graph(capsys, neo4j_clean, tmp_path,
                                                        monkeypatch):
    from conceptkg.graph.stores.neo4j import Neo4jStore
    from conceptkg.transfer import pull, push
    from tests.neo4j_fixtures import clear_database

    user, pw = neo4j_clean.auth
    monkeypatch.setenv("NEO4J_USERNAME", user)
    monkeypatch.setenv("NEO4J_PASSWORD", pw)
    monkeypatch.delenv("NEO4J_DATABASE", raising=False)
    monkeypatch.chdir(tmp_path)  # the Neo4j database's own file: ./conceptkg.curation.yaml
    (tmp_path / "conceptkg.curation.yaml").write_text(DEST_FIX, encoding="utf-8")
    src = source(tmp_path)
    write(tmp_path / "other", OTHER)
    uri = neo4j_clean.uri

    def pushed(by_cli: bool) -> str:
        clear_database(neo4j_clean)
        code, _, err = run_cli(capsys, "build", tmp_path / "other", "--neo4j", uri)
        assert code == 0, err
        if by_cli:
            code, _, err = run_cli(capsys, "push", "--db", src, "--neo4j", uri)
            assert code == 0, err
        else:
            push(str(src), uri)
        with Neo4jStore(uri, auth=neo4j_clean.auth) as server:
            assert types_of(server, "科技创新") == ["Factor"]
            assert "恒拓集团公司" not in names(server)
            return canon_graph(server)

    assert pushed(by_cli=True) == pushed(by_cli=False)
    # and pull: the embedded destination's own file, from the CLI and from Python alike
    (tmp_path / "p1.db.curation.yaml").write_text(SOURCE_FIX, encoding="utf-8")
    (tmp_path / "p2.db.curation.yaml").write_text(SOURCE_FIX, encoding="utf-8")
    code, _, err = run_cli(capsys, "pull", "--db", tmp_path / "p1.db", "--neo4j", uri)
    assert code == 0, err
    pull(str(tmp_path / "p2.db"), uri)
    assert canon_graph(tmp_path / "p1.db") == canon_graph(tmp_path / "p2.db")


def test_a_copy_reports_what_the_corrections_did_and_import_says_it(capsys, tmp_path):
    """As a build says ``stale correction: …``, so do import (and push / pull, which print
    the same report): a copy returns what applying the corrections did."""
    src = source(tmp_path)
    stale = "version: 1\ncorrections:\n  - {op: reject-node, name: 溪宁不存在公司}\n"
    (tmp_path / "dst.db.curation.yaml").write_text(stale, encoding="utf-8")
    with EmbeddedStore(src, read_only=True) as a, EmbeddedStore(tmp_path / "dst.db") as b:
        report = copy_graph(a, b)
    assert [r.status for r in report.curation.results] == ["stale"]
    export = tmp_path / "图 导出.json"
    assert run_cli(capsys, "export", "-o", export, "--db", src, "--with-text")[0] == 0
    (tmp_path / "新 库.db.curation.yaml").write_text(stale, encoding="utf-8")
    code, _, err = run_cli(capsys, "import", export, "--db", tmp_path / "新 库.db")
    assert code == 0, err
    assert "stale correction: reject-node 溪宁不存在公司" in err, err


def test_a_copy_says_which_corrections_it_brought_that_the_destinations_file_lacks(
        capsys, tmp_path):
    """The source was corrected with its own file; the copied nodes record those corrections.
    The destination's file lacks them, so a rebuild there would undo them: the copy says so
    (as build does), naming them."""
    fix = "version: 1\ncorrections:\n  - {op: retype, name: 产业升级, to: Initiative}\n"
    db = tmp_path / "src.db"
    (tmp_path / "src.db.curation.yaml").write_text(fix, encoding="utf-8")
    with EmbeddedStore(db) as s:
        build([write(tmp_path / "docs", DOCS)], s, jobs=1)
    with EmbeddedStore(db, read_only=True) as a, EmbeddedStore(tmp_path / "dst.db") as b:
        report = copy_graph(a, b)
        assert types_of(b, "产业升级") == ["Initiative"]
    assert report.curation.elsewhere == ["retype 产业升级 to Initiative"]
    export = tmp_path / "g.json"
    assert run_cli(capsys, "export", "-o", export, "--db", db, "--with-text")[0] == 0
    code, _, err = run_cli(capsys, "import", export, "--db", tmp_path / "other.db")
    assert code == 0, err
    assert "note: the store holds corrections that" in err and "retype 产业升级" in err, err


def test_an_export_without_texts_imports_with_the_names_resolution_chose(capsys, tmp_path):
    """Resolution chooses a merged body's name by how many documents contain it. An export
    without the texts (the default) gave every name none, so its import renamed the body to
    its shortest name; the evidence sentences of a document without text count for it."""
    docs = {"a.txt": "岚州市人民政府推进溪宁数字平台。", "b.txt": "岚州市人民政府建设溪宁新港。",
            "c.txt": "岚州市政府打造岚州新城。"}
    db = tmp_path / "kg.db"
    with EmbeddedStore(db) as s:
        build([write(tmp_path / "docs", docs)], s, jobs=1)
        [body] = [n for n in s.read_graph().nodes() if n.type == "Organization"]
        assert body.name == "岚州市人民政府" and body.aliases == ["岚州市政府"]
    export = tmp_path / "无 文本.json"
    assert run_cli(capsys, "export", "-o", export, "--db", db)[0] == 0
    code, _, err = run_cli(capsys, "import", export, "--db", tmp_path / "back.db")
    assert code == 0, err
    with EmbeddedStore(tmp_path / "back.db", read_only=True) as s:
        [body] = [n for n in s.read_graph().nodes() if n.type == "Organization"]
        assert body.name == "岚州市人民政府" and body.aliases == ["岚州市政府"]


def test_a_rejection_holds_after_an_import_without_texts(capsys, tmp_path):
    """A rejected name that no document without text can be searched for was reported stale
    ('is in no stored document') on an import of an export without texts: the evidence
    sentences stored from those documents are searched instead."""
    fix = "version: 1\ncorrections:\n  - {op: reject-node, name: 溪宁数字平台}\n"
    (tmp_path / "kg.db.curation.yaml").write_text(fix, encoding="utf-8")
    (tmp_path / "back.db.curation.yaml").write_text(fix, encoding="utf-8")
    docs = write(tmp_path / "docs", {"a.txt": "恒拓集团有限公司打造溪宁数字平台。"
                                              "岚州港务局推进岚州港航工程。"})
    code, _, err = run_cli(capsys, "build", docs, "--db", tmp_path / "kg.db", "-j", "1")
    assert code == 0 and "stale" not in err, err
    assert run_cli(capsys, "export", "-o", tmp_path / "g.json", "--db", tmp_path / "kg.db")[0] == 0
    code, _, err = run_cli(capsys, "import", tmp_path / "g.json", "--db", tmp_path / "back.db")
    assert code == 0 and "without their text" in err, err
    assert "stale" not in err, err
