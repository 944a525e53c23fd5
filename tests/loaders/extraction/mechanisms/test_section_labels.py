"""A heading that only labels a section of a plan (二、重点任务, 三、保障措施, a time before it)
names no thing; a label a relation reads, or a heading that names a programme, stays."""

from conceptkg.graph.models import Document
from conceptkg.loaders.extraction.builder import GraphBuilder
from conceptkg.loaders.extraction.extract import get_lexicon
from conceptkg.loaders.extraction.mentions.mention_types import Ent
from conceptkg.loaders.extraction.rules.common import Found

LEX = get_lexicon(())
LABELS = (frozenset(LEX.list("section_labels")), LEX.regex("section_label_time"),
          "".join(LEX.list("label_colon_chars")))


def _names(ents: list[Ent], found: list[Found] = ()) -> set[str]:
    doc = Document.from_text("x" * 40, path="t.txt")
    b = GraphBuilder(doc, doc.text, section_labels=LABELS)
    for e in ents:
        b.node(e, (0, 10))
    for f in found:
        b.edge(f, (0, 10))
    return {n.name for n in b.graph().nodes()}


def test_a_section_label_read_from_a_heading_is_no_node():
    got = _names([Ent("重点任务", "Initiative", 2, 6, "chunk"),
                  Ent("下半年重点任务", "Initiative", 2, 9, "chunk"),
                  Ent("2025年经营计划", "Initiative", 2, 12, "chunk"),
                  Ent("保障措施", "Initiative", 2, 6, "chunk")])
    assert got == set()


def test_a_label_a_relation_reads_or_a_named_programme_stays():
    task = Ent("重点任务", "Initiative", 2, 6, "chunk")
    part = Ent("甲乙提升行动", "Initiative", 8, 14, "chunk")
    got = _names([Ent("乡村物流提速行动", "Initiative", 2, 10, "chunk"),
                  Ent("重点任务", "Initiative", 2, 6, "lexicon")],
                 [Found(task, "INCLUDES", part, "includes_verb")])
    assert {"乡村物流提速行动", "重点任务", "甲乙提升行动"} <= got


def test_a_label_and_its_text_read_as_one_chunk_is_no_node():
    got = _names([Ent("牵头单位：区数据中心", "Initiative", 2, 12, "chunk"),
                  Ent("治理：把规矩写进章程", "Initiative", 2, 12, "chunk"),
                  Ent("区数据中心", "Organization", 7, 12, "org_name")])
    assert got == {"区数据中心"}
