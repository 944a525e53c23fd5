"""The CLI through a runner: exit codes, one-line errors, output formats."""

import csv
import io
import json
import re
from pathlib import Path

import pytest

from conceptkg.cli import main
from conceptkg.graph import EmbeddedStore
from tests.helpers import small_graph


def run(capsys, *args):
    code = main(list(map(str, args)))
    cap = capsys.readouterr()
    return code, cap.out, cap.err


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "kg.db"
    with EmbeddedStore(path) as s:
        s.write_graph(small_graph())
    return path


def test_query_formats(capsys, db):
    cy = "MATCH (o:Organization)-[:IMPLEMENTS]->(i:Initiative) RETURN o.name AS org, i.name AS ini"
    code, out, _ = run(capsys, "query", cy, "--db", db, "--format", "json")
    assert code == 0
    assert json.loads(out) == [{"org": "某某集团", "ini": "数字平台"}]
    code, out, _ = run(capsys, "query", cy, "--db", db, "--format", "csv")
    assert list(csv.reader(io.StringIO(out))) == [["org", "ini"], ["某某集团", "数字平台"]]
    code, out, _ = run(capsys, "query", cy, "--db", db)
    assert code == 0 and "某某集团" in out


def test_query_params_and_read_only(capsys, db):
    code, out, _ = run(capsys, "query", "MATCH (n:Factor {name: $n}) RETURN n.aliases AS a",
                       "--db", db, "-p", "n=数据", "-f", "json")
    assert code == 0 and json.loads(out) == [{"a": ["数据要素"]}]
    code, out, err = run(capsys, "query", "MATCH (n:Factor) RETURN n.name AS f ORDER BY f "
                         "LIMIT $k", "--db", db, "-p", "k=1", "-f", "json")
    assert code == 0 and json.loads(out) == [{"f": "劳动"}], err
    code, out, _ = run(capsys, "query", "RETURN $a AS a, $b AS b, $c AS c, $d AS d", "--db", db,
                       "-p", "a=-2", "-p", "b=0.5", "-p", "c='2'", "-p", 'd=007', "-f", "json")
    assert json.loads(out) == [{"a": -2, "b": 0.5, "c": "2", "d": "007"}]
    big, huge = "9" * 20, "1.5e400"  # (no store takes them as numbers: text, no traceback)
    code, out, err = run(capsys, "query", "RETURN $a AS a, $b AS b", "--db", db, "-p",
                         f"a={big}", "-p", f"b={huge}", "-f", "json")
    assert code == 0 and json.loads(out) == [{"a": big, "b": huge}], err
    code, _, err = run(capsys, "query", "MATCH (n) DETACH DELETE n", "--db", db)
    assert code == 1 and err.count("\n") == 1 and "--write" in err and "write=True" not in err
    code, _, err = run(capsys, "query", "LOAD FROM 'x.csv' RETURN *", "--db", db)
    assert code == 1 and "--write" in err and "write=True" not in err
    code, out, _ = run(capsys, "stats", "--db", db, "--format", "json")
    assert json.loads(out)["nodes"]["Concept"] == 3


def test_errors_are_one_line_without_traceback(capsys, tmp_path, db):
    code, _, err = run(capsys, "query", "MATCH (n RETURN n", "--db", db)
    assert code == 1 and err.startswith("error:") and "Traceback" not in err
    code, _, err = run(capsys, "stats", "--db", tmp_path / "missing.db")
    assert code == 1 and "no such database" in err and err.count("\n") == 1
    code, _, err = run(capsys, "build", tmp_path / "nope.txt", "--db", tmp_path / "x.db")
    assert code == 1 and "no such file" in err and "Traceback" not in err
    code, _, err = run(capsys, "query", "RETURN 1", "--db", db, "-p", "novalue")
    assert code == 1 and "key=value" in err


