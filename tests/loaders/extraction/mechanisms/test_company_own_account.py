"""Round seventy-four on texts of our own: in a company's account of itself (a report, letter
or speech whose title lines name the company), a clause opened by a first-person pronoun
(``我们推出“X”专属服务``) and a clause with no subject at all (``…，并在两县建设Y示范区``)
are the company's own acts, also inside a numbered item and after words of time; a numbered
heading's task (``四、确保完成全年各项指标``) is nothing carried out; a news digest that no
company signs gives no clause to a company by this rule; a pronoun is no alias of the body;
an implementing verb before a copula is a topic; a quoted strategy may hold a verb."""

import pytest

from tests.loaders.extraction_helpers import edges, extract, file_edges

_REPORT = ("松岩燃气有限公司2033年度工作报告\n\n"
           "这一年，松岩燃气有限公司供气量增长7%，营业收入、利润总额和用户满意度等主要经营指标"
           "全面完成年度目标，管网安全平稳运行，应急保供能力保持在较高水平，服务城市运行和"
           "民生保障的能力进一步增强。\n\n{body}\n")
_OWN = "松岩燃气有限公司"


@pytest.fixture
def _impl(tmp_path):
    """The IMPLEMENTS pairs of a text read as a file (its title line apart)."""
    return lambda text: {(a, b) for a, r, b in file_edges(tmp_path, text) if r == "IMPLEMENTS"}


def test_a_first_person_clause_is_the_companys(_impl):
    impl = _impl(_REPORT.format(
        body="针对独居老人用气安全，我们推出“安心灶”上门服务，全年入户巡检三万次。"))
    assert (_OWN, "安心灶上门服务") in impl


def test_a_subjectless_clause_of_the_companys_account_is_its_own(_impl):
    impl = _impl(_REPORT.format(
        body="全年完成管网投资9亿元。坚持安全第一，在两县建设“智慧燃气”监测示范区。"))
    assert (_OWN, "智慧燃气监测示范区") in impl


def test_a_heading_task_is_nothing_carried_out(_impl):
    impl = _impl(_REPORT.format(
        body="四、聚焦主业，确保完成全年各项任务\n\n全年完成管网投资9亿元，新建和改造中压管道"
             "三百二十公里，老旧管网隐患整治全面收官，城区供气可靠性和应急调峰能力进一步提升，"
             "用户平均报修响应时间缩短到二十分钟以内。"))
    assert not any(b.endswith("各项任务") for _a, b in impl)


def test_a_news_digest_no_company_signs_keeps_the_clause_unassigned():
    text = ("燃气企业动态\n\n松岩燃气有限公司供气量增长7%，西坪热力有限公司用户增长3%。\n\n"
            "坚持安全第一，在两县建设“智慧燃气”监测示范区。\n")
    rules = {r for _a, _t, _b, rs in edges(extract(text), rule=True) for r in rs}
    assert "cue_implements_own" not in rules


def test_a_pronoun_is_no_alias_of_the_body():
    g = extract(_REPORT.format(body="我们推出“安心灶”上门服务，全年入户巡检三万次。"))
    own = next(n for n in g.nodes() if n.name == _OWN)
    assert "我们" not in own.aliases


def test_a_clause_opened_by_a_time_word_inside_a_numbered_item_is_the_companys(_impl):
    impl = _impl(_REPORT.format(
        body="（三）拓展新服务，提升用户体验。全年举办“燃气开放日”科普活动30场，社区反响良好。"))
    assert any(a == _OWN and b.startswith("燃气开放日") for a, b in impl)


def test_an_alliance_the_company_founds(_impl):
    impl = _impl(_REPORT.format(body="公司还牵头成立城市燃气安全产业联盟，已有成员单位36家。"))
    assert (_OWN, "城市燃气安全产业联盟") in impl
    impl = _impl(_REPORT.format(body="公司成立西坪售气有限公司，专营工业用户业务。"))
    assert not any(b.endswith("有限公司") for _a, b in impl)


def test_a_verb_before_a_copula_is_a_topic(_impl):
    impl = _impl(_REPORT.format(body="研发是企业长远发展的根基。公司在两地设有技术中心。"))
    assert not any(b.endswith("根基") for _a, b in impl)


def test_a_quoted_strategy_may_hold_a_verb(_impl):
    impl = _impl(_REPORT.format(body="面对复杂局面，公司坚持“气源+服务”双轮驱动战略。"))
    assert (_OWN, "气源+服务双轮驱动战略") in impl


def test_a_quote_before_a_clause_is_no_strategy(_impl):
    impl = _impl(_REPORT.format(body="公司坚持“用户至上”，热线接到报修后半小时内响应。"))
    assert not any("热线" in b for _a, b in impl)


def test_a_manner_glued_to_the_verb_keeps_the_clause_subjectless(_impl):
    impl = _impl(_REPORT.format(body="成果丰硕。自主研发“燃安”泄漏预警系统，已在三城区使用。"))
    assert (_OWN, "燃安泄漏预警系统") in impl
