"""The ``conceptkg`` command line: parses arguments, calls one library function per command and
turns library errors into one-line messages and exit codes (1 error, 2 usage, 3 some files
skipped). ``--debug`` shows tracebacks."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .display import SafeRecords, path_text, safe_text
from .errors import ConceptKGError, ParameterError

if TYPE_CHECKING:  # the stack is imported by the commands that use it, so start-up stays fast
    from .graph.stores import GraphStore, QueryResult

__all__ = ["app", "main"]

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Build, query and draw knowledge graphs of concepts from documents.")
# data is printed literally: no markup, no :emoji: codes, no highlighting
err = Console(stderr=True, soft_wrap=True, markup=False, emoji=False, highlight=False)
out = Console(highlight=False, soft_wrap=True, markup=False, emoji=False)
_state = {"debug": False}

EXIT_ERROR, EXIT_PARTIAL = 1, 3
INTERRUPTED = ("interrupted: every write completed before the interruption is kept, the one in "
               "progress was undone; run the same command again to finish")

DbOpt = Annotated[str | None, typer.Option(
    "--db", help="Embedded database directory (default: $CONCEPTKG_DB, else ./conceptkg.db).",
    show_default=False)]
Neo4jOpt = Annotated[str | None, typer.Option(
    "--neo4j", help="Neo4j URI (bolt:// or neo4j://; default: $NEO4J_URI when neither --db nor "
    "$CONCEPTKG_DB is given); credentials from NEO4J_USERNAME / NEO4J_PASSWORD.",
    show_default=False)]
ServerOpt = Annotated[str, typer.Option(
    "--neo4j", envvar="NEO4J_URI", show_envvar=False,
    help="Neo4j URI (default: $NEO4J_URI); credentials from NEO4J_USERNAME / NEO4J_PASSWORD.")]
DatabaseOpt = Annotated[str | None, typer.Option("--database", help="Neo4j database name.")]
FormatOpt = Annotated[str, typer.Option("--format", "-f", help="table, json or csv.")]
CurationOpt = Annotated[Path | None, typer.Option(
    "--curation", help="Corrections file [default: conceptkg.curation.yaml next to the "
    "database]; applied after every write.")]


def _curation(db: str | None, neo4j: str | None, path: Path | None):
    from .curation.commands import curation_for

    return curation_for(db, neo4j, path)


def _report_curation(report) -> None:
    if report is None:
        return
    if report.changed:
        err.print(f"corrections: {len(report.changed)} applied", markup=False)
    for r in report.stale:
        err.print(f"stale correction: {r.entry.describe()} ({r.detail})", markup=False)


@app.callback()
def _main(debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks.")] = False,
          verbose: Annotated[bool, typer.Option("--verbose", "-v", help="More messages.")
                             ] = False) -> None:
    _state["debug"] = debug
    logging.basicConfig(level=logging.DEBUG if debug else logging.INFO if verbose
                        else logging.WARNING, format="%(message)s",
                        handlers=[_handler()], force=True)
    # pypdf logs its own warnings for files that the reader then reports once, as skipped
    logging.getLogger("pypdf").setLevel(logging.DEBUG if debug else logging.ERROR)


def _handler() -> logging.Handler:
    from rich.logging import RichHandler

    handler = RichHandler(console=err, show_path=False, markup=False)
    handler.addFilter(SafeRecords())
    return handler


def _say(text: str) -> None:
    """One line to standard error, escaped (file names may hold any bytes)."""
    err.print(safe_text(text, keep_newlines=False), markup=False, emoji=False)


def _open(db: str | None, neo4j: str | None, database: str | None, *,
          read_only: bool = False) -> GraphStore:
    from .transfer import open_store

    return open_store(db, neo4j, database, read_only=read_only)


def _print_result(result: QueryResult, fmt: str) -> None:
    from .output import FORMATS, cell, format_result

    if fmt not in FORMATS:
        raise ParameterError(f"unknown format {fmt!r} (choose table, json or csv)")
    if fmt != "table":
        out.print(format_result(result, fmt), markup=False, end="" if fmt == "csv" else "\n")
        return
    table = Table(*(safe_text(c) for c in result.columns), show_lines=False)
    for row in result.rows:
        table.add_row(*(safe_text(cell(v)) for v in row))
    out.print(table)
    err.print(f"{len(result.rows)} row(s)")


def _parse_pairs(pairs: list[str]) -> dict[str, str]:
    params: dict[str, str] = {}
    for p in pairs:
        key, sep, value = p.partition("=")
        if not sep or not key.strip():
            raise ParameterError(f"expected key=value, got {p!r}")
        if key.strip() in params:
            raise ParameterError(f"parameter {key.strip()!r} given twice")
        params[key.strip()] = value
    return params


def _print_counts(stats: dict) -> None:
    if not stats["nodes"] and not stats["edges"]:
        out.print(f"the graph is empty: no nodes or edges ({stats['documents']} document(s))")
        return
    table = Table("kind", "type", "count")  # type names are identifiers: no markup
    for t, n in stats["nodes"].items():
        table.add_row("node", t, str(n))
    for t, n in stats["edges"].items():
        table.add_row("edge", t, str(n))
    table.add_row("", "Document", str(stats["documents"]))
    dates = stats.get("dates") or {}
    for k in ("first", "last", "undated"):
        if k in dates:
            table.add_row("dates", k, str(dates[k]))
    out.print(table)


@app.command()
def build(
    files: Annotated[list[Path], typer.Argument(help="Documents or directories of documents.")],
    db: DbOpt = None,
    neo4j: Neo4jOpt = None,
    database: DatabaseOpt = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="Write the graph as JSON.")
                        ] = None,
    html_out: Annotated[Path | None, typer.Option("--html", help="Write an HTML view.")] = None,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", help="Worker processes "
                                             "(default: all cores).")] = None,
    force: Annotated[bool, typer.Option("--force", help="Rebuild unchanged documents.")] = False,
    lexicon: Annotated[list[Path] | None, typer.Option(
        "--lexicon", help="Extra lexicon/cue-word YAML (repeatable).")] = None,
    min_confidence: Annotated[float, typer.Option(
        "--min-confidence", min=0.0, max=1.0,
        help="Leave out edges below this confidence (0–1).")] = 0.0,
    date: Annotated[str | None, typer.Option(
        "--date", help="Date of the documents (YYYY-MM-DD), instead of the date found in "
        "their front matter, title or file name.")] = None,
    no_metrics: Annotated[bool, typer.Option("--no-metrics", help="Skip statistics (Metric "
                                             "nodes, MEASURES edges).")] = False,
    curation: CurationOpt = None,
) -> None:
    """Extract the graph of FILES into the store; print counts by type.

    A file whose content changed replaces its older version; documents built with another
    extractor version or lexicon are rebuilt."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    from .build import build as run_build
    from .build import expand_paths

    if jobs is not None and jobs < 1:
        raise ParameterError("--jobs must be at least 1")
    lex = tuple(str(p) for p in lexicon or ())
    for p in lex:
        if not Path(p).is_file():
            raise ParameterError(f"{p}: no such lexicon file")
    if date:
        from .loaders.reading.docmeta import parse_date

        date = parse_date(date)
    total = len(expand_paths(files))
    cur = _curation(db, neo4j, curation)
    with _open(db, neo4j, database) as store:
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                      TimeElapsedColumn(), console=err, transient=True) as bar:
            task = bar.add_task("building", total=total)
            result = run_build(files, store, jobs=jobs, force=force, lexicon=lex,
                               min_confidence=min_confidence,
                               date=date or "", metrics=not no_metrics, curation=cur,
                               on_file=lambda o: bar.update(task, advance=1,
                                                            description=path_text(
                                                                Path(o.path).name)))
        for o in result.empty:
            _say(f"warning: {o.message}")
        for o in result.failed:
            _say(f"skipped: {o.message}")
        why = [f"{len(x)} {w}" for x, w in ((result.changed, "changed"),
                                            (result.stale, "stale")) if x]
        err.print(f"{len(result.built)} built{' (' + ', '.join(why) + ')' if why else ''}, "
                  f"{len(result.unchanged)} unchanged, {len(result.empty)} empty, "
                  f"{len(result.failed)} skipped", markup=False)
        _report_curation(result.curation)
        _print_counts(store.stats())
        if json_out or html_out:
            kg = store.read_graph()
            if json_out:
                from .graph.io_json import write_json

                write_json(kg, json_out)
                _say(f"wrote {json_out}")
            if html_out:
                from .viz import render_html

                render_html(kg, html_out)
                _say(f"wrote {html_out}")
    if not result.ok:
        raise typer.Exit(EXIT_PARTIAL)


