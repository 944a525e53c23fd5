"""A vague list head with a description before it (A、B等丰富多彩的活动, A等形式多样的活动): as
vague as the bare head (``weak_args``), so what is held is the items named, not the description.
A head qualified by a noun (A等地区的活动) is not: it may name a kind."""

from __future__ import annotations

from ..discourse.context import SentenceContext

__all__ = ["described_weak"]

#: the segmenter's tags of a description (adjectives, idioms, set phrases, states)
_DESCRIPTION_TAGS = ("a", "ad", "an", "i", "l", "z", "d")


def described_weak(ctx: SentenceContext, s: int, e: int) -> bool:
    """Whether ``sim[s:e]`` is a weak head (``weak_args``) or one after a description and 的."""
    text = ctx.sim[s:e]
    if text in ctx.args.weak:
        return True
    i = text.rfind("的")
    if i <= 0 or text[i + 1:] not in ctx.args.weak:
        return False
    words = ctx.tokens((s, s + i))
    return bool(words) and all(t.tag in _DESCRIPTION_TAGS for t in words)
