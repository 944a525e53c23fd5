"""Facility and project names as the object of :class:`.cue_implements.CueImplements`:
``甲公司建成乙丙再生水厂``, ``…，在丁市建成全省首座戊己储能电站`` — a clause whose implementing
verb names no object the other readings type as a programme, but whose verb of building or
running (``facility_build_verbs``, zh/grammar.yaml) is followed by a facility name
(:mod:`..mentions.facility_names`), carries that name out. Only a name that ends the clause (a count
after it aside: ``开通甲乙专线14条``) counts; its actor is the clause's, as for any object.
A mixin of methods only, like :mod:`.cue_actors`.

Inside a plan's task block a subjectless clause (``建设甲乙产业园，…``, ``规划建设占地N亩的丙丁
产业园``) sets up the facility it builds for the block's units: :meth:`_block_facilities`
(a modifier ending in 的 may stand between the verb and the name).
"""

from __future__ import annotations

from ..arguments.phrases import Ent
from ..discourse.context import SentenceContext
from ..mentions.mention_types import Mention
from ..words.tokens import Tok

__all__ = ["ImplementsFacility"]


class ImplementsFacility:
    """The facility-object methods of :class:`.cue_implements.CueImplements`."""

    def _facility_objects(self, ctx: SentenceContext, toks: list[Tok], q: int) -> list[Ent]:
        """The facility name right after a verb of building in the verb run that opens at
        word ``q`` (openers such as 全省首座 or a count between), when it closes the clause."""
        for f in self._closing_facilities(ctx, toks, toks[q].end if toks else 0):
            gap = self._bare_gap(ctx.sim[toks[q].start:f.start])
            verb = next((w for w in self.facility_builds if gap.endswith(w)), None)
            if verb is None:
                continue
            pre = toks[q].start + len(gap) - len(verb)  # the verb run before the verb
            if any(not (t.verb or t.tag == "d" or t.text in self.verbs)
                   for t in toks[q:] if t.end <= pre):
                continue  # (推动乙公司建设X中心: someone else builds)
            ent = self._facility_ent(ctx, f)
            if ent is not None:
                return [ent]
        return []

    def _block_facilities(self, ctx: SentenceContext, toks: list[Tok], q: int) -> list[Ent]:
        """The facility names a subjectless clause of a task block builds (建设X产业园; 规划建设
        占地N亩的X产业园; 在A镇建设X示范点N个): a verb of building opens the clause's verb run at
        ``q`` (verbs and adverbs before it), the name closes the clause (a count aside), and
        only a count, an opener or a modifier ending in 的 stand between."""
        out: list[Ent] = []
        for f in self._closing_facilities(ctx, toks, toks[q].start if toks else 0):
            k = q
            while k < len(toks) and toks[k].end <= f.start and \
                    not toks[k].text.endswith(self.facility_builds):
                if not (toks[k].verb or toks[k].tag == "d" or toks[k].text in self.verbs):
                    break
                k += 1
            if k >= len(toks) or toks[k].end > f.start or \
                    not toks[k].text.endswith(self.facility_builds):
                continue  # (推动乙公司建设X中心, 支持X中心建设: no building by the units)
            gap = self._bare_gap(ctx.sim[toks[k].end:f.start])
            if gap and not (gap.endswith("的") and "，" not in gap):
                continue
            ent = self._facility_ent(ctx, f)
            if ent is not None:
                out.append(ent)
        return out

    def _closing_facilities(self, ctx: SentenceContext, toks: list[Tok], start: int
                            ) -> list[Mention]:
        """The facility names from ``start`` that close the clause (a count after one aside:
        建设X中心机房 has none)."""
        if not toks or not ctx.dm.facilities:
            return []
        end = toks[-1].end
        return [f for f in ctx.dm.facilities_between(start, end)
                if f.end == end or self.facility_count.fullmatch(ctx.sim[f.end:end])]

    def _bare_gap(self, gap: str) -> str:
        """The words between a verb and a facility name without the count or opener (全省首座,
        一批) that may close them."""
        gap = self.facility_count_end.sub("", gap)
        return next((gap[:-len(w)] for w in self.facility_openers if gap.endswith(w)), gap)

    @staticmethod
    def _facility_ent(ctx: SentenceContext, f: Mention) -> Ent | None:
        """The facility name as an Initiative, unless the span names a body."""
        ent = ctx.args.entity(f.start, f.end, "cue_implements_facility", hint="Initiative")
        return ent if ent is not None and not ctx.args.organisation(f.start, f.end) else None
