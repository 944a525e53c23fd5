"""The library's build into a store corrects and resolves as ``conceptkg build`` does: by
default it applies the store's own corrections file (the one the CLI reads) and resolves
entities across documents; ``curation=None`` turns both off."""

from __future__ import annotations

from pathlib import Path

import pytest

from conceptkg.build import build, load_jsonl
from conceptkg.curation import Curation, Entry
from conceptkg.errors import ParameterError
from conceptkg.graph import EmbeddedStore
from tests.helpers import canon_graph, run_cli

DOCS = {
    "a.txt": "恒拓集团有限公司打造溪宁数字平台。岚州港务局推进溪宁新港工程。"
             "溪宁Smart计划推动岚州绿色发展。",
    "b.txt": "恒拓集团推进岚州港航工程。溪宁数字平台带动岚州数字经济。",
    "c.txt": "岚州港务局实施溪宁SMART计划。",
}


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    d = tmp_path / "文 档"
    d.mkdir()
    for name, text in DOCS.items():
        (d / name).write_text(text, encoding="utf-8")
    return d


def corrections(db: Path) -> Path:
    cur = Curation(path=str(db.parent / f"{db.name}.curation.yaml"))
    cur.add(Entry(op="reject-node", name="溪宁数字平台"))
    cur.add(Entry(op="merge", name="岚州港务局", into="恒拓集团"))
    cur.save()
    return Path(cur.path)


def names(db: Path) -> set[str]:
    with EmbeddedStore(db, read_only=True) as s:
        return {n.name for n in s.read_graph(with_text=False).nodes()}


def test_a_library_build_is_the_graph_of_a_cli_build(capsys, tmp_path, docs):
    cli, lib = tmp_path / "cli.db", tmp_path / "lib.db"
    corrections(cli)
    corrections(lib)
    code, _, err = run_cli(capsys, "build", docs, "--db", cli, "-j", "1")
    assert code == 0, err
    with EmbeddedStore(lib) as store:
        result = build([docs], store, jobs=1)
    assert result.curation is not None and len(result.curation.changed) == 2
    assert canon_graph(lib) == canon_graph(cli)
    got = names(lib)
    assert "溪宁数字平台" not in got and "岚州港务局" not in got  # the corrections
    assert "恒拓集团有限公司" not in got and "溪宁SMART计划" in got  # the resolution


def test_a_library_load_applies_the_stores_corrections_too(capsys, tmp_path, docs):
    lines = tmp_path / "docs.jsonl"
    assert run_cli(capsys, "extract", docs, "-o", lines, "-j", "1")[0] == 0
    cli, lib = tmp_path / "cli.db", tmp_path / "lib.db"
    corrections(cli)
    corrections(lib)
    code, _, err = run_cli(capsys, "load", lines, "--db", cli)
    assert code == 0, err
    with EmbeddedStore(lib) as store:
        load_jsonl([lines], store)
    assert canon_graph(lib) == canon_graph(cli)


def test_curation_none_applies_nothing(tmp_path, docs):
    db = tmp_path / "kg.db"
    corrections(db)
    with EmbeddedStore(db) as store:
        result = build([docs], store, jobs=1, curation=None)
    assert result.curation is None
    got = names(db)
    assert {"溪宁数字平台", "岚州港务局", "恒拓集团有限公司"} <= got


def test_a_corrections_file_can_be_named(tmp_path, docs):
    db = tmp_path / "kg.db"
    other = corrections(tmp_path / "other.db")
    with EmbeddedStore(db) as store:
        build([docs], store, jobs=1, curation=other)
    assert "溪宁数字平台" not in names(db)
    with EmbeddedStore(tmp_path / "str.db") as store:
        build([docs], store, jobs=1, curation=str(other))
    assert "溪宁数字平台" not in names(tmp_path / "str.db")
    with EmbeddedStore(tmp_path / "bad.db") as store, pytest.raises(ParameterError) as info:
        build([docs], store, jobs=1, curation=42)
    assert str(info.value).startswith("curation=42: give 'auto'")
    with EmbeddedStore(tmp_path / "again.db") as store, pytest.raises(ParameterError) as info:
        build([docs], store, jobs=1, curation=tmp_path / "missing.yaml")
    assert "no such corrections file" in str(info.value)


def test_an_in_memory_build_has_nothing_to_correct(docs):
    result = build([docs], None, jobs=1, keep_graph=True)
    assert result.curation is None and len(result.graph)


def test_a_cli_remove_gives_the_graph_of_a_build_without_the_files(capsys, tmp_path):
    """After remove, resolution chooses again from the documents left (here which spelling
    names the plan), as the build of the files left does."""
    docs = tmp_path / "docs"
    docs.mkdir()
    texts = {"a.txt": "恒拓集团实施溪宁Smart计划。", "b.txt": "溪宁SMART计划推动岚州数字经济。",
             "c.txt": "溪宁SMART计划带动岚州产业升级。"}
    for name, text in texts.items():
        (docs / name).write_text(text, encoding="utf-8")
    every, kept = tmp_path / "every.db", tmp_path / "kept.db"
    assert run_cli(capsys, "build", docs, "--db", every, "-j", "1")[0] == 0
    assert "溪宁SMART计划" in names(every)
    code, _, err = run_cli(capsys, "remove", docs / "b.txt", docs / "c.txt", "--db", every)
    assert code == 0, err
    assert run_cli(capsys, "build", docs / "a.txt", "--db", kept, "-j", "1")[0] == 0
    assert canon_graph(every) == canon_graph(kept)


def test_a_library_import_applies_the_stores_corrections_as_the_cli_import(capsys, tmp_path,
                                                                           docs):
    """``import_graph(path, store)`` from Python corrects as ``conceptkg import`` does (the
    store's own corrections file); ``curation=None`` applies nothing."""
    from conceptkg.importing import import_graph

    source = tmp_path / "source.db"
    assert run_cli(capsys, "build", docs, "--db", source, "-j", "1")[0] == 0
    export = tmp_path / "graph.json"
    code, _, err = run_cli(capsys, "export", "--db", source, "-o", export, "--format", "json",
                           "--with-text")
    assert code == 0, err
    cli, lib, plain = tmp_path / "cli.db", tmp_path / "lib.db", tmp_path / "plain.db"
    for db in (cli, lib, plain):
        corrections(db)
    code, _, err = run_cli(capsys, "import", export, "--db", cli)
    assert code == 0, err
    with EmbeddedStore(lib) as store:
        import_graph(export, store)
    assert "溪宁数字平台" not in names(lib)
    assert canon_graph(lib) == canon_graph(cli)
    with EmbeddedStore(plain) as store:
        import_graph(export, store, curation=None)
    assert "溪宁数字平台" in names(plain)


def test_auto_reads_no_stray_file_for_a_store_of_unknown_location(tmp_path, monkeypatch):
    """A store that is neither an embedded database nor a Neo4j server (a GraphStore of one's
    own) has no corrections file of its own: 'auto' resolves entities and reads no file, not
    the working directory's conceptkg.db.curation.yaml, another store's."""
    from conceptkg.build_curation import curation_for_build

    class ElsewhereStore:
        pass

    monkeypatch.chdir(tmp_path)
    corrections(tmp_path / "conceptkg.db")  # the default embedded store's own file
    cur = curation_for_build(ElsewhereStore(), "auto")
    assert cur.entries == [] and cur.resolve and not cur.path
