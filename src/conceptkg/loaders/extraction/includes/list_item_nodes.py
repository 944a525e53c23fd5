"""Nodes for the items of an enumeration that no relation took (``开展甲、乙和丙等活动``,
``货物主要有甲、乙、丙``): when a list's head is too vague or names things outside the schema,
or the list is the object of an act nobody is named for, its items are still things the
document names, and a reader looks for them in the graph.

An enumeration is a run of two items or more joined by 、 (and 和/及/与 before the last one)
inside a clause, marked as one: 等 closes it or a word of including (包括, 主要有) opens it. Its
first item starts after the last verb, preposition or particle before the first 、. The items
become nodes when every one of them reads as a name (a phrase ending with a noun, no action
verb before its last word, no figure, title, place or person, at most ``MAX_ITEM`` characters)
and is not already the end of an edge; a run with one item that is no name is no list of
things and gives nothing. The nodes carry the sentence as evidence, no edge.
"""

from __future__ import annotations

from ..discourse.context import SentenceContext
from ..mentions.mention_types import Ent
from ..rules.common import Found
from ..words.tokens import Tok
from .include_items import item_ok

__all__ = ["MAX_ITEM", "list_item_nodes"]

#: the most characters of an item taken as a node (a longer one is a clause)
MAX_ITEM = 12
_RULE = "list_item"
#: tags that end the words before a list's first item (a verb, preposition, particle, mark)
_BEFORE = ("v", "vd", "vi", "p", "uj", "ul", "u", "x", "c", "d", "ad", "r", "f")


def list_item_nodes(ctx: SentenceContext, found: list[Found]) -> list[Ent]:
    """The items of the sentence's enumerations that no edge of ``found`` has as an end."""
    sim = ctx.sim
    if sim.find("、", ctx.start, ctx.end) < 0:
        return []
    taken = [(e.start, e.end) for f in found for e in (f.source, f.target)]
    out: list[Ent] = []
    for cl in ctx.clauses:
        if sim.find("、", *cl) < 0 or not ctx.args.has_cue(*cl, "INCLUDES"):
            continue  # (a clause with no 等 and no word of including lists nothing marked:
            # it is not segmented at all)
        toks = ctx.tokens(cl)
        first = next((k for k, t in enumerate(toks) if t.text == "、"), None)
        if first is None or first == 0:
            continue
        i = _first_item_start(ctx, toks, first)
        if i is None:
            continue
        items = ctx.args.objects(toks, i, conj=True, strip_verbs=True, etc_head=False)
        if len(items) < 2 or not _marked(ctx, toks, i, items[-1][1]):
            continue
        ents = [_item(ctx, s, e) for s, e, _light in items]
        if any(x is None for x in ents):
            continue  # (one item that is no name: the run is no list of things)
        out.extend(x for x in ents if x is not None
                   and not any(a < x.end and x.start < b for a, b in taken))
    return out


def _marked(ctx: SentenceContext, toks: list[Tok], i: int, end: int) -> bool:
    """The run is marked as an enumeration: 等 closes it, or a word of including opens it."""
    after = next((t for t in toks if t.start >= end), None)
    if after is not None and after.text in ("等", "等等"):
        return True
    return ctx.args.has_cue(toks[0].start, toks[i].start, "INCLUDES")


def _first_item_start(ctx: SentenceContext, toks: list[Tok], sep: int) -> int | None:
    """The index of the word that opens the first item, the one before the 、 at ``sep``."""
    k = sep
    while k > 0 and toks[k - 1].tag not in _BEFORE and toks[k - 1].text not in ctx.args.light \
            and toks[k - 1].text not in ctx.args.cue_verbs:
        k -= 1
    for j in range(sep - 1, k, -1):  # (岚州钢铁、煤炭等产业: the place before the list is no
        s, e = toks[k].start, toks[j - 1].end  # part of its first item)
        if ctx.args.is_place(s, e) or ctx.args.organisation(s, e) or \
                all(t.tag[:2] in ("ns", "nt") for t in toks[k:j]):
            k = j
            break
    if k == sep:
        return None
    return k


def _item(ctx: SentenceContext, s: int, e: int) -> Ent | None:
    text = ctx.sim[s:e]
    if any(ch.isdigit() for ch in text) or ctx.args.is_place(s, e) or ctx.args.is_person(text):
        return None
    if e - s > MAX_ITEM:
        return None
    words = ctx.tokens((s, e))
    if not item_ok(ctx, words) or words[-1].tag[:1] not in ("n", "j") or \
            any(w.text in ctx.args.titles for w in words):
        return None  # (a thing ends with a noun: 管理好, 唱国歌 are acts; 国家主席 a title)
    org = ctx.args.organisation(s, e)
    if org is not None:
        return Ent(org, "Organization", s, e, _RULE)  # (市委、市政府等部门: bodies)
    ent = ctx.args.entity(s, e, _RULE)
    if ent is None or ent.type in ("Place", "Person"):
        return None
    return ent
