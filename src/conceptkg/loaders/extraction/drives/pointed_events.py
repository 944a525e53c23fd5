"""A driver named only by a pointing word and an event (这次峰会将为B注入活力, 此访推动B,
此举将带动B) when nothing before in the sentence names it: the pointing phrase itself is the
event that drives (an Initiative, as ``本次峰会`` is), its head an alias. The pointing words are
``event_determiners`` (这次, 此次, 这届); the heads ``event_heads`` and ``pointed_event_heads``
(访问, 会议); the fused forms (此访, 此行, 此举) are ``standalone_pointers``. Tried after the
antecedent finders (:mod:`.anaphora`, :mod:`.abbreviated_anaphora`), which keep the
earlier full name when there is one."""

from __future__ import annotations

from ..discourse.context import SentenceContext
from ..mentions.mention_types import Ent

__all__ = ["closing_pointed_event", "pointed_event"]


def pointed_event(ctx: SentenceContext, span: tuple[int, int], rule: str) -> Ent | None:
    """The pointing phrase at ``span`` as an event of its own, else None (no pointing word, or
    a head that names no event)."""
    text = ctx.sim[span[0]:span[1]]
    if text in ctx.lex.wordset("standalone_pointers"):
        return Ent(text, "Initiative", span[0], span[1], rule)
    det = next((d for d in ctx.lex.words("event_determiners") if text.startswith(d)), None)
    if det is None:
        return None
    head = text[len(det):]
    if len(head) < 2 or not head.endswith((*ctx.lex.words("event_heads"),
                                           *ctx.lex.words("pointed_event_heads"))) or \
            any(not ch.isalnum() for ch in head):
        return None
    return Ent(text, "Initiative", span[0], span[1], rule, (head,))


def closing_pointed_event(ctx: SentenceContext, cl: tuple[int, int]) -> tuple[int, int] | None:
    """The span of the pointing phrase that closes the clause ``cl`` (在甲地举办这次论坛，为B注入
    活力: 这次论坛, what the clause before a subjectless 为B… holds), else None."""
    end = cl[1]
    while end > cl[0] and not ctx.sim[end - 1].isalnum():
        end -= 1
    text = ctx.sim[cl[0]:end]
    at = max((text.rfind(d) for d in ctx.lex.words("event_determiners")), default=-1)
    if at < 0:
        return None
    span = (cl[0] + at, end)
    return span if pointed_event(ctx, span, "") is not None else None
