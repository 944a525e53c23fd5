"""The term a sentence defines (``所谓X，是…``, ``本办法所称X，是指…``): a later clause of the
sentence without a subject of its own (``…，主要包括A、B``) is about X, not about the noun that
ends the copula's predicate. The words are the list ``definition_leads``.
"""

from __future__ import annotations

from ..discourse.context import SentenceContext

__all__ = ["defined_term"]



def defined_term(ctx: SentenceContext, cl: tuple[int, int], leads: tuple[str, ...]
                 ) -> tuple[int, int] | None:
    """The span of the term the sentence defines, when its first clause is a word of
    definition and the term (after at most four characters that name the document: 本办法,
    本措施) and its second clause opens with a copula; None for the first two clauses."""
    cls = ctx.clauses
    if len(cls) < 3 or cl[0] < cls[2][0]:
        return None
    s, e = cls[0]
    text = ctx.sim[s:e].rstrip("，, ")
    at = next(((i, w) for w in leads if (i := text.find(w)) >= 0), None)
    if at is None or (at[0] > 0 and not (text.startswith("本") and at[0] <= 4)):
        return None
    a = s + at[0] + len(at[1])
    copulas = tuple(ctx.lex.list("term_copulas"))  # (是, 是指, 指)
    if not 2 <= s + len(text) - a <= 12 or not ctx.sim.startswith(copulas, cls[1][0]) or \
            any(ch in ctx.sim[a:s + len(text)] for ch in "的、"):
        return None
    return a, s + len(text)
