"""Kinds of things a body offers that are no programmes: courses, majors and routes
(``offered_kinds`` in zh/grammar.yaml: 专业, 订单班, 航线, 线路 …). A school that opens majors
(``开设A、B等专业``) or a body that opens routes (``开通A、B等航线N条``, ``推出“A”“B”等12条
线路``) carries out no initiative named A or B: an IMPLEMENTS edge whose target is an item of a list
that ``等`` closes with such a kind word (a count and a short qualifier between them) is
dropped, and so is a target that is the bare kind word (专业). A target named by the kind with
words of its own stays (a named class or course can be a programme: ``“银龄”课程``), and so does
an item of a list whose kind word more words follow (``A、B等专业建设工程``).
"""

from __future__ import annotations

import re

from ...lexicon import Lexicon
from ..rules.common import Found

__all__ = ["OfferedKinds"]


class OfferedKinds:
    """Tells IMPLEMENTS edges whose target is an item of an offered kind (see the module)."""

    def __init__(self, lex: Lexicon) -> None:
        kinds = sorted(lex.list("offered_kinds"), key=len, reverse=True)
        self.kinds = tuple(kinds)
        alt = "|".join(map(re.escape, kinds))
        # the rest of a list after an item, up to 等, a count and a short qualifier, and a kind
        # word that closes the list's clause
        count = lex.pattern("offered_count")
        self.list_tail = re.compile(
            r"[”」』]?(?:[、和及与“”「」『』][^，。；,;：:]{0,24}?)?等(?:" + count +
            r")?[^，。；,;、等]{0,6}?(?:" + alt + r")(?=" + count + r"|[，。；,;）)]|$)"
        ) if kinds else None

    def offered(self, sim: str, f: Found, se: int) -> bool:
        """Whether the IMPLEMENTS edge ``f`` of a sentence ending at ``se`` names a bare
        offered kind or an item of a list of one as its target."""
        if self.list_tail is None or f.type != "IMPLEMENTS":
            return False
        if f.target.name in self.kinds:
            return True  # (开设A、B等专业: the bare kind word names no programme either)
        return self.list_tail.match(sim, f.target.end, se) is not None
