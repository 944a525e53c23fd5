"""jieba's own dictionary (``dict.txt``: word, frequency, part of speech), read in one pass into
the tables extraction uses: the part-of-speech table of :mod:`.tokens` and the word classes of
:mod:`.wordclass`.

Reading the dictionary's 350,000 lines takes about half a second, once in every worker process
of a build. The tables are therefore kept in a cache file (``marshal``, like jieba's own cache)
under ``$CONCEPTKG_CACHE_DIR``, else ``$XDG_CACHE_HOME/conceptkg``, else
``~/.cache/conceptkg``; the file's name holds the dictionary's path, size and modification time
and a digest of this module, so that a changed dictionary, or a change to how the tables are
made, is read again. A cache that cannot be found, read or written is ignored: the tables are
then read from the dictionary itself.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import marshal
import os
import sys
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

__all__ = ["DictionaryTables", "cache_dir", "dictionary_tables", "read_dictionary"]

log = logging.getLogger(__name__)

#: tags of words that cannot stand inside an organisation name: verbs, prepositions,
#: conjunctions, pronouns, adverbs, times, measure words, particles, full personal names
STOP_TAGS = {"v", "vd", "p", "c", "r", "d", "ad", "t", "q", "nrfg", "y", "e", "o", "f", "zg",
             "rr", "rz", "tg", "dg", "u", "uj", "ul", "uz", "ud", "ug", "uv", "l", "i"}
COMMON_TAGS = {"n", "b", "vn", "a", "s", "an", "ng"}
MIN_STOP_FREQ = 20
MIN_COMMON_FREQ = 50


@dataclass
class DictionaryTables:
    #: word → tag, for words of at most six characters whose tag is not plain ``n``
    tags: dict[str, str]
    #: frequent verbs and function words of two to four characters (see :mod:`.wordclass`)
    stop: set[str]
    #: frequent common nouns and attributives of two to four characters
    common: set[str]
    #: two-character adjectives and attributives among ``common``
    modifiers: set[str]


def read_dictionary(lines: list[str]) -> DictionaryTables:
    """The tables of the dictionary ``lines`` (one pass)."""
    tables = DictionaryTables({}, set(), set(), set())
    tags = tables.tags
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        word, tag = parts[0], parts[2]
        if len(word) <= 6 and tag != "n":
            tags[word] = sys.intern(tag)
        if len(parts) != 3 or not 2 <= len(word) <= 4 or line.count(" ") != 2:
            continue
        if tag in STOP_TAGS and int(parts[1]) >= MIN_STOP_FREQ:
            tables.stop.add(word)
        elif tag in COMMON_TAGS and int(parts[1]) >= MIN_COMMON_FREQ:
            tables.common.add(word)
            if tag in ("a", "b") and len(word) == 2:
                tables.modifiers.add(word)
    return tables


def cache_dir() -> Path:
    """Where the tables are cached (see the module's documentation)."""
    if os.environ.get("CONCEPTKG_CACHE_DIR"):
        return Path(os.environ["CONCEPTKG_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "conceptkg"


def _cache_file(src: Path) -> Path:
    st = src.stat()
    made = hashlib.sha1(Path(__file__).read_bytes()).hexdigest()  # how the tables are made
    key = f"{src.resolve()}|{st.st_size}|{st.st_mtime_ns}|{made}"
    return cache_dir() / f"jieba-tables-{hashlib.sha1(key.encode()).hexdigest()[:16]}.marshal"


def _load(path: Path) -> DictionaryTables | None:
    try:
        tags, stop, common, modifiers = marshal.loads(path.read_bytes())
        if not (isinstance(tags, dict) and isinstance(stop, list)):
            return None
        return DictionaryTables(tags, set(stop), set(common), set(modifiers))
    except (OSError, EOFError, ValueError, TypeError):
        return None


def _save(path: Path, tables: DictionaryTables) -> None:
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(marshal.dumps((tables.tags, sorted(tables.stop), sorted(tables.common),
                                       sorted(tables.modifiers))))
        os.replace(tmp, path)
    except OSError as exc:
        log.debug("dictionary tables not cached (%s)", exc)
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


_TABLES: list[DictionaryTables] = []


def dictionary_tables() -> DictionaryTables:
    """The tables of jieba's dictionary, read once per process (from the cache when it is
    there; empty tables without jieba)."""
    if not _TABLES:
        _TABLES.append(_read_tables())
    return _TABLES[0]


def _read_tables() -> DictionaryTables:
    try:
        src = resources.files("jieba") / "dict.txt"
    except ModuleNotFoundError:  # pragma: no cover - jieba is a dependency
        log.warning("jieba dictionary not found: organisation names are less precise")
        return DictionaryTables({}, set(), set(), set())
    try:
        cached: Path | None = _cache_file(Path(str(src)))
    except (OSError, RuntimeError, ValueError) as exc:  # not a plain file; no home directory
        log.debug("dictionary tables not cached (%s)", exc)
        cached = None
    tables = _load(cached) if cached is not None else None
    if tables is None:
        tables = read_dictionary(src.read_text(encoding="utf-8").splitlines())
        if cached is not None:
            _save(cached, tables)
    log.debug("dictionary tables: %d tagged words", len(tables.tags))
    return tables
