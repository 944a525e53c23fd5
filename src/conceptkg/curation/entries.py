"""The corrections file: what an analyst has said about the graph, kept in YAML under version
control and applied again on every build, load and push.

One file per store (``DIR.curation.yaml`` next to the embedded database ``DIR``,
``conceptkg.curation.yaml`` in the working directory for Neo4j, or given with ``--curation``)::

    version: 1
    corrections:
      - op: merge          # "A" becomes an alias of "B"; B keeps its id
        name: A
        into: B
        note: same body, short form
        author: li
      - op: reject-edge
        source: A
        rel: DRIVES
        target: C

Operations: ``merge`` (name → into), ``rename`` (name → to), ``retype`` (name → to, a node
type), ``reject-node`` (name), ``reject-edge`` / ``add-edge`` (source, rel, target; add-edge
takes the note as its evidence) and ``split`` (alias out of name). ``type`` narrows ``name`` to
nodes of one type. Entries are applied in the order of the file (the order they were added).
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

from ..errors import ParameterError
from ..graph.models import EDGE_TYPE_PATTERN, NodeType, normalize_name
from .yaml_file import read_yaml

__all__ = ["CURATION_FILE", "OPS", "Curation", "Entry", "default_path", "shared_path"]

CURATION_FILE = "conceptkg.curation.yaml"
#: the name of a Neo4j server's default database (the one a command without --database uses)
DEFAULT_DATABASE = "neo4j"
#: the version of the file this package reads and writes (``version:``)
VERSION = 1
#: the keys of the file (``resolve`` and ``version`` may be left out)
FILE_KEYS = ("version", "resolve", "corrections")
OPS = ("merge", "rename", "retype", "reject-node", "reject-edge", "add-edge", "split")
Op = Literal["merge", "rename", "retype", "reject-node", "reject-edge", "add-edge", "split"]

#: fields each operation needs
_NEEDS: dict[str, tuple[str, ...]] = {
    "merge": ("name", "into"), "rename": ("name", "to"), "retype": ("name", "to"),
    "reject-node": ("name",), "reject-edge": ("source", "rel", "target"),
    "add-edge": ("source", "rel", "target"), "split": ("name", "alias"),
}
#: what an empty field of an operation should have said
_WHAT = {("rename", "to"): "the new name", ("retype", "to"): "the node type",
         ("merge", "into"): "the node to merge into", ("split", "alias"): "the alias",
         ("reject-edge", "rel"): "the relation type", ("add-edge", "rel"): "the relation type"}


class Entry(BaseModel):
    """One correction (see the module docstring for the fields each ``op`` uses)."""

    model_config = ConfigDict(extra="forbid")

    op: Op
    name: str = ""
    type: str = ""
    into: str = ""
    to: str = ""
    alias: str = ""
    source: str = ""
    rel: str = ""
    target: str = ""
    #: the node types of an edge's ends (add-edge, reject-edge), where a name has several
    source_type: str = ""
    target_type: str = ""
    note: str = ""
    author: str = ""
    added: str = ""

    @model_validator(mode="after")
    def _complete(self) -> Entry:
        for f in ("name", "into", "to", "alias", "source", "rel", "target", "type",
                  "source_type", "target_type"):
            setattr(self, f, str(getattr(self, f)).strip())
        missing = [f for f in _NEEDS[self.op] if not getattr(self, f)]
        if missing:
            what = [_WHAT.get((self.op, f), f"the {f}") for f in missing]
            raise ValueError(f"{self.op}: {' and '.join(what)} must not be empty")
        if self.op == "merge" and self.name == self.into:
            raise ValueError(f"cannot merge {self.name!r} into itself (give two nodes)")
        if self.op == "add-edge" and normalize_name(self.source) == normalize_name(self.target):
            raise ValueError(f"an edge from {self.source!r} to itself says nothing (give two "
                             "nodes)")
        if self.op == "rename" and self.name == self.to:
            raise ValueError(f"cannot rename {self.name!r} to itself (give another name)")
        types = {t.value.lower(): t.value for t in NodeType}  # (any case, as rel is)
        for f in ("type", "source_type", "target_type", *(("to",) if self.op == "retype"
                                                          else ())):
            setattr(self, f, types.get(getattr(self, f).lower(), getattr(self, f)))
        for t in (self.type, self.source_type, self.target_type):
            if t and t not in {t.value for t in NodeType}:
                raise ValueError(f"unknown node type {t!r} (choose "
                                 f"{', '.join(t.value for t in NodeType)})")
        if self.op == "retype" and self.to not in {t.value for t in NodeType}:
            raise ValueError(f"unknown node type {self.to!r} (choose "
                             f"{', '.join(t.value for t in NodeType)})")
        if self.rel:
            self.rel = self.rel.upper()
            if not EDGE_TYPE_PATTERN.fullmatch(self.rel):
                raise ValueError(f"relation type must be an identifier such as DRIVES, got "
                                 f"{self.rel!r}")
        return self

    @classmethod
    def make(cls, **fields: str) -> Entry:
        """An entry from command-line fields; ParameterError (one line) when invalid."""
        try:
            return cls.model_validate(fields)
        except ValidationError as exc:
            raise ParameterError(_first_error(exc)) from None

    def describe(self) -> str:
        """One line saying what the entry does."""
        typed = f" ({self.type})" if self.type else ""
        match self.op:
            case "merge":
                return f"merge {self.name}{typed} into {self.into}"
            case "rename" | "retype":
                return f"{self.op} {self.name}{typed} to {self.to}"
            case "reject-node":
                return f"reject-node {self.name}{typed}"
            case "split":
                return f"split {self.alias} out of {self.name}{typed}"
            case _:
                st = f" ({self.source_type})" if self.source_type else ""
                tt = f" ({self.target_type})" if self.target_type else ""
                return f"{self.op} {self.source}{st} {self.rel} {self.target}{tt}"

    def to_yaml(self) -> dict[str, str]:
        return {k: v for k, v in self.model_dump().items() if v}


class Curation(BaseModel):
    """The entries of a corrections file, in order; ``path`` is where it lives."""

    entries: list[Entry] = []
    path: str = ""
    #: resolve entities across documents automatically (``resolve: false`` in the file: off)
    resolve: bool = True
    #: the shared file of an earlier version the entries were read from, when ``path`` (this
    #: store's own file) does not exist yet; the first save writes ``path`` and leaves it alone
    copied_from: str = ""

    @classmethod
    def load(cls, path: str | Path) -> Curation:
        """The file at ``path``; an empty curation when it does not exist. A malformed file is
        a ParameterError of one line naming the file, the line and the key."""
        p = Path(path)
        if not p.exists():
            return cls(path=str(p))
        try:
            raw = p.read_bytes()
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = raw[:exc.start].count(b"\n") + 1
            raise ParameterError(f"{p}: line {line}: not UTF-8 text (save the file as "
                                 "UTF-8)") from None
        except OSError as exc:
            reason = exc.strerror or exc
            raise ParameterError(f"{p}: not a readable corrections file: {reason}") from None
        doc = read_yaml(text, str(p))
        data = {} if doc.data is None else doc.data
        if not isinstance(data, dict):
            raise ParameterError(f"{p}: line {doc.line()}: expected a mapping with a "
                                 "'corrections' list (see the README, Curation)")
        for key in data:
            if key not in FILE_KEYS:
                raise ParameterError(f"{p}: line {doc.line(str(key))}: unknown key {key!r} (the "
                                     f"keys are {', '.join(FILE_KEYS)})")
        version = data.get("version", VERSION)
        if str(version).strip() != str(VERSION):
            raise ParameterError(f"{p}: line {doc.line('version')}: version {version!r} is not "
                                 f"one this conceptkg reads (version {VERSION}): made by a "
                                 "newer conceptkg? upgrade it, or write the file for version "
                                 f"{VERSION}")
        resolve = data.get("resolve", True)
        if not isinstance(resolve, bool):
            raise ParameterError(f"{p}: line {doc.line('resolve')}: resolve: must be true or "
                                 f"false, not {resolve!r}")
        items = data.get("corrections")
        items = [] if items is None else items
        if not isinstance(items, list):
            raise ParameterError(f"{p}: line {doc.line('corrections')}: corrections: expected "
                                 "a list of corrections (each '- op: …')")
        entries = []
        for i, item in enumerate(items):
            try:
                entries.append(Entry.model_validate(item))
            except ValidationError as exc:
                first = exc.errors()[0]
                loc = [str(x) for x in first.get("loc", ())]
                line = doc.line("corrections", i, *loc[:1])
                raise ParameterError(f"{p}: line {line}: correction {i + 1}: "
                                     f"{_first_error(exc)}") from None
        return cls(entries=entries, path=str(p), resolve=resolve)

    def save(self) -> None:
        """Write the file (atomically: a temporary file renamed over the old one)."""
        p = Path(self.path)
        text = yaml.safe_dump({"version": VERSION, "resolve": self.resolve,
                               "corrections": [e.to_yaml() for e in self.entries]},
                              allow_unicode=True, sort_keys=False)
        if not p.parent.is_dir():
            raise ParameterError(f"{p}: cannot write the corrections file: the folder "
                                 f"{p.parent} does not exist")
        tmp = p.with_name(p.name + ".tmp")
        try:
            tmp.write_text(text, encoding="utf-8")
            os.replace(tmp, p)
        except OSError as exc:  # named by the file, not by its temporary copy
            tmp.unlink(missing_ok=True)
            raise ParameterError(f"{p}: cannot write the corrections file: "
                                 f"{exc.strerror or exc}") from None

    def has(self, entry: Entry) -> bool:
        """Whether the same correction (whatever its note, author and date) is in the file."""
        key = entry.model_dump(exclude={"note", "author", "added"})
        return any(e.model_dump(exclude={"note", "author", "added"}) == key
                   for e in self.entries)

    def add(self, entry: Entry) -> bool:
        """Append ``entry`` unless the same correction is already there; True if added."""
        if self.has(entry):
            return False
        if not entry.added:
            entry.added = dt.date.today().isoformat()
        self.entries.append(entry)
        return True

    def __bool__(self) -> bool:
        return bool(self.entries) or self.resolve


def _first_error(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(x) for x in first.get("loc", ()))
    msg = first.get("msg", "invalid").removeprefix("Value error, ")
    if first.get("type") == "extra_forbidden":
        msg = f"unknown key (the keys are {', '.join(Entry.model_fields)})"
    elif first.get("type") == "literal_error" and where == "op":
        msg = f"unknown operation {first.get('input')!r} (one of {', '.join(OPS)})"
    elif first.get("type") == "model_type":
        msg = "expected a mapping such as {op: merge, name: A, into: B}"
    return f"{where + ': ' if where else ''}{msg}"


def default_path(db: str | None, neo4j: str | None, database: str | None = None) -> Path:
    """Where the corrections file of a store lives: for an embedded database ``DIR``, its own
    ``DIR.curation.yaml`` beside it (two stores in one folder never share corrections); for a
    Neo4j server, ``conceptkg.curation.yaml`` in the working directory, and for its database
    ``NAME`` (``--database``) ``conceptkg.NAME.curation.yaml`` (two databases never share
    corrections either). The command line passes the store the environment names when no
    option does (:func:`conceptkg.transfer.resolve_target`)."""
    if neo4j and not db:
        # (Neo4j's database names ignore case; the server's default database, which a command
        # without --database uses, is named neo4j)
        database = (database or "").strip().lower()
        if database in ("", DEFAULT_DATABASE):
            return Path(CURATION_FILE)
        name = re.sub(r"[^\w.-]", "_", database).strip(".") or "_"
        return Path(f"conceptkg.{name}.curation.yaml")
    d = Path(db or "conceptkg.db").absolute()
    return d.parent / f"{d.name}.curation.yaml"


def shared_path(own: Path) -> Path | None:
    """The folder's shared ``conceptkg.curation.yaml`` (where earlier versions kept the
    corrections of every store in the folder, and of every Neo4j database), when the store's
    own file ``own`` does not exist yet: the store keeps reading it until its first correction
    writes ``own``. For the Neo4j default database (whose own file is that shared one), the
    ``conceptkg.neo4j.curation.yaml`` that earlier versions wrote for ``--database neo4j``."""
    if own.exists():
        return None
    # (for the default database, earlier versions wrote --database neo4j's corrections to a
    # file of that name)
    shared = own.parent / (f"conceptkg.{DEFAULT_DATABASE}.curation.yaml"
                           if own.name == CURATION_FILE else CURATION_FILE)
    return shared if shared.is_file() else None
