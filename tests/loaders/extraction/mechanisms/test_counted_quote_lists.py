"""Quotes listed before a count and their kind (“甲乙游”“丙丁季”和“戊己夜”三大主题活动) are
nodes of the kind's type, like quotes listed before 等 and a kind; a kind without a typed head
(两大问题) types none of them."""

from tests.loaders.extraction_helpers import extract, node_types


def test_quotes_listed_before_a_counted_kind_are_initiatives():
    got = node_types(extract("本次活动季由岚州市商务局主办，包括“百村好物游”“千店惠民购”"
                             "和“夜游岚州”三大主题活动。"))
    assert got.get("百村好物游") == "Initiative"
    assert got.get("千店惠民购") == "Initiative"


def test_a_counted_kind_without_a_typed_head_types_no_quote():
    got = node_types(extract("当前，“卡脖子”“断供”两大问题依然突出。"))
    assert "卡脖子" not in got and "断供" not in got


def test_a_name_in_single_quotes_inside_a_quote_is_a_name():
    got = node_types(extract("青禾镇推出‘青禾山珍’农产品公用品牌。"))
    assert got.get("青禾山珍农产品公用品牌") == "Initiative"
