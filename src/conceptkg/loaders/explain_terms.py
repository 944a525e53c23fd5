"""Whether the terms of a user's ``--lexicon`` files took effect in a document: for the miss
report of ``conceptkg explain``. A term the text never writes cannot take effect; one that it
writes but that made no node was read as part of a longer name (or left out as no entity)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from ..graph.knowledge_graph import KnowledgeGraph
from .lexicon import _parse_entry, _term_groups
from .lexicon_where import lexicon_data

__all__ = ["UserTerm", "user_terms", "term_report"]

Found = Literal["node", "text", "absent"]


@dataclass(frozen=True)
class UserTerm:
    name: str
    type: str
    file: str
    #: ``node``: a node of the document has its name or an alias; ``text``: the text writes it
    #: but no node has it; ``absent``: the text writes neither its name nor an alias
    found: Found
    aliases: tuple[str, ...] = ()
    #: ``weak: true``: a node only when a relation uses it (so ``text`` is no mistake)
    weak: bool = False


def user_terms(paths: Iterable[str | Path]
               ) -> list[tuple[str, str, tuple[str, ...], str, bool]]:
    """(name, type, aliases, file, weak) of every term of the user lexicon files ``paths`` (checked
    already: the lexicon that read them raised on a bad one)."""
    out = []
    for p in paths:
        data = lexicon_data(p) or {}
        if not isinstance(data, dict):
            continue
        for type_, entries in _term_groups(data.get("terms") or {}, str(p)):
            for entry in entries:
                name, t, aliases, weak = _parse_entry(entry, type_, str(p))
                out.append((name.strip(), t, tuple(a.strip() for a in aliases if a.strip()),
                            str(p), weak))
    return out


def term_report(kg: KnowledgeGraph, text: str, paths: Iterable[str | Path]) -> list[UserTerm]:
    """For each term of the user files ``paths``: did it become a node of ``kg`` (the graph of
    the document whose text is ``text``), is it only in the text, or not in the text at all."""
    names: set[str] = set()
    for node in kg.nodes():
        names.add(node.name)
        names.update(node.aliases)
    report = []
    for name, type_, aliases, file, weak in user_terms(paths):
        forms = (name, *aliases)
        found: Found = "node" if any(f in names for f in forms) else \
            "text" if any(f in text for f in forms) else "absent"
        report.append(UserTerm(name, type_, file, found, aliases, weak))
    return report
