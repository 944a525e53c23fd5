"""The CLI for a corpus kept over time: remove, --date, stale rebuilds, documents and timeline."""

import csv
import io
import json

import pytest

from tests.test_cli import run

A = "数字经济推动高质量发展。某某集团公司打造工业互联网平台，推动数字经济发展，成效明显。"
B = "数字经济推动高质量发展。科技创新带动产业升级。"


def test_remove_build_date_and_time_queries(capsys, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "20240105.txt").write_text(A, encoding="utf-8")
    (docs / "other.txt").write_text(B, encoding="utf-8")
    db = tmp_path / "kg.db"
    code, _, err = run(capsys, "build", docs, "--db", db, "--date", "someday")
    assert code == 1 and err.count("\n") == 1 and "not a date" in err
    assert run(capsys, "build", docs / "20240105.txt", "--db", db)[0] == 0
    code, _, err = run(capsys, "build", docs / "other.txt", "--db", db, "--date", "2024-02-29")
    assert code == 0
    code, out, _ = run(capsys, "ask", "documents", "--db", db, "-f", "json")
    got = [(r["document"], r["date"]) for r in json.loads(out)]
    assert got == [("20240105.txt", "2024-01-05"), ("other.txt", "2024-02-29")]
    code, out, _ = run(capsys, "ask", "timeline", "name=数字经济", "--db", db, "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["period"], r["mentions"], r["documents"]) for r in rows] == [
        ("2024-01", "2", "1"), ("2024-02", "1", "1")]
    code, out, _ = run(capsys, "ask", "evidence", "from=数字经济", "to=高质量发展",
                       "since=2024-02", "--db", db, "-f", "json")
    [row] = json.loads(out)
    assert row["document"] == "other.txt" and row["sentence"] == "数字经济推动高质量发展。"
    code, out, _ = run(capsys, "stats", "--db", db, "-f", "json")
    assert json.loads(out)["dates"] == {"first": "2024-01-05", "last": "2024-02-29"}
    code, _, err = run(capsys, "remove", docs / "missing.txt", "--db", db)
    assert code == 1 and err.count("\n") == 1 and "nothing removed" in err
    code, _, err = run(capsys, "remove", docs / "20240105.txt", "--db", db)
    assert code == 0 and "1 document(s) removed" in err
    code, out, _ = run(capsys, "ask", "documents", "--db", db, "-f", "json")
    assert [r["document"] for r in json.loads(out)] == ["other.txt"]
    code, _, err = run(capsys, "ask", "timeline", "name=数字经济", "by=day", "--db", db)
    assert code == 1 and "by must be one of" in err


def test_one_file_named_many_ways_and_identical_files(capsys, tmp_path, monkeypatch):
    same = tmp_path / "same"
    same.mkdir()
    for name in ("a.txt", "b.txt"):
        (same / name).write_text(A, encoding="utf-8")
    (tmp_path / "x.txt").write_text(B, encoding="utf-8")
    db = tmp_path / "kg.db"
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, "build", "x.txt", "x.txt", tmp_path, "./x.txt", "--db", db)
    assert code == 0 and "2 built, 1 unchanged" in err, err  # x.txt once, b.txt = a.txt
    code, _, err = run(capsys, "build", "x.txt", "x.txt", "./x.txt", "--db", db)
    assert code == 0 and "0 built, 1 unchanged" in err, err
    code, _, err = run(capsys, "remove", "same/b.txt", "--db", db)
    assert code == 0 and "same content as" in err and "a.txt" in err, err
    assert "0 document(s) removed" in err
    code, _, err = run(capsys, "remove", "same/a.txt", "--db", db)
    assert code == 0 and "1 document(s) removed" in err, err
    code, _, err = run(capsys, "remove", "same/b.txt", "--db", db)
    assert code == 1 and "no stored document for 'same/b.txt'" in err, err


def test_a_long_sentence_is_whole_in_json(capsys, tmp_path):
    text = "数字经济推动高质量发展" + "，并且持续带动各地产业协同和区域经济的稳步增长" * 8 + "。"
    f = tmp_path / "long.txt"
    f.write_text(text, encoding="utf-8")
    db = tmp_path / "kg.db"
    assert run(capsys, "build", f, "--db", db)[0] == 0
    code, out, _ = run(capsys, "ask", "evidence", "from=数字经济", "to=高质量发展", "--db", db,
                       "-f", "json")
    [row] = json.loads(out)
    assert code == 0 and row["sentence"] == text and "…" not in row["sentence"]


@pytest.fixture
def neo4j_env(neo4j_clean, monkeypatch):
    user, pw = neo4j_clean.auth
    monkeypatch.setenv("NEO4J_USERNAME", user)
    monkeypatch.setenv("NEO4J_PASSWORD", pw)
    monkeypatch.delenv("NEO4J_DATABASE", raising=False)
    return neo4j_clean.uri


