"""A body put in charge of a programme's work or made its vehicle (IMPLEMENTS), as plans and
news word it:

- ``(由)甲公司负责X的建设运营``, ``乙集团负责沿线Y的规划建设``: a body right before ``负责``
  and a thing between ``负责`` and ``的`` + a word of work (``charge_works``: 建设, 运营,
  规划建设 …) that closes the clause — the body carries out the thing, when it names an
  initiative;
- ``设立规模N亿元的X基金，由甲集团作为出资人代表``: a clause ``由 + body + 作为`` + a role
  (``vehicle_roles``: 出资人代表, 实施主体, 运营主体 …) — the body carries out the programme
  the clause before sets up (its last initiative).

A body is a recognised organisation of the document's mentions (a descriptor before it kept
out: 省属国有企业甲集团), or a run of words that names one. Anything else between the words
(由甲公司负责对X进行评估; 负责X的Y工作) gives nothing.
"""

from __future__ import annotations

import re

from ...lexicon import Lexicon
from ..discourse.context import SentenceContext
from ..mentions.mention_types import Ent, ent_of
from ..rules.common import Found

__all__ = ["ChargedWorks"]

#: the longest thing in charge of which a body is put, or longest body name (characters)
_LONGEST = 25


class ChargedWorks:
    """Reads a sentence's charges and vehicles (see the module)."""

    name = "charged_work"
    relation = "IMPLEMENTS"

    def __init__(self, lex: Lexicon) -> None:
        works = "|".join(map(re.escape, sorted(lex.list("charge_works"), key=len, reverse=True)))
        roles = "|".join(map(re.escape, sorted(lex.list("vehicle_roles"), key=len, reverse=True)))
        self.charge = re.compile(
            rf"负责([^，。；,;、（）()]{{2,{_LONGEST}}}?)的(?:{works})(?=[，。；,;]|$)"
        ) if works else None
        self.vehicle = re.compile(
            rf"由([^，。；,;]{{2,{_LONGEST}}}?)作为(?:{roles})(?=[，。；,;]|$)"
        ) if roles else None
        self.launch = tuple(lex.list("issuer_launch_verbs"))

    def __call__(self, ctx: SentenceContext) -> list[Found]:
        out: list[Found] = []
        sim = ctx.sim
        if self.charge is not None and sim.find("负责", ctx.start, ctx.end) >= 0:
            for m in self.charge.finditer(sim, ctx.start, ctx.end):
                actor = self._body_before(ctx, m.start())
                thing = ctx.args.entity(m.start(1), m.end(1), self.name, hint="Initiative")
                if actor is not None and thing is not None and thing.type == "Initiative":
                    self._emit(ctx, actor, thing, out)
        if self.vehicle is not None and sim.find("作为", ctx.start, ctx.end) >= 0:
            for m in self.vehicle.finditer(sim, ctx.start, ctx.end):
                if m.start() == ctx.start or sim[m.start() - 1] not in "，,；;":
                    continue
                actor = self._body(ctx, m.start(1), m.end(1))
                thing = self._set_up(ctx, m.start() - 1)
                if actor is not None and thing is not None:
                    self._emit(ctx, actor, thing, out)
        return out

    def _emit(self, ctx: SentenceContext, actor: Ent, thing: Ent, out: list[Found]) -> None:
        if ctx.claim("IMPLEMENTS", actor, thing):
            out.append(Found(actor, "IMPLEMENTS", thing, self.name))

    def _set_up(self, ctx: SentenceContext, end: int) -> Ent | None:
        """The programme the clause ending at ``end`` sets up: it opens with a word of
        ``issuer_launch_verbs`` (设立, 组建 …) and names an initiative after it (after its last
        的: 设立规模N亿元的X基金 → X基金)."""
        cs = max((c for c, _ in ctx.clauses if c < end), default=ctx.start)
        verb = next((w for w in self.launch if ctx.sim.startswith(w, cs)), None)
        if verb is None:
            return None
        s = max(cs + len(verb), ctx.sim.rfind("的", cs, end) + 1)
        thing = ctx.args.entity(s, end, self.name, hint="Initiative") if end - s >= 3 else None
        return thing if thing is not None and thing.type == "Initiative" else None

    @staticmethod
    def _body(ctx: SentenceContext, s: int, e: int) -> Ent | None:
        """The body sim[s:e] names whole (a descriptor before a known name left out)."""
        known = [m for m in ctx.dm.between(s, e) if m.type == "Organization" and m.end == e]
        if known:
            m = min(known, key=lambda m: m.start)
            return ent_of(m)
        name = ctx.args.organisation(s, e)
        return Ent(name, "Organization", s, e, "charged_work") if name else None

    def _body_before(self, ctx: SentenceContext, pos: int) -> Ent | None:
        """The body whose name ends right before ``pos`` (after 由 or opening the clause)."""
        cs = max((c for c, _ in ctx.clauses if c <= pos), default=ctx.start)
        if ctx.sim.startswith("由", cs):
            cs += 1
        return self._body(ctx, cs, pos) if pos - cs >= 2 else None
