"""Round m96 on texts of our own: in a plan task whose title names no programme, a clause that
launches a programme may open with an adverb of manner or pace before its verb (``全面实施“Y”
三年行动``, ``深入开展Z专项行动``: ``task_body_launch_adverbs``); the units of the task's box
implement that programme instead of the title. An adverb before a verb that launches nothing
(``全面推进X``) changes nothing."""

from tests.loaders.extraction_helpers import edges, extract

_BOX = ("松城甲区数字经济2033年工作方案\n\n一、重点任务\n\n"
        "（二）推进制造业转型升级。{body}（区工业和信息化局牵头，区财政局按职责分工负责）\n\n"
        "（三）加快新型基础设施建设。推进算力中心建设。（区数据资源局负责）\n")


def _impl(body: str) -> set[tuple[str, str]]:
    g = extract(_BOX.format(body=body))
    return {(a, b) for a, r, b in edges(g) if r == "IMPLEMENTS"}


def test_an_adverb_before_the_launching_verb():
    impl = _impl("全面实施“智造甲区”三年行动，对完成改造的企业给予补助。")
    assert ("区工业和信息化局", "智造甲区三年行动") in impl
    assert ("区财政局", "智造甲区三年行动") in impl
    assert ("区工业和信息化局", "制造业转型升级") not in impl


def test_two_adverbs_before_the_launching_verb():
    impl = _impl("对企业给予补助，持续深入开展工业设备焕新专项行动。")
    assert ("区工业和信息化局", "工业设备焕新专项行动") in impl


def test_an_adverb_before_another_verb_launches_nothing():
    impl = _impl("全面推进企业上云，对完成改造的企业给予补助。")
    assert ("区工业和信息化局", "制造业转型升级") in impl
    assert all("上云" not in b for _, b in impl)
