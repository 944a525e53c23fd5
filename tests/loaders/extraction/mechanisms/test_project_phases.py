"""A phase of one Chinese digit closing a project's name (甲乙基地二期, 丙丁快速路三期) is part of
the name: it is no count to cut off, and before a list mark, a conjunction or 建设 it closes a
name that has no facility head. A count of sessions (第二期, X班3期) is none."""

from tests.loaders.extraction_helpers import extract, node_types


def test_a_phase_after_a_facility_head_stays_in_the_name():
    got = node_types(extract("加快甲乙风电基地二期、丙丁产业园等重大项目建设。"))
    assert got.get("甲乙风电基地二期") == "Initiative"
    assert "甲乙风电基地" not in got


def test_a_bare_phase_closes_a_project_name_in_a_list():
    got = node_types(extract("全力保障青禾快速路二期、白石综合管廊等重点项目建设。"))
    assert got.get("青禾快速路二期") == "Initiative"
    got = node_types(extract("推进丙丁光伏治沙三期建设，力争年内并网。"))
    assert got.get("丙丁光伏治沙三期") == "Initiative"


def test_an_ordinal_session_is_no_phase():
    got = node_types(extract("上半年完成第二期员工持股计划的股份过户。"))
    assert not any(n.endswith("第二期") for n in got)


def test_a_short_name_before_a_phase_is_none():
    got = node_types(extract("公司一期、二期项目均已投产。"))
    assert not any(n.endswith("一期") for n in got)


def test_a_phase_followed_by_a_noun_closes_nothing():
    got = node_types(extract("甲乙新能源公司的二期工厂里依然灯火通明。"))
    assert not any(n.endswith("二期") for n in got)


def test_a_head_after_the_phase_closes_the_name():
    got = node_types(extract("启动甲乙电厂三期扩建工程前期工作，深化区域合作。"))
    assert got.get("甲乙电厂三期扩建工程") == "Initiative"
