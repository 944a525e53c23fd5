"""Words with a part of speech, for the lexicon-free argument finder.

Words come from jieba's segmenter (its dictionary, the path through it found by
:func:`.segment.segment`); each word's part of speech is read from the tags in jieba's
own dictionary (``dict.txt``: word, frequency, tag), so no tagging model runs. A word that the
dictionary does not know (a name, a new coinage) gets the tag ``x`` when it is punctuation and
``nz`` (a proper noun) otherwise. Only clauses that hold a relation cue are segmented.
"""

from __future__ import annotations

import functools
import logging
import marshal
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NamedTuple

from .dictionary import dictionary_tables
from .segment import segment

__all__ = ["Tok", "tag_table", "tagged_near_start", "tokenize", "word_tag", "noun_verb_word",
           "PUNCT_CHARS", "tables_version",
           "set_nouns", "set_tags"]

log = logging.getLogger(__name__)

#: the jieba module, once loaded and quiet
_quiet: list[Any] = []
PUNCT_CHARS = frozenset("，。；：！？、,.;:!?（）()【】[]《》〈〉“”\"‘’'「」『』—…·\n\t ")


class Tok(NamedTuple):
    """A word: its text, its offsets in the document and its part of speech (a named tuple:
    segmenting makes many of them)."""

    text: str
    start: int
    end: int
    tag: str

    @property
    def verb(self) -> bool:
        return self.tag in ("v", "vd", "vi", "vq")

    @property
    def noun(self) -> bool:
        return self.tag[:1] in ("n", "j") or self.tag in ("vn", "nz", "eng", "an", "b", "l", "i",
                                                          "s")


#: a :class:`Tok` from the tuple of its fields: what ``Tok(...)`` does, without its argument
#: handling in Python (segmenting makes one per word)
_new_tok = functools.partial(tuple.__new__, Tok)


def tag_table() -> dict[str, str]:
    """Word → part-of-speech tag from jieba's dictionary (read once per process, see
    :mod:`.dictionary`). Plain nouns (tag ``n``, the largest class) are left out to keep the
    table small: :func:`word_tag` answers ``n`` for a dictionary word the table does not hold."""
    return dictionary_tables().tags


def word_tag(word: str) -> str | None:
    """The dictionary tag of ``word``, or None when jieba's dictionary does not know it."""
    tag = dictionary_tables().tags.get(word)  # (tag_table(), asked for every word read)
    if tag:
        return tag
    return "n" if (_quiet[0] if _quiet else _jieba()).dt.FREQ.get(word) else None


def noun_verb_word(word: str) -> bool:
    """A four-character word (tagged an idiom by the segmenter) that is a noun and the verb of
    what it does (数据共享, 要素流动): a thing, no word of manner."""
    return len(word) == 4 and (word_tag(word[:2]) or "")[:1] == "n" and \
        (word_tag(word[2:]) or "")[:1] == "v"


def tagged_near_start(text: str, tags: tuple[str, ...], starts: int, longest: int) -> bool:
    """Whether a word of two to ``longest`` characters with one of the dictionary ``tags``
    starts at one of the first ``starts`` characters of ``text``."""
    table = tag_table()
    openers = _openers(tags, table)
    n = len(text)
    for i in range(min(starts, n)):
        if text[i:i + 2] not in openers:
            continue  # (no such word starts with these two characters)
        for j in range(i + 2, min(i + longest, n) + 1):
            if table.get(text[i:j]) in tags:
                return True
    return False


#: the first two characters of the words with some tags, and the table's version they are of
_openers_of: dict[tuple[str, ...], tuple[tuple[int, int, int], frozenset[str]]] = {}


def _openers(tags: tuple[str, ...], table: dict[str, str]) -> frozenset[str]:
    version = (id(table), len(table), _changes[0])
    known = _openers_of.get(tags)
    if known is None or known[0] != version:  # (read again when a word is added or retagged)
        known = _openers_of[tags] = (version, frozenset(
            w[:2] for w, t in table.items() if t in tags and len(w) >= 2))
    return known[1]


def _tag(word: str, table: dict[str, str]) -> str:
    tag = table.get(word)
    if tag:
        return tag
    if _jieba().dt.FREQ.get(word):
        return "n"
    if all(ch in PUNCT_CHARS for ch in word):
        return "x"
    if word.isascii():
        return "m" if word.replace(".", "").replace("%", "").isdigit() else "eng"
    if any(ch.isdigit() for ch in word):
        return "m"
    return "nz"


_added: set[str] = set()
#: the last table of words :func:`add_words` read through
_taught: list[dict[str, str]] = []


def _jieba():  # type: ignore[no-untyped-def]
    """The segmenter, quiet (its dictionary-loading chatter is not ours), and loaded (the module
    is kept once loaded: this is asked for every word tagged)."""
    if _quiet:
        return _quiet[0]
    import jieba

    jieba.setLogLevel(logging.WARNING)
    _load_cached_dictionary(jieba.dt)
    jieba.dt.check_initialized()  # (no cache file yet: jieba builds the dictionary now)
    _quiet.append(jieba)
    return jieba