@app.command()
def remove(
    targets: Annotated[list[str], typer.Argument(help="Paths (files or directories) or "
                                                 "document ids.")],
    db: DbOpt = None,
    neo4j: Neo4jOpt = None,
    database: DatabaseOpt = None,
) -> None:
    """Remove documents and everything only they supported."""
    from .remove import remove as run_remove

    with _open(db, neo4j, database) as store:
        result = run_remove(targets, store)
        for d in result.documents:
            err.print(f"removed {d.path or d.id}", markup=False)
        w = result.write
        err.print(f"{len(result.documents)} document(s) removed; {w.removed_nodes} nodes and "
                  f"{w.removed_edges} edges left without support deleted")
        _print_counts(store.stats())


@app.command()
def query(
    cypher: Annotated[str, typer.Argument(help="Cypher query (read-only unless --write).")],
    db: DbOpt = None,
    neo4j: Neo4jOpt = None,
    database: DatabaseOpt = None,
    fmt: FormatOpt = "table",
    param: Annotated[list[str] | None, typer.Option("--param", "-p",
                                                    help="key=value (repeatable).")] = None,
    write: Annotated[bool, typer.Option("--write", help="Allow changes.")] = False,
) -> None:
    """Run a Cypher query; values go in with --param key=value as $key."""
    params = _parse_pairs(param or [])
    with _open(db, neo4j, database, read_only=not write) as store:
        _print_result(store.query(cypher, params, write=write), fmt)


