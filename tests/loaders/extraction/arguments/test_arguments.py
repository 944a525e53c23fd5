"""Typing, naming and actor recognition of phrases the lexicon does not know."""

import pytest

from conceptkg.loaders.extraction.arguments.finder import ArgumentFinder
from conceptkg.loaders.extraction.mentions.find import find_mentions
from conceptkg.loaders.lexicon import get_lexicon


def finder(text: str) -> ArgumentFinder:
    lex = get_lexicon(())
    return ArgumentFinder(text, lex, find_mentions(text, lex))


@pytest.mark.parametrize("phrase, typ", [
    ("银发经济", "Concept"),          # no head word: a concept
    ("乡村振兴示范工程", "Initiative"),  # …工程
    ("城市更新行动", "Initiative"),     # …行动
    ("海洋数据要素", "Factor"),         # …要素
    ("高质量发展", "Concept"),          # a lexicon term keeps its type
])
def test_type_from_head_word(phrase, typ):
    assert finder(phrase).type_of(phrase) == typ


def test_aliases_drop_counts_keep_quoted_core_and_tail_after_的():
    f = finder("")
    assert "惠民举措" in f.aliases("12项惠民举措")
    assert "重点项目" in f.aliases("一批重点项目")
    assert "清风行动" in f.aliases("“清风行动”专项整治")
    assert "智慧农场" in f.aliases("覆盖全县的智慧农场")


def test_gloss_in_brackets_is_an_alias_not_part_of_the_name():
    text = "TSN（时间敏感网络）"
    ent = finder(text).entity(0, len(text), "t")
    assert ent is not None and ent.name == "TSN" and "时间敏感网络" in ent.aliases


def test_trailing_count_is_not_part_of_the_name():
    text = "跨境货运班列线路4条"
    ent = finder(text).entity(0, len(text), "t")
    assert ent is not None and ent.name == "跨境货运班列线路"


@pytest.mark.parametrize("text, actor", [
    ("中方", True), ("甲方", True), ("三省市", True), ("七部门", True), ("海州市", True),
    ("地方", False), ("东方", False), ("工作部署", False), ("支持青山大学", False),
])
def test_who_can_act(text, actor):
    assert bool(finder(text).organisation(0, len(text))) is actor


def test_document_self_references_resolve_to_its_organisation():
    f = finder("")
    f.set_self("青禾农业集团")
    text = "青禾农业"
    f2 = finder(text)
    f2.set_self("青禾农业集团")
    assert f2.organisation(0, len(text)) == "青禾农业集团"
    assert "公司" in f.self_names or "我公司" in f.self_names


def test_weak_and_broken_phrases_are_no_names():
    f = finder("")
    for text in ("方面", "这些", "的发展", "和平与", "12"):
        assert not f.valid(text)
