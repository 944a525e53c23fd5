"""``拨付配套经费，支持B``; ``A授信总额已达N亿元，有力支持B``: money or measures that support
drive what they support (a body that supports does not drive). A mixin of methods only, like
:class:`.cue_frames.DriveFrames`: the state is :class:`.cue_drives.CueDrives`'s.
"""

from __future__ import annotations

from ..discourse.context import SentenceContext
from ..rules.common import Found
from ..words.tokens import Tok
from .cue_args import ACTORS

__all__ = ["DriveSupport"]


class DriveSupport:
    """The verb-of-support method of :class:`.cue_drives.CueDrives`."""

    def _support(self, ctx: SentenceContext, cl: tuple[int, int], toks: list[Tok],
                 out: list[Found]) -> None:
        """拨付配套经费，支持B; 运用政府债券支持B; 推出10项举措支持B: money or measures
        (``fund_heads``) named right before a verb of support (``support_verbs``), in its
        clause or ending the clause before, drive what it supports (a body that supports
        does not drive)."""
        k = next((j for j, t in enumerate(toks) if t.text in self.support_verbs), None)
        if k is None:
            return
        j = k
        while j > 0 and (toks[j - 1].text in ctx.args.lead or toks[j - 1].tag in ("d", "ad")
                         or toks[j - 1].text in self.openers
                         or toks[j - 1].text in self.result_adverbs):
            j -= 1  # (更好支持B, 重点支持B, 用于支持B, 有力支持B)
        if j:
            words = toks[:j]
        else:
            prev = next((c for c in reversed(ctx.clauses) if c[1] <= cl[0]), None)
            words = ctx.tokens(prev) if prev is not None else []
            while words and words[-1].tag == "x":
                words = words[:-1]
        b = len(words)
        while b and (words[b - 1].tag[:1] in ("n", "m", "q") or words[b - 1].tag == "b"):
            b -= 1
        e = len(words)
        while e > b and words[e - 1].tag[:1] in ("m", "q"):
            e -= 1  # (资金500万元: the amount after the head)
        a = b
        while a < e and words[a].tag[:1] in ("m", "q"):
            a += 1  # (8亿元X基金: the amount before the name; the whole an alias)
        fared = self._state_subject(ctx, words) if not j and words else None
        if fared is not None and ctx.sim[fared[0][0]:fared[0][1]].endswith(self.fund_heads):
            # A授信总额已达N亿元，有力支持B: the money whose state the clause before gives
            src = self._source(ctx, fared[0], "cue_drives_support", fared[1])
        elif a >= e or not words[e - 1].text.endswith(self.fund_heads) \
                or not (b and (words[b - 1].text in self.fund_verbs
                               or words[b - 1].text in self.instrument)):
            return  # (only what was put in place or an instrument names: 政府支持B is none)
        else:
            whole = ctx.sim[words[b].start:words[-1].end]
            src = self._source(ctx, (words[a].start, words[e - 1].end), "cue_drives_support",
                               (whole,) if (a, e) != (b, len(words)) else ())
        if src is None:
            return
        objs = ctx.args.objects(toks, k + 1)
        n = len(toks)
        while n and toks[n - 1].tag == "x":
            n -= 1
        rest = [t for t in toks[:n] if objs and t.start >= objs[0][1]]
        dsts = self._targets(ctx, toks, k + 1, "cue_drives_support")
        if len(objs) == 1 and 0 < len(rest) <= 2 and all(t.tag in ("v", "vn") for t in rest):
            # 支持X维修加固: what is supported is the activity, to the clause end
            ent = ctx.args.entity(objs[0][0], rest[-1].end, "cue_drives_support")
            dsts = [ent] if ent is not None and ent.type not in ACTORS else dsts
        self._emit(ctx, src, dsts, "cue_drives_support", out)
