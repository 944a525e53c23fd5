"""``conceptkg build`` / ``explain`` with the optional LLM extractor (``--llm-endpoint``), against
a fake OpenAI-compatible server: parallel workers, the cache, the stamp that makes documents
stale, and one-line errors."""

from __future__ import annotations

import json

import pytest

from conceptkg.cli import main
from conceptkg.graph import EmbeddedStore
from tests.loaders.extraction.llm_server import FakeLLM, closed_port

# made-up places, bodies and programmes
A1 = "栖云市科技局启动云栈智造工程。"
A2 = "云栈智造工程带动栖云市数字产业发展。"
B1 = "鹤鸣科技公司推出青禾农服平台。"
RULE = "llm:fake-model"


def _rel(src: str, st: str, rel: str, dst: str, dt: str) -> dict[str, str]:
    return {"source": src, "source_type": st, "relation": rel, "target": dst, "target_type": dt}


ANSWERS = {
    A1: [_rel("栖云市科技局", "Organization", "IMPLEMENTS", "云栈智造工程", "Initiative")],
    A2: [_rel("云栈智造工程", "Initiative", "DRIVES", "数字产业", "Concept")],
    B1: [_rel("鹤鸣科技公司", "Organization", "IMPLEMENTS", "青禾农服平台", "Initiative")],
}


def run(capsys, *args):
    code = main(list(map(str, args)))
    cap = capsys.readouterr()
    return code, cap.out, cap.err


@pytest.fixture
def files(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(A1 + A2, encoding="utf-8")
    b.write_text(B1, encoding="utf-8")
    return a, b


def _llm_edges(db) -> set[tuple[str, str, str]]:
    with EmbeddedStore(db, read_only=True) as s:
        kg = s.read_graph()
    return {(kg.node(e.source).name, e.type, kg.node(e.target).name)
            for e in kg.edges() if RULE in e.rules}


def test_build_with_the_llm_in_parallel_then_cached_then_without(capsys, tmp_path, files,
                                                                    monkeypatch):
    monkeypatch.setenv("CONCEPTKG_LLM_API_KEY", "sk-test")
    db = tmp_path / "kg.db"
    with FakeLLM(ANSWERS) as srv:
        llm = ("--llm-endpoint", srv.url, "--llm-model", "fake-model")
        code, _, err = run(capsys, "build", *files, "--db", db, "--jobs", "2", *llm)
        assert code == 0, err
        assert "2 built" in err
        assert len(srv.requests) == 2  # one per document, from the workers
        assert all(h["Authorization"] == "Bearer sk-test" for h in srv.headers)
        assert _llm_edges(db) == {("栖云市科技局", "IMPLEMENTS", "云栈智造工程"),
                                  ("云栈智造工程", "DRIVES", "数字产业"),
                                  ("鹤鸣科技公司", "IMPLEMENTS", "青禾农服平台")}
        cache = tmp_path / "kg.db.llm-cache"  # beside the database by default
        assert len(list(cache.rglob("*.json"))) == 3
        # the same build again: nothing to do; forced: answered from the cache
        code, _, err = run(capsys, "build", *files, "--db", db, *llm)
        assert code == 0 and "0 built" in err and "2 unchanged" in err
        code, _, err = run(capsys, "build", *files, "--db", db, "--force", *llm)
        assert code == 0 and "2 built" in err
        assert len(srv.requests) == 2
        # another model: the documents are stale
        code, _, err = run(capsys, "build", *files, "--db", db, "--llm-endpoint", srv.url,
                           "--llm-model", "other-model")
        assert code == 0 and "2 built (2 stale)" in err
        assert len(srv.requests) == 4
    # without the LLM: stale again, and no LLM edge is left
    code, _, err = run(capsys, "build", *files, "--db", db)
    assert code == 0 and "2 built (2 stale)" in err
    assert _llm_edges(db) == set()


def test_unreachable_endpoint_is_one_line_and_exit_1(capsys, tmp_path, files):
    url = f"http://127.0.0.1:{closed_port()}/v1"
    code, _, err = run(capsys, "build", *files, "--db", tmp_path / "kg.db", "--jobs", "2",
                         "--llm-endpoint", url, "--llm-model", "m")
    assert code == 1
    err = err.strip()  # (the progress bar, cleared, may leave an empty line)
    assert err.startswith("error: LLM endpoint") and "unreachable" in err
    assert "\n" not in err and "Traceback" not in err


def test_refused_key_is_one_line(capsys, tmp_path, files, monkeypatch):
    monkeypatch.setenv("CONCEPTKG_LLM_API_KEY", "sk-wrong-123")
    with FakeLLM(statuses=[401]) as srv:
        code, _, err = run(capsys, "build", files[1], "--db", tmp_path / "kg.db",
                           "--llm-endpoint", srv.url, "--llm-model", "m")
    assert code == 1 and "API key" in err and "sk-wrong-123" not in err
    assert err.strip().startswith("error:") and "\n" not in err.strip()


def test_options_go_together(capsys, tmp_path, files):
    code, _, err = run(capsys, "build", files[0], "--db", tmp_path / "kg.db",
                       "--llm-endpoint", "http://127.0.0.1:1/v1")
    assert code == 1 and "--llm-model" in err and err.count("\n") == 1
    code, _, err = run(capsys, "build", files[0], "--db", tmp_path / "kg.db",
                       "--llm-cache", tmp_path / "c")
    assert code == 1 and "--llm-endpoint" in err


def test_explain_shows_the_llm_edges(capsys, tmp_path, files):
    with FakeLLM(ANSWERS) as srv:
        code, out, err = run(capsys, "explain", files[0], "--json", "--llm-endpoint", srv.url,
                             "--llm-model", "fake-model", "--llm-cache", tmp_path / "c")
    assert code == 0, err
    rep = json.loads(out)
    got = {(e["source"], e["type"], e["target"], e["start"], e["end"]) for e in rep["edges"]
           if e["rule"] == RULE}
    assert got == {("栖云市科技局", "IMPLEMENTS", "云栈智造工程", 0, len(A1)),
                   ("云栈智造工程", "DRIVES", "数字产业", len(A1), len(A1 + A2))}
