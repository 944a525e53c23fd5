"""INCLUDES between any phrases, read around list cues (``relations.INCLUDES`` in the language
data):

- ``A 包括/涵盖 B、C(等)``: A includes each item (A may close the clause before: …X，包括B、C);
- ``B、C 等 A``: a list of at least two items closed by 等 and a head phrase;
- ``以 B、C 为代表的 A``.

A head too vague to be a node (方面, 领域, 工作 …: ``weak_args``) gives no edge.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..lexicon import Lexicon, trie_regex
from .context import SentenceContext
from .list_items import BARRIER_TAGS, count_of, list_start
from .phrases import Ent
from .rules.common import Found
from .tokens import Tok, word_tag

__all__ = ["CueIncludes"]

#: the tags of words that say how a thing is or fares (充足, 广泛应用, 尤为): no part of a name
_PREDICATE_TAGS = ("a", "ad", "d", "l", "i", "z")

class CueIncludes:
    needs_cue = False  # a counted list (A、B三大H) has no cue word: __call__ checks its own cues
    name = "cue_includes"
    relation = "INCLUDES"

    def __init__(self, lex: Lexicon) -> None:
        self._grouped_count = lex.regex("grouped_count")
        self._count_prefix = lex.regex("count_prefix")
        self._approx_quantity = lex.regex("approx_quantity")
        self._inner_count = lex.regex("inner_count")
        self._counted_group_rx = lex.regex("counted_group")
        self.verbs = frozenset(lex.cues("INCLUDES", "verbs"))
        self.etc = frozenset(lex.cues("INCLUDES", "etc") or ["等"])
        self.represented = frozenset(lex.cues("INCLUDES", "represented") or ["为代表"])
        self.vague = frozenset(lex.cues("INCLUDES", "vague_heads"))
        self.units = frozenset(lex.cues("INCLUDES", "summary_units"))
        self.parallel = frozenset(lex.cues("INCLUDES", "parallel"))
        self.vague_long = tuple(w for w in self.vague if len(w) >= 2)
        self.compose = frozenset(lex.cues("INCLUDES", "compose"))
        self.metric_tails = tuple(lex.cues("INCLUDES", "metric_tails"))
        self.people_heads = tuple(lex.cues("INCLUDES", "people_heads"))
        self.people_counts = tuple(lex.cues("INCLUDES", "people_measures"))
        self.weak_args = frozenset(lex.list("weak_args"))
        self.stop_heads = frozenset(lex.list("stop_heads"))
        self.states = trie_regex(lex.cues("DRIVES", "state_predicates"))
        self.activity_tails = frozenset(w for w in lex.list("strip_suffixes") if len(w) == 2)
        self.kind_heads = tuple(lex.list("concept_heads")) + tuple(lex.list("initiative_heads"))
        self.drive_verbs = frozenset(lex.cues("DRIVES", "verbs"))
        self.predicate_openers = frozenset(lex.cues("INCLUDES", "predicate_openers"))
        self.head_nouns = frozenset(lex.cues("INCLUDES", "head_nouns"))
        self.rel_heads = self.kind_heads + tuple(lex.list("factor_heads")) + \
            tuple(lex.list("org_heads")) + tuple(lex.list("thing_heads")) + tuple(self.head_nouns)

    def _items(self, ctx: SentenceContext, toks: list[Tok], i: int, rule: str,
               head: Ent, conj: bool = True) -> list[Ent]:
        out = []
        objs = ctx.args.objects(toks, i, conj=conj, strip_verbs=True, etc_head=False)
        firsts = {t.start: t for t in toks}
        tasks = sum(task or (s in firsts and ctx.args.is_verb(firsts[s])
                             and len(firsts[s].text) > 1) for s, _e, task in objs)
        if 2 * tasks >= len(objs):
            return []  # a list of tasks (加强X、深耕Y) is no list of parts (one may be: A、构建B)
        parallel = 0 < i <= len(toks) and toks[i - 1].text == "的"  # (新开的A、特色的B等H)
        if len(objs) > 1 and "的" in ctx.sim[objs[-1][0]:objs[-1][1]] and not parallel and \
                not any("的" in ctx.sim[s:e] for s, e, _t in objs[:-1]):
            return []  # 包含对A、B、C的敬意: the list qualifies one thing after 的
        for s, e, _task in objs:
            text = ctx.sim[s:e]
            # an item keeps the verb it opens with as an alias, and gets one without it when
            # the segmenter glued the verb to it (推进设备更新)
            before = next((t for t in toks if t.end == s and self._is_action(ctx, t.text)), None)
            verb = next((v for v in ctx.args.light if text.startswith(v)
                         and len(text) - len(v) >= 2), None)
            extra = ((ctx.sim[before.start:e],) if before is not None else ()) + \
                ((text[len(verb):],) if verb is not None else ())
            if self._grouped_count.search(text, 1):
                return []  # a list of counted groups is no list of parts
            counted = self._count_prefix.match(text)
            if counted and (text[counted.end():] in ctx.args.weak
                            or text[counted.end():] in self.units):
                continue  # 两个部分, 三个方面: the list's summary, not a part
            if ctx.args.is_place(s, e) or ctx.args.organisation(s, e) or \
                    ctx.args.is_person(ctx.sim[s:e]):
                continue  # a place, a body or a person is no part of a list of things
            ent = ctx.args.entity(s, e, rule, hint=head.type if head.type in (
                "Initiative", "Factor") else None, extra_aliases=extra)
            if self._approx_quantity.match(ctx.sim, s, e) or \
                    not self._item_ok(ctx, ctx.tokens((s, e))):
                continue  # a quantity (45家企业) or a predicate is no part of a list
            if ent is not None and ent.name != head.name:
                out.append(ent)
        return out

    @staticmethod
    def _is_action(ctx: SentenceContext, word: str) -> bool:
        return (word in ctx.args.light or word in ctx.args.cue_verbs) and \
            word not in ctx.args.nominal

    @staticmethod
    def _item_ok(ctx: SentenceContext, words: list[Tok]) -> bool:
        """A list item names a thing: not a bare verb, and no action verb (a light or cue verb)
        before its last word (培养, 熟练掌握X are no parts; 物联网感知 is one)."""
        if not words or (len(words) == 1 and ctx.args.is_verb(words[0]) and \
                words[0].text not in ctx.args.nominal):
            return False
        named = len(words) > 2 and words[-1].text.endswith(ctx.args.init_heads2)
        for i, t in enumerate(words[:-1]):
            if ((t.text in ctx.args.light or t.text in ctx.args.cue_verbs) and t.tag != "vn"
                    and not named  # (X扩容改造提升工程: the head makes the verbs a name's)
                    and not all(x.tag == "vn" or x.text in ctx.args.nominal
                                for x in words[i + 1:])) \
                    or (t.tag in ("nr", "nrfg")
                        and (len(t.text) > 2 or ctx.args.is_person(t.text))) \
                    or t.text in ctx.args.titles:  # (养老, 智慧: common words tagged as names)
                return False
        return True

    def _emit(self, ctx: SentenceContext, head: Ent | None, items: list[Ent], rule: str,
              out: list[Found], min_items: int = 1) -> None:
        if head is None or len(items) < min_items:
            return
        for it in items:
            if ctx.claim("INCLUDES", head, it):
                out.append(Found(head, "INCLUDES", it, rule))

    def _head(self, ctx: SentenceContext, span: tuple[int, int] | None, rule: str
              ) -> Ent | None:
        """The entity a list belongs to; a vague or counted head (方面, 多个领域) is none."""
        if span is None or ctx.args.organisation(*span):
            return None
        text = ctx.sim[span[0]:span[1]]
        if text.endswith(self.people_heads):
            return None  # 死者包括A和B: people are no parts of a thing
        toks = ctx.tokens(span)
        if rule == "cue_includes_etc" and len(toks) >= 2 and toks[-1].noun and \
                toks[-2].verb and not self._is_action(ctx, toks[-2].text):
            # 等3次试飞任务, 等拟建项目: after 等 a verb right before the head noun qualifies it
            toks = [*toks[:-2], Tok(toks[-2].text + toks[-1].text, toks[-2].start,
                                    toks[-1].end, toks[-1].tag)]
        counted = self._count_prefix.match(text) or (toks and toks[0].text in ctx.args.counts)
        if isinstance(counted, re.Match) and counted.group(0).endswith(self.people_counts):
            return None  # 10名X, 多位Y: people are no parts of a thing
        if not toks or text in ctx.args.weak or toks[0].text in self.vague \
                or text.startswith(self.vague_long) \
                or (toks[0].tag in ("m", "q", "r", "v") and not counted
                    and toks[0].text not in ctx.args.nominal) \
                or not ctx.args.phrase_ok(toks) or not any(t.noun for t in toks):
            return None
        cut = counted.end() if isinstance(counted, re.Match) else \
            len(toks[0].text) if counted else 0
        rest = text[cut:]
        if all(t.text in ctx.args.weak or t.text in ctx.args.nominal for t in toks) and (
                rule != "cue_includes_etc" or toks[-1].text in self.weak_args
                or (len(toks) == 1 and toks[0].text in self.stop_heads)):
            return None  # 工程建设: nothing but generic words (a list's own head may be
            # generic: A、B等新服务, A、B等重点项目)
        if text.endswith(("在内", "下", "中", "上", "内")) or any(ch.isdigit() for ch in rest) \
                or "/" in text or self._inner_count.search(rest):
            return None  # 企业120余家, 产值增长14%: a figure, not a list's head
        return ctx.args.entity(span[0], span[1], rule)

    def _tail_phrase(self, ctx: SentenceContext, toks: list[Tok]) -> tuple[int, int] | None:
        """The noun phrase that ends a clause (…清理12项X行为 → 12项X行为)."""
        j = len(toks)
        while j and toks[j - 1].tag == "x":
            j -= 1
        i = j
        while i and not ((toks[i - 1].tag in BARRIER_TAGS and toks[i - 1].text not in "“”《》")
                         or toks[i - 1].tag.startswith("u")
                         or ((toks[i - 1].text in ctx.args.light
                             or toks[i - 1].text in ctx.args.cue_verbs)
                         and toks[i - 1].tag != "vn")):
            i -= 1
        return (toks[i].start, toks[j - 1].end) if i < j else None

    def _counted_list(self, ctx: SentenceContext, s: int, e: int) -> bool:
        """sim[s:e] holds a list followed by a count (A、B、C三大H, A、B两项H): a list cue too."""
        k = ctx.sim.find("、", s, e)
        return k >= 0 and self._counted_group_rx.search(ctx.sim, k, e) is not None

    def __call__(self, ctx: SentenceContext) -> list[Found]:
        out: list[Found] = []
        if not ctx.args.has_cue(ctx.start, ctx.end, "INCLUDES") and \
                not self._counted_list(ctx, ctx.start, ctx.end):
            return out
        prev: list[Tok] | None = None
        prev_cl: tuple[int, int] | None = None
        for cl in ctx.clauses:
            if not ctx.args.has_cue(*cl, "INCLUDES") and not self._counted_list(ctx, *cl):
                prev, prev_cl = None, cl
                continue
            toks = ctx.tokens(cl)
            self._composed(ctx, toks, out)
            for q, t in enumerate(toks):
                if t.text in self.verbs:
                    span = ctx.args.subject(toks, q)
                    etc = next((k for k in range(q + 1, len(toks) - 1)
                                if toks[k].text in self.etc), None)
                    opens = span is None and (prev is not None or prev_cl is not None) and \
                        ctx.args._lead_end(toks, 0, q, light=False) == q
                    if opens and prev is None and prev_cl is not None:
                        prev = ctx.tokens(prev_cl)  # (only now: most clauses do not need it)
                    counted = self._counted_tail(ctx, prev) if opens and prev else None
                    if counted is not None:
                        # X设立N个H，涵盖A、B(等C): the counted H owns the list
                        self._emit(ctx, counted, self._items(
                            ctx, toks[:etc] if etc is not None else toks, q + 1,
                            "cue_includes", counted), "cue_includes", out)
                        break
                    if span is None and etc is not None:
                        # 包括A、B等H: H owns the list, unless H is too vague (等多个领域)
                        before = len(out)
                        self._etc(ctx, toks, etc, out)
                        if len(out) == before:
                            self._relative_owner(ctx, toks, q, etc, out)
                        if len(out) > before:
                            if opens and prev is not None:
                                # X由…构成，涵盖A、B等H: X includes A and B too
                                self._emit(ctx, self._composed_head(ctx, prev), self._items(
                                    ctx, toks[:etc], q + 1, "cue_includes", out[-1].source),
                                    "cue_includes", out)
                            break
                    if opens and prev is not None:
                        if any(x.text in self.parallel for x in toks[:q]):
                            # …，也包括Y: the same subject as the clause before
                            k = next((j for j, x in enumerate(prev) if x.text in self.verbs),
                                     None)
                            span = ctx.args.subject(prev, k) if k else None
                        else:
                            span = self._tail_phrase(ctx, prev)
                    head = self._head(ctx, span, "cue_includes")
                    if head is not None and not any(x.text == "在内" for x in toks[q:]):
                        self._emit(ctx, head, self._items(ctx, toks, q + 1, "cue_includes",
                                                          head), "cue_includes", out)
                    break
                if t.text in self.etc and q > 0 and q + 1 < len(toks):
                    self._etc(ctx, toks, q, out)
                m = self._counted_group_rx.match(ctx.sim, t.start)
                if m and q > 1 and any(x.text == "、" for x in toks[:q]):
                    self._counted_group(ctx, toks, q, m, out)
                if (t.text in self.represented or (t.text == "代表" and toks[q - 1].text == "为")) \
                        and q > 1:
                    self._represented(ctx, toks, q, out)
            prev, prev_cl = toks, None
        return out

    def _relative_owner(self, ctx: SentenceContext, toks: list[Tok], q: int, etc: int,
                        out: list[Found]) -> None:
        """涵盖A、B等领域的H: a vague head (领域, 方面) closes a relative clause; the thing after
        its 的 owns the list."""
        if etc + 3 >= len(toks) or toks[etc + 2].text != "的" or not (
                toks[etc + 1].text in self.vague or toks[etc + 1].text in ctx.args.weak):
            return
        item = ctx.args._item(toks, etc + 3, len(toks), frozenset())
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

    def _composed_head(self, ctx: SentenceContext, prev: list[Tok]) -> Ent | None:
        """The subject of a clause that says what it is made of (X由A、B构成)."""
        v = next((k for k, t in enumerate(prev) if t.text in self.compose), None)
        by = next((k for k in range(v or 0) if prev[k].text == "由"), None)
        if v is None or not by:
            return None
        return self._head(ctx, ctx.args.subject(prev, by), "cue_includes_composed")

    def _composed(self, ctx: SentenceContext, toks: list[Tok], out: list[Found]) -> None:
        """A 由 B、C(三部分) 构成: A includes each listed part."""
        v = next((k for k, t in enumerate(toks) if t.text in self.compose), None)
        if v is None:
            return
        by = next((k for k in range(v) if toks[k].text == "由"), None)
        if by is None or by == 0 or "、" not in {t.text for t in toks[by:v]}:
            return
        head = self._head(ctx, ctx.args.subject(toks, by), "cue_includes_composed")
        if head is None:
            return
        end = v
        if v >= 2 and toks[v - 2].tag == "m":
            end = v - 2  # …三部分构成: the count closes the list
        elif v >= 1 and toks[v - 1].tag == "m":
            end = v - 1
        items = self._items(ctx, toks[:end], by + 1, "cue_includes_composed", head)
        self._emit(ctx, head, items, "cue_includes_composed", out, min_items=2)

    def _etc(self, ctx: SentenceContext, toks: list[Tok], q: int, out: list[Found]) -> None:
        a = list_start(ctx, toks, q)
        if a is None or a >= q:
            return
        after = toks[q + 1]
        if after.text not in ctx.args.nominal and (
                (after.tag == "d" and after.text in ctx.args.lead)
                or after.text in self.drive_verbs):
            return  # A、B等已开展X, A、B等激活X: a predicate follows 等, the list has no head
            # (等高效协作: an adverb of manner may describe the head)
        end = next((k for k in range(q + 1, len(toks)) if toks[k].text == "的"), len(toks))
        start = q + 1
        quality = None
        verb = next((k for k in range(q + 1, end) if ctx.args.is_verb(toks[k])), None)
        h = next((k for k in range(q + 1, end) if ctx.args.is_verb(toks[k])
                  and len(toks[k].text) > 1), None)
        while h is not None and h > q + 1 and toks[h - 1].text in ctx.args.lead:
            h -= 1  # 等H应使用的Y: the modal is no part of H
        subject = end < len(toks) and h is not None and h > q + 1 and \
            toks[q + 1].tag != "p" and all(t.noun for t in toks[q + 1:h])
        kind = subject and (toks[h - 1].text.endswith(self.rel_heads)
                            or toks[h - 1].text.endswith(self.metric_tails))  # (等H销售额保持…的Y)
        if subject and (toks[h - 1].text.endswith(self.people_heads) or not (
                kind or (h == q + 2 and toks[q + 1].text in self.units))):
            return  # A、B等乘客乘坐的Y: people; 等X检查情况的通报: no kind of the items, nor Y
        if kind:
            end = h  # A、B等H提供的Y: the list and its head H (产业, 机构, 产品: a kind of
            # thing) are the relative clause's subject (A、B等方面寻求新的Y: the list is Y's)
        elif end < len(toks) and (toks[q + 1].tag == "p" or verb is not None):
            start, end = end + 1, len(toks)  # A、B等从X来的Y: a relative clause; the list is Y's
        elif end == q + 2 and end + 1 < len(toks) and (
                toks[q + 1].tag in ("a", "l", "b", "z", "an") or toks[q + 1].text.endswith("化")):
            quality = toks[q + 1]  # A、B等多样化的Y: a quality of Y; the list is 多样化Y's
            start, end = end + 1, len(toks)
        item = ctx.args._item(toks, start, end, frozenset())  # A、B等X的Y: the list is X's
        if item is None:
            return
        s, e = item[:2]
        words = ctx.tokens((s, e))
        cut = next((j for j in range(1, len(words)) if words[j].text not in ctx.args.nominal
                    and (m := self.states.match(ctx.sim, words[j].start)) is not None
                    and m.end() >= words[j].end), None)
        if cut is None:
            cut = self._predicate_tail(ctx, words)
        if cut is not None:  # A、B等H稳中有升: the head ends where how it fares starts
            e = words[cut - 1].end
            words = words[:cut]
        act = next((j for j in range(2, len(words) - 1) if words[j].text in ctx.args.light
                    and all(t.noun for t in words[j + 1:])
                    and not words[-1].text.endswith(self.kind_heads)), None)
        if act is not None:  # A、B等本地资源发展康养旅游: the head's own action is no part of it
            e = words[act - 1].end
            words = words[:act]
        k = len(words)
        while k > 1 and (words[k - 1].tag in ("v", "vn") or words[k - 1].text in ctx.args.lead
                         or words[k - 1].text in self.activity_tails) \
                and not words[k - 1].text.endswith(ctx.args.init_heads) \
                and not (k == len(words) and words[k - 1].text in self.head_nouns
                         and words[k - 2].tag not in ("v", "vn")
                         and words[k - 2].text not in ctx.args.light):  # (提升服务: an action)
            k -= 1  # 传统要素深度融合 → 传统要素, 设备研发 → 设备 (the longer span stays an alias)
        if k < len(words) and words[k - 1].tag[:1] not in ("n", "j"):
            k = len(words)  # 多样化课程 stays whole: what is left would be no noun
        head = None
        measured = self._before_measure(ctx.sim, s, (words[k - 1].end, e)) if words else None
        if measured is not None:
            # 等家电销量(增长), 等项目进度良好: the head is 家电, 项目 (a measure of it follows)
            head = self._head(ctx, (s, measured), "cue_includes_etc")
            if head is None or (len(head.name) < 3 and head.rule != "lexicon"):
                return
        elif k < len(words) and ctx.sim[s:words[k - 1].end] in ctx.args.weak:
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
        if head is None or (len(head.name) < 3 and head.rule != "lexicon"
                            and (head.name in self.stop_heads or len(head.name) < 2)):
            return  # 等产品: too bare a head (等业态 is a kind of thing)
        bare = len(head.name) < 3 and head.rule != "lexicon"
        if bare and any(t.start == head.end and (t.tag == "c" or t.text == "、") for t in toks):
            return  # 等国际及地区航线: the head goes on after the conjunction
        if quality is not None:
            text = ctx.sim[head.start:head.end]
            head = Ent(quality.text + text, head.type, quality.start, head.end, head.rule,
                       (ctx.sim[quality.start:head.end], *((text,) if len(text) > 2 else ())))
        items = self._items(ctx, toks[:q], a, "cue_includes_etc", head)
        # one named item is enough under an initiative head (X铁路等重点项目)
        need = 1 if head.type == "Initiative" and len(items) == 1 and \
            len(items[0].name) >= 3 and not bare else 2
        end_word = next((h for h in ctx.args.init_heads2 if head.name.endswith(h)), None)
        projects = end_word is not None and word_tag(end_word) not in ("v", "vn")
        # (项目, 工程; not 园区建设: an action)
        if all(len(it.name) <= 12 or (projects and len(it.name) <= 16 and it.type == "Initiative"
                                      and it.name.endswith(ctx.args.init_heads2))
               for it in items):  # (a long item is a clause, unless a project's name: X工程
            # in a list of projects: A、B整治工程等项目)
            self._emit(ctx, head, items, "cue_includes_etc", out, min_items=need)

    def _before_predicate(self, ctx: SentenceContext, s: int, e: int, short: bool = False
                          ) -> int:
        """Where the phrase sim[s:e] ends when a predicate closes it (see _predicate_tail)."""
        words = ctx.tokens((s, e))
        j = self._predicate_tail(ctx, words, short)
        return e if j is None else words[j - 1].end

    def _predicate_tail(self, ctx: SentenceContext, words: list[Tok], short: bool = False
                        ) -> int | None:
        """Where a predicate that closes a list's head starts (A、B等H供应充足, 等H广泛应用): an
        adjective, adverb or idiom with no noun after it (配套服务 is a noun), and the verbs
        right before it; None when the head has none, or what is left would be shorter than
        three characters and no lexicon term (等竞相争艳: no head at all) unless ``short``."""
        j = next((k for k in range(1, len(words)) if words[k].tag in _PREDICATE_TAGS
                  and words[k].text not in ctx.args.nominal
                  and not words[k].text.endswith(self.kind_heads)
                  and not any(t.noun for t in words[k + 1:])), None)
        if j is None:
            return None
        while j > 1 and ((words[j - 1].tag in ("v", "vn") and not words[j - 1].text.endswith(
                ctx.args.init_heads)) or words[j - 1].text in self.predicate_openers):
            j -= 1  # 供应充足, 增长明显, 总体平稳: the verb belongs to the predicate
        head = ctx.sim[words[0].start:words[j - 1].end]
        if not any(t.tag[:1] in ("n", "j") for t in words[:j]) or (
                len(head) < 3 and not short and ctx.lex.lookup(head) is None):
            return None
        return j

    def _before_measure(self, sim: str, s: int, ends: tuple[int, ...]) -> int | None:
        """Where the head ends when sim[s:end] (for the first end that has one) closes with a
        measure word (产量, 进度): the position before that word."""
        for end in ends:
            tail = next((t for t in self.metric_tails
                         if sim.endswith(t, s, end) and end - s > len(t)), None)
            if tail is not None:
                return end - len(tail)
        return None

    def _counted_group(self, ctx: SentenceContext, toks: list[Tok], q: int,
                       m: re.Match[str], out: list[Found]) -> None:
        """A、B、C三大H: H includes the items when their number is the count."""
        n = count_of(m.group(1))
        a = list_start(ctx, toks, q)
        if a is None or n < 2:
            return
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
        text = ctx.sim[head_start:item[1]]
        head = ctx.args.entity(head_start, item[1], "cue_includes_counted",
                               extra_aliases=(ctx.sim[m.start():item[1]],))
        if head is None or text in ctx.args.weak or "、" in text \
                or text.startswith(self.vague_long):
            return  # (3个百分点, 四个角度: a unit or a vague head)
        # A和B、C、D三大H: when the 、 alone give the count, 和 joins words inside one item
        seps = sum(t.text == "、" for t in toks[a:q])
        conj = seps + 1 != n
        items = self._items(ctx, toks[:q], a, "cue_includes_counted", head, conj=conj)
        objs = ctx.args.objects(toks[:q], a, conj=conj, strip_verbs=True, etc_head=False) \
            if len(items) != n else []
        if len(objs) == n and 2 * len(items) >= n:
            items += self._bare_words(ctx, toks[a:q], items)
        if len(items) == n or (len(items) >= 2 and len(objs) == n):
            # (the count holds for the list as written; an item too bare to be a node, 发展,
            # is left out)
            self._emit(ctx, head, items, "cue_includes_counted", out)

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

    def _represented(self, ctx: SentenceContext, toks: list[Tok], q: int,
                     out: list[Found]) -> None:
        # 以 B、C 为代表的 A
        if toks[q - 1].text != "为" and not toks[q].text.startswith("为"):
            return
        k = q - 2 if toks[q - 1].text == "为" else q - 1
        i = k
        while i >= 0 and toks[i].text != "以":
            i -= 1
        if i < 0:
            return
        j = q + 1
        if j < len(toks) and toks[j].text == "的":
            j += 1
        item = ctx.args._item(toks, j, len(toks), frozenset())
        if item is None:
            return
        head = ctx.args.entity(item[0], self._before_predicate(ctx, item[0], item[1]),
                               "cue_includes_represented")  # (为代表的H广泛应用: H)
        if head is None:
            return
        self._emit(ctx, head, self._items(ctx, toks[:k + 1], i + 1, "cue_includes_represented",
                                          head), "cue_includes_represented", out)

