"""JSON Lines: one document's graph per line — the hand-off format between the extraction step
(a pure function of one document, runnable on any map engine) and the batched store writer."""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from ..errors import InputError
from .io_json import graph_from_dict, graph_to_dict, json_text
from .knowledge_graph import KnowledgeGraph

__all__ = ["dump_line", "iter_jsonl", "write_jsonl"]


def dump_line(kg: KnowledgeGraph) -> str:
    """One line of JSON for a per-document graph (document text included)."""
    return json.dumps(graph_to_dict(kg, with_text=True), ensure_ascii=False,
                      separators=(",", ":"))


def write_jsonl(graphs: Iterable[KnowledgeGraph], stream: IO[str]) -> int:
    n = 0
    for kg in graphs:
        stream.write(dump_line(kg) + "\n")
        n += 1
    return n


def iter_jsonl(path: str | Path) -> Iterator[KnowledgeGraph]:
    """The graphs of a JSON Lines file, one per line; a bad line is an InputError naming it."""
    try:
        f = open(path, encoding=_encoding(path))  # closed by the with below
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from None
    with f:
        for lineno, line in _lines(f, path):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except ValueError as exc:
                if lineno == 1 and _is_whole_export(path):
                    raise InputError(
                        f"{path}: a graph export (conceptkg export --format json), not JSON "
                        "Lines: read it in with 'conceptkg import'; load reads what "
                        "'conceptkg extract' writes, one document a line") from None
                raise InputError(f"{path}:{lineno}: not JSON: {exc}") from None
            try:
                yield graph_from_dict(data)
            except InputError as exc:
                raise InputError(f"{path}:{lineno}: {exc}") from None


def _encoding(path: str | Path) -> str:
    """UTF-16 for a file that starts with its BOM (PowerShell's ``>``), else UTF-8 with or
    without a BOM (Notepad, Out-File)."""
    with open(path, "rb") as f:
        head = f.read(2)
    return "utf-16" if head in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE) else "utf-8-sig"


def _lines(f: IO[str], path: str | Path) -> Iterator[tuple[int, str]]:
    """The numbered lines of ``f``; bytes that are no such text: an InputError naming it."""
    lineno = 0
    try:
        for lineno, line in enumerate(f, start=1):
            yield lineno, line
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}:{lineno + 1}: not UTF-8 (or UTF-16) text: {exc.reason}"
                         ) from None


def _is_whole_export(path: str | Path) -> bool:
    """Whether the file is one JSON object of a whole graph (``nodes``, ``edges``) over many
    lines, as ``conceptkg export --format json`` writes it."""
    try:
        data = json.loads(json_text(Path(path).read_bytes()))
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and "nodes" in data and "edges" in data
