"""A head made of a generic qualifier and a generic noun of provision (A、B等配套设施, A、B等新
服务, A、B等高频事项) owns no INCLUDES edge; the items stay nodes
(includes/generic_kind_heads.py). All texts are made up for these tests."""

from tests.loaders.extraction_helpers import edges, extract, node_types


def _includes(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "INCLUDES"}


def test_generic_kinds_of_provision_own_no_parts():
    for text in ("景区的游客驿站、观景平台等配套设施也已更新。",
                 "平台年底前将上线碳资产核算、绿证撮合等新服务。",
                 "在企业登记、社保查询等高频事项中率先应用智能问答。",
                 "园区覆盖充电站、储能电站和可调节负荷等多类资源。"):
        assert not _includes(text), text


def test_the_items_stay_nodes():
    kg = extract("平台年底前将上线碳资产核算、绿证撮合等新服务。")
    assert "碳资产核算" in node_types(kg)


def test_a_head_with_a_word_of_content_keeps_its_list():
    got = _includes("集团为园区企业提供分布式光伏、绿电交易等综合能源服务。")
    assert ("综合能源服务", "绿电交易") in got


def test_a_lexicon_term_keeps_its_list():
    got = _includes("加快建设5G基站、数据中心等新型基础设施。")
    assert ("新型基础设施", "数据中心") in got
