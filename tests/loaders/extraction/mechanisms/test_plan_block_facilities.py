"""Plans: a subjectless clause of a numbered task that builds or opens a facility
(开通X专线N条，…; 高标准建设X软件园二期，…) sets it up for the task's leading units when the
task's title names no programme of its own; a title worded as 壮大X is the block's work, not a
programme. All texts are made up."""

from tests.loaders.extraction_helpers import edges, extract

PLAN = ("澹溪区2026年园区服务工作方案\n\n"
        "二、重点任务\n"
        "1.壮大绿色建材产业。高标准建设澹溪绿材软件园二期，全年引进企业20家以上。"
        "（牵头单位：澹溪高新区管委会；配合单位：区投资促进中心）\n"
        "2.延长夜间出行服务。开通澹溪夜间定制公交专线6条，地铁末班车延后半小时。"
        "（牵头单位：区交通运输局；配合单位：区城投集团）\n"
        "3.推动企业建设澹溪数字软件园二期，年内投入运营。\n"
        "牵头单位：区工业和信息化局\n"
        "三、保障措施\n"
        "加强组织领导。\n")


def _impl(got: set[tuple], unit: str) -> set[str]:
    return {t for s, r, t in got if s == unit and r == "IMPLEMENTS"}


def test_the_leading_units_carry_out_the_facility_a_task_builds():
    got = edges(extract(PLAN))
    assert "澹溪夜间定制公交专线" in _impl(got, "区交通运输局")
    assert any(t.startswith("澹溪绿材软件园") for t in _impl(got, "澹溪高新区管委会"))
    # partners carry out no programme of the text
    assert not any("专线" in t for t in _impl(got, "区城投集团"))


def test_a_title_worded_as_growing_an_industry_is_no_programme():
    got = edges(extract(PLAN))
    assert not any(t.startswith("壮大") for _s, _r, t in got)


def test_no_facility_that_someone_else_builds():
    got = edges(extract(PLAN))
    assert not any("数字软件园" in t for t in _impl(got, "区工业和信息化局"))  # (推动企业建设)
