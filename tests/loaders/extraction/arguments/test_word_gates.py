"""The one-search tests that stand for a word-by-word search (a word that makes a span no single
body, a lead verb of a compound) read the words of the lexicon in use: a user's lexicon adds
to them."""

from __future__ import annotations

from conceptkg.loaders.extraction.arguments.finder import ArgumentFinder
from conceptkg.loaders.extraction.arguments.phrases import Phrases
from conceptkg.loaders.extraction.mentions.find import find_mentions
from conceptkg.loaders.extraction.relations import SentenceRules
from conceptkg.loaders.lexicon import load_lexicon


def _user_lexicon(tmp_path):
    user = tmp_path / "my.yaml"
    user.write_text(
        "subject_blockers: [某某词]\n"
        "founder_span_verbs: [筹建]\n"
        "relations:\n"
        "  IMPLEMENTS:\n"
        "    compound_lead_verbs: [着手]\n", encoding="utf-8")
    return load_lexicon((str(user),))


def _word_by_word(args: ArgumentFinder, s: int, e: int) -> bool:
    return any(args.has_word(w, s, e) for w in args.joiners) or \
        any(args.has_word(w, s + 1, e) for w in args.founding) or \
        any(args.has_word(w, s, e) for w in args.blockers if len(w) > 1 or w in "要以")


def test_no_body_words_come_from_the_lexicon_in_use(tmp_path):
    lex = _user_lexicon(tmp_path)
    sim = "甲乙某某词有限公司。丙丁筹建研究院。戊己联合集团。庚辛科技有限公司。"
    args = ArgumentFinder(sim, lex, find_mentions(sim, lex))
    for s in range(len(sim)):
        for e in range(s, min(len(sim), s + 12) + 1):
            assert args._has_no_body_word(s, e) == _word_by_word(args, s, e), sim[s:e]
    assert args._has_no_body_word(0, 9)  # (the user's blocker)
    assert args._has_no_body_word(10, 17)  # (the user's verb of founding)
    assert not args._has_no_body_word(26, 34)


def test_compound_lead_verbs_come_from_the_lexicon_in_use(tmp_path):
    lex = _user_lexicon(tmp_path)
    sim = "甲市着手建设乙园区。丙县组织开展丁活动。戊区建设己项目。"
    dm = find_mentions(sim, lex)
    rules = SentenceRules(sim, lex, dm, Phrases(sim, lex, dm))
    assert rules._compound_start(0, 4) == 2  # 着手|建设 (the user's lead verb)
    assert rules._compound_start(10, 14) == 12  # 组织|开展 (a shipped one)
    assert rules._compound_start(20, 22) == 22  # 戊区|建设: none
