"""Checking a user lexicon file before it is used: YAML without aliases (a few hundred bytes of
nested ``*refs`` can expand to gigabytes), then a pydantic schema. Any problem is one
:class:`LexiconError` naming the file and the key, raised once per run (the build checks the
files before any document is processed)."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

import yaml
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    ValidationError,
    create_model,
)
from pydantic_core import PydanticCustomError

from ..errors import LexiconError
from ..graph.models import NodeType
from ..yaml_errors import yaml_problem
from .lexicon_keys import LIST_KEYS, RENAMED_KEYS, TYPED_KEYS
from .lexicon_where import (
    MAX_LEXICON_BYTES,
    did_you_mean,
    key_line,
    read_lexicon_text,
    tab_hint,
    term_given_twice,
)

__all__ = ["LIST_KEYS", "MAX_LEXICON_BYTES", "RENAMED_KEYS", "TYPED_KEYS", "check_lexicon_files",
           "check_lexicon_text", "duplicate_key", "relation_keys", "where_message",
           "yaml_problem"]

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)



def _word(text: str) -> str:
    # an entry that is only white space is a mistake, but for one space: a character that
    # stands for itself where a list holds characters (grammar.yaml's level_body_openers has it)
    if text != " " and not text.strip():
        raise PydanticCustomError("string_too_short", "empty entry")
    return text


Word = Annotated[str, AfterValidator(_word)]


class TermEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: Word
    type: Word | None = None
    aliases: list[Word] | Word = Field(default_factory=list)
    weak: StrictBool = False


def _schema(list_keys: Iterable[str]) -> type[BaseModel]:
    fields: dict[str, Any] = {
        # (a key with nothing under it, every entry commented out, is an empty list, as at the
        # top level)
        "terms": (dict[Word, list[Word | TermEntry] | None] | list[TermEntry] | None, None),
        "relations": (dict[Word, dict[Word, list[Word] | None] | None] | None, None),
        # named regular expressions of the language data (zh/grammar.yaml), replaced by name
        "patterns": (Any, None),  # checked, with its own messages, by the lexicon loader
    }
    for key in (*list_keys, *RENAMED_KEYS):
        fields[key] = (list[Word] | None, None)
    return create_model("LexiconFile", __config__=ConfigDict(extra="forbid"), **fields)


_UNION_TAGS = ("TermEntry", "str", "constrained-str", "none", "bool")


def _path(loc: tuple[Any, ...]) -> list[str]:
    """The keys of an error location, without pydantic's union-member tags."""
    return [str(p) for p in loc if not (isinstance(p, str) and (
        "[" in p or p.startswith("function-") or p in _UNION_TAGS))]


_PLAIN = {"list_type": "must be a list (write [a, b], or one '- a' per line)",
          "dict_type": "must be a mapping (key: value lines)",
          "string_type": "must be a word (a string; quote a number: '5')",
          "missing": "missing"}
_TERM_KEYS = tuple(TermEntry.model_fields)


class _Problem(Exception):
    """A complaint about the key path ``where`` of a lexicon file (made one line, with the
    line of that key, by :func:`check_lexicon_text`)."""

    def __init__(self, where: list[str], msg: str) -> None:
        super().__init__(msg)
        self.where, self.msg = where, msg


def _first_error(exc: ValidationError, list_keys: Iterable[str]) -> _Problem:
    # the most specific complaint: the deepest location
    err = max(exc.errors(), key=lambda e: len(_path(e["loc"])))
    where = _path(err["loc"])
    msg = err["msg"]
    if where and where[0] == "terms" and len(where) == 1:
        msg = "must be a mapping of node type to a list of words, or a list of " \
            "{name, type, aliases}"
    elif err["type"] == "extra_forbidden":
        known = _TERM_KEYS if where and where[0] == "terms" else (
            "terms", "relations", "patterns", *list_keys)
        msg = "unknown key" + did_you_mean(where[-1], known)
    elif err["type"] == "string_too_short":
        msg = "empty entry"
    elif where and where[0] == "terms" and len(where) >= 3:
        msg = f"bad term entry ({_PLAIN.get(err['type'], msg)}; a string or a mapping with " \
            "'name')"
    else:
        msg = _PLAIN.get(err["type"], msg)
    return _Problem(where, msg)


def duplicate_key(text: str) -> str | None:
    """Where a mapping of the YAML ``text`` gives a key twice (``"line N: key 'k'"``), or None.
    YAML keeps the last value of such a key without a word, so a word list added under a name
    already used would silently replace the first list."""
    todo = [yaml.compose(text, Loader=_LOADER)]
    while todo:
        node = todo.pop()
        if isinstance(node, yaml.MappingNode):
            seen: set[str] = set()
            for k, v in node.value:
                if isinstance(k, yaml.ScalarNode):
                    if k.value in seen:
                        return f"line {k.start_mark.line + 1}: key {k.value!r}"
                    seen.add(k.value)
                todo.append(v)
        elif isinstance(node, yaml.SequenceNode):
            todo.extend(node.value)
    return None


