"""A body that enrols people or firms into a quoted programme runs it (IMPLEMENTS):
``甲厅要将X人才纳入“乙计划”支持范围`` → 甲厅 IMPLEMENTS 乙计划.

The frame is ``将/把`` + what is enrolled + a word of ``enrolment_verbs`` (纳入, 列入) + a quoted
Initiative mention + a word of ``enrolment_scopes`` (支持范围, 扶持对象 …) right after it; an
appraisal or a plan something is put into (纳入年度考核, 列入省重点项目库) is no programme's
support and gives nothing. The actor is found as for a commitment (:mod:`.commitments`): the
nearest organisation named before ``将/把`` in its clause, else the sentence's or the paragraph's
body. A task box's units run such a programme through :mod:`..plans.launched` instead.
"""

from __future__ import annotations

from ...lexicon import Lexicon
from ..discourse.context import SentenceContext
from ..mentions.mention_types import Mention, ent_of
from ..rules.common import Found
from .commitments import Commitments

__all__ = ["Enrolments"]

_OPEN_QUOTES = "“「\""
#: how far before the enrolling verb the 将/把 that opens what is enrolled may stand
_REACH = 30


class Enrolments(Commitments):
    """Reads a sentence's enrolments into programmes (see the module)."""

    name = "enrolment"
    relation = "IMPLEMENTS"

    def __init__(self, lex: Lexicon) -> None:
        super().__init__(lex)
        self.enrol = tuple(lex.list("enrolment_verbs"))
        self.scopes = tuple(lex.list("enrolment_scopes"))

    def __call__(self, ctx: SentenceContext) -> list[Found]:
        out: list[Found] = []
        if not self.enrol or not self.scopes:
            return out
        sim = ctx.sim
        for m in ctx.dm.between(ctx.start, ctx.end):
            if m.type != "Initiative" or sim[m.start] not in _OPEN_QUOTES or \
                    not sim.startswith(self.scopes, m.end):
                continue
            at = self._opener(sim, m, ctx.start)
            if at < 0:
                continue
            actor = self._actor(ctx, at)
            if actor is not None:
                target = ent_of(m)
                if ctx.claim("IMPLEMENTS", actor, target):
                    out.append(Found(actor, "IMPLEMENTS", target, "enrolment"))
        return out

    def _opener(self, sim: str, m: Mention, ss: int) -> int:
        """Where the 将/把 of the frame before ``m`` stands, or -1 when no frame holds it."""
        verb = next((w for w in self.enrol if sim.startswith(w, m.start - len(w))), None)
        if verb is None:
            return -1
        v = m.start - len(verb)
        for k in range(v - 2, max(ss, v - _REACH) - 1, -1):
            if sim[k] in "，。；,;：:":
                return -1
            if sim[k] in "将把":
                return k
        return -1
