"""A为<goal>(实现)作出了贡献: a contribution to a goal named as a noun drives it when a thing (not
a body or people) makes it; a subjectless 也为… clause after a 为B注入… clause has its provider;
A创造B需求/供给: creating demand or supply drives it."""

from tests.loaders.extraction_helpers import drive_pairs, driven_aliases


def test_goal_without_cue_driven_by_a_thing():
    got = drive_pairs("新能源为全省双碳目标实现作出了积极贡献。")
    assert any(s == "新能源" and "目标" in t for s, t in got), got


def test_body_contributes_nothing():
    assert not drive_pairs("恒拓集团为岚州经济发展作出了积极贡献。")


def test_provider_carried_to_the_next_clause_of_wei():
    text = "新能源的快速发展为集团结构调整注入了强劲动力，也为全省“双碳”目标实现作出了积极贡献。"
    got = driven_aliases(text)
    assert any("“双碳”目标" in (n, *a) for n, a in got.items()), got
    assert any(s == "新能源" and "目标" in t for s, t in drive_pairs(text))


def test_place_alone_is_no_goal():
    assert not drive_pairs("该基金为当地作出了贡献。")


def test_thing_creating_demand_or_supply_drives_it():
    assert ("有效投资", "消费供给") in drive_pairs("有效投资能够创造新的消费供给。")
    assert ("高质量供给", "有效需求") in drive_pairs("要以高质量供给创造有效需求。")


def test_creating_value_or_jobs_is_no_drive():
    assert not drive_pairs("东湖产业园创造了大量就业岗位。")
    assert not drive_pairs("以创新牵引转型、以转型创造需求。")
