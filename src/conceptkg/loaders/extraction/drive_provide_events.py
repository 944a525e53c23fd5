"""为 B 提供/注入 … 支撑/动力 where B is an event said as a clause (cue_drives_provide.py):
``为数据跨区域安全流动提供保障``, ``为产业向中高端迈进注入动力``,
``为新能源大规模并网消纳提供支撑``.
Everything between 为 and the verb of giving is what is supported, so when the object finder
stops after the event's subject (数据) and the rest is that subject's predicate (a preposition
phrase, adverbs, a verb closing it), the whole clause is the target, not its subject alone.
"""

from __future__ import annotations

from .context import SentenceContext
from .tokens import Tok

__all__ = ["event_target"]

_MAX_CHARS = 20  # (longer runs are seldom one event a reader would name)
_TAIL_TAGS = ("p", "d", "ad", "a", "an", "f", "n", "vn", "v", "vd", "b", "c", "m", "q", "s",
              "nz", "ng", "l", "i", "t")


def event_target(ctx: SentenceContext, sub: list[Tok], objs: list[tuple[int, int, object]],
                 cues: frozenset[str]) -> tuple[int, int] | None:
    """The span of all of ``sub`` (the words between 为 and the verb of giving) when the one
    object found in it is its opening subject and the words after that object are its
    predicate: no 的, no list mark or clause mark, no cue or light verb (为企业开展X提供: a
    task, not an event), closed by a verb; else None."""
    if len(objs) != 1 or not sub:
        return None
    s, e = objs[0][0], objs[0][1]
    a, b = sub[0].start, sub[-1].end
    if s != a or e >= b or b - a > _MAX_CHARS or e - s < 2:
        return None
    tail = [t for t in sub if t.start >= e]
    if not tail or (not tail[-1].verb and tail[-1].tag != "vn"):
        return None
    if not any(t.verb or t.tag == "p" for t in tail) or any(
            t.text in ("的", "、", "，", "和", "与", "及") or t.tag not in _TAIL_TAGS
            or t.text in cues or t.text in ctx.args.light
            or t.text in ctx.lex.words("task_verbs") for t in tail):
        return None
    return a, b
