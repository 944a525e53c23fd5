"""The CLI for interop and daily use: export formats, JSON rows with labels, Cypher dialect help,
environment defaults, empty results."""

import json
import shlex

import pytest

from conceptkg.cli import main
from conceptkg.graph import EmbeddedStore
from conceptkg.graph.io_json import graph_to_dict, read_json
from conceptkg.graph.io_networkx import read_gexf, read_graphml
from tests.helpers import rich_graph


def run(capsys, *args):
    code = main(list(map(str, args)))
    cap = capsys.readouterr()
    return code, cap.out, cap.err


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "kg.db"
    with EmbeddedStore(path) as s:
        s.write_graph(rich_graph())
    return path


@pytest.fixture
def stored(db):
    with EmbeddedStore(db, read_only=True) as s:
        return s.read_graph()


def whole(kg):
    d = graph_to_dict(kg)
    for doc in d["documents"]:
        doc.pop("chars")
    return d


def test_export_graph_files_round_trip(capsys, tmp_path, db, stored):
    readers = {"json": read_json, "graphml": read_graphml, "gexf": read_gexf}
    for fmt, read in readers.items():
        path = tmp_path / f"g.{fmt}"
        code, _, err = run(capsys, "export", "-o", path, "-f", fmt, "--db", db)
        assert code == 0 and f"wrote {path}" in err
        assert whole(read(path)) == whole(stored)


def test_export_neo4j_csv_prints_the_import_command(capsys, tmp_path, db, stored):
    out_dir = tmp_path / "bundle"
    code, out, _ = run(capsys, "export", "-o", out_dir, "-f", "neo4j-csv", "--db", db)
    assert code == 0
    args = shlex.split(out.strip())
    assert args[:3] == ["cd", str(out_dir), "&&"] and args[3:7] == [
        "neo4j-admin", "database", "import", "full"]
    assert out.strip().split("&& ", 1)[1] == (out_dir / "import.txt").read_text().strip()
    data_files = sorted(p.name for p in out_dir.glob("*.csv") if ".header." not in p.name)
    assert len(data_files) == len(stored.node_counts()) + len(stored.edge_counts()) + 1


def test_export_evidence_jsonl(capsys, tmp_path, db, stored):
    path = tmp_path / "ev.jsonl"
    code, _, _ = run(capsys, "export", "-o", path, "-f", "jsonl", "--db", db)
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    assert code == 0 and len(rows) == sum(len(e.evidence) for e in stored.edges())


def test_export_bad_format_or_target_is_one_line(capsys, tmp_path, db):
    code, _, err = run(capsys, "export", "-o", tmp_path / "g.x", "-f", "xml", "--db", db)
    assert code == 1 and "unknown export format" in err and "neo4j-csv" in err
    assert err.count("\n") == 1
    code, _, err = run(capsys, "export", "-o", tmp_path, "-f", "json", "--db", db)
    assert code == 1 and "is a directory" in err and err.count("\n") == 1
    (tmp_path / "file").write_text("x")
    code, _, err = run(capsys, "export", "-o", tmp_path / "file", "-f", "neo4j-csv", "--db", db)
    assert code == 1 and "not a directory" in err


def test_type_of_a_relationship_works_on_the_embedded_store(capsys, db, stored):
    cy = "MATCH (a)-[r]->(b) RETURN type(r), count(*) AS n ORDER BY type(r)"
    code, out, err = run(capsys, "query", cy, "--db", db, "-f", "json")
    assert code == 0, err
    assert json.loads(out) == [{"type(r)": t, "n": n} for t, n in stored.edge_counts().items()]
    code, out, _ = run(capsys, "query", "MATCH ()-[r]->() RETURN DISTINCT type(r) AS t "
                       "ORDER BY t", "--db", db, "-f", "csv")
    assert out.split() == ["t", *stored.edge_counts()]


