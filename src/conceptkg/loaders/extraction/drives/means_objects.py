"""What a clause of means puts in place, read as the driver of the subjectless cue clause after
it (``通过实施甲示范工程，促进B``; ``乙县通过建设丙平台，带动B``): the programme or facility the
means clause launches, builds or puts in force drives B, not the body that acts nor the whole
clause. The clause opens (after a subject or not) with a preposition of means
(``drive_means_preps``) and a verb of ``drive_means_verbs``; what follows to the clause's end
must be one initiative (``通过开展技能培训，促进B``: an activity, no named thing: no edge).
"""

from __future__ import annotations

from collections.abc import Collection

from ..arguments.phrases import Ent
from ..discourse.context import SentenceContext

__all__ = ["means_object"]


def means_object(ctx: SentenceContext, clause: tuple[int, int], preps: Collection[str],
                 verbs: Collection[str]) -> Ent | None:
    """The initiative the means clause ``clause`` puts in place, else None."""
    words = ctx.tokens(clause)
    k = next((i for i, t in enumerate(words[:4]) if t.text in preps), None)
    if k is None or k + 2 >= len(words) or words[k + 1].text not in verbs:
        return None
    a, b = words[k + 2].start, words[-1].end
    if any(t.text in ("、", "和", "与", "及", "，") for t in words[k + 2:-1]):
        return None  # (通过建设A、完善B: tasks listed, no one thing)
    ent = ctx.args.entity(a, b, "cue_drives_means")
    if ent is None or ent.type != "Initiative" or ctx.sim[ent.start:ent.end] != ctx.sim[a:b]:
        return None
    return ent
