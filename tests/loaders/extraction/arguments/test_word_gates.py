"""The words that make a span no single body (a word that blocks a subject, a verb of founding)
and the lead verbs of a compound are read from the lexicon in use: a user's lexicon adds to
them, and the extraction of a text follows."""

from __future__ import annotations

import pytest

from conceptkg.loaders.extraction.arguments.finder import ArgumentFinder
from conceptkg.loaders.extraction.mentions.find import find_mentions
from conceptkg.loaders.lexicon import load_lexicon
from tests.loaders.extraction_helpers import edges, extract


@pytest.fixture()
def user_lexicon(tmp_path) -> tuple[str, ...]:
    user = tmp_path / "my.yaml"
    user.write_text(
        "subject_blockers: [某某词]\n"
        "founder_span_verbs: [筹建]\n"
        "relations:\n"
        "  IMPLEMENTS:\n"
        "    compound_lead_verbs: [着手]\n", encoding="utf-8")
    return (str(user),)


def _actors(text: str, lexicon: tuple[str, ...] = ()) -> set[str]:
    return {s for s, r, _t in edges(extract(text, lexicon)) if r == "IMPLEMENTS"}


def test_a_users_blocking_word_makes_a_span_no_body(user_lexicon):
    text = "甲乙某某词有限公司推出溪宁智慧平台。"
    assert _actors(text) == {"甲乙某某词有限公司"}  # (the shipped words: a body)
    assert not _actors(text, user_lexicon)  # (the user's blocker: no body acts)
    other = "庚辛科技有限公司推出溪宁智慧平台。"  # (a name without the word stays a body)
    assert _actors(other, user_lexicon) == {"庚辛科技有限公司"}


def test_a_users_verb_of_founding_makes_a_span_no_body(user_lexicon):
    sim = "丙丁筹建研究院。戊己成立研究院。庚辛科技有限公司。"
    shipped = ArgumentFinder(sim, load_lexicon(()), find_mentions(sim, load_lexicon(())))
    lex = load_lexicon(user_lexicon)
    user = ArgumentFinder(sim, lex, find_mentions(sim, lex))
    assert shipped.organisation(0, 7) == "丙丁筹建研究院"
    assert user.organisation(0, 7) is None  # (the user's verb of founding)
    assert shipped.organisation(8, 15) is None and user.organisation(8, 15) is None  # (shipped)
    assert user.organisation(16, 24) == "庚辛科技有限公司"


def _rules(text: str, lexicon: tuple[str, ...] = ()) -> dict[tuple[str, str], tuple[str, ...]]:
    return {(s, t): rules for s, r, t, rules in edges(extract(text, lexicon), rule=True)
            if r == "IMPLEMENTS"}


def test_a_users_lead_verb_opens_a_compound_of_a_clause_without_subject(user_lexicon):
    text = "恒拓集团召开专题会议，着手建设岚州产业园区。"
    pair = ("恒拓集团", "岚州产业园区")
    # 着手|建设: the user's lead verb leaves the clause without a subject of its own, so the
    # verb rule reads the sentence's subject as its actor
    assert "implements_verb" in _rules(text, user_lexicon)[pair]
    assert "implements_verb" not in _rules(text).get(pair, ())
    # 组织|开展: a shipped lead verb does so without the user's file
    shipped = _rules("恒拓集团召开专题会议，组织开展溪宁创新活动。")
    assert "implements_verb" in shipped[("恒拓集团", "溪宁创新活动")]


def test_a_clause_with_a_subject_of_its_own_keeps_it(user_lexicon):
    pairs = _rules("恒拓集团召开专题会议，溪宁区建设岚州产业园区。", user_lexicon)
    assert ("溪宁区", "岚州产业园区") in pairs
    assert ("恒拓集团", "岚州产业园区") not in pairs
