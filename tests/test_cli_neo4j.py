"""The CLI against a real Neo4j 5: build twice (counts unchanged), query, ask, push."""

import json

import pytest

from conceptkg.cli import main
from tests.test_cli import SAMPLE, run

pytestmark = pytest.mark.neo4j


@pytest.fixture
def neo4j_env(neo4j_clean, monkeypatch):
    user, pw = neo4j_clean.auth
    monkeypatch.setenv("NEO4J_USERNAME", user)
    monkeypatch.setenv("NEO4J_PASSWORD", pw)
    monkeypatch.delenv("NEO4J_DATABASE", raising=False)
    return neo4j_clean.uri


def test_build_query_and_ask_on_neo4j(capsys, neo4j_env, tmp_path):
    code, _, err = run(capsys, "build", SAMPLE, "--neo4j", neo4j_env)
    assert code == 0, err
    first = json.loads(run(capsys, "stats", "--neo4j", neo4j_env, "-f", "json")[1])
    assert first["documents"] == 1 and first["edges"]
    code, _, err = run(capsys, "build", SAMPLE, "--neo4j", neo4j_env, "--force")
    assert code == 0
    assert json.loads(run(capsys, "stats", "--neo4j", neo4j_env, "-f", "json")[1]) == first
    code, out, _ = run(capsys, "query", "MATCH (o:Organization) RETURN o.name AS name",
                       "--neo4j", neo4j_env, "-f", "json")
    assert code == 0 and json.loads(out)
    code, _, err = run(capsys, "query", "MATCH (n) DETACH DELETE n", "--neo4j", neo4j_env)
    assert code == 1 and "--write" in err
    assert json.loads(run(capsys, "stats", "--neo4j", neo4j_env, "-f", "json")[1]) == first
    code, out, _ = run(capsys, "ask", "parts", "name=新质生产力", "--neo4j", neo4j_env,
                       "-f", "json")
    assert code == 0 and json.loads(out)
    # the embedded build of the same file pushes to the same counts
    db = tmp_path / "kg.db"
    assert main(["build", str(SAMPLE), "--db", str(db)]) == 0
    code, _, err = run(capsys, "push", "--db", db, "--neo4j", neo4j_env)
    assert code == 0 and "pushed" in err
    assert json.loads(run(capsys, "stats", "--neo4j", neo4j_env, "-f", "json")[1]) == first


def test_unreachable_server_is_one_line(capsys, monkeypatch):
    monkeypatch.delenv("NEO4J_PASSWORD", raising=False)
    code, _, err = run(capsys, "stats", "--neo4j", "bolt://127.0.0.1:1")
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err


def test_import_an_export_into_neo4j_and_back(capsys, neo4j_env, tmp_path):
    """build (embedded) → export → import into Neo4j → export from Neo4j → the same file; and
    a file that is not an export is one line there too."""
    db, first, second = tmp_path / "kg.db", tmp_path / "g1.json", tmp_path / "g2.json"
    assert main(["build", str(SAMPLE), "--db", str(db)]) == 0
    assert run(capsys, "export", "-o", first, "--db", db, "--with-text")[0] == 0
    code, _, err = run(capsys, "import", first, "--neo4j", neo4j_env)
    assert code == 0 and "imported" in err, err
    code, _, err = run(capsys, "export", "-o", second, "--neo4j", neo4j_env, "--with-text")
    assert code == 0, err
    assert json.loads(second.read_text(encoding="utf-8")) == \
        json.loads(first.read_text(encoding="utf-8"))
    bad = tmp_path / "bad.json"
    bad.write_text('{"rows": []}', encoding="utf-8")
    code, _, err = run(capsys, "import", bad, "--neo4j", neo4j_env)
    assert code == 1 and "not a conceptkg graph export" in err and err.count("\n") == 1
