"""The ``conceptkg`` command line: parses arguments, calls one library function per command and
turns library errors into one-line messages and exit codes (1 error, 2 usage, 3 some files
skipped). ``--debug`` shows tracebacks.

This module holds the app, its global options, the commands that make the graph (``build``,
``extract``, ``load``) and :func:`main`; the other commands live in :mod:`.cli_query` (query,
stats, ask, viz), :mod:`.cli_store` (remove, check, export, push, pull), :mod:`.cli_evaluate`
(eval, explain) and :mod:`.cli_curate` (curate …); :mod:`.cli_common` holds what they share."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from .cli_common import (
    EXIT_ERROR,
    EXIT_PARTIAL,
    CurationOpt,
    DatabaseOpt,
    DbOpt,
    LexiconOpt,
    LLMCacheOpt,
    LLMEndpointOpt,
    LLMModelOpt,
    Neo4jOpt,
    curation_for,
    err,
    filling_store,
    lexicon_paths,
    llm_config,
    path_value,
    print_counts,
    report_curation,
    say,
    state,
)
from .cli_curate import curate_app
from .cli_evaluate import eval_, explain
from .cli_pipes import StdoutClosed, quiet_on_closed_pipe, silence_stdout
from .cli_query import ask, query, stats, viz
from .cli_store import check, export, import_, pull, push, remove
from .display import SafeRecords, path_text
from .errors import ConceptKGError

__all__ = ["app", "main"]

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Build, query and draw knowledge graphs of concepts from documents.")

INTERRUPTED = ("interrupted: every write completed before the interruption is kept, the one in "
               "progress was undone; run the same command again to finish")
#: what an interrupted command that changes no store says (export, viz, ask, stats…)
INTERRUPTED_READING = "interrupted: nothing was changed and no file was written"
#: the commands that write to a store (query only with --write)
_WRITING = {"build", "load", "import", "remove", "push", "pull", "curate"}


def _interrupted(argv: list[str] | None) -> str:
    """The line an interrupted command prints: what became of its writes, if it makes any."""
    args = sys.argv[1:] if argv is None else argv
    command = next((a for a in args if not a.startswith("-")), "")
    writes = command in _WRITING or (command == "query" and "--write" in args)
    return INTERRUPTED if writes else INTERRUPTED_READING


def _show_version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            number = version("conceptkg")
        except PackageNotFoundError:  # run from a source tree that is not installed
            from . import __version__ as number
        typer.echo(f"conceptkg {number}")
        raise typer.Exit(0)


@app.callback()
def _main(debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks.")] = False,
          verbose: Annotated[bool, typer.Option("--verbose", "-v", help="More messages.")
                             ] = False,
          _version: Annotated[bool, typer.Option(
              "--version", callback=_show_version, is_eager=True,
              help="Show the version and exit.")] = False) -> None:
    state["debug"] = debug
    logging.basicConfig(level=logging.DEBUG if debug else logging.INFO if verbose
                        else logging.WARNING, format="%(message)s",
                        handlers=[_handler()], force=True)
    # pypdf logs its own warnings for files that the reader then reports once, as skipped
    logging.getLogger("pypdf").setLevel(logging.DEBUG if debug else logging.ERROR)
    # the Neo4j driver warns (in many lines) of each transaction it retries after a deadlock,
    # which then succeeds; what fails for good is reported by the store in one line
    logging.getLogger("neo4j").setLevel(logging.DEBUG if debug else logging.INFO if verbose
                                        else logging.ERROR)


class _OneLine(logging.Handler):
    """Log records as one line each on standard error (``warning: …``), like the CLI's own
    messages: no timestamp, no wrapping, printed through the console that draws progress bars
    so that the two do not garble each other."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            level = record.levelname.lower()
            text = self.format(record)
            if record.exc_info is None:  # (a traceback, with --debug, keeps its lines)
                text = " ".join(part.strip() for part in text.splitlines() if part.strip())
            err.print(f"{level}: {text}", markup=False, highlight=False, soft_wrap=True)
        except Exception:  # logging must never raise
            self.handleError(record)


def _handler() -> logging.Handler:
    handler = _OneLine()
    handler.addFilter(SafeRecords())
    return handler


