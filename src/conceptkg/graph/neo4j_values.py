"""Turning values returned by the Neo4j driver into plain Python data.

Nodes, relationships and paths become dicts shaped like the embedded store's (``_ID``,
``_LABEL``, ``_SRC``, ``_DST``, ``_NODES``, ``_RELS`` plus the properties), temporal values become
ISO-8601 text and points become ``{"srid", "coordinates"}``, so that every result prints and
serializes to JSON the same way whichever store produced it.
"""

from __future__ import annotations

from typing import Any

__all__ = ["plain"]


def plain(value: Any) -> Any:
    """``value`` with every driver-specific type replaced by dicts, lists and scalars."""
    from neo4j.graph import Node, Path, Relationship
    from neo4j.spatial import Point

    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, Node):
        labels = sorted(value.labels)
        return {"_ID": value.element_id, "_LABEL": labels[0] if labels else "",
                **{k: plain(v) for k, v in value.items()}}
    if isinstance(value, Relationship):
        start, end = value.start_node, value.end_node
        return {"_SRC": start.element_id if start is not None else None,
                "_DST": end.element_id if end is not None else None,
                "_LABEL": value.type, "_ID": value.element_id,
                **{k: plain(v) for k, v in value.items()}}
    if isinstance(value, Path):
        return {"_NODES": [plain(n) for n in value.nodes],
                "_RELS": [plain(r) for r in value.relationships]}
    if isinstance(value, Point):
        return {"srid": value.srid, "coordinates": [float(c) for c in value]}
    iso = getattr(value, "iso_format", None)
    if callable(iso):  # dates, times and durations (a Duration is a tuple: before lists)
        return iso()
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).hex()
    return str(value)
