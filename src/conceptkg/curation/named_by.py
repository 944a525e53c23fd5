"""Which documents gave a body merged automatically each of its names as the name of what they
found (the main name of the document's own node, before the merge): recorded on the body, so
that a ``remove`` that takes away every document giving the body's name undoes the merge as a
build of the documents left would not have made it (see :func:`.auto_merge.auto_merge`).

The record is the node attribute ``named_by``: normalized name -> sorted document ids. Only a
body with automatic merges has one; a document the body gained since (written under its id,
so naming it by a spelling of its name) counts for its name.
"""

from __future__ import annotations

from ..graph.models import Node, normalize_name
from .ops import Changes

__all__ = ["NAMED_BY", "named_by", "set_named_by"]

#: the attribute of the record
NAMED_BY = "named_by"


def named_by(node: Node) -> dict[str, set[str]]:
    """The record of ``node`` for its stored documents (a node without one: every document
    gave its name); names it no longer holds and documents it no longer has are left out."""
    docs = set(node.counts)
    own = normalize_name(node.name)
    rec = node.attributes.get(NAMED_BY)
    if not isinstance(rec, dict):
        return {own: docs} if docs else {}
    names = {own, *(normalize_name(a) for a in node.aliases)}
    out = {k: set(v) & docs for k, v in rec.items() if k in names and isinstance(v, list)}
    new = docs - set().union(*out.values()) if out else docs
    if new:
        out[own] = out.get(own, set()) | new
    return {k: v for k, v in out.items() if v}


def set_named_by(node: Node, rec: dict[str, set[str]], ch: Changes) -> None:
    """Record ``rec`` on ``node`` (none when it names the node by one name only)."""
    value = {k: sorted(v) for k, v in sorted(rec.items()) if v} if len(rec) > 1 else None
    if node.attributes.get(NAMED_BY) == value:
        return
    ch.nodes.add(node.id)
    if value is None:
        node.attributes.pop(NAMED_BY, None)
    else:
        node.attributes[NAMED_BY] = value
