"""The parts an initiative is said to include are typed by their own words: fields of work
(设计数字化、仓储数字化) are concepts, not initiatives because the whole is one."""

from tests.loaders.extraction_helpers import edges, extract, node_types


def test_parts_of_an_initiative_are_typed_by_their_own_words():
    kg = extract("栖梧公司全面推进“智链栖梧”三年行动，内容包括设计数字化、仓储数字化和"
                 "售后服务数字化三个方面。")
    assert ("智链栖梧三年行动", "INCLUDES", "仓储数字化") in edges(kg)
    got = node_types(kg)
    assert got.get("仓储数字化") == "Concept"
    assert got.get("售后服务数字化") == "Concept"
