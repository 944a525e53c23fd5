"""A driven thing cut short before a word of activity (``赋能甲生产运营提质增效``,
``推动乙物流配送降本增效``): when the object a cue reads stops at a nominal activity word (tagged
``vn``, like 运营, 管理, 配送) and one or two such words lead straight to a change word of
``change_tails`` that closes the object, the activity words belong to the thing: it is the whole
run before the change word (the run with the change word is its alias, see
:mod:`.target_tails`).

Only nominal activity words (``vn``) extend the thing, never a plain verb (``推动企业加快转型升级``
keeps 企业: 加快 is a verb of its own), a cue verb, a light verb or a lead word."""

from __future__ import annotations

from ..discourse.context import SentenceContext
from ..words.tokens import Tok
from .target_tails import change_tail_end

__all__ = ["activity_tail_end"]

#: at most this many activity words between the thing and its change word
_MOST = 2


def activity_tail_end(ctx: SentenceContext, toks: list[Tok], end: int,
                      cues: frozenset[str]) -> int | None:
    """The end of the activity words that follow a driven phrase ending at ``end`` and lead to
    a closing change word (the new end of the phrase), else None (no change there, or the
    phrase already closes at a change word)."""
    if change_tail_end(ctx, toks, end) is not None:
        return None
    k = next((j for j, t in enumerate(toks) if t.start == end), None)
    if k is None:
        return None
    skip = ctx.args.light | ctx.args.lead | cues
    stop = k
    while stop < len(toks) and stop - k < _MOST and toks[stop].tag == "vn" and \
            toks[stop].text not in skip:
        stop += 1
        if change_tail_end(ctx, toks, toks[stop - 1].end) is not None:
            return toks[stop - 1].end
    return None
