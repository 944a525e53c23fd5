"""A clause that only says how a thing fares, in words no list names: a noun phrase, adverbs
of degree or pace, and verbs with no object (A不断壮大, A加速集聚壮大, A持续拓宽), or one verb
and a figure (A惠及20万人次, A覆盖300个村).

The DRIVES component reads ``A …，带动B`` as A driving B when the clause before the cue only
says how A fares. The ``state_predicates`` of the language data name the usual ways (同比增长,
稳中有升); this reads the rest by their shape: at least one adverb right before the first verb
and nothing after the verb but verbs and adverbs (甲产业不断壮大 fares, and so does 甲网络不断完善
where the segmenter reads the adverb and the verb as one idiom; 甲产业不断吸引投资 acts
on an object, and 各地加快推进 has no thing before the adverb), or a verb whose only object is
a figure and its unit.
"""

from __future__ import annotations

from ..discourse.context import SentenceContext
from ..words.tokens import Tok

__all__ = ["fares_from", "fused_lead_idiom"]

_ADVERBS = frozenset({"d", "ad", "vd"})
_PREDICATE = frozenset({"v", "vd", "vi", "a", "ad", "d", "x", "ul"})
_FIGURE = frozenset({"m", "mq", "q", "x", "eng"})
_FUSED = frozenset({"l", "i"})


def _figure(words: list[Tok]) -> bool:
    """``words`` are a figure and its unit (20万人次, 300个村, 1.2倍)."""
    return bool(words) and words[0].tag in ("m", "mq") and all(
        t.tag in _FIGURE or (t.noun and len(t.text) <= 2 and k and words[k - 1].tag in _FIGURE)
        for k, t in enumerate(words))


def fares_from(ctx: SentenceContext, toks: list[Tok], b: int, k: int, n: int) -> int | None:
    """The index where the predicate of how a thing fares opens (its first adverb, or the
    verb) when the verb at ``k`` closes such a clause (see the module), else None."""
    fused = fused_lead_idiom(ctx, toks[k]) and len(toks[k].text) == 4
    j = k
    while j > b and (toks[j - 1].tag in _ADVERBS or toks[j - 1].text in ctx.args.lead):
        j -= 1
    if j <= b or not toks[j - 1].noun or toks[j - 1].tag in ("nr", "nrfg", "ns", "r"):
        return None
    if any(t.verb or t.tag == "p" or t.text in ctx.lex.wordset("comparison_words")
           for t in toks[b:j]):
        return None  # (使A进一步下降: a verb before the phrase, which is its object; 较A下降:
        # what A is compared with)
    if toks[k].text in ctx.args.cue_verbs:
        return None
    if _figure(toks[k + 1:n]) and toks[k].verb:
        return j  # A惠及20万人次，带动B
    if (j == k and not fused) or any(t.tag not in _PREDICATE or t.text in ctx.args.cue_verbs
                                     for t in toks[k + fused:n]):
        return None
    return j


def fused_lead_idiom(ctx: SentenceContext, t: Tok) -> bool:
    """``t`` is an adverb and a verb read as one idiom (不断完善/l, 持续向好/i, 持续上升): a lead
    word opens it."""
    return t.tag in _FUSED and t.text[:2] in ctx.args.lead
