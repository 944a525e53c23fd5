"""What a cue drives when its object is a thing followed by a word of how that thing changes
(``带动甲产品上行``, ``赋能乙产业提质增效``): the thing is driven, and the whole phrase, thing and
change together, is its alias (as for a known term before a change word, ``传统产业转型升级``).
The change words are ``change_tails`` in the language data; a tail counts only when it closes
the object (the clause ends, or a list separator or conjunction follows it), so that
``带动乙产业提质增效的举措`` keeps its head."""

from __future__ import annotations

from .context import SentenceContext
from .phrases import Ent
from .tokens import Tok

__all__ = ["change_tail_end", "driven_entity"]

#: what may follow a change word that closes the driven phrase
_CLOSERS = frozenset({"、", "和", "与", "及", "以及", "，", "。", "；", "！", "？", "”"})


def change_tail_end(ctx: SentenceContext, toks: list[Tok], end: int) -> int | None:
    """The end of a change word of ``change_tails`` that starts at ``end`` (the end of a driven
    phrase) and closes it, else None."""
    tails = ctx.lex.list("change_tails")
    if not tails:
        return None
    k = next((j for j, t in enumerate(toks) if t.start == end), None)
    if k is None:
        return None
    stop = k
    text = ""
    while stop < len(toks) and len(text) < 6 and toks[stop].tag != "x":
        text += toks[stop].text
        stop += 1
        if text in tails and (stop == len(toks) or toks[stop].text in _CLOSERS):
            return toks[stop - 1].end
    return None


def driven_entity(ctx: SentenceContext, toks: list[Tok], s: int, e: int, rule: str
                  ) -> Ent | None:
    """The driven phrase sim[s:e]; with a change word that closes it, the whole phrase is an
    alias."""
    tail = change_tail_end(ctx, toks, e)
    if tail is None:
        return ctx.args.entity(s, e, rule)
    return ctx.args.entity(s, e, rule, extra_aliases=(ctx.sim[s:tail],))
