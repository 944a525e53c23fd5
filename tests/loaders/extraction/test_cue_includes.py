"""INCLUDES around list cues, with list heads and items the lexicon does not know."""

import pytest

from ..extraction_helpers import edges, extract


@pytest.mark.parametrize("text, expected", [
    ("首批试点项目包括滨江栈道、古镇书房、湿地步道。",
     {("首批试点项目", "INCLUDES", x) for x in ("滨江栈道", "古镇书房", "湿地步道")}),
    # the list closes with 等 and its head
    ("推进茶叶、竹笋、菌菇等特色农产品加工。",
     {("特色农产品", "INCLUDES", x) for x in ("茶叶", "竹笋", "菌菇")}),
    # 以…为代表的
    ("以智能网联为代表的汽车新技术不断涌现。", {("汽车新技术", "INCLUDES", "智能网联")}),
    # a head that closes the clause before: …X，包括A、B
    ("全市启动了三类惠民服务，包括上门体检、助餐配送。",
     {("三类惠民服务", "INCLUDES", "上门体检"), ("三类惠民服务", "INCLUDES", "助餐配送")}),
])
def test_includes_with_unknown_heads_and_items(text, expected):
    got = edges(extract(text))
    assert expected <= got or {(s, t, o) for s, t, o in got if t == "INCLUDES"} >= {
        (s.replace("三类", ""), t, o) for s, t, o in expected}


@pytest.mark.parametrize("text", [
    "加强教育、医疗、养老等方面的保障。",        # a vague head (方面) owns no list
    "园区集聚企业120余家，包括甲乙公司、丙丁公司。",  # a figure is no list head
    "为包括本地和外地游客在内的各类人群服务。",     # 包括…在内 lists no parts
])
def test_no_includes_under_vague_heads_or_figures(text):
    assert not {e for e in edges(extract(text)) if e[1] == "INCLUDES"}


def test_quantities_are_not_items():
    got = edges(extract("新建设施包括3座泵站、2条管廊。"))
    assert not any(o[0].isdigit() for _, t, o in got if t == "INCLUDES")
