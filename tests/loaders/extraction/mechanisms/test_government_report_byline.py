"""Round m96 on texts of our own: a government work report whose title names no place
(``政府工作报告``) is signed on a title line by the head of government (``甲乙市人民政府市长
某某``): the government speaks, and the programmes its subjectless sentences launch are its
own. A byline of anyone else, or a line that is a sentence, names no speaker."""

from tests.loaders.extraction_helpers import file_edges

_BODY = ("（一）聚力科技创新，培育发展新动能\n\n"
         "深入实施“青苗扩面”工程，全年引进高校毕业生3万人。"
         "加快建设溪宁算力中心，新建基站800个。\n\n"
         "（二）坚持产业立市，构建现代化产业体系\n\n"
         "产业是城市发展的根基。\n")


def _impl(tmp_path, head: str) -> set[tuple[str, str]]:
    return {(a, b) for a, r, b in file_edges(tmp_path, head + _BODY) if r == "IMPLEMENTS"}


def test_the_head_of_government_signs_for_the_government(tmp_path):
    impl = _impl(tmp_path, "政府工作报告\n\n——2031年1月8日在大会上\n\n溪宁市人民政府市长 王甲\n\n"
                 "一、今年工作安排\n\n今年要重点抓好以下工作。\n\n")
    assert ("溪宁市人民政府", "青苗扩面工程") in impl
    assert any(a == "溪宁市人民政府" and "算力中心" in b for a, b in impl)


def test_a_byline_of_no_head_of_government_names_no_speaker(tmp_path):
    impl = _impl(tmp_path, "政府工作报告\n\n——2031年1月8日在大会上\n\n溪宁市科学技术协会 王甲\n\n"
                 "一、今年工作安排\n\n今年要重点抓好以下工作。\n\n")
    assert not any(a.startswith("溪宁市") for a, _ in impl)


def test_a_sentence_is_no_byline(tmp_path):
    impl = _impl(tmp_path, "工作报告\n\n溪宁市人民政府市长王甲说，今年要办好十件实事。\n\n")
    assert not any(a == "溪宁市人民政府" for a, _ in impl)
