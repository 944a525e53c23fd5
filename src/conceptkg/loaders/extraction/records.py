"""The typed records of one document's nodes and edges while it is read (see :mod:`.builder`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["EdgeRecord", "EvidenceKey", "NodeRecord", "Span"]

#: a span of the text: (start, end)
Span = tuple[int, int]
#: one piece of evidence: (sentence start, sentence end, rule)
EvidenceKey = tuple[int, int, str]


@dataclass
class NodeRecord:
    """A node while its document is read."""

    name: str
    type: str
    aliases: set[str] = field(default_factory=set)
    evidence: dict[EvidenceKey, None] = field(default_factory=dict)  # ordered set
    attributes: dict[str, Any] = field(default_factory=dict)
    rules: set[str] = field(default_factory=set)
    spans: set[Span] = field(default_factory=set)  # each mention once: the exact count

    def absorb(self, other: NodeRecord) -> None:
        """Take ``other`` in as the same thing (its name becomes an alias)."""
        self.aliases.update(a for a in (other.name, *other.aliases) if a != self.name)
        for k in other.evidence:
            self.evidence.setdefault(k, None)
        self.spans.update(other.spans)


@dataclass
class EdgeRecord:
    """An edge while its document is read; ``scores`` (sentence, or sentence and independent
    extractor, → best evidence score) is None for edges that are facts rather than readings
    (MEASURES)."""

    evidence: dict[EvidenceKey, None] = field(default_factory=dict)
    scores: dict[Span | EvidenceKey, float] | None = None

    def absorb(self, other: EdgeRecord) -> None:
        if other.scores is not None:
            if self.scores is None:
                self.scores = {}
            self.scores.update(other.scores)
        for k in other.evidence:
            self.evidence.setdefault(k, None)
