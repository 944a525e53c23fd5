"""A DRIVES source that opens with a word of a whole area (全省, 全市, 全国:
``IMPLEMENTS.whole_area_words``) keeps its name and gets the rest as an alias (全省家电以旧换新:
also 家电以旧换新), when at least four characters are left; a short rest adds nothing."""

from tests.loaders.extraction_helpers import extract


def _source_aliases(text: str) -> dict[str, tuple[str, ...]]:
    kg = extract(text)
    return {kg.node(e.source).name: tuple(kg.node(e.source).aliases)
            for e in kg.edges() if e.type == "DRIVES"}


def test_whole_area_word_gives_an_alias():
    got = _source_aliases("今年以来，全省家电以旧换新共发放补贴3亿元，带动销售金额超过50亿元。")
    assert any("家电以旧换新" in a for a in got.get("全省家电以旧换新", ())), got


def test_short_rest_adds_no_alias():
    got = _source_aliases("全市汽车带动零部件消费。")
    assert all("汽车" not in aliases for aliases in got.values()), got
