"""``A…，还在改善B、优化C等方面发挥了作用``: the tasks listed between 在 and a word of aspect
(``DRIVES.aspect_heads``: 方面, 领域), each a cue, light or progress verb and its object, then a
role verb (``DRIVES.role_verbs``: 发挥) and a role noun (``role_nouns``: 作用): the subject of
the clause (or, without one, the thing the chain of clauses before drives with) drives each
object. A mixin of methods only, like :class:`.cue_frames.DriveFrames`.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from ..arguments.phrases import Ent
from ..discourse.context import SentenceContext
from ..rules.common import Found
from ..words.tokens import Tok
from .cue_args import ACTORS

__all__ = ["DriveAspectRoles"]

_ROLE_REACH = 5  # words at most between the role verb and its noun (了, 重要, 的)


class DriveAspectRoles:
    """The ``在…等方面发挥作用`` method of :class:`.cue_drives.CueDrives`."""

    verbs: frozenset[str]
    inst_verbs: frozenset[str]
    role_verbs: frozenset[str]
    role_nouns: frozenset[str]
    etc: frozenset[str]
    _source: Any
    _emit: Any

    def _aspect_role(self, ctx: SentenceContext, toks: list[Tok], chained: Ent | None,
                     out: list[Found]) -> None:
        """在<task>、<task>等方面发挥(了)…作用: who or what plays the role drives each task's
        object; ``chained``: the driver of the clause before, for a clause without subject."""
        if not toks or ctx.sim.find("在", toks[0].start, toks[-1].end) < 0:
            return  # (most clauses: no 在 at all, no word to look through)
        aspects = ctx.lex.cues("DRIVES", "aspect_heads")
        p = next((k for k, t in enumerate(toks) if t.text == "在" and t.tag == "p"), None)
        f = next((k for k in range(p + 2, len(toks)) if toks[k].text in aspects), None) \
            if p is not None else None
        if p is None or f is None:
            return
        v = next((k for k in range(f + 1, min(len(toks), f + 3)) if toks[k].text in
                  self.role_verbs), None)
        if v is None or not any(t.text in self.role_nouns
                                for t in toks[v + 1:v + 1 + _ROLE_REACH]):
            return
        end = f
        while end > p + 1 and toks[end - 1].text in self.etc:
            end -= 1
        cuts = [p, *(k for k in range(p + 1, end) if toks[k].text == "、"), end]
        dsts: list[Ent] = []
        for a, b in pairwise(cuts):
            if b - a < 3 or not (toks[a + 1].text in self.verbs or toks[a + 1].text in
                                 self.inst_verbs or toks[a + 1].text in ctx.args.light):
                return  # (在X方面发挥作用: a field, no task of driving)
            ent = ctx.args.entity(toks[a + 2].start, toks[b - 1].end, "cue_drives_role")
            if ent is not None and ent.type not in ACTORS:
                dsts.append(ent)
        span = ctx.args.subject(toks, p) if p else None
        src = self._source(ctx, span, "cue_drives_role") if span is not None else None
        if src is None and ctx.args._lead_end(toks, 0, p, light=False) == p:
            src = chained  # (…，更在B、C等方面发挥了作用: the chain's driver)
            if src is None and (topic := self._topic(  # type: ignore[attr-defined]
                    ctx, (toks[0].start, toks[-1].end), 2)) is not None:
                src = self._source(ctx, topic[0], "cue_drives_role", topic[1])
                # (A开展30年来，在B、C等方面发挥了作用: the topic of the clauses before)
        self._emit(ctx, src, dsts, "cue_drives_role", out)
