"""The body a bare head word stands for: a report names a group in full once (``据甲港集团
董事长介绍``) and then only by its head (``冷链班列由集团联合乙海关共同开行``, ``集团同步建成
X``). A word of ``bare_body_heads`` (zh/grammar.yaml: 集团) standing alone as an actor stands
for the nearest organisation named before it in its own paragraph (and a short window) whose
name ends with that word and is longer; when none is named there, the word is no actor (a
digest that names a group in one paragraph and says 集团 in another stays unresolved), nor
when another firm (a name ending with a word of ``bare_body_rivals``: 公司, 银行) is named in
between (a digest of a group and its companies: 集团 may be any of them). The look-back reads the
document's mentions of the window once (a bisect on their starts).
"""

from __future__ import annotations

from .context import SentenceContext

__all__ = ["earlier_body"]

#: how far back (characters) the full name may stand
_WINDOW = 400


def earlier_body(ctx: SentenceContext, start: int, word: str) -> str | None:
    """The full name of the body the bare head ``word`` at ``start`` takes up, else None."""
    if word not in ctx.lex.list("bare_body_heads"):
        return None
    rivals = ctx.lex.words("bare_body_rivals")
    para = ctx.sim.rfind("\n", 0, start) + 1
    for m in reversed(ctx.dm.between(max(para, start - _WINDOW), start)):
        if m.type != "Organization":
            continue
        if m.name.endswith(word) and len(m.name) > len(word) + 1:
            return m.name
        if m.name.endswith(rivals):
            return None  # (another firm named in between: no telling which)
    return None
