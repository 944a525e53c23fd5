"""Round forty-three on texts of our own: bodies that build a thing together. A clause that
opens with a joint preposition after adverbs or a joining word (``…，并与B共建Y``) lets the
carried subject act with the partner; ``共建`` closes a relative clause of building like
``建设`` (``A和B共建的Y``: both act)."""

from tests.loaders.extraction_helpers import edges, extract


def _impl(text: str) -> set[tuple[str, str, str]]:
    return {e for e in edges(extract(text)) if e[1] == "IMPLEMENTS"}


_LETTER = "青崖精工股份有限公司董事长致股东的信\n\n"


def test_a_joined_partner_clause_keeps_the_carried_subject():
    got = _impl(_LETTER + "今年，公司正式启动“远航”技术攻关计划，"
                "并与北湖理工大学共建流体控制联合实验室。")
    assert ("北湖理工大学", "IMPLEMENTS", "流体控制联合实验室") in got
    assert ("青崖精工股份有限公司", "IMPLEMENTS", "流体控制联合实验室") in got


def test_a_clause_without_a_joint_preposition_gives_the_subject_nothing_more():
    # 北湖理工大学 acts alone in its own clause: the company named before does not join it
    got = _impl(_LETTER + "今年，公司正式启动“远航”技术攻关计划，"
                "北湖理工大学则建成流体控制联合实验室。")
    assert ("北湖理工大学", "IMPLEMENTS", "流体控制联合实验室") in got
    assert ("青崖精工股份有限公司", "IMPLEMENTS", "流体控制联合实验室") not in got


def test_both_bodies_before_a_joint_building_relative_act():
    got = _impl("此外，南屿科创集团和北湖大学共建的技术转移中心也在当天揭牌。")
    assert {("南屿科创集团", "IMPLEMENTS", "技术转移中心"),
            ("北湖大学", "IMPLEMENTS", "技术转移中心")} <= got


def test_a_body_a_thing_is_built_for_does_not_build_it():
    # 为B共建的Y: built for B, so B is no builder
    got = _impl("南屿科创集团为北湖大学共建的技术转移中心也在当天揭牌。")
    assert ("北湖大学", "IMPLEMENTS", "技术转移中心") not in got
