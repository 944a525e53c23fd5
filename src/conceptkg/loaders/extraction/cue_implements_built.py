"""Relative clauses of building for :class:`.cue_implements.CueImplements`:
``A牵头建设的X``, ``由A自主开发的X``, ``A与B联合开发的X`` — the bodies right before a verb of
building or running (``IMPLEMENTS.builder_verbs``; words of manner between them and the verb:
``IMPLEMENTS.builder_manners``) that closes a relative clause carry out what it qualifies.
A mixin of methods only, like :mod:`.cue_implements_actors`.
"""

from __future__ import annotations

from .context import SentenceContext
from .phrases import Ent
from .rules.common import Found
from .tokens import Tok

__all__ = ["ImplementsBuilt"]

#: words joining two bodies of one relative clause (A与B联合开发的X)
_JOINERS = frozenset(("与", "和", "、", "同", "及"))


class ImplementsBuilt:
    """The relative-clause method of :class:`.cue_implements.CueImplements`."""

    def _built_by(self, ctx: SentenceContext, toks: list[Tok], out: list[Found],
                  subject: list[Ent]) -> None:
        for k in range(len(toks) - 2):
            if toks[k].text not in self.builders or toks[k + 1].text != "的":
                continue
            j = k
            while j > 0 and toks[j - 1].text in self.builder_manners:
                j -= 1
            actors = self._bodies_ending(ctx, toks, j) if j > 0 else []
            if not actors and ctx.sim.startswith(self.own_manners, toks[j].start):
                actors = self._own_maker(ctx, toks, j, subject)
            if not actors:
                continue
            item = ctx.args._item(toks, k + 2, len(toks), frozenset())
            if item is None:
                continue
            words = ctx.tokens(item[:2])
            cut = next((i for i, w in enumerate(words) if i and (
                w.tag in ("t", "d") or ctx.args.is_time(w))), len(words))
            words = words[:cut]  # A建设的X年底投产: the predicate is no part of X
            cut = next((i for i in range(1, len(words)) if ctx.sim[
                words[0].start:words[i - 1].end].endswith(ctx.args.init_heads2) and
                words[-1].text.endswith(self.events)), len(words))
            words = words[:cut]  # A建设的X基地全面投产, …电站首台机组并网: X ends at its head
            while len(words) > 1 and words[-1].tag in ("v", "vn", "m") and \
                    ctx.sim[words[0].start:words[-2].end].endswith(ctx.args.init_heads):
                words = words[:-1]  # (X项目投产; not X专题展览, a verb that ends a name)
            end = words[-1].end
            for f in ctx.dm.facilities_between(item[0], toks[-1].end):
                if f.start == item[0]:  # A建设的X电站全容量并网: the thing ends at its head
                    end = f.end
                    break
            ent = ctx.args.entity(item[0], end, "cue_implements_built", hint="Initiative")
            if ent is not None and ent.type == "Initiative" and \
                    not ctx.args.organisation(ent.start, ent.end):
                self._emit(ctx, actors, [ent], "cue_implements_built", out)

    def _own_maker(self, ctx: SentenceContext, toks: list[Tok], j: int,
                   subject: list[Ent]) -> list[Ent]:
        """Who made a thing ``自主研发的X`` with no body named right before: the company a
        word for itself names (我们, 公司), else the clause's or the sentence's subject, else
        the paragraph's or the document's own organisation; nobody after a noun (a place, a
        thing: 甲市自主研发的X) or in reported speech."""
        prev = toks[j - 1] if j > 0 else None
        if prev is not None and prev.text in ctx.args.self_names:
            return [ctx.state.self_org] if ctx.state.self_org is not None else []
        if (prev is not None and (prev.noun or prev.tag in ("m", "q", "r", "p"))) or \
                self._reported(ctx, toks[j].start):
            return []
        if subject:
            return subject
        if ctx.state.context:
            return [ctx.state.context[0]]
        return [ctx.state.self_org] if ctx.state.self_org is not None else []

    def _bodies_ending(self, ctx: SentenceContext, toks: list[Tok], j: int) -> list[Ent]:
        """The bodies named right before word ``j`` (A、B / A与B), none when a preposition
        other than 由 governs them (为A建设的X: built for A), nor when one is a place rather than
        a named body."""
        actors: list[Ent] = []
        end = j
        while end > 0:
            org = next((o for s in range(max(0, end - 8), end)
                        if (o := self._org_at(ctx, toks, s, end)) is not None and o[3] == end),
                       None)
            if org is None:
                break
            s, e, name, _ = org
            named = ctx.dm.at_of_type(s, e, ("Organization",)) is not None or \
                name != ctx.sim[s:e] or name.endswith(self.org_heads)
            if ctx.args.is_place(s, e) or not named:
                return []  # (甲市自主研发的X: a place's own product, no body's act)
            actors.insert(0, self._actor(ctx, s, e, name))
            first = next(i for i in range(end) if toks[i].start == s)
            end = first
            if end > 1 and toks[end - 1].text in _JOINERS:
                end -= 1
                continue
            if end > 0 and toks[end - 1].tag == "p" and toks[end - 1].text != "由":
                return []
            break
        return actors
