"""A count with its measure word closing a concept's or a factor's name (``甲乙新材料五条``,
``企业数据三类``) is no part of the name, as for an initiative; the full form stays an alias."""

from conceptkg.graph.models import Document
from conceptkg.loaders.extraction.builder import GraphBuilder
from conceptkg.loaders.extraction.extract import get_lexicon
from conceptkg.loaders.extraction.mentions.mention_types import Ent

TAIL = get_lexicon(()).regex("count_tail")


def _node(ent: Ent) -> tuple[str, tuple[str, ...]]:
    doc = Document.from_text("x" * 40, path="t.txt")
    b = GraphBuilder(doc, doc.text, TAIL)
    b.node(ent, (0, 20))
    [n] = b.graph().nodes()
    return n.name, tuple(n.aliases)


def test_a_count_closing_a_concept_or_factor_is_left_off():
    name, aliases = _node(Ent("纺织新材料五条", "Concept", 0, 7, "chunk"))
    assert name == "纺织新材料" and "纺织新材料五条" in aliases
    assert _node(Ent("企业公共数据三类", "Factor", 0, 8, "chunk"))[0] == "企业公共数据"


def test_short_names_and_lexicon_terms_keep_the_count():
    assert _node(Ent("三农两类", "Concept", 0, 4, "chunk"))[0] == "三农两类"
    assert _node(Ent("甲乙丙五条", "Concept", 0, 5, "lexicon"))[0] == "甲乙丙五条"
