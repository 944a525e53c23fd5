"""subgraph(): type filters and the focus (ego) view."""

from __future__ import annotations

import pytest

from conceptkg.errors import ParameterError
from conceptkg.viz import subgraph


def _names(kg) -> set[str]:
    return {n.name for n in kg.nodes()}


def test_no_arguments_keeps_everything(small_kg):
    sub = subgraph(small_kg)
    assert len(sub) == len(small_kg) and sub.number_of_edges == small_kg.number_of_edges
    assert set(sub.documents) == set(small_kg.documents)


@pytest.mark.parametrize(("depth", "expected"), [
    (0, {"国家发展改革委"}),
    (1, {"国家发展改革委", "数字中国建设行动", "新质生产力"}),
    (2, {"国家发展改革委", "数字中国建设行动", "新质生产力", "科技创新", "数字经济",
         "绿色低碳产业"}),
])
def test_focus_depth_follows_edges_both_ways(small_kg, depth, expected):
    assert _names(subgraph(small_kg, "国家发展改革委", depth)) == expected


def test_focus_matches_aliases_after_normalization(small_kg):
    assert _names(subgraph(small_kg, " nqp ", 0)) == {"新质生产力"}
    assert _names(subgraph(small_kg, "“发改委”", 0)) == {"国家发展改革委"}


def test_focus_edges_are_only_those_between_kept_nodes(small_kg):
    sub = subgraph(small_kg, "科技创新", 1)
    assert _names(sub) == {"科技创新", "新质生产力", "研发投入强度"}
    assert sorted(e.type for e in sub.edges()) == ["DRIVES", "MEASURES"]


def test_type_filters_apply_before_the_focus_walk(small_kg):
    # without Initiative nodes 发改委 reaches 数字经济 only through 新质生产力
    sub = subgraph(small_kg, "发改委", 2, node_types=["Organization", "Concept"])
    assert _names(sub) == {"国家发展改革委", "新质生产力", "数字经济", "绿色低碳产业"}
    sub = subgraph(small_kg, "发改委", 3, edge_types=["IMPLEMENTS"])
    assert _names(sub) == {"国家发展改革委", "数字中国建设行动", "新质生产力"}


def test_unknown_focus_is_a_parameter_error(small_kg):
    with pytest.raises(ParameterError, match="matches no node"):
        subgraph(small_kg, "不存在")
    with pytest.raises(ParameterError, match="selected node types"):
        subgraph(small_kg, "发改委", node_types=["Concept"])
    with pytest.raises(ParameterError, match="non-empty"):
        subgraph(small_kg, "  ")
    with pytest.raises(ParameterError, match="depth"):
        subgraph(small_kg, "发改委", -1)
    with pytest.raises(ParameterError, match="between 0 and 10"):
        subgraph(small_kg, "发改委", 11)


def test_subgraph_copies_nodes(small_kg):
    sub = subgraph(small_kg, "发改委", 1)
    (node,) = sub.find("发改委")
    node.aliases.append("改过")
    assert "改过" not in small_kg.find("发改委")[0].aliases


def test_the_page_centres_on_the_node_of_that_name_not_on_those_with_it_as_alias(
        small_kg, tmp_path):
    """``--focus 科技创新`` where another node has 科技创新 as an alias: both neighbourhoods are
    drawn, but the page centres on the node named so (fitting two distant nodes zoomed the view
    out until no label was readable); with no node of that name, on an alias match."""
    from conceptkg.graph import Node
    from conceptkg.viz import render_html
    from conceptkg.viz.select import page_focus_ids
    from tests.viz.viz_helpers import page_data

    tech = small_kg.find("科技创新")[0]
    other = Node(name="岚州科技创新", type="Concept", aliases=["科技创新", "溪宁创新"])
    small_kg.add_node(other)
    assert {n.id for n in small_kg.find("科技创新")} == {tech.id, other.id}
    assert page_focus_ids(small_kg, "科技创新") == [tech.id]
    assert page_focus_ids(small_kg, "溪宁创新") == [other.id]
    assert _names(subgraph(small_kg, "科技创新", 0)) == {"科技创新", "岚州科技创新"}
    path = render_html(small_kg, tmp_path / "g.html", focus="科技创新", depth=1)
    assert page_data(path.read_text(encoding="utf-8"))["meta"]["focus"] == [tech.id]


def test_an_unknown_focus_suggests_the_closest_names(small_kg):
    with pytest.raises(ParameterError, match=r"\(similar: 新质生产力\)$"):
        subgraph(small_kg, "新质生产")  # a name cut short
    with pytest.raises(ParameterError, match=r"similar: 数字经济"):
        subgraph(small_kg, "数字经济体")  # one character too many
    with pytest.raises(ParameterError, match=r"similar: 国家发展改革委"):
        subgraph(small_kg, "国家发展和改革委")  # a near spelling: names most alike
    with pytest.raises(ParameterError) as e:
        subgraph(small_kg, "岚州恒拓")
    assert "similar" not in str(e.value)


def test_a_name_several_nodes_share_centres_the_page_on_the_best_connected(tmp_path):
    """``--focus 岚州`` where an Organization and a Concept are both named 岚州: the page
    fitted both with all their neighbours (hundreds of nodes on a real corpus: no label readable,
    no evidence panel); it centres on the one with the most edges, and draws both."""
    from conceptkg.graph import Edge, KnowledgeGraph, Node
    from conceptkg.viz import render_html
    from conceptkg.viz.select import page_focus_ids
    from tests.viz.viz_helpers import page_data

    kg = KnowledgeGraph()
    lone = kg.add_node(Node(name="岚州", type="Concept"))
    org = kg.add_node(Node(name="岚州", type="Organization"))
    other = kg.add_node(Node(name="溪宁市", type="Organization"))
    for i, name in enumerate(["岚州港航工程", "岚州数据平台", "岚州智造行动"]):
        init = kg.add_node(Node(name=name, type="Initiative"))
        kg.add_edge(Edge(source=org.id, target=init.id, type="IMPLEMENTS"))
        if i == 0:
            kg.add_edge(Edge(source=other.id, target=init.id, type="IMPLEMENTS"))
    kg.add_edge(Edge(source=other.id, target=lone.id, type="IMPLEMENTS"))
    assert page_focus_ids(kg, "岚州") == [org.id]
    path = render_html(kg, tmp_path / "g.html", focus="岚州", depth=1)
    data = page_data(path.read_text(encoding="utf-8"))
    assert data["meta"]["focus"] == [org.id]
    assert {lone.id, org.id} <= {n["id"] for n in data["nodes"]}
