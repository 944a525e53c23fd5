"""Counted objects of :class:`.cue_implements.CueImplements`:

- ``举办X活动300余场``: a count (``implement_count_close``) that closes the clause after the
  object says how many; the programmes before it (``counted_programme_heads``) are carried out;
- ``举办A、B、C三下乡活动``: a list whose last item holds a count of the items before a head
  names one programme, the whole list an alias (the items are what it includes).

A mixin of methods only, like :mod:`.cue_built`.
"""

from __future__ import annotations

from ...zh import shipped
from ..arguments.phrases import Ent
from ..discourse.context import SentenceContext
from ..words.tokens import Tok

__all__ = ["ImplementsCounted"]

_DIGITS = {c: int(v) for c, v in shipped().mapping("numeral_values").items()}


class ImplementsCounted:
    """The counted-object methods of :class:`.cue_implements.CueImplements`."""

    def _drop_count_close(self, ctx: SentenceContext, toks: list[Tok]
                          ) -> tuple[list[Tok], bool]:
        """举办X活动300余场, 实施Y项目1500项以上: a count (``implement_count_close``) that closes
        the clause after a noun that follows an implementing verb says how many, and is left out
        of the words (the punctuation after it stays); whether a count was left out."""
        end = len(toks)
        while end and toks[end - 1].tag == "x":
            end -= 1
        if end < 3:
            return toks, False
        m = self.count_close.search(ctx.sim, toks[0].start, toks[end - 1].end)
        if m is None:
            return toks, False
        k = next((i for i in range(end) if toks[i].start == m.start()), None)
        if k is None or k < 2 or (toks[k - 1].tag in ("x", "v", "p", "c", "uj", "m") and
                                  toks[k - 1].text not in ("”", "》", "」")) or \
                not any(t.text in self.verbs for t in toks[:k - 1]):
            return toks, False  # (建设10个: nothing but the count; a count inside a word;
            # 打造“W”4万个: a closing quote ends the name)
        return toks[:k] + toks[end:], True

    def _counted_programmes(self, ctx: SentenceContext, toks: list[Tok], q: int) -> list[Ent]:
        """举办X活动300余场: when the clause closes with a count, the objects of the words before
        it that are programmes carried out many times (``counted_programme_heads``: 活动,
        项目 …) or quoted names, after a verb that launches, conducts or builds (not one of
        ``counted_tally_verbs``); not standards, lists or factories counted so."""
        if not self._launches(toks[q].text):
            return []  # (召开董事会9次, 完成X项目7个: a tally of routine or finished work)
        words, counted = self._drop_count_close(ctx, toks)
        if not counted:
            return []
        return [o for o in self._objects(ctx, words, q)
                if (o.rule == "quoted_name" or o.name.endswith(self.counted_heads)) and
                "等" not in o.name and not o.name.startswith(ctx.args.counts)]
        # (建成A等重点项目27项: the group, named by A only; 举办各类推介活动120场: a kind)


    def _counted_list(self, ctx: SentenceContext, items: list[tuple[int, int, bool]]
                      ) -> list[Ent]:
        """举办A、B、C三下乡活动, 推出A、B两大X工程: the last item of a list of two or more
        closes with a count of the items (``listed_count``: 三, 两大, 三项 …) before an
        initiative head; the programme is the counted head (三下乡活动), the whole list its alias.
        [] for any other list."""
        if len(items) < 2:
            return []
        s, e, _ = items[-1]
        close = self.count_close.search(ctx.sim, s, e)
        if close is not None and close.start() > s:
            e = close.start()  # (…惠民演出活动80场以上: how many times, no part of the name)
        text = ctx.sim[s:e]
        for m in self.listed_count.finditer(text):
            if m.start() == 0 or _DIGITS.get(m.group(1)) != len(items):
                continue
            head = text[m.start():]
            if not head.endswith(ctx.args.init_heads2) or len(head) - len(m.group()) < 2 or \
                    head.endswith(self.process_tails) or \
                    any(w in head for w in ("和", "与", "及", "、")):
                continue  # (A、B两大X工程和C行动: a second thing after the counted one; a
                # head that is a verb of carrying out: …两市各建设)
            ent = ctx.args.entity(s + m.start(), e, "cue_implements", hint="Initiative",
                                  extra_aliases=(ctx.sim[items[0][0]:e],))
            return [ent] if ent is not None and ent.type == "Initiative" else []
        return []

    def _launches(self, verb: str) -> bool:
        """A verb that launches, conducts or builds (strong, conduct or builder verbs), not one
        of ``counted_tally_verbs`` (召开) nor a verb of finishing (完成)."""
        return verb not in self.tally_verbs and (
            verb in self.strong or verb in self.conduct or verb in self.builders)
