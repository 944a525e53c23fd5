"""X，涵盖A、B等功能模块: a head that names the sections of a whole (``module_heads``: 功能模块,
板块) hands the list to the whole the clause before ends with; a head of a kind keeps it."""

from tests.loaders.extraction_helpers import edges, extract


def _parts(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "INCLUDES"}


def test_the_sections_belong_to_the_whole_before():
    got = _parts("岚州市上线了“岚e办”政务服务平台，涵盖社保查询、公积金提取、不动产登记等"
                 "功能模块。")
    assert {("岚e办政务服务平台", "社保查询"), ("岚e办政务服务平台", "公积金提取")} <= got
    assert not any(s == "功能模块" for s, _t in got)


def test_a_kind_head_keeps_its_list():
    got = _parts("岚州市上线了政务服务平台，涵盖社保查询、公积金提取等高频服务事项。")
    assert not any(s.endswith("政务服务平台") for s, _t in got)
