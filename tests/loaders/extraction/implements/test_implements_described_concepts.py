"""A known concept described by a modifier (更富韧性的新型能源体系, 更加公平包容的全球治理体系)
stays that concept: building it is no programme an organisation carries out."""

import pytest

from ...extraction_helpers import extract, relation_pairs


@pytest.mark.parametrize("text", [
    "岚州市加快构建具有澜江特色的新型能源体系。",
    "岚州市着力培育更具活力的国家创新体系。",
    "甲乙两国推动建设更加公平包容的全球治理体系。",
    "双方要携手打造开放包容的全球治理体系。",
])
def test_described_concept_is_no_initiative(text):
    assert not relation_pairs(text, "IMPLEMENTS")
    kg = extract(text)
    assert all(n.type != "Initiative" for n in kg.nodes() if n.name.endswith("体系"))


@pytest.mark.parametrize("text, expected", [
    # a programme's own name with 体系 and a modifier stays an initiative
    ("岚州市启动全市统一的算力调度服务体系。", ("岚州市", "全市统一的算力调度服务体系")),
    ("恒拓集团建成覆盖全省的冷链物流体系。", ("恒拓集团", "冷链物流体系")),
])
def test_unknown_system_with_modifier_stays_a_programme(text, expected):
    assert expected in relation_pairs(text, "IMPLEMENTS")


@pytest.mark.parametrize("text, bad", [
    # a scope frame closing the object: the frame is no part of any name
    ("甲方愿同乙方在共建“澜江走廊”框架下深化多领域交流。", "框架下"),
    ("甲方愿同乙方在共建“丝路花园”合作框架内，深化经贸合作。", "框架内"),
    # a count whose noun the verb trim took
    ("两国外长同意年内举行新一轮磋商。", None),
])
def test_scope_frames_and_bare_counts_give_no_object(text, bad):
    got = relation_pairs(text, "IMPLEMENTS")
    assert all(o != "新一轮" and (bad is None or bad not in o) for _, o in got)


def test_round_of_a_named_programme_stays():
    assert ("岚州市", "新一轮老街焕新两年行动") in \
        relation_pairs("岚州市启动新一轮老街焕新两年行动。", "IMPLEMENTS")


@pytest.mark.parametrize("text", [
    # 推动 + a thing + a predicate of its own: the thing is made to fare, not carried out
    "岚州市推动“大平安”理念深入人心。",
    "甲乙两国推动区域治理格局朝着更加均衡的方向发展。",
    "岚州市推动山区农产品提质扩销。",
])
def test_causative_push_gives_no_programme(text):
    assert not relation_pairs(text, "IMPLEMENTS")


@pytest.mark.parametrize("text, expected", [
    # nothing after the object, a noun of carrying out, a facility or project that fares
    ("岚州市推动“一城一策”行动。", ("岚州市", "一城一策行动")),
    ("岚州市推动出台《岚州市促进就业条例》。", ("岚州市", "岚州市促进就业条例")),
    ("岚州市商务局推动乡镇冷链配送中心提质升级。", ("岚州市商务局", "乡镇冷链配送中心")),
])
def test_push_without_a_predicate_still_implements(text, expected):
    got = {(s, o.replace("“", "").replace("”", "")) for s, o in
           relation_pairs(text, "IMPLEMENTS")}
    assert expected in got
