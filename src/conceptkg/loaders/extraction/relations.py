"""Sentence-level relation rules (DRIVES, INCLUDES, IMPLEMENTS) driven by cue words.

Each rule returns :class:`Found` relations naming the rule that produced them. The rules only
read the sentence, its mentions and the organisation context handed in by the caller. They live
in :mod:`conceptkg.loaders.extraction.rules`, one module per relation; :class:`SentenceRules`
puts them together.
"""

from __future__ import annotations

from .rules import DrivesRules, Found, ImplementsRules, IncludesRules, ProjectRules, clauses

__all__ = ["Found", "SentenceRules", "clauses"]


class SentenceRules(DrivesRules, IncludesRules, ImplementsRules, ProjectRules):
    """The relation rules, compiled once per lexicon and bound to one document."""
