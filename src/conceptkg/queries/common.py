"""What the named queries share: their result type, the dialect's Cypher, reading, resolving
names to nodes."""

from __future__ import annotations

import logging
import math
import re
from dataclasses import dataclass, field
from typing import Any

from ..errors import ParameterError, QueryError
from ..graph.stores import GraphStore, QueryResult
from . import named

__all__ = ["NamedResult", "Found", "cypher_for", "param_value", "read", "resolve", "ids_of",
           "sort_key", "stats_rows"]

log = logging.getLogger(__name__)


@dataclass
class NamedResult(QueryResult):
    """Rows of a named query, plus the ids of the nodes they are about (for drawing)."""

    query: str = ""
    node_ids: list[str] = field(default_factory=list)
    #: one line saying what an empty result means ("no path … within depth 6"); "" with rows
    empty_message: str = ""
    #: one line about rows left out ("more nodes match: limit=N shows more"); "" when none
    note: str = ""


# -- helpers ---------------------------------------------------------------------------------------
def cypher_for(store: GraphStore, variants: dict[str, str]) -> str:
    try:
        return variants[store.dialect.name]
    except KeyError:
        raise QueryError(f"named queries do not support the {store.dialect.name!r} dialect"
                         ) from None


def read(store: GraphStore, cypher: str, params: dict[str, Any]) -> QueryResult:
    log.debug("named query: %s %s", cypher, params)
    return store.query(cypher, params)


def sort_key(value: Any) -> tuple[int, Any]:
    """None last; otherwise the value (numbers and strings compare within their column)."""
    return (1, 0) if value is None else (0, value)


@dataclass(frozen=True)
class Found:
    id: str
    name: str
    type: str


def resolve(store: GraphStore, query: str, value: str) -> list[Found]:
    """The nodes whose name or alias is ``value`` (exactly, else ignoring case)."""
    for variants in (named.RESOLVE, named.RESOLVE_FOLDED):
        recs = read(store, cypher_for(store, variants), {"name": value}).records()
        if recs:
            return [Found(r["id"], r["name"], r["type"]) for r in recs]
    similar = read(store, cypher_for(store, named.SEARCH), {"text": value, "limit": 5}).records()
    hint = f" (similar: {', '.join(r['name'] for r in similar)})" if similar else ""
    raise ParameterError(f"{query}: no node named {value!r}{hint}")


def ids_of(found: list[Found]) -> list[str]:
    return [f.id for f in found]


def stats_rows(stats: dict[str, Any]) -> list[list[Any]]:
    """The counts of :meth:`GraphStore.stats` as rows ``[kind, label, count]``: nodes by label,
    edges by type (both sorted), the documents, then the first and last date and how many
    documents have none."""
    rows = [["node", k, int(v)] for k, v in sorted(stats["nodes"].items())]
    rows += [["edge", k, int(v)] for k, v in sorted(stats["edges"].items())]
    rows.append(["document", "Document", int(stats["documents"])])
    dates = stats.get("dates") or {}
    rows += [["dates", k, dates[k]] for k in ("first", "last", "undated") if k in dates]
    return rows


_INT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
_FLOAT = re.compile(r"[-+]?[0-9]+\.[0-9]+(?:[eE][-+]?[0-9]+)?")


def param_value(text: str) -> str | int | float:
    """A ``--param key=VALUE`` of a raw query as the value Cypher gets: an integer literal
    (``2``, ``-5``) is an int, a decimal one (``0.8``) a float, so that ``LIMIT $k`` and
    comparisons with numbers work; anything else, and a value in quotes (``'2'``, ``"2"``, the
    quotes removed), is a string; so is a number no store takes (beyond 64 bits, or infinite)."""
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return text[1:-1]
    if _INT.fullmatch(text) and -(2 ** 63) <= (number := int(text)) < 2 ** 63:
        return number  # (beyond 64 bits neither store takes an integer: text)
    if _FLOAT.fullmatch(text) and math.isfinite(real := float(text)):
        return real
    return text
