"""``A创造(了)(新的)B需求``, ``以A创造B``: a thing that creates demand or supply (a
``drive_create_objects`` word closing the object of a ``DRIVES.create_verbs`` word) drives it
(有效投资能够创造新的消费供给; 以高质量供给创造有效需求). What else is created (价值, 回报,
条件 without 为) is read as nothing here; 为B创造条件 is the provide frame
(:class:`.cue_provide.DriveProvide`).
"""

from __future__ import annotations

from ..discourse.context import SentenceContext
from ..words.tokens import Tok

__all__ = ["created"]

_Span = tuple[int, int]


def created(ctx: SentenceContext, toks: list[Tok]) -> tuple[_Span, _Span] | None:
    """(the creator's span, the created thing's span) of the clause ``toks``, else None."""
    verbs = ctx.lex.cues("DRIVES", "create_verbs")
    heads = ctx.lex.words("drive_create_objects")
    k = next((j for j, t in enumerate(toks) if t.text in verbs), None)
    if k is None or k == 0 or any(t.text == "为" for t in toks[:k]):
        return None
    end = len(toks)
    while end > k + 1 and toks[end - 1].tag == "x":
        end -= 1
    a = k + 1
    while a < end and (toks[a].tag in ("ul", "uj", "m", "q", "mq")
                       or (toks[a].tag in ("a", "ad", "d") and a + 1 < end
                           and toks[a + 1].text == "的")
                       or toks[a].text in ("出", "了", "更多", "大量")
                       or (toks[a].text == "新" and a + 1 < end and toks[a + 1].text == "的")):
        a += 1  # 创造了新的, 创造出可观的: how much or how new, no part of it (有效需求 and
        # 新需求 stay: a name)
    if a >= end or not ctx.sim[toks[a].start:toks[end - 1].end].endswith(heads) or any(
            t.tag in ("v", "p", "x", "c") for t in toks[a:end - 1]):  # (需求 may be tagged v)
        return None
    inst = max((j for j in range(k) if toks[j].text == "以"), default=None)
    if inst is not None and (inst + 1 >= k or any(t.tag in ("x", "v") for t in toks[inst + 1:k])
                             or any(t.tag == "x" for t in toks[:inst])):
        return None  # (以创新牵引转型、以转型创造需求: a pair of slogans)
    if inst is not None:
        src = (toks[inst + 1].start, toks[k - 1].end)  # 以A创造B
    else:
        j = k
        modals = ctx.lex.words("drive_provide_aspects")
        while j > 1 and (toks[j - 1].text in modals or toks[j - 1].tag in ("d", "ad")
                         or toks[j - 1].text in ("能够", "能", "会", "可", "将")):
            j -= 1
        span = ctx.args.subject([*toks[:j], *toks[k:]], j)
        if span is None:
            return None
        src = span
    return src, (toks[a].start, toks[end - 1].end)
