"""One list read at two granularities (一是X设施，包括A、B和C等Y设施): the whole before the verb
owns the items, the 等-head that repeats its kind does not (includes/repeated_kinds.py); an
adjective before a 等-head does not keep a closing adverb in it (等配套设施全部到位). All texts are
made up for these tests."""

from tests.loaders.extraction_helpers import edges, extract


def _includes(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "INCLUDES"}


def test_the_whole_before_the_verb_owns_a_list_whose_head_repeats_its_kind():
    got = _includes("乡村振兴至少包括两个层面：一是乡村基础设施，包括农村公路、冷链仓储和寄递网点等"
                    "物流设施；")
    assert ("基础设施", "冷链仓储") in got
    assert not any(s == "物流设施" for s, _ in got)


def test_a_head_of_another_kind_keeps_its_list():
    got = _includes("一是数字经济，包括直播电商、即时零售等新业态；")
    assert ("新业态", "即时零售") in got


def test_an_adjective_before_the_head_lets_a_closing_adverb_end_it():
    got = _includes("园区的道路、供电、供水等公用设施全部到位。")
    assert not any("全部" in s for s, _ in got)
