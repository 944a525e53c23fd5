"""Groups of bodies that act in :class:`.cue_implements.CueImplements`: a list closed by a
count and a head of bodies (甲、乙等14个省市), a counted group standing for the bodies that last
acted together (两部门), and a group named by a count alone (15个督导组, 全国20个省份). A mixin
of methods only, like :class:`.cue_actors.ImplementsActors`.
"""

from __future__ import annotations

from ..arguments.phrases import Ent
from ..discourse.context import SentenceContext
from ..lists.list_items import count_of
from ..words.tokens import Tok

__all__ = ["ImplementsGroups"]


class ImplementsGroups:
    """The group methods of :class:`.cue_implements.CueImplements`."""

    def _counted_group(self, ctx: SentenceContext, toks: list[Tok], found: list[Ent], k: int,
                       q: int) -> tuple[Ent, int] | None:
        """甲、乙等14个省市 / 甲部等8部门: the listed bodies closed by 等, a count and a head of
        bodies (``IMPLEMENTS.actor_group_heads``) name a group that acts as a whole (its name
        the whole list, the counted head an alias); the index after the head."""
        if k >= q or toks[k].text not in ("等", "等等"):
            return None
        j = k + 1
        while j < q and toks[j].tag in ("m", "q"):
            j += 1
        if j == k + 1 or j >= q or not any(ch.isdigit() or ch in "一二三四五六七八九十两"
                                           for ch in toks[k + 1].text):
            return None  # (等多个城市: no count, no group of its own)
        head = toks[j].text
        if not head.endswith(self.actor_groups):
            return None
        s, e = found[0].start, toks[j].end
        name = ctx.sim[s:e]
        return Ent(name, "Organization", s, e, "cue_org", (ctx.sim[toks[k + 1].start:e],)), j + 1

    def _joint_group(self, ctx: SentenceContext, toks: list[Tok], k: int, q: int
                     ) -> tuple[list[Ent], int] | None:
        """两部门, 三家单位 (a count and a head of bodies: ``actor_group_heads``): the
        organisations that last acted together in the document, when there are that many;
        and the index after the phrase."""
        joint = ctx.state.joint
        n, j = count_of(toks[k].text), k + 1
        while j < q and toks[j].tag == "q":
            j += 1  # (三家单位)
        if j >= q or not toks[j].text.endswith(self.actor_groups):
            return None
        j += 1
        if n < 2 or len(joint) != n:
            return None
        s, e = toks[k].start, toks[j - 1].end
        return [Ent(a.name, "Organization", s, e, "cue_org", a.aliases) for a in joint], j

    def _counted_actor(self, ctx: SentenceContext, toks: list[Tok], k: int, q: int
                       ) -> tuple[int, int, str, int] | None:
        """15个督导组, 全国20个省份（区、市）: a count in figures, its measure and a body
        (a recognised organisation, or nouns ending in a head of bodies or teams:
        ``actor_group_heads``), after a
        word of the whole country or area, names a group that acts; (start, end, name, index
        after it, a bracketed gloss included)."""
        j = k + 1 if k < q and toks[k].text in self.whole_area else k
        if j + 2 >= q or not toks[j].text.isdigit() or toks[j + 1].tag != "q":
            return None
        h = j + 2
        head = None
        for x in range(min(q, h + 3), h, -1):
            if ctx.args.organisation(toks[h].start, toks[x - 1].end) or (
                    toks[x - 1].text.endswith(self.actor_groups) and
                    not any(t.verb or t.tag in ("x", "p", "c", "uj", "d") for t in toks[h:x])):
                head = x
                break
        if head is None:
            return None
        s, e = toks[k].start, toks[head - 1].end
        if head < q and toks[head].text in "（(":  # (a gloss: 省（区、市）)
            close = next((x for x in range(head, q) if toks[x].text in "）)"), None)
            if close is not None:
                head = close + 1
        return s, e, ctx.sim[s:e], head

    @staticmethod
    def _group_actor(ctx: SentenceContext, toks: list[Tok], k: int,
                     span: tuple[int, int, str, int]) -> Ent:
        """The group a count names (see :meth:`_counted_actor`), with the count and head
        (20个省份) and the nouns after the count (省督导组, for a team or a recognised body) as
        aliases."""
        s, e, name, _j = span
        j = next(x for x, t in enumerate(toks) if x >= k and t.text.isdigit())
        counted = ctx.sim[toks[j].start:e]
        head = ctx.sim[toks[j + 2].start:e]
        aliases = tuple(a for a in (counted, head) if a != name and (
            a == counted or ctx.args.organisation(toks[j + 2].start, e) or
            len(a) > 2))
        return Ent(name, "Organization", s, e, "cue_org", aliases)

    def _co_units(self, ctx: SentenceContext, toks: list[Tok], k: int, q: int,
                  found: list[Ent]) -> int:
        """The bodies named from toks[k] after a partner word (会同A、B组建Y): each acts with
        the actor (added to ``found``); the index after them. (``_org_at`` and ``_actor`` are
        :class:`.cue_actors.ImplementsActors`'.)"""
        while k < q:
            span = self._org_at(ctx, toks, k, q)
            if span is None:
                break
            found.append(self._actor(ctx, span[0], span[1], span[2]))
            k = span[3]
            if k < q and toks[k].text in ("、", "和", "与", "及"):
                k += 1
        return k
