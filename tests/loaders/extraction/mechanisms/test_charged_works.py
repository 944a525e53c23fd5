"""A body put in charge of a programme's work (``甲公司负责X的建设运营``) or made the vehicle of
the programme the clause before sets up (``设立X基金，由甲集团作为出资人代表``) carries it out
(``implements/charged_works.py``). Sentences of our own."""

from tests.loaders.extraction_helpers import edges, extract


def _impl(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "IMPLEMENTS"}


def test_a_body_in_charge_of_building_and_running():
    got = _impl("由省属国有企业南湖数据集团有限公司负责南湖省数据交易平台的建设运营，"
                "完善数据登记等服务功能。")
    assert ("南湖数据集团有限公司", "南湖省数据交易平台") in got


def test_the_investor_representative_of_a_fund():
    got = _impl("设立规模30亿元的省智能制造产业投资基金，由北岭产业投资集团作为出资人代表，"
                "吸引社会资本参与。")
    assert ("北岭产业投资集团", "省智能制造产业投资基金") in got


def test_charge_of_an_assessment_is_no_programme():
    got = _impl("由北岭产业投资集团负责对项目进行评估。")
    assert not any(s == "北岭产业投资集团" for s, _ in got)


def test_a_role_after_a_clause_that_sets_nothing_up():
    got = _impl("加强资金保障，由北岭产业投资集团作为出资人代表。")
    assert not any(s == "北岭产业投资集团" for s, _ in got)
