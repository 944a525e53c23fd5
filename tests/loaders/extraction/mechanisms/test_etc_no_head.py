"""INCLUDES on sentences of our own: a 等-list closed by an idiom (等一应俱全) or by a measure of
its items (等产量位居…) has no head; weather and rivers listed under their head are no parts of a
node."""

from tests.loaders.extraction_helpers import edges, extract


def _parts(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "INCLUDES"}


def test_an_idiom_closes_the_list():
    got = _parts("在岚州，竹编区、茶饮区、康养区等一应俱全。")
    assert not got


def test_a_measure_is_no_whole():
    got = _parts("在岚州，竹笋、茶叶、香菇等产量位居全省首位。")
    assert not any(s == "产量" for s, _t in got)


def test_weather_and_rivers_are_no_parts():
    got = _parts("岚州多地近日遭遇冰雹、短时强风等强对流天气，"
                 "岚江水系、恒河水系等主要河流将迎来一次涨水过程。")
    assert not got


def test_an_idiom_that_ends_with_a_noun_is_a_head():
    got = _parts("岚州艺术团奉上琵琶弹唱、舞龙、皮影戏等精彩节目，生动呈现古镇风情。")
    assert ("精彩节目", "舞龙") in got


def test_a_relative_clause_with_an_adverb_leaves_its_head():
    got = _parts("两地合力推进竹材替代、山区减贫等两地长期关注的合作议程。")
    assert ("合作议程", "竹材替代") in got
