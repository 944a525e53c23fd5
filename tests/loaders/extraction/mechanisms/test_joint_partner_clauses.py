"""A clause or sentence that opens with 与B and an implementing verb (与B共建X): the subject
carried from before acts, and B acts with it, for that clause only. All texts are made up for
these tests."""

from tests.loaders.extraction_helpers import edges, extract


def test_a_partner_clause_keeps_the_subject_of_the_clause_before():
    got = edges(extract("海川农村商业银行推出“林保贷”产品，与县供销合作社共建“助农服务站”。"))
    assert ("海川农村商业银行", "IMPLEMENTS", "助农服务站") in got
    assert ("县供销合作社", "IMPLEMENTS", "助农服务站") in got


def test_a_partner_sentence_keeps_the_subject_of_the_sentence_before():
    got = edges(extract("海川农村商业银行推出“林保贷”产品。与县供销合作社合作设立“助农服务站”。"))
    assert ("海川农村商业银行", "IMPLEMENTS", "助农服务站") in got
    assert ("县供销合作社", "IMPLEMENTS", "助农服务站") in got


def test_a_partner_is_not_carried_into_the_next_clause():
    got = edges(extract("海川农村商业银行与县林业局签订合作协议；与海川融资担保有限公司合作推出"
                        "“林保贷”产品；与县供销合作社共建“助农服务站”。"))
    assert ("海川融资担保有限公司", "IMPLEMENTS", "助农服务站") not in got


def test_a_partner_phrase_without_an_implementing_verb_acts_in_nothing():
    got = edges(extract("海川农村商业银行推出“林保贷”产品，与县供销合作社的合作不断加深。"))
    assert not any(s == "县供销合作社" for s, r, _t in got if r == "IMPLEMENTS")
