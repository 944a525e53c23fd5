"""Round fifty-eight on texts of our own: a body's commitment to its own named programme
(坚持“Y”战略, 围绕“Y”发展战略, 以“Y”行动为抓手) is a programme it carries out; an unquoted
thing, or a frame with nobody before it, gives nothing."""

from tests.loaders.extraction_helpers import edges, extract

_REPORT = "甘棠能源集团2031年工作报告\n\n甘棠能源集团有限公司2031年继续稳健经营。\n\n{body}\n"
_GROUP = "甘棠能源集团有限公司"


def _implements(text: str) -> set[tuple[str, str]]:
    return {(a, b) for a, r, b in edges(extract(text)) if r == "IMPLEMENTS"}


def test_a_group_that_keeps_to_its_quoted_strategy_carries_it_out():
    body = "2032年，集团将围绕“一轴三环”发展战略谋划和推进各项工作。"
    got = _implements(_REPORT.format(body=body))
    assert (_GROUP, "一轴三环发展战略") in got


def test_a_programme_framed_as_the_lever_is_the_speakers():
    got = _implements(_REPORT.format(body="我们以“轻装上阵”专项行动为抓手，清理低效资产28亿元。"))
    assert (_GROUP, "轻装上阵专项行动") in got


def test_a_sentence_opening_with_the_frame_is_the_reporting_bodys():
    got = _implements(_REPORT.format(body="以“数智甘棠”三年行动为抓手，核心业务系统完成改造。"))
    assert (_GROUP, "数智甘棠三年行动") in got


def test_a_frame_after_a_clause_of_someone_else_names_no_actor():
    got = _implements(_REPORT.format(body="客户普遍反映，围绕“乙丙”发展战略的宣传不够。"))
    assert not any(b == "乙丙发展战略" for _, b in got)


def test_an_unquoted_thing_kept_to_is_no_programme_carried_out():
    got = _implements(_REPORT.format(body="集团坚持稳健经营总方针，以主营业务为主线。"))
    assert not any("方针" in b or "业务" in b for _, b in got)


def test_a_clause_with_a_subject_of_its_own_before_the_frame_takes_no_earlier_body():
    text = ("由甘棠能源集团有限公司主办的“青禾论坛”在临岙举行，与会嘉宾围绕“一轴三环”发展战略"
            "展开交流。")
    got = _implements(text)
    assert not any(b == "一轴三环发展战略" for _, b in got)
