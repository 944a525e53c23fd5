"""Round forty-four on texts of our own: bodies the mention finder used to miss. Departments
named in full by level and function (省通信管理局, 区综合行政执法局, 省委人才办), sub-district
offices and customs houses, and a company name after a noun of its kind (老牌国有企业甲乙集团,
合作伙伴丙丁公司), which now starts after that noun."""

from tests.loaders.extraction_helpers import edges, extract, node_types


def _orgs(text: str) -> set[str]:
    return {n for n, t in node_types(extract(text)).items() if t == "Organization"}


def test_departments_named_in_full_are_bodies():
    got = _orgs("牵头单位：区文化旅游体育局 配合单位：区综合行政执法局、鹭原街道办事处。\n\n"
                "省住房城乡建设厅和省委人才办要加强统筹。北溪海关推出便利措施。")
    assert {"区文化旅游体育局", "区综合行政执法局", "鹭原街道办事处",
            "省住房城乡建设厅", "省委人才办", "北溪海关"} <= got


def test_a_bare_customs_word_is_no_body():
    got = _orgs("全国海关推出便利措施，各地口岸通关时间继续压缩。")
    assert not any(n.endswith("海关") for n in got)


def test_a_company_name_starts_after_a_noun_of_its_kind():
    got = _orgs("在西屏市，老牌国有企业西屏纺织集团宣布扩产。"
                "我们与合作伙伴雾岚液压技术公司签署了技术许可协议。")
    assert "西屏纺织集团" in got
    assert "雾岚液压技术公司" in got
    assert not any(n.startswith(("老牌", "国有企业", "伙伴")) for n in got)


def test_a_kind_noun_followed_by_a_function_word_stays_in_the_name():
    # 企业 followed by 管理 names a management company, not a firm after a descriptor
    got = _orgs("南垣企业管理有限公司发布年报。")
    assert "南垣企业管理有限公司" in got
    assert "管理有限公司" not in got


def test_a_kind_phrase_before_the_second_party_keeps_both_parties():
    text = ("开业仪式上，北汀冷链物流有限公司还与跨境电商企业鲜岚通科技有限公司签署合作框架协议，"
            "双方将共建“前置仓+海外仓”一体化网络。")
    got = {e for e in edges(extract(text)) if e[1] == "IMPLEMENTS"}
    actors = {a for a, _, _ in got}
    assert {"北汀冷链物流有限公司", "鲜岚通科技有限公司"} <= actors
    assert "双方" not in actors
