"""举办A、B等丰富多彩的活动: a vague head with only a description before it is as vague as the bare
head; A and B are what is held, not the description. A head qualified by a noun stays."""

from tests.loaders.extraction_helpers import edges, extract


def _implements(text: str) -> set[tuple[str, str, str]]:
    return {e for e in edges(extract(text)) if e[1] == "IMPLEMENTS"}


def test_the_items_before_a_described_vague_head_are_held():
    got = _implements("连日来，海州市举办新春音乐会、元宵灯会等丰富多彩的活动。")
    assert ("海州市", "IMPLEMENTS", "新春音乐会") in got
    assert ("海州市", "IMPLEMENTS", "元宵灯会") in got
    assert not any(t == "丰富多彩的活动" for _, _, t in got)


def test_a_head_qualified_by_a_noun_is_no_description():
    got = _implements("海州市举办新春音乐会、元宵灯会等地区的活动。")
    assert not any(t == "新春音乐会" for _, _, t in got)
