"""Lists of evidence sentences: their order, their union, and the cap on how many a node or
edge keeps (:attr:`conceptkg.graph.models.Node.evidence_cap`). Re-exported by
:mod:`conceptkg.graph.models`, where the :class:`~conceptkg.graph.models.Evidence` model lives."""

from __future__ import annotations

from operator import attrgetter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .models import Evidence

__all__ = ["evidence_key", "merge_evidence", "select_evidence", "union_evidence"]

#: the order and identity of evidence: (document, start, end, rule)
evidence_key = attrgetter("document", "start", "end", "rule")


def _by_key(a: list[Evidence], b: list[Evidence]) -> dict[tuple, Evidence]:
    """The evidence of ``a`` and ``b`` by key; under a key held twice the first one wins."""
    seen = dict(zip(map(evidence_key, reversed(b)), reversed(b), strict=True))
    seen.update(zip(map(evidence_key, reversed(a)), reversed(a), strict=True))
    return seen


def select_evidence(evidence: list[Evidence], cap: int) -> list[Evidence]:
    """At most ``cap`` of ``evidence`` (sorted by key), spread over the documents: each
    document's first sentence, then each one's second, and so on. The result does not depend
    on the order in which documents were merged, so capping after every merge is safe."""
    if len(evidence) <= cap:
        return evidence
    rank: dict[str, int] = {}
    ranked = []
    for e in sorted(evidence, key=evidence_key):
        r = rank.get(e.document, 0)
        rank[e.document] = r + 1
        ranked.append((r, e.document, evidence_key(e), e))
    ranked.sort(key=lambda x: x[:3])
    return sorted((x[3] for x in ranked[:cap]), key=evidence_key)


def union_evidence(a: list[Evidence], b: list[Evidence], cap: int) -> list[Evidence]:
    """``select_evidence(merge_evidence(a, b), cap)``, each key made once instead of thrice."""
    seen = _by_key(a, b)
    keys = sorted(seen)
    if len(keys) > cap:  # (ranked as select_evidence does: a key begins with its document)
        rank: dict[str, int] = {}
        ranked = []
        for k in keys:
            rank[k[0]] = r = rank.get(k[0], -1) + 1
            ranked.append((r, k))
        keys = sorted(k for _, k in sorted(ranked)[:cap])
    return [seen[k] for k in keys]


def merge_evidence(a: list[Evidence], b: list[Evidence]) -> list[Evidence]:
    """Union of two evidence lists without duplicates, in a deterministic order."""
    return sorted(_by_key(a, b).values(), key=evidence_key)

