"""Quoted names listed before 等 and a kind with a typed head are nodes of that type; a quote
launched by a verb of issuing (出台“X”，) is an initiative."""

from tests.loaders.extraction_helpers import extract


def _typed(text: str) -> dict[str, str]:
    return {n.name: n.type for n in extract(text).nodes()}


def test_quotes_before_a_typed_kind_are_of_its_type():
    got = _typed("应大力发展“邻里互助”等互助养老模式，激活低龄老人的人力资源。")
    assert got.get("邻里互助") == "Initiative"
    got = _typed("推出“科创贷”“人才贷”等专属信贷产品，支持企业发展。")
    assert got.get("科创贷") == "Initiative" and got.get("人才贷") == "Initiative"


def test_a_quote_issued_as_a_policy_is_an_initiative():
    kg = extract("该市已出台“外贸新九条”，对新设海外仓给予补贴。")
    assert any(n.type == "Initiative" and "外贸新九条" in (n.name, *n.aliases)
               for n in kg.nodes())


def test_quotes_before_a_stop_head_or_no_list_are_none():
    assert "卡脖子" not in _typed("破解“卡脖子”等问题。")
    assert "老字号" not in _typed("这家“老字号”已经传了三代。")
