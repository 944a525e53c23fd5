"""The lists closed by 等 (``B、C 等 A``), read for :class:`.cue_includes.CueIncludes`: who owns a
list under a relative clause, counted and composed heads, where a head ends before a predicate or
a measure, and bare items of a counted list. A mixin of methods only: the state is
:class:`.cue_includes.CueIncludes`'s (its word lists), and each call's state is the sentence's
:class:`~..discourse.context.SentenceContext`.
"""

from __future__ import annotations

from ..arguments.phrases import Ent
from ..discourse.context import SentenceContext
from ..lists.list_items import list_start
from ..lists.tallies import is_tally
from ..rules.common import Found
from ..words.tokens import Tok, word_tag
from .etc_action_tails import NO_HEAD, action_tail
from .etc_counted_groups import CountedEtcGroups
from .etc_factor_heads import bare_factor_head
from .etc_head_aspects import (
    aspect_cut,
    before_measure,
    instrument_end,
    kind_before_activity,
)
from .etc_head_bounds import (
    counted_kind_end,
    glued_last_character,
    glued_upgrade,
    grouped_count_start,
    localizer_end,
    qualified_bare_head,
    time_before_action,
    verb_qualified_kind,
)
from .etc_head_openers import opens_predicate, predicate_after_etc, predicate_start
from .etc_joined_names import counted_start
from .etc_predicates import EtcPredicates
from .etc_topic_lists import talk_topics

__all__ = ["EtcLists"]