def _load_cached_dictionary(dt: Any) -> None:
    """Load jieba's default dictionary from the cache file jieba itself keeps, reading the file
    at once: ``jieba.initialize`` reads it through ``marshal.load`` on an open file, which takes
    twice as long, in every build worker. Anything unusual (another dictionary, no cache yet, an
    unreadable cache) is left to jieba, which loads the dictionary when it is first used."""
    if dt.initialized or dt.dictionary is not None or dt.cache_file:
        return
    cache = Path(dt.tmp_dir or tempfile.gettempdir()) / "jieba.cache"
    try:
        freq, total = marshal.loads(cache.read_bytes())
        if not isinstance(freq, dict) or not freq:
            return
    except (OSError, EOFError, ValueError, TypeError):
        return
    with dt.lock:
        if not dt.initialized:
            dt.FREQ, dt.total = freq, total
            dt.initialized = True


def add_words(words: dict[str, str]) -> None:
    """Teach the segmenter words it may not know (cue verbs such as 赋能, lexicon terms), with
    their tags; each word once per process (the same table again, every document's: nothing to
    read, as the words taught are never forgotten)."""
    if _taught and _taught[0] is words:
        return
    jieba = _jieba()
    table = tag_table()
    for w, tag in words.items():
        if w and w not in _added and len(w) <= 12:
            _added.add(w)
            _changes[0] += 1
            known = word_tag(w) is not None  # (before jieba knows it: then it would be)
            if not jieba.dt.FREQ.get(w):
                jieba.add_word(w, tag=tag)
            if not known:
                table[w] = tag
    _taught[:] = [words]


def set_nouns(words: Iterable[str]) -> None:
    """Read ``words`` as plain nouns whatever tag jieba's dictionary gives them (举措 is tagged
    as a verb there); for a word jieba does not know, this also teaches it."""
    jieba = _jieba()
    table = tag_table()
    for w in words:
        if w and table.get(w, "n") != "n":
            del table[w]  # a dictionary word missing from the table is a plain noun
            _changes[0] += 1
        if w and not jieba.dt.FREQ.get(w):
            _added.add(w)
            jieba.add_word(w, tag="n")
            _changes[0] += 1


def set_tags(tags: dict[str, str]) -> None:
    """Read each word with the given tag whatever tag jieba's dictionary gives it (小幅 is
    tagged as a noun there: an adverb); for a word jieba does not know, this also teaches it."""
    jieba = _jieba()
    table = tag_table()
    for w, tag in tags.items():
        if not w or not tag:
            continue
        if table.get(w) != tag:
            table[w] = tag
            _changes[0] += 1
        if not jieba.dt.FREQ.get(w):
            _added.add(w)
            jieba.add_word(w, tag=tag)
            _changes[0] += 1


#: the tag of each word seen, and the score of each fragment and the words of each block the
#: segmenter looked up (see :func:`.segment.segment`), while the dictionary and the tag table
#: stay as they are: read again when the dictionary's size or total changes, or a word is taught
#: or retagged here
_tags: dict[str, str] = {}
_scores: dict[str, float | None] = {}
_blocks: dict[str, list[str]] = {}
_tags_of: list[tuple[int, int, int, int, int, int]] = []
#: the most fragment scores kept (a large corpus looks up more and more rare fragments), and
#: the most blocks
MAX_SCORES = 1_000_000
MAX_BLOCKS = 50_000
#: changes made through add_words, set_nouns and set_tags (a word added may keep both sizes the
#: same); a call that changes nothing (every document after the first teaches the same words)
#: keeps the tags already read
_changes: list[int] = [0]


def tables_version() -> tuple[int, int, int, int, int, int]:
    """What the words and tags read depend on (the segmenter's dictionary and the tag table):
    a change means that what was read before may be read otherwise now."""
    dt = _jieba().dt
    table = tag_table()
    return (id(dt.FREQ), len(dt.FREQ), dt.total, id(table), len(table), _changes[0])


def tokenize(text: str, start: int, end: int) -> list[Tok]:
    """The words of ``text[start:end]`` with document offsets and tags."""
    dt = _jieba().dt
    table = tag_table()
    version = (id(dt.FREQ), len(dt.FREQ), dt.total, id(table), len(table), _changes[0])
    if _tags_of != [version] or len(_scores) > MAX_SCORES or len(_blocks) > MAX_BLOCKS:
        _tags.clear()  # a word was added or retagged: tags and words are read again
        _scores.clear()
        _blocks.clear()
        _tags_of[:] = [version]
    tags = _tags
    out: list[Tok] = []
    pos = start
    for w in segment(text[start:end], dt, _scores, _blocks):
        tag = tags.get(w)
        if tag is None:
            tag = tags[w] = _tag(w, table)
        nxt = pos + len(w)
        if tag == "m" and w.isdigit() and len(out) >= 2 and out[-1].text == "." and \
                out[-2].text.isdigit() and out[-1].start == out[-2].end:
            # 2.3万亩: a decimal point between digits is no punctuation
            out[-2:] = [_new_tok((text[out[-2].start:nxt], out[-2].start, nxt, "m"))]
        else:
            out.append(_new_tok((w, pos, nxt, tag)))
        pos = nxt
    return out
