"""为 B 提供/注入 … 支撑/动力 where B is an event said as a clause (drives/cue_provide.py):
``为数据跨区域安全流动提供保障``, ``为产业向中高端迈进注入动力``,
``为新能源大规模并网消纳提供支撑``.
Everything between 为 and the verb of giving is what is supported, so when the object finder
stops after the event's subject (数据) and the rest is that subject's predicate (a preposition
phrase, adverbs, a verb closing it), the whole clause is the target, not its subject alone.
"""

from __future__ import annotations

from ..discourse.context import SentenceContext
from ..words.tokens import Tok

__all__ = ["counted_work", "event_items", "event_target", "scope_free"]

_MAX_CHARS = 20  # (longer runs are seldom one event a reader would name)
_TAIL_TAGS = ("p", "d", "ad", "a", "an", "f", "n", "vn", "v", "vd", "b", "c", "m", "q", "s",
              "nz", "ng", "l", "i", "t", "zg")


def event_target(ctx: SentenceContext, sub: list[Tok], objs: list[tuple[int, int, object]],
                 cues: frozenset[str]) -> tuple[int, int] | None:
    """The span of all of ``sub`` (the words between 为 and the verb of giving) when the one
    object found in it is its opening subject and the words after that object are its
    predicate: no 的, no list mark or clause mark, no cue or light verb (为企业开展X提供: a
    task, not an event), closed by a verb; else None."""
    if len(objs) != 1 or not sub:
        return None
    return _event(ctx, sub, objs[0][0], objs[0][1], cues)


def event_items(ctx: SentenceContext, sub: list[Tok], objs: list[tuple[int, int, object]],
                cues: frozenset[str]) -> list[tuple[int, int, object]] | None:
    """为A出村进城、B跨区域流通提供支撑: a list of events (items split at 、), each item's
    object replaced by the whole item when it is an event (:func:`event_target`'s test, the
    item's object opening it, a word of scope before it allowed); None unless every item is
    one and there are two or more."""
    items: list[list[Tok]] = [[]]
    for t in sub:
        if t.text == "、":
            items.append([])
        else:
            items[-1].append(t)
    if len(items) < 2 or len(items) != len(objs) or any(not it for it in items):
        return None
    out: list[tuple[int, int, object]] = []
    for item, (s, e, extra) in zip(items, objs, strict=True):
        if not item[0].start <= s < item[-1].end:
            return None
        got = _event(ctx, item, s, e, cues, opening=False)
        if got is None:
            return None
        out.append((s, got[1], extra))
    return out


def _event(ctx: SentenceContext, sub: list[Tok], s: int, e: int, cues: frozenset[str],
           opening: bool = True) -> tuple[int, int] | None:
    a, b = sub[0].start, sub[-1].end
    if (opening and s != a) or e >= b or b - a > _MAX_CHARS or e - s < 2:
        return None
    if not opening and s != a and ctx.sim[a:s] not in ctx.lex.list("drive_target_scopes"):
        return None
    tail = [t for t in sub if t.start >= e]
    motion = next((k for k, t in enumerate(tail) if t.text in ctx.lex.words(
        "drive_event_motion_verbs")), None)
    if motion is not None and 0 < len(tail) - motion - 1 and all(
            t.noun for t in tail[motion + 1:]):
        tail = tail[:motion + 1]  # 为企业产品进入国际市场提供支撑: where it goes is in the event
    if not tail or (not tail[-1].verb and tail[-1].tag != "vn"):
        return None
    if not any(t.verb or t.tag == "p" for t in tail) or any(
            t.text in ("的", "、", "，", "和", "与", "及") or t.tag not in _TAIL_TAGS
            or t.text in cues or t.text in ctx.args.light
            or t.text in ctx.lex.words("task_verbs") for t in tail):
        return None
    return a, b


def scope_free(ctx: SentenceContext, s: int, e: int) -> str | None:
    """The target at ``s:e`` without the word of scope or owner that opens it (全省农产品出村
    进城: 农产品出村进城; a ``drive_target_scopes`` word or a place name), when at least four
    characters are left; else None."""
    text = ctx.sim[s:e]
    words = ctx.tokens((s, e))
    lead = next((w for w in ctx.lex.list("drive_target_scopes") if text.startswith(w)), None)
    if lead is None and len(words) > 1 and words[0].tag == "ns":
        lead = words[0].text  # 甲州经济高质量发展
    if lead is None or len(text) - len(lead) < 4:
        return None
    return text[len(lead):]


def counted_work(ctx: SentenceContext, span: tuple[int, int]) -> str | None:
    """完成12台现役机组灵活性改造: a provider that counts what is worked on and closes with a
    word of work (``drive_counted_work_heads``) is also the work alone (灵活性改造: its last
    two words), else None."""
    words = ctx.tokens(span)
    if len(words) < 4 or words[0].tag not in ("m", "mq") or \
            words[-1].text not in ctx.lex.words("drive_counted_work_heads") or \
            not words[-2].noun:
        return None
    return ctx.sim[words[-2].start:words[-1].end]
