"""Units named after the work they carry out: ``实施“X”工程，建设Y示范区8个，由甲厅负责。`` —
a sentence that closes with 由 + bodies + a word of ``postposed_lead_verbs`` gives the
programmes of its earlier clauses to those bodies (``postposed_lead_joins`` join them), not
to a body an earlier sentence named."""

from tests.loaders.extraction_helpers import edges, extract


def _impl(text: str) -> set[tuple[str, str, str]]:
    return {e for e in edges(extract(text)) if e[1] == "IMPLEMENTS"}


_OPINION = "松岭省人民政府关于加快发展海洋经济的实施意见\n\n"


def test_the_closing_unit_carries_out_each_programme_of_the_sentence():
    got = _impl(_OPINION + "（二）壮大现代渔业。实施“银杏湾”海洋牧场工程，建设深远海养殖示范区8个，"
                "由省海洋渔业厅负责。")
    assert {("省海洋渔业厅", "IMPLEMENTS", "银杏湾海洋牧场工程"),
            ("省海洋渔业厅", "IMPLEMENTS", "深远海养殖示范区")} <= got


def test_a_partner_joined_by_huitong_acts_too():
    got = _impl(_OPINION + "省发展改革委统筹推进海洋经济发展。"
                "加快建设全省统一的“杉湾”海洋数据平台，实现涉海数据一站式共享，"
                "由省数据局会同省海洋渔业厅组织实施。")
    assert {("省数据局", "IMPLEMENTS", "杉湾海洋数据平台"),
            ("省海洋渔业厅", "IMPLEMENTS", "杉湾海洋数据平台")} <= got
    assert ("省发展改革委", "IMPLEMENTS", "杉湾海洋数据平台") not in got


def test_a_closing_clause_with_more_than_bodies_names_no_units():
    got = _impl(_OPINION + "实施“银杏湾”海洋牧场工程，由省海洋渔业厅负责对项目进行评估。")
    assert not any(s == "省海洋渔业厅" for s, _, _ in got)


def test_a_closing_clause_of_no_single_body_names_no_units():
    got = _impl(_OPINION + "实施“银杏湾”海洋牧场工程，由各地负责。")
    assert not any(s == "各地" for s, _, _ in got)


def test_the_body_that_runs_a_fund_set_up_before_carries_it_out():
    got = edges(extract("岚州市工信局设立规模50亿元的岚州市产业转型升级基金，"
                        "由岚州产业投资集团负责管理运营，重点投向新能源。"))
    assert ("岚州产业投资集团", "IMPLEMENTS", "岚州市产业转型升级基金") in got
    assert ("岚州市工信局", "IMPLEMENTS", "岚州市产业转型升级基金") in got
