"""Round seventy-four on texts of our own: the units a company declares in a counted list
(``旗下甲水务、甲环保两家子公司``) are organisations everywhere in the document, so that a
later sentence where a unit acts (``甲环保推出“X”服务``) has its actor; a list whose count does
not match, or a list without a word of ownership, declares nothing."""

from tests.loaders.extraction_helpers import edges, extract, node_types

_REPORT = ("松岩城建集团有限公司2033年度工作报告\n\n"
           "2033年，松岩城建集团有限公司新签合同额增长9%。{units}\n\n"
           "集团持续提升公共服务能力。{act}\n")


def _graph(units: str, act: str) -> tuple[set[tuple[str, str]], dict[str, str]]:
    g = extract(_REPORT.format(units=units, act=act))
    return {(a, b) for a, r, b in edges(g) if r == "IMPLEMENTS"}, node_types(g)


def test_a_declared_unit_acts_later():
    impl, types = _graph("旗下北陵水务、北陵环保两家子公司均实现扭亏为盈。",
                         "北陵环保推出“净滩”河道保洁服务，覆盖主城区全部河段。")
    assert types.get("北陵环保") == "Organization"
    assert ("北陵环保", "净滩河道保洁服务") in impl


def test_a_count_that_does_not_match_declares_nothing():
    _, types = _graph("旗下北陵水务、北陵环保三家子公司均实现扭亏为盈。",
                      "北陵环保推出“净滩”河道保洁服务。")
    assert "北陵环保" not in types


def test_a_list_without_ownership_declares_nothing():
    _, types = _graph("北陵水务、北陵环保两家企业均实现扭亏为盈。",
                      "北陵环保推出“净滩”河道保洁服务。")
    assert types.get("北陵环保") != "Organization"
