"""``curate undo`` on documents built with options: an extra lexicon (given again with
``--lexicon``), ``--min-confidence`` and ``--no-metrics`` (recorded on each document), and a
large file built in parts. What cannot be extracted the same way is refused in one line that
says why, and nothing changes."""

from __future__ import annotations

from pathlib import Path

import yaml

from conceptkg.graph import EmbeddedStore
from conceptkg.loaders.reading import document, readers
from tests.helpers import canon_graph, cli_build, run_cli

run = run_cli
DOCS = {"a.txt": "恒拓集团打造溪宁数字平台。岚州港务局推进溪宁新港工程。",
        "b b.txt": "溪宁数字平台带动岚州数字经济。溪宁云链促进岚州港航升级。"}
LEXICON = "terms:\n  Factor:\n    - 溪宁云链\n"


def names(db: Path) -> set[str]:
    with EmbeddedStore(db, read_only=True) as s:
        return {n.name for n in s.read_graph(with_text=False).nodes()}


def built(capsys, tmp_path: Path, *options: object, docs: dict[str, str] = DOCS) -> Path:
    return cli_build(capsys, tmp_path, docs, *options, folder="文 档")


def undo_gives_back(capsys, db: Path, *undo_options: object) -> None:
    before = canon_graph(db)
    code, _, err = run(capsys, "curate", "reject-node", "溪宁数字平台", "--db", db)
    assert code == 0, err
    assert "溪宁数字平台" not in names(db)
    code, _, err = run(capsys, "curate", "undo", "1", "--db", db, *undo_options)
    assert code == 0, err
    assert "2 document(s) that mention it built again" in err
    assert canon_graph(db) == before


def test_undo_of_documents_built_with_min_confidence_and_no_metrics(capsys, tmp_path):
    db = built(capsys, tmp_path, "--min-confidence", "0.6", "--no-metrics")
    undo_gives_back(capsys, db)


def test_undo_of_documents_built_with_a_lexicon_takes_the_lexicon_again(capsys, tmp_path):
    lex = tmp_path / "词 表.yaml"
    lex.write_text(LEXICON, encoding="utf-8")
    db = built(capsys, tmp_path, "--lexicon", lex)
    assert "溪宁云链" in names(db)
    code, _, err = run(capsys, "curate", "reject-node", "溪宁数字平台", "--db", db)
    assert code == 0, err
    before_undo = canon_graph(db)
    code, _, err = run(capsys, "curate", "undo", "1", "--db", db)  # without the lexicon
    assert code == 1
    [line] = err.strip().splitlines()
    assert "built with an extra lexicon" in line and "--lexicon" in line and "文 档" in line
    assert "nothing changed" in line, line
    assert canon_graph(db) == before_undo
    path = tmp_path / "kg.db.curation.yaml"
    assert len(yaml.safe_load(path.read_text("utf-8"))["corrections"]) == 1
    other = tmp_path / "other.yaml"
    other.write_text("terms:\n  Concept:\n    - 岚州港航\n", encoding="utf-8")
    code, _, err = run(capsys, "curate", "undo", "1", "--db", db, "--lexicon", other)
    assert code == 1 and "built with an extra lexicon" in err and canon_graph(db) == before_undo
    [line] = err.strip().splitlines()
    assert "the --lexicon files given differ from those of the build: give the same" in line
    code, _, err = run(capsys, "curate", "undo", "1", "--db", db, "--lexicon", lex)
    assert code == 0, err
    assert "溪宁数字平台" in names(db) and "溪宁云链" in names(db)


def test_undo_with_the_lexicon_gives_back_the_graph_before(capsys, tmp_path):
    lex = tmp_path / "lex.yaml"
    lex.write_text(LEXICON, encoding="utf-8")
    db = built(capsys, tmp_path, "--lexicon", lex, "--min-confidence", "0.5")
    undo_gives_back(capsys, db, "--lexicon", lex)


def test_undo_of_a_large_file_built_in_parts(capsys, tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "LARGE_FILE_BYTES", 1000)
    monkeypatch.setattr(document, "LARGE_FILE_BYTES", 1000)
    monkeypatch.setattr(document.iter_document_parts, "__defaults__", (1000, ""))
    lines = ["恒拓集团打造溪宁数字平台。\n", "溪宁数字平台带动岚州数字经济。\n",
             "岚州港务局推进溪宁新港工程。\n"]
    big = "".join(lines[i % 3] for i in range(120))
    db = built(capsys, tmp_path, docs={"大 文件.txt": big})
    with EmbeddedStore(db, read_only=True) as s:
        paths = [d.path for d in s.read_graph(with_text=False).documents.values()]
    assert len(paths) >= 2 and all("#part" in p for p in paths)
    before = canon_graph(db)
    code, _, err = run(capsys, "curate", "reject-node", "溪宁数字平台", "--db", db)
    assert code == 0, err
    code, _, err = run(capsys, "curate", "undo", "1", "--db", db)
    assert code == 0, err
    assert f"{len(paths)} document(s) that mention it built again" in err
    assert canon_graph(db) == before


def test_an_undo_interrupted_before_it_ends_keeps_the_entry_in_the_file(capsys, tmp_path,
                                                                        monkeypatch):
    """Ctrl-C while the documents are written: the entry is still in the file (the file is
    written last), so running the same undo again finishes it."""
    import conceptkg.curation.undo as undo

    db = built(capsys, tmp_path)
    before = canon_graph(db)
    assert run(capsys, "curate", "reject-node", "溪宁数字平台", "--db", db)[0] == 0
    path = tmp_path / "kg.db.curation.yaml"
    file = path.read_bytes()

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    with monkeypatch.context() as m:
        m.setattr(undo, "apply_to_store", interrupted)
        code, _, err = run(capsys, "curate", "undo", "1", "--db", db)
    assert code != 0
    assert path.read_bytes() == file
    code, _, err = run(capsys, "curate", "undo", "1", "--db", db)
    assert code == 0, err
    assert canon_graph(db) == before
    assert yaml.safe_load(path.read_text("utf-8"))["corrections"] == []
