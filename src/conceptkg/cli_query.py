"""Reading the stored graph: ``query`` (Cypher), ``stats``, ``ask`` (named questions) and
``viz`` (the HTML view). Each command parses its arguments and calls one library function."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from .cli_common import (
    DatabaseOpt,
    DbOpt,
    FormatOpt,
    Neo4jOpt,
    err,
    open_store,
    out,
    parse_pairs,
    path_value,
    print_counts,
    print_result,
    say,
)

__all__ = ["ask", "query", "stats", "viz"]

#: the deepest ``viz --depth`` (:data:`conceptkg.viz.select.MAX_VIEW_DEPTH`, not imported here:
#: ``--help`` stays fast); bad option values are usage errors of the parser (exit 2)
MAX_VIEW_DEPTH = 10


def query(
    cypher: Annotated[str, typer.Argument(help="Cypher query (read-only unless --write).")],
    db: DbOpt = None,
    neo4j: Neo4jOpt = None,
    database: DatabaseOpt = None,
    fmt: FormatOpt = "table",
    param: Annotated[list[str] | None, typer.Option(
        "--param", "-p", help="key=value (repeatable), $key in the query; an integer (k=2) or "
        "decimal (c=0.8) value goes in as a number, anything else or a quoted value (k='2') "
        "as text.")] = None,
    write: Annotated[bool, typer.Option("--write", help="Allow changes.")] = False,
) -> None:
    """Run a Cypher query; values go in with --param key=value as $key."""
    from .queries.common import param_value

    params = {k: param_value(v) for k, v in parse_pairs(param or []).items()}
    from .errors import ReadOnlyViolation

    with open_store(db, neo4j, database, read_only=not write, create=False) as store:
        try:
            result = store.query(cypher, params, write=write)
        except ReadOnlyViolation as exc:  # the library's parameter is this command's option
            raise ReadOnlyViolation(str(exc).replace("write=True", "--write")) from exc
        print_result(result, fmt)


def stats(db: DbOpt = None, neo4j: Neo4jOpt = None, database: DatabaseOpt = None,
          fmt: FormatOpt = "table") -> None:
    """Node and edge counts by type."""
    from .errors import ParameterError
    from .output import FORMATS

    if fmt not in FORMATS:
        raise ParameterError(f"unknown format {fmt!r} (choose table, json or csv)")
    with open_store(db, neo4j, database, read_only=True) as store:
        s = store.stats()
    if fmt == "json":
        out.print(json.dumps(s, ensure_ascii=False, indent=1), markup=False)
    elif fmt == "csv":  # the rows of 'ask stats -f csv'
        from .graph.stores import QueryResult
        from .queries.common import stats_rows

        print_result(QueryResult(["kind", "label", "count"], stats_rows(s)), fmt)
    else:
        print_counts(s)


def ask(
    name: Annotated[str | None, typer.Argument(help="Named query (see --list).")] = None,
    params: Annotated[list[str] | None, typer.Argument(help="key=value parameters.")] = None,
    list_: Annotated[bool, typer.Option("--list", help="List the named queries.")] = False,
    db: DbOpt = None,
    neo4j: Neo4jOpt = None,
    database: DatabaseOpt = None,
    fmt: FormatOpt = "table",
    html_out: Annotated[Path | None, typer.Option("--html", parser=path_value,
                                                  help="Draw the result.")] = None,
) -> None:
    """Answer a named question (no Cypher needed)."""
    from .queries.catalogue import list_queries, result_graph, run_named

    if list_ or not name:
        table = Table("query", "parameters", "description")
        for q in list_queries():
            table.add_row(q.name, " ".join(q.usage_params()), q.description)
        out.print(table)
        return
    if html_out:
        from .viz.page import check_page_path

        check_page_path(html_out, "--html")  # before the question is asked
    with open_store(db, neo4j, database, read_only=True) as store:
        result = run_named(store, name, parse_pairs(params or []))
        if result.empty_message and fmt == "table":
            out.print(result.empty_message, markup=False)
        else:
            print_result(result, fmt)
            if result.empty_message:
                err.print(result.empty_message, markup=False)
        if getattr(result, "note", ""):
            err.print(result.note, markup=False)
        if html_out:
            from .viz import render_html

            # the nodes the answer is about, all of them (statistics and unlinked ones too)
            render_html(result_graph(store, result), html_out, title=f"conceptkg ask {name}",
                        metrics=True, isolated=True)
            say(f"wrote {html_out}")


def viz(
    output: Annotated[Path, typer.Option("--output", "-o", parser=path_value,
                                         help="HTML file to write (- for standard output).")],
    db: DbOpt = None,
    neo4j: Neo4jOpt = None,
    database: DatabaseOpt = None,
    focus: Annotated[str | None, typer.Option("--focus", help="Centre on this node.")] = None,
    depth: Annotated[int | None, typer.Option("--depth", min=0, max=MAX_VIEW_DEPTH,
                                              help="Hops around --focus (default 2; only "
                                              "with --focus).")] = None,
    types: Annotated[list[str] | None, typer.Option("--types", help="Node/edge types to "
                                                    "keep (repeatable).")] = None,
    metrics: Annotated[bool, typer.Option("--metrics", help="Also draw Metric nodes and "
                                          "MEASURES edges (statistics).")] = False,
    isolated: Annotated[bool, typer.Option("--isolated", help="Also draw nodes without "
                                           "edges.")] = False,
    top: Annotated[int | None, typer.Option("--top", min=1, help="Only the N best-connected nodes "
                                            "and their neighbours.")] = None,
    since: Annotated[str | None, typer.Option("--since", help="Only what documents dated on or "
                                              "after this say (YYYY[-MM[-DD]]).")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Only what documents dated on or "
                                              "before this say (YYYY[-MM[-DD]]).")] = None,
) -> None:
    """Draw the stored graph as an interactive, offline HTML page.

    Large graphs are drawn as a community overview; statistics and unconnected nodes only on
    request."""
    from .graph.models import NodeType
    from .viz import render_html
    from .viz.page import check_page_path
    from .viz.period import period_bounds
    from .viz.select import check_depth

    if depth is not None and focus is None:  # it would be silently ignored
        raise typer.BadParameter("only with --focus (the hops around that node)",
                                 param_hint="'--depth'")
    depth = check_depth(2 if depth is None else depth)  # before reading the store
    period_bounds(since, until)
    check_page_path(output, "-o", stdout=True)
    known = {x.value.lower() for x in NodeType}
    node_types = [t for t in types or [] if t.lower() in known] or None
    edge_types = [t for t in types or [] if t.lower() not in known] or None
    with open_store(db, neo4j, database, read_only=True) as store:
        kg = store.read_graph()
    _check_edge_types(edge_types or [], kg.edge_counts())
    if str(output) != "-":
        render_html(kg, output, focus=focus, depth=depth, node_types=node_types,
                    edge_types=edge_types, metrics=metrics, isolated=isolated, top=top,
                    since=since, until=until)
        say(f"wrote {output}")
        return
    import shutil
    import sys
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:  # -o -: the page on standard output
        page = render_html(kg, Path(tmp) / "view.html", focus=focus, depth=depth,
                           node_types=node_types, edge_types=edge_types, metrics=metrics,
                           isolated=isolated, top=top, since=since, until=until)
        with page.open("rb") as f:
            shutil.copyfileobj(f, sys.stdout.buffer)
        sys.stdout.buffer.flush()


def _check_edge_types(given: list[str], stored: dict[str, int]) -> None:
    """A ``--types`` value that is neither a node type nor a built-in or stored edge type is a
    one-line error (it would silently draw an empty page)."""
    from .errors import ParameterError
    from .graph.models import EdgeType, NodeType

    edges = {t.value for t in EdgeType} | set(stored)
    for t in given:
        if t.strip().upper() not in edges:
            raise ParameterError(
                f"--types: unknown type {t!r} (node types: "
                f"{', '.join(x.value for x in NodeType)}; edge types: "
                f"{', '.join(sorted(edges))})")