def test_counting_reads_as_written_on_the_embedded_store(capsys, db, stored):
    nodes = sum(stored.node_counts().values()) + len(stored.documents)
    edges = sum(stored.edge_counts().values())
    for cy, want in [("MATCH (n) RETURN count(n)", [{"count(n)": nodes}]),
                     ("MATCH (n) RETURN COUNT(n)", [{"COUNT(n)": nodes}]),
                     ("MATCH (n) RETURN count(DISTINCT n)", [{"count(DISTINCT n)": nodes}]),
                     ("MATCH ()-[r]->() RETURN count(*)", [{"count(*)": edges}]),
                     ("MATCH ()-[r]->() RETURN count(r) AS c", [{"c": edges}]),
                     ("MATCH (n) RETURN size(collect(n))", [{"size(collect(n))": nodes}])]:
        code, out, err = run(capsys, "query", cy, "--db", db, "-f", "json")
        assert code == 0, err
        assert json.loads(out) == want, cy
    cy = "MATCH (a)-[r]->(b) RETURN type(r), count(r) ORDER BY type(r)"
    code, out, err = run(capsys, "query", cy, "--db", db, "-f", "csv")
    assert code == 0 and out.splitlines()[0] == "type(r),count(r)", err


def test_neo4j_spellings_the_embedded_store_cannot_parse_get_a_hint(capsys, db):
    for cy, hint in [("MATCH (n) RETURN n.name, count{(n)-->()} AS c", "COUNT { MATCH"),
                     ("MATCH (n) WHERE NOT n:Concept RETURN count(n)", "label(n) = 'Concept'")]:
        code, _, err = run(capsys, "query", cy, "--db", db)
        assert code == 1 and hint in err and len(err.strip().splitlines()) == 1, err
    cy = "MATCH (n) RETURN n.name, COUNT { MATCH (n)-->() } AS c ORDER BY c DESC LIMIT 1"
    code, _, err = run(capsys, "query", cy, "--db", db)
    assert code == 0, err


def test_json_rows_carry_labels_and_relationship_types(capsys, db, stored):
    data = stored.find("数据")[0]
    cy = ("MATCH (a:Factor {id: $id})-[r:DRIVES]->(b) "
          "MATCH p = (a)-[:DRIVES]->(b) RETURN a, r, p")
    code, out, err = run(capsys, "query", cy, "--db", db, "-f", "json", "-p", f"id={data.id}")
    assert code == 0, err
    [row] = json.loads(out)
    assert row["a"]["_LABEL"] == "Factor" and row["a"]["name"] == "数据"
    assert "_ID" not in row["a"] and "text" not in row["a"]  # no internal ids, no None fields
    assert row["r"]["_LABEL"] == "DRIVES" and row["r"]["confidence"] == 0.35
    assert [n["_LABEL"] for n in row["p"]["_NODES"]] == ["Factor", "Concept"]
    assert [r["_LABEL"] for r in row["p"]["_RELS"]] == ["DRIVES"]
    assert all(None not in n.values() for n in row["p"]["_NODES"])


def test_unbound_parameter_is_a_one_line_error(capsys, db):
    code, out, err = run(capsys, "query", "MATCH (n:Factor {name: $name}) RETURN n.name",
                         "--db", db)
    assert code == 1 and out == ""
    assert err == "error: no value for $name; pass --param name=VALUE\n"


