"""Where a word of the sentence stands: the tokens of the clause that holds its first occurrence,
and the indexes of the tokens it starts and ends on. Shared by the frames that open on a
fixed word (B得益于A, B离不开A的支撑)."""

from __future__ import annotations

from ..discourse.context import SentenceContext
from ..words.tokens import Tok

__all__ = ["word_in_clause"]


def word_in_clause(ctx: SentenceContext, word: str
                   ) -> tuple[tuple[int, int], list[Tok], int | None, int | None] | None:
    """(the clause, its tokens, index of the token that starts ``word``, index after the token that
    ends it) for the first ``word`` in the sentence; None when it is in no clause. An index is
    None when the word does not start or end on a token boundary."""
    i = ctx.sim.find(word, ctx.start, ctx.end)
    cl = next((c for c in ctx.clauses if c[0] <= i < c[1]), None) if i >= 0 else None
    if cl is None:
        return None
    toks = ctx.tokens(cl)
    k0 = next((k for k, t in enumerate(toks) if t.start == i), None)
    k1 = next((k + 1 for k, t in enumerate(toks) if t.end == i + len(word)), None)
    return cl, toks, k0, k1
