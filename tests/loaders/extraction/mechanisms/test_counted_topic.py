"""An including verb whose subject the lexicon does not know (甲乙包括A、B和C三个要素): the
subject owns the list only when a count and a summary unit close it and the list has as many
items. All texts are made up for these tests."""

from tests.loaders.extraction_helpers import edges, extract


def test_an_unknown_subject_owns_a_counted_list_of_aspects():
    got = edges(extract("根据某学派的框架，凝聚力包括信任感、归属感和认同感三个基本要素。"))
    for item in ("信任感", "归属感", "认同感"):
        assert ("凝聚力", "INCLUDES", item) in got


def test_an_unknown_subject_of_a_list_of_longer_items():
    got = edges(extract("专家上门提供免费巡检。巡检内容包括客流疏导水平、应急响应能力、"
                        "票务结算能力和设施维保能力四个维度。"))
    for item in ("应急响应能力", "票务结算能力", "设施维保能力"):
        assert ("巡检内容", "INCLUDES", item) in got


def test_the_count_must_match_the_list():
    got = edges(extract("根据某学派的框架，凝聚力包括信任感、归属感和认同感四个基本要素。"))
    assert not any(s == "凝聚力" for s, r, _t in got if r == "INCLUDES")


def test_without_a_count_and_unit_an_unknown_subject_owns_nothing():
    got = edges(extract("根据某学派的框架，凝聚力包括信任感、归属感和认同感。"))
    assert not any(s == "凝聚力" for s, r, _t in got if r == "INCLUDES")


def test_a_subject_with_a_modifier_clause_owns_nothing():
    got = edges(extract("我们所说的凝聚力包括信任感、归属感和认同感三个基本要素。"))
    assert not any(s.endswith("凝聚力") and s != "凝聚力" for s, r, _t in got if r == "INCLUDES")
