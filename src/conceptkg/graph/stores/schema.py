"""The property schema of the stores: the properties nodes, edges and documents are stored with,
their types, and how each is made from the model and read back into it.

This one definition serves the DDL (LadybugDB columns), the writes (the rows of ``UNWIND $rows``),
the reads (rows back into the models), the neo4j-admin export (CSV headers) and the round-trip
tests. A property with a ``field`` holds that model field and is read back; one without is
derived from the model (``documents``, ``mentions``, ``rules`` ...) for Cypher users and is never
read back. Both stores hold exactly these properties, so the same Cypher reads the same values on
each. Lists of maps are not valid Neo4j properties: evidence, counts and attributes travel as
JSON text.

Adding a property is one line in :data:`NODE`, :data:`EDGE` or :data:`DOCUMENT` (beside the
model's field); a database made before it gains the column when opened for writing.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from operator import attrgetter
from typing import Any

from pydantic import BaseModel

from ..models import EDGE_TYPE_PATTERN, Document, Edge, Evidence, Node, NodeType

__all__ = ["DOCUMENT", "EDGE", "FLOAT", "INT", "NODE", "NODE_LABELS", "STRING", "STRINGS",
           "Kind", "Prop", "StoreType", "checked_label", "checked_rel_type"]


@dataclass(frozen=True)
class StoreType:
    """A property's type: the LadybugDB column type and the neo4j-admin header type."""

    ladybug: str
    #: the ``name:type`` suffix of a neo4j-admin CSV header ("" for strings)
    csv: str


STRING = StoreType("STRING", "")
INT = StoreType("INT64", "long")
FLOAT = StoreType("DOUBLE", "double")
STRINGS = StoreType("STRING[]", "string[]")


@dataclass(frozen=True)
class Prop:
    """One stored property."""

    name: str
    type: StoreType
    #: the value stored for a model object
    get: Callable[[Any], Any]
    #: the model field the property is read back into (None: derived, written only)
    field: str | None = None
    #: the field's value from the stored value (never called with None: a missing property
    #: leaves the model's default)
    load: Callable[[Any], Any] | None = None


def _stored(name: str, type: StoreType = STRING, dump: Callable[[Any], Any] | None = None,
            load: Callable[[Any], Any] | None = None) -> Prop:
    """A property holding the model field of the same name."""
    read = attrgetter(name)
    get = read if dump is None else (lambda item: dump(read(item)))
    return Prop(name, type, get, field=name, load=load)


def _derived(name: str, type: StoreType, get: Callable[[Any], Any]) -> Prop:
    return Prop(name, type, get)


# -- JSON text for what Neo4j cannot hold as a property -------------------------------------------
# (encoders made once: json.dumps with options makes a new one at every call)
_SORTED = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode
_PLAIN = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_COUNTS = json.JSONEncoder(separators=(",", ":")).encode


def _dumps(value: Any) -> str:
    if not value:  # the common case: no attributes
        return "{}" if isinstance(value, dict) else json.dumps(value)
    return _SORTED(value)


def _json(default: Callable[[], Any]) -> Callable[[Any], Any]:
    return lambda text: json.loads(text) if text else default()


def _evidence_json(evidence: list[Evidence]) -> str:
    # keys in sorted order, as _dumps writes them; built by hand since this is the hot path
    return _PLAIN([{"document": e.document, "end": e.end, "rule": e.rule, "sentence": e.sentence,
                    "start": e.start} for e in evidence])


def _load_evidence(text: str) -> list[Evidence]:
    return [Evidence(**e) for e in json.loads(text or "[]")]


def _counts_json(counts: dict[str, int]) -> str:
    return _COUNTS(dict(sorted(counts.items())))


def _first_sentence(edge: Edge) -> str:
    return edge.evidence[0].sentence if edge.evidence else ""


