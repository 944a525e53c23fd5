"""Entity resolution does not depend on the order documents were built in: the files built
one batch at a time in two orders, and all at once, give the same whole graph (which name an
automatic merge keeps, the reasons and the order of the notes recorded on the nodes)."""

from __future__ import annotations

import json
from pathlib import Path

from conceptkg.build import build
from conceptkg.curation import Curation
from conceptkg.graph import EmbeddedStore
from tests.helpers import canon_graph

DOCS = {
    "a.txt": "恒拓集团有限公司打造溪宁数字平台。法国外交部推动岚州港航合作。",
    "b.txt": "恒拓公司推进岚州港航工程。外交部推进溪宁领事服务。",
    "c.txt": "恒拓集团建设溪宁新港。德国外交部推动溪宁会展合作。",
    "d.txt": "恒拓集团实施岚州绿色计划。恒拓集团推进溪宁港口升级。",
    "e.txt": "溪宁市人民政府推进岚州港航工程。外交部推进溪宁签证服务。",
    "f.txt": "溪宁市政府推进溪宁数字平台。溪宁市政府打造岚州新城。",
}


def built(tmp_path: Path, name: str, batches: list[list[str]], texts: dict[str, str] = DOCS,
          folder: str = "docs") -> str:
    """The whole graph of ``texts`` built in ``batches`` (one build each) into a new store."""
    docs = tmp_path / folder
    docs.mkdir(exist_ok=True)
    for file, text in texts.items():
        (docs / file).write_text(text, encoding="utf-8")
    with EmbeddedStore(tmp_path / name) as store:
        for batch in batches:
            build([docs / f for f in batch], store, jobs=1, curation=Curation())
        return canon_graph(store)


def test_one_file_at_a_time_in_any_order_is_the_graph_of_one_build(tmp_path):
    whole = built(tmp_path, "whole", [sorted(DOCS)])
    assert "恒拓集团" in whole and "auto-merge" in whole and "auto-split" in whole
    for i, order in enumerate([["a.txt", "b.txt", "c.txt", "d.txt", "e.txt", "f.txt"],
                               ["d.txt", "c.txt", "f.txt", "b.txt", "a.txt", "e.txt"]]):
        assert built(tmp_path, f"order{i}", [[f] for f in order]) == whole, order


def test_a_body_with_more_sentences_than_it_keeps_loses_none_to_a_split(tmp_path):
    """外交部 has more sentences than a body keeps (100), and one document files 法国外交部's
    under it: whichever comes first, the split takes them out before the list is capped, so the
    domestic body keeps the same 100 sentences."""
    docs = tmp_path / "docs"
    docs.mkdir()
    names = []
    for d in range(6):
        text = "".join(f"外交部推进溪宁第{d * 20 + i}号合作项目。" for i in range(18))
        names.append(f"{d}.txt")
        (docs / names[-1]).write_text(text, encoding="utf-8")
    (docs / "f.txt").write_text("".join(f"法国外交部推动岚州第{i}号会展。" for i in range(6)),
                                encoding="utf-8")

    def graph(name: str, batches: list[list[str]]) -> str:
        with EmbeddedStore(tmp_path / name) as store:
            for batch in batches:
                build([docs / f for f in batch], store, jobs=1, curation=Curation())
            kg = store.read_graph(with_text=False)
            [domestic] = [n for n in kg.nodes() if n.name == "外交部"]
            assert len(domestic.evidence) == 100 and domestic.mentions == 108
            assert not any("法国" in e.sentence for e in domestic.evidence)
            return canon_graph(store)

    whole = graph("whole", [[*names, "f.txt"]])
    assert graph("foreign-last", [[f] for f in [*names, "f.txt"]]) == whole
    assert graph("foreign-first", [[f] for f in ["f.txt", *reversed(names)]]) == whole


