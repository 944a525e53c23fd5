"""A bare factor word (技术, 人才) is an item of a list only among other factor words: in a list
of factors it is one too, wherever it stands; elsewhere it is too bare to be a part."""

from __future__ import annotations

from tests.loaders.extraction_helpers import edges, extract


def _parts(text: str, head: str) -> set[str]:
    return {t for s, r, t in edges(extract(text)) if r == "INCLUDES" and s == head}


def test_a_bare_factor_among_factors_is_an_item_in_any_position():
    for text in ("溪宁经济包括数据、技术、管理等新型生产要素。",
                 "溪宁经济包括技术、数据、管理等新型生产要素。",
                 "溪宁经济包括管理、人才、资本等新型生产要素。"):
        parts = _parts(text, "溪宁经济")
        assert {"管理"} <= parts and ("数据" in parts) == ("数据" in text), text
        assert ("技术" in parts) == ("技术" in text) and ("人才" in parts) == ("人才" in text)


def test_a_bare_factor_among_other_things_is_no_item():
    parts = _parts("溪宁规划包括技术、品牌建设、市场开拓。", "溪宁规划")
    assert "技术" not in parts
