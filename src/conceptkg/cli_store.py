"""The store as a whole: ``remove`` documents, ``check`` the embedded database, ``export`` the
graph to files, ``push``/``pull`` it between the embedded database and Neo4j. Each command parses
its arguments and calls one library function."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .cli_common import (
    CurationOpt,
    DatabaseOpt,
    DbOpt,
    Neo4jOpt,
    ServerOpt,
    curation_for,
    err,
    filling_store,
    open_store,
    out,
    path_value,
    print_counts,
    report_curation,
    say,
    text_value,
)
from .errors import ParameterError

__all__ = ["check", "export", "import_", "pull", "push", "remove"]


def remove(
    targets: Annotated[list[str], typer.Argument(parser=text_value, help="Paths (files or "
                                                 "directories) or "
                                                 "document ids.")],
    db: DbOpt = None,
    neo4j: Neo4jOpt = None,
    database: DatabaseOpt = None,
    curation: CurationOpt = None,
) -> None:
    """Remove documents and everything only they supported (the corrections are applied
    again, as by build)."""
    from .remove import remove as run_remove

    with open_store(db, neo4j, database, create=False) as store:
        cur = curation_for(db, neo4j, curation, database=database)
        result = run_remove(targets, store, curation=cur)
        for path, d in result.same_content:
            err.print(f"{path}: same content as the stored {d.path or d.id} (identical files "
                      "are one document); nothing removed for it", markup=False)
        for d in result.documents:
            err.print(f"removed {d.path or d.id}", markup=False)
        w = result.write
        err.print(f"{len(result.documents)} document(s) removed; {w.removed_nodes} nodes and "
                  f"{w.removed_edges} edges left without support deleted")
        report_curation(result.curation)
        print_counts(store.stats())


def check(db: DbOpt = None) -> None:
    """Say whether the embedded database is intact.

    Reads every page of it, in a child process."""
    from .errors import ParameterError
    from .graph.check import check_database
    from .transfer import resolve_target

    path, uri = resolve_target(db, None)
    if uri is not None or path is None:
        raise ParameterError("check reads an embedded database, and NEO4J_URI names a Neo4j "
                             "server (check that with neo4j-admin database check); give --db DIR")
    rep = check_database(path)
    say(f"ok: {rep.documents} documents, {rep.nodes} nodes, {rep.edges} edges read")


def export(
    output: Annotated[Path, typer.Option("--output", "-o", parser=path_value,
                                         help="File to write (a directory "
                                         "for neo4j-csv; - for standard output).")],
    fmt: Annotated[str | None, typer.Option("--format", "-f", help="json, graphml, gexf, "
                                            "neo4j-csv or jsonl (evidence rows); default: from "
                                            "the file name, else json.")] = None,
    db: DbOpt = None,
    neo4j: Neo4jOpt = None,
    database: DatabaseOpt = None,
    with_text: Annotated[bool, typer.Option("--with-text", help="json: keep the documents' "
                                            "texts too (for 'conceptkg import').")] = False,
) -> None:
    """Export the stored graph (JSON, GraphML, GEXF, Neo4j import CSV, evidence JSON Lines)."""
    from .exporting import check_export_format, export_format, export_store

    fmt = export_format(output, fmt)
    check_export_format(fmt, with_text)  # before opening the store
    to_stdout = str(output) == "-"
    if to_stdout and fmt == "neo4j-csv":
        raise ParameterError("neo4j-csv writes a directory: give -o DIR, not -")
    with open_store(db, neo4j, database, read_only=True) as store:
        if not to_stdout:
            result = export_store(store, output, fmt, with_text=with_text)
        else:
            import shutil
            import sys
            import tempfile

            with tempfile.TemporaryDirectory() as tmp:
                result = export_store(store, Path(tmp) / f"graph.{fmt}", fmt,
                                      with_text=with_text)
                with result.path.open("rb") as f:
                    shutil.copyfileobj(f, sys.stdout.buffer)
                sys.stdout.buffer.flush()
            return
    say(f"wrote {result.path}")
    if result.command:
        err.print("import into Neo4j (server stopped; replaces the database) with the command "
                  "below, then run after-import.cypher once (cypher-shell -f):", markup=False)
        out.print(result.command, markup=False)


def import_(
    file: Annotated[Path, typer.Argument(parser=path_value,
                                         help="A graph export (conceptkg export --format json, "
                                         "graphml or gexf).")],
    fmt: Annotated[str | None, typer.Option("--format", "-f", help="json, graphml or gexf "
                                            "(default: from the file name).")] = None,
    db: DbOpt = None,
    neo4j: Neo4jOpt = None,
    database: DatabaseOpt = None,
    curation: CurationOpt = None,
) -> None:
    """Import a graph export into the store (merging with what is there)."""
    from .importing import import_format, import_graph

    import_format(file, fmt)  # before opening the store
    cur = curation_for(db, neo4j, curation, database=database)
    with filling_store(db, neo4j, database) as store:
        result = import_graph(file, store, fmt, curation=cur)
        rep = result.report
        err.print(f"imported {rep.nodes} nodes, {rep.edges} edges, {rep.documents} documents "
                  f"from {result.path}", markup=False)
        if result.without_text:
            say(f"note: {result.without_text} document(s) came without their text (export with "
                "--format json --with-text to keep it); evidence sentences are kept")
        report_curation(rep.curation)
        print_counts(store.stats())


def push(neo4j: ServerOpt, db: DbOpt = None, database: DatabaseOpt = None,
         curation: CurationOpt = None) -> None:
    """Copy the embedded graph into Neo4j (merging with what is there); the Neo4j database's
    own corrections file (conceptkg.curation.yaml here) is applied there, or --curation FILE."""
    _copy("push", db, neo4j, database, curation)


def pull(neo4j: ServerOpt, db: DbOpt = None, database: DatabaseOpt = None,
         curation: CurationOpt = None) -> None:
    """Copy a Neo4j graph into the embedded database (merging with what is there); its own
    corrections file (DIR.curation.yaml) is applied there, or --curation FILE."""
    _copy("pull", db, neo4j, database, curation)


def _copy(direction: str, db: str | None, neo4j: str, database: str | None,
          curation: Path | None) -> None:
    """``push`` or ``pull`` (:mod:`conceptkg.transfer`): the destination's corrections are
    applied there, as the library applies them; ``--curation FILE`` instead (read before the
    server is asked)."""
    from . import transfer
    from .build_curation import AUTO

    run = {"push": transfer.push, "pull": transfer.pull}[direction]
    db = db or transfer.default_db()  # the embedded side, whatever $NEO4J_URI says
    cur = AUTO if curation is None else curation_for(None, None, curation)
    rep = run(db, neo4j, database, curation=cur)
    err.print(f"{direction}ed {rep.nodes} nodes, {rep.edges} edges, {rep.documents} documents")
    report_curation(rep.curation)
