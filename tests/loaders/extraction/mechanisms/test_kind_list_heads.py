"""A list of known factors closed by 等 and the bare kind word 要素 (``kind_list_heads``), on
sentences of our own: 要素 includes each listed term, also after a verb or a preposition of
company that opens the first item; a list with an unknown item, a single item, or a kind word
that opens a longer noun (要素保障) gives no such edge."""

from tests.loaders.extraction_helpers import edges, extract, node_types


def _parts(text: str) -> set[str]:
    return {t for s, r, t in edges(extract(text)) if s == "要素" and r == "INCLUDES"}


def test_known_factors_before_the_kind_word():
    assert _parts("多年来，土地、资金、人才等要素持续流向中心城区。") == {"土地", "资金", "人才"}
    types = node_types(extract("多年来，土地、资金、人才等要素持续流向中心城区。"))
    assert types["要素"] == "Factor" and types["土地"] == "Factor"


def test_the_first_item_after_a_verb_or_a_preposition():
    assert _parts("只有跟劳动、资本、技术等要素结合起来，数据才能创造价值。") == \
        {"劳动", "资本", "技术"}
    assert _parts("算力能够放大知识、管理等要素的使用效率。") == {"知识", "管理"}
    # (与 before the first 、 is a preposition: 数据 is no item)
    assert _parts("数据与土地、资本等要素相结合，效率大为提高。") == {"土地", "资本"}


def test_no_class_without_known_items_or_with_a_longer_noun():
    assert _parts("县里统筹土地、资本、人才等要素保障。") == set()
    assert _parts("多年来，土地、青年志愿者等要素流向城区。") == set()
    assert _parts("多年来，土地等要素流向城区。") == set()
