"""KnowledgeGraph.find: an index by normalized name and alias, kept right as the graph changes."""

import time

from conceptkg.graph import KnowledgeGraph, Node
from conceptkg.graph.models import normalize_name
from tests.helpers import rich_graph


def brute_find(kg, name):
    """What find answered before its index: every node, in id order."""
    key = normalize_name(name)
    return [n for n in kg.nodes() if key in {normalize_name(x) for x in (n.name, *n.aliases)}]


def names(kg):
    return [*sorted({x for n in kg.nodes() for x in (n.name, *n.aliases)}), "溪宁市", "岚州"]


def assert_same(kg):
    for name in names(kg):
        assert [n.id for n in kg.find(name)] == [n.id for n in brute_find(kg, name)], name


def test_find_follows_adds_merges_renames_and_removals():
    kg = rich_graph()
    assert_same(kg)
    a = kg.add_node(Node(name="恒拓集团", type="Organization", aliases=["恒拓"]))
    b = kg.add_node(Node(name="恒拓", type="Concept"))  # one name, two nodes
    assert [n.id for n in kg.find("恒拓")] == sorted([a.id, b.id])
    kg.add_node(Node(name="恒拓集团", type="Organization", aliases=["恒拓集团公司"]))  # a merge
    assert kg.find("恒拓集团公司") == [a]
    assert_same(kg)
    a.name = "溪宁市"  # renamed in place, as curation does
    assert kg.find("溪宁市") == [a] and kg.find("恒拓集团") == []
    a.aliases = ["岚州"]
    assert kg.find("恒拓集团公司") == [] and kg.find("ＬＡＮ") == [] and kg.find("岚州") == [a]
    assert_same(kg)
    kg.remove_node(b.id)
    assert kg.find("恒拓") == []
    assert_same(kg)
    kg.remove_node(a.id)
    assert kg.find("溪宁市") == [] and kg.find("岚州") == []
    other = KnowledgeGraph()
    other.update(kg)
    assert_same(other)


def test_curation_renames_and_merges_are_found():
    from conceptkg.curation.ops import Changes, move_node

    kg = rich_graph()
    [tech] = kg.find("科技创新")
    move_node(kg, tech, Changes(), name="岚州创新", note={})
    assert [n.name for n in kg.find("岚州创新")] == ["岚州创新"]
    assert [n.name for n in kg.find("科技创新")] == ["岚州创新"]  # the old name is an alias
    assert_same(kg)


def test_find_over_every_name_of_a_large_graph_is_fast():
    kg = KnowledgeGraph()
    for i in range(6000):
        kg.add_node(Node(name=f"岚州项目{i}", type="Concept", aliases=[f"溪宁{i}"]), copy=False)
    start = time.perf_counter()
    for i in range(6000):
        assert len(kg.find(f"溪宁{i}")) == 1
    assert time.perf_counter() - start < 1.5


def test_find_notices_aliases_changed_in_place():
    """A name list changed in place (append, extend, remove, +=, item assignment, clear) is
    found as a new list assigned would be."""
    kg = rich_graph()
    a = kg.add_node(Node(name="恒拓集团", type="Organization", aliases=["恒拓"]))
    assert kg.find("恒拓集团") == [a]
    a.aliases.append("岚州恒拓")
    assert kg.find("岚州恒拓") == [a]
    a.aliases.extend(["溪宁恒拓", "恒拓控股"])
    assert kg.find("溪宁恒拓") == [a] and kg.find("恒拓控股") == [a]
    a.aliases.remove("恒拓")
    assert kg.find("恒拓") == []
    a.aliases[0] = "岚州恒拓公司"
    assert kg.find("岚州恒拓公司") == [a] and kg.find("岚州恒拓") == []
    a.aliases += ["恒拓股份"]
    assert kg.find("恒拓股份") == [a]
    del a.aliases[0]
    assert kg.find("岚州恒拓公司") == []
    assert_same(kg)
    a.aliases.clear()
    assert kg.find("溪宁恒拓") == [] and kg.find("恒拓集团") == [a]
    assert_same(kg)
    # a node copied into the graph (add_node copies) and one merged in are tracked too
    b = kg.add_node(Node(name="溪宁港", type="Organization"))
    kg.add_node(Node(name="溪宁港", type="Organization", aliases=["溪宁港务"]))
    b.aliases.append("港务溪宁")
    assert kg.find("港务溪宁") == [b]
    assert_same(kg)


def test_tracked_aliases_stay_plain_lists_to_users():
    kg = KnowledgeGraph()
    a = kg.add_node(Node(name="恒拓集团", type="Organization", aliases=["恒拓"]))
    kg.find("恒拓")
    assert a.aliases == ["恒拓"] and isinstance(a.aliases, list)
    assert a.model_dump()["aliases"] == ["恒拓"]
    assert Node.model_validate_json(a.model_dump_json()) == a
