"""Extraction: mentions (:mod:`.mentions`), phrases (:mod:`.phrases`), the sentence rules
(:mod:`.rules`), lexicon-free argument finding (:mod:`.arguments`) and the registry of relation
components, put together by :func:`.extract.extract_document`. The words and patterns come from
the :class:`~conceptkg.loaders.lexicon.Lexicon` (language data in :mod:`conceptkg.loaders.zh`)."""

from .arguments import Arg, ArgumentFinder
from .context import DocState, SentenceContext, clause_spans
from .registry import RelationComponent, register, registered, relation_components

__all__ = ["Arg", "ArgumentFinder", "DocState", "RelationComponent", "SentenceContext",
           "clause_spans", "register", "registered", "relation_components"]
