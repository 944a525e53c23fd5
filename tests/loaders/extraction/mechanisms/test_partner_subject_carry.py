"""A department that writes of itself (我厅, 我局: ``first_person_pronouns``) and names a partner
after a partner verb (``我厅联合B启动X``, ``我厅会同B推出Y``: pattern ``partner_tail``) acts with
the partner in that sentence; the subjectless sentences after it are the department's, not the
partner's."""

from tests.loaders.extraction_helpers import edges, extract

_SUMMARY = "松岭省商务厅2024年工作总结\n\n"


def _impl(text: str) -> set[tuple[str, str, str]]:
    return {e for e in edges(extract(text)) if e[1] == "IMPLEMENTS"}


def test_the_partner_does_not_carry_into_the_next_sentence():
    got = _impl(_SUMMARY + "（一）外贸规模稳中有进。我厅联合省财政厅启动“松货出海”拓市行动，"
                "新增出口企业300家。全面实施“数商兴农”工程，培育农村电商示范村50个。")
    assert ("松岭省商务厅", "IMPLEMENTS", "数商兴农工程") in got
    assert ("省财政厅", "IMPLEMENTS", "数商兴农工程") not in got
    # the partner still acts in its own sentence
    assert ("省财政厅", "IMPLEMENTS", "松货出海拓市行动") in got


def test_the_writing_department_acts_with_the_partner_it_names():
    got = _impl(_SUMMARY + "（三）开放平台建设。我厅会同省发展改革委推出“松岭通关”服务平台。")
    assert {("松岭省商务厅", "IMPLEMENTS", "松岭通关服务平台"),
            ("省发展改革委", "IMPLEMENTS", "松岭通关服务平台")} <= got


def test_a_body_named_before_its_own_verb_is_no_partner():
    # 省财政厅 opens the sentence and acts: no partner verb stands before it
    got = _impl(_SUMMARY + "（一）外贸规模稳中有进。省财政厅启动“松货出海”拓市行动。"
                "全面实施“数商兴农”工程，培育农村电商示范村50个。")
    assert ("省财政厅", "IMPLEMENTS", "数商兴农工程") in got