def test_stats_and_ask_stats_have_the_same_columns_and_kinds(capsys, db):
    tables = []
    for args in (["stats"], ["ask", "stats"]):
        code, out, err = run(capsys, *args, "--db", db)
        assert code == 0, err
        lines = out.splitlines()
        header = next(re.findall(r"\w+", x) for x in lines if "count" in x)
        document = next(re.findall(r"\w+", x) for x in lines if "Document" in x)
        tables.append((header, document[:2]))
    assert tables[0] == tables[1] == (["kind", "label", "count"], ["document", "Document"])


def test_stats_in_csv_is_the_csv_of_ask_stats_and_an_unknown_format_is_refused(capsys, db):
    code, out, err = run(capsys, "stats", "--db", db, "-f", "csv")
    assert code == 0, err
    assert out == run(capsys, "ask", "stats", "--db", db, "-f", "csv")[1]
    assert out.splitlines()[0] == "kind,label,count"
    code, out, err = run(capsys, "stats", "--db", db, "-f", "xml")
    assert code == 1 and not out and "unknown format 'xml'" in err and err.count("\n") == 1


def test_ask_html_of_an_answer_about_no_node_draws_no_empty_page(capsys, tmp_path, db):
    """``ask stats`` or ``ask documents`` name no node: a page saying "the graph is empty" would
    be wrong about a graph that is not; the command says there is nothing to draw."""
    for args in (["stats"], ["documents"]):
        page = tmp_path / f"{args[0]}.html"
        code, out, err = run(capsys, "ask", *args, "--db", db, "--html", page)
        assert code == 1 and not page.exists(), err
        assert "nothing to draw" in err and err.count("error:") == 1
        assert "count" in out or "document" in out  # (the answer itself is printed)
    page = tmp_path / "none.html"  # an empty answer is drawn as one: nothing drives it
    code, _, err = run(capsys, "ask", "drivers", "name=数据", "--db", db, "--html", page)
    assert code == 0 and page.exists(), err


def test_version_prints_the_package_version(capsys):
    from importlib.metadata import version

    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.strip() == f"conceptkg {version('conceptkg')}"


def test_usage_errors_exit_2(capsys):
    code, _, _ = run(capsys, "frobnicate")
    assert code == 2


def test_export_formats(capsys, tmp_path, db):
    for fmt in ("json", "graphml", "gexf"):
        out_file = tmp_path / f"g.{fmt}"
        code, _, _ = run(capsys, "export", "-o", out_file, "-f", fmt, "--db", db)
        assert code == 0 and "新质生产力" in out_file.read_text(encoding="utf-8")
    code, _, err = run(capsys, "export", "-o", tmp_path / "g.x", "-f", "xml", "--db", db)
    assert code == 1 and "unknown export format" in err


SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "sample-policy.txt"


def test_build_sample_end_to_end(capsys, tmp_path):
    db, gj, gh = tmp_path / "kg.db", tmp_path / "g.json", tmp_path / "g.html"
    code, out, err = run(capsys, "build", SAMPLE, "--db", db, "--json", gj, "--html", gh)
    assert code == 0, err
    assert "Organization" in out and "IMPLEMENTS" in out  # counts by type
    data = json.loads(gj.read_text(encoding="utf-8"))
    assert data["edges"] and all(e["evidence"] for e in data["edges"])
    html = gh.read_text(encoding="utf-8")
    assert "<html" in html.lower()
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html)  # nothing remote
    first = json.loads(run(capsys, "stats", "--db", db, "-f", "json")[1])
    code, _, err = run(capsys, "build", SAMPLE, "--db", db)
    assert code == 0 and "1 unchanged" in err
    assert json.loads(run(capsys, "stats", "--db", db, "-f", "json")[1]) == first
    code, out, _ = run(capsys, "query",
                       "MATCH (o:Organization)-[:IMPLEMENTS]->(i:Initiative) RETURN i.name AS i",
                       "--db", db, "-f", "json")
    assert code == 0 and len(json.loads(out)) >= 1


