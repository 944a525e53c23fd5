"""The lexicon: shipped data, user files, errors, the trie matcher."""

import pickle

import pytest

from conceptkg.errors import LexiconError
from conceptkg.loaders.extraction.arguments.phrases import Phrases
from conceptkg.loaders.extraction.mentions.find import find_mentions
from conceptkg.loaders.lexicon import DATA_FILES, get_lexicon, load_lexicon, trie_regex

from .extraction_helpers import edges, extract, node_types


def test_shipped_lexicon_has_general_vocabulary_and_cues():
    lex = load_lexicon()
    assert lex.lookup("新质生产力").type == "Concept"
    assert lex.lookup("人工智能技术").name == "人工智能"  # an alias
    assert lex.lookup("数据").weak
    assert "推动" in lex.cues("DRIVES", "verbs")
    assert "分公司" in lex.list("org_suffixes")


def test_trie_regex_prefers_the_longest_word():
    rx = trie_regex(["人工智能", "人工智能技术", "人工", "大数据", "大数据模型"])
    found = [m.group() for m in rx.finditer("用人工智能技术和人工及大数据模型、大数据")]
    assert found == ["人工智能技术", "人工", "大数据模型", "大数据"]


def test_trie_regex_is_compiled_once_per_set_of_words():
    words = ["甲乙工程", "甲乙", "丙丁"]
    rx = trie_regex(words)
    assert trie_regex(reversed(words)) is rx  # the same set, in any order or container
    assert trie_regex(set(words) | {""}) is rx  # empty words never count
    other = trie_regex([*words, "甲乙工程师"])
    assert other is not rx
    assert other.match("甲乙工程师").group() == "甲乙工程师"
    assert rx.match("甲乙工程师").group() == "甲乙工程"
    assert trie_regex([]).search("甲乙") is None


def test_user_file_adds_terms_aliases_and_cues(tmp_path):
    user = tmp_path / "my.yaml"
    user.write_text(
        "terms:\n"
        "  Concept:\n"
        "    - 银发经济新业态 | 银发新业态\n"
        "  Initiative:\n"
        "    - {name: 星火计划, aliases: [星火工程]}\n"
        "relations:\n"
        "  DRIVES:\n"
        "    verbs: [撬动]\n", encoding="utf-8")
    lex = load_lexicon((str(user),))
    assert lex.lookup("银发新业态").name == "银发经济新业态"
    assert lex.lookup("星火工程").type == "Initiative"
    assert "撬动" in lex.cues("DRIVES", "verbs")
    assert lex.lookup("新质生产力") is not None  # shipped terms stay
    kg = extract("数字技术撬动银发新业态。", (str(user),))
    assert ("数字技术", "DRIVES", "银发经济新业态") in edges(kg)
    assert node_types(kg)["银发经济新业态"] == "Concept"


@pytest.mark.parametrize("content, message", [
    ("terms: [1, 2", "invalid YAML"),
    ("- a\n- b\n", "top level must be a mapping"),
    ("terms:\n  Widget:\n    - 某物\n", "unknown node type"),
    ("colours: [red]\n", "unknown key"),
    ("terms:\n  Concept:\n    - {aliases: [x]}\n", "bad term entry"),
])
def test_bad_user_files_raise_lexicon_error(tmp_path, content, message):
    p = tmp_path / "bad.yaml"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError, match=message):
        load_lexicon((str(p),))


def test_missing_user_file(tmp_path):
    with pytest.raises(LexiconError, match="no such lexicon file"):
        load_lexicon((str(tmp_path / "nope.yaml"),))


def test_get_lexicon_is_cached_and_picklable():
    a = get_lexicon()
    assert get_lexicon() is a
    b = pickle.loads(pickle.dumps(a))
    assert b.lookup("高质量发展") == a.lookup("高质量发展")
    assert [m.group() for m in b.matcher.finditer("推动高质量发展")] == ["高质量发展"]


def test_grammar_lists_and_patterns_are_shipped_data():
    lex = load_lexicon()
    assert "grammar.yaml" in DATA_FILES
    # a pattern with placeholders comes out expanded, compiled once per lexicon
    assert lex.pattern("cn_count_digits") == "一二三四五六七八九十两"
    assert lex.regex("year") is lex.regex("year")
    assert lex.regex("year").fullmatch("2024年度")
    assert "的" in lex.charset("phrase_bad_end_chars")
    assert lex.mapping("made_heads")["装备"] == "Factor"
    assert "研究院" in lex.words("institute_heads")


def test_user_file_adds_grammar_words_and_replaces_patterns(tmp_path):
    user = tmp_path / "grammar.yaml"
    user.write_text("institute_heads: [孵化园]\n"
                    "arg_bad_first_chars: [某]\n"
                    "patterns:\n"
                    "  phrase_separator: '、|，|,'  # 和 no longer splits a list\n"
                    "  my_count: '[{cn_digits}]+项'\n", encoding="utf-8")
    shipped, lex = load_lexicon(), load_lexicon((str(user),))
    assert lex.words("institute_heads")[-1] == "孵化园"
    assert "研究院" in lex.words("institute_heads")  # shipped words stay
    assert "某" in lex.charset("arg_bad_first_chars") and "的" in lex.charset("arg_bad_first_chars")
    assert lex.regex("my_count").fullmatch("三项")
    sim = "银杏研究和星辰服务、松柏平台"
    split = [[sim[a:b] for a, b in Phrases(sim, x, find_mentions(sim, x)).split(0, len(sim))]
             for x in (shipped, lex)]
    assert split == [["银杏研究", "星辰服务", "松柏平台"], ["银杏研究和星辰服务", "松柏平台"]]


@pytest.mark.parametrize("content, message", [
    ("patterns: [a, b]\n", "line 1: patterns: must be a mapping"),
    ("patterns:\n  year: 3\n", "line 2: patterns.year: must be a string"),
    ("patterns:\n  year: '(unclosed'\n", "line 2: patterns.year: not a valid expression"),
    ("patterns:\n  mine: '{no_such_pattern}'\n", "no pattern named 'no_such_pattern'"),
])
def test_bad_user_patterns_raise_lexicon_error(tmp_path, content, message):
    p = tmp_path / "bad.yaml"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError, match=message) as exc:
        load_lexicon((str(p),))
    assert str(p) in str(exc.value) and "\n" not in str(exc.value)


def test_renamed_list_keys_still_load(tmp_path):
    from conceptkg.loaders.lexicon import load_lexicon

    f = tmp_path / "old.yaml"
    f.write_text("counted_task_verbs: [试行]\ndrive_founding_verbs: [共同组建]\n"
                 "facility_count_openers: [某座]\n", encoding="utf-8")
    lex = load_lexicon((str(f),))
    assert "试行" in lex.list("list_task_verbs")
    assert "共同组建" in lex.list("founding_verbs")
    assert "某座" in lex.list("facility_run_openers")
