"""The library side of ``conceptkg curate``: add a correction to the project's file and apply
it at once, list the file, check what each entry matches, show and accept suggestions."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ParameterError
from ..graph.models import EdgeType, normalize_name
from ..graph.stores import GraphStore
from .apply import SPELT_TWO_WAYS, CurationReport, _article
from .entries import Curation, Entry, default_path, shared_path
from .resolve import Suggestion, suggest
from .store import (
    alias_holders,
    apply_to_store,
    check_store,
    documents_naming_in,
    merge_holds,
    types_named,
)

__all__ = ["CurateResult", "Suggestions", "add_correction", "curation_for", "check",
           "suggestions"]


@dataclass
class CurateResult:
    entry: Entry
    added: bool
    report: CurationReport
    path: str
    #: why nothing was added although the entry is new to the file (e.g. the merge already
    #: holds in the store: A is an alias of B)
    redundant: str = ""

    @property
    def result(self):  # the entry's own result in the report
        return next((r for r in self.report.results if r.entry == self.entry), None)


def curation_for(db: str | None, neo4j: str | None, path: str | Path | None = None, *,
                 create: bool = False, database: str | None = None) -> Curation:
    """The corrections file of a project: ``path`` when given (it must exist unless
    ``create``: a command that adds the first correction makes it), else the store's own file
    next to the database, or of the Neo4j ``database`` (empty when there is none yet; read
    from the folder's shared file of an earlier version while the own one does not exist, see
    :func:`shared_path`). A ``db`` that cannot be a database (a file, a folder of other
    files) is a StoreError, as when the store is opened."""
    if path is not None:
        if Path(path).is_dir():
            raise ParameterError(f"{path}: is a directory; --curation takes a YAML file")
        if not Path(path).is_file():
            if create and not Path(path).exists():
                return Curation(path=str(path))
            raise ParameterError(f"{path}: no such corrections file")
        return Curation.load(path)
    if db:  # the file beside the database: a --db that cannot be one is refused as the store is
        from ..graph.stores.embedded import DB_FILENAME
        from ..graph.stores.folder import check_database_folder

        check_database_folder(Path(db), DB_FILENAME)
    own = default_path(db, neo4j, database)
    shared = shared_path(own)
    if shared is None:
        return Curation.load(own)
    cur = Curation.load(shared)
    cur.path, cur.copied_from = str(own), str(shared)
    return cur


def add_correction(store: GraphStore, cur: Curation, entry: Entry, *,
                   force: bool = False) -> CurateResult:
    """Append ``entry`` to ``cur`` (saved) and apply the whole file to ``store``.

    Unless ``force``, a new entry is refused (ParameterError, nothing written) when its relation
    type is neither built in nor in the store (a typo such as ``DRIVE`` would make a new edge
    type), or when it matches nothing in the stored graph (a misspelt name would sit in the file
    as a stale correction); ``force`` keeps such an entry for a later build."""
    if not cur.has(entry):
        redundant = merge_holds(store, entry)
        if redundant:  # nothing to record: the file is left as it is, nothing applied
            return CurateResult(entry, False, CurationReport(), cur.path, redundant)
        _refuse_unclear(store, entry)
        if not force:
            _refuse_unknown(store, cur, entry)
    added = cur.add(entry)
    if added:
        cur.save()
    report = apply_to_store(store, cur)
    entry = next(e for e in cur.entries if e.model_dump(exclude={"note", "author", "added"})
                 == entry.model_dump(exclude={"note", "author", "added"}))
    return CurateResult(entry, added, report, cur.path)


def _refuse_unclear(store: GraphStore, entry: Entry) -> None:
    """A new rename or retype whose name several types share (it would change each, and a
    retype would fold them into one node) needs a type; a rename onto a name that a node of the
    same type has already would merge the two: that is a merge, said as one. A split of a
    name's other spelling (one node) is refused too."""
    if entry.op == "split" and normalize_name(entry.alias) == normalize_name(entry.name):
        raise ParameterError(f"{entry.describe()}: {SPELT_TWO_WAYS}; to choose the spelling: "
                             f"conceptkg curate rename {entry.name} {entry.alias}; nothing "
                             "written")
    if entry.op not in ("rename", "retype"):
        return
    types = types_named(store, entry.name, entry.type)
    if len(types) > 1:
        raise ParameterError(
            f"{entry.describe()}: {entry.name} names {len(types)} nodes ({', '.join(types)}): "
            f"give {' or '.join(f'--type {t}' for t in types)} to say which; nothing written")
    respelt = normalize_name(entry.name) == normalize_name(entry.to)  # (case, width: the
    # same node, spelt anew)
    if entry.op == "rename" and types and not respelt and types_named(store, entry.to,
                                                                         types[0]):
        raise ParameterError(
            f"{entry.describe()}: {_article(types[0])} {types[0]} named {entry.to} exists "
            f"already, and a rename would merge the two: to do that, run conceptkg curate "
            f"merge {entry.name} {entry.to} --type {types[0]}; nothing written")


