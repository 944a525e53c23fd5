"""Heads outside the schema: a list whose head names concrete things, people or places lists no
parts of a concept, factor, organisation or initiative, so it gives no INCLUDES edge
(``天鹅、白鹭等候鸟``, ``甲馆、乙馆等展馆``).

The words are the ``word|class`` entries of ``outside_heads`` (zh/grammar.yaml; a ``--lexicon``
file adds to them). The word that ends a head decides: ``新能源汽车`` ends with a vehicle,
``汽车产业`` with a sector (no entry), ``文物保护`` with an activity. Only list heads are read:
the members of a list are kept whatever they name (``汽车`` may be an industry in a list of
industries), and so are drivers and initiatives.
"""

from __future__ import annotations

from ...lexicon import Lexicon

__all__ = ["OutsideHeads"]


class OutsideHeads:
    """The semantic classes outside the schema, looked up by the end of a phrase."""

    def __init__(self, lex: Lexicon) -> None:
        self.classes = lex.mapping("outside_heads")
        self.lengths = sorted({len(w) for w in self.classes}, reverse=True)

    def of(self, text: str) -> str | None:
        """The class of the word that ends ``text`` (the longest entry that does), else None."""
        for n in self.lengths:
            if n <= len(text):
                found = self.classes.get(text[-n:])
                if found is not None:
                    return found
        return None
