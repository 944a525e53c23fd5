"""Labels of amounts (:mod:`conceptkg.loaders.extraction.mentions.amounts`)."""

from __future__ import annotations

from conceptkg.loaders.extraction.mentions.amounts import MAX_LABEL, find_amounts
from conceptkg.loaders.lexicon import get_lexicon


def _labels(text: str) -> list[str]:
    return [a.label for a in find_amounts(text, [], get_lexicon(()))]


def test_a_long_label_loses_whole_words_from_its_start():
    # 13 characters before the figure: the cut falls between 全省 and what follows, not inside 全省
    [label] = _labels("2025年，全省岚州海洋渔业核心总产值达到820亿元。")
    assert label == "岚州海洋渔业核心总产值"
    assert len(label) <= MAX_LABEL


def test_a_short_label_is_kept_whole():
    assert _labels("溪宁市旅游收入达到56亿元。") == ["溪宁市旅游收入"]
