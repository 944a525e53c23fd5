"""Pydantic models of the knowledge graph: documents, evidence, nodes and edges.

Ids are stable: a node's id is derived from its type and its normalized canonical name, an edge's
from its endpoints and type, so the same input yields the same ids on every run and machine.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from enum import StrEnum
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .evidence_lists import evidence_key as _evidence_key
from .evidence_lists import merge_evidence, select_evidence, union_evidence

__all__ = [
    "names_changed",
    "names_version",
    "NodeType",
    "EdgeType",
    "CORE_NODE_TYPES",
    "CORE_EDGE_TYPES",
    "EDGE_TYPE_PATTERN",
    "MAX_EDGE_EVIDENCE",
    "CONFIDENCES",
    "MAX_NODE_EVIDENCE",
    "MAX_NODE_EVIDENCE_PER_DOCUMENT",
    "Document",
    "Evidence",
    "Node",
    "Edge",
    "normalize_name",
    "node_id",
    "edge_id",
    "document_id",
    "merge_evidence",
    "union_evidence",
    "select_evidence",
]


class NodeType(StrEnum):
    CONCEPT = "Concept"
    FACTOR = "Factor"
    ORGANIZATION = "Organization"
    INITIATIVE = "Initiative"
    PERSON = "Person"
    EVENT = "Event"
    PLACE = "Place"
    METRIC = "Metric"


class EdgeType(StrEnum):
    DRIVES = "DRIVES"
    INCLUDES = "INCLUDES"
    IMPLEMENTS = "IMPLEMENTS"
    MEASURES = "MEASURES"


CORE_NODE_TYPES = (NodeType.CONCEPT, NodeType.FACTOR, NodeType.ORGANIZATION, NodeType.INITIATIVE)
CORE_EDGE_TYPES = (EdgeType.DRIVES, EdgeType.INCLUDES, EdgeType.IMPLEMENTS)

#: a node keeps at most this many evidence sentences (spread over its documents, see
#: :func:`select_evidence`); its counts (``counts``) stay exact whatever the cap
MAX_NODE_EVIDENCE = 100
#: an edge keeps more, since its evidence is what an analyst cites, but not without bound: an
#: archive that states the same relation thousands of times must not grow one edge forever
MAX_EDGE_EVIDENCE = 500
#: extraction keeps at most this many evidence sentences per node and document (a frequent term
#: appears hundreds of times in one document); the mention counts stay exact
MAX_NODE_EVIDENCE_PER_DOCUMENT = 20

#: the edge attribute that records the documents that gave an edge less than its confidence
#: (the highest any gave), so that taking a document out leaves the confidence the others gave
CONFIDENCES = "confidences"

#: what an edge type looks like: an upper-case identifier (``DRIVES``, ``PART_OF``); the stores
#: write it into Cypher as a relationship type, so nothing else may pass
EDGE_TYPE_PATTERN = re.compile(r"[A-Z][A-Z0-9_]{0,40}")

_QUOTES = re.compile(r"[\s“”\"‘’'「」『』《》〈〉]")


@functools.lru_cache(maxsize=1 << 16)  # (asked for every mention of a name: names repeat)
def normalize_name(name: str) -> str:
    """The key under which names are compared: NFKC, no quotes or spaces, lower case."""
    return _QUOTES.sub("", unicodedata.normalize("NFKC", name)).lower()


def _digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


@functools.lru_cache(maxsize=1 << 16)  # (every mention of a node asks for its id)
def node_id(node_type: NodeType | str, name: str) -> str:
    """Stable id of a node: a digest of its type and normalized name."""
    t = NodeType(node_type).value
    return f"{t[:3].lower()}_{_digest(t, normalize_name(name))}"


def edge_id(source: str, edge_type: str, target: str) -> str:
    return f"e_{_digest(source, edge_type, target)}"


def document_id(text: str) -> str:
    """Content hash of a document's normalized text."""
    return "doc_" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:24]


class _Model(BaseModel):
    # defer_build: the schema is built on first use, not at import (fast CLI start-up)
    model_config = ConfigDict(use_enum_values=True, validate_assignment=False, defer_build=True)


