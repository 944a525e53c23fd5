"""The ``conceptkg`` command line: parses arguments, calls one library function per command and
turns library errors into one-line messages and exit codes (1 error, 2 usage, 3 some files
skipped). ``--debug`` shows tracebacks."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.logging import RichHandler
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from .errors import ConceptKGError, ParameterError
from .graph.store import GraphStore, QueryResult

__all__ = ["app", "main"]

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Build, query and draw knowledge graphs of concepts from documents.")
err = Console(stderr=True, soft_wrap=True)
out = Console(highlight=False, soft_wrap=True)
_state = {"debug": False}

EXIT_ERROR, EXIT_PARTIAL = 1, 3

DbOpt = Annotated[str | None, typer.Option(
    "--db", help="Embedded database directory [default: ./conceptkg.db].")]
Neo4jOpt = Annotated[str | None, typer.Option(
    "--neo4j", help="Neo4j URI (bolt:// or neo4j://); credentials from NEO4J_USERNAME / "
    "NEO4J_PASSWORD.")]
DatabaseOpt = Annotated[str | None, typer.Option("--database", help="Neo4j database name.")]
FormatOpt = Annotated[str, typer.Option("--format", "-f", help="table, json or csv.")]


@app.callback()
def _main(debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks.")] = False,
          verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False) -> None:
    _state["debug"] = debug
    logging.basicConfig(level=logging.DEBUG if debug else logging.INFO if verbose
                        else logging.WARNING, format="%(message)s",
                        handlers=[RichHandler(console=err, show_path=False)], force=True)


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
    table = Table(*(escape(c) for c in result.columns), show_lines=False)
    for row in result.rows:
        table.add_row(*(escape(cell(v)) for v in row))
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
    table = Table("kind", "type", "count")  # type names are identifiers: no markup
    for t, n in stats["nodes"].items():
        table.add_row("node", t, str(n))
    for t, n in stats["edges"].items():
        table.add_row("edge", t, str(n))
    table.add_row("", "Document", str(stats["documents"]))
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
) -> None:
    """Extract the graph of FILES into the store; print counts by type."""
    from .build import build as run_build
    from .build import expand_paths

    if jobs is not None and jobs < 1:
        raise ParameterError("--jobs must be at least 1")
    lex = tuple(str(p) for p in lexicon or ())
    for p in lex:
        if not Path(p).is_file():
            raise ParameterError(f"{p}: no such lexicon file")
    total = len(expand_paths(files))
    with _open(db, neo4j, database) as store:
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                      TimeElapsedColumn(), console=err, transient=True) as bar:
            task = bar.add_task("building", total=total)
            result = run_build(files, store, jobs=jobs, force=force, lexicon=lex,
                               min_confidence=min_confidence,
                               on_file=lambda o: bar.update(task, advance=1,
                                                            description=Path(o.path).name))
        for o in result.empty:
            err.print(f"warning: {o.message}", markup=False)
        for o in result.failed:
            err.print(f"skipped: {o.message}", markup=False)
        err.print(f"{len(result.built)} built, {len(result.unchanged)} unchanged, "
                  f"{len(result.empty)} empty, {len(result.failed)} skipped")
        _print_counts(store.stats())
        if json_out or html_out:
            kg = store.read_graph()
            if json_out:
                from .graph.io_json import write_json

                write_json(kg, json_out)
                err.print(f"wrote {json_out}", markup=False)
            if html_out:
                from .viz import render_html

                render_html(kg, html_out)
                err.print(f"wrote {html_out}", markup=False)
    if not result.ok:
        raise typer.Exit(EXIT_PARTIAL)


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
            table.add_row(q.name, escape(" ".join(q.usage_params())), escape(q.description))
        out.print(table)
        return
    with _open(db, neo4j, database, read_only=True) as store:
        result = run_named(store, name, _parse_pairs(params or []))
        _print_result(result, fmt)
        if html_out:
            from .viz import render_html

            render_html(result_graph(store, result), html_out, title=f"conceptkg ask {name}")
            err.print(f"wrote {html_out}", markup=False)


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
) -> None:
    """Draw the stored graph as an interactive, offline HTML page."""
    from .graph.models import NodeType
    from .viz import render_html

    known = {x.value.lower() for x in NodeType}
    node_types = [t for t in types or [] if t.lower() in known] or None
    edge_types = [t for t in types or [] if t.lower() not in known] or None
    with _open(db, neo4j, database, read_only=True) as store:
        kg = store.read_graph()
    render_html(kg, output, focus=focus, depth=depth, node_types=node_types,
                edge_types=edge_types)
    err.print(f"wrote {output}", markup=False)


@app.command()
def export(
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="json, graphml or gexf.")] = "json",
    db: DbOpt = None,
    neo4j: Neo4jOpt = None,
    database: DatabaseOpt = None,
) -> None:
    """Export the stored graph (JSON, GraphML or GEXF)."""
    from .graph import io_json, io_networkx

    writers = {"json": io_json.write_json, "graphml": io_networkx.write_graphml,
               "gexf": io_networkx.write_gexf}
    if fmt not in writers:
        raise ParameterError(f"unknown export format {fmt!r} (json, graphml or gexf)")
    with _open(db, neo4j, database, read_only=True) as store:
        kg = store.read_graph()
    writers[fmt](kg, output)
    err.print(f"wrote {output}", markup=False)


@app.command("eval")
def eval_(
    graph: Annotated[Path, typer.Argument(help="Graph JSON (from --json or export).")],
    gold: Annotated[Path, typer.Argument(help="Gold annotation JSON.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print scores as JSON.")] = False,
    show_misses: Annotated[bool, typer.Option("--show-misses")] = False,
) -> None:
    """Score an exported graph against a hand annotation."""
    from .evaluation import load_json, render_scores, score

    scores = score(load_json(graph), load_json(gold))
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
def push(db: DbOpt = None,
         neo4j: Annotated[str, typer.Option("--neo4j", help="Target Neo4j URI.")] = ...,
         database: DatabaseOpt = None) -> None:
    """Copy the embedded graph into Neo4j (merging with what is there)."""
    from .transfer import push as run_push

    rep = run_push(db, neo4j, database)
    err.print(f"pushed {rep.nodes} nodes, {rep.edges} edges, {rep.documents} documents")


@app.command()
def pull(db: DbOpt = None,
         neo4j: Annotated[str, typer.Option("--neo4j", help="Source Neo4j URI.")] = ...,
         database: DatabaseOpt = None) -> None:
    """Copy a Neo4j graph into the embedded database (merging with what is there)."""
    from .transfer import pull as run_pull

    rep = run_pull(db, neo4j, database)
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
        with open(tmp, "w", encoding="utf-8") as f:
            result = extract_to_jsonl(files, f, jobs=jobs, lexicon=lex)
        tmp.replace(output)
    for o in result.failed:
        err.print(f"skipped: {o.message}", markup=False)
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
) -> None:
    """Load extracted JSON Lines into the store (batched, idempotent)."""
    from .build import load_jsonl

    with _open(db, neo4j, database) as store:
        result = load_jsonl(files, store, force=force)
        err.print(f"{len(result.built)} loaded, {len(result.unchanged)} unchanged")
        _print_counts(store.stats())


def main(argv: list[str] | None = None) -> int:
    """Entry point: run the app, mapping library errors to one line and an exit code."""
    try:
        rc = app(args=argv, standalone_mode=False)
    except typer.Exit as exc:
        return exc.exit_code
    except (typer.Abort, KeyboardInterrupt):
        err.print("aborted")
        return 130
    except ConceptKGError as exc:
        if _state["debug"]:
            raise
        err.print(f"error: {exc}", markup=False)
        return EXIT_ERROR
    except Exception as exc:
        if hasattr(exc, "show") and isinstance(getattr(exc, "exit_code", None), int):
            exc.show()  # a usage error of the argument parser (click or typer's own)
            return exc.exit_code
        if _state["debug"]:
            raise
        err.print(f"error: unexpected {type(exc).__name__}: {exc} (rerun with --debug)",
                  markup=False)
        return EXIT_ERROR
    return rc if isinstance(rc, int) else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
