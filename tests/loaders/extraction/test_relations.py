"""One test per relation rule, on short sentences written for the tests."""

import pytest

from ..extraction_helpers import edges, extract, node_types


@pytest.mark.parametrize("text, expected, rule", [
    ("要以数字经济推动制造业转型升级。",
     {("数字经济", "DRIVES", "制造业")}, "drives_instrument"),
    ("人工智能赋能制造业和现代服务业。",
     {("人工智能", "DRIVES", "制造业"), ("人工智能", "DRIVES", "现代服务业")}, "drives_verb"),
    ("绿色发展是由技术创新和制度创新而催生的。",
     {("技术创新", "DRIVES", "绿色低碳发展"), ("制度创新", "DRIVES", "绿色低碳发展")},
     "drives_caused_by"),
    ("平台经济为经济社会发展提供了强劲动力。",
     {("平台经济", "DRIVES", "经济社会发展")}, "drives_provide"),
    ("智慧农业是数字技术在其中起关键作用的发展模式。",
     {("数字技术", "DRIVES", "智慧农业")}, "drives_leading_role"),
    ("各地加快绿色转型，助力碳达峰碳中和。",
     {("绿色转型", "DRIVES", "碳达峰")}, "drives_chain"),
])
def test_drives_rules(text, expected, rule):
    got = edges(extract(text), rule=True)
    assert {e[:3] for e in got} == expected
    assert all(rule in e[3] for e in got)


def test_caused_by_with_pronoun_takes_the_previous_topic():
    kg = extract("数字经济是继农业经济、工业经济之后的主要经济形态。"
                 "它由数据要素和数字技术而催生。")
    assert {("数据", "DRIVES", "数字经济"), ("数字技术", "DRIVES", "数字经济")} <= edges(kg)


def test_organisation_subject_does_not_drive():
    # an organisation that 推动 something implements, it does not drive
    assert not {e for e in edges(extract("华星集团推动高质量发展。")) if e[1] == "DRIVES"}


def test_parallel_tasks_are_not_causal():
    kg = extract("要加快发展数字经济，着力推动绿色转型。")
    assert not edges(kg)


@pytest.mark.parametrize("text, expected", [
    ("现代化产业体系包括先进制造业、现代服务业等。",
     {("现代化产业体系", "INCLUDES", "先进制造业"), ("现代化产业体系", "INCLUDES", "现代服务业")}),
    # the anchor carries into 也包括; the head after 等 is not an item
    ("生产要素既包括劳动、土地等有形要素，也包括数据、技术等无形要素。",
     {("生产要素", "INCLUDES", x) for x in ("劳动", "土地", "数据", "技术")}),
    # appositive: the clause before ends with the anchor; 的 modifiers are dropped
    ("培养高技能人才，包括培育精通数控工艺的工匠人才与熟悉智能产线的运维人才。",
     {("高技能人才", "INCLUDES", "工匠人才"), ("高技能人才", "INCLUDES", "运维人才")}),
])
def test_includes_verb(text, expected):
    got = edges(extract(text), rule=True)
    assert {e[:3] for e in got} == expected
    assert all(e[3] == ("includes_verb",) for e in got)


def test_list_head_includes_items_and_types_them():
    kg = extract("培育新一代信息技术、生物医药、新材料等战略性新兴产业。")
    assert edges(kg) == {("战略性新兴产业", "INCLUDES", x)
                         for x in ("信息技术", "生物医药", "新材料")}


def test_generic_list_head_gives_no_edge():
    assert not edges(extract("运用大数据、云计算等技术提升服务。"))


def test_shared_head_is_distributed():
    kg = extract("新的劳动工具包括数控机床、数字化和网联化装备。")
    got = edges(kg)
    assert ("新劳动工具", "INCLUDES", "数字化装备") in got
    assert ("新劳动工具", "INCLUDES", "网联化装备") in got
    assert ("新劳动工具", "INCLUDES", "数字化") not in got


def test_aspects_include():
    kg = extract("新质生产力的培育，一方面是用好数据、算法等新型生产要素；另一方面是壮大新劳动者。")
    got = edges(kg)
    assert ("新质生产力", "INCLUDES", "新劳动者") in got
    assert ("新质生产力", "INCLUDES", "数据") in got


def test_list_of_companies_become_organisations():
    types = node_types(extract("全市已培育华芯半导体、蓝鲸智造、超市等一批龙头企业。"))
    assert types.get("华芯半导体") == "Organization"
    assert types.get("蓝鲸智造") == "Organization"
    assert "超市" not in types  # a common noun is not a company name


def test_implements_with_organisation_context_and_pronoun():
    text = ("华星科技集团有限公司持续推进智慧工厂平台建设，推出“星链通”服务模式。"
            "聚焦中小客户，开发供应链金融系统。我们还举办了首届数字创新大会。")
    got = edges(extract(text), rule=True)
    org = "华星科技集团有限公司"
    assert {e[:3] for e in got} == {
        (org, "IMPLEMENTS", "智慧工厂平台"), (org, "IMPLEMENTS", "星链通服务模式"),
        (org, "IMPLEMENTS", "供应链金融系统"),
        (org, "IMPLEMENTS", "首届数字创新大会")}  # (the edition stays, as in 第五届X节; alias X)


def test_implements_passive_and_self_mention():
    kg = extract("华星科技集团有限公司是一家制造企业。今年，公司数据中台进一步构建。")
    assert edges(kg) == {("华星科技集团有限公司", "IMPLEMENTS", "公司数据中台")}


def test_joint_subject_and_short_form():
    kg = extract("江南省农业银行分行和江南省邮政分公司共同打造乡村振兴服务站。"
                 "江南邮政还开发了惠农通平台。")
    assert edges(kg) == {
        ("江南省农业银行分行", "IMPLEMENTS", "乡村振兴服务站"),
        ("江南省邮政分公司", "IMPLEMENTS", "乡村振兴服务站"),
        ("江南省邮政分公司", "IMPLEMENTS", "惠农通平台")}
    alias = next(n for n in kg.nodes() if n.name == "江南省邮政分公司").aliases
    assert "江南邮政" in alias


def test_reported_speech_does_not_act_for_the_speaker():
    assert not edges(extract("省发展改革委表示，要加快建设数据交易中心。"))
    assert not edges(extract("华星集团负责人说，各地要推出更多惠民服务平台。"))


def test_generic_object_is_not_an_initiative():
    kg = extract("华星科技集团有限公司发布数据显示，今年营收增长。")
    assert not edges(kg)
