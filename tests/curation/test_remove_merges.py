"""``remove`` gives the graph of a fresh build of the documents left, also when the removed
documents were the only ones that gave a merged organisation the name it kept: the merge is
undone and the body is named as the documents left name it. Made-up texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from conceptkg.build import build
from conceptkg.graph import EmbeddedStore
from conceptkg.remove import remove
from tests.helpers import canon_graph

CASES = {
    # the short name kept only because the removed file gives it as its own: the full name's
    # file has it as an alias
    "alias-left": {"x.txt": "恒拓集团有限公司打造溪宁数字平台。恒拓集团推进岚州港航工程。",
                   "y.txt": "恒拓集团建设溪宁新港。"},
    # the file left never writes the name the merge kept
    "name-gone": {"x.txt": "岚州市人民政府推进溪宁数字平台。",
                  "y.txt": "岚州市政府建设溪宁新港。岚州市政府打造岚州新城。"},
    "legal-form": {"x.txt": "恒拓集团股份有限公司（恒拓集团）打造溪宁数字平台。",
                   "y.txt": "恒拓集团建设溪宁新港。"},
    "three": {"x.txt": "恒拓集团有限公司打造溪宁数字平台。",
              "y.txt": "恒拓集团建设溪宁新港。",
              "z.txt": "恒拓集团有限公司推进岚州新城。"},
}


def graphs(tmp_path: Path, docs: dict[str, str], gone: list[str], one_by_one: bool = False
           ) -> tuple[str, str]:
    """(the graph after removing ``gone`` from a build of all (or of one file at a time, the
    last first), a fresh build of the rest)."""
    folder = tmp_path / "docs"
    folder.mkdir(exist_ok=True)
    for name, text in docs.items():
        (folder / name).write_text(text, encoding="utf-8")
    kept = [folder / f for f in sorted(docs) if f not in gone]
    with EmbeddedStore(tmp_path / f"fresh-{'-'.join(gone)}") as store:
        build(kept, store, jobs=1)
        fresh = canon_graph(store)
    with EmbeddedStore(tmp_path / f"all-{'-'.join(gone)}-{one_by_one}") as store:
        for batch in ([[folder / f] for f in sorted(docs, reverse=True)] if one_by_one
                      else [[folder]]):
            build(batch, store, jobs=1)
        assert "auto-merge" in canon_graph(store)
        remove([folder / f for f in gone], store)
        return canon_graph(store), fresh


@pytest.mark.parametrize("case", sorted(CASES))
def test_removing_the_files_that_named_a_merged_body_undoes_the_merge(tmp_path, case):
    docs = CASES[case]
    for gone in ([f] for f in sorted(docs)):
        for one_by_one in (False, True):
            after, fresh = graphs(tmp_path, docs, gone, one_by_one)
            assert after == fresh, (case, gone, one_by_one)


def test_a_body_named_two_ways_by_one_document_keeps_its_merge_after_a_remove(tmp_path):
    """A document that gives both names (two nodes of its own) still gives the body's name
    after another document is removed: nothing is undone (as a fresh build of it)."""
    docs = {"x.txt": "恒拓集团有限公司打造溪宁数字平台。溪宁市恒拓集团推进岚州港航。"
                     "恒拓集团建设溪宁新港。",
            "y.txt": "恒拓集团推进岚州新城。"}
    after, fresh = graphs(tmp_path, docs, ["y.txt"])
    assert after == fresh


def test_an_edited_file_that_no_longer_names_the_body_undoes_the_merge(tmp_path):
    """The replacement of a file takes its old version away as a remove does: the graph
    equals a fresh build of the files as they are now."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "x.txt").write_text(CASES["alias-left"]["x.txt"], encoding="utf-8")
    (docs / "y.txt").write_text(CASES["alias-left"]["y.txt"], encoding="utf-8")
    with EmbeddedStore(tmp_path / "edited") as store:
        build([docs], store, jobs=1)
        (docs / "y.txt").write_text("岚州港务局推进溪宁新港。", encoding="utf-8")
        build([docs], store, jobs=1)
        edited = canon_graph(store)
    with EmbeddedStore(tmp_path / "fresh") as store:
        build([docs], store, jobs=1)
        assert canon_graph(store) == edited


def test_a_split_of_an_automatic_merge_forgets_it_on_the_body(tmp_path):
    """curate split 恒拓集团 恒拓集团有限公司 after the automatic merge: the body keeps no note
    of the merge and no record of the name split out (a build with the split has neither)."""
    from conceptkg.curation import Curation, Entry, apply_to_store

    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in CASES["three"].items():
        (docs / name).write_text(text, encoding="utf-8")
    with EmbeddedStore(tmp_path / "db") as store:
        build([docs], store, jobs=1)
        [body] = [n for n in store.read_graph().nodes() if n.type == "Organization"]
        assert body.attributes["named_by"] and body.attributes["curated"]
        apply_to_store(store, Curation(entries=[Entry(op="split", name="恒拓集团",
                                                       alias="恒拓集团有限公司")]))
        body = next(n for n in store.read_graph().nodes() if n.name == "恒拓集团")
        assert "named_by" not in body.attributes
        assert [x["op"] for x in body.attributes["curated"]] == ["split"]


@pytest.mark.neo4j
def test_on_neo4j_too(neo4j_store, tmp_path):
    """The record travels through the Neo4j store as through the embedded one."""
    docs = CASES["alias-left"]
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in docs.items():
        (folder / name).write_text(text, encoding="utf-8")
    from conceptkg.curation import Curation

    build([folder], neo4j_store, jobs=1, curation=Curation())
    assert "auto-merge" in canon_graph(neo4j_store)
    remove([folder / "y.txt"], neo4j_store, curation=Curation())
    with EmbeddedStore(tmp_path / "fresh") as store:
        build([folder / "x.txt"], store, jobs=1, curation=Curation())
        assert canon_graph(neo4j_store) == canon_graph(store)
