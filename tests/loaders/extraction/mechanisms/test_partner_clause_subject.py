"""Round m96 on texts of our own: a body named right after a partner word that opens a later
clause (``实施“X”计划，联合乙局举办Y``) is a partner, not the subject of the sentence: it acts
with the report's body in Y only, and the clause before (X) stays the report's body's. A body
that opens the clause itself (``乙局举办Y``) is still its subject."""

from tests.loaders.extraction_helpers import edges, extract

_HEAD = "岑川市工业和信息化局2031年工作总结\n\n一、主要工作\n\n"


def _impl(body: str) -> set[tuple[str, str]]:
    g = extract(_HEAD + "3．产业人才支撑不断增强。" + body + "\n\n4．其他工作。\n")
    return {(a, b) for a, r, b in edges(g) if r == "IMPLEMENTS"}


def test_a_partner_of_a_later_clause_is_no_subject():
    impl = _impl("实施“岑川工匠”培育计划，联合市人力资源和社会保障局举办第五届岑川市职业技能大赛，"
                 "设置12个竞赛项目。")
    assert ("市人力资源和社会保障局", "岑川工匠培育计划") not in impl
    assert ("岑川市工业和信息化局", "岑川工匠培育计划") in impl
    assert ("市人力资源和社会保障局", "岑川市职业技能大赛") in impl
    assert ("岑川市工业和信息化局", "岑川市职业技能大赛") in impl


def test_a_body_opening_its_clause_is_its_subject():
    impl = _impl("市人力资源和社会保障局举办第五届岑川市职业技能大赛，设置12个竞赛项目。")
    assert ("市人力资源和社会保障局", "第五届岑川市职业技能大赛") in impl or \
        ("市人力资源和社会保障局", "岑川市职业技能大赛") in impl
