"""Round m110 on texts of our own: a listed company's disclosure (an investor-relations record,
an announcement) opens with ``证券代码：… 证券简称：…`` and names the company on a title line
after it: the company speaks, and its bare 公司 is that company even where the text names many
other bodies."""

from tests.loaders.extraction_helpers import file_edges

_BODY = ("参与单位名称及人员姓名：甲乙证券 王甲；丙丁基金 李乙；戊己资产 赵丙\n\n"
         "时间：2031年5月14日\n\n"
         "问（丙丁基金管理有限公司李乙）：公司新项目进展如何？\n\n"
         "答：公司于2030年启动“智造恒拓”数字化转型工程，目前已完成一期建设。"
         "公司还推出了限制性股票激励计划。\n\n"
         "问（甲乙证券股份有限公司王甲）：公司如何看待行业竞争格局？\n\n"
         "答：行业集中度持续提升，头部企业在技术、客户和成本方面的优势进一步扩大，"
         "公司将继续加大研发投入，提升产品竞争力，巩固在细分领域的领先地位。\n\n"
         "问（甲乙证券股份有限公司王甲）：公司海外业务布局如何？丙丁基金管理有限公司也关注此事。\n\n"
         "答：公司海外收入占比逐年提升，东南亚和中东地区客户需求增长较快，"
         "公司将稳步推进海外渠道建设，提升本地化服务能力。\n")


def _impl(tmp_path, text: str) -> set[tuple[str, str]]:
    return {(a, b.replace("“", "").replace("”", "")) for a, r, b in file_edges(tmp_path, text)
            if r == "IMPLEMENTS"}


def test_the_company_under_a_disclosure_header_speaks(tmp_path):
    head = ("证券代码：688999        证券简称：恒拓新材\n\n恒拓新材料股份有限公司\n"
            "投资者关系活动记录表\n\n编号：2031-006\n\n")
    impl = _impl(tmp_path, head + _BODY)
    assert any(a == "恒拓新材料股份有限公司" and "智造恒拓" in b for a, b in impl)
    assert ("恒拓新材料股份有限公司", "限制性股票激励计划") in impl
    # (the bodies of the participants, named more often than the company, do not act)
    assert not any(a.startswith(("甲乙证券", "丙丁基金")) for a, _ in impl)
