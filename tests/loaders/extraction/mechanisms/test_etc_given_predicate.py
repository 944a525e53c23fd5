"""为A、B等提供X: 提供 right after 等 opens the predicate (``INCLUDES.etc_predicates``); the list
has no head, and no phrase that opens with the verb (提供关键) is a whole. A noun head after 等
still owns its list."""

from tests.loaders.extraction_helpers import edges, extract


def _includes(text: str) -> set[tuple[str, str, str]]:
    return {e for e in edges(extract(text)) if e[1] == "INCLUDES"}


def test_provide_after_etc_is_no_head():
    got = _includes("该装置将为桥梁抗震、新材料研发等提供关键支撑。")
    assert not any(s.startswith("提供") for s, _, _ in got)


def test_a_noun_head_still_owns_its_list():
    got = _includes("该装置将服务桥梁抗震、新材料研发等重点领域。")
    assert not any(s.startswith("提供") for s, _, _ in got)
    got = _includes("海州市培育智能制造、生物医药等新兴产业。")
    assert ("新兴产业", "INCLUDES", "智能制造") in got