@pytest.mark.neo4j
def test_neo4j_answers_the_same_rows(capsys, db, stored, neo4j_clean, monkeypatch):
    user, pw = neo4j_clean.auth
    monkeypatch.setenv("NEO4J_USERNAME", user)
    monkeypatch.setenv("NEO4J_PASSWORD", pw)
    monkeypatch.delenv("NEO4J_DATABASE", raising=False)
    uri = neo4j_clean.uri
    assert run(capsys, "push", "--db", db, "--neo4j", uri)[0] == 0
    data = stored.find("数据")[0]
    queries = [
        ("MATCH (a)-[r]->(b) RETURN type(r), count(*) AS n ORDER BY type(r)", []),
        ("MATCH (n) RETURN count(n)", []),
        ("MATCH (a)-[r]->(b) RETURN type(r), count(r) ORDER BY type(r)", []),
        ("MATCH (a:Factor {id: $id})-[r:DRIVES]->(b) MATCH p = (a)-[:DRIVES]->(b) "
         "RETURN a, r, p", ["-p", f"id={data.id}"]),
    ]
    for cy, extra in queries:
        embedded = run(capsys, "query", cy, "--db", db, "-f", "json", *extra)
        server = run(capsys, "query", cy, "--neo4j", uri, "-f", "json", *extra)
        assert embedded[0] == server[0] == 0
        assert json.loads(embedded[1]) == json.loads(server[1])
    cy = "MATCH (n:Factor {name: $name}) RETURN n.name"
    assert run(capsys, "query", cy, "--neo4j", uri) == run(capsys, "query", cy, "--db", db)


def test_ask_says_what_an_empty_result_means(capsys, db):
    code, out, err = run(capsys, "ask", "path", "from=某某集团", "to=劳动", "--db", db)
    assert code == 0 and out == "no path between '某某集团' and '劳动' within depth 6\n"
    assert "row(s)" not in err
    code, out, err = run(capsys, "ask", "path", "from=某某集团", "to=劳动", "depth=2",
                         "--db", db, "-f", "json")
    assert code == 0 and json.loads(out) == []
    assert err == "no path between '某某集团' and '劳动' within depth 2\n"
    code, out, _ = run(capsys, "ask", "search", "text=没有这个", "--db", db)
    assert code == 0 and out == "no node's name or alias contains '没有这个'\n"
    code, out, _ = run(capsys, "ask", "parts", "name=劳动", "--db", db)
    assert code == 0 and out == "'劳动' includes nothing (no INCLUDES edge from it)\n"
    code, out, _ = run(capsys, "ask", "drivers", "name=某某集团", "depth=3", "--db", db)
    assert code == 0 and out == "nothing drives '某某集团' within depth 3\n"
    code, out, _ = run(capsys, "ask", "parts", "name=新质生产力", "--db", db)
    assert code == 0 and "劳动" in out and "includes nothing" not in out
    # an edge outside the documents selected is not said to be missing altogether
    code, out, _ = run(capsys, "ask", "parts", "name=新质生产力", "since=2999", "--db", db)
    assert code == 0 and out == ("'新质生产力' includes nothing (no INCLUDES edge from it) in "
                                 "the documents selected (since=2999)\n")


def test_pdf_and_docx_build_in_the_default_install_and_each_skip_is_said_once(capsys, tmp_path):
    from importlib.metadata import requires

    import docx

    from tests.helpers import text_pdf

    core = [r for r in requires("conceptkg") or [] if "extra ==" not in r]
    assert any(r.startswith("pypdf") for r in core)
    assert any(r.startswith("python-docx") for r in core)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "report.pdf").write_bytes(text_pdf("Digital platform drives growth."))
    d = docx.Document()
    d.add_paragraph("科技创新带动产业创新。")
    d.save(str(folder / "note.docx"))
    (folder / "empty.txt").write_text(" \n", encoding="utf-8")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 garbage")
    code, _, err = run(capsys, "build", folder, "--db", tmp_path / "kg.db")
    assert code == 3  # the broken PDF is skipped
    assert err.count("empty.txt") == 1 and err.count("broken.pdf") == 1
    assert "EOF marker" not in err and "pip install" not in err
    assert "2 built, 0 unchanged, 1 empty, 1 skipped" in err
    stats = json.loads(run(capsys, "stats", "--db", tmp_path / "kg.db", "-f", "json")[1])
    assert stats["documents"] == 2 and stats["edges"] == {"DRIVES": 1}


