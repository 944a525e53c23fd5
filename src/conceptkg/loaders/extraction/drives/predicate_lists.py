"""A cue that opens the last item of a list of predicates (``甲项目将增进X、深化Y、促进B``,
``…，有助于增进X、推动B``): the items share the subject of the first, so what stands before the
first item's verb is read as the cue's subject (and a clause that opens with the list, after
adverbs and openers such as 有助于, has no subject of its own and continues the one before).

Every item after the first must open with a verb (a list of nouns, ``加强X、Y、促进B``, is no
list of predicates) and the first item must hold a verb with words after it; otherwise the cue
is read as the second verb of a list of tasks, as before (no subject). So it is when the
first item has no subject (``增进A、促进B``: two tasks), when a verb stands before that subject
(``反对X解禁A、推动B等动向``: the list is an object), when words other than adverbs stand
between the subject and the first verb, when the first verb is a copula (``X是基础性、引领性
技术``) or when a word of "and so on" or a 的 follows the cue (``…、推动B的努力``: the list
qualifies a noun).
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from ..discourse.context import SentenceContext
from ..words.tokens import Tok

__all__ = ["predicate_list_head"]

#: words that close a list item (the clause's own punctuation)
_SEPARATORS = frozenset({"、", "，", "；", "：", "。"})


def _verb_like(ctx: SentenceContext, t: Tok) -> bool:
    return t.text in ctx.args.light or ctx.args.is_verb(t)


def predicate_list_head(ctx: SentenceContext, toks: list[Tok], q: int, etc: Collection[str],
                        aim: Callable[[SentenceContext, list[Tok], int], object],
                        wishes: Collection[str] = ()) -> int:
    """The index of the first item's verb of a list of predicates whose last item the cue at
    ``q`` opens (``X将增进A、促进B``: 增进); ``q`` when the cue opens no such item. ``aim``
    gives the subject before a verb of aim (X有助于增进A、推动B: X), ``etc`` the words of "and
    so on"; after a verb of ``wishes`` (相信X将增进A、促进B) the subject starts after it."""
    if q < 2 or toks[q - 1].text != "、" or \
            any(t.text in etc or t.text == "的" for t in toks[q + 1:]):
        return q  # (…、推动B等做法; …、推动B的努力: the list qualifies a noun)
    k = q - 1  # the 、 before the cue's item
    while True:
        s = max((j for j in range(k) if toks[j].text in _SEPARATORS), default=-1)
        if s < 0 or toks[s].text != "、":
            break
        if s + 1 >= k or not _verb_like(ctx, toks[s + 1]):
            return q  # (an item of another shape: a list of nouns or tasks)
        k = s
    first = range(s + 1, k - 1)  # the first item: its last verb, with words after it
    v = max((j for j in first if _verb_like(ctx, toks[j])), default=None)
    if v is None or toks[v].tag == "x" or toks[v].text in ctx.args.copulas:
        return q  # (X是基础性、引领性技术: a copula names what X is)
    span = ctx.args.subject(toks, v)
    head = v
    off = 0  # (the words dropped before a verb of wish)
    w = max((j for j in range(v) if toks[j].text in wishes), default=None)
    if span is None and w is not None and w + 1 < v:
        # 相信X将增进A、促进B: the subject after a verb of wish or belief
        got = ctx.args.subject(toks[w + 1:], v - w - 1)
        if got is not None:
            span, toks, off = got, toks[w + 1:], w + 1
            v = head = v - off
    if span is None:
        span = aim(ctx, toks, v)  # type: ignore[assignment]
        if span is None:
            return q
        head = max(j for j in range(v) if toks[j].start >= span[1] and  # the verb of aim
                   not (toks[j].tag in ("d", "ad") or toks[j].text in ctx.args.lead))
    before = [t for t in toks[:v] if t.end <= span[1]]  # the subject and what precedes it
    between = [t for t in toks[:head] if t.start >= span[1]]
    if any(_verb_like(ctx, t) and not (len(t.text) == 1 and t.start >= span[0])
           for t in before) or any(  # (a one-character "verb" inside the subject is a piece
        # of a word the dictionary lacks, as :meth:`phrase_ok` reads it: 此访)
            _verb_like(ctx, t) or not (t.tag in ("d", "ad") or t.text in ctx.args.lead)
            for t in between):
        return q  # (X高度珍视A致力于深化B、推动C: the subject is no agent of the list)
    return v + off
