"""A bare factor word closing a list of factors (``土地、资金、人才等要素``): the word alone is
too generic a head for most lists (``stop_heads``), but after a list whose items are mostly
factors (the lexicon's Factor terms) it names the factors themselves, as the guidelines frame
them, and owns the list. Under a factor head, a factor of the lexicon that is too bare to be an
item elsewhere (技术, 人才: ``stop_heads``) is an item (:func:`factor_term`). The words are
``bare_factor_heads`` (zh/grammar.yaml); called from :meth:`.cue_etc.EtcLists._etc`
when no other head was found.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ..arguments.phrases import Ent
from ..discourse.context import SentenceContext
from ..words.tokens import Tok

__all__ = ["bare_factor_head", "bare_factors", "factor_term"]


def bare_factor_head(ctx: SentenceContext, toks: list[Tok], words: list[Tok], k: int, e: int,
                     items_of: Callable[[Ent], list[Ent]]) -> Ent | None:
    """The head of a 等-list as a Factor when it is a bare factor word (the first ``k`` of
    the head's ``words``, ending at ``e``; ``toks`` are the clause's words) and at least two
    items, and more than half of them, are factors (``items_of`` reads them under a head);
    else None. The words after it are a predicate (等要素优先向X倾斜, 等要素深度融合), not a
    compound that ends the clause (变革A、B等要素组合，: ``comitative_verbs`` aside)."""
    rest = ctx.sim[words[k].start:e] if k < len(words) else ""
    if rest and e >= toks[-1].end and rest not in ctx.lex.words("comitative_verbs"):
        return None
    span = (words[0].start, words[k - 1].end)
    if all(w.tag[:1] in ("v", "d", "a") for w in words[1:k]):
        span = (words[0].start, words[0].end)  # (要素优先: the predicate is no part of it)
    text = ctx.sim[span[0]:span[1]]
    if text not in ctx.lex.words("bare_factor_heads"):
        return None
    head = Ent(text, "Factor", span[0], span[1], "noun_phrase")
    items = items_of(head)
    factors = sum((t := ctx.lex.lookup(it.name)) is not None and t.type == "Factor"
                  for it in items)  # (the lexicon's factors: every item takes the head's type)
    if factors < 2 or 2 * factors <= len(items):
        return None
    return head


def factor_term(ctx: SentenceContext, s: int, e: int, bare: bool = False) -> Ent | None:
    """The lexicon's Factor term ``sim[s:e]`` (weak or not), as an item of a factor head (with
    ``bare``: marked for :func:`bare_factors`)."""
    term = ctx.lex.lookup(ctx.sim[s:e])
    if term is None or term.type != "Factor":
        return None
    return Ent(term.name, "Factor", s, e, BARE if bare else "lexicon")


#: the rule of a bare factor word read as a list item, until :func:`bare_factors` decides
BARE = "bare_factor"


def bare_factors(ctx: SentenceContext, items: list[Ent], head: Ent) -> list[Ent]:
    """``items`` with the bare factor words among them (rule :data:`BARE`, from
    ``factor_term(…, bare=True)``) kept where the list is one of factors: its head is a
    Factor, or another item is one of the lexicon's factor terms (包括数据、技术、管理等要素:
    技术 too); else they are left out (技术 alone is too bare to be a part of something)."""
    bare = [it for it in items if it.rule == BARE]
    if not bare:
        return items
    keep = head.type == "Factor" or any(
        it.rule != BARE and factor_term(ctx, it.start, it.end) is not None for it in items)
    return [replace(it, rule="lexicon") if it.rule == BARE else it for it in items
            if keep or it.rule != BARE]