def test_an_empty_graph_is_one_line_not_an_empty_table(capsys, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    code, out, err = run(capsys, "build", empty, "--db", tmp_path / "kg.db")
    assert code == 0 and err.count("empty.txt") == 1
    assert out == "the graph is empty: no nodes or edges (0 document(s))\n"
    code, out, _ = run(capsys, "stats", "--db", tmp_path / "kg.db")
    assert code == 0 and out == "the graph is empty: no nodes or edges (0 document(s))\n"


def test_eval_warns_about_a_gold_file_of_another_document(capsys, tmp_path, db):
    graph_file = tmp_path / "g.json"
    assert run(capsys, "export", "-o", graph_file, "--db", db)[0] == 0
    gold = {"document": "another.txt", "node_types": ["Concept"], "edge_types": ["DRIVES"],
            "nodes": [{"name": n, "type": "Concept"} for n in ("甲", "乙", "丙", "科技创新")],
            "edges": [{"source": "甲", "type": "DRIVES", "target": "乙"}]}
    gold_file = tmp_path / "gold.json"
    gold_file.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    code, out, err = run(capsys, "eval", graph_file, gold_file)
    assert code == 0 and "edges: precision" in out
    assert err.startswith("warning: only 1 of 4 gold nodes appear in the graph")
    assert "'another.txt'" in err and err.count("\n") == 1
    gold["nodes"] = gold["nodes"][2:]
    gold_file.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    code, _, err = run(capsys, "eval", graph_file, gold_file)
    assert code == 0 and err == ""


def test_environment_defaults_for_the_store(capsys, tmp_path, db, monkeypatch):
    monkeypatch.delenv("NEO4J_URI", raising=False)
    monkeypatch.delenv("NEO4J_PASSWORD", raising=False)
    monkeypatch.chdir(tmp_path)  # no ./conceptkg.db here
    monkeypatch.setenv("CONCEPTKG_DB", str(db))
    code, out, _ = run(capsys, "stats", "-f", "json")
    assert code == 0 and json.loads(out)["documents"] == 2
    code, out, _ = run(capsys, "query", "MATCH (n:Factor) RETURN count(*) AS n", "-f", "csv")
    assert code == 0 and out.split() == ["n", "2"]
    other = tmp_path / "other.db"
    assert run(capsys, "build", tmp_path / "missing.txt", "--db", other)[0] == 1
    code, _, err = run(capsys, "stats", "--db", other)  # the option wins over the variable
    assert code == 1 and str(other) in err
    monkeypatch.setenv("NEO4J_URI", "bolt://127.0.0.1:1")
    code, _, err = run(capsys, "stats")
    assert code == 1 and "CONCEPTKG_DB and NEO4J_URI" in err and err.count("\n") == 1
    assert run(capsys, "stats", "--db", db)[0] == 0
    monkeypatch.delenv("CONCEPTKG_DB")
    code, _, err = run(capsys, "stats")
    assert code == 1 and "bolt://127.0.0.1:1" in err and "cannot reach" in err
    code, _, err = run(capsys, "push", "--db", db)
    assert code == 1 and "bolt://127.0.0.1:1" in err
    assert not (tmp_path / "conceptkg.db").exists()


HEAVY = ("networkx", "pydantic", "ladybug", "neo4j", "jieba", "igraph", "pyvis", "yaml")


def _modules_after(*argv: str) -> set[str]:
    import subprocess
    import sys

    code = ("import sys\nfrom conceptkg.cli import main\n"
            f"rc = main({list(argv)!r})\n"
            f"print(rc, sorted(m for m in {HEAVY!r} if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    rc, _, mods = done.stdout.strip().splitlines()[-1].partition(" ")
    assert rc == "0", done.stdout
    return set(json.loads(mods.replace("'", '"')))


def test_commands_import_only_what_they_need(db):
    assert _modules_after("--help") == set()
    assert _modules_after("ask", "--list") == {"pydantic"}
    assert _modules_after("ask", "stats", "--db", str(db)) == {"ladybug", "pydantic"}
    assert _modules_after("query", "RETURN 1 AS x", "--db", str(db)) == {"ladybug", "pydantic"}


@pytest.mark.parametrize("command", [["viz"], ["curate", "merge"], ["curate", "list"]])
def test_help_shows_the_store_defaults(capsys, command):
    code, out, _ = run(capsys, *command, "--help")
    text = " ".join(out.replace("│", " ").split())
    assert code == 0
    assert "Embedded database directory (default: $CONCEPTKG_DB, else ./conceptkg.db)." in text
    assert "directory ." not in text
    assert "(default 2; only with --focus)" in text or command[0] != "viz"


def test_every_export_format_creates_missing_folders(capsys, tmp_path, db, stored):
    for fmt in ("json", "graphml", "gexf", "jsonl"):
        path = tmp_path / "new" / fmt / f"g.{fmt}"
        code, _, err = run(capsys, "export", "-o", path, "-f", fmt, "--db", db)
        assert code == 0 and path.is_file(), err
    assert whole(read_json(tmp_path / "new" / "json" / "g.json")) == whole(stored)


def test_an_output_the_system_refuses_is_one_line_naming_it(capsys, tmp_path, db):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    code, _, err = run(capsys, "export", "-o", blocker / "g.json", "--db", db)
    assert code == 1 and "Traceback" not in err and "unexpected" not in err
    assert len(err.strip().splitlines()) == 1 and str(blocker) in err
    assert ".tmp" not in err


@pytest.mark.parametrize("args", [
    ("export", "-o", "{blocker}/g.json"), ("export", "-o", "{blocker}/sub/g.graphml"),
    ("export", "-o", "{blocker}/g.gexf"), ("export", "-o", "{blocker}/g.jsonl"),
    ("viz", "-o", "{blocker}/v.html"), ("ask", "central", "--html", "{blocker}/a.html"),
])
def test_an_output_below_a_file_says_that_the_file_is_no_folder(capsys, tmp_path, db, args):
    """Not the system's 'File exists' (from creating the folders), which reads as if the
    output file were there already."""
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    code, out, err = run(capsys, *(a.format(blocker=blocker) for a in args), "--db", db)
    assert code == 1 and err.count("\n") == 1, err
    assert f"{blocker} is not a directory" in err and "File exists" not in err
    assert "row(s)" not in out  # refused before the question is asked
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_export_store_refuses_an_output_below_a_file_before_reading(tmp_path, db):
    from conceptkg.errors import ParameterError
    from conceptkg.exporting import export_store

    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")

    class Unread(EmbeddedStore):
        def read_graph(self, with_text=True):
            raise AssertionError("the graph was read before the output was checked")

    with Unread(db, read_only=True) as store:
        for fmt in ("json", "graphml", "gexf", "jsonl"):
            with pytest.raises(ParameterError, match="is not a directory"):
                export_store(store, blocker / f"g.{fmt}", fmt)


@pytest.mark.parametrize("args", [
    ("export", "-o", "{ro}/g.json"), ("viz", "-o", "{ro}/v.html"),
    ("ask", "central", "--html", "{ro}/a.html"), ("extract", "{doc}", "-o", "{ro}/x.jsonl"),
    ("build", "{doc}", "--json", "{ro}/g.json"), ("build", "{doc}", "--html", "{ro}/v.html"),
])
def test_an_output_in_a_folder_that_cannot_be_written_is_refused_first(
        capsys, tmp_path, monkeypatch, db, args):
    """A read-only folder (a read-only mount, no permission) is said before the work, not
    after a whole build: the build's store is not touched."""
    import os

    ro = tmp_path / "ro"
    ro.mkdir()
    doc = tmp_path / "d.txt"
    doc.write_text("岚州恒拓集团推进数字化转型。", encoding="utf-8")
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if str(p) == str(ro)
                        else real(p, mode, **kw))
    target = tmp_path / "new.db"
    store = ("--db", target) if args[0] == "build" else ("--db", db) if args[0] != "extract" \
        else ()
    code, out, err = run(capsys, *(a.format(ro=ro, doc=doc) for a in args), *store)
    assert code == 1 and err.count("\n") == 1, err
    assert f"{ro}" in err and "cannot write" in err and "row(s)" not in out
    assert not target.exists() and list(ro.iterdir()) == []
