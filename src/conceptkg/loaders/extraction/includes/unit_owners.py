"""Lists closed by a count and a bare unit word (``X设有A、B、C三大板块``,
``X整合了A、B等12类服务``, ``X下设A、B和C三大平台``): the count and the unit
(``part_unit_heads`` in zh/grammar.yaml: 板块, 平台, 服务 …) only say how many parts there
are, so ``三大板块`` names no thing of its own. The whole the parts belong to is the subject of
the verb of having right before the list (``having_verbs``: 设有, 下设, 形成, 整合 …), in the
same clause, or in the clause before when the verb opens its clause; a short subject that takes
up an earlier name (``联盟``, ``该园区``) stands for that name. Without such a subject (a body
that set the parts up, a pronoun, none at all) the list gives no edge, and its items stay nodes.

A qualified head keeps its list (``三大业务板块``, ``两个研发中心``: a kind of its own), and so
does a head written before the list (``三平台包括A、B``) or a quoted one (``“三大平台”``).
"""

from __future__ import annotations

from ...lexicon import Lexicon
from ..discourse.context import SentenceContext
from ..discourse.earlier_initiative import earlier_initiative
from ..mentions.mention_types import Ent
from ..rules.common import Found

__all__ = ["UnitOwners"]

#: the longest count before a unit word (``12类``, ``三大``, ``多种``)
_COUNT_SPAN = 4


class UnitOwners:
    """Gives the INCLUDES edges of a list closed by a counted unit word to the whole."""

    def __init__(self, lex: Lexicon) -> None:
        self.units = frozenset(lex.words("part_unit_heads"))
        self.having = frozenset(lex.words("having_verbs"))
        self.count = lex.regex("count_prefix")
        self.anaphors = tuple(lex.cues("INCLUDES", "anaphor_determiners"))
        self.aspect = frozenset(lex.words("having_aspect_marks"))

    def counted_unit(self, sim: str, head: Ent) -> bool:
        """``head`` is a unit word right after a count (or a count and a unit word), unquoted."""
        for k in range(_COUNT_SPAN + 1):
            s = head.start - k
            if s < 0:
                break
            m = self.count.match(sim[s:head.end])
            if m is not None and sim[s + m.end():head.end] in self.units:
                return sim[s - 1:s] != "“" and sim[head.end:head.end + 1] != "”"
        return False

    def __call__(self, ctx: SentenceContext, found: list[Found]) -> tuple[list[Found], list[Ent]]:
        """``found`` with the edges of counted unit heads given to their whole (or left out),
        and the items of the lists left out (they stay nodes)."""
        heads: dict[tuple[int, int], list[Found]] = {}
        for f in found:
            if f.type == "INCLUDES" and f.target.end <= f.source.start and \
                    self.counted_unit(ctx.sim, f.source):
                heads.setdefault((f.source.start, f.source.end), []).append(f)
        if not heads:
            return found, []
        out = [f for f in found if not any(f in fs for fs in heads.values())]
        loose: list[Ent] = []
        for fs in heads.values():
            first = min(fs, key=lambda f: f.target.start).target
            owner, cut = self._owner(ctx, first)
            if owner is None:
                loose += [f.target for f in fs]
                continue
            items: list[Ent | None] = []
            sep = ctx.sim.find("、", cut, first.start)
            if sep > cut:  # (甲下设A、B和C三大H: A, glued to the verb, was read as no item)
                items.append(ctx.args.entity(cut, sep, fs[0].rule))
            for f in fs:
                # (甲下设A、B: the verb is no part of A)
                items.append(ctx.args.entity(cut, f.target.end, f.target.rule)
                             if f.target.start < cut else f.target)
            for item in items:
                if item is not None and item.name != owner.name:
                    out.append(Found(owner, "INCLUDES", item, fs[0].rule, fs[0].extra_evidence))
        return out, loose

    def _owner(self, ctx: SentenceContext, first: Ent) -> tuple[Ent | None, int]:
        """The subject of the verb of having before the list whose first item is ``first``
        (the verb may be glued to the item: 甲下设A), and where the verb ends."""
        cl = next((c for c in ctx.clauses if c[0] <= first.start < c[1]), None)
        if cl is None:
            return None, 0
        toks = ctx.tokens(cl)
        sep = next((k for k, t in enumerate(toks) if t.start >= first.end), len(toks))
        v = next((k for k in range(sep - 1, -1, -1) if toks[k].text in self.having), None)
        if v is None:
            return None, 0
        cut = toks[v].end
        while v + 1 < len(toks) and toks[v + 1].text in self.aspect:
            cut = toks[v + 1].end  # (整合了A、B: the aspect mark goes with the verb)
            v += 1
        v = next(k for k in range(v, -1, -1) if toks[k].text in self.having)
        span = ctx.args.subject(toks, v) if v else None
        k = ctx.clauses.index(cl)
        if span is None and k > 0 and ctx.args._lead_end(toks, 0, v, light=False) == v:
            # 甲已入驻企业47家，形成了A、B四大板块: the subject of the clause before
            prev = ctx.tokens(ctx.clauses[k - 1])
            j = next((i for i, t in enumerate(prev) if ctx.args.is_verb(t)), None)
            span = ctx.args.subject(prev, j) if j else None
        if span is None:
            return None, 0
        ent = earlier_initiative(ctx, span[0], span[1], "includes_unit_owner")
        if ent is not None:  # (该园区, 园区: the name the text gave it before)
            return ent, cut
        if ctx.args.organisation(*span) or ctx.args.is_place(*span) or \
                ctx.sim.startswith(self.anaphors, span[0]):
            return None, 0
        ent = ctx.args.entity(span[0], span[1], "includes_unit_owner")
        if ent is None or ent.type == "Organization":
            return None, 0
        return ent, cut
