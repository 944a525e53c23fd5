"""Where the head of a ``B、C 等 H`` list ends when an aspect of H follows it inside the same
run of nouns (等H供需调度, 等H物流需求量, 等H报告发病率, 等H规模化应用): what follows names how H
is handled, measured or used, not a kind of thing, so the head is H alone (the longer span stays
an alias of it), and where it ends before a measure word (等H销量). Called from
:meth:`.cue_includes_etc.EtcLists._etc`.
"""

from __future__ import annotations

from .context import SentenceContext
from .tokens import Tok

__all__ = ["aspect_cut", "before_measure"]


def aspect_cut(ctx: SentenceContext, words: list[Tok], kinds: tuple[str, ...]) -> int | None:
    """The index of the first word after the head, or None. After nouns only (two characters
    at least), that word is an aspect word (``head_aspect_words``: 供需, 物流) before a word that
    names no kind of thing (``kinds``: 等H物流园区 keeps 物流园区), or a word of manner ending in
    化 (规模化) before a verb or a nominal verb. An aspect word that ends the phrase names the
    kind itself (等冷链物流), and so does 化 there (等农业现代化)."""
    aspects = ctx.lex.words("head_aspect_words")
    nominal = ctx.lex.words("nominal_verbs")
    for j in range(1, len(words) - 1):
        w, nxt = words[j], words[j + 1]
        if not words[j - 1].noun:
            return None
        if w.text in aspects:
            fits = not nxt.text.endswith(kinds)
        elif len(w.text) >= 3 and w.text.endswith("化"):
            fits = nxt.verb or nxt.text in nominal
        else:
            continue
        return j if fits and sum(len(t.text) for t in words[:j]) >= 2 else None
    return None


def before_measure(sim: str, s: int, ends: tuple[int, ...], tails: tuple[str, ...]
                   ) -> int | None:
    """Where the head ends when sim[s:end] (for the first end that has one) closes with a
    measure word of ``tails`` (产量, 进度): the position before that word."""
    for end in ends:
        tail = next((t for t in tails if sim.endswith(t, s, end) and end - s > len(t)), None)
        if tail is not None:
            return end - len(tail)
    return None
