"""Bodies listed in a relative clause (``甲部、乙局联合发布的《X》``) all carry out X; a clause
that opens with a preposition of basis (``根据…，``) names no subject, so the bodies in it do not
act in the clauses after it (``…，各商场推出Y``: not theirs)."""

from tests.loaders.extraction_helpers import edges, extract


def _impl(text: str) -> set[tuple[str, str]]:
    return {(a, b) for a, r, b in edges(extract(text)) if r == "IMPLEMENTS"}


_TEXT = ("根据岚州市商务局、岚州市财政局联合发布的《岚州市促消费行动方案》，各商场和超市将抓紧"
         "完成无障碍改造，增设母婴休息室、儿童游乐区等设施。")


def test_every_listed_body_of_a_relative_clause_acts():
    impl = _impl(_TEXT)
    assert ("岚州市商务局", "岚州市促消费行动方案") in impl
    assert ("岚州市财政局", "岚州市促消费行动方案") in impl


def test_the_bodies_of_a_basis_clause_do_not_act_after_it():
    assert {b for _, b in _impl(_TEXT)} == {"岚州市促消费行动方案"}


def test_a_body_before_the_basis_still_acts():
    assert ("岚州市商务局", "夜间购物节") in _impl("岚州市商务局根据省里部署，推出夜间购物节。")


def test_listed_venues_of_a_relative_clause_do_not_act():
    assert not _impl("在岚州市、溪宁市举办的岚溪文化旅游节吸引游客。")
