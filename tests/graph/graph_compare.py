"""Whole-graph comparison for round-trip and store tests: every field of every node, edge and
document, as the models define them (``model_dump``), so a field added to a model is compared
without touching the tests."""

from __future__ import annotations

from typing import Any

from conceptkg.graph import KnowledgeGraph


def canonical(kg: KnowledgeGraph, *, built_at: bool = False, text: bool = True
              ) -> dict[str, Any]:
    """The graph as plain data in a fixed order: every model field of every item. Left out on
    request: the time a document was built (two builds of the same files differ only there)
    and the documents' text (for formats that do not carry it)."""
    skip = set() if built_at else {"built_at"}
    if not text:
        skip.add("text")
    return {
        "nodes": sorted((n.model_dump(mode="json") for n in kg.nodes()),
                        key=lambda n: n["id"]),
        "edges": sorted((e.model_dump(mode="json") for e in kg.edges()),
                        key=lambda e: (e["source"], e["type"], e["target"])),
        "documents": sorted((d.model_dump(mode="json", exclude=skip)
                             for d in kg.documents.values()), key=lambda d: d["id"]),
    }


def _key(kind: str, item: dict[str, Any]) -> Any:
    return (item["source"], item["type"], item["target"]) if kind == "edges" else item["id"]


def differences(got: KnowledgeGraph, expected: KnowledgeGraph, **kw: Any) -> list[str]:
    """Each difference as one line: an item missing or extra, or a field that differs."""
    a, b = canonical(got, **kw), canonical(expected, **kw)
    out = []
    for kind in ("nodes", "edges", "documents"):
        have = {_key(kind, x): x for x in a[kind]}
        want = {_key(kind, x): x for x in b[kind]}
        out += [f"{kind}: missing {k}" for k in sorted(want.keys() - have.keys(), key=str)]
        out += [f"{kind}: extra {k}" for k in sorted(have.keys() - want.keys(), key=str)]
        for k in sorted(want.keys() & have.keys(), key=str):
            for f in sorted(want[k].keys() | have[k].keys()):
                if have[k].get(f) != want[k].get(f):
                    out.append(f"{kind} {k}: {f} is {have[k].get(f)!r}, "
                               f"expected {want[k].get(f)!r}")
    return out


def assert_same_graph(got: KnowledgeGraph, expected: KnowledgeGraph, **kw: Any) -> None:
    """``got`` equals ``expected`` in every field (see :func:`canonical` for ``kw``)."""
    diff = differences(got, expected, **kw)
    assert not diff, "the graphs differ:\n" + "\n".join(diff[:20])
