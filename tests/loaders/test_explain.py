"""The miss report (``conceptkg explain``) agrees with what ``build`` stores, also with
``--min-confidence``."""

from __future__ import annotations

import json

from conceptkg.loaders.explain import explain_file
from tests.test_cli import run

TEXT = ("恒拓集团2026年度经营情况说明\n\n"
        "我们实施“岚芯计划”，带动集团研发投入增长。\n"
        "恒拓智造公司开展“精益生产行动”，推动单位成本下降。\n"
        "数字经济带动溪宁产业链协同发展。\n"
        "恒拓物流公司打造“链通云”平台，赋能上下游中小企业。\n"
        "公司推出“恒拓云服务”平台，包括远程运维、数据分析、能耗管理等服务。\n")


def _stored(capsys, tmp_path, doc, *options):
    out = tmp_path / f"g{len(options)}.json"
    code, _, err = run(capsys, "build", doc, "--db", tmp_path / f"kg{len(options)}.db",
                       "--json", out, *options)
    assert code == 0, err
    graph = json.loads(out.read_text(encoding="utf-8"))
    names = {n["id"]: n["name"] for n in graph["nodes"]}
    return {(names[e["source"]], e["type"], names[e["target"]]) for e in graph["edges"]
            if e["type"] != "MEASURES"}


def test_explain_with_min_confidence_gives_the_edges_build_stores(capsys, tmp_path):
    doc = tmp_path / "恒拓 年报.md"
    doc.write_text(TEXT, encoding="utf-8")
    every = explain_file(doc)
    strong = explain_file(doc, min_confidence=0.6)
    assert {(e.source, e.type, e.target) for e in every.edges} == _stored(capsys, tmp_path, doc)
    assert {(e.source, e.type, e.target) for e in strong.edges} == _stored(
        capsys, tmp_path, doc, "--min-confidence", "0.6")
    weak = [e for e in every.edges if e.confidence < 0.6]
    assert weak and all(e.confidence >= 0.6 for e in strong.edges)
    assert strong.below == len(weak) and every.below == 0
    # a sentence whose edges are all below the threshold is now a miss, saying so
    lost = {e.start for e in weak} - {e.start for e in strong.edges}
    assert lost and lost <= {m.start for m in strong.misses}
    for m in strong.misses:
        assert (m.below is not None) == (m.start in lost)
        assert m.below is None or m.below < 0.6


def test_the_explain_command_takes_min_confidence(capsys, tmp_path):
    doc = tmp_path / "年报.md"
    doc.write_text(TEXT, encoding="utf-8")
    code, out, err = run(capsys, "explain", doc, "--min-confidence", "0.6", "--misses")
    assert code == 0 and "below 0.6 left out" in err and "below 0.6)" in out, (out, err)
    code, out, _ = run(capsys, "explain", doc, "--min-confidence", "0.6", "--json")
    data = json.loads(out)
    assert data["min_confidence"] == 0.6 and data["below"] > 0
    assert all(e["confidence"] >= 0.6 for e in data["edges"])
    code, _, err = run(capsys, "explain", doc, "--min-confidence", "2")
    assert code != 0 and "Traceback" not in err


def test_a_cue_word_the_readme_documents_makes_its_sentence_a_cue_sentence(tmp_path):
    doc = tmp_path / "岚州.md"
    doc.write_text("岚州文旅的回暖仰仗于溪宁港的客流。\n恒拓集团的业务划归为三个板块。\n",
                   encoding="utf-8")
    lex = tmp_path / "my.yaml"
    lex.write_text("relations:\n  DRIVES:\n    reliance: [仰仗于]\n"
                   "  INCLUDES:\n    division_verbs: [划归为]\n", encoding="utf-8")
    before = explain_file(doc)
    after = explain_file(doc, (str(lex),))
    assert before.cue_sentences == 0 and after.cue_sentences == 2
    cues = {c for m in after.misses for c in m.cues}
    edges = {e.start for e in after.edges}
    assert len(after.misses) + len(edges) == 2
    assert cues <= {"DRIVES:仰仗于", "INCLUDES:划归为"}


def test_explain_says_which_lexicon_terms_made_no_node(capsys, tmp_path):
    doc = tmp_path / "年报.md"
    doc.write_text("恒拓集团实施员工持股计划，激发团队活力。\n岚州数港控股有限公司推进港航升级。\n",
                   encoding="utf-8")
    lex = tmp_path / "我的 词表.yaml"
    lex.write_text("terms:\n  Initiative:\n    - 员工持股计划\n    - 溪宁碳汇计划 | 碳汇计划\n"
                   "  Concept:\n    - 数港\n  Factor:\n    - {name: 团队, weak: true}\n",
                   encoding="utf-8")
    rep = explain_file(doc, (str(lex),))
    found = {t.name: t.found for t in rep.terms}
    assert found == {"员工持股计划": "node", "溪宁碳汇计划": "absent", "数港": "text",
                     "团队": "text"}
    assert [t.name for t in rep.terms if t.weak] == ["团队"]
    assert {t.file for t in rep.terms} == {str(lex)}
    assert explain_file(doc).terms == []
    code, _, err = run(capsys, "explain", doc, "--lexicon", lex, "--misses")
    assert code == 0
    assert "3 of 4 lexicon term(s) made no node: 溪宁碳汇计划 (not in the text), 数港 (in the " \
        "text, no node), 团队 (in the text, no node; weak: no relation used it)" in err, err
    code, out, _ = run(capsys, "explain", doc, "--lexicon", lex, "--json")
    assert {t["name"]: t["found"] for t in json.loads(out)["terms"]} == found