@pytest.mark.neo4j
def test_edit_remove_and_time_queries_agree_on_neo4j(capsys, neo4j_env, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "20240105.txt").write_text(A, encoding="utf-8")
    (docs / "20240210.txt").write_text(B, encoding="utf-8")
    db = tmp_path / "kg.db"
    answers = []
    for store in (["--db", db], ["--neo4j", neo4j_env]):
        (docs / "20240105.txt").write_text(A, encoding="utf-8")
        assert run(capsys, "build", docs, *store)[0] == 0
        (docs / "20240105.txt").write_text(B + "某某集团推进数字化转型行动。", encoding="utf-8")
        code, _, err = run(capsys, "build", docs, *store)
        assert code == 0 and "1 built (1 changed), 1 unchanged" in err
        got = [json.loads(run(capsys, "ask", *q, *store, "-f", "json")[1]) for q in (
            ["timeline", "name=数字经济"], ["documents"], ["documents", "name=高质量发展"])]
        assert run(capsys, "remove", docs / "20240210.txt", *store)[0] == 0
        got.append(json.loads(run(capsys, "stats", *store, "-f", "json")[1]))
        got.append(json.loads(run(capsys, "ask", "timeline", "name=数字经济", *store,
                                  "-f", "json")[1]))
        answers.append(got)
    assert answers[0] == answers[1]
    assert [r["period"] for r in answers[0][0]] == ["2024-01", "2024-02"]
    assert [r["period"] for r in answers[0][4]] == ["2024-01"]


def _built_pair(capsys, tmp_path):
    """A folder of a.txt (a sentence of its own) and b.txt (B) built into kg.db."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("恒拓集团打造溪宁数字平台。", encoding="utf-8")
    (docs / "b.txt").write_text(B, encoding="utf-8")
    db = tmp_path / "kg.db"
    assert run(capsys, "build", docs, "--db", db)[0] == 0
    return docs, db


def test_build_says_when_a_file_changed_to_a_content_stored_already(capsys, tmp_path):
    docs, db = _built_pair(capsys, tmp_path)
    (docs / "a.txt").write_text(B, encoding="utf-8")
    code, _, err = run(capsys, "build", docs, "--db", db)
    assert code == 0 and "2 unchanged (1 changed to a content stored already)" in err, err
    code, out, _ = run(capsys, "ask", "search", "text=恒拓", "--db", db)
    assert code == 0 and "no node" in out


def test_build_with_another_date_says_so_and_stores_it(capsys, tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text(B, encoding="utf-8")
    db = tmp_path / "kg.db"
    assert run(capsys, "build", doc, "--db", db, "--date", "2024-01-05")[0] == 0
    code, _, err = run(capsys, "build", doc, "--db", db, "--date", "2024-02-07")
    assert code == 0 and "1 built (1 new date), 0 unchanged" in err, err
    code, out, _ = run(capsys, "ask", "documents", "--db", db, "-f", "json")
    assert [r["date"] for r in json.loads(out)] == ["2024-02-07"]


def test_build_says_when_an_emptied_file_loses_its_earlier_version(capsys, tmp_path):
    docs, db = _built_pair(capsys, tmp_path)
    (docs / "a.txt").write_text("", encoding="utf-8")
    code, _, err = run(capsys, "build", docs, "--db", db)
    assert code == 0 and "empty document" in err and "earlier version is taken out" in err
    code, out, _ = run(capsys, "ask", "documents", "--db", db, "-f", "json")
    assert [r["document"] for r in json.loads(out)] == ["b.txt"]


def test_timeline_shows_the_months_without_a_mention(capsys, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(B, encoding="utf-8")
    (docs / "b.txt").write_text("岚州文旅带动溪宁餐饮。", encoding="utf-8")
    (docs / "c.txt").write_text(A, encoding="utf-8")
    db = tmp_path / "kg.db"
    for name, date in [("a.txt", "2024-01-05"), ("b.txt", "2024-02-10"), ("c.txt", "2024-04-01")]:
        assert run(capsys, "build", docs / name, "--db", db, "--date", date)[0] == 0
    code, out, _ = run(capsys, "ask", "timeline", "name=数字经济", "--db", db, "-f", "json")
    assert code == 0
    got = [(r["period"], r["mentions"], r["documents"], r["corpus_documents"])
           for r in json.loads(out)]
    # February has a document that does not mention it, March has no document at all
    assert got == [("2024-01", 1, 1, 1), ("2024-02", 0, 0, 1), ("2024-03", 0, 0, 0),
                   ("2024-04", 2, 1, 1)]
    code, out, _ = run(capsys, "ask", "timeline", "name=数字经济", "by=year", "--db", db,
                       "-f", "json")
    assert code == 0
    assert [(r["period"], r["mentions"], r["corpus_documents"]) for r in json.loads(out)] == [
        ("2024", 3, 3)]
