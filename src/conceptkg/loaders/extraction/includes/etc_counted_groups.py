"""Counted groups of a 等-list (``A、B等三大H``, ``A、B两类H``) and the bare items of a counted
list, read for :class:`.cue_etc.EtcLists` (a mixin of methods only: the state is
:class:`.cue_includes.CueIncludes`'s, each call's state the sentence's
:class:`~..discourse.context.SentenceContext`)."""

from __future__ import annotations

import re
from itertools import pairwise

from ..arguments.phrases import Ent
from ..discourse.context import SentenceContext
from ..lists.list_items import count_of, list_start
from ..rules.common import Found
from ..words.tokens import Tok

__all__ = ["CountedEtcGroups"]


class CountedEtcGroups:
    """Counted groups and bare items of 等-lists (see the module)."""

    def _counted_group(self, ctx: SentenceContext, toks: list[Tok], q: int,
                       m: re.Match[str], out: list[Found], prev: list[Tok] | None = None,
                       kind_only: bool = False) -> None:
        """A、B、C三大H: H includes the items when their number is the count; the whole
        they make up instead when a verb of composing or dividing frames them (see _whole).
        ``kind_only``: the items are quotes that follow each other with no 、 (“A”“B”两大H),
        read only under a head that names a kind of thing (the quotes may be mere labels)."""
        n = count_of(m.group(1))
        toks, q = self._unquoted_list(toks, q)  # (“A、B、C”三大H: the marks hold the list)
        a = list_start(ctx, toks, q)
        if a is None:  # X分为A和B两大部分: the list starts after the dividing verb
            a = next((j + 1 for j in range(q - 1, -1, -1) if toks[j].text in self.division),
                     None)
        if a is None or n < 2:
            return
        wide = list_start(ctx, toks, q, joined=True)  # (A与B、C、D三大H: 与 inside an item)
        if wide is not None and wide < a and sum(x.text == "、" for x in toks[wide:q]) + 1 == n:
            a = wide
        k = q
        while k < len(toks) and toks[k].end <= m.end():
            k += 1
        head_start = m.end()
        end = next((j for j in range(k, len(toks)) if toks[j].text in ("的", "，")), len(toks))
        item = ctx.args._item(toks, k, end, frozenset()) if k < len(toks) else None
        if item is None:
            return
        cut = next((j for j in range(k + 1, end) if toks[j].start < item[1]
                    and ctx.args.is_verb(toks[j]) and len(toks[j].text) > 1), None)
        if cut is not None:  # 三个产业集聚发展: the head ends where its predicate starts
            item = (item[0], toks[cut - 1].end)
        # 三大H总体平稳 (a counted head may be short: 三大H)
        item = (item[0], self._before_predicate(ctx, item[0], item[1], short=True))
        measure = next((w for w in ctx.tokens((head_start, item[1]))
                        if w.text in self.metric_tails and w.start - head_start >= 2), None)
        if measure is not None:  # 三大H产值增长: the head is H (a measure of it follows)
            item = (item[0], measure.start)
        text = ctx.sim[head_start:item[1]]
        after = next((j for j in range(k, len(toks)) if toks[j].start >= item[1]), len(toks))
        by = next((j for j in range(a - 1, -1, -1) if toks[j].text == "由"), None)
        if by is not None and after < len(toks) and toks[after].text in self.compose and \
                all(t.tag != "x" for t in toks[by + 1:a]):
            a = by + 1  # 由甲乙投资建设、A、B三大H组成: the first part starts right after 由
        head = self._whole(ctx, toks, a, after, prev) or ctx.args.entity(
            head_start, item[1], "cue_includes_counted",
            extra_aliases=(ctx.sim[m.start():item[1]],))
        classifier = m.group(0)[m.end(1) - m.start():]
        if head is None and text in self.stop_heads and text.endswith(self.kind_heads) and \
                text not in self.units and text not in self.vague and \
                classifier in ctx.lex.cues("INCLUDES", "group_classifiers"):
            # A、B、C三大产业: a generic kind names the group with its count (三大产业; 三个产业
            # is a tally of the items)
            head = ctx.args.entity(m.start(), item[1], "cue_includes_counted")
        if head is None or (head.start == head_start and (
                text in ctx.args.weak or "、" in text or text.startswith(self.vague_long)
                or ctx.lex.regex("tally_count").search(text) is not None)):
            return  # (3个百分点, 四个角度: a unit or a vague head; 6个大项79个小项: a tally)
        if kind_only and not (len(head.name) > 2 and head.name.endswith(self.kind_heads)):
            return  # (“A”“B”两大赛项同台竞技: no head of a kind, the quotes no parts of one)
        # A和B、C、D三大H: when the 、 alone give the count, 和 joins words inside one item
        seps = sum(t.text == "、" for t in toks[a:q])
        conj = seps + 1 != n
        items = self._items(ctx, toks[:q], a, "cue_includes_counted", head, conj=conj)
        objs = ctx.args.objects(toks[:q], a, conj=conj, strip_verbs=True, etc_head=False) \
            if len(items) != n else []
        if len(objs) == n and 2 * len(items) >= n:
            items += self._bare_words(ctx, toks[a:q], items)
        if head.start == head_start and self._instances(ctx, m.group(0), text):
            return  # 甲镇、乙镇两个中心镇, A、B两个研发中心: named places or sites, one by one
        # (类, not 大类: 三大类H lists kinds of H)
        if head.start == head_start and classifier in self.kind_classifiers and \
                len(items) >= 2 and all(len(it.name) <= 2 for it in
                                        sorted(items, key=lambda it: it.start)[1:]):
            return  # (A、B、C三类客户: kinds of customers named by a qualifier; the first item
            # may carry words the list start left on it; 三大类H lists major kinds of H)
        if len(items) == n or (len(items) >= 2 and len(objs) == n):
            # (the count holds for the list as written; an item too bare to be a node, 发展,
            # is left out)
            self._emit(ctx, head, items, "cue_includes_counted", out)

    @staticmethod
    def _unquoted_list(toks: list[Tok], q: int) -> tuple[list[Tok], int]:
        """The words of a clause without the quotation marks right before the count at ``q``
        when they hold a whole list (推动“A、B、C”三大H: the list is quoted as one label, the
        count still counts its items), and the new index of the count."""
        if q < 2 or toks[q - 1].text != "”":
            return toks, q
        o = next((j for j in range(q - 2, -1, -1) if toks[j].text in "“”"), None)
        if o is None or toks[o].text != "“" or not any(t.text == "、" for t in toks[o + 1:q - 1]):
            return toks, q
        return [*toks[:o], *toks[o + 1:q - 1], *toks[q:]], q - 2

    @staticmethod
    def _instances(ctx: SentenceContext, count: str, head: str) -> bool:
        """The count names single things (``instance_classifiers``: 两个, 3条, not 三大, 四类) of
        a head that names a site or a place (``facility_heads``, ``instance_heads``): the
        items are the named sites one by one, no kinds of the head."""
        return count.endswith(ctx.lex.words("instance_classifiers")) and \
            head.endswith(ctx.lex.words("facility_heads") + ctx.lex.words("instance_heads"))

    def _bare_words(self, ctx: SentenceContext, words: list[Tok], items: list[Ent]) -> list[Ent]:
        """The items of a counted list (A、B、C、D四件H: the count says each is a part) that
        are one two-character word or pair of characters too bare to be a node alone (发展, an
        unknown 护林, whatever the tags of its two characters): concepts, when the known items
        are."""
        if any(it.type != "Concept" for it in items):
            return []
        taken = {(it.start, it.end) for it in items}
        out = []
        seps = [-1, *(k for k, t in enumerate(words) if t.text == "、"), len(words)]
        for k0, k1 in pairwise(seps):
            part = words[k0 + 1:k1]
            if not part:
                continue
            s, e = part[0].start, part[-1].end
            if (s, e) in taken or e - s != 2 or \
                    any(t.tag in ("x", "p", "c", "r") or t.tag.startswith("u") for t in part) or \
                    ctx.args.is_place(s, e) or ctx.args.is_person(ctx.sim[s:e]):
                continue
            out.append(Ent(ctx.sim[s:e], "Concept", s, e, "cue_includes_counted"))
        return out
