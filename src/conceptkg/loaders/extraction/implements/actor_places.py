"""Places as actors of an implementing verb (a short place name, a run of places, a place of the
segmenter's dictionary), for :class:`.cue_actors.ImplementsActors` (a mixin of methods
only; each call's state is the sentence's :class:`~..discourse.context.SentenceContext`)."""

from __future__ import annotations

from ..discourse.context import SentenceContext
from ..words.tokens import Tok, word_tag

__all__ = ["ActorPlaces"]

#: how far back (characters) the place a word like 县里 stands for may be named
_ANAPHOR_WINDOW = 1500


class ActorPlaces:
    """Places before an implementing verb (see the module)."""

    def _short_place(self, ctx: SentenceContext, t: Tok) -> bool:
        """A two-character word the dictionary knows as a city or county with its level suffix
        (``short_place_suffixes``), whatever its own tag (not a pronoun, a direction, a count
        or a word of time)."""
        return len(t.text) == 2 and t.tag not in ("r", "f", "m", "t", "d", "p", "c") and \
            t.text not in ctx.args.lead and t.text not in ctx.args.weak and \
            any(word_tag(t.text + x) == "ns" for x in self.short_places)

    def _place_chain(self, ctx: SentenceContext, toks: list[Tok], k: int, q: int
                     ) -> tuple[int, int, str, int] | None:
        """海州临江推出X: a place written after the larger place it lies in acts (the whole
        run is its name, the last place an alias). The run opens with a place the language data
        or a level suffix names (湖南, 甲省), not one the dictionary alone tags (扎根/ns)."""
        if k >= q or not self._named_place(ctx, toks[k]):
            return None
        j = k
        while j < q and toks[j].tag == "ns" and ctx.args.is_place(toks[j].start, toks[j].end) \
                and not toks[j].text.endswith(self.feature_places):
            j += 1  # (not 甲国乙市丙大街: a street or square is no government)
        if j - k < 2:
            return None
        return toks[k].start, toks[j - 1].end, ctx.sim[toks[k].start:toks[j - 1].end], j

    @staticmethod
    def _named_place(ctx: SentenceContext, t: Tok) -> bool:
        """A place the language data names (``places``) or a name with its level (甲省,
        ``place_patterns``), not a word the dictionary alone tags as a place."""
        if ctx.dm.at_of_type(t.start, t.end, ("Place",)) is not None:
            return True
        return bool(ctx.args.place_re and ctx.args.place_re.match(t.text))

    def _named_short_place(self, ctx: SentenceContext, toks: list[Tok], k: int, q: int
                           ) -> tuple[int, int, str, int] | None:
        """甲乙实施X, where the document names 甲乙县 (甲乙市 …, ``short_place_suffixes``): two
        characters right before the verb that the dictionary splits stand for that place (the
        name with its level, the place that acts)."""
        j = k + 1 if len(toks[k].text) == 2 else k + 2
        if j != q or any(t.tag in ("x", "m") for t in toks[k:j]):
            return None
        s, e = toks[k].start, toks[j - 1].end
        stem = ctx.sim[s:e]
        if len(stem) != 2 or any(c in ctx.lex.charset("not_place_start_chars") for c in stem):
            return None
        if word_tag(stem) not in (None, "ns", "nr", "nz"):
            return None  # (a word of the dictionary: 这里, 企业)
        for level in self.short_places:
            if stem + level in ctx.sim:
                return s, e, stem + level, j
        return None

    def _place_anaphor(self, ctx: SentenceContext, t: Tok) -> str | None:
        """县里实施X, 该县打造Y (``place_anaphors``): the nearest place of the word's level named
        before it (two characters that no dictionary word makes, or a place word, + the
        level), else None."""
        if t.text not in ctx.lex.list("place_anaphors"):
            return None
        level = next((c for c in t.text if c in "省市县区镇乡"), "")
        stops = ctx.lex.charset("not_place_start_chars")
        floor = max(0, t.start - _ANAPHOR_WINDOW)
        at = ctx.sim.rfind(level, floor, t.start)
        while at >= floor + 2:
            stem = ctx.sim[at - 2:at]
            if not any(c in stops or not "\u4e00" <= c <= "\u9fff" for c in stem) and \
                    word_tag(stem) in (None, "ns", "nr", "nz", "n") and \
                    word_tag(stem + level) in (None, "ns", "nr", "nz") and \
                    word_tag(ctx.sim[at:at + 2]) is None:  # (not 重塑县域, 市场: a word after)
                return stem + level
            at = ctx.sim.rfind(level, floor, at)
        return None

