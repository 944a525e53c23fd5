"""The thing a pronoun stands for when it is the subject of a DRIVES cue (``A本身就是X，它既能够
带动B``; ``A为什么能成为X？首先，它直接拉动B。…其次，它能够扩大C``): the subject of the nearest
clause before it in the sentence, else the one a pronoun of the same paragraph stood for when
the sentence opens with a word of sequence (其次, 再次), else the subject of the sentence before.
The words are the lists ``thing_pronouns`` and ``sequence_openers``.
"""

from __future__ import annotations

from ..words.tokens import Tok
from .context import SentenceContext

__all__ = ["pronoun_subject"]

_Span = tuple[int, int]
_ENDS = "。？！?!\n"


def _subject(ctx: SentenceContext, toks: list[Tok], skip: frozenset[str]) -> _Span | None:
    """The noun phrase a clause opens with, before its first verb or copula (words of
    ``copula_leads`` and adverbs before the copula are no part of it)."""
    a = 0
    while a < len(toks) and (toks[a].tag == "x" or toks[a].text in skip):
        a += 1
    k = next((j for j in range(a, len(toks)) if toks[j].text in ctx.args.copulas), None)
    if k is None or any(t.tag in ("r", "p", "x") and t.text not in skip for t in toks[a:k]) \
            or not toks[a].noun:  # (A回流本身就是X: a copula's subject may end in a verb)
        k = next((j for j in range(a, len(toks)) if toks[j].verb or toks[j].tag in ("r", "p")
                  or toks[j].text in ctx.args.copulas), None)
    if k is None or k <= a or toks[k].tag == "p":
        return None
    while k > a and (toks[k - 1].text in skip or toks[k - 1].tag in ("d", "ad")):
        k -= 1  # (A本身就是X)
    words = toks[a:k]
    if not words or not all(t.noun or t.verb for t in words) or \
            words[-1].end - words[0].start < 2 or ctx.args.organisation(
                words[0].start, words[-1].end):
        return None
    return words[0].start, words[-1].end


def pronoun_subject(ctx: SentenceContext, cl: _Span, toks: list[Tok], q: int,
                    pronouns: frozenset[str], openers: frozenset[str]) -> _Span | None:
    """The span the pronoun before the cue at ``q`` of clause ``cl`` stands for, else None
    (no pronoun opens the clause, or nothing to take it up)."""
    skip = openers | ctx.args.lead | frozenset(ctx.lex.list("copula_leads"))
    i = 0
    while i < q and (toks[i].tag == "x" or toks[i].text in openers):
        i += 1
    if i >= q or toks[i].text not in pronouns or not all(
            t.tag in ("d", "ad", "c", "v") and (t.tag != "v" or t.text in ctx.args.lead)
            for t in toks[i + 1:q]):
        return None  # (它的X推动B, 它把X…: no subject of the cue)
    for c in reversed([c for c in ctx.clauses if c[1] <= cl[0]]):
        span = _subject(ctx, ctx.tokens(c), skip)
        if span is not None:
            ctx.state.pronoun_topic = (ctx.paragraph, span)
            return span
    opens = any(t.text in openers for t in ctx.tokens(ctx.clauses[0])[:2]) \
        if ctx.clauses else False
    stored = ctx.state.pronoun_topic
    if opens and stored is not None and stored[0] == ctx.paragraph:
        return stored[1]  # 其次，它…: the thing the paragraph's first 它 stood for
    p = ctx.start
    while p > 0 and ctx.sim[p - 1] in " \u3000":
        p -= 1
    if p < 2 or ctx.sim[p - 1] not in "。？！?!":
        return None  # (the paragraph's first sentence: nothing before it)
    s = p - 1
    while s > 0 and ctx.sim[s - 1] not in _ENDS:
        s -= 1
    e = next((j for j in range(s, p) if ctx.sim[j] in "，,；：" + _ENDS), p)
    span = _subject(ctx, ctx.tokens((s, e)), skip)
    if span is not None:
        ctx.state.pronoun_topic = (ctx.paragraph, span)
    return span