@dataclass(frozen=True)
class Kind:
    """The stored shape of one model: its properties, and its fields that are not properties."""

    name: str
    model: type[BaseModel]
    props: tuple[Prop, ...]
    #: fields written in each row but held by the graph's structure, not as properties: an
    #: edge's end node ids (``a.id AS source``)
    ends: tuple[str, ...] = ()
    #: the field held as the node label or relationship type
    label_field: str | None = None

    @property
    def read(self) -> tuple[Prop, ...]:
        """The properties read back into the model."""
        return tuple(p for p in self.props if p.field is not None)

    def prop(self, name: str) -> Prop:
        return next(p for p in self.props if p.name == name)

    def to_row(self, item: Any) -> dict[str, Any]:
        """The row written for ``item``: its end ids, then every property."""
        row = {f: getattr(item, f) for f in self.ends}
        for p in self.props:
            row[p.name] = p.get(item)
        return row

    def from_row(self, row: dict[str, Any], label: str | None = None, *,
                 skip: tuple[str, ...] = ()) -> Any:
        """The model object of a stored row (``label``: its node label or relationship type;
        ``skip``: properties the row leaves out on purpose, such as a document's text)."""
        values: dict[str, Any] = {f: row[f] for f in self.ends}
        for p in self.read:
            raw = row[p.name] if p.name not in skip else None
            if raw is not None:
                values[p.field or p.name] = p.load(raw) if p.load else raw
        if self.label_field is not None:
            values[self.label_field] = label
        return self.model(**values)

    def returns(self, var: str, *, skip: tuple[str, ...] = ()) -> str:
        """``RETURN`` items for the properties read back (ends as ``a.id``/``b.id``)."""
        ends = [f"{v}.id AS {f}" for v, f in zip("ab", self.ends, strict=False)]
        return ", ".join(ends + [f"{var}.{p.name} AS {p.name}" for p in self.read
                                 if p.name not in skip])

    def sets(self, var: str, row: str = "r", keep_when_empty: tuple[str, str] | None = None,
             skip: tuple[str, ...] = ()) -> str:
        """``SET`` items writing every property but ``id`` from the row. With
        ``keep_when_empty`` = (text property, derived property), a row whose text property is
        empty leaves both as stored (a document merged again without its text, from an export
        made without it, keeps the text it has: its id is its content's). ``skip``: properties
        left as stored."""
        items = []
        for p in self.props:
            if p.name == "id" or p.name in skip:
                continue
            if keep_when_empty and p.name in keep_when_empty:
                items.append(f"{var}.{p.name} = CASE WHEN {row}.{keep_when_empty[0]} = '' AND "
                             f"{var}.{p.name} IS NOT NULL THEN {var}.{p.name} "
                             f"ELSE {row}.{p.name} END")
            else:
                items.append(f"{var}.{p.name} = {row}.{p.name}")
        return ", ".join(items)

    def fields(self, row: str = "r") -> str:
        """The property map of a ``CREATE``: every property from the row."""
        return ", ".join(f"{p.name}: {row}.{p.name}" for p in self.props)


NODE = Kind("node", Node, (
    _stored("id"),
    _stored("name"),
    _stored("aliases", STRINGS, dump=list, load=list),
    _stored("attributes", dump=_dumps, load=_json(dict)),
    _stored("evidence", dump=_evidence_json, load=_load_evidence),
    _derived("documents", STRINGS, attrgetter("documents")),
    _derived("mentions", INT, attrgetter("mentions")),
    _stored("counts", dump=_counts_json, load=_json(dict)),
    _stored("alias_docs", dump=_dumps, load=_json(dict)),
), label_field="type")

EDGE = Kind("edge", Edge, (
    _stored("confidence", FLOAT, dump=float, load=float),
    _stored("evidence", dump=_evidence_json, load=_load_evidence),
    _derived("sentence", STRING, _first_sentence),
    _derived("rules", STRINGS, attrgetter("rules")),
    _derived("documents", STRINGS, attrgetter("documents")),
    _derived("mentions", INT, attrgetter("mentions")),
    _stored("counts", dump=_counts_json, load=_json(dict)),
    _stored("attributes", dump=_dumps, load=_json(dict)),
), ends=("source", "target"), label_field="type")

DOCUMENT = Kind("document", Document, (
    _stored("id"),
    _stored("path"),
    _stored("resolved"),
    _stored("title"),
    _stored("date"),
    _stored("format"),
    _stored("original_encoding"),
    _stored("extractor"),
    _stored("lexicon"),
    _stored("size", INT, load=int),
    _stored("built_at"),
    _stored("text"),
    _derived("chars", INT, lambda d: len(d.text)),
))

# -- names formatted into Cypher: labels and relationship types cannot be parameters ------------
NODE_LABELS = frozenset({t.value for t in NodeType} | {"Document"})


def checked_label(name: str) -> str:
    """``name`` if it is a known node label, else ValueError (never formatted in unchecked)."""
    if name not in NODE_LABELS:
        raise ValueError(f"unknown node label {name!r}")
    return name


def checked_rel_type(name: str) -> str:
    """``name`` if it is an edge type (an upper-case identifier), else ValueError."""
    if not EDGE_TYPE_PATTERN.fullmatch(name):
        raise ValueError(f"invalid relationship type {name!r}")
    return name
