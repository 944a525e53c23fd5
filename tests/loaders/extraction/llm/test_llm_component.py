"""The LLM relation component in the extraction pipeline, against a fake OpenAI-compatible
server: whole edges with provenance, what is dropped, batching, the cache, a malformed answer,
agreement with the rules, the stamp of documents, and the default build left alone."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conceptkg.graph.knowledge_graph import KnowledgeGraph
from conceptkg.graph.models import Document
from conceptkg.loaders.extraction.confidence import evidence_score
from conceptkg.loaders.extraction.llm import LLMConfig
from conceptkg.loaders.pipeline import process_text
from conceptkg.loaders.versions import extractor_version
from tests.loaders.extraction.llm_server import FakeLLM

# made-up places, bodies and programmes
S1 = "栖云市科技局启动云栈智造工程。"
S2 = "云栈智造工程带动栖云市数字产业发展。"
S3 = "鹤鸣科技公司推出青禾农服平台。"
S4 = "栖云市气候宜人。"  # no cue: never sent
TEXT = S1 + S2 + S3 + S4
MODEL = "fake-model"
RULE = f"llm:{MODEL}"


def _rel(src: str, st: str, rel: str, dst: str, dt: str) -> dict[str, str]:
    return {"source": src, "source_type": st, "relation": rel, "target": dst, "target_type": dt}


ANSWERS = {
    S1: [_rel("栖云市科技局", "Organization", "IMPLEMENTS", "云栈智造工程", "Initiative")],
    S2: [_rel("云栈智造工程", "Initiative", "DRIVES", "数字产业", "Concept")],
    S3: [_rel("鹤鸣科技公司", "Organization", "IMPLEMENTS", "青禾农服平台", "Initiative"),
         # dropped: an organisation never drives; a name not in the sentence; a type outside
         # the schema; a relation outside it; a target that overlaps the source
         _rel("鹤鸣科技公司", "Organization", "DRIVES", "青禾农服平台", "Initiative"),
         _rel("鹤鸣集团", "Organization", "IMPLEMENTS", "青禾农服平台", "Initiative"),
         _rel("鹤鸣科技公司", "Person", "IMPLEMENTS", "青禾农服平台", "Initiative"),
         _rel("鹤鸣科技公司", "Organization", "OWNS", "青禾农服平台", "Initiative"),
         _rel("青禾农服平台", "Initiative", "INCLUDES", "农服平台", "Initiative")],
}


def _doc() -> Document:
    return Document.from_text(TEXT, path="t.txt")


def _config(srv: FakeLLM, cache: Path | None = None, **kw: object) -> LLMConfig:
    return LLMConfig(srv.url, MODEL, cache_dir=str(cache) if cache else None,
                     **kw)  # type: ignore[arg-type]


def _llm_edges(kg: KnowledgeGraph) -> set[tuple]:
    """(source, type, target, sentence start, end, sentence) of each LLM evidence."""
    return {(kg.node(e.source).name, kg.node(e.source).type, e.type, kg.node(e.target).name,
             kg.node(e.target).type, ev.start, ev.end, ev.sentence)
            for e in kg.edges() for ev in e.evidence if ev.rule == RULE}


def _span(sentence: str) -> tuple[int, int]:
    k = TEXT.index(sentence)
    return k, k + len(sentence)


def _graph_data(kg: KnowledgeGraph) -> tuple[list, list]:
    nodes = sorted(n.model_dump_json() for n in kg.nodes())
    edges = sorted(e.model_dump_json() for e in kg.edges())
    return nodes, edges


def test_edges_with_provenance_and_invalid_answers_dropped(tmp_path):
    with FakeLLM(ANSWERS) as srv:
        kg = process_text(_doc(), llm=_config(srv, batch_size=8))
    assert _llm_edges(kg) == {
        ("栖云市科技局", "Organization", "IMPLEMENTS", "云栈智造工程", "Initiative",
         *_span(S1), S1),
        ("云栈智造工程", "Initiative", "DRIVES", "数字产业", "Concept", *_span(S2), S2),
        ("鹤鸣科技公司", "Organization", "IMPLEMENTS", "青禾农服平台", "Initiative",
         *_span(S3), S3),
    }
    for e in kg.edges():
        for ev in e.evidence:
            assert kg.documents[ev.document].text[ev.start:ev.end] == ev.sentence
    # only the sentences with a cue, all of them in one request
    assert len(srv.requests) == 1 and srv.sent() == [S1, S2, S3]


def test_batches_of_the_configured_size():
    with FakeLLM(ANSWERS) as srv:
        process_text(_doc(), llm=_config(srv, batch_size=2))
    assert [len(srv.sentences(r["messages"])) for r in srv.requests] == [2, 1]
    assert srv.sent() == [S1, S2, S3]


def test_a_cached_answer_asks_nothing_and_gives_the_same_graph(tmp_path):
    cache = tmp_path / "cache"
    with FakeLLM(ANSWERS) as srv:
        first = process_text(_doc(), llm=_config(srv, cache))
        assert len(srv.requests) == 1
        second = process_text(_doc(), llm=_config(srv, cache))
        assert len(srv.requests) == 1  # no second request
        assert _graph_data(second) == _graph_data(first)
        assert _llm_edges(first)
        # another model is another cache entry
        process_text(_doc(), llm=LLMConfig(srv.url, "other-model", cache_dir=str(cache)))
        assert len(srv.requests) == 2
    assert not list(cache.rglob("*.tmp"))  # written whole, moved into place


def test_a_malformed_answer_skips_its_batch_with_one_warning(tmp_path, caplog):
    def content(sents: list[str]) -> str:
        return "sorry, no JSON here" if S2 in sents else FakeLLM(ANSWERS).answer(
            [{"role": "user", "content": "\n".join(f"{i}. {s}"
                                                   for i, s in enumerate(sents, 1))}])

    cache = tmp_path / "cache"
    with FakeLLM(content=content) as srv, caplog.at_level(logging.WARNING):
        kg = process_text(_doc(), llm=_config(srv, cache, batch_size=2))
        warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
        assert len(warnings) == 1 and "skipped" in warnings[0].getMessage()
        assert {x[2:4] for x in _llm_edges(kg)} == {("IMPLEMENTS", "青禾农服平台")}
        # the skipped batch is not cached: the next build asks for it again, and only for it
        process_text(_doc(), llm=_config(srv, cache, batch_size=2))
    assert [srv.sentences(r["messages"]) for r in srv.requests] == [[S1, S2], [S3], [S1, S2]]


def test_agreement_with_a_rule_raises_confidence():
    doc = _doc()
    rules_only = process_text(doc)
    with FakeLLM(ANSWERS) as srv:
        both = process_text(doc, llm=_config(srv))

    def edge(kg: KnowledgeGraph, src: str, dst: str):
        (e,) = [e for e in kg.edges() if kg.node(e.source).name == src
                and kg.node(e.target).name == dst]
        return e

    before = edge(rules_only, "栖云市科技局", "云栈智造工程")
    after = edge(both, "栖云市科技局", "云栈智造工程")
    assert RULE not in before.rules and RULE in after.rules and len(after.rules) == 2
    assert after.confidence > before.confidence
    llm_alone = edge(both, "云栈智造工程", "数字产业")
    assert llm_alone.rules == [RULE]
    assert llm_alone.confidence <= evidence_score(RULE, "lexicon", "lexicon") < \
        evidence_score("cue_drives", "lexicon", "lexicon")


def test_the_stamp_names_model_and_prompt():
    with FakeLLM(ANSWERS) as srv:
        kg = process_text(_doc(), llm=_config(srv))
    (doc,) = kg.documents.values()
    assert doc.extractor.startswith(extractor_version() + "+llm:fake-model@1-")
    (plain,) = process_text(_doc()).documents.values()
    assert plain.extractor == extractor_version()


def test_nothing_found_leaves_the_rules_graph_as_it_is():
    doc = _doc()
    with FakeLLM({}) as srv:
        kg = process_text(doc, llm=_config(srv))
    assert len(srv.requests) == 1
    assert _graph_data(kg) == _graph_data(process_text(doc))


@pytest.mark.slow
def test_the_default_build_does_not_import_the_llm_extractor(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(TEXT, encoding="utf-8")
    code = ("import sys; from conceptkg.loaders import process_file;"
            "kg = process_file(sys.argv[1]); assert kg.edges();"
            "bad = sorted(m for m in sys.modules"
            "             if '.extraction.llm' in m or m == 'urllib.request');"
            "print(bad); sys.exit(1 if bad else 0)")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.run([sys.executable, "-c", code, str(f)], capture_output=True, text=True,
                          env=env, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
