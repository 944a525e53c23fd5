"""One sentence's list read as a whole (extraction/includes/list_checks.py): a count closing the
list is no part of its last item and says how many items there are (two items joined by a
conjunction inside the list are one when the count says so); a whole read with and without
its modifier keeps the longer name; a verb the clause acts with (``list_opening_verbs``) glued to
the first item is cut off when what is left is as long as the other items."""

from __future__ import annotations

from tests.loaders.extraction_helpers import edges, extract


def _includes(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "INCLUDES"}


def test_a_bare_count_closing_a_list_is_no_part_of_the_last_item() -> None:
    got = _includes("从用途看，储备粮可以分为口粮储备、饲料储备和种子储备三类。")
    assert ("储备粮", "种子储备") in got
    assert not any(t.endswith("三类") for _s, t in got)


def test_the_count_keeps_a_joined_item_whole() -> None:
    got = _includes("我县重点产业链主要有光学镜片、智能家居及配件、食品加工和文旅康养四条。")
    assert ("重点产业链", "智能家居及配件") in got
    assert ("重点产业链", "文旅康养") in got
    assert ("重点产业链", "配件") not in got
    assert not any(s == "产业链" for s, _t in got)  # (the longer whole only)
    got = _includes("公司主营业务分为光学检测、软件与算法服务、系统集成三大板块。")
    assert ("主营业务", "软件与算法服务") in got
    assert ("主营业务", "算法服务") not in got


def test_without_a_matching_count_joined_items_stay_apart() -> None:
    got = _includes("重点产业链包括光学镜片、智能家居及配件、食品加工和文旅康养。")
    assert ("重点产业链", "智能家居及配件") not in got


def test_a_verb_glued_to_the_first_item_is_cut_off() -> None:
    got = _includes("推广地源热泵、光伏发电等清洁能源应用。")
    assert ("清洁能源", "地源热泵") in got
    assert ("清洁能源", "推广地源热泵") not in got


def test_a_compound_first_item_keeps_its_verb() -> None:
    got = _includes("推动产业向研发设计、生产制造、市场营销等高附加值环节延伸。")
    assert ("高附加值环节", "研发设计") in got
