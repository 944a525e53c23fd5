"""Scoring an exported graph against a hand annotation (``conceptkg eval``).

Same logic and output keys as the project's reference scorer: names match after NFKC, removal of
quotes and spaces and lower-casing, by name or alias on either side; only the gold's node and
edge types are scored; a prediction matching an optional gold item is never a false positive,
but optional items are not needed for recall.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .errors import InputError
from .graph.models import normalize_name

__all__ = ["score", "load_graph", "load_json", "render_scores", "norm", "gold_coverage",
           "coverage_warning"]

#: below this share of gold nodes found in the graph, ``eval`` warns (wrong gold file?)
MIN_GOLD_COVERAGE = 0.5

def norm(s: Any) -> str:
    """The comparison key of a name (the same key node ids are derived from)."""
    return normalize_name(str(s))


def load_json(path: str | Path) -> dict[str, Any]:
    """Read a graph or gold JSON file; raises :class:`InputError` with a one-line reason."""
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read: {exc}") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: invalid JSON at line {exc.lineno}: {exc.msg}") from None
    if not isinstance(data, dict):
        raise InputError(f"{path}: expected a JSON object")
    return data


#: the suffixes of the XML exports eval reads with the importer's readers
_XML_SUFFIXES = {".graphml": "graphml", ".gexf": "gexf"}


def load_graph(path: str | Path) -> dict[str, Any]:
    """The graph export to score, as a dict of the JSON export's shape: a JSON file (``build
    --json``, ``export``) read as it is, a GraphML or GEXF export through the importer's
    readers; anything else is an InputError saying what eval reads."""
    from .importing import sniff_format

    p = Path(path)
    fmt = _XML_SUFFIXES.get(p.suffix.lower())
    if fmt is None and p.is_file():
        fmt = sniff_format(p)
    if fmt in ("graphml", "gexf"):
        from .graph.io_json import graph_to_dict
        from .importing import read_export

        return graph_to_dict(read_export(p, fmt))
    try:
        return load_json(p)
    except InputError as exc:
        if "invalid JSON" not in str(exc):
            raise
        raise InputError(f"{path}: not a graph export: eval reads a conceptkg export "
                         "(conceptkg export --format json, graphml or gexf)") from None


def _check_gold(gold: dict[str, Any]) -> None:
    for key in ("node_types", "edge_types", "nodes", "edges"):
        if key not in gold:
            raise InputError(f"gold annotation lacks {key!r}")


def score(graph: dict[str, Any], gold: dict[str, Any]) -> dict[str, Any]:
    """Node recall, type accuracy and precision; edge precision, recall and F1 (and by type)."""
    _check_gold(gold)
    if "nodes" not in graph:
        raise InputError("graph JSON lacks 'nodes'")
    ntypes, etypes = set(gold["node_types"]), set(gold["edge_types"])
    key2gold: dict[str, str] = {}
    for g in gold["nodes"]:
        for k in [g["name"], *g.get("aliases", [])]:
            key2gold.setdefault(norm(k), g["name"])
    gold_by_name = {g["name"]: g for g in gold["nodes"]}

    def to_gold(node: dict[str, Any]) -> str | None:
        for k in [node.get("name", node.get("id")), *(node.get("aliases") or [])]:
            if norm(k) in key2gold:
                return key2gold[norm(k)]
        return None

    nodes = {str(n["id"]): n for n in graph["nodes"]}
    mapped = {i: to_gold(n) for i, n in nodes.items()}
    pred_typed = [i for i, n in nodes.items() if n.get("type") in ntypes]
    found = {mapped[i] for i in nodes if mapped[i]}
    req_nodes = [g["name"] for g in gold["nodes"] if not g.get("optional")]
    node_hit = [g for g in req_nodes if g in found]
    type_ok = [g for g in node_hit
               if any(mapped[i] == g and nodes[i].get("type") == gold_by_name[g]["type"]
                      for i in nodes)]
    node_tp = sum(1 for i in pred_typed if mapped[i])

    gold_edges = {(e["source"], e["type"], e["target"]): bool(e.get("optional"))
                  for e in gold["edges"]}
    pred: set[tuple[str, str, str]] = set()
    for e in graph.get("edges", graph.get("links", [])):
        if e.get("type") not in etypes:
            continue
        s, t = str(e["source"]), str(e["target"])
        ms = mapped.get(s) or "?" + str(nodes.get(s, {}).get("name", s))
        mt = mapped.get(t) or "?" + str(nodes.get(t, {}).get("name", t))
        pred.add((ms, e["type"], mt))
    tp = {p for p in pred if p in gold_edges}
    fp = pred - tp
    req_edges = {k for k, opt in gold_edges.items() if not opt}
    hit = req_edges & tp
    p_ = len(tp) / len(pred) if pred else 0.0
    r_ = len(hit) / len(req_edges) if req_edges else 0.0
    f_ = 2 * p_ * r_ / (p_ + r_) if p_ + r_ else 0.0
    by_type = {}
    for t in sorted(etypes):
        pt = {p for p in pred if p[1] == t}
        tt = {p for p in tp if p[1] == t}
        rt = {k for k in req_edges if k[1] == t}
        by_type[t] = {"pred": len(pt), "tp": len(tt), "required": len(rt), "hit": len(rt & tt)}
    return {
        "node_recall": round(len(node_hit) / len(req_nodes), 3) if req_nodes else 0.0,
        "node_type_accuracy": round(len(type_ok) / len(node_hit), 3) if node_hit else 0.0,
        "node_precision": round(node_tp / len(pred_typed), 3) if pred_typed else 0.0,
        "nodes_predicted": len(pred_typed),
        "edge_precision": round(p_, 3), "edge_recall": round(r_, 3), "edge_f1": round(f_, 3),
        "edges_predicted": len(pred), "edges_by_type": by_type,
        "missed_nodes": sorted(set(req_nodes) - found),
        "missed_edges": sorted(" ".join(k) for k in req_edges - tp),
        "false_edges": sorted(" ".join(k) for k in fp),
    }


def gold_coverage(graph: dict[str, Any], gold: dict[str, Any]) -> tuple[int, int]:
    """How many gold nodes (required and optional) appear in the graph by name or alias, and
    how many gold nodes there are."""
    keys = {norm(k) for n in graph.get("nodes", [])
            for k in [n.get("name", n.get("id")), *(n.get("aliases") or [])]}
    gold_nodes = gold.get("nodes", [])
    found = sum(1 for g in gold_nodes
                if any(norm(k) in keys for k in [g["name"], *g.get("aliases", [])]))
    return found, len(gold_nodes)


def coverage_warning(graph: dict[str, Any], gold: dict[str, Any]) -> str | None:
    """One line when fewer than half the gold nodes appear in the graph: the gold annotation is
    probably for another document (its ``document`` field is named when it has one)."""
    found, total = gold_coverage(graph, gold)
    if not total or found >= MIN_GOLD_COVERAGE * total:
        return None
    doc = gold.get("document")
    paths = sorted({Path(str(d.get("path") or "")).name for d in graph.get("documents", [])
                    if d.get("path")})
    about = f"; the gold annotates {doc!r}" if doc else ""
    if doc and paths:
        about += f", the graph was built from {', '.join(map(repr, paths[:3]))}"
        about += " …" if len(paths) > 3 else ""
    return (f"only {found} of {total} gold nodes appear in the graph: is the gold file for "
            f"another document?{about}")


def render_scores(r: dict[str, Any], show_misses: bool = False) -> str:
    """The scores as the text the reference scorer prints."""
    lines: list[str] = []
    if show_misses:
        for k in ("missed_nodes", "missed_edges", "false_edges"):
            lines.append(f"{k} ({len(r[k])}):")
            lines.extend(f"   {x}" for x in r[k])
    for t, v in r["edges_by_type"].items():
        lines.append(f"{t:11s} predicted {v['pred']:4d}  correct {v['tp']:4d}  "
                     f"required found {v['hit']}/{v['required']}")
    lines.append(f"nodes: recall {r['node_recall']}  type accuracy {r['node_type_accuracy']}  "
                 f"precision {r['node_precision']} ({r['nodes_predicted']} typed)")
    lines.append(f"edges: precision {r['edge_precision']}  recall {r['edge_recall']}  "
                 f"F1 {r['edge_f1']}")
    return "\n".join(lines)
