"""Aliases the graph builder keeps (:mod:`conceptkg.loaders.extraction.builder`)."""

from __future__ import annotations

from conceptkg.loaders.extraction.quotes import paired_quotes


def test_a_quote_opened_or_closed_but_not_both_is_dropped_from_an_alias():
    assert paired_quotes("岚州”工程建设") == "岚州工程建设"
    assert paired_quotes("“溪宁”之治”的制度") == "溪宁之治的制度"
    assert paired_quotes("恒拓《智造》") == "恒拓《智造》"


def test_balanced_quotes_stay():
    assert paired_quotes("“岚州智汇”行动") == "“岚州智汇”行动"
    assert paired_quotes("‘一网通’平台") == "‘一网通’平台"
