"""Where a key of a lexicon file is written: the line of ``terms.Concept.1`` in the YAML text,
so that a complaint about a user lexicon names the line as well as the key."""

from __future__ import annotations

import difflib
import functools
from collections.abc import Iterable, Sequence
from pathlib import Path

import yaml

from ..errors import LexiconError

__all__ = ["MAX_LEXICON_BYTES", "did_you_mean", "key_line", "lexicon_data",
           "read_lexicon_text", "tab_hint", "term_given_twice"]

#: a lexicon is a word list; a file larger than this is not one
MAX_LEXICON_BYTES = 16 * 1024 * 1024

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def key_line(text: str, where: Sequence[str]) -> int | None:
    """The 1-based line of the deepest node of the YAML ``text`` on the key path ``where``
    (mapping keys, and list indices as digits); None when the text has no such key at all."""
    try:
        node = yaml.compose(text, Loader=_LOADER)
    except yaml.YAMLError:
        return None
    line = None
    for part in where:
        if isinstance(node, yaml.MappingNode):
            hit = next(((k, v) for k, v in node.value
                        if isinstance(k, yaml.ScalarNode) and k.value == part), None)
            if hit is None:
                break
            line, node = hit[0].start_mark.line + 1, hit[1]
        elif isinstance(node, yaml.SequenceNode) and part.isdigit() \
                and int(part) < len(node.value):
            node = node.value[int(part)]
            line = node.start_mark.line + 1
        else:
            break
    return line


def did_you_mean(word: str, known: Iterable[str]) -> str:
    """`` (did you mean X?)`` for the known key closest to a misspelt ``word``, else ``""``."""
    close = difflib.get_close_matches(word, list(known), n=1, cutoff=0.75)
    return f" (did you mean {close[0]}?)" if close else ""


def read_lexicon_text(p: str | Path) -> str:
    """The text of the user lexicon file ``p``; :class:`LexiconError` with one line when it is
    no file, too large, unreadable or not UTF-8 (the line of the first byte that is not)."""
    path = Path(p)
    if path.is_dir():
        raise LexiconError(f"{p}: is a directory, not a lexicon file")
    try:
        if path.stat().st_size > MAX_LEXICON_BYTES:
            raise LexiconError(f"{p}: lexicon file too large (over "
                               f"{MAX_LEXICON_BYTES // (1024 * 1024)} MB)")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise LexiconError(f"{p}: no such lexicon file") from None
    except OSError as exc:
        raise LexiconError(f"{p}: cannot read lexicon file: {exc}") from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        raise LexiconError(f"{p}: line {line}: not UTF-8 text (byte {raw[exc.start]:#04x}); "
                           "save the lexicon file as UTF-8") from None


def tab_hint(text: str, exc: yaml.YAMLError) -> str:
    """``"; a tab: indent with spaces"`` when the YAML error ``exc`` is at a tab of ``text``
    (YAML forbids tabs in indentation), else ``""``."""
    mark = getattr(exc, "problem_mark", None)
    if mark is None:
        return ""
    lines = text.splitlines()
    if mark.line < len(lines) and lines[mark.line][mark.column:mark.column + 1] == "\t":
        return " (a tab: YAML indents with spaces)"
    return ""


def term_given_twice(terms: dict[str, list[object]]) -> tuple[list[str], str] | None:
    """Where the ``terms`` mapping of a lexicon file (type -> entries, checked) gives one
    surface form (a name or an alias) to two different terms, and what to say, or None: the
    second would silently replace the first."""
    seen: dict[str, tuple[str, str, str]] = {}  # surface -> (name, type, key path)
    for type_, entries in terms.items():
        for i, entry in enumerate(entries or ()):
            if isinstance(entry, str):
                name, *aliases = (w.strip() for w in entry.split("|"))
            elif isinstance(entry, dict):
                name = str(entry.get("name", "")).strip()
                more = entry.get("aliases") or []
                aliases = [more] if isinstance(more, str) else [str(a) for a in more]
                type_ = str(entry.get("type") or type_)
            else:
                continue
            where = f"terms.{type_}.{i}"
            for surface in dict.fromkeys(w.strip() for w in (name, *aliases) if w.strip()):
                first = seen.setdefault(surface, (name, str(type_), where))
                if first[:2] != (name, str(type_)):
                    return (["terms", str(type_), str(i)],
                            f"{surface!r} is given already to {first[0]!r} ({first[1]}, "
                            f"{first[2]}); the second would replace the first: keep one")
    return None


def lexicon_data(p: str | Path) -> object:
    """The parsed YAML of the user lexicon file ``p`` (not checked against the schema), parsed
    once while the file stays as it is: the digest of every document built, the miss report and
    the pattern warning all ask. :class:`LexiconError` for a file that cannot be read, YAML
    that does not parse, or YAML aliases (never expanded)."""
    path = Path(p)
    try:
        st = path.stat()
    except OSError:
        st = None
    if st is None:
        read_lexicon_text(p)  # (raises: no such file)
    return _parsed(str(p), st.st_mtime_ns if st else 0, st.st_size if st else 0)


@functools.lru_cache(maxsize=32)
def _parsed(p: str, mtime_ns: int, size: int) -> object:
    text = read_lexicon_text(p)
    try:
        for event in yaml.parse(text, Loader=_LOADER):
            if isinstance(event, yaml.AliasEvent):
                raise LexiconError(f"{p}: YAML aliases (*{event.anchor}) are not allowed in a "
                                   "lexicon; write the words out")
        return yaml.load(text, Loader=_LOADER)
    except yaml.YAMLError as exc:
        raise LexiconError(f"{p}: invalid YAML: {exc}") from None
