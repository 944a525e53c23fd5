"""The first item of a list whose other items are compounds (``提供诊断评估、方案设计、供需对接等``,
``攻关深海探测装备、海洋药物、智能船舶等``): the backward scan of :func:`.list_items.list_start`
stops at a verb or adverb tag, which cuts ``诊断``, ``深海探测`` or ``差别`` off the first item and
leaves a bare ``评估``, ``装备``, ``电价``. Items of one list are parallel: when what is left of the
first item is one or two characters and every other item has four or more, the word the scan
stopped at belongs to the item (a compound noun with a verb inside: 诊断评估, 授权运营), with the
nouns right before it (深海探测装备, 公共数据授权运营). A word the clause acts with (a light, cue,
lead or object verb: 推进, 提供, 围绕), a preposition or a mark stops the item as before.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from ..discourse.context import SentenceContext
    from ..words.tokens import Tok

__all__ = ["compound_first", "parallel_first", "shared_head", "widen_first"]

#: the tags of a word inside a compound that the scan stops at (a verb, a verbal noun, an
#: adverb or an adjective the dictionary gives a word such as 差别, 聚合)
_INNER_TAGS = ("v", "vn", "d", "j", "a", "ad")
#: the tags of the nouns that may stand before it inside the same item
_NOUN_TAGS = ("n", "nz", "ns", "j", "b", "vn", "eng")
#: the tags of words that end the run before the first item (a preposition, a mark, a particle)
_STOP_TAGS = ("p", "x", "c", "uj", "ul", "u")
#: the tags of the word right before a widened first item: the clause's verb, a preposition,
#: a particle or a mark (a word of another tag there is the end of a subject)
_OPENING_TAGS = ("v", "vn", "p", "x", "ul", "uj", "c")
_SHORT = 2
_LONG = 4


def parallel_first(ctx: SentenceContext, toks: list[Tok], k: int, end: int, seps: list[int],
                   q: int, objects: tuple[str, ...]) -> int:
    """The index of the word before the first item (``k`` as the scan found it, or earlier
    when the first item is too short beside the other items: see the module)."""
    if k < 1 or k + 1 >= end or toks[k].text in ctx.lex.words("list_experience_verbs"):
        return k  # (体验A、B等: a visitors' verb opens no item, however short the first)
    sim = ctx.sim
    first = sim[toks[k + 1].start:toks[end - 1].end]
    bounds = [*sorted(seps), q]
    others = [sim[toks[a].end:toks[b].start] for a, b in pairwise(bounds)]
    if len(first) > _SHORT or not others or any(len(o.strip("“”")) < _LONG for o in others):
        return k
    if not _inner(ctx, toks, k, objects):
        return k
    j = k - 1
    while j >= 0 and toks[j].tag in _NOUN_TAGS and not _acts(ctx, toks[j], objects):
        j -= 1  # (公共数据授权运营: the nouns before the verb are the item's too)
    if j >= 0 and toks[j].tag not in _OPENING_TAGS and not _acts(ctx, toks[j], objects):
        return k  # (重卡满载钢材、…: a subject and its verb, no item, stand before the list)
    return j


def compound_first(ctx: SentenceContext, objs: list[tuple[int, int, bool]]) -> bool:
    """The first item (of ``objs``) may be a compound of four characters or more beside
    items of as many (报关申报 beside 船舶订舱, 仓储配送): its verb is no task of the clause."""
    return len(objs) >= 2 and objs[0][1] - objs[0][0] >= _LONG and \
        all(len(ctx.sim[a:b].strip("“”")) >= _LONG for a, b, _ in objs[1:])


def widen_first(ctx: SentenceContext, toks: list[Tok], i: int,
                objs: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """The items of a list that starts at token ``i`` (``objs``, see
    :meth:`..arguments.finder.ArgumentFinder.objects`), the first one running from the list's start
    when the item reader cut an adverb or a verb off it (差别电价, 研发设计) and it is short
    beside the other items (see the module)."""
    if len(objs) < 2 or i >= len(toks) or toks[i].start >= objs[0][0]:
        return objs
    s, e, _light = objs[0]
    sim = ctx.sim
    cut = [t for t in toks[i:] if t.start < s]
    if shared_head(sim, objs) and cut and not any(t.tag in _STOP_TAGS for t in cut):
        return [(toks[i].start, e, False), *objs[1:]]  # (研发数字化、制造数字化: one head)
    if e - s > _SHORT or any(len(sim[a:b].strip("“”")) < _LONG for a, b, _ in objs[1:]):
        return objs
    objects = ctx.lex.words("list_object_verbs")
    if any(t.tag in _STOP_TAGS or (_acts(ctx, t, objects) and not (
            k == 0 and i > 0 and toks[i - 1].tag == "p")) for k, t in enumerate(cut)):
        return objs
    return [(toks[i].start, e, False), *objs[1:]]  # (its verb is the item's: no task)


def shared_head(sim: str, objs: list[tuple[int, int, bool]]) -> bool:
    """What is left of the first item (two characters or more) is the head of every other
    item, each of which is longer (研发数字化、制造数字化和营销数字化(三个方面): the reader
    cut 研发 off the first item as a verb; parallel items share their head, so the word is the
    item's modifier). The last item may still carry the count that closes the list."""
    head = sim[objs[0][0]:objs[0][1]]
    return len(head) >= _SHORT and all(
        (sim[a:b].endswith(head) or (k == len(objs) - 2 and head in sim[a + 1:b]))
        and b - a > len(head) for k, (a, b, _) in enumerate(objs[1:]))


def _acts(ctx: SentenceContext, t: Tok, objects: tuple[str, ...]) -> bool:
    """A word the clause acts with (推进, 建设, 提供, 重点, 向; 全面落实: an idiom that ends with
    a light verb): no part of an item."""
    return t.text in ctx.args.light or t.text in ctx.args.cue_verbs or (
        (t.text in ctx.args.lead or t.text in objects or t.text in ctx.args.complements)
        and t.text not in ctx.args.nominal) or (len(t.text) >= 4 and (
            t.text[-2:] in ctx.args.light or t.text[-2:] in ctx.args.cue_verbs))
    # (建设A、B: a light verb acts whatever else it is; 政府投资基金: 投资 names no action there)


def _inner(ctx: SentenceContext, toks: list[Tok], k: int, objects: tuple[str, ...]) -> bool:
    """Word ``k``, of two characters or more, may sit inside a compound item: no word the
    clause acts with, unless a preposition stands right before it (向研发设计、…: 研发 acts
    on nothing there)."""
    t = toks[k]
    return len(t.text) >= 2 and t.tag in _INNER_TAGS and (
        not _acts(ctx, t, objects) or (k > 0 and toks[k - 1].tag == "p"))
