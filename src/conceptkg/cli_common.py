"""What the command modules share: the consoles, the options every store command takes, and the
helpers that open a store, read corrections and print results. Only typer and rich are imported
at load time, so that ``conceptkg --help`` stays fast; the stack is imported by the helpers."""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from .display import safe_text
from .errors import ParameterError

if TYPE_CHECKING:
    from .graph.stores import GraphStore, QueryResult
    from .loaders.extraction.llm import LLMConfig

__all__ = [
    "EXIT_ERROR",
    "EXIT_PARTIAL",
    "CurationOpt",
    "DatabaseOpt",
    "DbOpt",
    "FormatOpt",
    "LLMCacheOpt",
    "LLMEndpointOpt",
    "LLMModelOpt",
    "LexiconOpt",
    "Neo4jOpt",
    "ServerOpt",
    "curation_for",
    "filling_store",
    "err",
    "lexicon_paths",
    "llm_config",
    "open_store",
    "out",
    "parse_pairs",
    "print_counts",
    "print_result",
    "report_curation",
    "say",
    "state",
]

# data is printed literally: no markup, no :emoji: codes, no highlighting
err = Console(stderr=True, soft_wrap=True, markup=False, emoji=False, highlight=False)


def _pipe_width() -> int | None:
    """The width tables get on standard output: the terminal's (or $COLUMNS) when there is one;
    when the output goes to a pipe or a file, wide enough that no cell is cut (rich would
    otherwise assume 80 columns and truncate names, paths and sentences)."""
    if os.environ.get("COLUMNS") or sys.stdout.isatty():
        return None
    return 4000


class _Output(Console):
    """Standard output; a closed pipe (``conceptkg … | head``) raises BrokenPipeError, which
    the command line ends quietly with exit 0, instead of rich's own silent exit 1."""

    def on_broken_pipe(self) -> None:
        self.quiet = True
        raise BrokenPipeError(errno.EPIPE, "Broken pipe")


out = _Output(highlight=False, soft_wrap=True, markup=False, emoji=False, width=_pipe_width())
#: the global options (``--debug``), set by the app's callback
state = {"debug": False}

EXIT_ERROR, EXIT_PARTIAL = 1, 3

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
def path_value(value: str) -> Path:
    """A path argument or option as given; an empty one (an unset shell variable: "$F") is a
    usage error, not the current directory that ``Path('')`` is."""
    if not str(value).strip():
        raise typer.BadParameter("is empty: name a file or directory (an unset shell "
                                 "variable?)")
    return Path(value)


def text_value(value: str) -> str:
    """:func:`path_value` for arguments that stay text (a path or a document id)."""
    path_value(value)
    return value


CurationOpt = Annotated[Path | None, typer.Option(
    "--curation", parser=path_value,
    help="Corrections file (default: DIR.curation.yaml next to the "
    "database DIR); applied after every write.")]
LexiconOpt = Annotated[list[Path] | None, typer.Option(
    "--lexicon", parser=path_value, help="Extra lexicon/cue-word YAML (repeatable).")]
LLMEndpointOpt = Annotated[str | None, typer.Option(
    "--llm-endpoint", help="Also extract relations with a model behind this OpenAI-compatible "
    "endpoint (http://host:8000/v1); key from CONCEPTKG_LLM_API_KEY or OPENAI_API_KEY. "
    "Needs --llm-model.", show_default=False)]
LLMModelOpt = Annotated[str | None, typer.Option(
    "--llm-model", help="The model name the endpoint serves.", show_default=False)]
LLMCacheOpt = Annotated[Path | None, typer.Option(
    "--llm-cache", parser=path_value,
    help="Directory of cached model answers (default: DB.llm-cache beside "
    "the embedded database, else ~/.cache/conceptkg/llm).", show_default=False)]


def say(text: str) -> None:
    """One line to standard error, escaped (file names may hold any bytes)."""
    err.print(safe_text(text, keep_newlines=False), markup=False, emoji=False)


def open_store(db: str | None, neo4j: str | None, database: str | None, *,
               read_only: bool = False, for_build: bool = False,
               create: bool | None = None) -> GraphStore:
    """The store the options name; ``create=False``: a missing embedded database is an error
    (for commands that change a graph that must be there: curate, remove, query --write)."""
    from .transfer import open_store as open_

    return open_(db, neo4j, database, read_only=read_only, for_build=for_build, create=create)


def filling_store(db: str | None, neo4j: str | None, database: str | None, *,
                  for_build: bool = False) -> Any:
    """The store a command fills (build, load, import); a failure leaves no new empty database
    behind (:func:`conceptkg.transfer.filling_store`)."""
    from .transfer import filling_store as filling

    return filling(db, neo4j, database, for_build=for_build)


