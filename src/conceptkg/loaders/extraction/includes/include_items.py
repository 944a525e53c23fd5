"""Checks on the items of an INCLUDES list (:mod:`.cue_includes`): a place or body that
qualifies the whole list, a word that is a body only by its dictionary tag, an item that names
a thing, a word inside an organisation's name."""

from __future__ import annotations

from ..discourse.context import SentenceContext
from ..words.tokens import Tok, word_tag

__all__ = ["in_org_name", "item_ok", "list_qualifier", "tagged_body"]


def list_qualifier(ctx: SentenceContext, objs: list[tuple[int, int, bool]]) -> int | None:
    """Where the first item starts when it opens with a place or a body the other items
    lack (甲省A、B、C等H, 甲组织A、B三大H: the list is that place's), or with a statistical
    scope (``list_scope_prefixes``: 规模以上工业A、B等H), else None."""
    if len(objs) < 2:
        return None
    s0, e0 = objs[0][:2]
    scope = next((p for p in sorted(ctx.lex.words("list_scope_prefixes"), key=len, reverse=True)
                  if ctx.sim.startswith(p, s0) and e0 - s0 - len(p) >= 2), None)
    if scope is not None and not any(ctx.sim.startswith(scope, o[0]) for o in objs[1:]):
        return s0 + len(scope)  # 规模以上工业A、B、C等H: a statistical scope of the whole list
    words = ctx.tokens(objs[0][:2])
    k = 0
    def place(w: Tok) -> bool:
        return w.tag == "ns" and any(m.type == "Place" and m.end == w.end
                                     for m in ctx.args.dm.between(w.start, w.end))

    while k < len(words) and (words[k].tag == "nt" or (k and words[k].text in "—－-")
                              or place(words[k])):
        k += 1  # (a place the language data names: the dictionary tags 上门 ns too)
    if not k or k >= len(words) or words[k].tag[:1] not in ("n", "v", "j") or \
            objs[0][1] - words[k].start < 2:
        return None
    if any(ctx.tokens(o[:2])[:1] and ctx.tokens(o[:2])[0].tag in ("ns", "nt")
           for o in objs[1:]):
        return None  # 甲地A、乙地B: each item names its own place
    return words[k].start


def tagged_body(ctx: SentenceContext, s: int, e: int) -> bool:
    """sim[s:e] is a body only because the dictionary tags the word so (nt), not a name
    recognised in the text."""
    return word_tag(ctx.sim[s:e]) == "nt" and \
        ctx.args.dm.at_of_type(s, e, ("Organization", "Place")) is None


def item_ok(ctx: SentenceContext, words: list[Tok]) -> bool:
    """A list item names a thing: not a bare verb, and no action verb (a light or cue verb)
    before its last word (培养, 熟练掌握X are no parts; 物联网感知 is one)."""
    if not words or (len(words) == 1 and ctx.args.is_verb(words[0]) and \
            words[0].text not in ctx.args.nominal):
        return False
    named = len(words) > 2 and words[-1].text.endswith(ctx.args.init_heads2)
    # (紫金山实验室: a word tagged as a name before a programme's head names the programme; one
    # character tagged as a name, 引江补汉, is no person either)
    headed = words[-1].text.endswith(ctx.args.init_heads2) and words[-1].tag[:1] == "n"
    for i, t in enumerate(words[:-1]):
        if ((t.text in ctx.args.light or t.text in ctx.args.cue_verbs) and t.tag != "vn"
                and not named  # (X扩容改造提升工程: the head makes the verbs a name's)
                and not all(x.tag == "vn" or x.text in ctx.args.nominal
                            for x in words[i + 1:])) \
                or (t.tag in ("nr", "nrfg") and not headed
                    and (len(t.text) > 2 or (len(t.text) == 2 and ctx.args.is_person(t.text)))) \
                or t.text in ctx.args.titles:  # (养老, 智慧: common words tagged as names)
            return False
    return True


def in_org_name(ctx: SentenceContext, t: Tok) -> bool:
    """Whether the word ``t`` lies inside an organisation's name (甲国驻乙国、丙国等国使馆:
    the list names the places of one body, no parts)."""
    return any(m.type == "Organization" and m.start < t.start and t.end < m.end
               for m in ctx.dm.between(max(ctx.start, t.start - 40), t.end + 40))