def build(
    files: Annotated[list[Path], typer.Argument(parser=path_value,
                                                help="Documents or directories of documents.")],
    db: DbOpt = None,
    neo4j: Neo4jOpt = None,
    database: DatabaseOpt = None,
    json_out: Annotated[Path | None, typer.Option("--json", parser=path_value,
                                                  help="Write the graph as JSON.")
                        ] = None,
    html_out: Annotated[Path | None, typer.Option("--html", parser=path_value,
                                                  help="Write an HTML view.")] = None,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", min=1, help="Worker processes "
                                             "(default: all cores).")] = None,
    force: Annotated[bool, typer.Option("--force", help="Rebuild unchanged documents.")] = False,
    lexicon: LexiconOpt = None,
    min_confidence: Annotated[float, typer.Option(
        "--min-confidence", min=0.0, max=1.0,
        help="Leave out edges below this confidence (0–1).")] = 0.0,
    date: Annotated[str | None, typer.Option(
        "--date", help="Date of the documents (YYYY-MM-DD), instead of the date found in "
        "their front matter, title or file name.")] = None,
    no_metrics: Annotated[bool, typer.Option("--no-metrics", help="Skip statistics (Metric "
                                             "nodes, MEASURES edges).")] = False,
    curation: CurationOpt = None,
    llm_endpoint: LLMEndpointOpt = None,
    llm_model: LLMModelOpt = None,
    llm_cache: LLMCacheOpt = None,
) -> None:
    """Extract the graph of FILES into the store; print counts by type.

    A file whose content changed replaces its older version; documents built with another
    extractor version or lexicon (or with/without the LLM extractor) are rebuilt."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    from .build import build as run_build
    from .build import expand_paths, worker_pool
    from .output import check_output_file

    for opt, target in (("--json", json_out), ("--html", html_out)):
        if target is not None:
            check_output_file(target, opt)  # before the build, not after it
    if html_out is not None:
        from .viz.page import check_page_path

        check_page_path(html_out, "--html")
    lex = lexicon_paths(lexicon)
    llm = llm_config(llm_endpoint, llm_model, llm_cache, db, neo4j)
    if date:
        from .loaders.reading.docmeta import parse_date

        date = parse_date(date)
    paths = expand_paths(files)
    total = len(paths)
    cur = curation_for(db, neo4j, curation, database=database)
    # workers first: forked before the store opens, they do not carry its memory
    with worker_pool(jobs, paths, lex) as workers, \
            filling_store(db, neo4j, database, for_build=True) as store:
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                      TimeElapsedColumn(), console=err, transient=True,
                      disable=not err.is_terminal) as bar:  # (in a log: no stray blank line)
            task = bar.add_task("building", total=total)
            result = run_build(files, store, jobs=jobs, force=force, lexicon=lex, workers=workers,
                               min_confidence=min_confidence,
                               date=date or "", metrics=not no_metrics, curation=cur, llm=llm,
                               on_file=lambda o: bar.update(task, advance=1,
                                                            description=path_text(
                                                                Path(o.path).name)))
        for o in result.empty:
            gone = "; its earlier version is taken out" if o.reason == "changed" else ""
            say(f"warning: {o.message}{gone}")
        for o in result.failed:
            say(f"skipped: {o.message}")
        for o in result.unchanged:
            if o.reason == "moved":
                say(o.message)
        why = [f"{len(x)} {w}" for x, w in ((result.changed, "changed"),
                                            (result.stale, "stale"),
                                            (result.redated, "new date")) if x]
        same = sum(o.reason == "changed" for o in result.unchanged)
        err.print(f"{len(result.built)} built{' (' + ', '.join(why) + ')' if why else ''}, "
                  f"{len(result.unchanged)} unchanged"
                  f"{f' ({same} changed to a content stored already)' if same else ''}, "
                  f"{len(result.empty)} empty, "
                  f"{len(result.failed)} skipped", markup=False)
        report_curation(result.curation)
        print_counts(store.stats())
        if json_out or html_out:
            kg = store.read_graph()
            if json_out:
                from .graph.io_json import write_json

                write_json(kg, json_out)
                say(f"wrote {json_out}")
            if html_out:
                from .viz import render_html

                render_html(kg, html_out)
                say(f"wrote {html_out}")
        if not result.ok:  # (in the block: a new database that got nothing is not kept)
            raise typer.Exit(EXIT_PARTIAL)


def extract(
    files: Annotated[list[Path], typer.Argument(parser=path_value,
                                                help="Documents or directories of documents.")],
    output: Annotated[Path, typer.Option("--output", "-o", parser=path_value,
                                         help="JSON Lines file to write "
                                         "('-' for standard output).")],
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", min=1)] = None,
    lexicon: Annotated[list[Path] | None, typer.Option("--lexicon", parser=path_value)] = None,
) -> None:
    """Only extract: one JSON line per document, for 'conceptkg load' (or another machine)."""
    from .build import extract_to_jsonl
    from .output import check_output_file

    if str(output) != "-":
        check_output_file(output, "--output")
    lex = lexicon_paths(lexicon, check=False)  # the build checks each file, with its reason
    if str(output) == "-":
        result = extract_to_jsonl(files, sys.stdout, jobs=jobs, lexicon=lex)
    else:
        from .graph.io_atomic import atomic_path

        # (a temporary file of its own: two extracts to one file do not write into one)
        with atomic_path(output) as tmp, open(tmp, "w", encoding="utf-8") as f:
            result = extract_to_jsonl(files, f, jobs=jobs, lexicon=lex)
    for o in result.empty:
        say(f"warning: {o.message}")
    for o in result.failed:
        say(f"skipped: {o.message}")
    err.print(f"{len(result.built)} extracted, {len(result.empty)} empty, "
              f"{len(result.failed)} skipped", markup=False)
    if not result.ok:
        raise typer.Exit(EXIT_PARTIAL)


def load(
    files: Annotated[list[Path], typer.Argument(parser=path_value,
                                                help="JSON Lines files from 'extract'.")],
    db: DbOpt = None,
    neo4j: Neo4jOpt = None,
    database: DatabaseOpt = None,
    force: Annotated[bool, typer.Option("--force")] = False,
    curation: CurationOpt = None,
) -> None:
    """Load extracted JSON Lines into the store (batched, idempotent)."""
    from .build import load_jsonl

    cur = curation_for(db, neo4j, curation, database=database)
    with filling_store(db, neo4j, database, for_build=True) as store:
        result = load_jsonl(files, store, force=force, curation=cur)
        err.print(f"{len(result.built)} loaded, {len(result.unchanged)} unchanged")
        report_curation(result.curation)
        print_counts(store.stats())


# the commands, in the order --help lists them
for _command in (build, remove, query, stats, check, ask, viz, export):
    app.command()(_command)
app.command("eval")(eval_)
for _command in (explain, push, pull, extract, load):
    app.command()(_command)
app.command("import")(import_)
app.add_typer(curate_app, name="curate")


def _unwrap_help(typers: tuple[typer.Typer, ...]) -> None:
    """Each paragraph of a command's docstring on one line: the help renderer keeps the line
    breaks of the source (a summary cut mid-line in the list of commands, paragraphs broken at
    the docstring's width) and wraps the text to the terminal itself."""
    import inspect

    for group in typers:
        for info in group.registered_commands:
            f = info.callback
            if f is not None and f.__doc__:
                f.__doc__ = "\n\n".join(" ".join(p.split())
                                         for p in inspect.cleandoc(f.__doc__).split("\n\n"))


_unwrap_help((app, curate_app))


quiet_on_closed_pipe((app, curate_app))


def main(argv: list[str] | None = None) -> int:
    """Entry point: run the app, mapping library errors to one line and an exit code."""
    from .processes import interrupt_exit_code, sigterm_as_interrupt

    try:
        with sigterm_as_interrupt():
            rc = app(args=argv, standalone_mode=False)
    except typer.Exit as exc:
        if exc.exit_code == 130:  # the same, from older typer versions
            err.print(_interrupted(argv), markup=False)
            return interrupt_exit_code()
        return exc.exit_code
    except (typer.Abort, KeyboardInterrupt):
        err.print(_interrupted(argv), markup=False)
        return interrupt_exit_code()  # 130 after Ctrl-C, 143 after SIGTERM
    except StdoutClosed:  # conceptkg … | head: the reader has all it wanted
        silence_stdout()
        return 0
    except ConceptKGError as exc:
        if state["debug"]:
            raise
        say(f"error: {exc}")
        return EXIT_ERROR
    except OSError as exc:  # a file or folder the system refused: say which and why
        if state["debug"]:
            raise
        name = str(exc.filename or "").removesuffix(".tmp")
        say(f"error: {name + ': ' if name else ''}{exc.strerror or exc}")
        return EXIT_ERROR
    except Exception as exc:
        if hasattr(exc, "show") and isinstance(getattr(exc, "exit_code", None), int):
            exc.show()  # a usage error of the argument parser (click or typer's own)
            return exc.exit_code
        if state["debug"]:
            raise
        say(f"error: unexpected {type(exc).__name__}: {exc} (rerun with --debug)")
        return EXIT_ERROR
    if rc == 130:  # typer's own answer to Ctrl-C (and to SIGTERM, see sigterm_as_interrupt)
        err.print(_interrupted(argv), markup=False)
        return interrupt_exit_code()
    return rc if isinstance(rc, int) else 0


def run() -> None:
    """The ``conceptkg`` command: :func:`main`, then the process ends at once. Python's own
    teardown (freeing every object a build made, the database engine's caches) takes a tenth
    of a second or more and does nothing a finished command needs: stores are closed and files
    written by then, and the outputs and logs are flushed here first."""
    rc = main()
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (conceptkg … | head): nothing to lose
            pass
    os._exit(rc)


if __name__ == "__main__":  # pragma: no cover
    run()
