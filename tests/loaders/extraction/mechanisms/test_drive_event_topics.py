"""A clause that only says when a thing came into use (A投运后，/ A全面实施后，/ A运营以来，)
names what a subjectless DRIVES clause after it continues (…，将带动B: A drives B), also past a
clause of figures. Sentences of our own."""

from tests.loaders.extraction_helpers import extract


def _drives(text: str) -> set[tuple[str, str]]:
    kg = extract(text)
    return {(kg.node(e.source).name, kg.node(e.target).name)
            for e in kg.edges() if e.type == "DRIVES"}


def test_thing_that_came_into_use_drives_what_follows():
    got = _drives("园区主任介绍，湖畔冷链中心建成后，会带动水产加工产业集聚。")
    assert ("湖畔冷链中心", "水产加工产业集聚") in got
    got = _drives("经初步测算，“湖城驿站”工程全面实施后，末端配送费用可下降20%以上，"
                  "还会带动社区就业岗位约1200个。")
    assert any(s == "湖城驿站工程" for s, _ in got)


def test_clause_with_a_subject_of_its_own_between_is_the_topic():
    got = _drives("湖畔冷链中心建成后，鲜鱼价格稳中有升，带动水产加工产业集聚。")
    assert got and not any(s.startswith("湖畔冷链中心") for s, _ in got)
