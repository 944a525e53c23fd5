"""Extraction: typed entities and relations from one document, put together by
:func:`.extract.extract_document` (with :mod:`.registry` of relation components, :mod:`.builder`,
:mod:`.resolve` and :mod:`.confidence`). The words and patterns come from the
:class:`~conceptkg.loaders.lexicon.Lexicon` (language data in :mod:`conceptkg.loaders.zh`).

The sub-packages form layers, each importing only the ones before it: :mod:`.words`,
:mod:`.mentions`, :mod:`.lists`, :mod:`.arguments` (phrases and the lexicon-free argument
finder), :mod:`.plans`, :mod:`.discourse` (the sentence context and what earlier sentences
named), the sentence rules :mod:`.rules`, then the readers of :mod:`.layout` and the relation
families :mod:`.drives`, :mod:`.includes` and :mod:`.implements`, and the optional :mod:`.llm`.

What a relation component of one's own needs is exported here: :class:`SentenceContext` (what it
reads), :class:`Ent` and :class:`Found` (what it returns) and :func:`register`."""

from .arguments.finder import Arg, ArgumentFinder
from .discourse.context import DocState, SentenceContext, clause_spans
from .mentions.mention_types import Ent
from .registry import RelationComponent, register, registered, relation_components
from .rules.common import Found

__all__ = ["Arg", "ArgumentFinder", "DocState", "Ent", "Found", "RelationComponent",
           "SentenceContext", "clause_spans", "register", "registered", "relation_components"]
