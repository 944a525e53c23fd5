"""Registered company names (``registered_company_suffixes``: 有限公司 …) on sentences of our
own: two dictionary words or more before the legal form are a name, even without a place
(青松物流有限公司), and the trade word right before the legal form stays in it even where the
dictionary reads a verb (超市, 理财); a country in brackets stays inside (甲乙（新加坡）有限公司).
One word before the legal form, or one once a trade word is cut (网络科技), names a kind of
company, no company. Regulators named with 管理 (省通信管理局) and 市规划和自然资源局 are
departments."""

from tests.loaders.extraction_helpers import extract, node_types


def _orgs(text: str) -> set[str]:
    return {n for n, t in node_types(extract(text)).items() if t == "Organization"}


def test_a_registered_name_without_a_place():
    assert "青松物流有限公司" in _orgs("青松物流有限公司副总经理王某说，新线路开通后运量增加。")
    assert "甲乙惠民超市有限公司" in _orgs("鼓励甲乙惠民超市有限公司等连锁企业向村镇布点。")
    assert "丙丁理财有限责任公司" in _orgs("本行控股子公司丙丁理财有限责任公司已获批筹建。")


def test_a_country_in_brackets_stays_in_the_name():
    assert "戊己（新加坡）有限公司" in _orgs("公司在当地注册了戊己（新加坡）有限公司。")
    assert "庚辛（越南）电子有限公司" in _orgs("集团控股的庚辛（越南）电子有限公司已经开工。")


def test_a_kind_of_company_is_no_name():
    assert _orgs("一家物流有限公司开业。") == set()
    assert _orgs("网络科技有限公司是一种常见的企业形式。") == set()


def test_regulators_and_planning_departments():
    got = _orgs("市林业和草原局、省地方金融管理局负责协调。")
    assert {"省地方金融管理局", "市林业和草原局"} <= got
