"""The segmenter's dictionary, loaded from jieba's own cache file in one read."""

from __future__ import annotations

import marshal
import threading
from types import SimpleNamespace

from conceptkg.loaders.extraction.words import tokens


def _dt(tmp_path, **kw):
    base = dict(initialized=False, dictionary=None, cache_file=None, tmp_dir=str(tmp_path),
                lock=threading.RLock(), FREQ={}, total=0)
    return SimpleNamespace(**{**base, **kw})


def test_the_cache_jieba_keeps_is_loaded_at_once(tmp_path):
    (tmp_path / "jieba.cache").write_bytes(marshal.dumps(({"甲乙": 3, "甲": 1}, 4)))
    dt = _dt(tmp_path)
    tokens._load_cached_dictionary(dt)
    assert dt.initialized and dt.FREQ == {"甲乙": 3, "甲": 1} and dt.total == 4


def test_anything_unusual_is_left_to_jieba(tmp_path):
    dt = _dt(tmp_path)  # no cache yet: jieba builds it on first use
    tokens._load_cached_dictionary(dt)
    assert not dt.initialized and dt.FREQ == {}
    (tmp_path / "jieba.cache").write_bytes(b"\x00damaged")
    tokens._load_cached_dictionary(dt)
    assert not dt.initialized
    (tmp_path / "jieba.cache").write_bytes(marshal.dumps(({"甲乙": 3}, 3)))
    other = _dt(tmp_path, dictionary="/somewhere/user_dict.txt")  # another dictionary
    tokens._load_cached_dictionary(other)
    assert not other.initialized and other.FREQ == {}


def test_the_loaded_segmenter_segments():
    words = [t.text for t in tokens.tokenize("示例公司推动新产业发展", 0, 10)]
    assert "".join(words) == "示例公司推动新产业发展"[:10] and "推动" in words


def test_jieba_itself_is_loaded_from_its_cache_without_initialize(tmp_path):
    """In a fresh process: the segmenter's dictionary comes from jieba's cache file, and
    jieba's own (slower) loading never runs."""
    import subprocess
    import sys
    import textwrap

    code = textwrap.dedent("""
        import jieba
        jieba.initialize()  # make sure jieba's cache file exists
        jieba.dt.initialized, jieba.dt.FREQ, total = False, {}, jieba.dt.total
        def refuse(*a, **k):
            raise SystemExit("jieba.initialize ran")
        jieba.dt.initialize = refuse
        from conceptkg.loaders.extraction.words import tokens
        j = tokens._jieba()
        assert j.dt.initialized and j.dt.total == total and len(j.dt.FREQ) > 100000
        print(j.lcut("示例公司推动新产业发展"))
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert "推动" in out.stdout


def test_noun_words_are_read_as_nouns():
    from conceptkg.loaders.extraction.arguments.finder import ArgumentFinder
    from conceptkg.loaders.extraction.mentions.find import find_mentions
    from conceptkg.loaders.lexicon import get_lexicon

    lex = get_lexicon(())
    text = "推出一批惠民举措"
    ArgumentFinder(text, lex, find_mentions(text, lex))  # applies the language data's noun_words
    assert "举措" in lex.list("noun_words")
    assert tokens.word_tag("举措") == "n"
    assert tokens.word_tag("推出") == "v"  # other words keep their dictionary tags


def test_words_taught_keep_their_tag_and_tokens_see_it_at_once():
    from conceptkg.loaders.extraction.words.tokens import add_words, tokenize, word_tag

    text = "青岚赋新带动就业"
    before = tokenize(text, 0, len(text))  # (tags remembered for the words seen)
    assert "青岚赋新" not in [t.text for t in before]
    add_words({"青岚赋新": "v"})
    after = tokenize(text, 0, len(text))
    assert ("青岚赋新", "v") in [(t.text, t.tag) for t in after]
    assert word_tag("青岚赋新") == "v"


def test_a_prefix_taught_as_a_word_is_tagged_anew():
    from conceptkg.loaders.extraction.words.tokens import _jieba, add_words, tokenize

    dt = _jieba().dt
    prefix = next(w for w, f in dt.FREQ.items() if f == 0 and len(w) == 2 and
                  all("\u4e00" <= c <= "\u9fff" for c in w))
    size = len(dt.FREQ)
    first = tokenize(prefix, 0, len(prefix))
    add_words({prefix: "v"})
    assert len(dt.FREQ) == size  # the dictionary's size did not change
    again = tokenize(prefix, 0, len(prefix))
    assert [t.text for t in again] == [prefix] and again[0].tag == "v"
    assert first != again
