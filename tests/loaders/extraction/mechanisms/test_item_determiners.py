"""Round m96 on texts of our own: a subject that takes up a programme named before (``该行动由A
组织实施``) finds a quoted name whatever the segmenter makes of the words inside its quotes;
``这项``/``该项``/``此项`` (``item_determiners``) point at the matter their own paragraph has just
described, not at a name of an earlier paragraph."""

from tests.loaders.extraction_helpers import edges, extract


def _impl(text: str) -> set[tuple[str, str]]:
    return {(a, b) for a, r, b in edges(extract(text)) if r == "IMPLEMENTS"}


def test_a_quoted_name_is_taken_up_whole():
    impl = _impl("今年启动“甲企上云”专项行动。该行动由市数据局组织实施，引导企业上云。\n")
    assert ("市数据局", "甲企上云专项行动") in impl
    impl = _impl("今年启动“甲企上云”专项行动。这项行动由市数据局组织实施，引导企业上云。\n")
    assert ("市数据局", "甲企上云专项行动") in impl


def test_an_item_determiner_stays_in_its_paragraph():
    impl = _impl("市商务局于8月启动“焕新甲市”以旧换新活动，补贴家电。\n\n"
                 "周末的“乙丙山海市集”人气很旺。这项活动由乙丙县农业农村局组织实施，已举办36期。\n")
    assert ("乙丙县农业农村局", "焕新甲市以旧换新活动") not in impl
    assert all("以旧换新" not in b for a, b in impl if a == "乙丙县农业农村局")
