"""A dash (——) sets off an explanation or a new clause like a comma (context.clause_spans):
``A是B的关键力量——C提高了D`` ends the engine frame before the dash. Sentences of our own."""

from conceptkg.loaders.extraction.discourse.context import clause_spans
from tests.loaders.extraction_helpers import extract


def _clauses(text: str) -> list[str]:
    return [text[a:b] for a, b in clause_spans(text, 0, len(text))]


def test_dash_cuts_clauses():
    assert _clauses("甲是乙的关键力量——丙提高了丁。")[:2] == ["甲是乙的关键力量", "丙提高了丁"]


def test_dash_inside_a_quoted_name_does_not_cut():
    assert any("——" in c for c in _clauses("实施“澜州——中亚”班列计划，带动出口。"))


def test_engine_frame_before_a_dash():
    kg = extract("管理层认为，工艺创新是支撑毛利率企稳回升的关键力量——高端产品占比提高了。")
    got = {(kg.node(e.source).name, kg.node(e.target).name)
           for e in kg.edges() if e.type == "DRIVES"}
    assert ("工艺创新", "毛利率企稳回升") in got