def test_ask_and_viz(capsys, tmp_path, db):
    code, out, _ = run(capsys, "ask", "--list")
    assert code == 0 and "drivers" in out and "[depth=" in out
    code, out, _ = run(capsys, "ask", "parts", "name=新质生产力", "--db", db, "-f", "json")
    assert code == 0 and {r["name"] for r in json.loads(out)} == {"劳动", "数据"}
    page = tmp_path / "ask.html"
    code, _, _ = run(capsys, "ask", "initiatives", "org=某某集团公司", "--db", db, "--html", page)
    assert code == 0 and "数字平台" in page.read_text(encoding="utf-8")
    code, _, err = run(capsys, "ask", "drivers", "--db", db)
    assert code == 1 and "name" in err and err.count("\n") == 1
    code, _, err = run(capsys, "ask", "parts", "name=x", "name=y", "--db", db)
    assert code == 1 and "twice" in err
    out_html = tmp_path / "v.html"
    code, _, _ = run(capsys, "viz", "-o", out_html, "--db", db, "--focus", "数据", "--depth", "1")
    assert code == 0 and "新质生产力" in out_html.read_text(encoding="utf-8")
    code, _, err = run(capsys, "viz", "-o", out_html, "--db", db, "--focus", "不存在的节点")
    assert code == 1 and err.count("\n") == 1
    out_html.unlink()
    for depth in ("99", "-1", "x"):  # absurd depths: a usage error, nothing written
        code, _, err = run(capsys, "viz", "-o", out_html, "--db", db, "--focus", "数据",
                           "--depth", depth)
        assert code == 2 and "Invalid value for '--depth'" in err, err
        assert "Traceback" not in err and not out_html.exists()
    code, _, _ = run(capsys, "viz", "-o", out_html, "--db", db, "--focus", "数据", "--depth", "10")
    assert code == 0 and out_html.exists()
    out_html.unlink()
    code, _, err = run(capsys, "viz", "-o", out_html, "--db", db, "--depth", "2")
    assert code == 2 and "--depth" in err and "only with --focus" in err, err
    assert "Traceback" not in err and not out_html.exists()  # not silently ignored
    code, _, err = run(capsys, "viz", "-o", out_html, "--db", db, "--types", "Gadget")
    assert code == 1 and "unknown type 'Gadget'" in err and err.count("\n") == 1
    assert "DRIVES" in err and not out_html.exists()
    code, _, err = run(capsys, "viz", "-o", out_html, "--db", db, "--types", "drives",
                       "--types", "concept")
    assert code == 0, err


def test_hostile_parameters_change_nothing(capsys, db):
    before = run(capsys, "stats", "--db", db, "-f", "json")[1]
    hostile = "'}) DETACH DELETE n //"
    code, out, _ = run(capsys, "query", "MATCH (n:Concept) WHERE n.name = $x RETURN count(n) AS c",
                       "--db", db, "-p", f"x={hostile}", "-f", "json")
    assert code == 0 and json.loads(out) == [{"c": 0}]
    code, _, _ = run(capsys, "ask", "search", f"text={hostile}", "--db", db)
    assert code in (0, 1)
    assert run(capsys, "stats", "--db", db, "-f", "json")[1] == before


def test_extract_and_load(capsys, tmp_path):
    jl, db = tmp_path / "g.jsonl", tmp_path / "kg.db"
    code, _, err = run(capsys, "extract", SAMPLE, "-o", jl)
    assert code == 0 and "1 extracted" in err
    code, out, _ = run(capsys, "load", jl, "--db", db)
    assert code == 0 and "IMPLEMENTS" in out


