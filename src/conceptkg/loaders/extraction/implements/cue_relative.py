"""The body of a relative clause for :class:`.cue_implements.CueImplements` (``X举行的Y``,
``甲部、乙局联合发布的Y``): the bodies that end right before the clause's verb act. A mixin of
methods only: the state is :class:`.cue_implements.CueImplements`'s (its word lists, and
``_org_at`` / ``_actor`` of :class:`.cue_actors.ImplementsActors`).
"""

from __future__ import annotations

from collections.abc import Callable

from ..arguments.phrases import Ent
from ..discourse.context import SentenceContext
from ..words.tokens import Tok

__all__ = ["RelativeActors"]


class RelativeActors:
    """The relative-clause actor methods of :class:`.cue_implements.CueImplements`."""

    gap_words: frozenset[str]
    directives: frozenset[str]
    relating_preps: frozenset[str]
    scope: frozenset[str]
    place_preps: frozenset[str]
    feature_places: tuple[str, ...]
    _org_at: Callable[[SentenceContext, list[Tok], int, int], tuple[int, int, str, int] | None]
    _actor: Callable[[SentenceContext, int, int, str], Ent]

    def _relative_actor(self, ctx: SentenceContext, toks: list[Tok], q: int
                        ) -> list[Ent] | None:
        """The body that ends right before the verb at q of a relative clause (X举行的Y), past
        dates and filler words; [] when that body does not act (a venue, the object of 对),
        None when there is no such body."""
        e = q
        while e > 0 and (toks[e - 1].tag in ("t", "m", "d") or toks[e - 1].text in
                         self.gap_words or toks[e - 1].text in "（）()" or
                         (e == q and toks[e - 1].text in self.directives)):
            e -= 1  # (甲厅指导建设的Y: the body that directs the work leads it)
        named = {m.start for m in ctx.dm.between(toks[max(0, e - 8)].start, toks[e - 1].end)
                 if m.type == "Organization" and m.end == toks[e - 1].end} if e else set()
        for k in range(max(0, e - 8), e):
            if (toks[k].tag in ("t", "m", "x", "p", "uj", "d") or toks[k].verb) and \
                    toks[k].start not in named:
                continue  # (a name starts with none of these, unless a body's name found in
                # the document opens there: 联合临|州大学共建的X, not 州大学)
            if any(t.text in ("由", "着") for t in toks[k + 1:e]):
                continue  # (标志着由A开通的X: the body opens after 由)
            span = self._org_at(ctx, toks, k, e)
            if span is None or span[3] != e:
                continue
            listed, k = self._listed_before(ctx, toks, k)
            b = k - 1
            while b >= max(0, k - 5) and toks[b].tag in ("n", "ns", "nz", "d", "f") and \
                    ctx.args.is_place(span[0], span[1]):
                b -= 1  # (在甲国首都乙市举行的X: the place phrase opens at 在)
            before = toks[b].text if b >= 0 else ""
            prev = toks[k - 1].text if k else ""
            if prev in self.relating_preps or (prev in self.scope and prev not in self.place_preps):
                return []  # 乙国对甲国实施的X, 针对甲国启动的X: 甲国 is the object
            if before in self.place_preps and (
                    ctx.args.is_place(span[0], span[1]) or span[2].endswith(self.feature_places)
                    or all(ctx.args.is_place(t.start, t.end) for t in toks[k:span[3]])):
                return []  # 在甲市举行的X, 在甲市、乙市举行的Y: the venues, not the hosts
            return [*listed, self._actor(ctx, span[0], span[1], span[2])]
        return None

    def _listed_before(self, ctx: SentenceContext, toks: list[Tok], k: int
                       ) -> tuple[list[Ent], int]:
        """The bodies listed before the one at token ``k`` (甲部、乙局联合发布的X: 甲部 too),
        and the token where the list opens."""
        out: list[Ent] = []
        joins = {"、", *ctx.lex.list("conjunctions")}
        while k >= 2 and toks[k - 1].text in joins:
            span, at = None, None
            for i in range(k - 2, max(0, k - 9) - 1, -1):
                if toks[i].verb or toks[i].tag in ("d", "ad", "x", "p", "i", "l", "r", "c", "uj"):
                    break  # (各校认真执行甲部、乙会印发的X: the list ends at the verb)
                sp = self._org_at(ctx, toks, i, k - 1)
                if sp is not None and sp[3] == k - 1 and sp[0] == toks[i].start:
                    span, at = sp, i  # (the longest name of words that can name a body)
            if span is None or at is None:
                break
            out.insert(0, self._actor(ctx, span[0], span[1], span[2]))
            k = at
        return out, k
