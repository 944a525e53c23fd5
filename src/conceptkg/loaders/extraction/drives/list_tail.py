"""The last item of a list a cue drives, joined by a conjunction (带动A、B和C, 赋能A、B以及C): the
list reader splits at 、 only, so the item after the conjunction was cut off the last one. It is
driven too when it is a short noun phrase that closes the clause (no verb inside, no 的, no
figure: 带动A、B和C增长20% keeps C only when the figure is no part of it, so none is added).
"""

from __future__ import annotations

from ..discourse.context import SentenceContext
from ..words.tokens import Tok

__all__ = ["list_last_item"]

#: the most characters of a last item
_MOST = 8

_Obj = tuple[int, int, bool]


def list_last_item(ctx: SentenceContext, toks: list[Tok], objs: list[_Obj],
                   cues: frozenset[str]) -> list[_Obj]:
    """``objs`` with the item after a ``target_joins`` word that follows the last one (when
    ``objs`` holds two or more items split at 、), else ``objs`` unchanged."""
    if len(objs) < 2:
        return objs
    k = next((j for j, t in enumerate(toks) if t.start == objs[-1][1]), None)
    if k is None or toks[k].text not in ctx.lex.words("target_joins") or k + 1 >= len(toks):
        return objs
    if ctx.sim[objs[-2][1]:objs[-1][0]].strip() != "、":
        return objs  # (the items must be a list split at 、)
    end = len(toks)
    while end > k + 1 and toks[end - 1].tag == "x" and toks[end - 1].text not in "”》":
        end -= 1
    words = toks[k + 1:end]
    if not words or any(t.tag == "x" and t.text not in "“”《》" for t in words):
        return objs  # (a clause goes on after it)
    if words[-1].end - words[0].start > _MOST or any(
            t.text == "的" or t.tag in ("m", "mq", "q", "p", "r", "d", "ad")
            or t.text in cues or t.text in ctx.args.light
            or (ctx.args.is_verb(t) and t is not words[-1]) for t in words):
        return objs
    if ctx.args.is_verb(words[-1]) and len(words) == 1:
        return objs  # (A、B和提升: a bare verb)
    return [*objs, (words[0].start, words[-1].end, False)]
