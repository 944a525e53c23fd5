"""Round m110 on texts of our own: 双方 stands for the two parties of the signing its own
sentence reports (…还与乙院签署合作协议，双方将共建X), not for those of the document's first
signing; the second party may be a body's name the mention finder missed. Without a signing in
its sentence, 双方 still names the document's first two parties."""

from tests.loaders.extraction_helpers import edges, extract


def _impl(text: str) -> set[tuple[str, str]]:
    return {(a, b.replace("“", "").replace("”", "")) for a, r, b in edges(extract(text))
            if r == "IMPLEMENTS"}


def test_the_signing_of_the_sentence():
    impl = _impl("恒拓智能科技有限公司今天发布新一代工业大模型。恒拓智能科技有限公司与岚州大学签署"
                 "人才培养协议。发布会上，恒拓智能科技有限公司还与岚州市工业互联网研究院签署合作协议，"
                 "双方将共建“工业智能联合创新中心”。")
    assert ("岚州市工业互联网研究院", "工业智能联合创新中心") in impl
    assert ("恒拓智能科技有限公司", "工业智能联合创新中心") in impl
    assert ("岚州大学", "工业智能联合创新中心") not in impl


def test_the_first_signing_of_the_document():
    impl = _impl("恒拓智能科技有限公司与岚州大学签署战略合作协议。"
                 "根据协议，双方将共建“智能制造联合实验室”。")
    assert ("岚州大学", "智能制造联合实验室") in impl
