"""用A赋能B: a word of use (``DRIVES.opening_instruments``) is an instrument only where it opens
the clause; inside a word (用能企业) it is none. Sentences of our own."""

from tests.loaders.extraction_helpers import extract


def _drives(text: str) -> set[tuple[str, str]]:
    kg = extract(text)
    return {(kg.node(e.source).name, kg.node(e.target).name)
            for e in kg.edges() if e.type == "DRIVES"}


def test_use_opening_the_clause_is_an_instrument():
    assert ("水质数据", "养殖决策") in _drives("今后要用客流数据指导排班，用水质数据驱动养殖决策。")


def test_use_inside_the_clause_is_none():
    got = _drives("为重点用能企业提供核算服务，助推海岛绿色转型。")
    assert not any(s.startswith("能企业") for s, _ in got)
