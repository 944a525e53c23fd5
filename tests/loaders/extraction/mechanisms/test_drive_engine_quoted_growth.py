"""The engine-noun frame (``A是B的引擎``) with an engine noun in quotes (A是B的“助推器”), with a
verb of growing into as its copula (A正在加快成长为B的主引擎: ``engine_copulas``, the segmenter
splits 为 off), and with a word of change closing B (A是B持续提升的关键支撑: B, the whole an
alias). A B that is no phrase stays without an edge."""

from tests.loaders.extraction_helpers import edges, extract


def _drives(text: str) -> set[tuple[str, str]]:
    return {(e[0], e[2]) for e in edges(extract(text)) if e[1] == "DRIVES"}


def test_quoted_engine_noun():
    assert ("耐心资本", "先进制造业发展") in _drives("耐心资本是先进制造业发展的“助推器”。")


def test_growing_into_engine():
    got = _drives("低空经济正在加快成长为全市经济增长的主引擎。")
    assert any(d == "全市经济增长" for _, d in got), got


def test_change_word_closes_target():
    got = _drives("算力基础设施是模型能力持续提升的关键支撑。")
    assert any(d == "模型能力" for _, d in got), got


def test_quote_elsewhere_is_no_engine():
    assert not _drives("恒拓集团是“岚州制造”的代表。")
