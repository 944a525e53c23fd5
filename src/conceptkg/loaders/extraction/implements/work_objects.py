"""Tasks and grouped programmes as the objects of :class:`.cue_implements.CueImplements`: a
task closed by a work noun (部署X巡护工作) and a list closed by a generic initiative head
(实施A、B等政策). A mixin of methods only; the word lists are
:class:`.cue_implements.CueImplements`'s.
"""

from __future__ import annotations

from ..arguments.phrases import Ent
from ..discourse.context import SentenceContext
from ..words.tokens import Tok

__all__ = ["WorkObjects"]


class WorkObjects:
    """The task and group readers of :class:`.cue_objects.ImplementsObjects`."""

    def _work_object(self, ctx: SentenceContext, toks: list[Tok], q: int) -> Ent | None:
        """部署X巡护工作 / 启动Y登记工作 / 部署各区做好Z防护工作: after a conduct verb, a
        ``work_nouns`` word that ends the clause closes the task the actor takes on, however
        many verbs qualify it; the addressee (各地), lead words and light verbs before it are
        left out (the whole stretch stays an alias). A list (、, 等), a preposition or a
        qualifier without a noun of its own (相关工作) is none."""
        end = len(toks)
        while end > q + 1 and toks[end - 1].tag == "x":
            end -= 1
        if end <= q + 2 or toks[end - 1].text not in self.work_nouns:
            return None
        a = q + 1
        while a < end - 1 and (toks[a].text in ctx.args.lead or toks[a].text in ctx.args.light
                               or toks[a].text in self.conduct
                               or toks[a].text.startswith(self.distributive)
                               or (toks[a].text == "各" and a > q + 1
                                   and toks[a - 1].text.startswith(self.distributive))):
            a += 2 if toks[a].text == "各" else 1  # (各区各单位: 各 and its noun)
        words = toks[a:end - 1]
        if any(t.tag in ("p", "x") or t.text in ("等", "等等") for t in toks[q + 1:end]) or \
                not any(t.tag[:1] in ("n", "j") or t.tag == "vn" for t in words
                        if len(t.text) > 1 and t.text not in ctx.args.weak) or \
                len(ctx.sim[toks[a].start:toks[end - 1].start]) < 3:
            return None
        s, e = toks[a].start, toks[end - 1].end
        stretch = ctx.sim[toks[q + 1].start:e]
        ent = ctx.args.entity(s, e, "cue_implements", hint="Initiative",
                              extra_aliases=(stretch,) if a > q + 1 else ())
        return ent if ent is not None and ent.type == "Initiative" else None

    def _generic_group(self, ctx: SentenceContext, toks: list[Tok], q: int, etc: int,
                       end: int) -> Ent | None:
        """实施A、B等政策 / 开展A、B等专项任务: a list closed by a generic initiative head that
        ends the clause is carried out as a whole (the node is the whole list, the head with
        its modifiers an alias); after a conduct verb so is a list closed by a work noun
        (开展A、B等工作)."""
        last = len(toks)
        while last > etc and toks[last - 1].tag == "x":
            last -= 1
        a = ctx.args._lead_end(toks, q + 1, etc, light=False)
        if a + 1 < etc and a == q + 1 and toks[a].text in ctx.args.complements:
            a += 1  # 落实好A、B等政策: the verb's complement is no part of the list
        if a >= etc or last <= etc + 1 or toks[last - 1].end != end:
            return None
        head = ctx.sim[toks[etc + 1].start:end]
        work = toks[q].text in self.conduct and head in self.work_nouns  # 开展A、B等工作
        if not (head.endswith(ctx.args.init_heads) or work) or \
                head.endswith(ctx.args.non_init) or \
                any(t.tag == "x" and t.text in "，；。" for t in toks[a:etc]):
            return None
        return Ent(ctx.sim[toks[a].start:end], "Initiative", toks[a].start, end,
                   "cue_implements", (head,))
