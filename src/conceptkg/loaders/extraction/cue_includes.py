"""INCLUDES between any phrases, read around list cues (``relations.INCLUDES`` in the language
data):

- ``A 包括/涵盖 B、C(等)``: A includes each item (A may close the clause before: …X，包括B、C);
- ``B、C 等 A``: a list of at least two items closed by 等 and a head phrase;
- ``以 B、C 为代表的 A``.

A head too vague to be a node (方面, 领域, 工作 …: ``weak_args``) gives no edge.
"""

from __future__ import annotations

import re

from ..lexicon import Lexicon
from .context import SentenceContext
from .list_items import BARRIER_TAGS, count_of, list_start
from .phrases import Ent
from .rules.common import Found
from .tokens import Tok

__all__ = ["CueIncludes"]

class CueIncludes:
    needs_cue = True
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
        self.weak_args = frozenset(lex.list("weak_args"))
        self.stop_heads = frozenset(lex.list("stop_heads"))

    def _items(self, ctx: SentenceContext, toks: list[Tok], i: int, rule: str,
               head: Ent) -> list[Ent]:
        out = []
        for s, e, task in ctx.args.objects(toks, i, conj=True, strip_verbs=True,
                                           etc_head=False):
            text = ctx.sim[s:e]
            if task or self._grouped_count.search(text, 1):
                return []  # a list of tasks (加强X、完善Y) or of counted groups is no list of parts
            counted = self._count_prefix.match(text)
            if counted and (text[counted.end():] in ctx.args.weak
                            or text[counted.end():] in self.units):
                continue  # 两个部分, 三个方面: the list's summary, not a part
            if ctx.args.is_place(s, e) or ctx.args.organisation(s, e) or \
                    ctx.args.is_person(ctx.sim[s:e]):
                continue  # a place, a body or a person is no part of a list of things
            ent = ctx.args.entity(s, e, rule, hint=head.type if head.type in (
                "Initiative", "Factor") else None)
            if self._approx_quantity.match(ctx.sim, s, e) or \
                    not self._item_ok(ctx, ctx.tokens((s, e))):
                continue  # a quantity (45家企业) or a predicate is no part of a list
            if ent is not None and ent.name != head.name:
                out.append(ent)
        return out

    @staticmethod
    def _item_ok(ctx: SentenceContext, words: list[Tok]) -> bool:
        """A list item names a thing: not a bare verb, and no action verb (a light or cue verb)
        before its last word (培养, 熟练掌握X are no parts; 物联网感知 is one)."""
        if not words or (len(words) == 1 and ctx.args.is_verb(words[0]) and \
                words[0].text not in ctx.args.nominal):
            return False
        for t in words[:-1]:
            if ((t.text in ctx.args.light or t.text in ctx.args.cue_verbs) and t.tag != "vn") \
                    or t.tag in ("nr", "nrfg") or t.text in ctx.args.titles:
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
        counted = self._count_prefix.match(text) or (toks and toks[0].text in ctx.args.counts)
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

    def __call__(self, ctx: SentenceContext) -> list[Found]:
        out: list[Found] = []
        if not ctx.args.has_cue(ctx.start, ctx.end, "INCLUDES"):
            return out
        prev: list[Tok] | None = None
        prev_cl: tuple[int, int] | None = None
        for cl in ctx.clauses:
            if not ctx.args.has_cue(*cl, "INCLUDES"):
                prev, prev_cl = None, cl
                continue
            if prev is None and prev_cl is not None:
                prev = ctx.tokens(prev_cl)
            toks = ctx.tokens(cl)
            self._composed(ctx, toks, out)
            for q, t in enumerate(toks):
                if t.text in self.verbs:
                    span = ctx.args.subject(toks, q)
                    etc = next((k for k in range(q + 1, len(toks) - 1)
                                if toks[k].text in self.etc), None)
                    opens = span is None and prev is not None and \
                        ctx.args._lead_end(toks, 0, q, light=False) == q
                    if span is None and etc is not None:
                        # 包括A、B等H: H owns the list, unless H is too vague (等多个领域)
                        before = len(out)
                        self._etc(ctx, toks, etc, out)
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
        end = next((k for k in range(q + 1, len(toks)) if toks[k].text == "的"), len(toks))
        start = q + 1
        if end < len(toks) and (toks[q + 1].tag == "p" or any(
                ctx.args.is_verb(t) for t in toks[q + 1:end])):
            start, end = end + 1, len(toks)  # A、B等从X来的Y: a relative clause; the list is Y's
        item = ctx.args._item(toks, start, end, frozenset())  # A、B等X的Y: the list is X's
        if item is None:
            return
        s, e = item[:2]
        words = ctx.tokens((s, e))
        k = len(words)
        while k > 1 and (words[k - 1].tag in ("v", "vn") or words[k - 1].text in ctx.args.lead) \
                and not words[k - 1].text.endswith(ctx.args.init_heads):
            k -= 1  # 传统要素深度融合 → 传统要素 (the longer span stays an alias)
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
        items = self._items(ctx, toks[:q], a, "cue_includes_etc", head)
        # one named item is enough under an initiative head (X铁路等重点项目)
        need = 1 if head.type == "Initiative" and len(items) == 1 and \
            len(items[0].name) >= 3 and not bare else 2
        if all(len(it.name) <= 12 for it in items):
            self._emit(ctx, head, items, "cue_includes_etc", out, min_items=need)

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
        text = ctx.sim[head_start:item[1]]
        head = ctx.args.entity(head_start, item[1], "cue_includes_counted",
                               extra_aliases=(ctx.sim[m.start():item[1]],))
        if head is None or text in ctx.args.weak:
            return
        items = self._items(ctx, toks[:q], a, "cue_includes_counted", head)
        if len(items) == n:
            self._emit(ctx, head, items, "cue_includes_counted", out)

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
        head = ctx.args.entity(item[0], item[1], "cue_includes_represented")
        if head is None:
            return
        self._emit(ctx, head, self._items(ctx, toks[:k + 1], i + 1, "cue_includes_represented",
                                          head), "cue_includes_represented", out)

