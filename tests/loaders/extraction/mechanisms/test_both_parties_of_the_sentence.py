"""Round m110 on texts of our own: 双方 stands for the two parties of the signing its own
sentence reports (…还同丙所签订框架协议，双方将共建X), not for those of the document's first
signing; the second party may be a body's name the mention finder missed. Without a signing in
its sentence, 双方 still names the document's first two parties."""

from tests.loaders.extraction_helpers import edges, extract


def _impl(text: str) -> set[tuple[str, str]]:
    return {(a, b.replace("“", "").replace("”", "")) for a, r, b in edges(extract(text))
            if r == "IMPLEMENTS"}


def test_the_signing_of_the_sentence():
    impl = _impl("栖梧数控装备有限公司昨日推出新一代五轴机床。栖梧数控装备有限公司与岚州大学签署"
                 "联合办学协议。推介会后，栖梧数控装备有限公司还与岚州市海洋装备研究院签署框架协议，"
                 "双方今后将共建“深海机床协同试验基地”。")
    assert ("岚州市海洋装备研究院", "深海机床协同试验基地") in impl
    assert ("栖梧数控装备有限公司", "深海机床协同试验基地") in impl
    assert ("岚州大学", "深海机床协同试验基地") not in impl


def test_the_first_signing_of_the_document():
    impl = _impl("栖梧数控装备有限公司同岚州大学签订长期合作协议。"
                 "按照约定，双方将共建“精密刀具联合实验室”。")
    assert ("岚州大学", "精密刀具联合实验室") in impl
