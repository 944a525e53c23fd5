"""Parts of a programme on sentences of our own: an initiative's list closed by a count has as
many parts as the count says (``X包括A、B和C三项重点工作``, ``平台分为A、B、C三个子系统``); a bare
initiative head as subject (``平台``, ``行动``) stands for the last name before it ending in that
head; quoted names with no 、 between them (``“A”“B”“C”``) are items of their own."""

from tests.loaders.extraction_helpers import edges, extract


def _incl(text: str) -> set[tuple[str, str, str]]:
    return {e for e in edges(extract(text)) if e[1] == "INCLUDES"}


def test_counted_parts_of_a_programme_taken_up_by_its_head():
    got = _incl("6.实施山岚庭院美化提升行动。该行动涵盖庭院绿化、道路硬化和污水收集三项重点工作，"
                "年内完成率达到90%。")
    parts = {e[2] for e in got if e[0] == "山岚庭院美化提升行动"}
    assert parts == {"庭院绿化", "道路硬化", "污水收集"}


def test_a_bare_head_subject_divides_the_platform_named_before():
    got = _incl("近日，青岚智慧托育服务平台上线。平台分为托位预约、成长记录、安全预警三个子系统，"
                "家长可通过小程序查询。")
    parts = {e[2] for e in got if e[0] == "青岚智慧托育服务平台"}
    assert parts == {"托位预约", "成长记录", "安全预警"}


def test_quoted_parts_without_separators():
    got = _incl("甲县启动“乡村焕彩”行动。按照方案，"
                "行动包括“庭院焕彩”“道路焕彩”“村庄焕彩”三大专项。")
    assert {e[2] for e in got if e[0] == "乡村焕彩行动"} == {"庭院焕彩", "道路焕彩", "村庄焕彩"}


def test_a_count_that_disagrees_or_no_count_gives_no_parts():
    assert not _incl("近日，青岚智慧托育服务平台上线。"
                     "平台分为托位预约、成长记录两个子系统和三个模块。")
    assert not _incl("青岚智慧托育服务平台分为两批上线。")
    assert not _incl("近日，青岚智慧托育服务平台上线。"
                     "平台分为托位预约、成长记录、安全预警四个子系统。")


def test_a_quote_holding_a_clause_is_not_split():
    got = _incl("山岚论坛讨论“加快山岚工业改造，提升园区能级”“推进绿色转型”等议题。")
    assert not {e for e in got if e[2].startswith("加快山岚工业改造")}
