"""Where the head of a ``B、C 等 H`` list ends before a word of degree, comparison or effect
that opens its predicate (``等H明显增强``, ``等H较上月增加``, ``等H进口产生影响``:
``head_predicate_words``), read for :meth:`.cue_etc.EtcLists._etc`. The
segmenter tags such words loosely (明显增强 as a name, 产生 as a noun) or glues them to the
verb after them, so the word is read by its characters: a word that is one of the entries, or
starts with an entry of two characters or more. So does a verb after a noun of a kind
(``等新兴领域加速X``, ``等特色土产走向X``: ``category_heads``).
"""

from __future__ import annotations

from ..discourse.context import SentenceContext
from ..words.tokens import Tok, word_tag

__all__ = ["category_end", "opener_cut", "opens_predicate", "predicate_after_etc",
           "predicate_start"]


def opens_predicate(ctx: SentenceContext, tok: Tok) -> bool:
    """Whether ``tok`` is a word of degree, comparison or effect (等库存量较X增加)."""
    openers = ctx.lex.words("head_predicate_words")
    return tok.text in openers or any(len(w) >= 2 and tok.text.startswith(w) for w in openers)


def predicate_start(ctx: SentenceContext, words: list[Tok]) -> int | None:
    """Where the predicate inside the head ``words`` starts (:func:`opener_cut`, else
    :func:`category_end`), else None."""
    j = opener_cut(ctx, words)
    return category_end(ctx, words) if j is None else j


def opener_cut(ctx: SentenceContext, words: list[Tok]) -> int | None:
    """The index of the first word after a noun of the head that opens its predicate, else
    None (the nouns before it are the head; a head that would keep no noun is left whole)."""
    for j in range(1, len(words)):
        if opens_predicate(ctx, words[j]):
            if any(t.noun for t in words[:j]) and words[j - 1].tag[:1] in ("n", "v", "j"):
                return j
            return None
    return None


def category_end(ctx: SentenceContext, words: list[Tok]) -> int | None:
    """The index after a noun of a kind (``category_heads``: 领域, 农产品) that a predicate
    follows in the head ``words`` (等新兴领域加速X, 等特色土产走向X): a word the
    dictionary tags as a verb, adjective or adverb, or a longer word whose first two characters
    it tags so (走向世界), with two characters or more after the noun; else None."""
    cats = ctx.lex.words("category_heads")
    for j in range(1, len(words)):
        if not words[j - 1].text.endswith(tuple(cats)):
            continue
        rest = words[j:]
        if rest[-1].end - rest[0].start < 2:
            return None
        first = rest[0].text
        if first in ctx.args.nominal:
            return None  # 等领域合作(潜力): an action noun names the head's longer name
        tag = word_tag(first) or rest[0].tag
        if len(first) >= 4 and tag[:1] == "n":
            tag = word_tag(first[:2]) or tag
        return j if tag[:1] in ("v", "a", "d") else None
    return None


def predicate_after_etc(after: Tok, nxt: Tok | None, predicates: frozenset[str]) -> bool:
    """Whether the word right after 等 (``after``, then ``nxt``) opens the list's predicate: a
    verb of ``etc_predicates`` the segmenter glued to its object (等出席会议), or a verb an
    aspect particle follows (等发动了打击)."""
    if any(after.text.startswith(w) and len(after.text) >= len(w) + 2 and len(w) >= 2
           for w in predicates):  # (等参与式活动: a word of manner, no object)
        return True
    return nxt is not None and nxt.text in ("了", "着") and after.tag[:1] == "v"
