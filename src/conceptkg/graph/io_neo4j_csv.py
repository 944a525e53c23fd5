"""A bulk-import bundle for Neo4j: header and data CSV files for ``neo4j-admin database import
full`` (a large graph goes into an empty database in one pass, much faster than ``push``).

The files hold exactly the labels, relationship types and properties that ``push`` writes (the
columns and rows come from the property schema, :mod:`.stores.schema`), so an imported database
reads the same as a pushed one. Per node label ``nodes_LABEL.header.csv`` + ``nodes_LABEL.csv``,
per relationship type ``rels_TYPE.header.csv`` + ``rels_TYPE.csv``, Documents included (with
their text). Node ids form one global id space (ids are unique across labels). ``import.txt``
holds the exact command line and ``after-import.cypher`` the statements to run once after it (the
uniqueness constraints, and empty lists where the import tool leaves no property); it is written
last, each file whole, so that an export stopped half-way leaves a bundle without it.
"""

from __future__ import annotations

import csv
import re
import shlex
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError, ParameterError
from .io_atomic import atomic_path
from .knowledge_graph import KnowledgeGraph
from .models import NodeType
from .stores.dialect import NEO4J
from .stores.schema import DOCUMENT, EDGE, NODE, STRINGS, Kind, checked_label, checked_rel_type

__all__ = ["AFTER_IMPORT", "ARRAY_DELIMITERS", "Neo4jCsvBundle", "after_import_cypher",
           "check_bundle_directory", "import_command", "write_neo4j_csv"]

#: candidates for --array-delimiter; the first that no list value contains is used
ARRAY_DELIMITERS = (";", "|", "¦", "\u2016")

_KEYS = {"id": "id:ID", "source": ":START_ID", "target": ":END_ID"}


def _columns(kind: Kind) -> tuple[tuple[str, str], ...]:
    """(row key, header title) per column of a kind: the keys first, then every property."""
    names = {*kind.ends, *(p.name for p in kind.props)}
    keys = [k for k in _KEYS if k in names]
    titles = [(k, _KEYS[k]) for k in keys]
    for p in kind.props:
        if p.name not in keys:
            titles.append((p.name, f"{p.name}:{p.type.csv}" if p.type.csv else p.name))
    return tuple(titles)


def _lists(kind: Kind) -> tuple[str, ...]:
    return tuple(p.name for p in kind.props if p.type == STRINGS)


#: the file of statements to run after the import
AFTER_IMPORT = "after-import.cypher"
# list properties are names of the schema, labels and types checked
_EMPTY_NODE_LIST = ("MATCH (n:{label}) WHERE n.{prop} IS NULL "
                    "CALL {{ WITH n SET n.{prop} = [] }} IN TRANSACTIONS OF 10000 ROWS")
_EMPTY_REL_LIST = ("MATCH ()-[r:{rel}]->() WHERE r.{prop} IS NULL "
                   "CALL {{ WITH r SET r.{prop} = [] }} IN TRANSACTIONS OF 10000 ROWS")


@dataclass
class Neo4jCsvBundle:
    directory: Path
    #: (label, header file, data file) per node label, Document included
    nodes: list[tuple[str, str, str]] = field(default_factory=list)
    #: (relationship type, header file, data file)
    relationships: list[tuple[str, str, str]] = field(default_factory=list)
    array_delimiter: str = ";"
    command: str = ""


def _pick_delimiter(lists: list[list[str]]) -> str:
    used = set()
    for values in lists:
        for v in values:
            used.update(ch for ch in ARRAY_DELIMITERS if ch in v)
    for ch in ARRAY_DELIMITERS:
        if ch not in used:
            return ch
    raise InputError("every array delimiter occurs in a list value; cannot write neo4j-csv")


def _write(directory: Path, stem: str, label_column: tuple[str, str] | None,
           columns: tuple[tuple[str, str], ...], rows: list[dict[str, Any]],
           delimiter: str) -> tuple[str, str]:
    header, data = f"{stem}.header.csv", f"{stem}.csv"
    titles = [t for _, t in columns] + ([label_column[0]] if label_column else [])
    with atomic_path(directory / header) as tmp, open(tmp, "w", encoding="utf-8",
                                                      newline="") as f:
        csv.writer(f, lineterminator="\n").writerow(titles)
    with atomic_path(directory / data) as tmp, open(tmp, "w", encoding="utf-8",
                                                    newline="") as f:
        # text quoted, numbers not: a quoted "" is an empty string (an empty list for arrays),
        # as push stores it, where an unquoted empty field would be no property at all
        w = csv.writer(f, lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC)
        for row in rows:
            cells = [delimiter.join(v) if isinstance(v, list) else v
                     for v in (row[k] for k, _ in columns)]
            w.writerow(cells + ([label_column[1]] if label_column else []))
    return header, data


def import_command(bundle: Neo4jCsvBundle, database: str = "neo4j") -> str:
    """The ``neo4j-admin`` command that imports ``bundle`` (run in the bundle's directory)."""
    # the database name goes first: --nodes/--relationships take several values each, so a
    # name after them would be read as one more file
    parts = ["neo4j-admin", "database", "import", "full", database, "--overwrite-destination",
             "--multiline-fields=true", f"--array-delimiter={bundle.array_delimiter}"]
    parts += [f"--nodes={h},{d}" for _, h, d in bundle.nodes]
    parts += [f"--relationships={h},{d}" for _, h, d in bundle.relationships]
    return shlex.join(parts)


