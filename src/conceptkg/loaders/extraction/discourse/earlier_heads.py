"""The name an anaphoric head of a list takes up from an earlier sentence: a plan or a
report names a thing once, often as the title of a numbered item (``1．甲乙产品线。``,
``（二）丙丁产业链。``), and goes on with ``该系列主要包括A、B``. Such a head (one
of ``anaphoric_determiners`` before a head word) stands for the nearest name before it,
within a short window, that ends with the head word and is no body, place or person: a
known mention, or the whole run of characters before the head word framed as a title. The
entity is placed at the words that stand for it, so the sentence keeps its spans.
"""

from __future__ import annotations

from ..mentions.mention_types import Ent
from .context import SentenceContext

__all__ = ["earlier_name"]

#: how far back (characters) the name may be written
_WINDOW = 400
#: the longest title run read before the head word
_LONGEST = 16
_NOT_THINGS = ("Organization", "Place", "Person")
#: the marks around a title: an ordinal's mark or a line's start before, a full stop or a line's
#: end after (1．甲乙产品线。 / （二）丙丁产业链。)
_TITLE_OPEN = "\n．.、）)"
_TITLE_CLOSE = "。\n：:"


def _name_char(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or ch in "“”"


def _determined(ctx: SentenceContext, p: int) -> bool:
    return any(ctx.sim.endswith(d, 0, p) for d in ctx.lex.words("anaphoric_determiners"))


def _mentioned(ctx: SentenceContext, lo: int, start: int, head: str) -> Ent | None:
    """The nearest known mention in ``lo``–``start`` ending with ``head`` (no body)."""
    for m in reversed(ctx.args.dm.between(lo, start)):
        if m.type not in _NOT_THINGS and not m.weak and m.name.endswith(head) and \
                len(m.name) >= len(head) + 2:
            return Ent(m.name, m.type, m.start, m.end, m.rule, m.aliases)
    return None


def _titled(ctx: SentenceContext, lo: int, start: int, head: str) -> Ent | None:
    """The nearest run of name characters in ``lo``–``start`` that ends with ``head`` and is
    framed as a title (``_TITLE_OPEN`` before, ``_TITLE_CLOSE`` after)."""
    sim = ctx.sim
    p = sim.rfind(head, lo, start)
    while p >= lo:
        e = p + len(head)
        s = p
        while s > lo and _name_char(sim[s - 1]) and e - s <= _LONGEST:
            s -= 1
        if e - s <= _LONGEST and e - s >= len(head) + 2 and not _determined(ctx, p) and \
                s > 0 and sim[s - 1] in _TITLE_OPEN and (e >= len(sim) or sim[e] in _TITLE_CLOSE):
            ent = ctx.args.entity(s, e, "anaphor")
            if ent is not None and ent.type not in _NOT_THINGS and ent.name.endswith(head):
                return ent
        p = sim.rfind(head, lo, p)
    return None


def _launched(ctx: SentenceContext, lo: int, start: int, head: str) -> Ent | None:
    """The object, ending with ``head``, of a verb of launching (``IMPLEMENTS.verbs``) that
    closes the sentence just before (甲市发布X计划。该计划…: X计划)."""
    sim = ctx.sim
    e = start - 1
    while e > lo and sim[e - 1] in "。！；\n ":
        e -= 1
    if not sim.endswith(head, lo, e):
        return None
    s = e - len(head)
    while s > lo and _name_char(sim[s - 1]) and e - s <= _LONGEST:
        s -= 1
    verbs = ctx.lex.cues("IMPLEMENTS", "verbs")
    cuts = sorted({k + len(v) for v in verbs for k in range(s, e - len(head))
                   if sim.startswith(v, k)}, reverse=True)
    for cut in cuts:  # (启动乡村建设行动: 建设 inside the name, 启动 before it)
        if e - cut < len(head) + 2:
            continue
        ent = ctx.args.entity(cut, e, "anaphor")
        if ent is not None and ent.type == "Initiative" and ent.name.endswith(head):
            return ent
        break
    return None


def earlier_name(ctx: SentenceContext, det_start: int, span: tuple[int, int]) -> Ent | None:
    """What ``sim[det_start:span[1]]`` (a determiner and the head word ``sim[span]``) takes up
    from before the sentence; None when nothing before ends with the head word."""
    head = ctx.sim[span[0]:span[1]]
    if len(head) < 2:
        return None
    lo = max(0, ctx.start - _WINDOW)
    known = _mentioned(ctx, lo, ctx.start, head)
    titled = _titled(ctx, known.end if known is not None else lo, ctx.start, head)
    ref = titled or known or _launched(ctx, lo, ctx.start, head)
    if ref is None:
        return None
    return Ent(ref.name, ref.type, det_start, span[1], "anaphor", ref.aliases)
