"""Round m96 on texts of our own: the units a plan names on a units line or in a units box
(``牵头单位：甲处、乙中心``) are organisations everywhere in the document, a bureau's division
(``产业发展处``: ``unit_suffixes``) among them, so that a sentence where such a unit leads
(``由甲处牵头，联合丙大学建设X``) credits it. A name no units line gives stays unknown, and a
group (各县) is no unit. A task whose text names a programme twice, once without a modifier
(实施重点行业X工程), gives its units the longer name only."""

from tests.loaders.extraction_helpers import edges, extract

_REPORT = ("甲市工业和信息化局2031年工作总结\n\n一、主要工作\n\n"
           "1．推进数字赋能。由{unit}牵头，联合甲市大学建设“甲智”行业大模型开放创新中心，首批发布模型6个。\n\n"
           "二、下步打算\n\n"
           "1．加快新兴产业培育。实施重点行业能效提升工程，带动产业升级。（牵头单位：数字经济处、各县）\n")


def _impl(unit: str) -> set[tuple[str, str]]:
    return {(a, b) for a, r, b in edges(extract(_REPORT.format(unit=unit))) if r == "IMPLEMENTS"}


def test_a_unit_of_a_units_box_leads_elsewhere():
    impl = _impl("数字经济处")
    assert ("数字经济处", "甲智行业大模型开放创新中心") in impl
    assert ("甲市大学", "甲智行业大模型开放创新中心") in impl


def test_a_division_no_units_line_names_stays_unknown():
    impl = _impl("产业发展处")
    assert all(a != "产业发展处" for a, _ in impl)
    assert all(not a.startswith("各") for a, _ in impl)


def test_the_longer_reading_of_a_launched_programme():
    impl = _impl("数字经济处")
    assert ("数字经济处", "重点行业能效提升工程") in impl
    assert ("数字经济处", "行业能效提升工程") not in impl
