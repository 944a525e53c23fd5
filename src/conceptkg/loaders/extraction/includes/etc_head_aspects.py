"""Where the head of a ``B、C 等 H`` list ends when an aspect of H follows it inside the same
run of nouns (等H供需调度, 等H物流需求量, 等H报告发病率, 等H规模化应用): what follows names how H
is handled, measured or used, not a kind of thing, so the head is H alone (the longer span stays
an alias of it), where it ends before a measure word (等H销量), and where it ends before an
activity word when every item names a thing of the kind before that word (甲港区、乙港区等重点
港区建设: 重点港区; the items say which kind the head is), and where a list used as an
instrument ends its head (运用A、B等先进传感技术改造X: 先进传感技术). Called from
:meth:`.cue_etc.EtcLists._etc`.
"""

from __future__ import annotations

from ..discourse.context import SentenceContext
from ..words.tokens import Tok

__all__ = ["aspect_cut", "before_measure", "instrument_end", "kind_before_activity"]


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
    measure word of ``tails`` (产量, 进度): the position before that word; else, where the
    first end cuts a measure word in two (等H营业|收入突破: the head was cut inside 营业收入),
    the position before it."""
    for end in ends:
        tail = next((t for t in tails if sim.endswith(t, s, end) and end - s > len(t)), None)
        if tail is not None:
            return end - len(tail)
    end = ends[0]
    for t in tails:
        p = sim.find(t, max(s + 1, end - len(t) + 1), end + len(t) - 1)
        if p > s and p + len(t) > end:
            return p
    return None


def kind_before_activity(ctx: SentenceContext, items: list[Tok], words: list[Tok]) -> int | None:
    """The index of the head's last word (a verb or verbal noun: 建设, 改造) when every item
    of the list (``items``: its words up to 等) ends with the word before it (甲港区、乙港区等
    重点港区建设: the items are 港区, the head 重点港区), else None."""
    if len(words) < 2 or words[-1].tag not in ("v", "vn") or not words[-2].noun or \
            len(words[-2].text) < 2:
        return None
    text = ctx.sim[items[0].start:items[-1].end] if items else ""
    parts = [p.strip("“”") for p in text.split("、")]
    if len(parts) < 2 or not all(p.endswith(words[-2].text) and len(p) > len(words[-2].text)
                                 for p in parts):
        return None
    return len(words) - 1


def instrument_end(ctx: SentenceContext, toks: list[Tok], a: int, s: int, e: int) -> int | None:
    """Where the head ``sim[s:e]`` of a list that starts at token ``a`` ends when a verb of use
    (``DRIVES.instrument``: 运用, 利用, 借助 …) opens the list: right after its first word of
    an instrument's kind (``instrument_kinds``: 技术, 手段 …) that more words follow (运用A、B等
    先进传感技术改造X: what follows is what the instrument does); None otherwise."""
    if a < 1 or toks[a - 1].text not in ctx.lex.cues("DRIVES", "instrument"):
        return None
    text = ctx.sim[s:e]
    ends = [i + len(k) for k in ctx.lex.words("instrument_kinds")
            if (i := text.find(k)) > 0 and i + len(k) < len(text)]
    return s + min(ends) if ends else None
