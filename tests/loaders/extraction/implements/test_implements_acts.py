"""IMPLEMENTS of acts: the work of a named programme (推进X试点工作) and a clause that opens
with whom the act is done to (…，对甲市开展Y)."""

import pytest

from ...extraction_helpers import relation_pairs


def _pairs(text: str) -> set[tuple[str, str]]:
    return {(s, o.replace("“", "").replace("”", "")) for s, o in
            relation_pairs(text, "IMPLEMENTS")}


@pytest.mark.parametrize("text, expected", [
    # the work of a programme named by its head is the programme
    ("溪宁市推进背街小巷改造试点工作。", ("溪宁市", "背街小巷改造试点")),
    ("岚州省将深入推进溪宁营商改革试点工作。", ("岚州省", "溪宁营商改革试点")),
    # …，对甲市开展Y: the clause's 甲市 is whom the act is done to; the actor carries on
    ("岚州市环保局对5个县开展专项督查，对溪宁市开展安全检查行动。",
     ("岚州市环保局", "安全检查行动")),
    ("溪宁市将推出惠民举措，对小微企业实施减税计划。", ("溪宁市", "减税计划")),
    ("溪宁市将推出惠民举措，向恒拓集团推出减税计划。", ("溪宁市", "减税计划")),
])
def test_acts_are_read(text, expected):
    assert expected in _pairs(text)


@pytest.mark.parametrize("text, absent", [
    # a bare work of no programme
    ("溪宁市推进安全生产工作。", "安全生产"),
    ("溪宁市推进安全生产工作。", "安全生产工作"),
])
def test_no_programme(text, absent):
    assert all(o != absent for _s, o in _pairs(text))


@pytest.mark.parametrize("text, recipient, thing", [
    ("岚州市环保局对5个县开展专项督查，对溪宁市开展安全检查行动。", "溪宁市", "安全检查行动"),
    ("溪宁市将推出惠民举措，向恒拓集团推出减税计划。", "恒拓集团", "减税计划"),
])
def test_recipient_is_no_actor(text, recipient, thing):
    assert (recipient, thing) not in _pairs(text)


def test_work_of_programme_keeps_whole_as_alias():
    from ...extraction_helpers import extract
    kg = extract("溪宁市推进背街小巷改造试点工作。")
    node = next(n for n in kg.nodes() if n.name == "背街小巷改造试点")
    assert "背街小巷改造试点工作" in node.aliases


def test_places_that_name_the_bodies_after_them_do_not_act():
    pairs = _pairs("溪宁海关与岚州、临江等5地海关建立协作机制，对进口货物实施“绿色通道”。")
    assert ("溪宁海关", "绿色通道") in pairs
    assert not any(s in ("岚州", "临江等5地") for s, _o in pairs)


@pytest.mark.parametrize("text, absent", [
    # a verb inside a book title is no act of the sentence's bodies
    ("溪宁日报发表岚州市委书记的文章《加快建设清风示范区》。", "清风示范区"),
    ("恒拓集团刊发董事长的署名文章《以创新推进数字化改造工程》。", "数字化改造工程"),
])
def test_verb_inside_a_title_implements_nothing(text, absent):
    assert all(o != absent for _s, o in _pairs(text))


def test_act_after_a_title_is_read():
    pairs = _pairs("恒拓集团发布《数字化改造工程实施方案》，推进数字化改造工程。")
    assert ("恒拓集团", "数字化改造工程") in pairs


@pytest.mark.parametrize("text, absent", [
    # warnings and indices a body only publishes
    ("岚州省气象台发布冰雹橙色预警信号。", "冰雹橙色预警信号"),
    ("溪宁市气象局发布高温警报。", "高温警报"),
    ("溪宁市统计局发布2025年溪宁创新指数。", "2025年溪宁创新指数"),
    ("溪宁市统计局发布2025年溪宁创新指数。", "溪宁创新指数"),
])
def test_published_warnings_and_indices_are_no_programme(text, absent):
    assert all(o != absent for _s, o in _pairs(text))


def test_response_mechanism_is_still_one():
    assert ("溪宁市", "预警响应机制") in _pairs("溪宁市启动预警响应机制。")
