"""INCLUDES of composition: ``X由A、B构成`` and its reverse ``A、B(，)构成(了)X(的N根支柱)`` (a
mixin of ``CueIncludes``, split from ``cue_includes_etc``)."""

from __future__ import annotations

from ..arguments.phrases import Ent
from ..discourse.context import SentenceContext
from ..discourse.earlier_heads import earlier_name
from ..rules.common import Found
from ..words.tokens import Tok

__all__ = ["ComposedLists"]


def _ends_with_cue(ctx: SentenceContext, word: str) -> bool:
    """A word the dictionary tags otherwise that ends with a cue verb of two characters or
    more (全面实施/n: an adverb glued to the verb)."""
    return len(word) > 2 and any(word.endswith(v) for v in ctx.args.cue_verbs if len(v) >= 2)


def _inside_quotes(toks: list[Tok]) -> set[int]:
    """The indexes of the words inside quote marks (“…”)."""
    out: set[int] = set()
    inside = False
    for k, t in enumerate(toks):
        if t.text == "“":
            inside = True
        elif t.text == "”":
            inside = False
        elif inside:
            out.add(k)
    return out


class ComposedLists:
    """Reads what a whole is made of; the host gives ``compose``, ``_head``, ``_items`` and
    ``_emit``."""

    def _composed_head(self, ctx: SentenceContext, prev: list[Tok]) -> Ent | None:
        """The subject of a clause that says what it is made of (X由A、B构成)."""
        v = next((k for k, t in enumerate(prev) if t.text in self.compose), None)
        by = next((k for k in range(v or 0) if prev[k].text == "由"), None)
        if v is None or not by:
            return None
        return self._head(ctx, ctx.args.subject(prev, by), "cue_includes_composed")

    def _composed(self, ctx: SentenceContext, toks: list[Tok], out: list[Found],
                  prev: list[Tok] | None = None) -> None:
        """A 由 B、C(三部分) 构成: A includes each listed part."""
        if not toks or not any(ctx.sim.find(w, toks[0].start, toks[-1].end) >= 0
                               for w in self.compose):
            return  # (most clauses: no word of composing at all, no word to look through)
        v = next((k for k, t in enumerate(toks) if t.text in self.compose), None)
        if v is None:
            return
        by = next((k for k in range(v) if toks[k].text == "由"), None)
        if by is None:
            self._composing(ctx, toks, v, prev, out)
            return
        if "、" not in {t.text for t in toks[by:v]}:
            return
        if v + 2 < len(toks) and toks[v + 1].text == "的":
            # 形成由A、B和C组成的H: the relative clause's head is the whole
            end = len(toks)
            while end > v + 2 and toks[end - 1].tag == "x" and toks[end - 1].text != "”":
                end -= 1
            span = (toks[v + 2].start, toks[end - 1].end) if end > v + 2 else None
            head = self._head(ctx, span, "cue_includes_composed")
        elif by == 0:
            # X由甲牵头建设，由A、B、C三个模块组成: the subject of the clause before is the whole
            pb = next((k for k, t in enumerate(prev or []) if t.text == "由"), None)
            if not prev or not pb or not any(t.tag == "m" for t in toks[v - 2:v]):
                return
            head = self._head(ctx, ctx.args.subject(prev, pb), "cue_includes_composed")
        else:
            span = ctx.args.subject(toks, by)
            head = self._antecedent(ctx, span) if span is not None else None
            head = head or self._head(ctx, span, "cue_includes_composed")
        if head is None:
            return
        end = v
        if v >= 2 and toks[v - 2].tag == "m":
            end = v - 2  # …三部分构成: the count closes the list
        elif v >= 1 and toks[v - 1].tag == "m":
            end = v - 1
        items = self._items(ctx, toks[:end], by + 1, "cue_includes_composed", head,
                            counted=end < v)  # (A、B、C三个模块: parts, however they read)
        self._emit(ctx, head, items, "cue_includes_composed", out, min_items=2)

    def _antecedent(self, ctx: SentenceContext, span: tuple[int, int]) -> Ent | None:
        """What a subject ``该H`` (``anaphoric_determiners``) points back at: the last object
        of a verb in the sentence's clauses before it that ends with the head H (本行打造“X”
        产品体系，该体系由A、B组成: the “X”产品体系); None for any other subject."""
        h = ctx.sim[span[0]:span[1]]
        if len(h) < 2:
            return None
        det = next((d for d in ctx.lex.words("anaphoric_determiners")
                    if ctx.sim.endswith(d, ctx.start, span[0])), None)
        found = self._antecedent_here(ctx, span, h, det is not None)
        if found is None and det is not None:
            # 1．甲乙产品线。该产品线包括A、B: a name of an earlier sentence
            return earlier_name(ctx, span[0] - len(det), span)
        return found

    def _antecedent_here(self, ctx: SentenceContext, span: tuple[int, int], h: str,
                         determined: bool) -> Ent | None:
        """The antecedent of ``_antecedent`` in the sentence (or the last clause before it)."""
        if not determined:
            # (the subject finder leaves the determiner out of the span) a bare head that
            # opens its clause repeats a name just before: 打造甲乙走廊，走廊由A、B组成
            if len(h) > 3 or not (span[0] == ctx.start or ctx.sim[span[0] - 1] in "，；"):
                return None
        before = [c for c in ctx.clauses if c[1] <= span[0]]
        if span[0] == ctx.start and ctx.start > 1 and ctx.sim[ctx.start - 1] == "。":
            # 打造甲乙走廊。走廊由A、B组成: the last clause of the sentence before
            end = ctx.start - 1
            before = [(max(ctx.sim.rfind(c, 0, end) for c in "，。；：\n") + 1, end)]
        for cl in reversed(before):
            toks = ctx.tokens(cl)
            quoted = _inside_quotes(toks)  # (打造“甲乙贷”产品体系: 贷 is no verb of the clause)
            verbs = [k for k in range(len(toks) - 1, -1, -1)
                     if (ctx.args.is_verb(toks[k]) or _ends_with_cue(ctx, toks[k].text))
                     and k not in quoted]
            if not verbs and toks and toks[0].tag == "vn":
                verbs = [0]  # 培育甲乙梯队，…: a clause that opens with a verbal noun
            if not verbs:
                named = _quoted_tail(ctx, toks, h)
                if named is not None:
                    return named
                continue
            for v in verbs:  # (实施“甲乙”融合发展工程: 发展 is a word of the name; 实施 takes it)
                spans = [(s, e) for s, e, _light in reversed(ctx.args.objects(toks, v + 1))]
                if v + 1 < len(toks):  # (the whole rest of the clause, when objects fall short)
                    spans.append((toks[v + 1].start, toks[-1].end))
                for s, e in spans:
                    if ctx.sim.endswith(h, s, e) and e - s > len(h):
                        ent = ctx.args.entity(s, e, "cue_includes_composed")
                        # (a name that lost the words before its head, 产品体系, is too vague)
                        if ent is not None and len(ent.name) > len(h) + 2:
                            return ent
            return None  # (the nearest clause with a verb only)
        return None

    def _composing(self, ctx: SentenceContext, toks: list[Tok], v: int,
                   prev: list[Tok] | None, out: list[Found]) -> None:
        """A、B、C(，)构成(了)X(的N根支柱): X includes each listed part; the list opens the
        clause, or is the whole clause before when the compose word opens this one."""
        if v:
            parts = toks[:v]
        elif prev:
            parts = prev
        else:
            return
        while parts and parts[-1].tag == "x":
            parts = parts[:-1]
        a = ctx.args._lead_end(parts, 0, len(parts), light=False)
        if a >= len(parts) or "、" not in {t.text for t in parts[a:]} or \
                any(t.tag == "d" or t.text in ctx.args.lead for t in parts[a:]):
            # (A与B相互促进，构成了X: an adverb makes the list a clause)
            return
        h = v + 1
        while h < len(toks) and toks[h].tag in ("ul", "d"):
            h += 1  # 构成了
        end = len(toks)
        while end > h and toks[end - 1].tag == "x":
            end -= 1
        de = next((k for k in range(h, end - 1) if toks[k].text == "的"), None)
        if de is not None and toks[de + 1].tag == "m":
            end = de  # X的四根支柱: X (a head of other words stays whole: 全县的产业体系)
        if end <= h:
            return
        head = self._head(ctx, (toks[h].start, toks[end - 1].end), "cue_includes_composed")
        if head is None:
            return
        items = self._items(ctx, parts, a, "cue_includes_composed", head)
        self._emit(ctx, head, items, "cue_includes_composed", out, min_items=2)

    def _whole(self, ctx: SentenceContext, toks: list[Tok], a: int, after: int,
               prev: list[Tok] | None) -> Ent | None:
        """The whole a counted list of parts makes up: X in X由A、B、C三大H组成 (a compose word
        right after the counted head H) and X分为A和B两大H (``division_verbs`` right before the
        list); the clause before when the verb opens this one (开展X活动，分为A、B四个阶段).
        None for any other counted list (A、B、C三类H: H owns them)."""
        if a < 1:
            return None
        if toks[a - 1].text == "由" and after < len(toks) and toks[after].text in self.compose:
            v = a - 1
        elif toks[a - 1].text in self.division:
            v = a - 1
        else:
            return None
        span = ctx.args.subject(toks, v)
        if span is None and prev and ctx.args._lead_end(toks, 0, v, light=False) == v:
            span = self._state_topic(ctx, prev) or self._tail_phrase(ctx, prev)
        return self._head(ctx, span, "cue_includes_composed", counted_whole=True) \
            if span is not None else None


def _quoted_tail(ctx: SentenceContext, toks: list[Tok], head: str) -> Ent | None:
    """甲局上线“乙丙”养老服务平台，平台…: a clause whose verb the dictionary does not know ends
    with a quoted name and words that end with ``head``: that name (None for any other)."""
    q = next((k for k in range(len(toks) - 1, -1, -1) if toks[k].text == "“"), None)
    if q is None or q + 1 >= len(toks) or not ctx.sim.endswith(head, toks[q].start, toks[-1].end):
        return None
    ent = ctx.args.entity(toks[q].start, toks[-1].end, "cue_includes_composed")
    return ent if ent is not None and len(ent.name) > len(head) + 2 else None