class Document(_Model):
    """A source document. ``text`` is the normalized text that evidence offsets point into.

    ``id`` is the content hash; ``path`` is the path as given and ``resolved`` the absolute
    path (what a rebuild of the same file is recognised by); ``date`` is an ISO date
    (``YYYY-MM-DD``) or empty; ``extractor`` and ``lexicon`` say what it was built with (a
    document built with another extractor version or lexicon is stale); ``size`` is the file's
    size in bytes and ``built_at`` an ISO timestamp (UTC)."""

    id: str
    path: str = ""
    resolved: str = ""
    title: str = ""
    date: str = ""
    text: str = ""
    format: str = "txt"
    original_encoding: str = ""
    extractor: str = ""
    lexicon: str = ""
    size: int = 0
    built_at: str = ""

    @classmethod
    def from_text(cls, text: str, path: str = "", **kw: Any) -> Document:
        return cls(id=document_id(text), path=path, text=text, **kw)


class Evidence(_Model):
    """One sentence that supports a node or edge: ``doc_text[start:end] == sentence``."""

    document: str
    sentence: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    rule: str = ""

    @property
    def key(self) -> tuple[str, int, int, str]:
        return _evidence_key(self)


class _Supported(_Model):
    """What nodes and edges share: ``evidence`` and exact ``counts`` per document (filled from
    the evidence when not given), and ``attributes``. The fields are declared by each class
    (their order is the order of the exported JSON)."""

    #: the most evidence sentences kept (see :func:`select_evidence`)
    evidence_cap: ClassVar[int]

    def model_post_init(self, __context: Any) -> None:
        if not self.counts and self.evidence:
            self.counts = _evidence_counts(self.evidence)

    @property
    def mentions(self) -> int:
        """How many times it was found, over all documents (exact)."""
        return sum(self.counts.values())

    @property
    def documents(self) -> list[str]:
        """The ids of the documents it was found in (exact)."""
        return sorted(self.counts)

    def add_evidence(self, evidence: list[Evidence]) -> None:
        """The union with ``evidence``, at most :attr:`evidence_cap` sentences of it."""
        self.evidence = union_evidence(self.evidence, evidence, self.evidence_cap)

    def _fold(self, other: _Supported) -> None:
        """Attributes this one lacks, the counts of ``other``'s documents (a document counts
        once) and the union of the evidence."""
        for k, v in other.attributes.items():
            self.attributes.setdefault(k, v)
        self.counts.update(other.counts)
        self.add_evidence(other.evidence)

    def _kept(self, docs: set[str]) -> dict[str, Any] | None:
        """Counts and evidence without ``docs``, or None when nothing else supports it."""
        counts = {d: n for d, n in self.counts.items() if d not in docs}
        if not counts:
            return None
        return {"counts": counts, "evidence": [e for e in self.evidence if e.document not in docs]}


#: how many times a node's name or aliases were assigned, all nodes together: a graph's index of
#: names (:meth:`KnowledgeGraph.find`) is checked again only after it moved
_NAME_CHANGES = [0]
_NAME_FIELDS = frozenset({"name", "aliases"})


def names_version() -> int:
    """A number that changes whenever a node's ``name`` or ``aliases`` is assigned (or a name
    list of a node in a graph is changed in place: :func:`names_changed`)."""
    return _NAME_CHANGES[0]


def names_changed() -> None:
    """Move :func:`names_version` on (a node's aliases were changed in place)."""
    _NAME_CHANGES[0] += 1