#: the files of a bundle: a directory holding anything else is not written into
_BUNDLE_FILE = re.compile(r"^(?:(?:nodes|rels)_\w+(?:\.header)?\.csv|import\.txt|"
                          + re.escape(AFTER_IMPORT) + r")$")


def check_bundle_directory(directory: str | Path) -> None:
    """:class:`ParameterError` when ``directory`` cannot take a bundle: a file, a path below a
    file, or a directory that holds other files than an earlier bundle (a bundle written among
    them would mix with them, and an earlier bundle's files are replaced)."""
    directory = Path(directory)
    parent = directory
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if parent.exists() and not parent.is_dir():
        raise ParameterError(f"{directory}: " + ("exists and is not a directory"
                                                 if parent == directory else
                                                 f"{parent} is not a directory"))
    if not directory.is_dir():
        return
    try:
        others = sorted(e.name for e in directory.iterdir() if not _BUNDLE_FILE.match(e.name))
    except OSError as exc:
        raise ParameterError(f"{directory}: cannot read the directory: {exc.strerror}") from None
    if others:
        raise ParameterError(f"{directory}: holds other files than a neo4j-csv bundle (such as "
                             f"{others[0]!r}); give a new or empty directory")


def write_neo4j_csv(kg: KnowledgeGraph, directory: str | Path) -> Neo4jCsvBundle:
    """Write the bundle for ``kg`` into ``directory`` (created if needed; one that holds
    other files than an earlier bundle is refused, see :func:`check_bundle_directory`). The
    files of an earlier bundle that this one does not write are removed."""
    directory = Path(directory)
    check_bundle_directory(directory)
    earlier = set(directory.iterdir()) if directory.is_dir() else set()
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{directory}: cannot create directory: {exc.strerror}") from None
    if not directory.is_dir():
        raise InputError(f"{directory}: not a directory")
    # the command goes last: a bundle whose export was stopped has none (and no half file)
    (directory / "import.txt").unlink(missing_ok=True)
    node_rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for n in kg.nodes():
        node_rows[str(n.type)].append(NODE.to_row(n))
    rel_rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for e in kg.edges():
        rel_rows[e.type].append(EDGE.to_row(e))
    lists = [r[k] for rows in node_rows.values() for r in rows for k in _lists(NODE)]
    lists += [r[k] for rows in rel_rows.values() for r in rows for k in _lists(EDGE)]
    bundle = Neo4jCsvBundle(directory, array_delimiter=_pick_delimiter(lists))
    docs = [DOCUMENT.to_row(d) for d in sorted(kg.documents.values(), key=lambda d: d.id)]
    if docs:
        files = _write(directory, "nodes_Document", (":LABEL", "Document"), _columns(DOCUMENT),
                       docs, bundle.array_delimiter)
        bundle.nodes.append(("Document", *files))
    for t in NodeType:
        if node_rows.get(t.value):
            lab = checked_label(t.value)
            bundle.nodes.append((lab, *_write(directory, f"nodes_{lab}", (":LABEL", lab),
                                             _columns(NODE), node_rows[lab],
                                             bundle.array_delimiter)))
    for rel in sorted(rel_rows):
        name = checked_rel_type(rel)
        bundle.relationships.append((name, *_write(directory, f"rels_{name}", (":TYPE", name),
                                                  _columns(EDGE), rel_rows[rel],
                                                  bundle.array_delimiter)))
    bundle.command = import_command(bundle)
    with atomic_path(directory / AFTER_IMPORT) as tmp:
        tmp.write_text(after_import_cypher(bundle), encoding="utf-8")
    written = {directory / n for _, *files in [*bundle.nodes, *bundle.relationships]
               for n in files} | {directory / "import.txt", directory / AFTER_IMPORT}
    for stale in earlier - written:  # (an earlier bundle's label or type that is gone now)
        stale.unlink(missing_ok=True)
    with atomic_path(directory / "import.txt") as tmp:  # (last: a stopped bundle has none)
        tmp.write_text(bundle.command + "\n", encoding="utf-8")
    return bundle


def after_import_cypher(bundle: Neo4jCsvBundle) -> str:
    """Statements to run once on the imported database (``cypher-shell -f after-import.cypher``):
    the uniqueness constraints ``push`` creates, and empty lists where the import tool left no
    property (it drops empty arrays), so that the database matches a pushed one exactly."""
    lines = [c + ";" for c in NEO4J.constraints()]
    for lab, *_ in bundle.nodes:
        kind = DOCUMENT if lab == "Document" else NODE
        lines += [_EMPTY_NODE_LIST.format(label=checked_label(lab), prop=p) + ";"
                  for p in _lists(kind)]
    for rel, *_ in bundle.relationships:
        lines += [_EMPTY_REL_LIST.format(rel=checked_rel_type(rel), prop=p) + ";"
                  for p in _lists(EDGE)]
    return "\n".join(lines) + "\n"
