"""Relations a sentence denies: ``甲没有开展X``, ``乙尚未建成Y``, ``A并不包括B``.

A negator (the lexicon's ``negation`` pattern) between a relation's two arguments, in the clause
that reaches the second one, says the relation does not hold, whichever rule read it. A negator
in an earlier clause (``甲没有停步，继续推进X``) leaves it alone, and so does the consequence of a
condition (``没有A就没有B``: the pattern does not take 没有 after 就).
"""

from __future__ import annotations

import re

from ..lexicon import Lexicon
from .rules.common import Found

__all__ = ["Negation"]

_CLAUSE_BREAKS = re.compile(r"[，,；;：:。！？!?]")


class Negation:
    """Tells the relations their sentence denies (see the module docstring)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self._negator = lexicon.regex("negation") if "negation" in lexicon.patterns else None

    def denies(self, sim: str, f: Found) -> bool:
        if self._negator is None:
            return False
        a, b = f.source, f.target
        if a.end <= b.start:
            lo, hi = a.end, b.start
        elif b.end <= a.start:
            lo, hi = b.end, a.start
        else:
            return False
        gap = sim[lo:hi]
        return any(not _CLAUSE_BREAKS.search(gap, m.end())
                   for m in self._negator.finditer(gap))
