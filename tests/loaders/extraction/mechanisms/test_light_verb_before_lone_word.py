"""A light verb right before a lone short action word closing an object (推动服务协同, 发展应用
场景) qualifies that word as part of a noun; it is stripped only when what follows is a longer
phrase (服务湖城现代化) or a list. Sentences of our own."""

from tests.loaders.extraction_helpers import extract


def _targets(text: str) -> set[str]:
    kg = extract(text)
    return {kg.node(e.target).name for e in kg.edges() if e.type == "DRIVES"}


def test_light_verb_and_lone_word_stay_one_noun():
    assert "服务协同" in _targets("以数据平台推动服务协同。")


def test_light_verb_before_a_longer_object_is_stripped():
    got = _targets("以数据平台服务湖城现代化建设。")
    got |= _targets("以数据平台推动服务湖城现代化。")
    assert not any(t.startswith("服务湖城") for t in got)
