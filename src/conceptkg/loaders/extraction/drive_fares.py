"""A clause that only says how a thing fares, in words no list names: a noun phrase, adverbs
of degree or pace, and verbs with no object (A不断壮大, A加速集聚壮大, A持续拓宽).

The DRIVES component reads ``A …，带动B`` as A driving B when the clause before the cue only
says how A fares. The ``state_predicates`` of the language data name the usual ways (同比增长,
稳中有升); this reads the rest by their shape: at least one adverb right before the first verb,
and nothing after the verb but verbs and adverbs (甲产业不断壮大 fares; 甲产业不断吸引投资 acts
on an object, and 各地加快推进 has no thing before the adverb).
"""

from __future__ import annotations

from .context import SentenceContext
from .tokens import Tok

__all__ = ["fares_from"]

_ADVERBS = frozenset({"d", "ad", "vd"})
_PREDICATE = frozenset({"v", "vd", "vi", "a", "ad", "d", "x", "ul"})


def fares_from(ctx: SentenceContext, toks: list[Tok], b: int, k: int, n: int) -> int | None:
    """The index where the predicate of how a thing fares opens (its first adverb) when the
    verb at ``k`` closes such a clause (see the module), else None."""
    j = k
    while j > b and (toks[j - 1].tag in _ADVERBS or toks[j - 1].text in ctx.args.lead):
        j -= 1
    if j == k or j <= b or not toks[j - 1].noun or toks[j - 1].tag in ("nr", "nrfg", "ns", "r"):
        return None
    if any(t.verb or t.tag == "p" for t in toks[b:j]):
        return None  # (使A进一步下降: a verb before the phrase, which is its object)
    if any(t.tag not in _PREDICATE or t.text in ctx.args.cue_verbs for t in toks[k:n]):
        return None
    return j