RESPELT = {
    "a.txt": "恒拓集团实施溪宁Smart计划。溪宁Smart计划推动岚州数字经济。",
    "b.txt": "恒拓集团实施溪宁SMART计划。溪宁SMART计划带动岚州产业升级。",
    "c.txt": "溪宁SMART计划推动岚州绿色发展。",
    "d.txt": "岚州港务局推进溪宁Smart计划。溪宁SMART计划推动岚州港航升级。",
}


def respelt(tmp_path: Path, name: str, batches: list[list[str]]) -> str:
    return built(tmp_path, name, batches, RESPELT, "respelt")


def test_a_name_spelt_two_ways_keeps_the_same_spelling_in_any_order(tmp_path):
    """Not only organisations: a node whose names differ only in case or width (one id) keeps
    the spelling most stored documents contain, whatever the order, with the same alias_docs."""
    whole = respelt(tmp_path, "whole", [sorted(RESPELT)])
    data = json.loads(whole)
    [plan] = [n for n in data["nodes"] if n["type"] == "Initiative"]
    assert plan["name"] == "溪宁SMART计划" and plan["aliases"] == ["溪宁Smart计划"]
    assert respelt(tmp_path, "reversed", [sorted(RESPELT, reverse=True)]) == whole
    for i, order in enumerate([["a.txt", "b.txt", "c.txt", "d.txt"],
                               ["d.txt", "a.txt", "c.txt", "b.txt"],
                               ["c.txt", "b.txt", "a.txt", "d.txt"]]):
        assert respelt(tmp_path, f"order{i}", [[f] for f in order]) == whole, order
    assert respelt(tmp_path, "pairs", [["a.txt", "d.txt"], ["c.txt", "b.txt"]]) == whole


def test_a_users_respelling_wins_over_the_documents_in_any_order(tmp_path):
    """curate rename 溪宁SMART计划 溪宁Smart计划: the user's spelling stays, with the other as
    an alias, in every order, and the entry holds (no write on every build)."""
    from conceptkg.curation import Entry, check_store

    docs = tmp_path / "respelt"
    docs.mkdir()
    for file, text in RESPELT.items():
        (docs / file).write_text(text, encoding="utf-8")
    cur = Curation(entries=[Entry(op="rename", name="溪宁SMART计划", to="溪宁Smart计划")])
    graphs = []
    for i, batches in enumerate([[sorted(RESPELT)], [[f] for f in sorted(RESPELT)],
                                 [[f] for f in sorted(RESPELT, reverse=True)],
                                 [["b.txt"], ["c.txt"], ["a.txt", "d.txt"]]]):
        with EmbeddedStore(tmp_path / f"db{i}") as store:
            for batch in batches:
                build([docs / f for f in batch], store, jobs=1, curation=cur)
            [plan] = [n for n in store.read_graph(with_text=False).nodes()
                      if n.type == "Initiative"]
            assert plan.name == "溪宁Smart计划" and plan.aliases == ["溪宁SMART计划"]
            report = check_store(store, cur)
            assert [r.status for r in report.results] == ["holds"] and not report.changes
            graphs.append(canon_graph(store))
    assert graphs[1] == graphs[0] and graphs[2] == graphs[0] and graphs[3] == graphs[0]


def test_a_remove_respells_as_a_build_without_the_files(tmp_path):
    """remove equals a build without the files: the spelling the removed documents preferred
    gives way, and a spelling no stored document has any more is no alias."""
    from conceptkg.remove import remove

    docs = tmp_path / "respelt"
    for gone in (["b.txt", "c.txt"], ["b.txt", "c.txt", "d.txt"]):
        kept = [f for f in sorted(RESPELT) if f not in gone]
        fresh = respelt(tmp_path, f"fresh{len(gone)}", [kept])
        with EmbeddedStore(tmp_path / f"all{len(gone)}") as store:
            build([docs], store, jobs=1)
            result = remove([docs / f for f in gone], store)
            assert result.curation is not None
            assert canon_graph(store) == fresh, gone


