"""Where the list before 等 starts, and whether 和/与/及 split its items (:func:`counted_start`);
names of events joined inside by 和/与 in a 、-list (``举办甲和乙交流会、丙与丁论坛等活动``):
when every item separated by 、 closes with the head of a meeting or forum
(``joined_event_heads``) and a conjunction inside an item has no such head before it, the
conjunction joins the words of one name (``陶瓷和家居设计交流会``), not two items."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lists.list_items import count_of, list_start

if TYPE_CHECKING:  # pragma: no cover
    from ..discourse.context import SentenceContext
    from ..words.tokens import Tok

__all__ = ["counted_start", "joined_event_names"]


def counted_start(ctx: SentenceContext, toks: list[Tok], q: int, a: int,
                  count_prefix: re.Pattern[str]) -> tuple[int, bool]:
    """Where the list before 等 (at ``q``) starts, and whether 和/与/及 split its items:
    when a count follows 等 (A、B与C、D等3个H) and the 、 alone give that number, the
    conjunctions join words inside an item, and one before the first 、 starts nothing; so
    they do in a list of event names (:func:`joined_event_names`)."""
    t = toks[q + 1]
    m = count_prefix.match(ctx.sim[t.start:t.start + 8])
    n = count_of(m.group(0)[:-1]) if m else 0
    wide = list_start(ctx, toks, q, joined=True)
    if n < 2:
        if wide is not None and wide <= a and joined_event_names(ctx, toks, wide, q):
            return wide, False  # 甲和乙交流会、丙与丁论坛等: and joins inside a name
        return a, True
    for start in (wide, a):
        if start is not None and start <= a and \
                sum(x.text == "、" for x in toks[start:q]) + 1 == n:
            return start, False
    return a, True


def joined_event_names(ctx: SentenceContext, toks: list[Tok], a: int, q: int) -> bool:
    """Whether the list ``toks[a:q]`` (before 等) is one of event names whose conjunctions
    join words inside a name."""
    heads = tuple(ctx.lex.words("joined_event_heads"))
    joins = frozenset(ctx.lex.words("conjunctions"))
    if not heads or q - a < 3:
        return False
    items: list[list[Tok]] = [[]]
    for t in toks[a:q]:
        if t.text == "、":
            items.append([])
        else:
            items[-1].append(t)
    if len(items) < 2 or any(not it for it in items):
        return False
    joined = False
    for it in items:
        if not ctx.sim[it[0].start:it[-1].end].endswith(heads):
            return False
        for k, t in enumerate(it[1:-1], 1):
            if t.text in joins:
                if ctx.sim[it[0].start:it[k - 1].end].endswith(heads):
                    return False  # (甲交流会和乙论坛: two names)
                joined = True
    return joined
