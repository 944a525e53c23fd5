"""``A为推进B作出了(重要)贡献``, ``A为促进B发挥了(积极)作用``: a contribution made to a cue
phrase, read like ``为B提供动力`` (:class:`.cue_provide.DriveProvide`): A drives B.

The words after 为 must open (past adverbs) with a DRIVES verb or a verb of progress
(``instrument_verbs``: 推进); then come one of ``contribution_verbs`` (作出, 发挥), one of
``contribution_aspects`` (了: the contribution is made; ``愿为推动B作出更大贡献`` is a will) and,
within a few words, one of ``contribution_nouns`` (贡献, 作用) that closes the clause. Without
the cue (``为当地作出了贡献``), or with a noun that does not close the clause (``发挥了作用的
机制``), nothing is read. The phrase driven ends before a list item that opens with a verb that
is no cue (``为推进A、维护C作出了贡献``: A only). A goal named as a noun needs no cue
(``A为全省双碳目标实现作出了积极贡献``; the caller keeps bodies and people from driving).
"""

from __future__ import annotations

from collections.abc import Collection

from ..discourse.context import SentenceContext
from ..words.tokens import Tok

__all__ = ["contribution"]

_REACH = 4  # words at most between the aspect word and the noun (重要, 积极, 的)


def contribution(ctx: SentenceContext, toks: list[Tok], wei: int,
                 cues: Collection[str]) -> tuple[int, int, int] | None:
    """(index of the contribution verb, index of its noun, end of the driven phrase) of
    ``为<cue>B<verb>了…<noun>`` with 为 at ``wei``, else None."""
    verbs = ctx.lex.cues("DRIVES", "contribution_verbs")
    nouns = ctx.lex.cues("DRIVES", "contribution_nouns")
    aspects = ctx.lex.cues("DRIVES", "contribution_aspects")
    if not verbs or not nouns:
        return None
    n = len(toks)
    a = wei + 1
    while a < n and (toks[a].tag in ("d", "ad") or toks[a].text in ctx.args.lead) and \
            toks[a].text not in cues:
        a += 1  # 为大力推进B
    if a >= n:
        return None
    goal = toks[a].text not in cues  # 为全省双碳目标实现作出了贡献: a goal named as a noun
    if goal and not toks[a].noun:
        return None
    pv = next((k for k in range(a + 1 if goal else a + 2, n) if toks[k].text in verbs), None)
    if pv is None or pv + 1 >= n or toks[pv + 1].text not in aspects:
        return None
    noun = next((k for k in range(pv + 2, min(n, pv + 3 + _REACH)) if toks[k].text in nouns),
                None)
    if noun is None or any(t.tag != "x" for t in toks[noun + 1:]):
        return None
    if goal:
        return _goal(ctx, toks, a, pv, noun)
    end = next((k for k in range(a + 1, pv) if toks[k - 1].text == "、" and
                toks[k].text not in cues and ctx.args.is_verb(toks[k])), pv)
    return pv, noun, end - 1 if end < pv else pv


def _goal(ctx: SentenceContext, toks: list[Tok], a: int, pv: int, noun: int
          ) -> tuple[int, int, int] | None:
    """``为<goal>(实现)作出了贡献``: the contribution when the words from ``a`` to the verb at
    ``pv`` are nouns ending in a ``drive_contribution_goal_nouns`` word (a word of
    ``drive_contribution_goal_tails`` after it is left out), with no place or body alone."""
    end = pv
    if end - 1 > a and toks[end - 1].text in ctx.lex.words("drive_contribution_goal_tails"):
        end -= 1
    words = toks[a:end]
    if not words or any(t.tag in ("p", "v", "d", "ad", "r", "m") and t.text != "、"
                        for t in words):
        return None
    if not words[-1].text.endswith(ctx.lex.words("drive_contribution_goal_nouns")):
        return None
    return pv, noun, end
