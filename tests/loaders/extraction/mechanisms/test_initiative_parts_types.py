"""The parts an initiative is said to include are typed by their own words: fields of work
(研发数字化、制造数字化) are concepts, not initiatives because the whole is one."""

from tests.loaders.extraction_helpers import edges, extract, node_types


def test_parts_of_an_initiative_are_typed_by_their_own_words():
    kg = extract("恒拓公司全面实施“数智恒拓”三年行动，内容涵盖研发数字化、制造数字化和"
                 "营销服务数字化三个方面。")
    assert ("数智恒拓三年行动", "INCLUDES", "制造数字化") in edges(kg)
    got = node_types(kg)
    assert got.get("制造数字化") == "Concept"
    assert got.get("营销服务数字化") == "Concept"
