"""Ends that no DRIVES edge can have, whatever rule found it: a word of manner as the driver
(认认真真推进B: a reduplicated ``AABB`` word says how, it names no thing), and as the driven
thing a phrase that is itself a predicate: a copula and what follows (推动A成为新的增长点:
``成为…``) or a contribution (为B贡献力量: ``B贡献力量`` is the act, B is what is served).

The words are language data (``generic.yaml`` copulas; ``cues.yaml`` DRIVES contribution_nouns
and engine_nouns).
"""

from __future__ import annotations

from ..lexicon import Lexicon
from .rules.common import Found

__all__ = ["DriveEnds"]


class DriveEnds:
    """Checks the two ends of a DRIVES :class:`Found` against the language data."""

    def __init__(self, lex: Lexicon) -> None:
        self.copulas = tuple(w for w in lex.list("copulas") if len(w) >= 2)
        self.contribution = tuple(lex.cues("DRIVES", "contribution_nouns"))
        self.engines = tuple(lex.cues("DRIVES", "engine_nouns"))

    def bad(self, f: Found) -> bool:
        """Whether ``f`` is a DRIVES edge with an end that names no thing."""
        if f.type != "DRIVES":
            return False
        src, dst = f.source.name, f.target.name
        if len(src) == 4 and src[0] == src[1] and src[2] == src[3]:
            return True  # 扎扎实实, 认认真真: manner
        if dst.startswith(self.copulas):
            return True
        return any(w in dst[1:-2] for w in self.contribution) and dst.endswith(self.engines)
