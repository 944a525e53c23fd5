"""Round 31 mechanisms: a verb that takes a list is no part of its first item (also when the
segmenter splits it in two: 做/强), a thing made oneself (自主研发的X) is the maker's whom the
clause or the text names, a count of parties (三方) stands for the bodies of its own
sentence's signing, and 该H in X由A、B组成 points back at the thing the clause before set up.
All texts are made up for these tests."""

from tests.loaders.extraction_helpers import edges, extract


def _rel(text: str, rel: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == rel}


# -- a verb that takes a list --------------------------------------------------------------
def test_a_split_list_verb_is_cut_off_the_first_item():
    got = _rel("（二）壮大青岚特色产业。做强竹编工艺、茶叶加工、山地运动等传统优势产业。",
               "INCLUDES")
    assert ("传统优势产业", "竹编工艺") in got
    assert not any(t.startswith("做") for _h, t in got)


def test_a_list_verb_before_the_first_item_is_no_part_of_it():
    got = _rel("本届展会设置机器人、新材料、智慧农业等6个展区。", "INCLUDES")
    assert any(t == "机器人" for _h, t in got)
    assert not any(t.startswith("设置") for _h, t in got)


def test_a_list_verb_that_ends_an_item_stays():
    got = _rel("青岚县优化产业布局、营商环境、人才服务等重点领域。", "INCLUDES")
    assert not any(t == "产业" for _h, t in got)  # (布局 closes the item: not cut off)


# -- things made oneself -------------------------------------------------------------------
def test_a_thing_made_oneself_is_the_subject_s():
    got = _rel("青岚微电子股份有限公司则带来了自主研发的第四代氮化镓射频芯片。", "IMPLEMENTS")
    assert ("青岚微电子股份有限公司", "第四代氮化镓射频芯片") in got


def test_a_thing_made_oneself_is_the_reporting_company_s():
    text = ("远帆药业股份有限公司2024年度社会责任报告\n"
            "我们进一步完善研发体系。其中，自主搭建的“青峦”蛋白药物发现平台已产出候选分子12个。")
    got = _rel(text, "IMPLEMENTS")
    assert ("远帆药业股份有限公司", "青峦蛋白药物发现平台") in got


def test_a_place_s_own_product_is_nobody_s_act():
    text = ("远帆药业股份有限公司2024年度社会责任报告\n"
            "青岚市自主研发的“云帆”调度平台已接入站点40个。")
    got = _rel(text, "IMPLEMENTS")
    assert not any(t.startswith("云帆") for _s, t in got)


# -- a count of the parties ------------------------------------------------------------------
def test_three_parties_stand_for_the_three_bodies_of_the_signing():
    got = _rel("云溪省科学技术厅与南岭计算研究院签署协议，双方将共建“云溪算力调度平台”。"
               "省科技厅还与云溪大学、启明智能科技有限公司签署协议，"
               "三方共同发起“云溪人工智能创新联合体”。", "IMPLEMENTS")
    makers = {s for s, t in got if t == "云溪人工智能创新联合体"}
    assert makers == {"省科技厅", "云溪大学", "启明智能科技有限公司"}


def test_three_parties_name_nobody_when_two_bodies_signed():
    got = _rel("省科技厅与启明智能科技有限公司签署协议，三方共同发起“云溪人工智能创新联合体”。",
               "IMPLEMENTS")
    makers = {s for s, t in got if t == "云溪人工智能创新联合体"}
    assert "省科技厅" not in makers and "启明智能科技有限公司" not in makers


# -- 该H points back -------------------------------------------------------------------------
def test_a_determiner_subject_is_the_thing_the_clause_before_set_up():
    got = _rel("我们进一步完善“双轮”研发体系，"
               "该体系由抗体发现平台、多肽药物平台和智能筛选平台组成。", "INCLUDES")
    assert ("双轮研发体系", "抗体发现平台") in got
    assert ("双轮研发体系", "智能筛选平台") in got


def test_a_determiner_subject_without_an_earlier_thing_of_its_head_names_nothing():
    got = _rel("我们完善了服务网络，该体系由甲型平台、乙型平台和丙型平台组成。", "INCLUDES")
    assert not got


def test_counted_parties_of_the_signing_in_the_sentence_before():
    text = ("发布会上，岚州银行与岚州市科学技术局、岚州市地方金融管理局签署战略合作协议。"
            "根据协议，三方将共同建设“岚科融”科技金融综合服务平台。")
    got = {(s, t) for s, r, t in edges(extract(text)) if r == "IMPLEMENTS"}
    for body in ("岚州银行", "岚州市科学技术局", "岚州市地方金融管理局"):
        assert (body, "岚科融科技金融综合服务平台") in got


def test_counted_parties_need_as_many_bodies_in_the_signing_before():
    text = ("岚州银行与岚州市科学技术局签署战略合作协议。"
            "根据协议，三方将共同建设“岚科融”科技金融综合服务平台。")
    got = {(s, t) for s, r, t in edges(extract(text)) if r == "IMPLEMENTS"}
    assert ("岚州银行", "岚科融科技金融综合服务平台") not in got


def test_a_joint_clause_opening_with_a_time_acts_with_the_carried_subject():
    text = "恒拓集团成立于2001年，同年与岚州大学共建“先进材料联合实验室”。"
    got = {(s, t) for s, r, t in edges(extract(text)) if r == "IMPLEMENTS"}
    assert ("恒拓集团", "先进材料联合实验室") in got
    assert ("岚州大学", "先进材料联合实验室") in got
