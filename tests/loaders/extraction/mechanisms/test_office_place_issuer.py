"""A government office issues its place's measures on the place's behalf
(``甲省人民政府办公厅关于印发甲省X若干措施的通知``): when the measures name no units for their
tasks, their subjectless launching clauses are the place's (``plans.blocks.office_place``);
``document_self_references`` (以下措施, 本方案) are never a programme."""

from tests.loaders.extraction_helpers import edges, extract


def _impl(text: str) -> set[tuple[str, str, str]]:
    return {e for e in edges(extract(text)) if e[1] == "IMPLEMENTS"}


_TITLE = "苇塘省人民政府办公厅关于印发苇塘省加快低空经济发展若干措施的通知\n\n"
_BODY = ("苇塘省加快低空经济发展若干措施\n\n为培育低空经济，结合本省实际，制定以下措施。\n\n"
         "一、壮大低空制造。实施低空装备“强链”工程，每年遴选20个重点攻关项目给予支持。\n\n"
         "二、拓展应用场景。自2025年起每年举办苇塘国际低空经济博览会，为产品展示搭建平台。\n")


def test_the_place_runs_the_programmes_its_office_issues():
    got = _impl(_TITLE + _BODY)
    # (the quotes inside a programme's name may be kept or dropped: the same name either way)
    assert {("苇塘省", "IMPLEMENTS", "低空装备“强链”工程"),
            ("苇塘省", "IMPLEMENTS", "低空装备强链工程")} & got
    assert not any(t == "以下措施" for _, _, t in got)


def test_measures_that_name_units_leave_their_tasks_to_them():
    got = _impl(_TITLE + _BODY + "（责任单位：省工业和信息化厅）\n")
    assert ("苇塘省", "IMPLEMENTS", "低空装备“强链”工程") not in got


def test_the_offices_own_measures_give_the_place_nothing():
    got = _impl("苇塘省人民政府办公厅关于加快低空经济发展的若干措施\n\n"
                "一、壮大低空制造。实施低空装备“强链”工程，每年遴选20个重点攻关项目给予支持。\n")
    assert not any(s == "苇塘省" for s, _, _ in got)
