"""推进X示范工程建设: a programme named with a noun of carrying it out (``programme_process_tails``
after a ``programme_process_heads`` word) is the programme itself, the longer name its alias, so
that the clauses and rules that name it with and without the noun give one node. Made-up
sentences."""

from __future__ import annotations

from tests.loaders.extraction_helpers import edges, extract


def _initiatives(text: str) -> dict[str, list[str]]:
    kg = extract(text)
    return {n.name: n.aliases for n in kg.nodes() if n.type == "Initiative"}


def test_the_noun_of_carrying_out_is_no_part_of_the_programme() -> None:
    got = _initiatives("甲省商务厅联合乙科技集团，推进智慧物流示范工程建设。")
    assert "智慧物流示范工程" in got and "智慧物流示范工程建设" not in got
    assert "智慧物流示范工程建设" in got["智慧物流示范工程"]


def test_one_node_whichever_way_the_programme_is_named() -> None:
    got = _initiatives("甲市启动绿色工厂提升工程。乙公司参与绿色工厂提升工程建设。")
    assert [n for n in got if n.startswith("绿色工厂提升工程")] == ["绿色工厂提升工程"]


def test_a_head_that_names_no_programme_keeps_its_noun() -> None:
    # a park's or a centre's 建设 builds a facility: 智慧园区建设 is the name of the initiative
    got = _initiatives("星河科技集团推进智慧园区建设。")
    assert "智慧园区建设" in got and "智慧园区" not in got
    assert ("星河科技集团", "IMPLEMENTS", "物流集散中心建设") in edges(
        extract("星河科技集团推进物流集散中心建设。"))


def test_a_facility_of_a_name_of_its_own_is_named_without_its_building() -> None:
    got = _initiatives("岚州市人民政府与恒拓集团签署协议，双方将共同推进岚州恒拓新材料产业园建设。")
    assert "岚州恒拓新材料产业园" in got
    assert "岚州恒拓新材料产业园建设" in got["岚州恒拓新材料产业园"]
    got = _initiatives("恒拓集团加快推进年产5万吨新材料项目建设。")
    assert "年产5万吨新材料项目" in got