def curation_for(db: str | None, neo4j: str | None, path: Path | None, *,
                 create: bool = False, database: str | None = None) -> Any:
    """The corrections of the store (a :class:`~conceptkg.curation.Curation`): ``path``, else
    the file of the store the options or the environment name (``$CONCEPTKG_DB``…), and of
    the Neo4j ``database`` (``--database``, else ``$NEO4J_DATABASE``) when given."""
    from .curation.commands import curation_for as for_store
    from .transfer import resolve_target

    if path is None:
        db, neo4j = resolve_target(db, neo4j)
        if neo4j and not db and not database:  # the database the store opens (from_env)
            database = os.environ.get("NEO4J_DATABASE", "").strip() or None
    return for_store(db, neo4j, path, create=create, database=database)


def report_curation(report: Any) -> None:
    """What applying the corrections did (a :class:`~conceptkg.curation.CurationReport`)."""
    if report is None:
        return
    if report.elsewhere:
        shown = ", ".join(report.elsewhere[:3]) + (", …" if len(report.elsewhere) > 3 else "")
        err.print(f"note: the store holds corrections that {report.path or 'the corrections file'}"
                  f" lacks ({shown}): made with another file? pass it with --curation, or a "
                  "rebuild undoes them", markup=False)
    if report.changed:
        err.print(f"corrections: {len(report.changed)} applied", markup=False)
    for r in report.stale:
        err.print(f"stale correction: {r.entry.describe()} ({r.detail})", markup=False)
    for r in report.with_status("ambiguous"):  # (it does nothing until the file says which)
        err.print(f"ambiguous correction: {r.entry.describe()} ({r.detail})", markup=False)


def lexicon_paths(lexicon: list[Path] | None, *, check: bool = True) -> tuple[str, ...]:
    """``--lexicon`` files as strings; with ``check``, a missing one is a usage error."""
    lex = tuple(str(p) for p in lexicon or ())
    for p in lex if check else ():
        if Path(p).is_dir():
            raise ParameterError(f"{p}: is a directory; --lexicon takes a YAML file")
        if not Path(p).is_file():
            raise ParameterError(f"{p}: no such lexicon file")
    return lex


def llm_config(endpoint: str | None, model: str | None, cache: Path | None,
               db: str | None = None, neo4j: str | None = None) -> LLMConfig | None:
    """The LLM extractor's configuration from ``--llm-*`` options (None without them); the
    cache beside the embedded database the command writes to, if any."""
    if not endpoint and not model:
        if cache is not None:
            raise ParameterError("--llm-cache needs --llm-endpoint and --llm-model")
        return None
    if not endpoint or not model:
        raise ParameterError("--llm-endpoint and --llm-model go together")
    from .loaders.extraction.llm import LLMConfig, api_key_from_env, default_cache_dir

    if cache is None:
        if db is not None or neo4j is not None:
            from .transfer import resolve_target

            db, _ = resolve_target(db, neo4j)
        cache = default_cache_dir(db)
    return LLMConfig(endpoint=endpoint, model=model, api_key=api_key_from_env(),
                     cache_dir=str(cache))


def parse_pairs(pairs: list[str]) -> dict[str, str]:
    """``key=value`` words as a dict; a word without ``=`` or a key given twice is an error."""
    params: dict[str, str] = {}
    for p in pairs:
        key, sep, value = p.partition("=")
        if not sep or not key.strip():
            raise ParameterError(f"expected key=value, got {p!r}")
        if key.strip() in params:
            raise ParameterError(f"parameter {key.strip()!r} given twice")
        params[key.strip()] = value
    return params


def print_result(result: QueryResult, fmt: str) -> None:
    from .output import FORMATS, cell, format_result

    if fmt not in FORMATS:
        raise ParameterError(f"unknown format {fmt!r} (choose table, json or csv)")
    if fmt != "table":
        out.print(format_result(result, fmt), markup=False, end="" if fmt == "csv" else "\n")
        return
    if not result.rows:  # an empty table says nothing: say so in one line
        out.print("no rows", markup=False)
        return
    table = Table(*(safe_text(c) for c in result.columns), show_lines=False)
    for row in result.rows:
        table.add_row(*(safe_text(cell(v)) for v in row))
    out.print(table)
    err.print(f"{len(result.rows)} row(s)")


def print_counts(stats: dict) -> None:
    """The store's counts (:meth:`GraphStore.stats`) as a table."""
    from .queries.common import stats_rows

    if not stats["nodes"] and not stats["edges"]:
        out.print(f"the graph is empty: no nodes or edges ({stats['documents']} document(s))")
        return
    # the columns and rows of 'ask stats'; type names are identifiers: no markup
    table = Table("kind", "label", "count")
    for kind, name, n in stats_rows(stats):
        table.add_row(kind, name, str(n))
    out.print(table)
