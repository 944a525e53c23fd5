"""GraphML and GEXF writers (through networkx), for Gephi, Cytoscape and yEd."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from .knowledge_graph import KnowledgeGraph

__all__ = ["write_graphml", "write_gexf"]


def write_graphml(kg: KnowledgeGraph, path: str | Path) -> Path:
    nx.write_graphml(kg.to_networkx(), str(path))
    return Path(path)


def write_gexf(kg: KnowledgeGraph, path: str | Path) -> Path:
    nx.write_gexf(kg.to_networkx(), str(path))
    return Path(path)
