"""Funds a plan sets up or allocates under a name of their own (X专项资金, Y扶持资金, Z风险补偿
资金池: ``initiative_heads``) are programmes, unlike bare money; an amount of money that opens
a fund's name (首期5亿元X资金池: pattern ``arg_leading_amount``) is no part of it."""

from tests.loaders.extraction_helpers import edges, extract, node_types


def _impl(text: str) -> set[tuple[str, str, str]]:
    return {e for e in edges(extract(text)) if e[1] == "IMPLEMENTS"}


def test_a_named_fund_set_up_is_a_programme():
    got = _impl("松岭省人力资源社会保障厅设立返乡创业扶持资金，每年遴选100名乡村工匠。")
    assert ("松岭省人力资源社会保障厅", "IMPLEMENTS", "返乡创业扶持资金") in got


def test_a_risk_pool_is_named_without_its_amount():
    got = _impl("松岭市工业和信息化局设立的首期5亿元风险补偿资金池已为科技企业提供增信。")
    assert ("松岭市工业和信息化局", "IMPLEMENTS", "风险补偿资金池") in got


def test_a_named_fund_is_an_initiative_node():
    types = node_types(extract("松岭省财政厅设立乡村振兴发展资金，重点支持产业项目。"))
    assert types.get("乡村振兴发展资金") == "Initiative"


def test_bare_money_is_no_programme():
    got = _impl("松岭省财政厅引导社会资金投向乡村产业。")
    assert not any(t.endswith("资金") for _, _, t in got)
