"""The spelling a node keeps among names that differ only in case, width or quotes
(:mod:`conceptkg.curation.respell`)."""

from __future__ import annotations

from conceptkg.curation.ops import Changes
from conceptkg.curation.respell import respell
from conceptkg.graph import KnowledgeGraph, Node


def test_a_spelling_no_document_left_gives_is_not_chosen_even_if_their_texts_contain_it():
    """After a remove took away the only document that named the plan “溪宁”计划, the
    documents left name it 溪宁计划 (their extraction dropped the quotes), though their texts
    contain the quoted spelling: the node is named as they name it, and the quoted spelling,
    which no document left gives, is no alias (as in a build of those documents)."""
    kg = KnowledgeGraph()
    plan = Node(name="“溪宁”计划", type="Initiative", aliases=["溪宁计划"],
                alias_docs={"溪宁计划": ["d1", "d2"]}, counts={"d1": 1, "d2": 2})
    kg.add_node(plan)
    ch = Changes()
    ch.seen(kg)

    def naming(name: str) -> int:  # (both texts write the quotes)
        return 2 if name == "“溪宁”计划" else 0

    assert respell(kg, ch, naming) == [("“溪宁”计划", "溪宁计划")]
    [node] = kg.nodes()
    assert (node.name, node.aliases, node.alias_docs) == ("溪宁计划", [], {})


def test_every_spelling_a_document_gives_stays_a_candidate():
    kg = KnowledgeGraph()
    kg.add_node(Node(name="溪宁Smart计划", type="Initiative", aliases=["溪宁SMART计划"],
                     alias_docs={"溪宁SMART计划": ["d2"]}, counts={"d1": 1, "d2": 1}))
    ch = Changes()
    ch.seen(kg)
    respell(kg, ch, lambda name: 2 if name == "溪宁SMART计划" else 1)
    [node] = kg.nodes()
    assert (node.name, node.aliases, node.alias_docs) == (
        "溪宁SMART计划", ["溪宁Smart计划"], {"溪宁Smart计划": ["d1"]})
