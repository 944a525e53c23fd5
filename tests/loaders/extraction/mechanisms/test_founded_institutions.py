"""Programmes named by how they were set up.

A与B共建的X研究院: an institution that a founding verb (``founding_verbs``) closing a relative
clause sets up is the founders' initiative, though its name ends like a body's; a company or an
authority they set up (``founded_body_endings``) is not. “甲乙”行动由A主办: a quoted name and
its head opening the sentence is what A organises. Made-up sentences."""

from tests.loaders.extraction_helpers import edges, extract


def _impl(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "IMPLEMENTS"}


def test_both_founders_carry_out_the_institute_they_built():
    got = _impl("恒拓集团与岚州大学共建的岚州新能源研究院正式揭牌。")
    assert {("恒拓集团", "岚州新能源研究院"), ("岚州大学", "岚州新能源研究院")} <= got


def test_a_company_they_set_up_stays_a_body():
    assert not _impl("恒拓集团与岚州大学共建的岚恒科技有限公司正式揭牌。")


def test_a_quoted_name_with_its_head_opening_the_sentence_is_organised_by_the_body():
    assert ("岚州市商务局", "禾香进城行动") in _impl("“禾香进城”行动由岚州市商务局主办。")


def test_a_quote_with_a_clause_after_it_is_no_subject():
    # “禾香进城”，由A主办: the quote stands alone, no head closes it into a name
    assert not _impl("各地喊出“禾香进城”，由此带动消费。")
