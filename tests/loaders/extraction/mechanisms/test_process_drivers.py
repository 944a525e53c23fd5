"""A process said as a noun drives through the thing it is about (A的深度应用推动B: A; also
before an engine copula, A的高效配置，是B的引擎: A), or whole when it joins two things
(A与B的深度融合); a clause of viewpoint (从长远看，) before the topic clause of a subjectless
cue has no subject of its own. All texts are made up."""

from tests.loaders.extraction_helpers import edges, extract


def _drives(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "DRIVES"}


def test_the_thing_of_a_process_noun_drives():
    got = _drives("星图遥感数据的深度应用推动智慧林业。")
    assert ("星图遥感数据", "智慧林业") in got


def test_the_head_of_a_listed_process_noun_drives_across_clauses():
    got = _drives("潮汐能、地热能等新型清洁能源的高效配置，正在催生海岛微网。")
    assert ("新型清洁能源", "海岛微网") in got


def test_a_fusion_of_two_things_drives_whole():
    got = _drives("潮汐能与地热能的深度融合，正在催生海岛微网。")
    assert ("潮汐能与地热能的深度融合", "海岛微网") in got
    assert ("潮汐能", "海岛微网") not in got


def test_a_process_after_a_preposition_does_not_drive():
    got = _drives("在星图遥感数据的深度应用推动下，林场巡护转型加快。")
    assert ("星图遥感数据", "林场巡护转型加快") not in got
    assert all(s != "星图遥感数据" or t != "林场巡护转型" for s, t in got)


def test_a_viewpoint_clause_leaves_the_topic_to_the_next_clause():
    got = _drives("从长远看，新型清洁能源的高效配置，正在催生海岛微网。")
    assert ("新型清洁能源", "海岛微网") in got


def test_a_phrase_without_a_manner_word_is_no_process():
    got = _drives("星图遥感数据的应用推动智慧林业。")
    assert ("星图遥感数据", "智慧林业") not in got


def test_a_process_noun_before_an_engine_copula_drives_through_its_thing():
    for text in ("星图遥感数据的高效配置，是推动海岛微网建设的重要动力。",
                 "星图遥感数据的高效配置是推动海岛微网建设的重要动力。"):
        got = _drives(text)
        assert ("星图遥感数据", "海岛微网建设") in got
        assert all(not s.startswith("星图遥感数据的") for s, _ in got)


def test_a_fusion_before_an_engine_copula_stays_whole():
    got = _drives("潮汐能与地热能的深度融合，是推动海岛微网建设的重要动力。")
    assert ("潮汐能与地热能的深度融合", "海岛微网建设") in got
    assert ("潮汐能", "海岛微网建设") not in got