class EtcLists(CountedEtcGroups, EtcPredicates):
    """The 等-list methods of :class:`.cue_includes.CueIncludes`."""

    def _relative_owner(self, ctx: SentenceContext, toks: list[Tok], q: int, etc: int,
                        out: list[Found]) -> None:
        """涵盖A、B等领域的H: a vague head (领域, 方面) closes a relative clause; the thing after
        its 的 owns the list."""
        if etc + 3 >= len(toks):
            return
        if toks[etc + 2].text == "的" and (
                toks[etc + 1].text in self.vague or toks[etc + 1].text in ctx.args.weak):
            de = etc + 2
        elif etc + 4 < len(toks) and toks[etc + 3].text == "的" and \
                toks[etc + 1].tag == "m" and toks[etc + 2].noun:
            de = etc + 3  # 涵盖A、B等多项补贴的H: a counted head too loose to name a kind
        else:
            return
        item = ctx.args._item(toks, de + 1, len(toks), frozenset())
        if item is None:
            return
        head = self._head(ctx, (item[0], self._before_predicate(ctx, item[0], item[1])),
                          "cue_includes")
        if head is not None and not head.name.endswith(ctx.lex.words("org_heads")):
            # (包括A、B等行业的龙头企业: firms in those trades, not made of them)
            self._emit(ctx, head, self._items(ctx, toks[:etc], q + 1, "cue_includes", head),
                       "cue_includes", out, min_items=2)

    def _counted_tail(self, ctx: SentenceContext, prev: list[Tok]) -> Ent | None:
        """The counted noun phrase that ends a clause (…发布5项X，包括…: 5项X), else None."""
        n = len(prev)
        while n and prev[n - 1].tag == "x":
            n -= 1
        k = next((j for j in range(n - 2, -1, -1) if prev[j].tag == "m"
                  and self._count_prefix.match(ctx.sim[prev[j].start:prev[n - 1].end])), None)
        if k is None or any(t.tag in ("p", "x", "uj", "d", "c", "r") or (
                (t.text in ctx.args.light or t.text in ctx.args.cue_verbs)
                and t.text not in ctx.args.nominal) for t in prev[k + 1:n]):
            return None  # (the words after the count are tagged too loosely to read more)
        return self._head(ctx, (prev[k].start, prev[n - 1].end), "cue_includes")

    def _part_of(self, ctx: SentenceContext, toks: list[Tok], out: list[Found]) -> None:
        """A和B(都)是C的(重要)组成部分: C includes A and B (``INCLUDES.part_nouns``)."""
        p = next((k for k, t in enumerate(toks) if t.text in self.part_nouns or (
            t.text in self.part_firsts and any(ctx.sim.startswith(w, t.start)
                                               for w in self.part_nouns))), None)
        # (骨干|工程: a part noun the segmenter cut in two)
        if p is None or p < 4:
            return
        de = p - 1 if toks[p - 1].text == "的" else p - 2
        c = max((k for k in range(de) if toks[k].text in ctx.args.copulas), default=None)
        if toks[de].text != "的" or not c or c + 1 >= de:
            return
        head = self._head(ctx, (toks[c + 1].start, toks[de - 1].end), "cue_includes_part")
        end = c
        while end > 0 and (toks[end - 1].tag in ("d", "x") or toks[end - 1].text in
                           ctx.args.lead):
            end -= 1  # (都是, 均为: the adverb is no part of the last item)
        a = ctx.args._lead_end(toks, 0, end, light=False)
        if head is None or a >= end:
            return
        items = self._items(ctx, toks[:end], a, "cue_includes_part", head)
        self._emit(ctx, head, items, "cue_includes_part", out, min_items=1)

    def _etc(self, ctx: SentenceContext, toks: list[Tok], q: int, out: list[Found]) -> None:
        a = list_start(ctx, toks, q)
        if a is None or a >= q or talk_topics(ctx, toks, a, q):
            return  # (围绕A、B等深入交流: the topics of a talk, no head)
        after = toks[q + 1]
        nxt = toks[q + 2] if q + 2 < len(toks) else None
        if after.tag == "i" and len(after.text) >= 4 and \
                after.text not in ctx.args.nominal and ctx.lex.lookup(after.text) is None and \
                not (word_tag(after.text[-2:]) or "").startswith("n") and \
                all(t.tag == "x" for t in toks[q + 2:]):
            return  # A、B等一应俱全, 等欢聚一堂: an idiom closes the clause, the list has no head
            # (等精彩节目: an idiom that ends with a noun names the head)
        if after.text in self.metric_tails and (nxt is None or nxt.tag[:1] in ("v", "d")
                                                or opens_predicate(ctx, nxt)):
            return  # A、B等产量位居X, 等库存量较X增加: a measure of the items, no whole of them
        if predicate_after_etc(after, nxt, self.etc_predicates):
            return  # A、B等出席会议, 等发动了打击: the list is the subject of a predicate
        if (after.text not in ctx.args.nominal and (
                (after.tag == "d" and after.text in ctx.args.lead)
                or after.text in self.drive_verbs
                or after.text in self.etc_predicates)) \
                or (after.tag == "d" and nxt is not None and ctx.args.is_verb(nxt)):
            return  # A、B等已开展X, A、B等激活X, 等参观X, 等共同参与的Y: a predicate follows
            # 等, the list has no head (等高效协作: an adverb of manner may describe the head;
            # 等休闲场所: a verb that qualifies the head)
        if nxt is not None and (after.text in self.vague or after.text in ctx.args.weak) and \
                nxt.text in self.etc_predicates:
            return  # 向A、B等领域提供X的Y: the list and its vague head are what is given X, no
            # part of Y (等领域推出…的Y: Y's, read below)
        end = next((k for k in range(q + 1, len(toks)) if toks[k].text == "的"), len(toks))
        if end + 1 < len(toks) and toks[-1].text.endswith(ctx.lex.words("about_list_tails")) \
                and not any(t.text == "的" for t in toks[end + 1:]):
            return  # 围绕A、B等X的关键问题: the list names problems of X, no parts of X
        pp = next((k for k in range(q + 2, end) if toks[k].tag == "p"), None)
        if pp is not None and all(t.noun for t in toks[q + 1:pp]):
            end = pp  # A、B等H对X的贡献: H ends where a phrase of its own predicate starts
        ad = next((k for k in range(q + 2, end) if toks[k].text in self.head_closers), None)
        if ad is not None and all(t.noun or t.tag == "a" for t in toks[q + 1:ad]):
            end = ad  # A、B等H往往在X下…: an adverb after the head opens its predicate (配套
            # 设施全部到位: an adjective may qualify the head)
        end = localizer_end(ctx, toks, q, end)  # 在A、B等H中建设Y: H is the head
        done = next((k for k in range(q + 2, min(end, len(toks) - 1))
                     if toks[k + 1].text in ("了", "着")), None)
        if done is not None and not any(ctx.args.is_verb(t) for t in toks[q + 1:done]):
            end = done  # 等H贡献了X的Y, 等H成了Y, 等H丰富着X: the word before 了 or 着 is a
            # predicate, whatever the dictionary tags it
        te = next((k for k in range(q + 2, end) if toks[k].text in self.time_ends), None)
        if te is not None and any(t.tag[:1] == "v" for t in toks[q + 1:te]):
            return  # A、B等H加快转型时: the list is a time clause's subject, H no name
        start = q + 1
        quality = None
        verb = next((k for k in range(q + 1, end) if ctx.args.is_verb(toks[k])), None)
        h = next((k for k in range(q + 1, end) if ctx.args.is_verb(toks[k])
                  and (len(toks[k].text) > 1 or toks[k - 1].text in ctx.args.lead)), None)
        # (等H将使X的Y: a one-character verb after a modal is a predicate too)
        while h is not None and h > q + 1 and toks[h - 1].text in ctx.args.lead:
            h -= 1  # 等H应使用的Y: the modal is no part of H
        subject = end < len(toks) and h is not None and h > q + 1 and \
            toks[q + 1].tag != "p" and all(t.noun for t in toks[q + 1:h])
        kind = subject and (toks[h - 1].text.endswith(self.rel_heads)
                            or toks[h - 1].text.endswith(self.metric_tails))  # (等H销售额保持…的Y)
        if subject and (toks[h - 1].text.endswith(self.people_heads) or not (
                kind or (h == q + 2 and toks[q + 1].text in self.units))):
            return  # A、B等乘客乘坐的Y: people; 等X检查情况的通报: no kind of the items, nor Y
        disposed = a > 0 and toks[a - 1].text in ctx.lex.words("disposal_preps")
        used_kind = not disposed and \
            verb_qualified_kind(ctx, toks, h, end, self.rel_heads, self.org_heads)
        # (等雨水收集设施: a verb before the last noun of a kind qualifies it)
        figured = None if used_kind else counted_kind_end(ctx, toks, h, self.org_heads)
        # (等骨干参展商户超500家: so does a verb before bodies whose figure follows)
        if end == len(toks) and h is not None and q + 1 < h < end - 1 and toks[h].tag == "v" \
                and toks[h].text not in ctx.args.nominal and toks[h - 1].tag[:1] == "n" \
                and not (h + 2 == end and toks[-1].text.endswith(ctx.args.init_heads)
                         and not disposed) \
                and not used_kind and figured is None:
            # (等X创建行动: a verb and a programme's head noun end a name)
            end = kind = h  # 推动A、B等H开拓X, 将A、B等H纳入X: H ends before the next verb
        if kind:
            end = h  # A、B等H提供的Y: the list and its head H (产业, 机构, 产品: a kind of
            # thing) are the relative clause's subject (A、B等方面寻求新的Y: the list is Y's)
        elif verb is not None and q + 1 < verb < end and \
                any(t.tag in ("ul", "ug") for t in toks[verb + 1:end]) and \
                all(t.noun or t.tag in ("d", "a", "b") for t in toks[q + 1:verb]):
            end = verb  # A、B等H展现了X的Y: 了 makes the verb H's own predicate, no relative clause
        elif end < len(toks) and (toks[q + 1].tag == "p" or verb is not None or any(
                t.tag == "d" and len(t.text) > 1 for t in toks[q + 2:end])):
            # (等两地长期关注的Y: an adverb inside makes the words before 的 a clause)
            if a > 0 and toks[a - 1].text in ctx.lex.words("frame_preps"):
                return  # 在A、B等领域形成的Y: the list is where the clause acts, no part of Y
            start, end = end + 1, len(toks)  # A、B等从X来的Y: a relative clause; the list is Y's
        elif end < len(toks) and q + 2 < end and toks[end - 1].tag == "a" and \
                all(t.noun for t in toks[q + 1:end - 1]):
            return  # A、B等消费量大的Y: a relative clause of how much, the head is no X
        elif end == q + 2 and end + 1 < len(toks) and toks[end + 1].text not in ("了", "着") and (
                toks[q + 1].tag in ("a", "l", "i", "b", "z", "an")
                or toks[q + 1].text.endswith("化")
                or toks[q + 1].text in ctx.lex.words("etc_quality_words")):
            quality = toks[q + 1]  # A、B等多样化的Y: a quality of Y; the list is 多样化Y's
            start, end = end + 1, len(toks)
        if quality is None and all(t.tag == "x" for t in toks[end:]):
            cut = action_tail(ctx, toks, start, end)
            if cut == NO_HEAD:
                return  # 促进A、B等振兴发展: the action has no head before it
            end = end if cut is None else cut  # 等重点产业加快发展: the head is 重点产业
        g0, start = start, grouped_count_start(ctx, toks, start, end,
                                                   self._count_prefix)  # (等四个方面12条举措)
        item = ctx.args._item(toks, start, end, frozenset())  # A、B等X的Y: the list is X's
        if item is None:
            return
        s, e = item[:2]
        if used_kind and h is not None and e == toks[h].start:
            e = toks[-1].end
        elif figured is not None and h is not None and toks[h].start <= e:
            e = toks[figured - 1].end  # (the item stops at the verb: the noun is the head's)
        if e - s > 3 and ctx.sim[e - 1] in ctx.lex.charset("frame_localizer_chars") and \
                a > 0 and toks[a - 1].text == "在":
            e -= 1  # 在A、B等多边机制内: the localizer closes the frame 在…内, not the head
        j = next((k for k in range(start, end) if toks[k].start == s), start)
        if start < j and toks[j].text in ctx.args.weak and \
                all(t.tag in ("n", "b") for t in toks[start:j]) and \
                (j + 1 >= end or not (toks[j + 1].noun or toks[j + 1].tag == "m")):
            # A、B等重点行业(对X…): a qualifier of a vague head that ends the phrase stays
            s, e = toks[start].start, toks[j].end
        elif start < j and toks[j].noun and toks[j].text not in ctx.args.weak and \
                toks[j].text not in self.vague and \
                not any(t.text.endswith(self.org_heads) for t in ctx.tokens((s, e))) and all(
                t.text in ctx.lex.cues("INCLUDES", "count_modifiers")
                or (t.tag == "d" and len(t.text) > 1 and t.text not in ctx.args.lead
                    and toks[j].tag[:1] == "n")  # (等务实协作: an adverb of an action)
                for t in toks[start:j]):
            s = toks[start].start  # 等重点港区, 等长期资金: the qualifier names which kind
            # (等重点行业, 等具体场景: a vague or generic noun after it, and 等重点行业骨干企业:
            # bodies, stay as they were)
        glued = next((v for v in self.compose if ctx.sim.endswith(v, s, e)
                      and e - s - len(v) >= 2), None)
        if glued is not None:  # 由A、B等X人员组成的Y: the segmenter glued the verb to H
            e -= len(glued)
        words = ctx.tokens((s, e))
        quote = next((j for j in range(1, len(words)) if words[j].text == "“"), None)
        if quote is not None and words[-1].text == "”" and words[quote - 1].noun:
            e = words[quote - 1].end  # 为A、B等传统行业“强筋壮骨”: a quoted predicate
            words = words[:quote]
        if len(words) > 2 and (words[-1].tag == "q" or (
                words[-1].tag in ("m", "n") and words[-1].text[:1] in "余多"
                and self._count_prefix.match("1" + words[-1].text[1:] + "x"))) and \
                words[-2].tag in ("m", "eng") and \
                words[-2].text.isdigit():  # 等招商项目120个: the count after the head is
            e = words[-3].end  # no part of it (the head with it stays an alias)
            words = words[:-2]
            counted_tail = ctx.sim[toks[q + 1].start:item[1]]
        else:
            counted_tail = None
            num = next((j for j in range(1, len(words)) if words[j].text[:1].isdigit()), None)
            if num is not None and words[num - 1].text.endswith(self.metric_tails):
                e = words[num - 1].end  # 等H发电量0.7万亿千瓦时: the amount of a measure of H
                words = words[:num]  # is no part of the head (等H航线15条: a tally, left)
        pred = next((j for j in range(1, len(words)) if words[j].text in self.etc_predicates),
                    None)
        pred = predicate_start(ctx, words) if pred is None else pred
        if pred is not None:  # 等内容作出规定, 等H明显增强, 等新兴领域加速X: the head ends where
            e = words[pred - 1].end  # its predicate starts (see etc_head_openers)
            words = words[:pred]
        cut = next((j for j in range(1, len(words)) if words[j].text not in ctx.args.nominal
                    and (m := self.states.match(ctx.sim, words[j].start)) is not None
                    and m.end() >= words[j].end), None)
        if cut is None:
            cut = self._predicate_tail(ctx, words)
        if cut is None:  # 等风险不容忽视: an idiom closes even a two-character head
            cut = self._predicate_tail(ctx, words, short=True)
            cut = cut if cut is not None and words[cut].tag in ("i", "l") else None
        if cut is None:
            cut = self._state_before_verb(ctx, words)
        if cut is not None:  # A、B等H稳中有升: the head ends where how it fares starts
            e = words[cut - 1].end
            words = words[:cut]
        act = next((j for j in range(2, len(words) - 1) if words[j].text in ctx.args.light
                    and all(t.noun for t in words[j + 1:])
                    and not words[-1].text.endswith(self.kind_heads)
                    and not (words[j].text in self.head_nouns and j + 2 == len(words)
                             and words[-1].text in self.item_heads)), None)
        # (等N项政务服务事项: a service noun before a word for the listed items is their kind)
        if act is None:
            act = aspect_cut(ctx, words, self.rel_heads)  # 等H供需调度: H (see etc_head_aspects)
        if act is None:
            act = kind_before_activity(ctx, toks[a:q], words)
        used = instrument_end(ctx, toks, a, s, e) if act is None else None
        if used is not None:  # 运用A、B等先进传感技术改造X: the head is what is used
            e, words = used, ctx.tokens((s, used))
        if act is not None:  # A、B等本地资源发展康养旅游: the head's own action is no part of it
            e = words[act - 1].end
            words = words[:act]
        k = len(words)
        glued = glued_last_character(ctx, words, e)  # (等临港产业带，: no predicate 带)
        while not glued and k > 1 and (
                words[k - 1].tag in ("v", "vn") or words[k - 1].text in ctx.args.lead
                or words[k - 1].text in self.activity_tails) \
                and not words[k - 1].text.endswith(ctx.args.init_heads) \
                and not (k == len(words) and words[k - 1].text in self.act_heads) \
                and not (k == len(words) and words[k - 1].text in self.head_nouns
                         and words[k - 2].tag not in ("v", "vn")
                         and words[k - 2].text not in ctx.args.light):  # (提升服务: an action)
            k -= 1  # 传统要素深度融合 → 传统要素, 设备研发 → 设备 (the longer span stays an alias)
        if 1 < k < len(words) and len(words[k - 1].text) >= 3 and \
                words[k - 1].text.endswith("化") and words[k - 2].tag[:1] == "n":
            k -= 1  # 等场景批量化推广: the 化 word says how the action is done
        k = time_before_action(ctx, words, k)  # 等H夜间开放: H
        if k == len(words) and glued_upgrade(ctx, words):
            k -= 1  # 等H数字化改造: a word the segmenter glued says what is done to H
        if k < len(words) and words[k - 1].tag[:1] not in ("n", "j"):
            k = len(words)  # 多样化课程 stays whole: what is left would be no noun
        if words and self._outside(ctx.sim[s:words[k - 1].end]):
            return  # A、B等旅客出行: the head names people, whatever follows it
        head = factor = None
        if words and ctx.sim[s:words[0].end] in ctx.lex.words("bare_factor_heads"):
            a0, conj0 = counted_start(ctx, toks, q, a, self._count_prefix)  # 厂房、设备、人员等要素
            head = factor = bare_factor_head(
                ctx, toks, words, k, e,
                lambda h: self._items(ctx, toks[:q], a0, "cue_includes_etc", h, conj=conj0))
        # (a word of growth only before how it fares: 等消费增长加快; 等X消费增长超35% has a
        # figure, its head no whole)
        tails = self.metric_tails if any(ch.isdigit() for ch in ctx.sim[s:toks[-1].end]) else \
            self.metric_tails + self.growth_tails
        measured = before_measure(ctx.sim, s, (words[k - 1].end, e), tails) \
            if words and factor is None else None
        if measured is not None:
            # 等家电销量(增长), 等项目进度良好: the head is 家电, 项目 (a measure of it follows)
            head = self._head(ctx, (s, measured), "cue_includes_etc")
            if head is None or (len(head.name) < 3 and head.rule != "lexicon"):
                return
        elif factor is None and k < len(words) and ctx.sim[s:words[k - 1].end] in ctx.args.weak:
            if len(words) - k > 1 or words[-1].tag != "vn":
                return  # 等技术提升服务: the list's own head is too vague
            k = len(words)  # 等要素流动: the head keeps its one action noun
        if head is None and k < len(words):
            head = self._head(ctx, (s, words[k - 1].end), "cue_includes_etc")
            if head is not None:
                head = Ent(head.name, head.type, head.start, head.end, head.rule,
                           (*head.aliases, ctx.sim[s:e]))
        if head is None:
            head = self._head(ctx, (s, e), "cue_includes_etc")
        if head is None or (factor is None and len(head.name) < 3 and head.rule != "lexicon"
                            and (head.name in self.stop_heads or len(head.name) < 2)) or \
                (is_tally(head.name, self._count_prefix, ctx.lex.words("tally_heads"))
                 and any(t.text == "、" for t in toks[a:q])):
            return  # 等产品: too bare a head (等业态 is a kind of thing); 等12个项目: a tally
        head = qualified_bare_head(ctx, toks, q, head)
        bare = len(head.name) < 3 and head.rule != "lexicon"
        if bare and any(t.start == head.end and (t.tag == "c" or t.text == "、") for t in toks):
            return  # 等国际及地区航线: the head goes on after the conjunction
        conj = next((k for k, t in enumerate(toks) if t.start == head.end and
                     (t.tag == "c" or t.text in ("和", "及", "与"))), None)
        if conj is not None and conj + 1 < len(toks) and (
                toks[conj + 1].text in self.vague or toks[conj + 1].text in ctx.args.weak):
            return  # 等重点园区和片区: a head joined to a vague word names no kind of its own
        if counted_tail is not None:
            head = Ent(head.name, head.type, head.start, head.end, head.rule,
                       (*head.aliases, counted_tail, ctx.sim[toks[q + 1].start:e]))
        if start > g0:  # the groups' count is no part of the head; the whole is an alias
            head = Ent(head.name, head.type, head.start, head.end, head.rule,
                       (*head.aliases, ctx.sim[toks[g0].start:head.end]))
        if quality is not None:
            text = ctx.sim[head.start:head.end]
            head = Ent(quality.text + text, head.type, quality.start, head.end, head.rule,
                       (ctx.sim[quality.start:head.end], *((text,) if len(text) > 2 else ())))
        a, conj = counted_start(ctx, toks, q, a, self._count_prefix)
        items = self._items(ctx, toks[:q], a, "cue_includes_etc", head, conj=conj)
        classes = ctx.lex.words("outside_list_classes")
        if len(items) >= 2 and all(self.outside.of(it.name) in classes for it in items):
            return  # 孕妇、婴幼儿等特殊群体, 驱护舰、战机等兵力: people or arms, no parts of a node
        orgs = self.org_heads
        if len(items) >= 2 and head.type != "Organization" and not head.name.endswith(orgs) \
                and not head.name.endswith(self.body_group_heads) \
                and all(it.name.endswith(orgs) or it.type == "Organization" for it in items):
            return  # 整合高校、院所等科研资源: the bodies own the thing, they are no part of it
            # (A、B等多边机制: the bodies are members of a group of bodies)
        # one named item is enough under an initiative head (X铁路等重点项目)
        # (and one example of a named kind: 推广X等增产技术, 带动X等本地消费; not one
        # item left of a longer list: 甲、乙等18家央企)
        single = not any(t.text in ("、", "，") for t in toks[a:q])
        need = 1 if len(items) == 1 and not bare and (
            (head.type == "Initiative" and len(items[0].name) >= 3)
            or (single and len(items[0].name) >= 4 and len(head.name) >= 4)) else 2
        end_word = next((h for h in ctx.args.init_heads2 if head.name.endswith(h)), None)
        projects = end_word is not None and word_tag(end_word) not in ("v", "vn")
        # (项目, 工程; not 园区建设: an action)
        ranges = ctx.lex.words("range_words")
        meetings = tuple(ctx.lex.words("joined_event_heads"))
        if all(len(it.name) <= 12 or (projects and len(it.name) <= 16 and it.type == "Initiative"
                                      and it.name.endswith(ctx.args.init_heads2))
               or (len(it.name) <= 16 and any(r in it.name for r in ranges))
               or (len(it.name) <= 16 and it.name.endswith(meetings))
               for it in items):  # (a long item is a clause, unless a project's name: X工程
            # in a list of projects: A、B整治工程等项目, or a route: 甲地至乙地至丙地铁路)
            self._emit(ctx, head, items, "cue_includes_etc", out, min_items=need)
