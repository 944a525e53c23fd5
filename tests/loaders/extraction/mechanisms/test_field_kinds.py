"""INCLUDES on sentences of our own: a 等-list's head that is a kind of trade closed by a word
of field (等未来产业方向) belongs to the kind; a field word alone (等研究方向) owns nothing."""

from tests.loaders.extraction_helpers import edges, extract


def _parts(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "INCLUDES"}


def test_the_kind_before_the_field_word_has_the_items():
    got = _parts("围绕竹基新材料、山地无人机等未来产业方向，岚州设立20个攻关专班。")
    assert {("未来产业", "竹基新材料"), ("未来产业", "山地无人机")} <= got


def test_a_field_word_alone_owns_nothing():
    got = _parts("恒拓研究院设有竹基新材料、山地无人机等研究方向。")
    assert not any(s.endswith("方向") or s == "研究" for s, _t in got)
