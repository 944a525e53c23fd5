"""The LLM extractor's prompt file and answer parsing (no server needed)."""

from __future__ import annotations

import json

import pytest

from conceptkg.errors import LexiconError
from conceptkg.loaders.extraction.llm.client import MalformedAnswer
from conceptkg.loaders.extraction.llm.parse import (
    LLMRelation,
    check_relation,
    locate,
    parse_answer,
)
from conceptkg.loaders.extraction.llm.prompt import _parse, load_prompt, render_sentences


def _rel(src: str, st: str, rel: str, dst: str, dt: str) -> dict[str, str]:
    return {"source": src, "source_type": st, "relation": rel, "target": dst, "target_type": dt}


def test_shipped_examples_are_spans_of_their_sentences_and_keep_to_the_schema():
    prompt = load_prompt()
    assert prompt.examples
    for ex in prompt.examples:
        answer = json.loads(ex.answer)["sentences"]
        assert [a["id"] for a in answer] == list(range(1, len(ex.sentences) + 1))
        for a in answer:
            sentence = ex.sentences[a["id"] - 1]
            for raw in a["relations"]:
                rel = LLMRelation.model_validate(raw)
                assert check_relation(rel, prompt.schema) is None, raw
                assert locate(rel.source, sentence) is not None, raw
                assert locate(rel.target, sentence) is not None, raw


def test_messages_put_the_examples_before_the_numbered_sentences():
    prompt = load_prompt()
    msgs = prompt.messages(["甲地推动乙事。", "丙局建设丁平台。"])
    assert msgs[0]["role"] == "system" and "{schema}" not in msgs[0]["content"]
    assert "IMPLEMENTS: Organization -> Initiative" in msgs[0]["content"]
    assert [m["role"] for m in msgs[1:]] == ["user", "assistant"] * len(prompt.examples) + \
        ["user"]
    assert msgs[-1]["content"] == "1. 甲地推动乙事。\n2. 丙局建设丁平台。"
    assert render_sentences(["甲\n乙"]) == "1. 甲 乙"


def test_prompt_version_follows_the_file(tmp_path):
    raw = (b"version: 2\nsystem: s {schema}\nschema:\n  entity_types: [Concept]\n"
           b"  relations:\n    DRIVES: {source: [Concept], target: [Concept]}\n")
    a = _parse(raw, "a.yaml")
    b = _parse(raw.replace(b"system: s", b"system: t"), "b.yaml")
    assert a.version.startswith("2-") and b.version.startswith("2-")
    assert a.version != b.version
    with pytest.raises(LexiconError, match=r"b\.yaml"):
        _parse(b"version: [", "b.yaml")
    with pytest.raises(LexiconError, match="mapping"):
        _parse(b"- 1\n", "c.yaml")


def test_answer_in_a_code_fence_with_one_malformed_relation():
    text = "Here:\n```json\n" + json.dumps({"sentences": [
        {"id": 1, "relations": [_rel("甲", "Concept", "DRIVES", "乙", "Concept"),
                                {"source": "甲"}]},
        {"id": 7, "relations": [_rel("丙", "Concept", "DRIVES", "丁", "Concept")]},
    ]}, ensure_ascii=False) + "\n```"
    got = parse_answer(text, 2)
    assert got == {1: [LLMRelation(**_rel("甲", "Concept", "DRIVES", "乙", "Concept"))]}


@pytest.mark.parametrize("text", ["no json at all", "{\"sentences\": [", "{\"answer\": 1}",
                                  "{\"sentences\": [{\"relations\": []}]}"])
def test_malformed_answers_raise(text):
    with pytest.raises(MalformedAnswer):
        parse_answer(text, 1)


def test_schema_checks():
    schema = load_prompt().schema

    def why(*args: str) -> str | None:
        return check_relation(LLMRelation(**_rel(*args)), schema)

    assert why("甲局", "Organization", "IMPLEMENTS", "乙工程", "Initiative") is None
    assert why("甲计划", "Initiative", "DRIVES", "乙产业", "Concept") is None
    assert "not in the schema" in why("甲局", "Organization", "DRIVES", "乙产业", "Concept")
    assert "not in the schema" in why("甲产业", "Concept", "IMPLEMENTS", "乙工程",
                                      "Initiative")
    assert "unknown type" in why("张三", "Person", "IMPLEMENTS", "乙工程", "Initiative")
    assert "unknown relation" in why("甲", "Concept", "CAUSES", "乙", "Concept")
    assert "same" in why("甲", "Concept", "DRIVES", "甲", "Concept")


def test_locate_spans_and_quotes():
    s = "海岚区推出“云上岚城”服务平台。"
    assert locate("海岚区", s) == (0, 3)
    assert locate("“云上岚城”服务平台", s) == (5, 15)
    assert locate("云上岚城服务平台", s) == (5, 15)  # quotes may be left out
    assert locate("云上岚城", s) == (6, 10)
    assert locate("云上服务平台", s) is None
    assert locate("", s) is None
