"""A registered company's name that holds a place in brackets keeps the trade word before the
bracket even where that word can be read as a verb (甲乙装备（丙丁）有限公司)."""

from tests.loaders.extraction_helpers import extract, node_types


def test_the_trade_word_before_the_bracket_stays():
    got = node_types(extract("全资子公司甲乙智能装备（临丙）有限公司承建的产业基地一期工程开工。"))
    assert got.get("甲乙智能装备（临丙）有限公司") == "Organization"
    assert "（临丙）有限公司" not in got


def test_a_verb_before_a_plain_company_still_cuts():
    got = node_types(extract("公司装备甲乙有限公司的生产线。"))
    assert "公司装备甲乙有限公司" not in got
