"""Importing a graph export into a store: the library function behind ``conceptkg import``.

A file written by ``conceptkg export`` (``json``, ``graphml`` or ``gexf``: the formats that keep
every field) is read back (:mod:`.graph.io_json`, :mod:`.graph.io_networkx`) and merged into the
embedded database or Neo4j through the stores' one writer, as ``push``/``pull`` do: nodes and
edges keep their ids, names, aliases (with their documents), attributes, counts, confidence and
evidence, documents their path, title, date and versions. Document texts travel only in a JSON
export made with ``--with-text``; without them the documents are imported without text (the
evidence sentences are kept), which :class:`ImportResult` reports.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .build_curation import AUTO, curation_for_build
from .errors import InputError, ParameterError

if TYPE_CHECKING:
    from .graph.knowledge_graph import KnowledgeGraph
    from .graph.stores import GraphStore, WriteReport

__all__ = ["IMPORT_FORMATS", "ImportResult", "import_graph", "import_format", "read_export",
           "sniff_format"]

IMPORT_FORMATS = ("json", "graphml", "gexf")
_SUFFIXES = {".json": "json", ".graphml": "graphml", ".xml": "graphml", ".gexf": "gexf"}


@dataclass
class ImportResult:
    path: Path
    format: str
    report: WriteReport
    #: documents of the export without their text (an export made without ``--with-text``)
    without_text: int = 0


def import_format(path: str | Path, fmt: str | None = None) -> str:
    """The format of ``path``: ``fmt`` when given, else its suffix (``.json``, ``.graphml``,
    ``.gexf``), else what the file's first characters say (an export to ``-o graph`` or
    ``-o g.out``: a JSON object, a GraphML or GEXF document); a ParameterError otherwise.
    What is no export file at all (standard input, a folder, a missing file, JSON Lines) is
    an InputError that says so."""
    _check_file(path, fmt)
    if fmt is not None:
        if fmt not in IMPORT_FORMATS:
            raise ParameterError(f"unknown import format {fmt!r} (choose "
                                 f"{', '.join(IMPORT_FORMATS)})")
        return fmt
    found = _SUFFIXES.get(Path(path).suffix.lower()) or sniff_format(path)
    if found is None:
        raise ParameterError(f"{path}: cannot tell the format from the name; give --format "
                             f"({', '.join(IMPORT_FORMATS)})")
    return found


#: suffixes of JSON Lines: what ``extract`` writes and ``export --format jsonl``'s evidence rows
_LINES_SUFFIXES = (".jsonl", ".ndjson")


def _check_file(path: str | Path, fmt: str | None) -> None:
    """An InputError for what cannot hold an export, before its format is guessed."""
    if str(path) == "-":
        raise InputError("-: import reads a file, not standard input: write the export to a "
                         "file first (conceptkg export -o g.json)")
    path = Path(path)
    if path.is_dir():
        raise InputError(f"{path}: is a directory; give a graph export file (json, graphml "
                         "or gexf)")
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if fmt is None and path.suffix.lower() in _LINES_SUFFIXES:
        raise InputError(f"{path}: JSON Lines, not a graph export: 'conceptkg load' reads what "
                         "'conceptkg extract' writes; the evidence rows of 'export --format "
                         "jsonl' do not import (export --format json for that)")


def sniff_format(path: str | Path) -> str | None:
    """The export format the start of the file ``path`` shows, or None."""
    try:
        with open(path, "rb") as f:
            raw = f.read(4096)
    except OSError:
        return None
    utf16 = raw[:2] in (b"\xff\xfe", b"\xfe\xff")  # (a JSON export saved by PowerShell)
    head = (raw[:len(raw) // 2 * 2].decode("utf-16", errors="ignore") if utf16
            else raw.decode("utf-8", errors="ignore")).lstrip("\ufeff \t\r\n")
    if head.startswith("{"):
        return "json"
    if head.startswith("<"):
        for tag, fmt in (("<graphml", "graphml"), ("<gexf", "gexf")):
            if tag in head:
                return fmt
    return None


def read_export(path: str | Path, fmt: str | None = None) -> KnowledgeGraph:
    """The graph of an export file; a file that is not one is an InputError of one line."""
    fmt = import_format(path, fmt)
    if not Path(path).is_file():
        raise InputError(f"{path}: no such file")
    if fmt == "json":
        from .graph.io_json import read_export_json

        kg = read_export_json(path)
    else:
        from .graph import io_networkx

        reader = io_networkx.read_graphml if fmt == "graphml" else io_networkx.read_gexf
        try:
            kg = reader(path)
        except InputError as exc:
            raise InputError(f"{path}: not a conceptkg graph export (conceptkg export --format "
                             f"{fmt}): {str(exc).removeprefix(f'{path}: ')}") from None
        except (ValueError, TypeError, KeyError) as exc:
            raise InputError(f"{path}: not a conceptkg graph export (conceptkg export --format "
                             f"{fmt}): {str(exc).splitlines()[0] if str(exc) else exc!r}"
                             ) from None
    _check_complete(kg, path, fmt)
    _check_evidence(kg, path)
    return kg


#: where each format keeps the documents
_DOCUMENTS_IN = {"json": 'the "documents" list', "graphml": "the graph attribute 'documents'",
                 "gexf": "<meta><description>"}


def _check_complete(kg: KnowledgeGraph, path: str | Path, fmt: str) -> None:
    """An export of a store holds documents (a GraphML file of another tool that happens to
    have no nodes reads as an empty graph: refused rather than imported as nothing; one that
    a program rewrote without the documents would leave evidence pointing nowhere)."""
    if not kg.documents and len(kg):
        raise InputError(f"{path}: holds {len(kg)} nodes but no documents, nothing imported "
                         f"(a conceptkg export keeps them in {_DOCUMENTS_IN[fmt]}: a program "
                         "that rewrote the file dropped them; import the original export)")
    if not kg.documents:
        raise InputError(f"{path}: holds no documents, nothing imported (the export of an "
                         "empty store, or a graph file of another program)")


def _check_evidence(kg: KnowledgeGraph, path: str | Path) -> None:
    """Every evidence sentence is the text of its document at its offsets (where the export
    carries the text): an export edited by hand, or by another program, that breaks this is
    refused, naming the first such sentence."""
    texts = {d.id: d.text for d in kg.documents.values() if d.text}
    items = [(f"node {n.name}", n.evidence) for n in kg.nodes()]
    items += [(f"edge {kg.node(e.source).name} -{e.type}-> {kg.node(e.target).name}", e.evidence)
              for e in kg.edges()]
    for what, evidence in items:
        for ev in evidence:
            text = texts.get(ev.document)
            if text is not None and text[ev.start:ev.end] != ev.sentence:
                raise InputError(f"{path}: {what}: the evidence sentence {ev.sentence[:30]!r} "
                                 f"is not the text at offsets {ev.start}-{ev.end} of "
                                 f"{ev.document}; nothing imported (edited by hand?)")


def import_graph(path: str | Path, store: GraphStore, fmt: str | None = None,
                 progress: Callable[[int], None] | None = None, curation: Any = AUTO
                 ) -> ImportResult:
    """Merge the graph of the export ``path`` into ``store`` (documents that are other
    versions of the same files are replaced), then apply ``curation`` there: as for
    :func:`conceptkg.build.build`, by default the store's own corrections file (the one
    ``conceptkg import`` applies) and entity resolution; a Curation or a path instead; None:
    nothing."""
    from .transfer import merge_graph

    curation = curation_for_build(store, curation)
    fmt = import_format(path, fmt)
    kg = read_export(path, fmt)
    report = merge_graph(kg, store, progress, curation)
    textless = sum(1 for d in kg.documents.values() if not d.text)
    return ImportResult(Path(path), fmt, report, textless)
