"""INCLUDES in documents: a determiner before a head word (该行动, 这一战略) stands for the
last name with that head, and a count with a task head (三项重点任务) closes a list of an
initiative's parts. All texts are made up for these tests."""

from tests.loaders.extraction_helpers import edges, extract


def test_this_strategy_is_the_last_name_ending_in_strategy():
    got = edges(extract("海州市提出“三链协同”战略。这一战略包括产业链、创新链和人才链三个方面。"))
    for item in ("产业链", "创新链", "人才链"):
        assert ("三链协同战略", "INCLUDES", item) in got


def test_a_determiner_with_another_head_names_nothing():
    got = edges(extract("海州市启动“青苗”计划。这一战略包括产业链、创新链和人才链三个方面。"))
    assert not any(s == "青苗计划" and r == "INCLUDES" for s, r, _t in got)


def test_an_initiatives_parts_counted_by_a_task_head():
    got = edges(extract("年初，远帆集团启动“青峦倍增”行动。该行动包括集中式光伏提速、"
                        "分散式风电下乡和新型储能配套三项重点任务。"))
    for item in ("集中式光伏提速", "分散式风电下乡", "新型储能配套"):
        assert ("青峦倍增行动", "INCLUDES", item) in got


def test_parts_are_not_taken_when_the_count_disagrees():
    got = edges(extract("“青峦倍增”行动包括光伏提速、风电下乡和储能配套四项重点任务。"))
    assert not any(r == "INCLUDES" for _s, r, _t in got)


def test_a_known_term_found_at_the_end_of_an_item_keeps_the_item_as_written():
    kg = extract("海州市布局了电池材料、储能装备和电机全产业链三大制造园区。")
    chain = next(n for n in kg.nodes() if n.name == "产业链")
    assert "电机全产业链" in chain.aliases


def test_this_system_is_a_phrase_the_lexicon_does_not_know_and_an_adverb_may_follow():
    got = edges(extract("从制度层面看，青禾数据基础制度体系是前提。这一体系至少包括确权登记制度、"
                        "收益分配制度和安全治理制度三个方面。"))
    for item in ("确权登记制度", "收益分配制度", "安全治理制度"):
        assert ("青禾数据基础制度体系", "INCLUDES", item) in got


def test_this_system_without_a_system_named_before_names_nothing():
    got = edges(extract("从制度层面看，数据是前提。这一体系至少包括确权登记制度、"
                        "收益分配制度和安全治理制度三个方面。"))
    assert not any(s.endswith("体系") for s, _r, _t in got)
