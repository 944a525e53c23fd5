"""Measures titled by their issuer (X人民政府办公厅关于…的若干措施), 老年 read as a noun in a list
head, a body's name that opens with a one-character verb in a relative clause
(联合临|州大学共建的X), a bare count that is no programme (推出20条…线路), and a group's
units named at a clause's opening (…，所属A、B两家二级企业).
All texts are made up for these tests."""

from tests.loaders.extraction_helpers import edges, extract


def _implements(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "IMPLEMENTS"}


_TITLE = "云岭省人民政府办公厅关于加快发展林下经济促进山区农户增收的若干措施"


def test_a_title_that_is_the_measures_names_its_issuer():
    got = _implements(_TITLE + "\n\n一、培育林下种植。省林业局要建立林下种植示范基地。\n")
    assert ("云岭省人民政府办公厅", _TITLE) in got


def test_a_place_that_opens_such_a_title_issues_nothing():
    title = "云岭省关于加快发展林下经济促进山区农户增收的若干措施"
    got = _implements(title + "\n\n一、培育林下种植。省林业局要建立林下种植示范基地。\n")
    assert not any(t == title for _, t in got)


def test_old_age_opens_a_list_head():
    got = {(s, t) for s, r, t in edges(extract(
        "重点发展助行器具、防滑地垫、远程看护等老年用品，对列入目录的产品给予奖励。"))
        if r == "INCLUDES"}
    assert ("老年用品", "助行器具") in got
    assert not any(s == "用品" for s, _ in got)


def test_a_body_name_is_not_cut_after_a_partner_word():
    got = _implements("远帆电力联合临州大学共建的“深海装备联合实验室”正式挂牌。")
    assert any(s == "临州大学" for s, _ in got)
    assert not any(s == "州大学" for s, _ in got)


def test_a_bare_count_is_no_programme():
    got = _implements("省文化和旅游厅开展“候鸟”旅居目的地建设，推出20条适合老年人的康养线路。")
    assert not any(t == "20条" for _, t in got)
    assert ("省文化和旅游厅", "候鸟旅居目的地建设") in got


def test_units_named_at_a_clause_opening_belong_to_the_group():
    kg = extract("远帆能源集团2024年度工作报告\n\n集团全面推行契约化管理，"
                 "所属远帆电力、远帆燃气两家二级企业率先完成职业经理人选聘。\n")
    got = {(s, t) for s, r, t in edges(kg) if r == "INCLUDES"}
    assert ("远帆能源集团", "远帆电力") in got and ("远帆能源集团", "远帆燃气") in got


def test_an_uncounted_unit_at_a_clause_opening_belongs_to_nobody():
    kg = extract("远帆能源集团2024年度工作报告\n\n集团全面推行契约化管理，"
                 "所属远帆电力率先完成职业经理人选聘。\n")
    assert not any(r == "INCLUDES" and t == "远帆电力" for _, r, t in edges(kg))
