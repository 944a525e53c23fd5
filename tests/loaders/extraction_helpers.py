"""Helpers for the extraction tests: run the extractor on a short text of our own."""

from __future__ import annotations

from conceptkg.graph.knowledge_graph import KnowledgeGraph
from conceptkg.graph.models import Document
from conceptkg.loaders.extraction.extract import extract_document, get_lexicon
from conceptkg.loaders.reading.normalize import normalize_text


def extract(text: str, lexicon: tuple[str, ...] = ()) -> KnowledgeGraph:
    doc = Document.from_text(normalize_text(text), path="t.txt")
    return extract_document(doc, get_lexicon(lexicon))


def edges(kg: KnowledgeGraph, rule: bool = False) -> set[tuple]:
    """(source name, type, target name[, rules]) of the core relations."""
    out = set()
    for e in kg.edges():
        if e.type == "MEASURES":
            continue
        item = (kg.node(e.source).name, e.type, kg.node(e.target).name)
        out.add((*item, tuple(e.rules)) if rule else item)
    return out


def node_types(kg: KnowledgeGraph) -> dict[str, str]:
    return {n.name: n.type for n in kg.nodes()}


def file_edges(tmp_path, text: str) -> set[tuple[str, str, str]]:
    """(source name, type, target name) of every edge of ``text`` read as a file (``doc.txt``
    in ``tmp_path``) the way a build reads it: title line, normalization and all."""
    from conceptkg.loaders import load_document, process_text

    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    kg = process_text(load_document(str(path)))
    return {(kg.node(e.source).name, e.type, kg.node(e.target).name) for e in kg.edges()}


def driven_aliases(text: str) -> dict[str, tuple[str, ...]]:
    """The targets of the DRIVES edges of ``text``, each with its aliases."""
    kg = extract(text)
    out = {}
    for e in kg.edges():
        if e.type == "DRIVES":
            node = kg.node(e.target)
            out[node.name] = tuple(node.aliases)
    return out


def relation_pairs(text: str, relation: str) -> set[tuple[str, str]]:
    """(source name, target name) of the ``relation`` edges extracted from ``text``."""
    return {(s, t) for s, r, t in edges(extract(text)) if r == relation}


def drive_pairs(text: str) -> set[tuple[str, str]]:
    """(source name, target name) of the DRIVES edges extracted from ``text``."""
    return relation_pairs(text, "DRIVES")
