"""``conceptkg import``: a graph export read back into a fresh store gives the same graph, field
for field (build → export → import → export again → equal); what is not an export is refused
with one line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conceptkg.cli import main
from conceptkg.graph import EmbeddedStore
from conceptkg.graph.io_networkx import read_gexf, read_graphml
from tests.helpers import TWO_DOCS, run_cli

DOCS = TWO_DOCS
run = run_cli


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """A store built from two documents, with a merge (aliases) and attributes on a node."""
    tmp = tmp_path_factory.mktemp("built")
    docs = tmp / "docs"
    docs.mkdir()
    for name, text in DOCS.items():
        (docs / name).write_text(text, encoding="utf-8")
    db = tmp / "kg.db"
    assert main(["build", str(docs), "--db", str(db), "-j", "1"]) == 0
    assert main(["curate", "merge", "科技创新", "数字经济", "--db", str(db), "--note", "same",
                 "--author", "ana"]) == 0
    return db


def _whole(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_json_export_round_trip_is_equal_field_for_field(capsys, tmp_path, built):
    first, second = tmp_path / "g1.json", tmp_path / "g2.json"
    code, _, err = run(capsys, "export", "-o", first, "--db", built, "--with-text")
    assert code == 0, err
    data = _whole(first)
    # the export holds what must survive: provenance, aliases, attributes, evidence, texts
    merged = next(n for n in data["nodes"] if n["name"] == "数字经济")
    assert "科技创新" in merged["aliases"] and merged["attributes"].get("curated")
    assert all(d["text"] and d["path"] and d["extractor"] for d in data["documents"])
    assert all(e["evidence"] and e["counts"] for e in data["edges"])
    fresh = tmp_path / "fresh.db"
    code, _, err = run(capsys, "import", first, "--db", fresh)
    assert code == 0, err
    assert f"{len(data['documents'])} documents from" in err and "without their text" not in err
    # (the merge came with the graph; fresh.db's own file lacks it: a rebuild would undo it)
    assert "lacks (merge 科技创新 into 数字经济)" in err
    code, _, err = run(capsys, "export", "-o", second, "--db", fresh, "--with-text")
    assert code == 0, err
    assert _whole(second) == data
    # importing again changes nothing
    assert run(capsys, "import", first, "--db", fresh)[0] == 0
    assert run(capsys, "export", "-o", second, "--db", fresh, "--with-text")[0] == 0
    assert _whole(second) == data


def test_export_without_text_round_trips_all_but_the_text(capsys, tmp_path, built):
    first, second = tmp_path / "g1.json", tmp_path / "g2.json"
    assert run(capsys, "export", "-o", first, "--db", built)[0] == 0
    fresh = tmp_path / "fresh.db"
    code, _, err = run(capsys, "import", first, "--db", fresh)
    assert code == 0 and "note: 2 document(s) came without their text" in err, err
    assert run(capsys, "export", "-o", second, "--db", fresh)[0] == 0
    before, after = _whole(first), _whole(second)
    for d in before["documents"]:  # the length of a text the file did not hold
        d.pop("chars")
    for d in after["documents"]:
        assert d.pop("chars") == 0
    assert after == before


def test_an_export_without_text_keeps_the_texts_a_store_already_has(capsys, tmp_path, built):
    """The same documents merged again from an export made without ``--with-text`` (or from
    GraphML) leave the stored texts as they were: an import never loses data."""
    import shutil

    copy = tmp_path / "copy.db"
    shutil.copytree(built, copy)
    with_text, textless, after = (tmp_path / n for n in ("t.json", "n.json", "a.json"))
    assert run(capsys, "export", "-o", with_text, "--db", copy, "--with-text")[0] == 0
    assert run(capsys, "export", "-o", textless, "--db", copy)[0] == 0
    assert run(capsys, "import", textless, "--db", copy)[0] == 0
    assert run(capsys, "export", "-o", after, "--db", copy, "--with-text")[0] == 0
    assert _whole(after) == _whole(with_text)
    assert all(d["text"] and d["chars"] == len(d["text"]) for d in _whole(after)["documents"])


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graphml_and_gexf_export_round_trip_is_equal(capsys, tmp_path, built, fmt):
    gml, again, js1, js2 = (tmp_path / n for n in (f"g.{fmt}", f"g2.{fmt}", "a.json",
                                                    "b.json"))
    assert run(capsys, "export", "-o", gml, "-f", fmt, "--db", built)[0] == 0
    fresh = tmp_path / "fresh.db"
    code, _, err = run(capsys, "import", gml, "--db", fresh)
    assert code == 0, err
    assert run(capsys, "export", "-o", again, "-f", fmt, "--db", fresh)[0] == 0
    from conceptkg.graph.io_json import graph_to_dict

    read = read_graphml if fmt == "graphml" else read_gexf
    assert graph_to_dict(read(again)) == graph_to_dict(read(gml))
    # and the same graph as the JSON exports of both stores, but for the texts
    assert run(capsys, "export", "-o", js1, "--db", built)[0] == 0
    assert run(capsys, "export", "-o", js2, "--db", fresh)[0] == 0
    a, b = _whole(js1), _whole(js2)
    for d in (*a["documents"], *b["documents"]):
        d.pop("chars")
    assert a == b


def test_export_takes_its_format_from_the_file_name(capsys, tmp_path, built):
    """``export -o g.graphml`` writes GraphML (not JSON under a GraphML name), so that
    ``import g.graphml`` reads it back; a --format the name contradicts is refused."""
    gml, js1, js2 = tmp_path / "g.graphml", tmp_path / "a.json", tmp_path / "b.json"
    assert run(capsys, "export", "-o", gml, "--db", built)[0] == 0
    assert read_graphml(gml).documents
    fresh = tmp_path / "fresh.db"
    code, _, err = run(capsys, "import", gml, "--db", fresh)
    assert code == 0, err
    assert run(capsys, "export", "-o", js1, "--db", built)[0] == 0
    assert run(capsys, "export", "-o", js2, "--db", fresh)[0] == 0
    a, b = _whole(js1), _whole(js2)
    for d in (*a["documents"], *b["documents"]):
        d.pop("chars")  # (GraphML holds no texts)
    assert a == b
    code, _, err = run(capsys, "export", "-o", tmp_path / "x.gexf", "-f", "json", "--db", built)
    assert code != 0 and "says gexf, but --format is json" in err and "Traceback" not in err
    assert not (tmp_path / "x.gexf").exists()
    code, _, err = run(capsys, "export", "-o", tmp_path / "x.jsonl", "-f", "json", "--db", built)
    assert code != 0 and "says jsonl, but --format is json" in err


def test_an_export_under_a_name_without_a_format_suffix_imports_back(capsys, tmp_path, built):
    """``export -o graph`` (no suffix: JSON) and ``-f graphml -o graph.out`` are read back by
    their content; ``-o g.csv`` is no CSV file, so it is refused with the formats that are."""
    for name, fmt in (("graph", None), ("graph.out", "graphml"), ("g.bak", "gexf")):
        path = tmp_path / name
        opts = ["-f", fmt] if fmt else []
        assert run(capsys, "export", "-o", path, *opts, "--db", built)[0] == 0
        code, out, err = run(capsys, "import", path, "--db", tmp_path / f"{name}.db")
        assert code == 0 and "imported" in out + err, (name, err)
        with EmbeddedStore(tmp_path / f"{name}.db", read_only=True) as s:
            assert len(s.documents()) == 2, name
    for name in ("g.csv", "g.TSV"):
        code, _, err = run(capsys, "export", "-o", tmp_path / name, "--db", built)
        assert code == 1 and err.count("\n") == 1 and "neo4j-csv" in err and "jsonl" in err, err
        assert not (tmp_path / name).exists()
    code, _, err = run(capsys, "export", "-o", tmp_path / "g.csv", "-f", "jsonl", "--db", built)
    assert code == 0, err  # (a format given says what the file is)


def test_the_export_of_an_empty_store_is_not_called_a_foreign_file(capsys, tmp_path):
    empty = tmp_path / "blank.txt"
    empty.write_text("  \n", encoding="utf-8")
    db = tmp_path / "empty.db"
    assert run(capsys, "build", empty, "--db", db)[0] == 0
    for name in ("e.json", "e.graphml", "e.gexf"):
        assert run(capsys, "export", "-o", tmp_path / name, "--db", db)[0] == 0
        code, _, err = run(capsys, "import", tmp_path / name, "--db", tmp_path / "t.db")
        assert code == 1 and err.count("\n") == 1, err
        assert "holds no documents" in err and "empty store" in err, err
        assert "not a conceptkg graph export:" not in err, err
    # a neo4j-admin command without a single --nodes file fails: no bundle, one line
    code, out, err = run(capsys, "export", "-o", tmp_path / "bundle", "-f", "neo4j-csv",
                         "--db", db)
    assert code == 1 and err.count("\n") == 1 and "empty" in err and "neo4j-admin" not in out
    assert not (tmp_path / "bundle").exists()


def test_export_to_standard_output(capsys, tmp_path, built):
    code, out, err = run(capsys, "export", "-o", "-", "--db", built, "--with-text")
    assert code == 0, err
    assert not (Path.cwd() / "-").exists()
    data = json.loads(out)
    assert len(data["documents"]) == 2 and all(d["text"] for d in data["documents"])
    code, out, _ = run(capsys, "export", "-o", "-", "-f", "graphml", "--db", built)
    assert code == 0 and out.lstrip().startswith("<?xml")


def test_import_merges_into_a_store_with_other_documents(capsys, tmp_path, built):
    exported = tmp_path / "g.json"
    assert run(capsys, "export", "-o", exported, "--db", built, "--with-text")[0] == 0
    other_docs = tmp_path / "docs"
    other_docs.mkdir()
    (other_docs / "c.txt").write_text("人工智能推动产业升级。", encoding="utf-8")
    target = tmp_path / "t.db"
    assert run(capsys, "build", other_docs, "--db", target, "-j", "1")[0] == 0
    assert run(capsys, "import", exported, "--db", target)[0] == 0
    with EmbeddedStore(target, read_only=True) as s:
        paths = sorted(Path(d.path).name for d in s.documents())
    assert paths == ["a.txt", "b.txt", "c.txt"]


def test_what_is_not_an_export_is_refused_with_one_line(capsys, tmp_path, built):
    target = tmp_path / "t.db"
    lines = tmp_path / "x.jsonl"
    assert run(capsys, "extract", Path(__file__).parents[1] / "examples" / "sample-policy.txt",
               "-o", lines)[0] == 0
    two = tmp_path / "two.json"
    two.write_text(lines.read_text(encoding="utf-8") * 2, encoding="utf-8")
    cases = {
        "other.json": ('{"name": "not a graph"}', "not a conceptkg graph export"),
        "list.json": ("[1, 2]", "not a conceptkg graph export"),
        "broken.json": ("{nope", "not a conceptkg graph export"),
        "edges.json": ('{"nodes": [], "documents": [], "edges": [{"source": "a", '
                       '"target": "b", "type": "DRIVES"}]}', "is not a node"),
        "other.graphml": ('<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.'
                          'org/xmlns"><graph edgedefault="directed"><node id="a"/></graph>'
                          '</graphml>', "not a conceptkg graph export"),
        "bad.graphml": ("<graphml", "not a conceptkg graph export"),
        "empty.gexf": ("", "not a conceptkg graph export"),
    }
    for name, (text, expected) in cases.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        code, _, err = run(capsys, "import", tmp_path / name, "--db", target)
        assert code == 1 and expected in err, (name, err)
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, (name, err)
    code, _, err = run(capsys, "import", two, "--db", target)
    assert code == 1 and "conceptkg load" in err and len(err.strip().splitlines()) == 1, err
    (tmp_path / "g.txt").write_text("岚州恒拓集团的年度报告。\n", encoding="utf-8")
    code, _, err = run(capsys, "import", tmp_path / "g.txt", "--db", target)
    assert code == 1 and "--format" in err and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "import", tmp_path / "missing.json", "--db", target)
    assert code == 1 and "no such file" in err
    code, _, err = run(capsys, "export", "-o", tmp_path / "g.graphml", "-f", "graphml",
                       "--with-text", "--db", built)
    assert code == 1 and "--with-text applies to --format json" in err
    assert not target.exists()  # a refused file leaves no new, empty database behind
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{nope\n", encoding="utf-8")
    code, _, err = run(capsys, "load", bad, "--db", target)
    assert code == 1 and not target.exists(), err
    binary = tmp_path / "x.bin"
    binary.write_bytes(b"\0\1\2")
    code, _, err = run(capsys, "build", binary, "--db", target)
    assert code == 3 and "skipped" in err and not target.exists(), err
    code, _, err = run(capsys, "import", tmp_path / "other.json", "--db", built)
    assert code == 1 and built.exists()  # a database that was there stays

def test_a_graphml_made_by_networkx_names_the_missing_attribute(capsys, tmp_path):
    import networkx as nx

    g = nx.DiGraph()
    g.add_edge("a", "b", weight=2)
    nx.write_graphml(g, tmp_path / "nx.graphml")
    code, _, err = run(capsys, "import", tmp_path / "nx.graphml", "--db", tmp_path / "t.db")
    assert code == 1 and "node 'a' has no 'label' attribute" in err, err
    assert "KeyError" not in err and len(err.strip().splitlines()) == 1


def test_import_of_a_folder_a_missing_file_stdin_or_json_lines_says_what_it_is(
        capsys, tmp_path, built):
    """Not 'cannot tell the format from the name; give --format' (no --format helps there),
    nor 'no such file' for a folder that is there."""
    target = tmp_path / "t.db"
    folder = tmp_path / "g.json"
    folder.mkdir()
    evidence = tmp_path / "ev.jsonl"
    assert run(capsys, "export", "-o", evidence, "--db", built)[0] == 0
    cases = [((folder,), "is a directory"), ((folder, "-f", "gexf"), "is a directory"),
             ((tmp_path / "missing",), "no such file"), (("-",), "standard input"),
             (("-", "-f", "json"), "standard input"),
             ((evidence,), "JSON Lines"), ((tmp_path / "x.ndjson",), "no such file")]
    for args, expected in cases:
        code, _, err = run(capsys, "import", *args, "--db", target)
        assert code == 1 and expected in err, (args, err)
        assert "give --format" not in err and len(err.strip().splitlines()) == 1, err
    code, _, err = run(capsys, "import", evidence, "--db", target)
    assert "conceptkg load" in err and "export --format jsonl" in err
    assert not target.exists()


def test_a_graph_file_whose_documents_another_program_dropped_says_so(capsys, tmp_path, built):
    """networkx's write_gexf drops the <meta><description> that holds the documents: the
    message says that the nodes came without their documents, not 'an empty store'."""
    import networkx as nx

    gexf = tmp_path / "g.gexf"
    assert run(capsys, "export", "-o", gexf, "--db", built)[0] == 0
    rewritten = tmp_path / "nx.gexf"
    nx.write_gexf(nx.read_gexf(gexf), rewritten)
    code, _, err = run(capsys, "import", rewritten, "--db", tmp_path / "t.db")
    assert code == 1 and len(err.strip().splitlines()) == 1, err
    assert "empty store" not in err and "nodes but no documents" in err
    assert "<meta><description>" in err


def test_evidence_that_does_not_quote_its_document_is_refused(capsys, tmp_path, built):
    """README: document.text[start:end] == sentence, always. An export edited by hand (or by
    another program) whose offsets no longer point at the sentence is refused, naming it."""
    good = tmp_path / "g.json"
    assert run(capsys, "export", "-o", good, "--db", built, "--with-text")[0] == 0
    data = _whole(good)
    node = next(n for n in data["nodes"] if n["evidence"])
    node["evidence"][0]["start"] += 1
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    target = tmp_path / "t.db"
    code, _, err = run(capsys, "import", bad, "--db", target)
    assert code == 1 and len(err.strip().splitlines()) == 1, err
    assert node["name"] in err and "offsets" in err and not target.exists()


def test_an_export_saved_with_a_bom_or_as_utf16_imports(capsys, tmp_path, built):
    """Windows tools save JSON with a UTF-8 BOM (Notepad, Out-File) or as UTF-16 (PowerShell's
    'conceptkg export -o - > g.json'): the same export, not 'Unexpected UTF-8 BOM'."""
    good = tmp_path / "g.json"
    assert run(capsys, "export", "-o", good, "--db", built, "--with-text")[0] == 0
    text = good.read_text(encoding="utf-8")
    for name, data in (("bom.json", b"\xef\xbb\xbf" + text.encode("utf-8")),
                       ("u16.json", text.encode("utf-16")),
                       ("u16le", b"\xff\xfe" + text.encode("utf-16-le"))):
        (tmp_path / name).write_bytes(data)
        target = tmp_path / f"{name}.db"
        code, _, err = run(capsys, "import", tmp_path / name, "--db", target)
        assert code == 0, (name, err)
        again = tmp_path / f"{name}.out.json"
        assert run(capsys, "export", "-o", again, "--db", target, "--with-text")[0] == 0
        assert _whole(again) == _whole(good), name
