"""``A激发(了)P的C活力``: what is driven is the vitality (C活力, 创新活力), not the people or
bodies who have it (P: 研发团队, 员工, 各类经营主体); the whole phrase stays an alias. Read on
the object of a DRIVES cue (:meth:`.cue_targets.DriveTargets._targets`): a phrase of
nouns, 的, and a phrase of nouns closed by a ``drive_vitality_nouns`` word.
"""

from __future__ import annotations

from ..discourse.context import SentenceContext
from ..words.tokens import Tok

__all__ = ["vitality_start"]


def vitality_start(ctx: SentenceContext, words: list[Tok]) -> int | None:
    """The start of C活力 in the object ``words`` (P的C活力), else None: one 的, only nouns
    (and 、) before it, C活力 of three characters or more closed by a vitality noun."""
    des = [k for k, t in enumerate(words) if t.text == "的"]
    if len(des) != 1 or des[0] == 0 or des[0] + 1 >= len(words):
        return None
    de = des[0]
    head = "".join(t.text for t in words[de + 1:])
    if len(head) < 3 or not head.endswith(ctx.lex.words("drive_vitality_nouns")):
        return None
    if not all(t.noun or t.text == "、" or t.tag in ("r", "m", "q") for t in words[:de]):
        return None
    if not all(t.noun or t.tag in ("v", "a") for t in words[de + 1:]):
        return None
    return words[de + 1].start
