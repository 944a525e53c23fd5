"""Round m110 on texts of our own: a listed company's disclosure (an investor-relations record,
an announcement) opens with ``证券代码：… 证券简称：…`` and names the company on a title line
after it: the company speaks, and its bare 公司 is that company even where the text names many
other bodies."""

from tests.loaders.extraction_helpers import file_edges

_BODY = ("来访机构及人员：甲乙证券 王甲；丙丁基金 李乙；戊己资产 赵丙\n\n"
         "时间：2031年5月14日\n\n"
         "问（丙丁基金管理有限公司李乙）：公司新项目进展如何？\n\n"
         "答：公司在2030年实施“光链栖梧”产线升级工程，首批三条产线已经投产。"
         "另外公司推出了核心骨干持股计划。\n\n"
         "问（甲乙证券股份公司王甲）：贵公司怎样判断同业竞争态势？\n\n"
         "答：同业整合步伐加快，大厂在专利、渠道和规模上的长处愈发明显，"
         "公司会持续充实工程师队伍，改进光学模组良率，守住车载镜头这块阵地。\n\n"
         "问（甲乙证券股份公司王甲）：贵公司出口订单情况怎样？丙丁基金管理公司同样关心这一点。\n\n"
         "答：出口营收比重每年都在上升，南美和北非客户下单明显增多，"
         "公司会逐步铺开境外代理网络，加强驻地售后团队。\n")


def _impl(tmp_path, text: str) -> set[tuple[str, str]]:
    return {(a, b.replace("“", "").replace("”", "")) for a, r, b in file_edges(tmp_path, text)
            if r == "IMPLEMENTS"}


def test_the_company_under_a_disclosure_header_speaks(tmp_path):
    head = ("证券代码：688999        证券简称：栖梧光电\n\n栖梧光电股份有限公司\n"
            "投资者调研接待纪要\n\n编号：2031-006\n\n")
    impl = _impl(tmp_path, head + _BODY)
    assert any(a == "栖梧光电股份有限公司" and "光链栖梧" in b for a, b in impl)
    assert ("栖梧光电股份有限公司", "核心骨干持股计划") in impl
    # (the bodies of the participants, named more often than the company, do not act)
    assert not any(a.startswith(("甲乙证券", "丙丁基金")) for a, _ in impl)
