"""A driver named by its bare head alone (``项目落成后会带动B``; ``平台将为B提供支撑``, after a
sentence that named ``甲乙稻米加工项目`` or ``丙丁服务平台``): the text refers back to the
nearest thing it named with that head a little before, and that thing drives. The heads are
``drive_bare_back_heads`` (project, park, platform, programme words); the antecedent is the
nearest mention (a term, a name, a facility; no body, place or person) that ends with the head,
is longer than it and ends at most ``drive_bare_back_reach`` characters before, or, farther
back, the only thing the text named with that head. Without one, the bare head is read as it
stands.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from ..discourse.context import SentenceContext
from ..mentions.mention_types import Ent, ent_of

__all__ = ["bare_head_thing"]

_ACTORS = ("Organization", "Place", "Person")


def bare_head_thing(ctx: SentenceContext, span: tuple[int, int], heads: Collection[str],
                    reach: int) -> Ent | None:
    """The thing named before that the bare head at ``span`` stands for, else None."""
    head = ctx.sim[span[0]:span[1]]
    if head not in heads:
        return None
    found = [m for m in (*ctx.args.dm.items, *ctx.args.dm.facilities)
             if m.end <= span[0] and m.type not in _ACTORS
             and not m.weak and len(m.name) > len(head) and m.name.endswith(head)]
    near = [m for m in found if span[0] - m.end <= reach]
    if not near and len({m.name for m in found}) != 1:
        return None  # (several things with the head, none just before: which one is unsaid)
    m = max(near or found, key=lambda x: x.end)
    return replace(ent_of(m), start=span[0], end=span[1])
