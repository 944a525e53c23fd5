"""Quotation marks in names (:mod:`conceptkg.loaders.extraction.quotes`)."""

from __future__ import annotations

from conceptkg.loaders.extraction.quotes import NAME_MARKS, balanced, unclosed


def test_balanced_counts_each_pair_asked_about():
    assert balanced("“岚州”工程")
    assert not balanced("岚州”工程")
    assert balanced("恒拓《智造")  # (double quotes only, unless told)
    assert not balanced("恒拓《智造", NAME_MARKS)
    assert not balanced("溪宁（试点", (("“", "”"), ("（", "）")))


def test_unclosed_is_a_quote_opened_and_not_yet_closed():
    assert unclosed("开展“岚州、溪宁")
    assert not unclosed("开展“岚州”、溪宁")
    assert not unclosed("岚州”工程")  # (a closing mark alone opens nothing)
    assert unclosed("发布《岚州", NAME_MARKS)
    assert not unclosed("发布《岚州")
