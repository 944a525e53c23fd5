"""A driver named by a pointing word and a head (这个产业园, 这些数据, 该工程, 这项行动): the
thing the text named before with that head (甲乙智能装备产业园, the 运行数据 of a clause
before) is what drives, the pointing phrase an alias. The pointing words are
``INCLUDES.anaphor_determiners`` and ``list_demonstratives``; the antecedent is the nearest
mention (a term, a name, a facility) before the phrase that ends with the head, of two
characters or more besides it, or the head itself when the text named it bare."""

from __future__ import annotations

from dataclasses import replace

from ..discourse.context import SentenceContext
from ..mentions.mention_types import Ent, ent_of

__all__ = ["pointed_span", "pointed_thing"]

_Span = tuple[int, int]


def pointed_span(ctx: SentenceContext, span: _Span, determiners: tuple[str, ...]
                 ) -> tuple[_Span, str] | None:
    """``span`` (or the words right before it) read as a pointing word and a head: the span of
    the head and the whole pointing phrase, else None."""
    text = ctx.sim[span[0]:span[1]]
    for d in sorted(determiners, key=len, reverse=True):
        if text.startswith(d) and len(text) - len(d) >= 2:
            return (span[0] + len(d), span[1]), text
        if ctx.sim.startswith(d, span[0] - len(d)) and len(text) >= 2:
            return span, d + text
    return None


def pointed_thing(ctx: SentenceContext, span: _Span, determiners: tuple[str, ...]
                  ) -> Ent | None:
    """The thing a pointing phrase at ``span`` stands for (its head's nearest antecedent),
    else None (no pointing word, or nothing named before with that head)."""
    got = pointed_span(ctx, span, determiners)
    if got is None:
        return None
    (s, e), whole = got
    head = ctx.sim[s:e]
    start = s - len(whole) + (e - s)
    found = [m for m in (*ctx.args.dm.items, *ctx.args.dm.facilities)
             if m.end <= start and m.type not in ("Organization", "Place", "Person")
             and not m.weak and (m.name.endswith(head) or any(a.endswith(head)
                                                              for a in m.aliases))]
    if not found:
        return None
    m = max(found, key=lambda x: x.end)
    ent = ent_of(m)
    return replace(ent, start=s, end=e, aliases=tuple(dict.fromkeys((*ent.aliases, whole))))
