"""A quoted label with a count that closes a clause, spelled out by a clause of "namely" that
is a list and nothing else (推进煤电“三改联动”，即A、B和C): the label includes each item
(``include_frames._spelled_label``)."""

from __future__ import annotations

from tests.loaders.extraction_helpers import edges, extract


def _includes(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "INCLUDES"}


def test_a_counted_label_spelled_out_after_ji() -> None:
    got = _includes("同时，稳妥推进煤电“三改联动”，即节能降碳改造、供热改造和灵活性改造，"
                    "推动机组转变。")
    assert {("三改联动", "节能降碳改造"), ("三改联动", "供热改造"),
            ("三改联动", "灵活性改造")} <= got


def test_a_label_without_a_count_is_not_spelled_out() -> None:
    got = _includes("公司推进“数字转型”，即研发数字化和制造数字化。")
    assert not got


def test_one_thing_after_ji_is_no_list() -> None:
    got = _includes("市里推出“三张清单”，即权力清单。")
    assert not got