def test_loading_a_graph_export_says_what_load_reads(capsys, tmp_path):
    db, exported = tmp_path / "kg.db", tmp_path / "g.json"
    assert run(capsys, "build", SAMPLE, "--db", db)[0] == 0
    assert run(capsys, "export", "-o", exported, "--format", "json", "--db", db)[0] == 0
    code, _, err = run(capsys, "load", exported, "--db", tmp_path / "other.db")
    assert code == 1 and "a graph export" in err and "conceptkg extract" in err
    assert "conceptkg import" in err
    assert len(err.strip().splitlines()) == 1
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    code, _, err = run(capsys, "load", bad, "--db", tmp_path / "other.db")
    assert code == 1 and "bad.jsonl:1: not JSON" in err


def test_partial_build_exits_3(capsys, tmp_path):
    bad = tmp_path / "binary.txt"
    bad.write_bytes(bytes(range(256)) * 10)
    code, _, err = run(capsys, "build", SAMPLE, bad, "--db", tmp_path / "kg.db")
    assert code == 3 and "skipped:" in err and "binary.txt" in err
    assert json.loads(run(capsys, "stats", "--db", tmp_path / "kg.db", "-f", "json")[1])[
        "documents"] == 1  # the good file is stored


def test_a_directory_without_documents_is_an_error_and_makes_no_database(capsys, tmp_path):
    empty, other = tmp_path / "empty", tmp_path / "other"
    empty.mkdir()
    other.mkdir()
    (other / "a.bin").write_bytes(b"\0\1")
    (other / "b.csv").write_text("a,b\n", encoding="utf-8")
    for folder in (empty, other):
        code, _, err = run(capsys, "build", folder, "--db", tmp_path / "kg.db")
        assert code == 1 and "no supported files found in" in err and str(folder) in err
        assert err.count("\n") == 1 and not (tmp_path / "kg.db").exists()


def test_an_output_that_is_a_directory_is_refused_before_the_build(capsys, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "x.txt").write_text("数据要素推动数字产业壮大。", encoding="utf-8")
    (tmp_path / "OUT").mkdir()
    (tmp_path / "afile").write_text("", encoding="utf-8")
    for opt, target in (("--json", "OUT"), ("--html", "OUT"), ("--json", "afile/g.json")):
        code, _, err = run(capsys, "build", tmp_path / "in" / "x.txt", "--db",
                           tmp_path / "kg.db", opt, tmp_path / target)
        assert code == 1 and opt in err and err.count("\n") == 1, err
        assert "built" not in err and not (tmp_path / "kg.db").exists()
    code, _, err = run(capsys, "extract", tmp_path / "in", "-o", tmp_path / "OUT")
    assert code == 1 and "--output" in err and "is a directory" in err and "extracted" not in err


def test_commands_that_change_a_store_do_not_create_a_missing_one(capsys, tmp_path):
    nodb = tmp_path / "nodb"
    for args in (["curate", "merge", "甲", "乙"], ["curate", "merge", "甲", "乙", "--force"],
                 ["curate", "reject-node", "甲", "--force"], ["remove", "x.txt"],
                 ["query", "CREATE (:Concept {id: 'x'})", "--write"]):
        code, _, err = run(capsys, *args, "--db", nodb)
        assert code == 1 and "no such database" in err and err.count("\n") == 1, (args, err)
        assert sorted(p.name for p in tmp_path.iterdir()) == [], args
    nodb.mkdir()  # an empty folder is no database either, and stays empty
    code, _, err = run(capsys, "curate", "merge", "甲", "乙", "--force", "--db", nodb)
    assert code == 1 and "no such database" in err and not any(nodb.iterdir())


