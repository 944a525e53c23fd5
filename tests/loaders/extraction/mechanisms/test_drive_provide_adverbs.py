"""为B<adverb>提供/注入…: an adverb right before the verb of providing (持续, 不断, 广泛) says how
it provides and is no part of what is driven (B); a noun there stays."""

from tests.loaders.extraction_helpers import edges, extract


def _targets(text: str) -> set[str]:
    return {e[2] for e in edges(extract(text)) if e[1] == "DRIVES"}


def test_adverb_before_provide_verb_is_cut():
    got = _targets("数字消费快速增长，为区域经济发展持续注入新活力。")
    assert "区域经济发展" in got and not any(t.endswith("持续") for t in got), got


def test_target_without_adverb_unchanged():
    assert "科技创新" in _targets("该基金为科技创新提供资金支持。")
