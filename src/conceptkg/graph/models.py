"""Pydantic models of the knowledge graph: documents, evidence, nodes and edges.

Ids are stable: a node's id is derived from its type and its normalized canonical name, an edge's
from its endpoints and type, so the same input yields the same ids on every run and machine.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

__all__ = [
    "NodeType",
    "EdgeType",
    "CORE_NODE_TYPES",
    "CORE_EDGE_TYPES",
    "MAX_EDGE_EVIDENCE",
    "MAX_NODE_EVIDENCE",
    "Document",
    "Evidence",
    "Node",
    "Edge",
    "normalize_name",
    "node_id",
    "edge_id",
    "document_id",
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

#: a node keeps at most this many evidence sentences (its first mentions in document order)
MAX_NODE_EVIDENCE = 100
#: an edge keeps more, since its evidence is what an analyst cites, but not without bound: an
#: archive that states the same relation thousands of times must not grow one edge forever
MAX_EDGE_EVIDENCE = 500

_QUOTES = re.compile(r"[\s“”\"‘’'「」『』《》〈〉]")


def normalize_name(name: str) -> str:
    """The key under which names are compared: NFKC, no quotes or spaces, lower case."""
    return _QUOTES.sub("", unicodedata.normalize("NFKC", name)).lower()


def _digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


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
    """A source document. ``text`` is the normalized text that evidence offsets point into."""

    id: str
    path: str = ""
    title: str = ""
    text: str = ""
    format: str = "txt"
    original_encoding: str = ""

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
        return (self.document, self.start, self.end, self.rule)


class Node(_Model):
    id: str = ""
    name: str
    type: NodeType
    aliases: list[str] = Field(default_factory=list)
    attributes: dict[str, Any] = Field(default_factory=dict)
    evidence: list[Evidence] = Field(default_factory=list)

    @field_validator("name")
    @classmethod
    def _name_not_blank(cls, v: str) -> str:
        v = v.strip()
        if not v:
            raise ValueError("node name must not be blank")
        return v

    def model_post_init(self, __context: Any) -> None:
        if not self.id:
            self.id = node_id(self.type, self.name)
        self.aliases = sorted({a for a in self.aliases if a and a != self.name})

    def merge(self, other: Node) -> None:
        """Fold ``other`` (same id) into this node: aliases and evidence are united."""
        names = set(self.aliases) | set(other.aliases)
        if other.name != self.name:
            names.add(other.name)
        names.discard(self.name)
        self.aliases = sorted(names)
        for k, v in other.attributes.items():
            self.attributes.setdefault(k, v)
        self.evidence = merge_evidence(self.evidence, other.evidence)[:MAX_NODE_EVIDENCE]


class Edge(_Model):
    source: str
    target: str
    type: str
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    evidence: list[Evidence] = Field(default_factory=list)
    attributes: dict[str, Any] = Field(default_factory=dict)

    @field_validator("type")
    @classmethod
    def _type_is_identifier(cls, v: str) -> str:
        if not re.fullmatch(r"[A-Z][A-Z0-9_]{0,40}", v):
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

    def merge(self, other: Edge) -> None:
        self.confidence = max(self.confidence, other.confidence)
        for k, v in other.attributes.items():
            self.attributes.setdefault(k, v)
        self.evidence = merge_evidence(self.evidence, other.evidence)[:MAX_EDGE_EVIDENCE]


def merge_evidence(a: list[Evidence], b: list[Evidence]) -> list[Evidence]:
    """Union of two evidence lists without duplicates, in a deterministic order."""
    seen: dict[tuple, Evidence] = {}
    for ev in [*a, *b]:
        seen.setdefault(ev.key, ev)
    return sorted(seen.values(), key=lambda e: e.key)
