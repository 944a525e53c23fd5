"""Round seventy-four on texts of our own: in a company's own report, units named by the
company's brand and a trade word (``松岩快运``, ``松岩国际货代``, where ``松岩物流股份有限公司``
writes) are organisations where they stand as a clause's subject; a brand followed by a count
(``松岩首批…``), a brand word inside a longer phrase, and a text no company signs name none."""

import pytest

from tests.loaders.extraction_helpers import file_edges

_REPORT = ("松岩物流股份有限公司2033年度环境、社会及治理报告\n\n"
           "过去一年，松岩物流股份有限公司货运量和营业收入稳步增长，绿色运输、安全生产和员工"
           "关爱等各项工作扎实推进，社会责任实践得到客户、员工和社区的广泛认可，可持续发展"
           "能力进一步增强，治理水平持续提升。\n\n{body}\n")


@pytest.fixture
def _impl(tmp_path):
    return lambda text: {(a, b) for a, r, b in file_edges(tmp_path, text) if r == "IMPLEMENTS"}


def test_units_named_by_the_brand_act(_impl):
    impl = _impl(_REPORT.format(
        body="子公司松岩快运在西部地区率先开通4条“绿能干线”，车辆全部使用清洁能源。"
             "子公司层面，松岩国际货代推出“碳足迹”增值服务，帮助客户核算运输排放。"))
    assert ("松岩快运", "绿能干线") in impl
    assert ("松岩国际货代", "碳足迹增值服务") in impl


def test_a_brand_before_a_count_names_no_unit(_impl):
    impl = _impl(_REPORT.format(body="松岩首批推出“绿色包装”回收计划，覆盖30个城市。"))
    assert not any(a.startswith("松岩首批") for a, _b in impl)


def test_a_text_no_company_signs_names_no_unit(_impl):
    # (no 子公司 before it: an apposition like 子公司X names a company by itself)
    text = _REPORT.format(body="今年松岩快运在西部地区率先开通4条“绿能干线”。").replace(
        "松岩物流股份有限公司2033年度环境、社会及治理报告", "物流行业动态速览")
    assert not any(a == "松岩快运" for a, _b in _impl(text))