@app.command()
def stats(db: DbOpt = None, neo4j: Neo4jOpt = None, database: DatabaseOpt = None,
          fmt: FormatOpt = "table") -> None:
    """Node and edge counts by type."""
    with _open(db, neo4j, database, read_only=True) as store:
        s = store.stats()
    if fmt == "json":
        out.print(json.dumps(s, ensure_ascii=False, indent=1), markup=False)
    else:
        _print_counts(s)


@app.command()
def check(db: DbOpt = None) -> None:
    """Read every page of the embedded database (in a child process) and say whether it is
    intact."""
    from .graph.check import check_database
    from .transfer import DEFAULT_DB

    rep = check_database(db or DEFAULT_DB)
    _say(f"ok: {rep.documents} documents, {rep.nodes} nodes, {rep.edges} edges read")


@app.command()
def ask(
    name: Annotated[str | None, typer.Argument(help="Named query (see --list).")] = None,
    params: Annotated[list[str] | None, typer.Argument(help="key=value parameters.")] = None,
    list_: Annotated[bool, typer.Option("--list", help="List the named queries.")] = False,
    db: DbOpt = None,
    neo4j: Neo4jOpt = None,
    database: DatabaseOpt = None,
    fmt: FormatOpt = "table",
    html_out: Annotated[Path | None, typer.Option("--html", help="Draw the result.")] = None,
) -> None:
    """Answer a named question (no Cypher needed)."""
    from .queries.catalogue import list_queries, result_graph, run_named

    if list_ or not name:
        table = Table("query", "parameters", "description")
        for q in list_queries():
            table.add_row(q.name, " ".join(q.usage_params()), q.description)
        out.print(table)
        return
    with _open(db, neo4j, database, read_only=True) as store:
        result = run_named(store, name, _parse_pairs(params or []))
        if result.empty_message and fmt == "table":
            out.print(result.empty_message, markup=False)
        else:
            _print_result(result, fmt)
            if result.empty_message:
                err.print(result.empty_message, markup=False)
        if html_out:
            from .viz import render_html

            # the nodes the answer is about, all of them (statistics and unlinked ones too)
            render_html(result_graph(store, result), html_out, title=f"conceptkg ask {name}",
                        metrics=True, isolated=True)
            _say(f"wrote {html_out}")


