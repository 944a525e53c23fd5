"""Lists of records a clause handles: ``汇聚A、B、C等数据，…``, ``把A、B等信息纳入X``,
``对A、B等数据开展监测``.

A bare record head (``record_heads`` in zh/grammar.yaml: 数据, 信息, 指标) after such a list
names the topics the records are about, no parts of a whole, when the clause handles the
records: the head ends its clause (it is the object of a gathering verb), or a preposition of
handling (``record_preps``: 把, 对, 将) opens the clause before the list. When the records are
the subject of their own predicate (``A、B等数据打通之后``, ``推动A、B等数据汇聚共享``) the list
is kept, and a qualified head (``公共数据``, ``外部数据``) is never touched.
"""

from __future__ import annotations

from ...lexicon import Lexicon
from ..discourse.context import SentenceContext
from ..mentions.mention_types import Ent

__all__ = ["RecordLists"]

#: characters that end a clause
_CLAUSE_ENDS = "，。；：！？,;:\n"


class RecordLists:
    """Tells whether a list's head is a bare record head its clause handles."""

    def __init__(self, lex: Lexicon) -> None:
        self.heads = frozenset(lex.list("record_heads"))
        self.preps = frozenset(lex.list("record_preps"))

    def handled(self, ctx: SentenceContext, head: Ent) -> bool:
        """True for ``汇聚A、B等数据，`` and ``把A、B等数据纳入X`` (the list gives no edge)."""
        if head.name not in self.heads:
            return False
        sim = ctx.sim
        if head.end >= ctx.end or sim[head.end] in _CLAUSE_ENDS:
            return True  # the head ends its clause: the object of a verb before the list
        start = max(sim.rfind(c, ctx.start, head.start) for c in _CLAUSE_ENDS) + 1
        start = max(start, ctx.start)
        return any(t.text in self.preps and (t.tag == "p" or k == 0)
                   for k, t in enumerate(ctx.tokens((start, head.start))))
        # (将 opening the clause, whatever its tag: 将A、B等指标纳入X)
