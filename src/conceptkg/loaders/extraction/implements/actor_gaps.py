"""What may stand between an implementing verb and its actor in
:class:`.cue_implements.CueImplements`: a span of time, a manner word, the party an act is done
to (对/向), a phrase of place or topic, generic partners. A mixin of methods only; the word lists
are :class:`.cue_implements.CueImplements`'s.
"""

from __future__ import annotations

import itertools

from ..discourse.context import SentenceContext
from ..words.tokens import Tok

__all__ = ["ActorGaps"]


class ActorGaps:
    """The gap readers of :class:`.cue_actors.ImplementsActors`."""

    def _time_span_end(self, toks: list[Tok], k: int, q: int) -> int | None:
        """The index after a span of time that opens at toks[k] (自2031年起, 从去年开始:
        ``time_span_opens``, dates or numbers, ``time_span_closes``), or None."""
        j = k + 1
        while j < q and j <= k + 4 and toks[j].tag in ("t", "m", "q"):
            j += 1
        if j == k + 1 or j >= q or toks[j].text not in self.span_closes:
            return None
        return j + 1

    def _manner_run(self, toks: list[Tok], k: int, q: int) -> int:
        """The index after the longest run of up to four words from toks[k] (before q) that
        joins into a manner word (``IMPLEMENTS.manner_nouns``: 分批, 稳妥有序, 适度超前, split
        by the segmenter), or k when none does."""
        text, best = "", k
        for j in range(k, min(q, k + 4)):
            text += toks[j].text
            if text in self.manner:
                best = j + 1
        return best

    @staticmethod
    def _recipient_end(ctx: SentenceContext, toks: list[Tok], k: int, verb: int) -> int | None:
        """The end of the phrase after 对/向 that names whom an act is done to (对30个国家全面
        实施X): nouns, places and counts only, and nothing after the verb's object that would
        make the verb part of a phrase (对甲方建设X表示欢迎: another predicate follows)."""
        j = k
        while j < verb and not toks[j].verb and (
                toks[j].tag not in ("x", "p", "uj", "d", "c") or (
                    toks[j].text in ("和", "与", "及") and j > k and j + 1 < verb
                    and not toks[j + 1].verb)):  # (对甲市和乙县的企业开展X)
            j += 1
        if j == k or not any(t.noun or t.tag == "ns" for t in toks[k:j]) or \
                any(t.text in ctx.args.speech or t.text == "表示" for t in toks[verb + 1:]):
            return None
        return j

    def _scope_end(self, ctx: SentenceContext, toks: list[Tok], k: int, q: int) -> int | None:
        """The end of the phrase of place or topic that opens at toks[k] (``scope_words``)
        before the verb at q; None when a preposition that relates the actor to another party
        (在与X合作中, 在对X…), a verb or a clause mark stands in it, or the verb opens a
        relative clause."""
        etc = next((j for j in range(q - 1, k, -1) if toks[j].text == "等"), None)
        # 海州在A、B、C等领域成立X: a list closed by 等 and a noun names the scope
        listed = etc is not None and 0 < q - etc <= 3 and all(t.noun for t in toks[etc + 1:q])
        if (q - k > 9 and not (listed and q - k <= 30)) or \
                (q + 1 < len(toks) and toks[q + 1].text == "的"):
            return None  # (海州市在临江市举办的X上…: the verb is another's, in a relative clause)
        listed = listed or self._place_list(ctx, toks, k + 1, q)
        for t in toks[k + 1:q]:
            if t.text in self.relating_preps or (t.tag == "x" and t.text not in "“”《》"
                                                 and not (listed and t.text == "、")) or \
                    t.text in self.enabling or t.text in self.control:
                return None  # (在X期间允许乙国部署Y: the verb is another's)
        return q

    @staticmethod
    def _place_list(ctx: SentenceContext, toks: list[Tok], a: int, b: int) -> bool:
        """toks[a:b] is a list of places (甲部针对乙省、丙省启动X: the scope of the act)."""
        cuts = [a - 1, *(j for j in range(a, b) if toks[j].text in ("、", "和", "及")), b]
        return len(cuts) > 2 and all(
            y > x + 1 and ctx.args.is_place(toks[x + 1].start, toks[y - 1].end)
            for x, y in itertools.pairwise(cuts))

    def _partner_end(self, ctx: SentenceContext, toks: list[Tok], k: int, q: int) -> int:
        """The end of a generic partner after 会同/联合 (有关方面, 相关部门: ``partner_words``):
        the actor acts with them."""
        while k < q and (toks[k].text in ctx.args.weak or toks[k].text in self.gap_words
                         or toks[k].tag == "r"):
            k += 1
        return k
