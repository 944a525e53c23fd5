"""JSON exchange format: ``{"nodes": [...], "edges": [...], "documents": [...]}``.

Edge endpoints are node ids. This is the shape ``score.py`` and ``conceptkg eval`` read; keep it
stable. Document texts are left out unless asked for (they can be large).
"""

from __future__ import annotations

import codecs
import json
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from ..errors import InputError
from .io_atomic import atomic_path
from .knowledge_graph import KnowledgeGraph
from .models import Document, Edge, Node

M = TypeVar("M", bound=BaseModel)

__all__ = ["graph_from_dict", "graph_to_dict", "invalid_item", "json_text", "read_export_json",
           "read_json", "write_json"]


def graph_to_dict(kg: KnowledgeGraph, *, with_text: bool = False) -> dict[str, Any]:
    docs = []
    for d in sorted(kg.documents.values(), key=lambda d: d.id):
        row = d.model_dump(exclude={"text"} if not with_text else set())
        row["chars"] = len(d.text)
        docs.append(row)
    edges = []
    for e in kg.edges():
        row = e.model_dump()
        row["rules"] = e.rules
        edges.append(row)
    return {"nodes": [n.model_dump() for n in kg.nodes()], "edges": edges, "documents": docs}


def _made(model: type[M], row: Any, what: str, index: int, drop: str) -> M:
    """``model`` from the dict ``row`` (the ``index``-th ``what``); a field it refuses is an
    InputError naming the item (its name, id or ends), the field, the value and the rule."""
    try:
        return model(**{k: v for k, v in row.items() if k != drop})
    except ValidationError as exc:
        name = row.get("name") or row.get("id") or (
            f"{row.get('source')} -{row.get('type')}-> {row.get('target')}")
        raise invalid_item(exc, f"{what} {index + 1} ({name})") from None


def invalid_item(exc: ValidationError, what: str) -> InputError:
    """One line for the first field of ``what`` that the model refused: the field, the rule,
    the value given (not pydantic's '1 validation error for Node' and its paragraph)."""
    first = exc.errors()[0]
    field = ".".join(map(str, first["loc"])) or "?"
    return InputError(f"{what}: {field}: {first['msg']} (given {first.get('input')!r})")


def graph_from_dict(data: dict[str, Any]) -> KnowledgeGraph:
    try:
        docs = [_made(Document, d, "document", i, "chars")
                for i, d in enumerate(data.get("documents", []))]
        nodes = [_made(Node, n, "node", i, "") for i, n in enumerate(data["nodes"])]
        edges = [_made(Edge, e, "edge", i, "rules")
                 for i, e in enumerate(data.get("edges", data.get("links", [])))]
        return KnowledgeGraph.from_parts(nodes, edges, docs)
    except InputError as exc:
        raise InputError(f"not a conceptkg graph JSON: {exc}") from None
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InputError(f"not a conceptkg graph JSON: {str(exc).splitlines()[0]}") from exc


def write_json(kg: KnowledgeGraph, path: str | Path, *, with_text: bool = False) -> Path:
    path = Path(path)
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8") as f:
        json.dump(graph_to_dict(kg, with_text=with_text), f, ensure_ascii=False, indent=1)
    return path


def json_text(raw: bytes) -> str:
    """The text of a JSON file as a program on Windows may have saved it: UTF-8 with or without
    a BOM (Notepad, Out-File), or UTF-16 with its BOM (PowerShell's ``>``)."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16")
    return raw.decode("utf-8-sig")


def read_export_json(path: str | Path) -> KnowledgeGraph:
    """A graph export (``conceptkg export --format json``, :func:`write_json`); anything else
    (JSON Lines from ``extract``, another JSON document) is an InputError of one line."""
    what = "not a conceptkg graph export (conceptkg export --format json)"
    try:
        data = json.loads(json_text(Path(path).read_bytes()))
    except FileNotFoundError as exc:
        raise InputError(f"{path}: no such file") from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: {what}: not UTF-8 (or UTF-16) text") from exc
    except ValueError as exc:
        hint = (": JSON Lines from 'conceptkg extract' go in with 'conceptkg load'"
                if "Extra data" in str(exc) else f": {str(exc).splitlines()[0]}")
        raise InputError(f"{path}: {what}{hint}") from exc
    if not (isinstance(data, dict) and isinstance(data.get("nodes"), list)
            and isinstance(data.get("edges"), list)
            and isinstance(data.get("documents"), list)):
        raise InputError(f"{path}: {what}: expected an object with \"nodes\", \"edges\" "
                         "and \"documents\" lists")
    try:
        return graph_from_dict(data)
    except InputError as exc:
        raise InputError(f"{path}: {exc}") from None


def read_json(path: str | Path) -> KnowledgeGraph:
    try:
        data = json.loads(json_text(Path(path).read_bytes()))
    except FileNotFoundError as exc:
        raise InputError(f"{path}: no such file") from exc
    except (OSError, ValueError) as exc:
        raise InputError(f"{path}: cannot read JSON: {str(exc).splitlines()[0]}") from exc
    return graph_from_dict(data)
