"""Extraction v2: lexicon-free argument finding and the registry of relation components."""

from .arguments import Arg, ArgumentFinder
from .context import DocState, SentenceContext, clause_spans
from .registry import RelationComponent, register, registered, relation_components

__all__ = ["Arg", "ArgumentFinder", "DocState", "RelationComponent", "SentenceContext",
           "clause_spans", "register", "registered", "relation_components"]
