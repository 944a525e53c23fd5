"""INCLUDES read off a relative clause before a head: ``(健全)涵盖A、B和C的X体系``
(``INCLUDES.relative_verbs``; 覆盖 names a scope: 覆盖全县A和B的X), ``集A、B于一体的X平台``
and ``以A、B为主要内容的X制度`` (``INCLUDES.relative_frames``: the word that opens the list
and the words that close it): the head after 的 includes each listed item. The verb opens its
clause or follows a verb (建立, 形成了); the list has two items or more; the head ends with a
kind word of the schema (体系, 平台, 机制 …) and is read up to the first verb after it.
``涵盖城乡的X`` (one item), ``包括A、B在内的X`` (read by the rules), a list after a
preposition (包含对A、B的敬意) and a list that names its own kind after 等 (集A、B等功能于
一体的X) give nothing here.
"""

from __future__ import annotations

from ...lexicon import Lexicon
from ..discourse.context import SentenceContext
from ..mentions.anchored import any_word
from ..mentions.mention_types import Ent
from ..rules.common import Found
from ..words.tokens import Tok

__all__ = ["RelativeLists"]

_RULE = "cue_includes"


class RelativeLists:
    """Relative including clauses; the host gives ``_head``, ``_items``, ``_emit``, ``etc``,
    ``kind_heads`` and ``rel_heads``."""

    def _relative_setup(self, lex: Lexicon) -> None:
        self.relative_verbs = frozenset(lex.cues("INCLUDES", "relative_verbs"))
        frames = [f.split("|", 1) for f in lex.cues("INCLUDES", "relative_frames")]
        self.relative_frames = [(a, b) for a, b in frames]
        self.relative_marks = tuple(self.relative_verbs) + tuple(a for a, _b in frames)
        self._relative_marks_rx = any_word(self.relative_marks)  # (any of them: one search)

    def _relative(self, ctx: SentenceContext, out: list[Found]) -> None:
        """The edges of every relative including clause of the sentence."""
        sim = ctx.sim
        marks = self._relative_marks_rx
        if sim.find("的", ctx.start, ctx.end) < 0 or not marks.search(sim, ctx.start, ctx.end):
            return
        for cl in ctx.clauses:
            if sim.find("的", *cl) < 0 or not marks.search(sim, *cl):
                continue  # (a word of the clause opens a relative clause only where it is)
            toks = ctx.tokens(cl)
            for q, t in enumerate(toks):
                if t.text in self.relative_verbs and self._relative_opens(ctx, toks, q):
                    de = self._relative_de(toks, q + 1, None)
                elif any(t.text == a for a, _b in self.relative_frames) and \
                        self._relative_opens(ctx, toks, q):
                    close = next(b for a, b in self.relative_frames if a == t.text)
                    de = self._relative_de(toks, q + 1, close)
                else:
                    continue
                if de is None:
                    continue
                end, close_at = de
                etc = next((k for k in range(q + 1, close_at) if toks[k].text in self.etc), None)
                if etc is not None and etc + 1 < close_at:
                    continue  # 集A、B等功能于一体的X: the list sums itself up as a kind
                head = self._relative_head(ctx, toks, end + 1)
                if head is None:
                    continue
                items = self._items(ctx, toks[:close_at], q + 1, _RULE, head)
                if len(items) >= 2:
                    self._emit(ctx, head, items, _RULE, out)
                break

    @staticmethod
    def _relative_opens(ctx: SentenceContext, toks: list[Tok], q: int) -> bool:
        """The verb at ``q`` opens a relative clause: first in its clause, or after a verb (健全
        is an adjective to the dictionary)."""
        if q == 0:
            return True
        before = toks[q - 1]
        if before.text == "了" and q >= 2:
            before = toks[q - 2]
        return (ctx.args.is_verb(before) or before.tag[:1] in ("v", "a")
                or before.text in ctx.args.light) and before.text not in ctx.args.nominal

    @staticmethod
    def _relative_de(toks: list[Tok], i: int, close: str | None
                     ) -> tuple[int, int] | None:
        """The index of the 的 that closes the list from ``i`` and the index where the list's
        words end (before ``close`` when the frame has one); None when no list closes so (no
        separator in it, 在内 or a preposition before the list)."""
        if i < len(toks) and toks[i].tag == "p":
            return None  # 包含对A、B的敬意
        sep = False
        for k in range(i, len(toks)):
            w = toks[k].text
            if w in ("、", "和", "及", "以及", "与"):
                sep = True
            elif w == "在内" or (toks[k].tag == "x" and w not in "“”、"):
                return None
            elif w == "的":
                if not sep or k == i:
                    return None
                if close is None:
                    return k, k
                joined = "".join(t.text for t in toks[i:k])
                if not joined.endswith(close):
                    return None
                cut = k
                while cut > i and not "".join(t.text for t in toks[cut:k]).startswith(close):
                    cut -= 1
                return k, cut
        return None

    def _relative_head(self, ctx: SentenceContext, toks: list[Tok], h: int) -> Ent | None:
        """The head after 的 at token ``h``: its words up to a verb or the clause's end, when it
        ends with a kind word of the schema."""
        end = h
        while end < len(toks):
            w = toks[end]
            if w.text == "“":  # a quoted name is whole, whatever its words
                close = next((k for k in range(end + 1, len(toks)) if toks[k].text == "”"), None)
                if close is None:
                    break
                end = close + 1
                continue
            if w.tag == "x" or (end > h and ctx.args.is_verb(w) and w.text not in ctx.args.nominal):
                if w.tag != "x" and self._verb_in_head(ctx, toks, end):
                    end += 2  # 梯度培育体系: a verb before the kind word qualifies it
                break
            end += 1
        if end <= h:
            return None
        text = ctx.sim[toks[h].start:toks[end - 1].end]
        if len(text) < 3 or not text.endswith(self.kind_heads + tuple(self.rel_heads)):
            return None
        return self._head(ctx, (toks[h].start, toks[end - 1].end), _RULE)

    def _verb_in_head(self, ctx: SentenceContext, toks: list[Tok], k: int) -> bool:
        """The verb at ``k`` is followed by a kind word that ends the head (a noun closing the
        clause or followed by a verb): the verb names what the kind of thing does."""
        n = k + 1
        return n < len(toks) and toks[n].tag[:1] == "n" and \
            toks[n].text.endswith(self.kind_heads + tuple(self.rel_heads)) and \
            (n + 1 == len(toks) or toks[n + 1].tag == "x" or ctx.args.is_verb(toks[n + 1]))
