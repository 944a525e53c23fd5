"""INCLUDES read off a widening range: ``X(则/也)从A扩展到B、C和D`` (cue list
``INCLUDES.range_verbs``): X includes B, C and D, when two or more things follow the verb and a
``从`` opens the range; ``X的范围从A扩展到B、C`` names X (``range_nouns``). One thing
after the verb (服务范围从本地扩展到周边城市) is a reach, not a list, and gives nothing."""

from __future__ import annotations

from ..discourse.context import SentenceContext
from ..rules.common import Found
from ..words.tokens import Tok

__all__ = ["RangeLists"]


class RangeLists:
    """Lists that a range verb opens; the host gives ``range_verbs``, ``range_nouns``,
    ``_head``, ``_items`` and ``_emit``."""

    def _range(self, ctx: SentenceContext, toks: list[Tok], out: list[Found]) -> bool:
        """The edges of ``toks`` (one clause) when it widens a range; True when it does."""
        v = next((q for q, t in enumerate(toks) if t.text.startswith(self.range_verbs)
                  or (q + 1 < len(toks) and t.text + toks[q + 1].text in self.range_verbs)),
                 None)
        if v is None:
            return False
        frm = next((k for k in range(v - 1, 0, -1) if toks[k].text == "从"), None)
        if frm is None:
            return False
        span = ctx.args.subject(toks, frm)
        if span is not None:
            text = ctx.sim[span[0]:span[1]]
            noun = next((n for n in self.range_nouns if text.endswith("的" + n)), None)
            if noun is not None:
                span = (span[0], span[1] - len(noun) - 1)  # X的范围: X
        head = self._head(ctx, span, "cue_includes") if span is not None else None
        if head is None:
            return True
        after = v + 1 if toks[v].text in self.range_verbs else v + 2
        items = self._items(ctx, toks, after, "cue_includes", head)
        if len(items) >= 2:
            self._emit(ctx, head, items, "cue_includes", out)
        return True
