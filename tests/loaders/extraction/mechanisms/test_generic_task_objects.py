"""What a body carries out: not its generic task (推进各项工作任务, 把X作为首要任务:
``stop_heads``), but a named programme, or a facility the text names right after the verb
(高标准建设甲湖科学城). Made-up sentences."""

from tests.loaders.extraction_helpers import edges, extract


def _impl(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "IMPLEMENTS"}


def test_a_generic_task_is_no_programme():
    got = _impl("新的一年，岚州市工业和信息化局将扎实推进工作任务落地见效。")
    assert not any(t.endswith("任务") for _s, t in got)


def test_a_named_programme_is():
    got = _impl("新的一年，岚州市工业和信息化局将扎实推进“岚企上云”专项行动。")
    assert ("岚州市工业和信息化局", "岚企上云专项行动") in got


def test_a_facility_the_verb_builds_is_the_speakers_programme():
    text = ("政府工作报告\n——2026年1月9日在青州市第十七届人民代表大会第五次会议上\n"
            "青州市人民政府市长李青\n二、2026年工作安排\n"
            "深入实施“创新青州”三年攻坚行动，全社会研发投入强度提高到2.6%以上。"
            "高标准建设青湖科学城，加快推进青州实验室建设。")
    assert ("青州市人民政府", "青湖科学城") in _impl(text)
