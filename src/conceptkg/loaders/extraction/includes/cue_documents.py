"""The document that owns a counted list of tasks: ``计划提出三项主要举措，包括A、B和C``
(``X提出/明确/部署 N项H，包括…``: ``document_task_verbs``, a head of ``task_heads``). A policy
document (a phrase ending with a ``policy_heads`` word, or a title in 《》) sets out the tasks,
so it includes each listed task, not the counted summary ``三项主要举措``. A bare document word
(方案, 规划) stands for the nearest document named before it that ends with it (an earlier
sentence's 《甲区乙丙行动方案》). A body that proposes tasks (国务院提出…) owns nothing here.
"""

from __future__ import annotations

from ..discourse.context import SentenceContext
from ..discourse.earlier_heads import earlier_name
from ..mentions.mention_types import Ent
from ..words.tokens import Tok

__all__ = ["DocumentOwners"]

#: the longest bare document word read as standing for an earlier name (方案, 实施方案)
_BARE_MAX = 4


class DocumentOwners:
    """Owners of counted task lists; the host gives ``task_heads``, ``_head``,
    ``_count_prefix``."""

    def _document_owner(self, ctx: SentenceContext, prev: list[Tok], counted: Ent
                        ) -> Ent | None:
        """The document opening ``prev`` (the clause before the list) that sets out the
        counted tasks ``counted``; None for any other clause."""
        name = counted.name
        cut = self._count_prefix.match(name)
        if cut is None or not name[cut.end():].endswith(self.task_heads):
            return None
        verbs = ctx.lex.words("document_task_verbs")
        v = next((k for k, t in enumerate(prev) if t.text in verbs), None)
        if not v:
            return None
        a = ctx.args._lead_end(prev, 0, v, light=False)
        if a >= v:
            return None
        s, e = prev[a].start, prev[v - 1].end
        text = ctx.sim[s:e]
        if text.startswith("《") and text.endswith("》"):
            return ctx.args.entity(s + 1, e - 1, "cue_includes")
        if not text.endswith(tuple(ctx.lex.list("policy_heads"))) or \
                ctx.args.organisation(s, e):
            return None
        if len(text) <= _BARE_MAX:
            return earlier_name(ctx, s, (s, e)) if s == ctx.start else None
        return self._head(ctx, (s, e), "cue_includes")
