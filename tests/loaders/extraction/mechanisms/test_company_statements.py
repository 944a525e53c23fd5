"""Company statements: declared short names (以下简称), a letter's signing company, concepts
of the company's own (公司降本增效), strategies that list roles (以A为核心，以B为两翼) and
推手 as an engine noun. All texts are made up for these tests."""

from tests.loaders.extraction_helpers import edges, extract, node_types


def test_a_declared_short_name_stands_for_the_company():
    kg = extract("全资子公司海东远帆智控科技有限公司（以下简称“远帆智控”）负责平台开发。"
                 "四月，远帆智控推出供应商协同计划。")
    assert ("海东远帆智控科技有限公司", "IMPLEMENTS", "供应商协同计划") in edges(kg)
    assert node_types(kg).get("远帆智控") is None  # (one node, the short name an alias)


def test_a_short_name_without_a_company_before_it_names_nobody():
    got = edges(extract("该方案（以下简称“方案”）明确了目标。方案推出供应商协同计划。"))
    assert not any(r == "IMPLEMENTS" for _s, r, _t in got)


def test_the_company_signing_a_letter_to_shareholders_acts_for_bare_company():
    text = ("远帆精工股份有限公司董事长致股东的信\n\n各位股东：\n\n"
            "远帆储运公司完成码头扩建。远帆新能源公司新增装机。\n\n"
            "上半年，公司实施“青岚工匠”培养计划。\n")
    assert ("远帆精工股份有限公司", "IMPLEMENTS", "青岚工匠培养计划") in edges(extract(text))


def test_a_concept_of_the_company_is_named_without_the_company():
    got = edges(extract("数字化改造正在成为公司降本增效的重要推手。"))
    assert ("数字化改造", "DRIVES", "降本增效") in got


def test_a_short_concept_keeps_the_company_word():
    kg = extract("完善公司治理。数据要素成为公司治理的重要支撑。")
    assert "治理" not in node_types(kg)


def test_a_strategy_that_lists_roles_includes_each_thing():
    got = edges(extract("下半年，公司将推进“一核两翼”发展战略。这一战略包括以精密轴承为主体，"
                        "以伺服电机和远程运维服务为两翼。"))
    for item in ("精密轴承", "伺服电机", "远程运维服务"):
        assert ("一核两翼发展战略", "INCLUDES", item) in got
    assert not any(s.startswith("一战略") or t.endswith("为主体") for s, _r, t in got)


def test_role_frames_without_an_including_verb_give_no_parts():
    got = edges(extract("海州市将以港口物流为核心，以先进制造为支撑。"))
    assert not any(r == "INCLUDES" for _s, r, _t in got)


def test_bare_group_is_the_group_even_when_a_partner_company_is_named_more_often():
    text = ("远帆能源集团与澄川数智签署合作协议\n\n"
            "6月18日，远帆能源集团有限公司与澄川数智科技股份有限公司签署战略合作协议。"
            "澄川数智将为园区提供数据平台。澄川数智负责运维。澄川数智派驻团队。\n\n"
            "下半年，集团将启动“数智远帆”三年行动。\n")
    got = edges(extract(text))
    assert ("远帆能源集团有限公司", "IMPLEMENTS", "数智远帆三年行动") in got
    assert not any(s.startswith("澄川数智") and t == "数智远帆三年行动" for s, _r, t in got)
