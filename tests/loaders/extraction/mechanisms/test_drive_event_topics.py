"""A clause that only says when a thing came into use (A投运后，/ A全面实施后，/ A运营以来，)
names what a subjectless DRIVES clause after it continues (…，将带动B: A drives B), also past a
clause of figures. Sentences of our own."""

from tests.loaders.extraction_helpers import extract


def _drives(text: str) -> set[tuple[str, str]]:
    kg = extract(text)
    return {(kg.node(e.source).name, kg.node(e.target).name)
            for e in kg.edges() if e.type == "DRIVES"}


def test_thing_that_came_into_use_drives_what_follows():
    got = _drives("负责人表示，雾岭冷链中心投运后，将有力带动山货加工产业集聚。")
    assert ("雾岭冷链中心", "山货加工产业集聚") in got
    got = _drives("据测算，“茶山云仓”计划全面实施后，物流成本可降低15%左右，"
                  "还将带动新增就业岗位约800个。")
    assert any(s == "茶山云仓计划" for s, _ in got)


def test_clause_with_a_subject_of_its_own_between_is_the_topic():
    got = _drives("雾岭冷链中心投运后，山货价格稳中有升，带动山货加工产业集聚。")
    assert got and not any(s.startswith("雾岭冷链中心") for s, _ in got)
