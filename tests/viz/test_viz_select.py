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
