"""``(当地)已投放200余台清扫车助力街巷保洁``: what a clause puts to work (the object of a
``DRIVES.deploy_verbs`` word right before the cue, its count left out) drives what the cue
names, whoever put it there; a body or a person put to work is no driving thing.
"""

from __future__ import annotations

from collections.abc import Collection

from ..discourse.context import SentenceContext
from ..words.tokens import Tok

__all__ = ["deployed_object"]


def deployed_object(ctx: SentenceContext, toks: list[Tok], q: int, verbs: Collection[str]
                    ) -> tuple[tuple[int, int], tuple[str, ...]] | None:
    """The span of X in ``<deploy verb> (count) X <cue at q>``, with the counted X as an alias;
    None unless only a count and nouns stand between the verb and the cue."""
    d = max((j for j in range(q) if toks[j].text in verbs), default=None)
    if d is None or d + 1 >= q:
        return None
    a = d + 1
    while a < q and (toks[a].tag in ("m", "mq", "q") or toks[a].text in ctx.args.lead
                     or (toks[a].tag == "a" and len(toks[a].text) == 1)):
        a += 1  # (近50万台)
    b = q
    while b > a and toks[b - 1].tag in ("m", "mq", "q"):
        b -= 1  # (无人机300架次)
    words = toks[a:b]
    if not words or not all(t.noun for t in words) or words[-1].end - words[0].start < 2 or \
            not ctx.args.phrase_ok(words) or ctx.args.organisation(words[0].start, words[-1].end):
        return None
    whole = ctx.sim[toks[d + 1].start:toks[q - 1].end]
    return (words[0].start, words[-1].end), ((whole,) if a > d + 1 or b < q else ())
