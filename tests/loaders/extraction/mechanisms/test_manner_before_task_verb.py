"""Round m110 on texts of our own: in a government report, a task clause whose verb follows a
manner (高标准建设X, 常态化开展Y) or opens a verb compound (开工建设X) has no subject of its own:
the report's government carries it out. A body named before the verb still acts itself."""

from tests.loaders.extraction_helpers import file_edges

_HEAD = ("政府工作报告\n\n——2031年1月8日在大会上\n\n溪宁市人民政府市长 王甲\n\n"
         "一、今年工作安排\n\n今年着力抓好六个方面工作。\n\n")


def _impl(tmp_path, body: str) -> set[tuple[str, str]]:
    return {(a, b.replace("“", "").replace("”", "")) for a, r, b in
            file_edges(tmp_path, _HEAD + body) if r == "IMPLEMENTS"}


def test_a_manner_before_the_verb_is_no_subject(tmp_path):
    impl = _impl(tmp_path, "常态化开展“溪企早餐会”政企座谈活动，当场回应企业诉求。\n")
    assert ("溪宁市人民政府", "溪企早餐会政企座谈活动") in impl


def test_a_verb_compound_is_no_subject(tmp_path):
    impl = _impl(tmp_path, "开工建设溪宁南站交通枢纽和溪江调水工程，扩大有效投资。\n")
    assert ("溪宁市人民政府", "溪江调水工程") in impl


def test_a_body_before_the_verb_acts_itself(tmp_path):
    impl = _impl(tmp_path, "市文旅局常态化开展“溪宁夜游”消费季活动。\n")
    assert ("市文旅局", "溪宁夜游消费季活动") in impl
    assert ("溪宁市人民政府", "溪宁夜游消费季活动") not in impl
