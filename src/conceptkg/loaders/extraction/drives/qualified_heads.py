"""A cue's object that is a list of qualities before one head: ``推动形成A、B、C的H`` (each
quality ends with a word of ``quality_suffixes``: 多中心、网络化的H is no list of things) and
``促进形成以A、B为主要形态的H`` name one thing driven, H (the whole phrase stays an alias),
not each quality (集约型、智能化的发展格局 is one pattern of development)."""

from __future__ import annotations

from itertools import pairwise

from ..arguments.phrases import Ent
from ..discourse.context import SentenceContext
from ..words.tokens import Tok
from .cue_args import ACTORS

__all__ = ["qualified_list_head"]

#: the longest quality a list of qualities holds (多中心, 网络化, 以城市群)
_MAX_ITEM = 6


def qualified_list_head(ctx: SentenceContext, toks: list[Tok], i: int, rule: str) -> Ent | None:
    """H of ``A、B的H`` (or ``以A、B为…的H``) after token ``i`` up to the clause end, or None."""
    n = len(toks)
    while i < n and toks[i].text in ctx.args.light:
        i += 1  # 推动形成A、B的H: the light verb opens no quality
    end = next((j for j in range(i, n) if toks[j].tag == "x"
                and toks[j].text not in ("、", "“", "”")), n)
    commas = [j for j in range(i, end) if toks[j].text == "、"]
    if not commas or any(toks[j].text in ("的", "等", "和", "及") for j in range(i, commas[-1])):
        return None
    de = next((j for j in range(commas[-1] + 1, end) if toks[j].text == "的"), None)
    if de is None or de + 1 >= end:
        return None
    suffixes = ctx.lex.words("quality_suffixes")
    frame = toks[i].text == "以" and any(toks[j].text == "为" for j in range(commas[-1], de))
    bounds = [i - 1, *commas, de]
    for a, b in pairwise(bounds):
        words = toks[a + 1:b]
        if frame and b == de:
            words = words[:next((k for k, t in enumerate(words) if t.text == "为"), len(words))]
        text = "".join(t.text for t in words)
        if not words or len(text) > _MAX_ITEM or ctx.lex.lookup(text) is not None or (
                not frame and (
                any(t.verb for t in words) or not text.endswith(suffixes))):
            return None  # (推进A、B的关键时期: A and B are pushed; the period is no quality's;
            # 新型工业化、城镇化的协调发展: known things, each driven)
    e = de + 1
    while e < end and (toks[e].noun or toks[e].tag == "b"):
        e += 1
    if e == de + 1 or (e < end and toks[e].tag not in ("x", "d", "ad", "v", "p", "c")):
        return None
    whole = ctx.sim[toks[i].start:toks[e - 1].end]
    ent = ctx.args.entity(toks[de + 1].start, toks[e - 1].end, rule, extra_aliases=(whole,))
    return ent if ent is not None and ent.type not in ACTORS else None
