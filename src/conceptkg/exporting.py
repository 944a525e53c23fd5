"""Exporting a stored graph to files: the library function behind ``conceptkg export``.

Formats: ``json`` (the exchange format), ``graphml`` and ``gexf`` (Gephi, yEd, networkx, igraph),
``neo4j-csv`` (a directory of CSV files for ``neo4j-admin database import full``) and ``jsonl``
(one evidence sentence per line, for pandas or duckdb).
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import ParameterError

if TYPE_CHECKING:
    from .graph.stores import GraphStore

__all__ = ["EXPORT_FORMATS", "ExportResult", "check_export_format", "export_format", "export_store"]

EXPORT_FORMATS = ("json", "graphml", "gexf", "neo4j-csv", "jsonl")
#: the format a file name's suffix names (``import`` reads those of json, graphml and gexf)
_SUFFIXES = {".json": "json", ".graphml": "graphml", ".xml": "graphml", ".gexf": "gexf",
             ".jsonl": "jsonl", ".ndjson": "jsonl"}
#: suffixes of one table, which no export writes (without --format they would get JSON)
_TABLE_SUFFIXES = {".csv", ".tsv"}


@dataclass
class ExportResult:
    path: Path
    #: for neo4j-csv: the neo4j-admin command line that imports the bundle
    command: str = ""


def check_export_format(fmt: str, with_text: bool = False) -> None:
    """A ParameterError for an unknown format, or ``with_text`` with another format than json."""
    if fmt not in EXPORT_FORMATS:
        raise ParameterError(f"unknown export format {fmt!r} (choose {', '.join(EXPORT_FORMATS)})")
    if with_text and fmt != "json":
        raise ParameterError("--with-text applies to --format json")


def export_format(output: str | Path, fmt: str | None = None) -> str:
    """The format of an export to ``output``: ``fmt`` when given, else the one the file name's
    suffix names (``g.graphml``: graphml; an existing directory: neo4j-csv; ``g.csv``: a
    ParameterError, no export is one table; else json). A
    ``fmt`` that another known suffix contradicts (``-f json -o g.graphml``) is a
    ParameterError: ``import`` reads a file by its suffix."""
    named = _SUFFIXES.get(Path(output).suffix.lower()) if str(output) != "-" else None
    if fmt is None:
        if named is None and str(output) != "-" and Path(output).is_dir():
            return "neo4j-csv"
        if Path(output).suffix.lower() in _TABLE_SUFFIXES:
            raise ParameterError(f"{output}: no export is one table; --format neo4j-csv writes "
                                 "a directory of CSV files (-o DIR), --format jsonl one evidence "
                                 "sentence per line (pandas, duckdb)")
        return named or "json"
    check_export_format(fmt)
    if named is not None and named != fmt:
        raise ParameterError(f"{output}: the file name says {named}, but --format is {fmt}; "
                             f"name the file after its format or leave --format out")
    return fmt


def export_store(store: GraphStore, output: str | Path, fmt: str = "json", *,
                 with_text: bool = False) -> ExportResult:
    """Write the whole graph of ``store`` to ``output`` in ``fmt`` (a directory for
    ``neo4j-csv``, a file otherwise); ``with_text`` (json only) keeps the documents' texts, so
    that ``conceptkg import`` restores the store exactly."""
    check_export_format(fmt, with_text)
    output = Path(output)
    if fmt != "neo4j-csv":
        from .output import check_output_file

        check_output_file(output)  # (a directory, below a file: before reading the graph)
    else:
        from .graph.io_neo4j_csv import check_bundle_directory

        check_bundle_directory(output)
    kg = store.read_graph()
    if fmt == "neo4j-csv" and not kg.documents and not len(kg):
        raise ParameterError(f"{output}: the store is empty: a neo4j-csv bundle of it would "
                             "import nothing (neo4j-admin needs at least one --nodes file)")
    if fmt == "json":
        from .graph.io_json import write_json

        return ExportResult(write_json(kg, output, with_text=with_text))
    if fmt == "graphml":
        from .graph.io_networkx import write_graphml

        return ExportResult(write_graphml(kg, output))
    if fmt == "gexf":
        from .graph.io_networkx import write_gexf

        return ExportResult(write_gexf(kg, output))
    if fmt == "jsonl":
        from .graph.io_evidence import write_evidence_jsonl

        return ExportResult(write_evidence_jsonl(kg, output))
    from .graph.io_neo4j_csv import write_neo4j_csv

    bundle = write_neo4j_csv(kg, output)
    where = shlex.quote(str(bundle.directory))
    return ExportResult(output, command=f"cd {where} && {bundle.command}")
