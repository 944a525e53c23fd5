"""Round m101 on texts of our own: a 由…牵头/负责 clause in the middle of a sentence
(``深入实施“X”计划，由甲部牵头，年内培养N名Y``) gives the programmes of the clauses before it to
its units, as a closing one does; a unit whose name opens with the word for the document's
group (``集团甲部``) is that unit. A 由 clause that holds more than units names nobody."""

from tests.loaders.extraction_helpers import edges, extract


def _impl(text: str) -> set[tuple[str, str]]:
    return {(a, b) for a, r, b in edges(extract(text)) if r == "IMPLEMENTS"}


def test_a_lead_clause_in_the_middle_names_the_actor():
    impl = _impl("深入实施“青禾计划”和“岑匠工程”，由市人力资源和社会保障局牵头，"
                 "年内培养技师100名。")
    assert ("市人力资源和社会保障局", "青禾计划") in impl
    assert ("市人力资源和社会保障局", "岑匠工程") in impl


def test_a_unit_of_the_group_is_the_unit():
    impl = _impl("加大人才引进力度，深入实施“青禾计划”，由集团人力资源部牵头，年内培养技师100名。")
    assert ("集团人力资源部", "青禾计划") in impl


def test_a_closing_lead_clause_still_reads():
    impl = _impl("实施“青禾计划”，建设岑州实训基地，由市人力资源和社会保障局负责。")
    assert ("市人力资源和社会保障局", "青禾计划") in impl


def test_a_lead_clause_with_more_than_units_names_nobody():
    impl = _impl("深入实施“青禾计划”，由市人力资源和社会保障局负责对计划进行评估，"
                 "年内培养技师100名。")
    assert ("市人力资源和社会保障局", "青禾计划") not in impl


def test_a_lead_clause_of_no_body_names_nobody():
    impl = _impl("深入实施“青禾计划”，由各地负责，年内培养技师100名。")
    assert not any(a == "各地" for a, _b in impl)
