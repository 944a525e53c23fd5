"""The first item of a list whose other items are compounds keeps the verb or adverb inside it
(提供诊断评估、方案设计、供需对接等H: 诊断评估, not 评估), with the nouns before it
(lists/list_first_item.py). All texts are made up for these tests."""

from tests.loaders.extraction_helpers import edges, extract


def _includes(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "INCLUDES"}


def test_a_verb_inside_the_first_compound_stays_in_it():
    got = _includes("市工信局为企业提供风险评估、方案设计、融资对接等转型咨询服务。")
    assert ("转型咨询服务", "风险评估") in got
    assert ("转型咨询服务", "评估") not in got


def test_an_adverb_tag_inside_the_first_compound_stays_in_it():
    got = _includes("全面落实差别水价、阶梯水价、超额累进水价等节水价格政策。")
    assert ("节水价格政策", "差别水价") in got


def test_the_nouns_before_the_inner_verb_belong_to_the_item():
    got = _includes("重点攻关远海探测装备、海洋新药、智能船舶等关键技术。")
    assert ("关键技术", "远海探测装备") in got


def test_a_word_acting_after_a_preposition_is_part_of_the_item():
    got = _includes("引导人才向研发设计、品牌营销等高附加值环节流动。")
    assert ("高附加值环节", "研发设计") in got


def test_a_first_compound_with_a_verb_is_no_task_beside_nouns():
    got = _includes("“海港通”平台整合了报关申报、船舶订舱、仓储配送等9类服务。")
    assert ("海港通平台", "报关申报") in got


def test_a_first_item_as_long_as_the_others_is_left_as_it_was():
    # 加快建设A、B: the verb acts on the list, the items are as long as each other
    got = _includes("加快建设智慧港口、数字航道等新型基础设施。")
    assert ("新型基础设施", "智慧港口") in got
    assert not any(t.startswith("建设") for _, t in got)


def test_a_subject_and_its_verb_before_the_list_are_no_item():
    got = _includes("首批20辆重卡满载钢材、化工原料等货物驶出港区。")
    assert not any("满载" in t for _, t in got)


def test_a_short_first_item_beside_short_items_is_left_as_it_was():
    got = _includes("重点发展茶叶、竹木、蔬菜等特色产业。")
    assert ("特色产业", "茶叶") in got
    assert not any(t.startswith("发展") for _, t in got)


def test_records_after_jiang_opening_the_clause_give_no_list():
    # 将A、B等指标纳入X: the records' topics, no parts (将 tagged as an adverb)
    got = _includes("将企业研发投入、专利数量、研发人员占比等指标纳入授信模型。")
    assert not any(s == "指标" for s, _ in got)