@app.command()
def viz(
    output: Annotated[Path, typer.Option("--output", "-o", help="HTML file to write.")],
    db: DbOpt = None,
    neo4j: Neo4jOpt = None,
    database: DatabaseOpt = None,
    focus: Annotated[str | None, typer.Option("--focus", help="Centre on this node.")] = None,
    depth: Annotated[int, typer.Option("--depth", help="Hops around --focus.")] = 2,
    types: Annotated[list[str] | None, typer.Option("--types", help="Node/edge types to "
                                                    "keep (repeatable).")] = None,
    metrics: Annotated[bool, typer.Option("--metrics", help="Also draw Metric nodes and "
                                          "MEASURES edges (statistics).")] = False,
    isolated: Annotated[bool, typer.Option("--isolated", help="Also draw nodes without "
                                           "edges.")] = False,
    top: Annotated[int | None, typer.Option("--top", help="Only the N best-connected nodes "
                                            "and their neighbours.")] = None,
) -> None:
    """Draw the stored graph as an interactive, offline HTML page (a community overview for
    large graphs; statistics and unconnected nodes only on request)."""
    from .graph.models import NodeType
    from .viz import render_html

    known = {x.value.lower() for x in NodeType}
    node_types = [t for t in types or [] if t.lower() in known] or None
    edge_types = [t for t in types or [] if t.lower() not in known] or None
    with _open(db, neo4j, database, read_only=True) as store:
        kg = store.read_graph()
    render_html(kg, output, focus=focus, depth=depth, node_types=node_types,
                edge_types=edge_types, metrics=metrics, isolated=isolated, top=top)
    _say(f"wrote {output}")


@app.command()
def export(
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write (a directory "
                                         "for neo4j-csv).")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="json, graphml, gexf, neo4j-csv "
                                     "or jsonl (evidence rows).")] = "json",
    db: DbOpt = None,
    neo4j: Neo4jOpt = None,
    database: DatabaseOpt = None,
) -> None:
    """Export the stored graph (JSON, GraphML, GEXF, Neo4j import CSV, evidence JSON Lines)."""
    from .exporting import EXPORT_FORMATS, export_store

    if fmt not in EXPORT_FORMATS:  # before opening the store
        raise ParameterError(f"unknown export format {fmt!r} (choose {', '.join(EXPORT_FORMATS)})")
    with _open(db, neo4j, database, read_only=True) as store:
        result = export_store(store, output, fmt)
    _say(f"wrote {result.path}")
    if result.command:
        err.print("import into Neo4j (server stopped; replaces the database) with the command "
                  "below, then run after-import.cypher once (cypher-shell -f):", markup=False)
        out.print(result.command, markup=False)


@app.command("eval")
def eval_(
    graph: Annotated[Path, typer.Argument(help="Graph JSON (from --json or export).")],
    gold: Annotated[Path, typer.Argument(help="Gold annotation JSON.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print scores as JSON.")] = False,
    show_misses: Annotated[bool, typer.Option("--show-misses")] = False,
) -> None:
    """Score an exported graph against a hand annotation."""
    from .evaluation import coverage_warning, load_json, render_scores, score

    graph_data, gold_data = load_json(graph), load_json(gold)
    scores = score(graph_data, gold_data)
    warning = coverage_warning(graph_data, gold_data)
    if warning:
        err.print(f"warning: {warning}", markup=False)
    if as_json:
        out.print(json.dumps(scores, ensure_ascii=False, indent=1), markup=False)
    else:
        out.print(render_scores(scores, show_misses=show_misses), markup=False)


