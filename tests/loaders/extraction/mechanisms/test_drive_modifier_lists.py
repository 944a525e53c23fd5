"""A list of bare manner words in 化 sharing one head (高端化、智能化、绿色化转型) names one
thing, which drives whole. Sentences of our own."""

from tests.loaders.extraction_helpers import edges, extract


def _drives(text: str) -> set[tuple[str, str]]:
    return {(a, c) for a, b, c in edges(extract(text)) if b == "DRIVES"}


def test_manner_words_sharing_a_head_drive_as_one_instrument():
    got = _drives("甲公司坚持以精细化、标准化、品牌化经营推动茶叶产业高质量发展。")
    assert any(a == "精细化、标准化、品牌化经营" for a, _ in got)
    assert not any(a in ("精细化", "标准化", "品牌化经营") for a, _ in got)


def test_manner_words_sharing_a_head_drive_as_one_framed_subject():
    got = _drives("应当以集约化、生态化改造为抓手，推动老旧园区焕发新的活力。")
    assert any(a == "集约化、生态化改造" for a, _ in got)
    assert not any(a == "集约化" for a, _ in got)


def test_things_ending_in_hua_without_a_shared_head_stay_a_list():
    got = _drives("以工业化、城镇化带动农村发展。")
    assert {a for a, _ in got} >= {"工业化", "城镇化"}
