"""Round m110 on texts of our own: a town's (镇, 乡) government work report is signed like a
city's (``甲乙镇人民政府镇长 某某``): the town government speaks, its subjectless sentences and
its self-references (我镇, 镇政府) carry out its programmes. A town's cooperative named in the
text is no speaker."""

from tests.loaders.extraction_helpers import file_edges

_HEAD = ("政 府 工 作 报 告\n\n——2031年1月8日在溪口镇十届人大二次会议上\n\n"
         "溪口镇人民政府镇长\u3000王甲\n\n各位代表：\n\n一、2030年工作回顾\n\n回顾上一年，全镇干部群众齐心协力。\n\n")
_BODY = ("我镇借助溪口古渡等人文资源，着手打造“溪口渔歌”田园综合体，全年吸引游客9万人次。"
         "镇政府会同县供销社举办“溪口鲜品”直播带货大赛。\n\n"
         "深入实施“青苗扩面”工程，全年引进高校毕业生300人。\n\n")


def _impl(tmp_path, text: str) -> set[tuple[str, str]]:
    return {(a, b.strip("“”")) for a, r, b in file_edges(tmp_path, text) if r == "IMPLEMENTS"}


def test_the_head_of_a_town_signs_for_its_government(tmp_path):
    impl = _impl(tmp_path, _HEAD + _BODY)
    assert any(a == "溪口镇人民政府" and "田园综合体" in b for a, b in impl)
    assert ("溪口镇人民政府", "青苗扩面”工程") in impl or ("溪口镇人民政府", "青苗扩面工程") in impl
    assert any(a == "溪口镇人民政府" and "直播带货大赛" in b for a, b in impl)


def test_a_town_cooperative_is_no_speaker(tmp_path):
    impl = _impl(tmp_path, "工作总结\n\n溪口镇果蔬专业合作社\u3000王甲\n\n" + _BODY)
    assert not any(a == "溪口镇人民政府" for a, _ in impl)
