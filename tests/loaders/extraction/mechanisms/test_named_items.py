"""INCLUDES on sentences of our own: an item whose first word the dictionary tags as a personal
name is still a thing when a programme's head closes it (甲山实验室), and one character tagged
as a name inside an item (引江补汉) makes no person."""

from tests.loaders.extraction_helpers import edges, extract


def _parts(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "INCLUDES"}


def test_a_name_word_before_a_programme_head():
    got = _parts("岚州建设紫金山实验室、恒拓实验室等高能级科研平台。")
    assert ("高能级科研平台", "紫金山实验室") in got


def test_a_one_character_name_is_no_person():
    got = _parts("岚州引江补汉、恒拓水道二期等一批骨干水利工程相继开工。")
    assert any(t == "岚州引江补汉" or t == "引江补汉" for _s, t in got)
