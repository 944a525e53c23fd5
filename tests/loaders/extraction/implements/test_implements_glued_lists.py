"""IMPLEMENTS: manner adverbs the segmenter glues to the verb (广泛开展), quoted names before
等 and a bare head after a conduct verb, and a body that only qualifies the clause's subject."""

import pytest

from ...extraction_helpers import relation_pairs


@pytest.mark.parametrize("text, expected", [
    ("恒拓集团广泛开展安全生产大检查。", {("恒拓集团", "安全生产大检查")}),
    ("溪宁市认真落实岚溪振兴三年行动。", {("溪宁市", "岚溪振兴三年行动")}),
])
def test_glued_manner_adverb(text: str, expected: set) -> None:
    assert expected <= relation_pairs(text, "IMPLEMENTS")


def test_quoted_names_before_bare_head() -> None:
    pairs = relation_pairs("恒拓集团持续开展“青山大讲堂”“青春好读书”等活动，让员工受益。",
                           "IMPLEMENTS")
    assert {("恒拓集团", "青山大讲堂"), ("恒拓集团", "青春好读书")} <= pairs
    assert not any("等活动" in t for _, t in pairs)


def test_quoted_names_after_other_verbs_keep_the_group() -> None:
    # 推广“A”“B”等产品: brands promoted, no programmes of their own
    pairs = relation_pairs("恒拓集团推广“青山牌”“绿水牌”等产品。", "IMPLEMENTS")
    assert ("恒拓集团", "青山牌") not in pairs


def test_listed_items_without_quotes_keep_the_group() -> None:
    pairs = relation_pairs("恒拓集团开展安全检查、消防演练等活动。", "IMPLEMENTS")
    assert ("恒拓集团", "安全检查、消防演练等活动") in pairs


def test_body_before_de_does_not_act() -> None:
    # 甲地乙地的X基地，推出Y: the base is the subject, the places only say where it is
    pairs = relation_pairs("江西岚州的千亩果蔬种植基地，推出亲子采摘体验活动。", "IMPLEMENTS")
    assert not any(s.startswith("江西") for s, _ in pairs)


def test_body_acting_in_a_relative_clause_still_acts() -> None:
    assert ("江西", "夜间消费活动") in relation_pairs("江西推出的夜间消费活动，吸引游客。",
                                                    "IMPLEMENTS")
    assert ("江西", "夜间消费活动") in relation_pairs("江西推出夜间消费活动。", "IMPLEMENTS")


@pytest.mark.parametrize("text, expected", [
    ("恒拓集团开展综合演练和专项演练。", {("恒拓集团", "综合演练"), ("恒拓集团", "专项演练")}),
    ("恒拓集团实施青山工程和绿水计划。", {("恒拓集团", "青山工程"), ("恒拓集团", "绿水计划")}),
])
def test_two_programmes_joined_by_he(text: str, expected: set) -> None:
    assert expected <= relation_pairs(text, "IMPLEMENTS")


def test_parts_sharing_one_head_stay_one_programme() -> None:
    # 建设A和B中心: the head is shared; 以A为核心和基础的X: the 和 is inside a modifier
    pairs = relation_pairs("溪宁市建设交通调度和指挥中心。", "IMPLEMENTS")
    assert not any(t == "交通调度" for _, t in pairs)
    pairs = relation_pairs("溪宁市将建成以青山平台为主体和基础的综合服务体系。", "IMPLEMENTS")
    assert ("溪宁市", "青山平台") not in pairs


def test_generic_single_word_after_he_is_no_programme() -> None:
    pairs = relation_pairs("恒拓集团推广“青山”智能终端和解决方案。", "IMPLEMENTS")
    assert ("恒拓集团", "解决方案") not in pairs
