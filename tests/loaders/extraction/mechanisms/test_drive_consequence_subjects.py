"""Consequence clauses on sentences of our own (…，进而催生B; …时，就会催生B) whose subject is not
the term right before them: the topic before a copula clause (A的关键，是…), the subject of a time
clause (当A、B等H与C融合时: H), the term that opens the clause before a clause without a term; a
clause before that names a term of its own still gives it."""

from tests.loaders.extraction_helpers import drive_pairs as _drives


def test_the_topic_before_a_copula_clause_drives():
    got = _drives("数字经济的关键，是把智能算法嵌入仓储流程和供应链之中，进而催生新业态、新产业。")
    assert ("数字经济", "新业态") in got and ("数字经济", "新产业") in got
    assert not {d for d in got if d[0] == "供应链"}


def test_the_head_of_a_list_opening_a_time_clause_drives():
    got = _drives("当算力、算法等新型要素与智能制造深度融合时，就会催生新业态、新产业。")
    assert ("新型要素", "新业态") in got and ("新型要素", "新产业") in got
    assert not {d for d in got if d[0] == "智能制造"}


def test_the_opening_term_two_clauses_back_drives_over_a_clause_without_terms():
    got = _drives("人工智能与智能制造相结合，能够显著降低成本，进而催生新业态。")
    assert ("人工智能", "新业态") in got


def test_a_clause_before_with_a_term_of_its_own_keeps_it():
    got = _drives("园区运营方持续扩大数字经济规模，进而催生新业态。")
    assert ("数字经济", "新业态") in got
    got = _drives("人工智能与智能制造相结合，能够扩大数字经济规模，进而催生新业态。")
    assert ("数字经济", "新业态") in got and ("人工智能", "新业态") not in got
