"""A list of known factors closed by 等 and the bare kind word 要素 (``kind_list_heads``), on
sentences of our own: 要素 includes each listed term, also after a verb or a preposition of
company that opens the first item; a list with an unknown item, a single item, or a kind word
that opens a longer noun (要素保障) gives no such edge."""

from tests.loaders.extraction_helpers import edges, extract, node_types


def _parts(text: str) -> set[str]:
    return {t for s, r, t in edges(extract(text)) if s == "要素" and r == "INCLUDES"}


def test_known_factors_before_the_kind_word():
    text = "过去十年，人才、资金、土地等要素不断向大城市集中。"
    assert _parts(text) == {"土地", "资金", "人才"}
    types = node_types(extract(text))
    assert types["要素"] == "Factor" and types["土地"] == "Factor"


def test_the_first_item_after_a_verb_or_a_preposition():
    assert _parts("算法只有跟知识、资本等要素结合起来，才会发挥作用。") == {"知识", "资本"}
    assert _parts("平台可以提升知识、管理等要素的组合效率。") == {"知识", "管理"}
    # (与 before the first 、 is a preposition: 算力 is no item)
    assert _parts("算力与土地、资金等要素相互配合，效率大为提高。") == {"土地", "资金"}


def test_no_class_without_known_items_or_with_a_longer_noun():
    assert _parts("乡镇要做好土地、资金、人才等要素保障。") == set()
    assert _parts("过去十年，土地、青年志愿者等要素流向城区。") == set()
    assert _parts("过去十年，土地等要素流向城区。") == set()
