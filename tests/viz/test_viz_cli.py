"""The CLI switches of the whole-corpus view: viz --metrics/--isolated/--top, build
--no-metrics, ask central/neighbors types=."""

from __future__ import annotations

import json

import pytest

from conceptkg.cli import main
from conceptkg.graph import EmbeddedStore
from tests.viz.viz_graphs import corpus_graph
from tests.viz.viz_helpers import page_data

TEXT = ("某市统计局发布数据显示，今年一季度，某市数字经济规模同比增长12.5%。"
        "科技创新推动数字经济发展。某市工信局实施数字化转型行动。\n")


def run(capsys, *args):
    code = main(list(map(str, args)))
    cap = capsys.readouterr()
    return code, cap.out, cap.err


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("vizcli") / "kg.db"
    with EmbeddedStore(path) as s:
        s.write_graph(corpus_graph(clusters=3, per_cluster=10, metrics=12, isolated=4))
    return path


def _types(page) -> set[str]:
    return {n["group"] for n in page_data(page.read_text("utf-8"))["nodes"]}


def test_viz_switches(capsys, tmp_path, db):
    page = tmp_path / "v.html"
    code, _, err = run(capsys, "viz", "-o", page, "--db", db)
    assert code == 0 and "wrote" in err
    data = page_data(page.read_text("utf-8"))
    assert "Metric" not in _types(page)
    assert data["meta"]["hidden"]["metricsHidden"] == 12
    assert data["meta"]["hidden"]["isolatedHidden"] == 4
    code, _, _ = run(capsys, "viz", "-o", page, "--db", db, "--metrics", "--isolated")
    data = page_data(page.read_text("utf-8"))
    assert code == 0 and "Metric" in _types(page) and len(data["nodes"]) == 30 + 12 + 4
    code, _, _ = run(capsys, "viz", "-o", page, "--db", db, "--top", "2")
    assert code == 0 and page_data(page.read_text("utf-8"))["meta"]["hidden"]["top"] == 2
    for top in ("0", "x"):  # a usage error (exit 2) that names the option
        code, _, err = run(capsys, "viz", "-o", page, "--db", db, "--top", top)
        assert code == 2 and "Invalid value for '--top'" in err and "Traceback" not in err


def test_build_without_metrics(capsys, tmp_path):
    src = tmp_path / "docs"
    src.mkdir()
    (src / "a.txt").write_text(TEXT, encoding="utf-8")
    code, _, _ = run(capsys, "build", src, "--db", tmp_path / "with.db")
    assert code == 0
    code, out, _ = run(capsys, "stats", "--db", tmp_path / "with.db", "-f", "json")
    with_metrics = json.loads(out)
    assert with_metrics["nodes"].get("Metric") and with_metrics["edges"].get("MEASURES")
    code, _, _ = run(capsys, "build", src, "--db", tmp_path / "without.db", "--no-metrics")
    assert code == 0
    code, out, _ = run(capsys, "stats", "--db", tmp_path / "without.db", "-f", "json")
    without = json.loads(out)
    assert "Metric" not in without["nodes"] and "MEASURES" not in without["edges"]
    assert without["edges"]["DRIVES"] == with_metrics["edges"]["DRIVES"]
    assert without["documents"] == 1


def test_ask_central_and_neighbors_types(capsys, db):
    code, out, _ = run(capsys, "ask", "central", "top=1000", "--db", db, "-f", "json")
    assert code == 0 and "Metric" not in {r["type"] for r in json.loads(out)}
    code, out, _ = run(capsys, "ask", "central", "top=1000", "types=all", "--db", db, "-f", "json")
    assert code == 0 and "Metric" in {r["type"] for r in json.loads(out)}
    code, _, err = run(capsys, "ask", "central", "types=Widget", "--db", db)
    assert code == 1 and "unknown type" in err and err.count("\n") == 1
    code, out, _ = run(capsys, "ask", "--list")
    assert "[types=core]" in out


def test_ask_html_draws_every_node_of_the_answer(capsys, tmp_path, db):
    page = tmp_path / "ask.html"
    code, _, _ = run(capsys, "ask", "search", "text=指标", "limit=5", "--db", db, "--html", page)
    assert code == 0
    data = page_data(page.read_text("utf-8"))
    assert [n["group"] for n in data["nodes"]] == ["Metric"] * 5
    assert data["edges"] == []


def test_a_page_that_cannot_be_written_is_named_not_its_temporary_file(capsys, tmp_path, db,
                                                                       monkeypatch):
    import tempfile

    def refused(prefix="", suffix="", dir=None):  # what a read-only folder does (as root too)
        raise PermissionError(13, "Permission denied", f"{dir}/{prefix}y2bojv6q{suffix}")

    monkeypatch.setattr(tempfile, "mkstemp", refused)
    page = tmp_path / "x.html"
    code, _, err = run(capsys, "viz", "-o", page, "--db", db)
    assert code == 1 and err == f"error: {page}: Permission denied\n", err


@pytest.mark.parametrize("name", ["g.png", "g.json", "g.PDF", "g.graphml"])
def test_a_page_named_as_another_format_is_refused_before_any_work(capsys, tmp_path, db, name):
    """``viz -o graph.png`` wrote an HTML page under a picture's name (and ``build --html
    g.json`` after the whole build): refused up front, with what to do instead."""
    out = tmp_path / name
    code, _, err = run(capsys, "viz", "-o", out, "--db", db)
    assert code == 1 and err.count("\n") == 1 and "HTML page" in err and ".html" in err, err
    assert not out.exists()
    code, _, err = run(capsys, "ask", "central", "--db", db, "--html", out)
    assert code == 1 and "HTML page" in err and not out.exists(), err
    doc = tmp_path / "a.txt"
    doc.write_text(TEXT, encoding="utf-8")
    code, _, err = run(capsys, "build", doc, "--db", tmp_path / "new.db", "--html", out)
    assert code == 1 and "HTML page" in err and not (tmp_path / "new.db").exists(), err
    for fine in ("g.html", "g.htm", "graph"):
        assert run(capsys, "viz", "-o", tmp_path / fine, "--db", db)[0] == 0, fine
