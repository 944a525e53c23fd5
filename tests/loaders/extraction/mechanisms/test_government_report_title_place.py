"""A government work report whose title names its place (``甲市乙区2031年政府工作报告``) and is
signed by a post alone (``区长 某某``): the innermost place's government speaks (the city only
locates the district), its subjectless sentences launch its programmes, and its node is also
named by the place itself. A title that is no government work report names no speaker."""

from conceptkg.loaders.pipeline import load_document, process_text
from tests.loaders.extraction_helpers import file_edges

_BODY = ("区长 王甲\n\n各位代表：\n\n受区人民政府委托，我向大会作报告。\n\n"
         "一、今年工作安排\n\n"
         "深入实施“青苗扩面”工程，年内新增见习岗位900个。"
         "加快建设云溪康养中心，改造社区食堂40处。\n")


def _impl(tmp_path, title: str) -> set[tuple[str, str]]:
    return {(a, b) for a, r, b in file_edges(tmp_path, title + "\n\n" + _BODY)
            if r == "IMPLEMENTS"}


def test_the_district_of_the_title_speaks(tmp_path):
    impl = _impl(tmp_path, "岚川市云溪区2031年政府工作报告")
    assert ("云溪区人民政府", "青苗扩面工程") in impl
    assert any(a == "云溪区人民政府" and "康养中心" in b for a, b in impl)
    assert not any(a.startswith("岚川市") for a, _ in impl)


def test_the_speaker_is_also_named_by_its_place(tmp_path):
    p = tmp_path / "report.txt"
    p.write_text("岚川市云溪区2031年政府工作报告\n\n" + _BODY, encoding="utf-8")
    kg = process_text(load_document(str(p)))
    node = next(n for n in kg.nodes() if n.name == "云溪区人民政府")
    assert "云溪区" in node.aliases


def test_a_province_report_keeps_its_province(tmp_path):
    impl = _impl(tmp_path, "江岚省2031年政府工作报告")
    assert ("江岚省人民政府", "青苗扩面工程") in impl


def test_a_title_that_is_no_government_report_names_no_speaker(tmp_path):
    impl = _impl(tmp_path, "岚川市云溪区2031年统计公报")
    assert not any(a.startswith(("云溪区", "岚川市")) for a, _ in impl)
