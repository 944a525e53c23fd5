"""INCLUDES of division on sentences of our own: X按Y分为A、B、C三个档次 — a phrase with a
preposition between the whole and the dividing verb leaves the whole before it, and parts a
whole is divided into are parts however they read (种植贷: a verb and a noun to the
segmenter). A one-character preposition right after a quote opens no name with the quote
(“X”按农户…). A list of tasks after an including verb that does not divide stays no list."""

from tests.loaders.extraction_helpers import edges, extract, node_types


def _parts(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "INCLUDES"}


def test_a_whole_divided_by_a_criterion():
    text = "“甲乙计划”按农户经营规模分为种植贷、加工贷、销售贷三个档次。"
    got = _parts(text)
    assert {("甲乙计划", "种植贷"), ("甲乙计划", "销售贷")} <= got
    assert not any(n.endswith("按农户") for n in node_types(extract(text)))


def test_tasks_after_a_verb_that_does_not_divide_are_no_parts():
    assert _parts("今年的工作包括加强监管、优化服务。") == set()
