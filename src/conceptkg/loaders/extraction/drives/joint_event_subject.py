"""A clause that says two things grow together (``A与B进一步深度融合，促进C``) as the driver of
a cue clause after it: the joining of A and B, said as a predicate, drives C (the nominal form
``A与B的深度融合，促进C`` is read by :mod:`.process_subject`). The clause must hold nothing but
the two things, one word of ``mutual_joins`` between them, adverbs (``filler``) and a closing
word of ``joint_tails``; neither thing may be an actor (甲公司与乙公司深度融合 says who works
together, no process that drives).
"""

from __future__ import annotations

from ..discourse.context import SentenceContext
from ..words.tokens import Tok

__all__ = ["joint_event_subject"]

_Span = tuple[int, int]


def _thing(ctx: SentenceContext, words: list[Tok]) -> bool:
    """``words`` name one thing: nouns only, no verb or preposition, not an actor; a pronoun
    only as a determiner before a noun (其他产业), not on its own (我们)."""
    if not words or words[-1].end - words[0].start < 2:
        return False
    if any(t.tag in ("p", "x", "m", "uj", "c", "d", "t") for t in words) or \
            any(t.tag == "r" for t in words[-1:]) or \
            not ctx.args.phrase_ok(words) or not words[-1].noun:
        return False
    s, e = words[0].start, words[-1].end
    return not (ctx.args.organisation(s, e) or ctx.args.is_place(s, e))


def joint_event_subject(ctx: SentenceContext, toks: list[Tok], joins: frozenset[str]
                        ) -> tuple[_Span, tuple[str, ...]] | None:
    """The span of ``A与B…融合`` that ``toks`` (one clause) consist of, and the pair ``A与B`` as
    an alias; None when the clause is anything else."""
    n = len(toks)
    while n and toks[n - 1].tag == "x":
        n -= 1
    tails = tuple(ctx.lex.list("joint_tails"))
    if n < 4:
        return None
    a = ctx.args._lead_end(toks, 0, n, light=False)
    if a >= n:  # (a clause of leading words only)
        return None
    tail = next((w for w in tails if ctx.sim.endswith(w, toks[a].start, toks[n - 1].end)), None)
    if tail is None:
        return None
    end = toks[n - 1].end
    tail_start = end - len(tail)
    k = next((j for j in range(a, n) if toks[j].start >= tail_start), None)
    if k is None or toks[k].start != tail_start:
        return None  # (the closing word must be a word of its own: 再融合 is none)
    filler = ctx.lex.regex("only_filler")
    m = next((j for j in range(a + 1, k + 1)
              if filler.match(ctx.sim[toks[j].start:tail_start])), None)  # adverbs before it
    if m is None:
        return None
    pair = toks[a:m]
    js = [j for j, t in enumerate(pair) if t.text in joins]
    if len(js) != 1 or not _thing(ctx, pair[:js[0]]) or not _thing(ctx, pair[js[0] + 1:]):
        return None
    return (toks[a].start, end), (ctx.sim[toks[a].start:pair[-1].end],)