def _refuse_unknown(store: GraphStore, cur: Curation, entry: Entry) -> None:
    if entry.rel:
        known = {t.value for t in EdgeType} | set(store._edge_types_present())
        if entry.rel not in known:
            raise ParameterError(
                f"{entry.describe()}: unknown relation type {entry.rel} (known: "
                f"{', '.join(sorted(known))}); nothing written (--force adds a new type)")
    if entry.op in ("merge", "rename", "retype", "reject-node") and not types_named(
            store, entry.name, entry.type):
        holders = alias_holders(store, entry.name, entry.type)
        if holders:  # (a node holds it as an alias: the entry would do nothing)
            label, node = holders[0]
            raise ParameterError(
                f"{entry.describe()}: {entry.name} is an alias of {node} ({label}), not a node "
                f"of its own: name {node}, or make {entry.name} a node first with conceptkg "
                f"curate split {node} {entry.name}; nothing written")
    probe = Curation(entries=[*cur.entries, entry], path=cur.path, resolve=cur.resolve)
    result = next((r for r in check_store(store, probe).results if r.entry is entry), None)
    if result is not None and result.status == "ambiguous" and entry.op in ("add-edge",
                                                                            "reject-edge"):
        name, types = result.detail.split(" names ", 1)[0], _types_in(result.detail)
        side = "source" if name == entry.source else "target"
        raise ParameterError(
            f"{entry.describe()}: {result.detail.rsplit(': give', 1)[0]}: give "
            f"{' or '.join(f'--{side}-type {t}' for t in types)} to say which; nothing written")
    if result is not None and result.status == "stale":
        raise ParameterError(f"{entry.describe()}: matches nothing in the store "
                             f"({result.detail}); nothing written (--force keeps it for a "
                             "later build)")


def _types_in(detail: str) -> list[str]:
    """The node types listed in an 'ambiguous' detail ("X names 2 nodes (A, B): …")."""
    inner = detail.split("(", 1)[1].split(")", 1)[0] if "(" in detail else ""
    return [t.strip() for t in inner.split(",") if t.strip()]


def check(store: GraphStore, cur: Curation) -> CurationReport:
    """What each entry of ``cur`` matches in the stored graph (nothing is written)."""
    return check_store(store, cur)


@dataclass
class Suggestions:
    #: merges and splits made automatically (recorded on the nodes, with their reasons)
    automatic: list[Suggestion] = field(default_factory=list)
    #: candidate merges for a person to accept (``conceptkg curate merge A B``)
    candidates: list[Suggestion] = field(default_factory=list)


def suggestions(store: GraphStore, cur: Curation) -> Suggestions:
    """What entity resolution did on its own, and the merges it suggests, each with its
    reason and evidence. Nothing is written."""
    from .apply import _splits, apply_curation

    kg = store.read_graph(with_text=False)
    report = apply_curation(kg, cur, naming=documents_naming_in(store, kg))  # as the next write
    # would leave it
    out = Suggestions()
    seen: set[tuple[str, str]] = set()
    for n in kg.nodes():
        for note in n.attributes.get("curated") or []:
            pair = (note.get("from", note.get("what", "")), note.get("into", n.name))
            if note.get("op") in ("auto-merge", "auto-split") and pair not in seen:
                seen.add(pair)
                out.automatic.append(Suggestion(
                    *pair, n.type, f"{note['op']}: {note.get('note', '')}", True,
                    [e.sentence for e in n.evidence[:1]], (0, n.mentions)))
    out.automatic += [s for s in report.auto if (s.name, s.into) not in seen]
    out.candidates = suggest(kg, _splits(cur))
    return out
