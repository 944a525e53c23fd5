"""jieba's dictionary tables: one pass, and a cache that a changed or damaged file cannot fool."""

from __future__ import annotations

import pytest

from conceptkg.loaders.extraction.words import dictionary
from conceptkg.loaders.extraction.words.dictionary import dictionary_tables, read_dictionary

LINES = [
    "推进 900 v",        # a frequent verb: tagged, and a stop word
    "推进器 3 n",         # a plain noun: not in the tag table
    "示范区 80 n",        # a frequent common noun
    "高端 70 b",          # a two-character attributive: common and a modifier
    "偶见 5 v",           # a rare verb: tagged, but no stop word
    "超长的一个词语啊 9 l",  # longer than six characters: no tag
    "半句",              # no frequency or tag: skipped
]


def test_one_pass_gives_tags_and_word_classes():
    t = read_dictionary(LINES)
    assert t.tags == {"推进": "v", "高端": "b", "偶见": "v"}
    assert t.stop == {"推进"}
    assert t.common == {"示范区", "高端"}
    assert t.modifiers == {"高端"}


@pytest.fixture
def fresh(monkeypatch, tmp_path):
    """A process that has not read the tables yet, with an empty cache directory."""
    monkeypatch.setenv("CONCEPTKG_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(dictionary, "_TABLES", [])
    return tmp_path / "cache"


def test_tables_are_cached_and_the_cache_gives_the_same_tables(fresh, monkeypatch):
    first = dictionary_tables()
    assert dictionary_tables() is first  # once per process
    files = list(fresh.iterdir())
    assert len(files) == 1 and files[0].suffix == ".marshal"
    # another process reads the cache, not the dictionary
    monkeypatch.setattr(dictionary, "read_dictionary",
                        lambda lines: pytest.fail("the dictionary was read again"))
    second = dictionary._read_tables()
    assert second == first and second is not first
    assert second.tags["推进"] == "v"


def test_a_damaged_cache_is_read_again_and_replaced(fresh):
    good = dictionary._read_tables()
    cached = next(fresh.iterdir())
    cached.write_bytes(b"\x00 not marshal data")
    assert dictionary._load(cached) is None
    assert dictionary._read_tables() == good
    assert dictionary._load(cached) == good


def test_an_unwritable_cache_dir_is_no_error(fresh, monkeypatch, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("CONCEPTKG_CACHE_DIR", str(blocker / "sub"))  # under a file
    assert dictionary_tables().tags["推进"] == "v"
    assert not (blocker / "sub").exists()


def test_a_changed_dictionary_gets_another_cache_file(tmp_path, monkeypatch):
    monkeypatch.setenv("CONCEPTKG_CACHE_DIR", str(tmp_path / "cache"))
    src = tmp_path / "dict.txt"
    src.write_text("\n".join(LINES), encoding="utf-8")
    first = dictionary._cache_file(src)
    assert dictionary._cache_file(src) == first
    src.write_text("\n".join(LINES[:3]), encoding="utf-8")  # another size
    assert dictionary._cache_file(src) != first


def test_no_home_directory_means_no_cache_not_an_error(fresh, monkeypatch):
    monkeypatch.delenv("CONCEPTKG_CACHE_DIR")
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)

    def no_home():
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(dictionary.Path, "home", staticmethod(no_home))
    assert dictionary_tables().tags["推进"] == "v"
    assert not fresh.exists()