def test_bad_option_values_are_usage_errors_naming_the_option(capsys, tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("数据要素推动数字产业壮大。", encoding="utf-8")
    db = ["--db", tmp_path / "kg.db"]
    for args in (["build", doc, "--jobs", "0", *db], ["build", doc, "-j", "abc", *db],
                 ["extract", doc, "-o", tmp_path / "x.jsonl", "--jobs", "0"]):
        code, _, err = run(capsys, *args)
        assert code == 2 and "Invalid value for '--jobs'" in err, (args, err)
    assert not (tmp_path / "kg.db").exists() and not (tmp_path / "x.jsonl").exists()
    from conceptkg.cli_query import MAX_VIEW_DEPTH
    from conceptkg.viz.select import MAX_VIEW_DEPTH as deepest

    assert MAX_VIEW_DEPTH == deepest  # viz --depth's bound is the view's


def test_empty_file_is_a_warning_not_a_failure(capsys, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text(" \n ", encoding="utf-8")
    code, _, err = run(capsys, "build", SAMPLE, empty, "--db", tmp_path / "kg.db")
    assert code == 0 and "warning:" in err and "empty.txt" in err
    assert err.startswith("warning:"), err  # no blank line left by the progress bar in a log


def test_extract_warns_about_an_empty_file_like_build(capsys, tmp_path):
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "blank.txt").write_text(" \n ", encoding="utf-8")
    (folder / "note.txt").write_text("甲乙研究所推动丙丁技术创新。", encoding="utf-8")
    code, _, err = run(capsys, "extract", folder, "-o", tmp_path / "g.jsonl")
    assert code == 0 and "warning:" in err and "blank.txt" in err, err
    assert "1 empty" in err


def test_explain_names_the_rule_of_each_edge_and_rejects_a_bad_user_pattern(capsys, tmp_path):
    doc = tmp_path / "doc.txt"
    doc.write_text("江州银行推出银杏贷款计划，助推乡村振兴。\n", encoding="utf-8")
    code, out, _ = run(capsys, "explain", doc, "--json")
    assert code == 0
    edges = {(e["source"], e["type"], e["target"]): e["rule"] for e in json.loads(out)["edges"]}
    assert edges[("江州银行", "IMPLEMENTS", "银杏贷款计划")]
    assert edges[("银杏贷款计划", "DRIVES", "乡村振兴")]
    for opts, titles in ((["--edges"], ["edges"]), (["--misses"], ["no edge"]),
                         (["--edges", "--misses"], ["edges", "no edge"])):
        code, out, _ = run(capsys, "explain", doc, *opts)
        assert code == 0 and [t for t in ("edges", "no edge") if t in out] == titles, opts
    bad = tmp_path / "bad.yaml"
    bad.write_text("patterns:\n  year: '(unclosed'\n", encoding="utf-8")
    code, _, err = run(capsys, "explain", doc, "--lexicon", tmp_path)
    assert code == 1 and err == f"error: {tmp_path}: is a directory; --lexicon takes a YAML " \
        "file\n", err
    code, _, err = run(capsys, "explain", doc, "--lexicon", bad)
    assert code == 1 and "line 2: patterns.year: not a valid expression" in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_explain_json_keeps_to_edges_or_misses_as_the_tables_do(capsys, tmp_path):
    doc = tmp_path / "doc.txt"
    doc.write_text("江州银行推出银杏贷款计划，助推乡村振兴。溪宁市带动了很多。\n", encoding="utf-8")
    whole = json.loads(run(capsys, "explain", doc, "--json")[1])
    assert whole["edges"] and whole["misses"]
    for opts, keys in ((["--edges"], {"edges"}), (["--misses"], {"misses"}),
                       (["--edges", "--misses"], {"edges", "misses"})):
        code, out, err = run(capsys, "explain", doc, "--json", *opts)
        assert code == 0, err
        got = json.loads(out)
        assert {"edges", "misses"} & set(got) == keys, opts
        assert all(got[k] == whole[k] for k in got), opts


def test_the_command_ends_at_once_with_everything_written(tmp_path):
    """``conceptkg`` skips Python's teardown: its outputs, files and store are complete, and
    its exit code is main()'s."""
    import subprocess
    import sys

    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(3):
        (docs / f"d{i}.txt").write_text(f"第{i}篇：数据要素推动数字经济发展。", encoding="utf-8")
    db, out = tmp_path / "kg.db", tmp_path / "g.json"
    done = subprocess.run([sys.executable, "-m", "conceptkg.cli", "build", str(docs), "--db",
                           str(db), "--json", str(out)], capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    assert "3 built" in done.stdout + done.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["nodes"]
    with EmbeddedStore(db, read_only=True) as store:
        assert store.stats()["documents"] == 3
    bad = subprocess.run([sys.executable, "-m", "conceptkg.cli", "build", str(tmp_path / "no"),
                          "--db", str(db)], capture_output=True, text=True, timeout=300)
    assert bad.returncode == 1 and bad.stderr.count("\n") == 1 and "error:" in bad.stderr


def test_python_dash_m_conceptkg_is_the_command_line(tmp_path):
    import os
    import subprocess
    import sys

    src = str(Path(__file__).resolve().parents[1] / "src")
    env = {**os.environ, "PYTHONPATH": src}
    done = subprocess.run([sys.executable, "-m", "conceptkg", "stats", "--db",
                           str(tmp_path / "none.db")], capture_output=True, text=True, env=env,
                          timeout=120)
    assert done.returncode == 1 and "no such database" in done.stderr
    assert "Traceback" not in done.stderr and "__main__" not in done.stderr


def _commands(group):
    for name, cmd in group.commands.items():
        yield name, cmd
        if hasattr(cmd, "commands"):
            yield from ((f"{name} {n}", c) for n, c in _commands(cmd))


def test_help_texts_are_not_cut_or_eaten_by_the_help_renderer():
    import inspect

    import typer
    from rich.markup import render

    from conceptkg.cli import app

    for name, cmd in _commands(typer.main.get_command(app)):
        for paragraph in inspect.cleandoc(cmd.help or "").split("\n\n"):
            # the renderer keeps a docstring's line breaks: the text breaks mid-line
            assert "\n" not in paragraph, f"{name}: {paragraph!r}"
        for text in [cmd.help or "", *(getattr(p, "help", "") or "" for p in cmd.params)]:
            # rich reads [word…] as markup and drops it ("Corrections file ; applied")
            assert render(text).plain == text, f"{name}: {text!r}"


def test_viz_of_an_unknown_focus_names_the_closest_nodes(capsys, tmp_path, db):
    out_html = tmp_path / "v.html"
    code, _, err = run(capsys, "viz", "-o", out_html, "--db", db, "--focus", "科技")
    assert code == 1 and err.count("\n") == 1
    assert "matches no node" in err and "(similar: 科技创新)" in err
    assert not out_html.exists()


def test_an_interrupted_command_says_what_became_of_its_writes(capsys, tmp_path, db,
                                                               monkeypatch):
    import conceptkg.exporting
    import conceptkg.remove

    def stop(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(conceptkg.exporting, "export_store", stop)
    monkeypatch.setattr(conceptkg.remove, "remove", stop)
    code, _, err = run(capsys, "export", "-o", tmp_path / "g.json", "--db", db)
    assert code == 130 and err == "interrupted: nothing was changed and no file was written\n"
    code, _, err = run(capsys, "remove", "small.txt", "--db", db)
    assert code == 130 and err.startswith("interrupted: every write completed before")


def test_ask_search_says_when_more_nodes_match(capsys, db):
    """``ask search`` shows the most mentioned first, and says on stderr when its limit left
    names out (csv and json print the rows alone on stdout)."""
    code, out, err = run(capsys, "ask", "search", "text=数", "limit=1", "--db", db, "-f", "csv")
    assert code == 0 and len(out.strip().splitlines()) == 2
    assert "more nodes match '数'" in err and "limit=1" in err
    code, out, err = run(capsys, "ask", "search", "text=数", "limit=1000", "--db", db)
    assert code == 0 and "more nodes match" not in err