@functools.cache
def relation_keys() -> dict[str, frozenset[str]]:
    """The relations a lexicon's ``relations:`` may name and, for each, its kinds of cue words:
    those of the shipped ``cues.yaml`` (the extractor reads no other)."""
    text = (resources.files("conceptkg.loaders.zh") / "cues.yaml").read_text(encoding="utf-8")
    shipped = yaml.load(text, Loader=_LOADER).get("relations") or {}
    return {str(rel): frozenset(map(str, kinds)) for rel, kinds in shipped.items()}


def _check_relations(data: dict[str, Any]) -> None:
    known = relation_keys()
    for rel, kinds in (data.get("relations") or {}).items():
        if str(rel) not in known:
            raise _Problem(["relations", str(rel)], "unknown relation" + (
                did_you_mean(str(rel), known) or f" (one of {', '.join(sorted(known))})"))
        for kind in kinds or {}:
            if str(kind) not in known[str(rel)]:
                raise _Problem(["relations", str(rel), str(kind)], "unknown key" + (
                    did_you_mean(str(kind), known[str(rel)]) or " (the kinds of cue words are "
                    f"the keys under relations.{rel} in cues.yaml)"))


def _check_typed(data: dict[str, Any], types: set[str]) -> None:
    for key in TYPED_KEYS:
        for i, entry in enumerate(data.get(key) or ()):
            word, sep, type_ = str(entry).partition("|")
            if not sep or not word.strip() or type_.strip() not in types:
                raise _Problem([key, str(i)], f"{entry!r} must be word|NodeType, the type one "
                               f"of {', '.join(sorted(types))}")


def _check_terms(data: dict[str, Any], types: set[str]) -> None:
    terms = data.get("terms") or {}

    def unknown(t: Any) -> str:
        return f"unknown node type {t!r}" + (
            did_you_mean(str(t), types) or f" (one of {', '.join(sorted(types))})")

    if isinstance(terms, dict):
        for t, entries in terms.items():
            if str(t) not in types:
                raise _Problem(["terms", str(t)], unknown(t))
            for i, entry in enumerate(entries or ()):
                if isinstance(entry, str) and not entry.partition("|")[0].strip():
                    raise _Problem(["terms", str(t), str(i)],
                                   f"{entry!r} has no name before its first '|'")
                own = entry.get("type") if isinstance(entry, dict) else None
                if own is not None and str(own) not in types:
                    raise _Problem(["terms", str(t), str(i), "type"], unknown(own))
        twice = term_given_twice(terms)
        if twice is not None:
            raise _Problem(*twice)
        return
    for i, entry in enumerate(terms):
        t = entry.get("type")
        if t is None:
            raise _Problem(["terms", str(i)], f"{entry.get('name')!r} has no type (in a list "
                           f"of terms each gives one: type: Concept; one of "
                           f"{', '.join(sorted(types))})")
        if str(t) not in types:
            raise _Problem(["terms", str(i), "type"], unknown(t))


def check_lexicon_text(text: str, src: str, list_keys: Iterable[str]) -> dict[str, Any]:
    """The data of a lexicon file, checked; :class:`LexiconError` with one line otherwise."""
    try:
        for event in yaml.parse(text, Loader=_LOADER):
            if isinstance(event, yaml.AliasEvent):
                raise LexiconError(f"{src}: YAML aliases (*{event.anchor}) are not allowed in "
                                   "a lexicon; write the words out")
        twice = duplicate_key(text)
        if twice is not None:
            raise LexiconError(f"{src}: {twice} is given twice (the second would replace the "
                               "first); merge the two")
        data = yaml.load(text, Loader=_LOADER)
    except yaml.YAMLError as exc:
        raise LexiconError(f"{src}: {yaml_problem(exc)}{tab_hint(text, exc)}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise LexiconError(f"{src}: top level must be a mapping of keys (terms, relations, "
                           "word lists)")
    keys = tuple(list_keys)
    try:
        try:
            _schema(keys).model_validate(data)
        except ValidationError as exc:
            raise _first_error(exc, keys) from None
        types = {t.value for t in NodeType}
        _check_relations(data)
        _check_typed(data, types)
        _check_terms(data, types)
    except _Problem as problem:
        raise LexiconError(where_message(text, src, problem.where, problem.msg)) from None
    return data


def where_message(text: str, src: str, where: list[str], msg: str) -> str:
    """``src: line N: a.b.c: msg``: a complaint about the key path ``where`` of the lexicon
    file ``src`` (whose text is ``text``), with the line of that key when it is found."""
    line = key_line(text, where)
    at = f"line {line}: " if line is not None else ""
    return f"{src}: {at}{'.'.join(where) or 'top level'}: {msg}"


def check_lexicon_files(paths: Iterable[str | Path],
                        list_keys: Iterable[str] | None = None) -> None:
    """Check every user lexicon file up front (once per run)."""
    keys = tuple(LIST_KEYS if list_keys is None else list_keys)
    for p in paths:
        check_lexicon_text(read_lexicon_text(p), str(p), keys)
