"""The CLI on a user's own inputs: lexicon files given with --lexicon."""

import pytest

from tests.test_cli import run

DOC = "恒拓集团打造岚州智算平台。溪宁港以数据要素带动港航升级。"


@pytest.mark.parametrize("pattern, why", [
    ("'[('", "unterminated character set"),
    ("'{no_such_pattern}'", "no pattern named 'no_such_pattern'"),
])
def test_a_user_pattern_that_does_not_compile_stops_the_build_with_one_line(
        capsys, tmp_path, pattern, why):
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("a.txt", "b.txt"):
        (docs / name).write_text(name + DOC, encoding="utf-8")
    bad = tmp_path / "my.yaml"
    bad.write_text(f"patterns:\n  number_head: {pattern}\n", encoding="utf-8")
    db = tmp_path / "kg.db"
    code, out, err = run(capsys, "build", docs, "--db", db, "--lexicon", bad)
    assert code == 1, (code, err)
    assert err.count("\n") == 1, err
    assert err.startswith(f"error: {bad}: line 2: patterns.number_head: "), err
    assert why in err and "skipped" not in err and "built" not in out + err
    code, out, err = run(capsys, "extract", docs, "-o", tmp_path / "g.jsonl", "--lexicon", bad)
    assert code == 1 and err.count("\n") == 1 and "patterns.number_head" in err, err


def test_a_yaml_mistake_in_a_lexicon_names_its_line(capsys, tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text(DOC, encoding="utf-8")
    bad = tmp_path / "我的 词表.yaml"
    bad.write_text("terms:\n  Concept:\n    - 岚州\norg_suffixes: [农商行]\n    - 溪宁港\n",
                   encoding="utf-8")
    code, _, err = run(capsys, "build", doc, "--db", tmp_path / "kg.db", "--lexicon", bad)
    assert code == 1 and err.count("\n") == 1, err
    assert err.startswith(f"error: {bad}: invalid YAML at line 5, column 5: "), err


def test_a_folder_rebuilt_leaves_out_the_page_an_earlier_build_drew_there(capsys, tmp_path):
    docs = tmp_path / "岚州 文件"
    docs.mkdir()
    (docs / "纪要.md").write_text("恒拓集团打造溪宁数字平台。岚州推动产业转型。",
                                 encoding="utf-8")
    db = tmp_path / "kg.db"
    code, _, err = run(capsys, "build", docs, "--db", db, "--html", docs / "图谱.html")
    assert code == 0 and "1 built" in err
    code, _, err = run(capsys, "build", docs, "--db", db)  # the page is no document
    assert code == 0 and "0 built, 1 unchanged, 0 empty, 0 skipped" in err, err
    code, _, err = run(capsys, "build", docs / "图谱.html", "--db", db)  # named: said why
    assert code == 3 and "a page conceptkg drew" in err
@pytest.mark.parametrize("args", [
    ("remove", ""), ("remove", "a.txt", " "), ("build", ""), ("build", "a.txt", "--json", ""),
    ("build", "a.txt", "--html", ""), ("extract", "", "-o", "x.jsonl"),
    ("extract", "a.txt", "-o", ""), ("load", ""), ("export", "-o", ""), ("import", ""),
    ("viz", "-o", ""), ("ask", "central", "--html", ""), ("build", "a.txt", "--lexicon", ""),
    ("build", "a.txt", "--curation", ""), ("eval", "", "gold.json"), ("explain", ""),
])
def test_an_empty_path_is_a_usage_error_not_the_current_directory(capsys, tmp_path,
                                                                  monkeypatch, args):
    """'' (an unset shell variable: conceptkg remove "$F") read as '.' removed every stored
    document under the working directory; export -o '' wrote a Neo4j bundle into it."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(DOC, encoding="utf-8")
    db = tmp_path / "kg.db"
    assert run(capsys, "build", "a.txt", "--db", db)[0] == 0
    before = sorted(p.name for p in tmp_path.iterdir())
    needs_db = args[0] not in ("extract", "eval", "explain")
    code, out, err = run(capsys, *args, *(("--db", db) if needs_db else ()))
    assert code == 2 and "empty" in err, (code, out, err)
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    code, out, _ = run(capsys, "query", "MATCH (d:Document) RETURN count(d) AS n", "--db", db,
                       "-f", "csv")
    assert out.split() == ["n", "1"]
