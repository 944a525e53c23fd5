"""The purpose and theme methods of :class:`.cue_implements.CueImplements`: counted measures
that drive what their opening verb governs (出台30条推动B的政策举措), objects named by a theme
(开展X学习教育), relative objects of a launch (推出助力A的N条措施) and the goals they serve."""

from __future__ import annotations

from typing import Any

from ..arguments.phrases import Ent, counted_measures
from ..discourse.context import SentenceContext
from ..rules.common import Found
from ..words.tokens import Tok

__all__ = ["ImplementsPurpose"]


class ImplementsPurpose:
    """Mixin of :class:`.cue_objects.ImplementsObjects` (state is the component's)."""

    drive_verbs: Any
    measure_heads: Any

    def _measure_purpose(self, ctx: SentenceContext, toks: list[Tok], q: int,
                         out: list[Found]) -> None:
        """出台30条推动B的政策举措: counted measures whose words open with a DRIVES verb drive
        what that verb governs (B, without the measure head)."""
        if q + 1 >= len(toks):
            return
        whole = counted_measures(ctx.sim, toks[q + 1].start, toks[-1].end, self.measure_heads,
                                 self.measure_count)
        if whole is None:
            return
        k = next((k for k in range(q + 1, len(toks)) if toks[k].text in ("条", "项")
                  or toks[k].text.endswith(("条", "项"))), len(toks))
        if k + 2 >= len(toks) or toks[k + 1].text not in self.drive_verbs:
            return
        s = toks[k + 2].start
        e = whole.end - next(len(h) for h in sorted(self.measure_heads, key=len, reverse=True)
                             if whole.name.endswith(h))
        e -= ctx.sim[e - 1] == "的"
        target = ctx.args.entity(s, e, "cue_implements_purpose") if e - s >= 2 else None
        if target is not None and target.type not in ("Organization", "Place", "Person") and \
                ctx.claim("DRIVES", whole, target):
            out.append(Found(whole, "DRIVES", target, "cue_implements_purpose"))

    def _themed_object(self, ctx: SentenceContext, toks: list[Tok], q: int) -> Ent | None:
        """开展树立和践行X学习教育: the study campaign right after a conduct verb, its theme a
        verb phrase (see :meth:`_themed`)."""
        for j in range(q + 2, min(len(toks), q + 12)):
            for tail in (1, 2):
                if j - tail < q + 1 or ctx.sim[toks[j - tail + 1].start:toks[j].end] \
                        not in self.themed:
                    continue
                words = toks[q + 1:j + 1]
                if self._themed(ctx, words, tail):
                    return ctx.args.entity(words[0].start, words[-1].end, "cue_implements",
                                           hint="Initiative")
                return None
        return None

    def _themed(self, ctx: SentenceContext, words: list[Tok], tail: int) -> bool:
        """A study campaign (``IMPLEMENTS.themed_campaign_nouns``) whose theme before it is a
        verb phrase of plain words (no 的, no preposition, no clause mark, no cue verb)."""
        if ctx.sim[words[-tail].start:words[-1].end] not in self.themed or len(words) <= tail:
            return False
        theme = words[:-tail]
        return words[0].tag[:1] == "v" and len(theme) <= 8 and all(
            t.text not in ("的", "，", "、") and t.tag not in ("p", "x", "uj", "r") and
            t.text not in ctx.args.cue_verbs for t in theme)

    def _relative_object(self, ctx: SentenceContext, toks: list[Tok], q: int, ci: int
                         ) -> list[Ent]:
        """推出助力A，提升B的N条措施: a verb of purpose right after the implementing verb opens
        a relative clause (of one or more clauses, each opening with such a verb) whose 的
        closes on what was put out; that phrase must end its clause with an initiative head
        (the whole stretch stays an alias)."""
        if q + 1 >= len(toks) or not self._purpose_verb(ctx, toks[q + 1]) or \
                any(t.text == "、" for t in toks[q + 1:]):
            return []  # (构建统一的A、灵敏的B: a list of things, each with its quality)
        clauses = ctx.clauses[ci:ci + 3]
        for n, cl in enumerate(clauses):
            words = toks[q + 1:] if n == 0 else ctx.tokens(cl)
            if n and not (words and self._purpose_verb(ctx, words[0])):
                return []  # (a clause with a subject of its own ends the relative clause)
            de = [k for k, t in enumerate(words) if t.text == "的"]
            if not de:
                continue
            end = len(words)
            while end and words[end - 1].tag == "x":
                end -= 1
            head = words[de[-1] + 1:end]
            if not head or not ctx.sim[head[0].start:head[-1].end].endswith(
                    ctx.args.init_heads) or not ctx.args.phrase_ok(head) or \
                    ctx.args.type_of(ctx.sim[head[0].start:head[-1].end]) == "Concept":
                return []  # (构建更加完善的X体系: a known concept is no programme)
            stretch = ctx.sim[toks[q + 1].start:head[-1].end]
            ent = ctx.args.entity(head[0].start, head[-1].end, "cue_implements",
                                  hint="Initiative", extra_aliases=(stretch,))
            return [ent] if ent is not None and ent.type == "Initiative" else []
        return []

    def _purpose_targets(self, ctx: SentenceContext, toks: list[Tok], q: int, ci: int
                         ) -> list[Ent]:
        """What the relative clause of :meth:`_relative_object` says the thing put out is for,
        after a drive verb (推出助力A，提升B的N条措施: A)."""
        out = []
        for n, cl in enumerate(ctx.clauses[ci:ci + 3]):
            words = toks[q + 1:] if n == 0 else ctx.tokens(cl)
            de = next((k for k, t in enumerate(words) if t.text == "的"), len(words))
            end = de
            while end and words[end - 1].tag == "x":
                end -= 1
            if words and words[0].text in self.drive_verbs and end > 1:
                ent = ctx.args.entity(words[1].start, words[end - 1].end, "cue_implements")
                if ent is not None and ent.type not in ("Organization", "Place", "Person"):
                    out.append(ent)
            if de < len(words):
                break
        return out

    def _purpose_verb(self, ctx: SentenceContext, t: Tok) -> bool:
        """A verb that states what a thing put out is for (助力, 提升: a drive or light verb)."""
        return t.text in self.drive_verbs or t.text in ctx.args.light
