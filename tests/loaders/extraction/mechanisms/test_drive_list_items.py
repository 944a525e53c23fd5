"""A noun and a verb of driving with no object, standing as an item of a list (…、项目引领、…,
政府引导、市场驱动, 龙头带动、园区支撑等), is a list's item, no predicate: it drives nothing. A
cue with an object after the list still drives it."""

from tests.loaders.extraction_helpers import edges, extract


def _drives(text: str) -> set[tuple[str, str, str]]:
    return {e for e in edges(extract(text)) if e[1] == "DRIVES"}


def test_a_cue_that_is_a_list_item_drives_nothing():
    assert not _drives("通过甲乙升级、项目引领、丙丁营销等方式延长产业链。"
                       "坚持政府引导、市场驱动、社会参与。形成龙头带动、园区支撑等发展格局。")


def test_verbs_sharing_an_object_still_drive():
    assert ("数字经济", "DRIVES", "产业升级") in _drives("数字经济引领、带动产业升级。")
