"""Side-bars and glossary boxes of PDF pages: items read across sentences."""

from ...extraction_helpers import edges, extract

SIDEBAR = """一是具有广泛的渗透性。
数字技术与各行各业深度融合，改变了生产和生活方式。
三是具有明显的外部性。
数据越用越多，价值外溢到其他领域。
二是具有显著的规模效应。
平台规模越大，边际成本越低，用户获得的价值越高。
数字经济的特征
主要表现为三个特点"""

GLOSSARY = """新型基础设施
先进的信息基础设施如5G基站、数据中心、工业互联网等。
新劳动者
能够持续更新技能的劳动者。
数字经济的“新”
主要体现在两个维度"""


def test_summary_after_its_items_collects_them_in_order():
    kg = extract(SIDEBAR)
    got = edges(kg, rule=True)
    assert {e[:3] for e in got} == {("数字经济", "INCLUDES", x)
                                   for x in ("渗透性", "外部性", "规模效应")}
    assert all(e[3] == ("includes_sidebar",) for e in got)
    # evidence: the summary line and the item's own sentence
    edge = next(e for e in kg.edges() if kg.node(e.target).name == "外部性")
    assert {ev.sentence for ev in edge.evidence} == {"主要表现为三个特点", "三是具有明显的外部性。"}


def test_summary_needs_every_item():
    text = SIDEBAR.replace("三是具有明显的外部性。", "另外，数据越来越重要。")
    assert not edges(extract(text))


def test_glossary_lists_but_no_layout_rule_for_quoted_aspects():
    got = edges(extract(GLOSSARY), rule=True)
    assert {e[:3] for e in got} == {
        ("新型基础设施", "INCLUDES", "5G基站"), ("新型基础设施", "INCLUDES", "数据中心"),
        ("新型基础设施", "INCLUDES", "工业互联网")}
    rules = {e[2]: e[3] for e in got}
    assert rules["5G基站"] == ("includes_glossary",)
    # a quoted aspect ("X的“新”") no longer collects the title lines of one page layout
    assert not any(e[2] == "新劳动者" for e in got)


def test_ordinary_enumeration_of_tasks_is_not_a_sidebar():
    text = "发展数字经济要把握两个方向：一是加快产业数字化。二是推进数字产业化。"
    assert not edges(extract(text))