def test_the_write_chunks_of_one_build_do_not_change_what_a_spelling_was_seen_in(
        tmp_path, monkeypatch):
    """A build writes its documents in chunks: a chunk whose first document spells the plan
    溪宁SMART计划 and whose next one 溪宁Smart计划 was merged into the stored 溪宁Smart计划
    as if every document of the chunk had written SMART."""
    import conceptkg.build as building

    texts = {"p0.txt": "恒拓集团实施溪宁Smart计划。",
             "p1.txt": "岚州港务局推进溪宁新港工程。",
             "p2.txt": "溪宁SMART计划推动岚州数字经济。",
             "p3.txt": "溪宁Smart计划带动岚州产业升级。"}
    docs = tmp_path / "chunks"
    docs.mkdir()
    for file, text in texts.items():
        (docs / file).write_text(text, encoding="utf-8")
    graphs = []
    for chunk in (64, 2):
        monkeypatch.setattr(building, "CHUNK_DOCS", chunk)
        with EmbeddedStore(tmp_path / f"chunk{chunk}") as store:
            build([docs], store, jobs=1, curation=Curation())
            [plan] = [n for n in store.read_graph(with_text=False).nodes()
                      if n.type == "Initiative" and "计划" in n.name]
            [p2] = [d.id for d in store.documents() if d.path.endswith("p2.txt")]
            assert plan.name == "溪宁Smart计划" and plan.alias_docs == {"溪宁SMART计划": [p2]}
            graphs.append(canon_graph(store))
    assert graphs[1] == graphs[0]


def test_a_remove_takes_back_an_automatic_merge_only_its_documents_made(tmp_path):
    """恒拓集团有限公司 (one file) merged into 恒拓集团 (another): removing the file of the
    merged name leaves the graph of a build of the other alone, with no merge recorded."""
    from conceptkg.remove import remove

    texts = {"x.txt": "恒拓集团有限公司打造溪宁数字平台。",
             "y.txt": "恒拓集团推进岚州港航工程。恒拓集团建设溪宁新港。"}
    docs = tmp_path / "orgs"
    docs.mkdir()
    for file, text in texts.items():
        (docs / file).write_text(text, encoding="utf-8")
    for gone, kept in (("x.txt", "y.txt"),):
        with EmbeddedStore(tmp_path / f"fresh-{kept}") as store:
            build([docs / kept], store, jobs=1)
            fresh = canon_graph(store)
        with EmbeddedStore(tmp_path / f"all-{gone}") as store:
            build([docs], store, jobs=1)
            assert "auto-merge" in canon_graph(store)
            remove([docs / gone], store)
            assert canon_graph(store) == fresh, gone


def test_without_resolution_a_name_spelt_two_ways_still_keeps_one_spelling_in_any_order(
        tmp_path):
    """``resolve: false`` turns off the merging of different nodes (organisations), not the
    choice among the spellings of one node (one id): that stays the one most stored documents
    contain, whatever the order the files were built in."""
    docs = tmp_path / "respelt"
    docs.mkdir()
    for file, text in RESPELT.items():
        (docs / file).write_text(text, encoding="utf-8")
    graphs = []
    for i, batches in enumerate([[sorted(RESPELT)], [[f] for f in sorted(RESPELT)],
                                 [[f] for f in sorted(RESPELT, reverse=True)],
                                 [["a.txt"], ["d.txt", "c.txt"], ["b.txt"]]]):
        with EmbeddedStore(tmp_path / f"db{i}") as store:
            for batch in batches:
                build([docs / f for f in batch], store, jobs=1,
                      curation=Curation(resolve=False))
            kg = store.read_graph(with_text=False)
            [plan] = [n for n in kg.nodes() if n.type == "Initiative"]
            assert plan.name == "溪宁SMART计划" and plan.aliases == ["溪宁Smart计划"], batches
            graphs.append(canon_graph(store))
            assert "auto-merge" not in graphs[-1]
    assert graphs[1] == graphs[0] and graphs[2] == graphs[0] and graphs[3] == graphs[0]
