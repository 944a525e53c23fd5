"""A list quoted as one label before its count (推动“A、B、C”三大H): the count still counts the
items inside the marks, and H includes each (``etc_counted_groups._unquoted_list``)."""

from __future__ import annotations

from tests.loaders.extraction_helpers import edges, extract


def _includes(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "INCLUDES"}


def test_a_quoted_list_before_a_count_is_counted() -> None:
    got = _includes("公司将聚焦“高端装备、新能源、新材料”三大主导产业。")
    assert {("主导产业", "高端装备"), ("主导产业", "新能源"), ("主导产业", "新材料")} <= got


def test_a_quote_without_a_list_is_no_list() -> None:
    got = _includes("公司将聚焦“智造强企”三大主导产业。")
    assert not got


def test_a_count_that_does_not_match_the_quoted_items_gives_nothing() -> None:
    got = _includes("公司将聚焦“高端装备、新能源”三大主导产业。")
    assert not got
