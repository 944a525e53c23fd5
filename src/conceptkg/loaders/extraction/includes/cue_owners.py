"""Owners of a list that its own clause does not name (for :class:`.cue_includes.CueIncludes`):
the phrase that ends the clause before, the topic of a clause that describes it, a term just
defined, the one counted thing the clause before launched, the thing whose scope a scope
word (补贴范围, ``range_nouns``) names, and the whole whose sections a section head (功能模块,
``INCLUDES.module_heads``) names."""

from __future__ import annotations

from ..arguments.phrases import Ent
from ..discourse.context import SentenceContext
from ..lists.list_items import BARRIER_TAGS
from ..rules.common import Found
from ..words.tokens import Tok

__all__ = ["ListOwners"]


class ListOwners:
    """The host gives ``range_nouns``, ``defining``, ``_count_prefix``, ``_head`` and
    ``_antecedent``."""

    def _scope(self, ctx: SentenceContext, span: tuple[int, int]) -> bool:
        """The subject is a scope word (``range_nouns``) with at most a short qualifier (补贴
        范围, 支持范围): the scope of the thing the clause before names, no whole of its own."""
        text = ctx.sim[span[0]:span[1]]
        return any(text.endswith(n) and len(text) - len(n) <= 2 for n in self.range_nouns)

    def _determined_topic(self, ctx: SentenceContext, toks: list[Tok]) -> tuple[int, int] | None:
        """The head word after a determiner that opens clause ``toks`` (after lead and time
        words: 2031年该链条营收达N亿元，主要包括A、B; 该产业链以X为特色，涵盖A、B): the topic
        the next clause's list belongs to, taken up by ``_antecedent``; None for any other."""
        a = ctx.args._lead_end(toks, 0, len(toks), light=False)  # (past 该 as a lead word)
        while a < len(toks) and toks[a].tag in ("t", "m") and a + 1 < len(toks):
            a += 1  # (2024年: a time before the topic)
        dets = ctx.lex.words("anaphoric_determiners")
        if a < len(toks) and toks[a].text in dets:
            a += 1
        if not 0 < a < len(toks) or toks[a - 1].text not in dets or not toks[a].noun or \
                len(toks[a].text) < 2:
            return None
        return toks[a].start, toks[a].end

    def _scoped_programme(self, ctx: SentenceContext, cl: tuple[int, int]) -> list[Ent]:
        """The programme that ends clause ``cl`` when no actor was found for it (管委会启动X三年
        计划，内容涵盖A、B): the phrase that ends the clause, if it is an Initiative."""
        toks = ctx.tokens(cl)
        j = len(toks)
        while j and toks[j - 1].tag == "x" and toks[j - 1].text not in "”》":
            j -= 1
        for k in range(j - 1):  # (启动, 实施: a verb of any tag; the first that leaves one)
            if toks[k].text in ctx.args.light or toks[k].text in ctx.args.cue_verbs:
                head = self._head(ctx, (toks[k + 1].start, toks[j - 1].end), "cue_includes")
                if head is not None and head.type == "Initiative":
                    return [head]
        return []

    def _module_owner(self, ctx: SentenceContext, prev: list[Tok], out: list[Found],
                      before: int) -> None:
        """X，涵盖A、B等功能模块: a head that names the sections of a whole (``module_heads``)
        hands the list (the edges from ``before`` on) to the whole the clause before ends with,
        when there is one."""
        span = self._tail_phrase(ctx, prev)
        whole = self._head(ctx, span, "cue_includes") if span is not None else None
        if whole is None or whole.type == "Organization":
            return
        items = [f.target for f in out[before:]]
        del out[before:]
        for it in items:
            if it.name != whole.name:
                out.append(Found(whole, "INCLUDES", it, "cue_includes"))

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
            if toks[i].text == "”":  # 开展“乐享X”活动: a quoted name is whole, whatever its words
                i = next((k for k in range(i - 1, -1, -1) if toks[k].text == "“"), i)
        if j < len(toks) and toks[j].text in ("》", "”"):
            # 发布了《X清单》，涵盖…: the whole title, without its marks
            k = next((k for k in range(j - 1, -1, -1) if toks[k].text in ("《", "“")), None)
            if k is not None and k + 1 < j:
                return toks[k + 1].start, toks[j - 1].end
        return (toks[i].start, toks[j - 1].end) if i < j else None

    def _held_event(self, ctx: SentenceContext, toks: list[Tok],
                    before: list[Tok] | None = None) -> tuple[int, int] | None:
        """A clause that says when an event is held (X于每年5月举行, Y将于下月启动): X, before
        于 (and the adverbs or modals before it), owns the list of the clause after it (…，包括
        A、B等板块). A held clause without subject (X以Y为主题，将于5月举办，包括A、B) takes the
        noun phrase that opens the clause ``before`` it."""
        j = len(toks)
        while j and toks[j - 1].tag == "x":
            j -= 1
        if j < 4 or toks[j - 1].text not in ctx.lex.words("event_held_verbs"):
            return None
        k = next((k for k in range(1, j - 1) if toks[k].text == "于"), None)
        if k is None:
            return None
        i = ctx.args._lead_end(toks, 0, k, light=False)
        while k > i and (toks[k - 1].tag == "d" or toks[k - 1].text in ctx.args.modals):
            k -= 1  # (X将于5月举办: the adverb is no part of the name)
        if i >= k and before:  # (X以Y为主题，将于5月举办: X opens the clause before)
            toks, i = before, ctx.args._lead_end(before, 0, len(before), light=False)
            k = next((j for j in range(i, len(toks)) if toks[j].tag in ("p", "v", "x")),
                     len(toks))
            if k >= len(toks) or toks[k].tag != "p":
                return None  # (only a subject before a phrase of the clause: X以Y为主题)
        if i >= k or any(t.tag in ("p", "x") and t.text not in "“”" for t in toks[i:k]):
            return None
        span = (toks[i].start, toks[k - 1].end)
        # (举办“甲乙”消费季。消费季于…举行: a bare head repeats the name just before)
        head = self._antecedent(ctx, span) or self._head(ctx, span, "cue_includes")
        return (head.start, head.end) if head is not None and head.type == "Initiative" \
            else None

    def _launched_subject(self, ctx: SentenceContext, toks: list[Tok]) -> Ent | None:
        """A clause that says its subject was put out (第三批X政策近日出台, Y方案近日正式印发:
        ``launch_close_verbs``, the time words and adverbs before the verb no part of it): the
        subject, an initiative, owns the list of the clause after it (…，包括A、B等)."""
        j = len(toks)
        while j and toks[j - 1].tag == "x" and toks[j - 1].text not in "”》":
            j -= 1
        if j < 2 or toks[j - 1].text not in ctx.lex.words("launch_close_verbs"):
            return None
        k = j - 1
        while k > 0 and (toks[k - 1].tag in ("d", "t", "ad")
                         or toks[k - 1].text in ctx.args.modals):
            k -= 1  # (日前, 近日, 正式, 将: no part of the name)
        i = ctx.args._lead_end(toks, 0, k, light=False)
        if i >= k or any(t.tag in ("p", "x", "uj") and t.text not in "“”《》" for t in toks[i:k]):
            return None
        span = (toks[i].start, toks[k - 1].end)
        head = self._antecedent(ctx, span) or self._head(ctx, span, "cue_includes") or \
            ctx.args.entity(span[0], span[1], "cue_includes")  # (新一批X政策: a count inside)
        return head if head is not None and head.type == "Initiative" else None

    def _postposed_count(self, ctx: SentenceContext, toks: list[Tok]) -> tuple[int, int] | None:
        """A clause that ends with a noun and its count after it (开工民生项目12个，其中包括A、B):
        the noun phrase before the count owns the list."""
        j = len(toks)
        while j and toks[j - 1].tag == "x":
            j -= 1
        if j < 3:
            return None
        m = ctx.lex.regex("count_tail").search(ctx.sim, toks[0].start, toks[j - 1].end)
        if m is None or m.end() != toks[j - 1].end:
            return None
        k = next((k for k in range(j) if toks[k].end > m.start()), j)
        if k < 1 or toks[k].start != m.start():
            return None
        if k > 1 and toks[k - 1].text in ctx.lex.words("total_words"):
            k -= 1  # 《规定》共19条，包括A、B: a word of the total between the noun and count
        if not toks[k - 1].noun:
            return None
        return self._tail_phrase(ctx, toks[:k])

    @staticmethod
    def _ordinal_whole(ctx: SentenceContext, toks: list[Tok]) -> tuple[int, int] | None:
        """An ordinal item that names one kind of a whole with a 的-phrase (二是面向青年的文化
        服务，如A、B): the item is the whole of the list after it, 的-phrase and all. An item that
        opens with a verb is a task (一是加强X的建设), no kind."""
        j = len(toks)
        while j and toks[j - 1].tag == "x":
            j -= 1
        m = ctx.lex.regex("ordinal_at").match(ctx.sim, toks[0].start) if toks else None
        if m is None or j < 3:
            return None
        k = next((k for k, t in enumerate(toks) if t.start >= m.end()), None)
        if k is None or toks[k].start != m.end() or ctx.args.is_verb(toks[k]) or \
                not any(t.text == "的" for t in toks[k + 1:j - 1]) or \
                any(t.tag == "x" and t.text not in "“”" for t in toks[k:j]):
            return None
        return (toks[k].start, toks[j - 1].end) if toks[j - 1].end - toks[k].start <= 24 else None

    @staticmethod
    def _state_topic(ctx: SentenceContext, toks: list[Tok]) -> tuple[int, int] | None:
        """A clause that only says how its topic fares, noun by noun (X规模大、质量高，涵盖…):
        the topic, before the first noun an adjective describes (X强: X)."""
        j = len(toks)
        while j and toks[j - 1].tag == "x":
            j -= 1
        if j < 3 or toks[j - 1].tag != "a" or not toks[j - 2].noun:
            return None
        k = next(k for k in range(1, j) if toks[k].tag == "a" and toks[k - 1].noun)
        return ctx.args.subject(toks, k - 1) if k > 1 else (toks[0].start, toks[0].end)

    def _defined_topic(self, ctx: SentenceContext, idx: int) -> tuple[int, int] | None:
        """X是一项Y，涵盖A、B / X，是以…为载体的Y，主要包括A、B: a copula of definition in one of
        the three clauses before clause ``idx`` whose predicate is counted (一项…) or a 的-phrase
        only describes its topic, the subject before the copula (or the phrase that ends the
        clause before one that opens with it), which owns the list."""
        for back in range(idx - 1, max(-1, idx - 4), -1):
            toks = ctx.tokens(ctx.clauses[back])
            q = next((k for k, t in enumerate(toks) if t.text in self.defining), None)
            if q is None:
                continue
            if q + 1 >= len(toks) or (q and toks[q - 1].tag in ("m", "x")):
                return None  # (二是X，涵盖A: an ordinal item, no definition)
            pred = ctx.sim[toks[q + 1].start:ctx.clauses[idx - 1][1]]
            if not (self._count_prefix.match(pred) or "的" in pred):
                return None
            if q > 0:
                return ctx.args.subject(toks, q)
            return self._tail_phrase(ctx, ctx.tokens(ctx.clauses[back - 1])) if back else None
        return None

    @staticmethod
    def _counted_launch(ctx: SentenceContext, cl: tuple[int, int]) -> Ent | None:
        """The one counted thing the clause ``cl`` launched or put out (临江县出台8条措施扶持
        X: 8条措施), which owns a list after it (…，包括A、B)."""
        launched = ctx.state.objects.get(cl) or []
        if len(launched) != 1 or launched[0].type != "Initiative" or \
                not any(ch.isdigit() or ch in "一二三四五六七八九十两" for ch in
                        ctx.sim[launched[0].start:launched[0].start + 3]):
            return None
        return launched[0]
