"""Round m110 on texts of our own: a plan's numbered task closed by a box of units
(``（责任单位：A、B）``) whose title opens with a verb of setting up (设立X基金, 绘制Y图谱, 推进Z
建设) names the thing without that verb: each unit carries out X."""

from tests.loaders.extraction_helpers import edges, extract

_HEAD = "岚州市2031年算力产业培育重点任务\n\n"


def _impl(text: str) -> set[tuple[str, str]]:
    return {(a, b) for a, r, b in edges(extract(_HEAD + text)) if r == "IMPLEMENTS"}


def test_the_title_without_its_verb_of_setting_up():
    impl = _impl("4. 设立岚州市算力产业引导基金。由财政出资10亿元，重点支持工业软件企业。"
                 "（责任单位：市算力办、市数据局）\n")
    assert ("市算力办", "岚州市算力产业引导基金") in impl
    assert not any(b.startswith("设立") for _, b in impl)
