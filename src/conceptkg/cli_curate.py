"""``conceptkg curate``: corrections that survive rebuilds. Each command parses its arguments
and calls one function of :mod:`conceptkg.curation`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from .cli_common import (
    DatabaseOpt,
    DbOpt,
    LexiconOpt,
    Neo4jOpt,
    curation_for,
    err,
    lexicon_paths,
    open_store,
    out,
    report_curation,
)

__all__ = ["curate_app"]

CurationOpt = Annotated[Path | None, typer.Option(
    "--curation", help="Corrections file (default: DIR.curation.yaml next to the "
    "database DIR; for Neo4j conceptkg.curation.yaml, or conceptkg.NAME.curation.yaml with "
    "--database NAME).")]

curate_app = typer.Typer(no_args_is_help=True, help="Corrections that survive rebuilds: "
                         "merge, rename, retype, reject, add, split; list, check, suggestions.")

NoteOpt = Annotated[str, typer.Option("--note", help="Why (kept in the file and shown with "
                                      "the node).")]
AuthorOpt = Annotated[str, typer.Option("--author", help="Who made the correction.")]
TypeOpt = Annotated[str, typer.Option("--type", help="Only the node of this type.")]


ForceOpt = Annotated[bool, typer.Option(
    "--force", help="Keep the correction even when it matches nothing in the store yet, or "
    "names a new relation type.")]


def _add(db: str | None, neo4j: str | None, database: str | None, curation: Path | None,
         force: bool = False, **fields: str) -> None:
    from .curation import Entry
    from .curation.commands import add_correction

    entry = Entry.make(**fields)
    with open_store(db, neo4j, database, create=False) as store:  # first: it must be there
        cur = curation_for(db, neo4j, curation, create=True, database=database)
        res = add_correction(store, cur, entry, force=force)
    r = res.result
    if res.redundant:
        err.print(f"{entry.describe()}: {res.redundant}; nothing written to {res.path}",
                  markup=False)
        return
    if not res.added:  # one line: the file is left as it is
        status = f" ({r.status}: {r.detail})" if r is not None else ""
        err.print(f"{entry.describe()}: already in {res.path}{status}", markup=False)
        return
    err.print(f"{entry.describe()}: added to {res.path}", markup=False)
    if cur.copied_from:
        err.print(f"this store's corrections now live in {res.path} (it began as a copy of the "
                  f"shared {cur.copied_from}, which is left as it was)", markup=False)
    if r is not None:
        err.print(f"{r.status}: {r.detail}", markup=False)


@curate_app.command("merge")
def merge(a: Annotated[str, typer.Argument(help="The node merged away (becomes an alias).")],
          b: Annotated[str, typer.Argument(help="The node that remains.")],
          type_: TypeOpt = "", note: NoteOpt = "", author: AuthorOpt = "", db: DbOpt = None,
          neo4j: Neo4jOpt = None, database: DatabaseOpt = None,
          curation: CurationOpt = None, force: ForceOpt = False) -> None:
    """A and B are the same thing: A becomes an alias of B."""
    _add(db, neo4j, database, curation, force, op="merge", name=a, into=b, type=type_, note=note,
         author=author)


@curate_app.command("rename")
def rename(name: str, to: str, type_: TypeOpt = "", note: NoteOpt = "",
           author: AuthorOpt = "", db: DbOpt = None, neo4j: Neo4jOpt = None,
           database: DatabaseOpt = None, curation: CurationOpt = None,
           force: ForceOpt = False) -> None:
    """Give NAME the name TO (the old name stays an alias)."""
    _add(db, neo4j, database, curation, force, op="rename", name=name, to=to, type=type_, note=note,
         author=author)


@curate_app.command("retype")
def retype(name: str, to: Annotated[str, typer.Argument(help="Node type, e.g. Initiative.")],
           type_: TypeOpt = "", note: NoteOpt = "", author: AuthorOpt = "",
           db: DbOpt = None, neo4j: Neo4jOpt = None, database: DatabaseOpt = None,
           curation: CurationOpt = None, force: ForceOpt = False) -> None:
    """NAME is a TO (a node type), not what the extractor said."""
    _add(db, neo4j, database, curation, force, op="retype", name=name, to=to, type=type_, note=note,
         author=author)


@curate_app.command("reject-node")
def reject_node(name: str, type_: TypeOpt = "", note: NoteOpt = "", author: AuthorOpt = "",
                db: DbOpt = None, neo4j: Neo4jOpt = None, database: DatabaseOpt = None,
                curation: CurationOpt = None, force: ForceOpt = False) -> None:
    """NAME is not a thing of the graph: delete it, now and after every rebuild."""
    _add(db, neo4j, database, curation, force, op="reject-node", name=name, type=type_, note=note,
         author=author)


SourceTypeOpt = Annotated[str, typer.Option(
    "--source-type", help="The type of the source node, where its name has several.")]
TargetTypeOpt = Annotated[str, typer.Option(
    "--target-type", help="The type of the target node, where its name has several.")]


@curate_app.command("reject-edge")
def reject_edge(source: str, rel: str, target: str, note: NoteOpt = "",
                author: AuthorOpt = "", source_type: SourceTypeOpt = "",
                target_type: TargetTypeOpt = "", db: DbOpt = None, neo4j: Neo4jOpt = None,
                database: DatabaseOpt = None, curation: CurationOpt = None,
                force: ForceOpt = False) -> None:
    """SOURCE REL TARGET is wrong: delete it, now and after every rebuild."""
    _add(db, neo4j, database, curation, force, op="reject-edge", source=source, rel=rel,
         target=target, source_type=source_type, target_type=target_type, note=note,
         author=author)


@curate_app.command("add-edge")
def add_edge(source: str, rel: str, target: str,
             note: Annotated[str, typer.Option("--note", help="The evidence (required).")],
             author: AuthorOpt = "", source_type: SourceTypeOpt = "",
             target_type: TargetTypeOpt = "", db: DbOpt = None, neo4j: Neo4jOpt = None,
             database: DatabaseOpt = None, curation: CurationOpt = None,
             force: ForceOpt = False) -> None:
    """Add SOURCE REL TARGET, with the note as its evidence."""
    _add(db, neo4j, database, curation, force, op="add-edge", source=source, rel=rel, target=target,
         source_type=source_type, target_type=target_type, note=note, author=author)


@curate_app.command("split")
def split(name: str, alias: str, type_: TypeOpt = "", note: NoteOpt = "",
          author: AuthorOpt = "", db: DbOpt = None, neo4j: Neo4jOpt = None,
          database: DatabaseOpt = None, curation: CurationOpt = None,
          force: ForceOpt = False) -> None:
    """ALIAS does not belong to NAME: make it a node of its own."""
    _add(db, neo4j, database, curation, force, op="split", name=name, alias=alias, type=type_,
         note=note, author=author)


@curate_app.command("undo")
def undo(number: Annotated[int, typer.Argument(help="The correction's number in 'curate "
                                               "list'.", min=1)],
         db: DbOpt = None, neo4j: Neo4jOpt = None, database: DatabaseOpt = None,
         curation: CurationOpt = None, lexicon: LexiconOpt = None) -> None:
    """Take correction NUMBER back: out of the file, and its effect out of the store (the
    documents that mention its names are extracted again, with the options each was built
    with; give documents built with --lexicon the same files again)."""
    from .curation.undo import undo_correction

    lex = lexicon_paths(lexicon)
    with open_store(db, neo4j, database, create=False) as store:
        cur = curation_for(db, neo4j, curation, database=database)
        res = undo_correction(store, cur, number, lex)
    err.print(f"undone: {res.entry.describe()} (taken out of {res.path}; "
              f"{len(res.documents)} document(s) that mention it built again)", markup=False)
    report_curation(res.report)


@curate_app.command("list")
def list_(db: DbOpt = None, neo4j: Neo4jOpt = None, database: DatabaseOpt = None,
          curation: CurationOpt = None) -> None:
    """The corrections in the file, in the order they are applied."""
    cur = curation_for(db, neo4j, curation, database=database)
    if not cur.entries:  # not an empty table
        shown = cur.copied_from or cur.path
        if Path(shown).is_file():
            err.print(f"no corrections yet in {shown}", markup=False)
        else:
            err.print(f"no corrections yet (the first one, such as 'conceptkg curate merge A B', "
                      f"makes {cur.path})", markup=False)
        return
    table = Table("#", "correction", "note", "author", "added")
    for i, e in enumerate(cur.entries, 1):
        table.add_row(str(i), escape(e.describe()), escape(e.note), escape(e.author), e.added)
    out.print(table)
    where = (f"the shared {cur.copied_from} (this store's own file {cur.path} is made by its "
             "first correction)" if cur.copied_from else cur.path)
    err.print(f"{len(cur.entries)} correction(s) in {where}", markup=False)


@curate_app.command("check")
def check(db: DbOpt = None, neo4j: Neo4jOpt = None, database: DatabaseOpt = None,
          curation: CurationOpt = None) -> None:
    """What each correction matches in the current graph (nothing is changed)."""
    from .curation.commands import check as run_check

    cur = curation_for(db, neo4j, curation, database=database)
    if not cur.entries:  # a sentence, not an empty table (the store is still checked)
        with open_store(db, neo4j, database, read_only=True):
            pass
        err.print(f"no corrections to check (the first one, such as 'conceptkg curate merge A "
                  f"B', makes {cur.path})" if not Path(cur.path).is_file()
                  else f"no corrections to check in {cur.path}", markup=False)
        return
    with open_store(db, neo4j, database, read_only=True) as store:
        report = run_check(store, cur)
    table = Table("#", "correction", "status", "detail")
    for i, r in enumerate(report.results, 1):
        table.add_row(str(i), escape(r.entry.describe()), r.status, escape(r.detail))
    out.print(table)
    stale, unclear = len(report.stale), len(report.with_status("ambiguous"))
    err.print(f"{len(report.results)} correction(s), {stale} stale" + (
        f", {unclear} ambiguous (give the type it asks for)" if unclear else ""), markup=False)
    if stale or unclear:  # (neither does anything)
        raise typer.Exit(3)


@curate_app.command("suggestions")
def suggestions(db: DbOpt = None, neo4j: Neo4jOpt = None, database: DatabaseOpt = None,
                curation: CurationOpt = None,
                automatic: Annotated[bool, typer.Option(
                    "--automatic", help="Also list the merges made automatically.")] = False
                ) -> None:
    """Candidate merges with their reason and evidence; accept one with the command shown
    below the table."""
    from .curation.commands import suggestions as run_suggestions

    cur = curation_for(db, neo4j, curation, database=database)
    with open_store(db, neo4j, database, read_only=True) as store:
        found = run_suggestions(store, cur)
    rows = [*(found.automatic if automatic else []), *found.candidates]
    if not rows:  # a sentence, not an empty table
        made = len(found.automatic)
        err.print("nothing to suggest: no two names look like one body " + (
            f"({made} merge or split made automatically: list them with --automatic)"
            if made else "(and no merge was made automatically)"), markup=False)
        return
    table = Table("#", "merge", "into", "type", "reason", "evidence")
    for i, s in enumerate(rows, 1):
        table.add_row(str(i), escape(s.name), escape(s.into), s.type, escape(s.reason),
                      escape(" / ".join(x[:80] for x in s.evidence)))
    out.print(table)
    # the commands below the table, whole, one a line: a table column would cut or wrap them
    # in a narrow terminal, and a cut command does not run
    out.print("accept with:", markup=False)
    width = len(str(len(rows)))
    for i, s in enumerate(rows, 1):
        out.print(f"{i:>{width}}  {'(automatic)' if s.auto else s.command}", markup=False,
                  soft_wrap=True, overflow="ignore", crop=False)
    err.print(f"{len(found.candidates)} suggested merge(s), {len(found.automatic)} made "
              "automatically (undo one with: conceptkg curate split NODE NAME; dismiss a "
              "suggestion with: conceptkg curate split INTO MERGE)", markup=False)