@app.command()
def explain(
    file: Annotated[Path, typer.Argument(help="A document to explain.")],
    lexicon: Annotated[list[Path] | None, typer.Option(
        "--lexicon", help="Extra lexicon/cue-word YAML (repeatable).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    edges_only: Annotated[bool, typer.Option("--edges", help="Only the edges.")] = False,
    misses_only: Annotated[bool, typer.Option("--misses", help="Only the missed sentences.")
                           ] = False,
) -> None:
    """Which rule made each edge, and which sentences hold a relation cue but gave no edge."""
    from dataclasses import asdict

    from .loaders.explain import explain_file

    lex = tuple(str(p) for p in lexicon or ())
    for p in lex:
        if not Path(p).is_file():
            raise ParameterError(f"{p}: no such lexicon file")
    rep = explain_file(file, lex)
    if as_json:
        out.print(json.dumps(asdict(rep), ensure_ascii=False, indent=1), markup=False)
        return
    if not misses_only:
        table = Table("source", "type", "target", "rule", "conf", "sentence", title="edges")
        for e in rep.edges:
            table.add_row(escape(e.source), e.type, escape(e.target), escape(e.rule),
                          f"{e.confidence:.2f}", escape(e.sentence))
        out.print(table)
    if not edges_only:
        table = Table("offsets", "cues", "sentence", title="sentences with a cue and no edge")
        for m in rep.misses:
            table.add_row(f"{m.start}-{m.end}", escape(" ".join(m.cues)), escape(m.sentence))
        out.print(table)
    err.print(f"{len(rep.edges)} edge evidence, {rep.cue_sentences} sentences with a cue, "
              f"{len(rep.misses)} of them without an edge", markup=False)


@app.command()
def push(neo4j: ServerOpt, db: DbOpt = None, database: DatabaseOpt = None,
         curation: CurationOpt = None) -> None:
    """Copy the embedded graph into Neo4j (merging with what is there)."""
    from .transfer import push as run_push

    rep = run_push(db, neo4j, database, curation=_curation(db, None, curation))
    err.print(f"pushed {rep.nodes} nodes, {rep.edges} edges, {rep.documents} documents")


@app.command()
def pull(neo4j: ServerOpt, db: DbOpt = None, database: DatabaseOpt = None,
         curation: CurationOpt = None) -> None:
    """Copy a Neo4j graph into the embedded database (merging with what is there)."""
    from .transfer import pull as run_pull

    rep = run_pull(db, neo4j, database, curation=_curation(db, None, curation))
    err.print(f"pulled {rep.nodes} nodes, {rep.edges} edges, {rep.documents} documents")


@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument(help="Documents or directories of documents.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="JSON Lines file to write "
                                         "('-' for standard output).")],
    jobs: Annotated[int | None, typer.Option("--jobs", "-j")] = None,
    lexicon: Annotated[list[Path] | None, typer.Option("--lexicon")] = None,
) -> None:
    """Only extract: one JSON line per document, for 'conceptkg load' (or another machine)."""
    from .build import extract_to_jsonl

    lex = tuple(str(p) for p in lexicon or ())
    if str(output) == "-":
        result = extract_to_jsonl(files, sys.stdout, jobs=jobs, lexicon=lex)
    else:
        tmp = output.with_name(output.name + ".tmp")
        try:
            with open(tmp, "w", encoding="utf-8") as f:
                result = extract_to_jsonl(files, f, jobs=jobs, lexicon=lex)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        tmp.replace(output)
    for o in result.failed:
        _say(f"skipped: {o.message}")
    err.print(f"{len(result.built)} extracted, {len(result.failed)} skipped")
    if not result.ok:
        raise typer.Exit(EXIT_PARTIAL)


@app.command()
def load(
    files: Annotated[list[Path], typer.Argument(help="JSON Lines files from 'extract'.")],
    db: DbOpt = None,
    neo4j: Neo4jOpt = None,
    database: DatabaseOpt = None,
    force: Annotated[bool, typer.Option("--force")] = False,
    curation: CurationOpt = None,
) -> None:
    """Load extracted JSON Lines into the store (batched, idempotent)."""
    from .build import load_jsonl

    cur = _curation(db, neo4j, curation)
    with _open(db, neo4j, database) as store:
        result = load_jsonl(files, store, force=force, curation=cur)
        err.print(f"{len(result.built)} loaded, {len(result.unchanged)} unchanged")
        _report_curation(result.curation)
        _print_counts(store.stats())


from .cli_curate import curate_app  # noqa: E402  (the curate sub-commands)

app.add_typer(curate_app, name="curate")


def main(argv: list[str] | None = None) -> int:
    """Entry point: run the app, mapping library errors to one line and an exit code."""
    from .processes import sigterm_as_interrupt

    try:
        with sigterm_as_interrupt():
            rc = app(args=argv, standalone_mode=False)
    except typer.Exit as exc:
        if exc.exit_code == 130:  # the same, from older typer versions
            err.print(INTERRUPTED, markup=False)
        return exc.exit_code
    except (typer.Abort, KeyboardInterrupt):
        err.print(INTERRUPTED, markup=False)
        return 130
    except ConceptKGError as exc:
        if _state["debug"]:
            raise
        _say(f"error: {exc}")
        return EXIT_ERROR
    except Exception as exc:
        if hasattr(exc, "show") and isinstance(getattr(exc, "exit_code", None), int):
            exc.show()  # a usage error of the argument parser (click or typer's own)
            return exc.exit_code
        if _state["debug"]:
            raise
        _say(f"error: unexpected {type(exc).__name__}: {exc} (rerun with --debug)")
        return EXIT_ERROR
    if rc == 130:  # typer's own answer to Ctrl-C (and to SIGTERM, see sigterm_as_interrupt)
        err.print(INTERRUPTED, markup=False)
    return rc if isinstance(rc, int) else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
