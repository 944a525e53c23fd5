"""Named campaigns (``X攻坚战``, ``Y保卫战``), hubs a place sets out to build (``Z人才高地``) and
pilots of reform or opening (``W制度型开放试验``) are programmes a body carries out; a battle
that is no named campaign, a hill, or a laboratory test is not."""

from tests.loaders.extraction_helpers import edges, extract


def _impl(text: str) -> set[tuple[str, str]]:
    return {(a, b) for a, r, b in edges(extract(text)) if r == "IMPLEMENTS"}


def test_a_named_campaign_is_carried_out():
    assert ("溪宁市人民政府", "净水保卫战") in _impl("溪宁市人民政府持续推进净水保卫战。")
    assert ("岚州省生态环境厅", "土壤污染防治攻坚战") in _impl(
        "岚州省生态环境厅打好土壤污染防治攻坚战。")


def test_a_hub_and_a_pilot_are_carried_out():
    assert ("溪宁市人民政府", "青年人才高地") in _impl("溪宁市人民政府加快建设青年人才高地。")
    assert ("岚州省商务厅", "跨境数据流动开放试验") in _impl(
        "岚州省商务厅开展跨境数据流动开放试验。")


def test_no_campaign_no_hub():
    assert not _impl("岚州省地质队登上一处高地。")
    assert not _impl("恒拓集团实验室开展电池耐高温试验。")
