"""The extraction lexicon: terms with types and aliases, cue words, name-shape word lists.

The shipped data is the language package :mod:`conceptkg.loaders.zh`: ``lexicon.yaml`` (terms,
places), ``cues.yaml`` (cue words per relation, organisation suffixes, initiative heads, stop
heads ...), ``generic.yaml`` and ``grammar.yaml`` (function words, numerals, measure words and
the regular expressions built from them, under ``patterns``). User files passed to
:func:`load_lexicon` use the same schema and are added on top (a user pattern replaces the
shipped one of that name).

Matching is done by one regular expression compiled from a character trie of all surface forms,
so a whole document is scanned in one C-level pass and the longest term wins at each position.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import yaml

from ..errors import LexiconError
from ..graph.models import NodeType
from .lexicon_schema import LIST_KEYS as _LIST_KEYS
from .lexicon_schema import (
    RENAMED_KEYS,
    check_lexicon_text,
    where_message,
    yaml_problem,
)
from .lexicon_where import did_you_mean, key_line, lexicon_data, read_lexicon_text

__all__ = ["Term", "Lexicon", "load_lexicon", "get_lexicon", "check_lexicon", "trie_regex",
           "unread_patterns", "DATA_FILES"]

# libyaml's safe loader when PyYAML was built with it (about ten times faster), else pure Python
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

log = logging.getLogger(__name__)

DATA_FILES = ("lexicon.yaml", "cues.yaml", "generic.yaml", "grammar.yaml")
_TYPES = {t.value for t in NodeType}
# {name} in a pattern stands for the pattern ``name``
_PLACEHOLDER = re.compile(r"\{([a-z][a-z_0-9]*)\}")


def _expand(patterns: dict[str, str], key: str) -> str:
    """The pattern ``key`` of ``patterns`` with each ``{name}`` replaced by the pattern
    ``name``."""
    if key not in patterns:
        raise LexiconError(f"no pattern named {key!r} in the lexicon")
    return _PLACEHOLDER.sub(lambda m: _expand(patterns, m.group(1)), patterns[key])


class _Compiled(dict[str, re.Pattern[str]]):
    """A lexicon's compiled patterns by name, each compiled when first asked for: a plain dict
    lookup after that (the rules ask for them hundreds of thousands of times per corpus)."""

    def __init__(self, patterns: dict[str, str]) -> None:
        super().__init__()
        self.patterns = patterns

    def __missing__(self, key: str) -> re.Pattern[str]:
        rx = self[key] = re.compile(_expand(self.patterns, key))
        return rx


@dataclass(frozen=True)
class Term:
    name: str
    type: str
    weak: bool = False


@dataclass
class Lexicon:
    """Everything the extractor reads from data files; picklable (patterns recompile)."""

    terms: dict[str, Term] = field(default_factory=dict)  # surface form -> term
    aliases: dict[str, set[str]] = field(default_factory=dict)  # canonical -> surface forms
    lists: dict[str, list[str]] = field(default_factory=dict)
    relations: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    patterns: dict[str, str] = field(default_factory=dict)
    sources: tuple[str, ...] = ()
    _matcher: re.Pattern[str] | None = None
    #: (made from ``patterns`` after init; a copy made by ``dataclasses.replace`` shares it)
    _compiled: _Compiled = field(default=None, repr=False)  # type: ignore[assignment]
    _derived: dict[tuple[str, str], Any] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        if self._compiled is None:
            self._compiled = _Compiled(self.patterns)

    # -- lookup ---------------------------------------------------------------------------------
    def list(self, key: str) -> list[str]:
        return self.lists.get(key, [])

    def cues(self, relation: str, kind: str) -> list[str]:
        return self.relations.get(relation, {}).get(kind, [])

    def chars(self, key: str) -> str:
        """A character set: every character of every string of the list ``key``."""
        return "".join(self.list(key))

    def cue_words(self, relation: str, kind: str) -> tuple[str, ...]:
        """:meth:`cues` as a tuple, made once per list of cue words (for ``startswith``, asked
        for every sentence)."""
        words = self.cues(relation, kind)
        known = self._derived.get(("cue_words", relation, kind))
        if known is None or known[0] is not words:
            known = self._derived[("cue_words", relation, kind)] = (words, tuple(words))
        return known[1]  # type: ignore[no-any-return]

    def words(self, key: str) -> tuple[str, ...]:
        """The list ``key`` as a tuple (made once per lexicon; for ``in`` and ``startswith``)."""
        value = self._derived.get(("words", key))  # (asked very often: no closure per call)
        if value is None:
            value = self._derived[("words", key)] = tuple(self.list(key))
        return value

    def wordset(self, key: str) -> frozenset[str]:
        """The list ``key`` as a set (the key of cached regexes), made once per list: a copy of
        the lexicon with another list (a document's places) shares the cache but not the list."""
        words = self.list(key)
        known = self._derived.get(("wordset", key))
        if known is None or known[0] is not words:
            known = self._derived[("wordset", key)] = (words, frozenset(words))
        return known[1]

    def charset(self, key: str) -> frozenset[str]:
        """:meth:`chars` ``key`` as a set (made once per lexicon)."""
        return self._derive("charset", key, lambda: frozenset(self.chars(key)))

    def mapping(self, key: str) -> dict[str, str]:
        """The ``word|value`` entries of the list ``key`` as a mapping (in file order)."""
        return self._derive("mapping", key, lambda: dict(
            entry.split("|", 1) for entry in self.list(key) if "|" in entry))

    def _derive(self, kind: str, key: str, make: Any) -> Any:
        value = self._derived.get((kind, key))
        if value is None:
            value = self._derived[(kind, key)] = make()
        return value

    def derived(self, kind: str, key: str, make: Any) -> Any:
        """``make()``, made once per lexicon for ``(kind, key)`` (again while it is None)."""
        return self._derive(kind, key, make)

    def compiled(self, kind: str, make: Any) -> Any:
        """``make()``, made once per lexicon for ``kind`` (what a reader compiles from the whole
        lexicon), and again for a copy of it with other lists, cue words or patterns (a copy
        shares this cache, see :meth:`wordset`)."""
        known = self._derived.get(("compiled", kind))
        if known is None or known[0] is not self.lists or known[1] is not self.relations \
                or known[2] is not self.patterns:
            known = self._derived[("compiled", kind)] = (self.lists, self.relations,
                                                         self.patterns, make())
        return known[3]

    def alternation(self, key: str) -> str:
        """The words of list ``key`` as a regular-expression alternation, escaped, the longest
        first (empty for an empty list)."""
        return self._derive("alternation", key, lambda: "|".join(
            map(re.escape, sorted(self.list(key), key=len, reverse=True))))

    def pattern(self, key: str) -> str:
        """The regular expression ``key`` of ``patterns``, with each ``{name}`` replaced by the
        pattern ``name``."""
        return _expand(self.patterns, key)

    def regex(self, key: str) -> re.Pattern[str]:
        """:meth:`pattern` ``key`` compiled (once per lexicon)."""
        return self._compiled[key]

    @property
    def regex_lookup(self) -> Callable[[str], re.Pattern[str]]:
        """:meth:`regex` as the lookup of a dict (no Python call: for the rules, which ask for
        their patterns by name again and again)."""
        return self._compiled.__getitem__

    def lookup(self, surface: str) -> Term | None:
        return self.terms.get(surface)

    @property
    def matcher(self) -> re.Pattern[str]:
        """Regex matching every surface form (longest first at each position)."""
        if self._matcher is None:
            self._matcher = trie_regex(self.terms.keys())
        return self._matcher

    # -- building -------------------------------------------------------------------------------
    def add_term(self, name: str, type_: str, aliases: list[str], weak: bool, src: str) -> None:
        name = name.strip()
        if not name:
            raise LexiconError(f"{src}: a term has an empty name")
        if type_ not in _TYPES:
            raise LexiconError(f"{src}: unknown node type {type_!r} for term {name!r}")
        term = Term(name, type_, weak)
        for surface in [name, *aliases]:
            surface = surface.strip()
            if surface:
                self.terms[surface] = term
                self.aliases.setdefault(name, set()).add(surface)
        self._matcher = None

    def merge_file(self, data: dict[str, Any], src: str, text: str = "") -> None:
        """Add the data of the file ``src`` (its YAML ``text``, when given, for the line of a
        complaint)."""
        if not isinstance(data, dict):
            raise LexiconError(f"{src}: top level must be a mapping")
        data = {RENAMED_KEYS.get(k, k): v for k, v in data.items()} if \
            RENAMED_KEYS.keys() & data.keys() else data  # older names of merged lists
        unknown = set(data) - {"terms", "relations", "patterns", *_LIST_KEYS}
        if unknown:
            raise LexiconError(f"{src}: unknown key(s) {', '.join(sorted(unknown))}")
        self._derived.clear()
        for type_, entries in _term_groups(data.get("terms") or {}, src):
            for entry in entries:
                self.add_term(*_parse_entry(entry, type_, src), src)
        for key in _LIST_KEYS:
            values = data.get(key) or []
            if not isinstance(values, list):
                raise LexiconError(f"{src}: {key} must be a list")
            have = self.lists.setdefault(key, [])
            have.extend(str(v) for v in values if str(v) not in have)
        for rel, kinds in (data.get("relations") or {}).items():
            kinds = {} if kinds is None else kinds
            if not isinstance(kinds, dict):
                raise LexiconError(f"{src}: relations.{rel} must be a mapping")
            target = self.relations.setdefault(str(rel), {})
            for kind, words in kinds.items():
                words = [] if words is None else words
                if not isinstance(words, list):
                    raise LexiconError(f"{src}: relations.{rel}.{kind} must be a list")
                have = target.setdefault(str(kind), [])
                have.extend(str(w) for w in words if str(w) not in have)
        self._merge_patterns(data.get("patterns") or {}, src, text)

    def _merge_patterns(self, patterns: Any, src: str, text: str) -> None:
        def problem(where: list[str], msg: str) -> LexiconError:
            return LexiconError(where_message(text, src, where, msg))

        if not isinstance(patterns, dict):
            raise problem(["patterns"], "must be a mapping of name to regular expression")
        for name, rx in patterns.items():
            if not isinstance(rx, str):
                raise problem(["patterns", str(name)], "must be a string (a regular expression "
                              "in single quotes)")
            self.patterns[str(name)] = rx
        self._compiled.clear()
        for name in patterns:
            try:
                self.regex(str(name))
            except (re.error, RecursionError, LexiconError) as exc:
                raise problem(["patterns", str(name)],
                              f"not a valid expression: {exc}") from None


def _term_groups(terms: Any, src: str) -> list[tuple[str, list[Any]]]:
    """``terms`` is {type: [entries]} or a list of {name, type, aliases} dicts."""
    if isinstance(terms, dict):
        out = []
        for type_, entries in terms.items():
            entries = [] if entries is None else entries
            if not isinstance(entries, list):
                raise LexiconError(f"{src}: terms.{type_} must be a list")
            out.append((str(type_), entries))
        return out
    if isinstance(terms, list):
        return [(str(e.get("type", "")) if isinstance(e, dict) else "", [e]) for e in terms]
    raise LexiconError(f"{src}: terms must be a mapping of type to list, or a list")


def _parse_entry(entry: Any, type_: str, src: str) -> tuple[str, str, list[str], bool]:
    if isinstance(entry, str):
        parts = [p.strip() for p in entry.split("|")]
        return parts[0], type_, [p for p in parts[1:] if p], False
    if isinstance(entry, dict) and "name" in entry:
        aliases = entry.get("aliases") or []
        if isinstance(aliases, str):
            aliases = [aliases]
        return (str(entry["name"]), str(entry.get("type") or type_),
                [str(a) for a in aliases], bool(entry.get("weak", False)))
    raise LexiconError(f"{src}: bad term entry {entry!r} (a string or a mapping with 'name')")


def trie_regex(words: Any) -> re.Pattern[str]:
    """One regex for a set of literal words, factored as a trie so that it runs fast and the
    longest word wins at each start position. The same set of words gives the same compiled
    pattern (cached: the extraction of every document asks for the same word lists)."""
    return _trie_regex(frozenset(w for w in words if w))


@functools.lru_cache(maxsize=512)
def _trie_regex(words: frozenset[str]) -> re.Pattern[str]:
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True
    if not trie:
        return re.compile(r"(?!x)x")

    def build(node: dict[str, Any]) -> str:
        end = "" in node
        branches = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            return ("(?:" + body + ")?") if len(branches) > 1 or len(body) > 1 else body + "?"
        return body

    return re.compile(build(trie))


def _read_yaml(text: str, src: str) -> dict[str, Any]:
    try:
        data = yaml.load(text, Loader=_YAML_LOADER)
    except yaml.YAMLError as exc:
        raise LexiconError(f"{src}: {yaml_problem(exc)}") from None
    return data or {}


def load_lexicon(paths: tuple[str, ...] = ()) -> Lexicon:
    """The shipped lexicon plus the user files ``paths`` (later files add to earlier ones)."""
    lex = Lexicon(sources=tuple(paths))
    pkg = resources.files("conceptkg.loaders.zh")
    for name in DATA_FILES:
        lex.merge_file(_read_yaml((pkg / name).read_text(encoding="utf-8"), name), name)
    for p in paths:
        text = read_lexicon_text(p)
        lex.merge_file(check_lexicon_text(text, p, _LIST_KEYS), p, text)
    log.debug("lexicon: %d surface forms from %d user file(s)", len(lex.terms), len(paths))
    return lex


@functools.lru_cache(maxsize=16)
def get_lexicon(paths: tuple[str, ...] = ()) -> Lexicon:
    """Cached :func:`load_lexicon` (one per tuple of paths and process)."""
    return load_lexicon(tuple(paths))


def check_lexicon(paths: tuple[str, ...] = ()) -> None:
    """Check the user lexicon files ``paths`` up front (once per run, before any document): each
    file alone (:func:`check_lexicon_files`), then merged onto the shipped data, which compiles
    the patterns they give (a pattern that does not compile, or names no pattern, with the
    shipped ones). :class:`LexiconError` with one line naming the file and the key."""
    paths = tuple(str(p) for p in paths)
    if paths:
        # (load_lexicon checks each file alone before merging it, as check_lexicon_files does;
        # cached: the extraction in this process uses it, and a second check costs nothing)
        get_lexicon(paths)
        _warn_unread_patterns(paths)


@functools.cache
def _warn_unread_patterns(paths: tuple[str, ...]) -> None:
    """Say once per process (a build checks the lexicon more than once) which user patterns
    the extractor never reads."""
    for warning in unread_patterns(get_lexicon(paths), paths):
        log.warning("%s", warning)


def unread_patterns(lex: Lexicon, paths: tuple[str, ...]) -> list[str]:
    """A line for each pattern the user files ``paths`` give under a name that the shipped data
    has not and that no pattern of ``lex`` writes as ``{name}``: the extractor never reads it (a
    misspelt name, most likely; Python code may still ask ``lex.regex(name)`` for it)."""
    shipped = get_lexicon().patterns
    out = []
    for p in paths:
        data = lexicon_data(p)
        for name in (data.get("patterns") or {} if isinstance(data, dict) else {}):
            name = str(name)
            if name in shipped or any("{" + name + "}" in rx for rx in lex.patterns.values()):
                continue
            line = key_line(read_lexicon_text(p), ["patterns", name])
            out.append(f"{p}: line {line}: patterns.{name}: the extractor reads no pattern of "
                       f"that name{did_you_mean(name, shipped)}")
    return out
