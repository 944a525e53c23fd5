"""Round eleven on sentences of our own: 受A带动，B… names what drives B (as 在A的带动下 does);
a head of an 等-list ends before a word of demand or orders that measures it; a list after 用于
starts after the verb; 全新 inside an object is no adverb that ends it."""

from tests.loaders.extraction_helpers import edges, extract


def _rel(text: str, rel: str) -> set[tuple[str, str, str]]:
    return {e for e in edges(extract(text)) if e[1] == rel}


def test_a_clause_of_being_driven_names_the_driver_of_the_next_clause():
    got = _rel("受冰雪旅游持续升温带动，临江县民宿订单同比增长30%。", "DRIVES")
    assert ("冰雪旅游", "DRIVES", "临江县民宿订单") in got
    # how the driver fares said by a state word alone: the phrase before it drives
    got = _rel("受海鲜加工行业出口增加拉动，临江县冷链物流营收同比增长12%。", "DRIVES")
    assert ("海鲜加工行业出口", "DRIVES", "临江县冷链物流营收") in got


def test_a_body_or_a_pronoun_after_the_word_drives_nothing():
    assert not _rel("受海州市政府推动，临江县启动了数字乡村试点。", "DRIVES")
    assert not _rel("受其带动，临江县农产品销量大增。", "DRIVES")
    # the word inside a clause with a subject before it opens no such frame
    assert not _rel("临江县受冰雪旅游带动，民宿订单大增。", "DRIVES")


def test_a_measure_word_after_a_list_head_is_no_part_of_the_head():
    got = _rel("临江县带动木雕、竹编等手工艺品订单持续增加。", "INCLUDES")
    assert {("手工艺品", "INCLUDES", "木雕"), ("手工艺品", "INCLUDES", "竹编")} <= got
    assert not any(e[0].endswith("订单") for e in got)
    got = _rel("满足海参、鲍鱼等海珍品需求。", "INCLUDES")
    assert ("海珍品", "INCLUDES", "海参") in got


def test_a_list_after_a_verb_of_use_starts_after_the_verb():
    got = _rel("这种新型材料将用于海上风电、氢能储运等新兴产业领域。", "INCLUDES")
    assert any(e[2] == "海上风电" for e in got)
    assert not any(e[2].startswith("用于") for e in got)


def test_a_brand_new_thing_stays_whole_as_a_target():
    got = _rel("临江县海岛旅游持续升温，还催生出大量全新消费场景。", "DRIVES")
    assert ("临江县海岛旅游", "DRIVES", "大量全新消费场景") in got
    assert not any(e[2] == "大量" for e in got)
