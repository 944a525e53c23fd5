"""IMPLEMENTS when a count closes the clause after the object (举办X活动300余场): the count
says how many, and is no part of the programme's name."""

import pytest

from ...extraction_helpers import extract, relation_pairs


def _pairs(text: str) -> set[tuple[str, str]]:
    return {(s, o.replace("“", "").replace("”", "")) for s, o in
            relation_pairs(text, "IMPLEMENTS")}


@pytest.mark.parametrize("text, expected", [
    ("岚州市今年举办家电下乡活动500场以上，吸引2万人参加。", ("岚州市", "家电下乡活动")),
    ("岚州市实施老旧街巷改造项目16个。", ("岚州市", "老旧街巷改造项目")),
    ("岚州市商务局开展促消费活动近千场。", ("岚州市商务局", "促消费活动")),
    ("恒拓集团举办校园招聘会20余场。", ("恒拓集团", "校园招聘会")),
    ("岚州市打造“溪畔花园”4万多个。", ("岚州市", "溪畔花园")),
])
def test_count_closing_the_clause_is_left_out(text, expected):
    assert expected in _pairs(text)


@pytest.mark.parametrize("text, absent", [
    # a tally of routine meetings, of finished work, of things that are no programme
    ("恒拓集团全年召开监事会5次、股东大会2次。", "股东大会"),
    ("岚州市已完成技术评审项目4个。", "技术评审项目"),
    ("岚州市建成智能工厂70余家。", "智能工厂"),
    # nothing but a count after the verb
    ("岚州市今年建设10个。", "10个"),
    # the group of 等 is named by its first member only
    ("岚州市建成投运丙丁扩建工程等重大项目19项。", "丙丁扩建工程等重大项目"),
])
def test_counted_tallies_give_no_programme(text, absent):
    assert all(absent not in o for _, o in _pairs(text))


def test_count_stays_out_of_the_name():
    names = {n.name for n in extract("恒拓集团举办校园招聘会20余场。").nodes()}
    assert "校园招聘会20余场" not in names


def test_counted_kind_of_every_sort_is_no_programme():
    # 各类X活动: activities of every sort, counted, name no programme
    assert not _pairs("岚州市今年举办各类推介活动120余场。")


@pytest.mark.parametrize("text, expected", [
    ("岚州市今年举办文化、法律、医疗三进村活动。", ("岚州市", "三进村活动")),
    ("岚州市今年推出文化、体育、旅游三大惠民工程。", ("岚州市", "三大惠民工程")),
    ("岚州市开展文化、法律、医疗三进村活动400余场。", ("岚州市", "三进村活动")),
])
def test_counted_list_names_one_programme(text, expected):
    got = _pairs(text)
    assert expected in got
    assert all(o not in ("文化", "法律", "医疗", "体育", "旅游") for _, o in got)


def test_counted_list_keeps_the_whole_list_as_alias():
    kg = extract("岚州市今年举办文化、法律、医疗三进村活动。")
    node = next(n for n in kg.nodes() if n.name == "三进村活动")
    assert "文化、法律、医疗三进村活动" in node.aliases


@pytest.mark.parametrize("text, absent", [
    # a count that does not match the items, a count of levels, a count of places
    ("岚州市举办文化、科技、卫生两大惠民活动。", "两大惠民活动"),
    ("岚州市建立省、市、县三级园区联络服务机制。", "三级园区联络服务机制"),
    ("推动丙川、丁原两市各建设2个物流园区。", "两市各建设"),
])
def test_counted_list_must_not_fire(text, absent):
    assert all(o != absent for _, o in _pairs(text))


@pytest.mark.parametrize("text, expected", [
    ("在岚州市，当地推出千台农机更新补贴活动，多项让利措施同步推行。",
     {("岚州市", "千台农机更新补贴活动")}),
    # 当地 with no place before it: nobody named acts
    ("当地推出农机更新补贴活动。", set()),
    # a thing that is no programme, a verb of finishing
    ("在岚州市，当地采用石笼固坡等山体防护技术。", set()),
    ("在岚州市，当地已经完成供水管网改造，正在安装净水设备。", set()),
    # a company opening the sentence is no place 当地 points back at
    ("恒拓集团在岚州市投资建厂，当地推出专项补贴活动。", set()),
])
def test_local_deictic_carries_the_place_before(text, expected):
    assert _pairs(text) == expected
