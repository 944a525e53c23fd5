"""Named queries about documents and time: which documents, when, how often.

Counts come from the exact per-document counts stored on every node and edge (never from the
capped evidence). ``since``/``until``/``doc`` (:class:`TimeParams`) narrow any of them to the
documents dated within a period or to one document; documents are shown by file name, title and
date, with their id last.
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from ..errors import ParameterError
from ..graph.models import Document
from ..graph.stores import GraphStore

__all__ = ["DocIndex", "dated_within", "doc_index", "parse_json", "documents_rows",
           "timeline_rows"]

log = logging.getLogger(__name__)

UNDATED = "undated"


def parse_json(text: Any, default: Any, what: str) -> Any:
    try:
        return json.loads(text) if text else default
    except (TypeError, ValueError):
        log.warning("%s: unreadable stored value", what)
        return default


def file_name(doc: Document) -> str:
    return PurePath(doc.path).name if doc.path else doc.id


@dataclass
class DocIndex:
    """The stored documents (no text) and the ids the time parameters let through (None: all)."""

    docs: dict[str, Document]
    allowed: set[str] | None

    def admits(self, doc_id: str) -> bool:
        return self.allowed is None or doc_id in self.allowed

    def describe(self, doc_id: str) -> tuple[str, str, str]:
        """File name, title and date of a document ('' where unknown)."""
        d = self.docs.get(doc_id)
        return (file_name(d), d.title, d.date) if d else (doc_id, "", "")


def _matches(doc: Document, key: str) -> bool:
    return key in {doc.id, doc.path, doc.resolved, doc.title, file_name(doc)} or (
        bool(doc.path) and PurePath(doc.path).stem == key)


def doc_index(store: GraphStore, query: str, p: Any) -> DocIndex:
    """The documents of the store and those that ``p.since``/``p.until``/``p.doc`` admit."""
    docs = {d.id: d for d in store.documents()}
    if not p.filtered:
        return DocIndex(docs, None)
    allowed = set(docs)
    if p.doc:
        allowed = {i for i, d in docs.items() if _matches(d, p.doc)}
        if not allowed:
            raise ParameterError(f"{query}: no document {p.doc!r} (a path, file name, title "
                                 "or id of a built document)")
    if p.since or p.until:
        allowed = {i for i in allowed if dated_within(docs[i].date, p.since, p.until)}
    return DocIndex(docs, allowed)


def dated_within(date: str, since: str | None, until: str | None) -> bool:
    """Whether a document dated ``date`` falls within ``since``..``until`` (first and last day,
    ``YYYY-MM-DD``, either None for no bound; see :class:`.params.TimeParams`): an undated one
    never does."""
    return bool(date) and (not since or date >= since) and (not until or date <= until)


def _period(date: str, by: str) -> str:
    if not date:
        return UNDATED
    return date[:7] if by == "month" else date[:4]


def _periods_between(first: str, last: str, by: str) -> list[str]:
    """Every month (``YYYY-MM``) or year (``YYYY``) from ``first`` to ``last``, both included."""
    if by != "month":
        return [f"{y:04d}" for y in range(int(first), int(last) + 1)]
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def timeline_rows(counts: dict[str, int], index: DocIndex, by: str) -> list[list[Any]]:
    """``[period, mentions, documents, first_seen, last_seen, corpus_documents]`` per period,
    oldest first (undated documents last). Every period from the first to the last one that
    mentions the node has a row, those without a mention too (0 mentions), so that a gap shows;
    ``corpus_documents`` says how many documents of the period were admitted at all (0: the
    corpus has none then, nothing could mention it)."""
    acc: dict[str, list[Any]] = defaultdict(lambda: [0, 0, None, None])
    for doc_id, n in counts.items():
        if not index.admits(doc_id):
            continue
        date = index.describe(doc_id)[2]
        row = acc[_period(date, by)]
        row[0] += int(n)
        row[1] += 1
        if date:
            row[2] = min(row[2] or date, date)
            row[3] = max(row[3] or date, date)
    dated = sorted(k for k in acc if k != UNDATED and _well_formed(k, by))
    if dated:
        for k in _periods_between(dated[0], dated[-1], by):
            if k not in acc:  # a row of zeros where nothing mentions it
                acc[k] = [0, 0, None, None]
    corpus: dict[str, int] = defaultdict(int)
    for doc_id, doc in index.docs.items():
        if index.admits(doc_id):
            corpus[_period(doc.date, by)] += 1
    order = sorted(acc, key=lambda k: (k == UNDATED, k))
    return [[k, *acc[k], corpus.get(k, 0)] for k in order]


def _well_formed(period: str, by: str) -> bool:
    """A period read from a stored date that :func:`_periods_between` can count through."""
    want = 7 if by == "month" else 4
    return len(period) == want and period[:4].isdigit() and (by != "month" or (
        period[4] == "-" and period[5:7].isdigit() and 1 <= int(period[5:7]) <= 12))


def documents_rows(counts: dict[str, int], index: DocIndex) -> list[list[Any]]:
    """``[document, title, date, count, doc_id]`` per admitted document, by date then name."""
    rows = [[*index.describe(d), int(n), d] for d, n in counts.items() if index.admits(d)]
    rows.sort(key=lambda r: (r[2] == "", r[2], r[0], r[4]))
    return rows
