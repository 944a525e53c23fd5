"""Where the head of a 等-list ends before its predicate (A、B等H往往…, A、B等H转型时).
All texts are made up for these tests."""

from tests.loaders.extraction_helpers import edges, extract


def _includes(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "INCLUDES"}


def test_an_adverb_after_the_head_opens_the_predicate():
    got = _includes("煤炭、钢铁等传统产业往往在政策引导下整合。")
    assert got and not any("往往" in s for s, _ in got)
    assert ("传统产业", "钢铁") in got


def test_a_head_without_such_an_adverb_keeps_its_whole_name():
    got = _includes("煤炭、钢铁等传统产业在政策引导下整合。")
    assert ("传统产业", "钢铁") in got


def test_a_list_that_is_the_subject_of_a_time_clause_has_no_head():
    got = _includes("光伏、风电等产业高度集聚时，就会出现新业态。")
    assert not any(t in ("光伏", "风电") for _, t in got)


def test_a_time_word_without_a_verb_before_it_closes_nothing():
    got = _includes("光伏、风电等新能源产业同时得到支持。")
    assert ("新能源产业", "风电") in got



def test_a_modal_and_a_one_character_verb_end_an_etc_head() -> None:
    # 等H将使X的Y: H is the list's head, and what 使 governs is no head of it
    got = edges(extract("暴雨、大风、高温等风险将使青禾市的供电系统承受压力。"))
    assert not any(s == "供电系统" for s, r, _t in got if r == "INCLUDES")


def test_a_known_term_before_an_initiative_head_is_no_head_of_its_own():
    # 等X基地…: the known term X only qualifies the head 基地, whatever follows
    got = _includes("青禾风电基地、白沙光伏基地等清洁能源基地落子成局。")
    assert not any(s == "清洁能源" for s, _ in got)