class Node(_Supported):
    evidence_cap: ClassVar[int] = MAX_NODE_EVIDENCE

    id: str = ""
    name: str
    type: NodeType
    aliases: list[str] = Field(default_factory=list)
    attributes: dict[str, Any] = Field(default_factory=dict)
    evidence: list[Evidence] = Field(default_factory=list)
    #: exact number of mentions per document id (evidence may be capped, counts never are)
    counts: dict[str, int] = Field(default_factory=dict)
    #: the documents each alias was seen in (aliases without an entry are kept for good)
    alias_docs: dict[str, list[str]] = Field(default_factory=dict)

    @field_validator("name")
    @classmethod
    def _name_not_blank(cls, v: str) -> str:
        v = v.strip()
        if not v:
            raise ValueError("node name must not be blank")
        return v

    def __setattr__(self, name: str, value: Any) -> None:
        super().__setattr__(name, value)
        if name in _NAME_FIELDS:  # (changes in place: graph/name_index.TrackedNames)
            _NAME_CHANGES[0] += 1

    def model_post_init(self, __context: Any) -> None:
        if not self.id:
            self.id = node_id(self.type, self.name)
        aliases = sorted({a for a in self.aliases if a and a != self.name})
        if aliases != self.aliases:  # (the extraction hands them over sorted: nothing to set)
            self.aliases = aliases
        super().model_post_init(__context)

    def merge(self, other: Node) -> None:
        """Fold ``other`` (same id) into this node: aliases and evidence are united; the counts
        of a document ``other`` also has are replaced by its (a document counts once)."""
        self.add_names(other)
        self._fold(other)

    def add_names(self, other: Node) -> None:
        """``other``'s name (when it differs) and aliases become aliases of this node, each
        with the documents it was seen in (``other``'s name: its documents but those that spelt
        it another way, a document naming a node by one spelling)."""
        if other.counts and other.name != self.name:
            key = normalize_name(other.name)
            spelt = {d for a, ds in other.alias_docs.items()
                     if a != other.name and normalize_name(a) == key for d in ds}
            own = set(other.counts) - spelt
            if own:
                self.alias_docs[other.name] = sorted({*self.alias_docs.get(other.name, ()), *own})
        self.aliases = sorted({*self.aliases, *other.aliases, other.name} - {self.name})
        for a, docs in other.alias_docs.items():
            if a != self.name:
                self.alias_docs[a] = sorted({*self.alias_docs.get(a, ()), *docs})
        self.alias_docs.pop(self.name, None)

    def without_documents(self, docs: set[str]) -> Node | None:
        """This node as if ``docs`` had never been built, or None when nothing else supports
        it. Evidence dropped by the cap is not brought back."""
        kept = self._kept(docs)
        if kept is None:
            return None
        alias_docs = {a: [d for d in ds if d not in docs] for a, ds in self.alias_docs.items()}
        gone = {a for a, ds in alias_docs.items() if not ds}
        return self.model_copy(update={
            **kept,
            "alias_docs": {a: ds for a, ds in alias_docs.items() if ds},
            "aliases": [a for a in self.aliases if a not in gone],
        })


class Edge(_Supported):
    evidence_cap: ClassVar[int] = MAX_EDGE_EVIDENCE

    source: str
    target: str
    type: str
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    evidence: list[Evidence] = Field(default_factory=list)
    attributes: dict[str, Any] = Field(default_factory=dict)
    #: exact number of times the relation was found per document id
    counts: dict[str, int] = Field(default_factory=dict)

    @field_validator("type")
    @classmethod
    def _type_is_identifier(cls, v: str) -> str:
        if not EDGE_TYPE_PATTERN.fullmatch(v):
            raise ValueError(f"edge type must be an upper-case identifier, got {v!r}")
        return v

    @property
    def id(self) -> str:
        return edge_id(self.source, self.type, self.target)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.source, self.type, self.target)

    @property
    def rules(self) -> list[str]:
        return sorted({e.rule for e in self.evidence if e.rule})

    def by_document(self) -> dict[str, float]:
        """The confidence each of its documents gave it: ``confidence`` (the highest), or less
        as the attribute ``confidences`` records."""
        lower = self.attributes.get(CONFIDENCES) or {}
        return {d: lower.get(d, self.confidence) for d in self.counts}

    def merged_confidence(self, other: Edge) -> dict[str, float]:
        """Take the higher confidence of the two; returns what each document gave, for
        :meth:`set_confidences` once the counts and attributes are merged."""
        given = self.by_document()
        for d, c in other.by_document().items():
            given[d] = max(given.get(d, c), c)
        self.confidence = max(self.confidence, other.confidence)
        return given

    def set_confidences(self, given: dict[str, float]) -> None:
        """Record the documents that gave less than ``confidence`` (none: no attribute)."""
        lower = {d: c for d, c in sorted(given.items()) if c < self.confidence}
        if lower:
            self.attributes[CONFIDENCES] = lower
        else:
            self.attributes.pop(CONFIDENCES, None)

    def merge(self, other: Edge) -> None:
        given = self.merged_confidence(other)
        self._fold(other)
        self.set_confidences(given)

    def without_documents(self, docs: set[str]) -> Edge | None:
        """This edge as if ``docs`` had never been built, or None when nothing else supports
        it: its confidence is the highest the other documents gave."""
        kept = self._kept(docs)
        if kept is None:
            return None
        given = {d: c for d, c in self.by_document().items() if d not in docs}
        edge = self.model_copy(update={**kept, "attributes": dict(self.attributes),
                                       "confidence": max(given.values(), default=0.0)})
        edge.set_confidences(given)
        return edge


def _evidence_counts(evidence: list[Evidence]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for e in evidence:
        counts[e.document] = counts.get(e.document, 0) + 1
    return counts
