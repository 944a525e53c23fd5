"""Readers that the DRIVES component uses around a cue: the clause before it (read on first
use only), a counted launch that names the measures a cue phrase qualifies, and measures that
a cue phrase qualifies at the end of its clause."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..arguments.phrases import Ent
from ..discourse.context import SentenceContext
from ..words.tokens import Tok

__all__ = ["DriveReaders"]

_Span = tuple[int, int]
#: what a reader of the clause before gives: its subject, its task's object, the thing whose
#: state it gives (with aliases)
_PrevInfo = tuple[_Span | None, _Span | None, tuple[_Span, tuple[str, ...]] | None]


class DriveReaders:
    """Mixin of :class:`~.cue_drives.CueDrives` (its word lists and clause readers)."""

    states: Any
    measure_names: Any
    measure_count: Any
    purpose_heads: Any

    def _prev_reader(self, ctx: SentenceContext, before: tuple[int, int] | None,
                     carried: tuple[int, int] | None) -> Callable[[], _PrevInfo]:
        """A reader of the clause before (its subject, its task's object, the thing whose
        state it gives) that segments it on first use only; without a clause (the one before
        held a cue itself) the subject carried from it."""
        got: list[_PrevInfo] = []

        def read() -> _PrevInfo:
            if not got:
                if before is None:
                    got.append((carried, None, None))
                else:
                    words = ctx.tokens(before)
                    state = self._state_subject(ctx, words)
                    earlier = next((c for c in reversed(ctx.clauses) if c[1] <= before[0]), None)
                    if state is None and earlier is not None and words and \
                            self.states.match(ctx.sim, words[0].start):
                        # A产量翻番，超过X，带动B: the clause goes on about A
                        state = self._state_subject(ctx, ctx.tokens(earlier))
                    got.append((self.clause_subject(ctx, words), self._task_object(ctx, words),
                                state))
            return got[0]
        return read

    def _counted_measure(self, ctx: SentenceContext, src: Ent, dst: Ent
                         ) -> tuple[Ent, list[Ent]]:
        """发布43条推动B政策举措: a counted thing launched right before the cue and a target
        that ends in a measure head (``measure_names``) name one thing, the measures, which
        drive B (the head left out of B)."""
        head = next((h for h in self.measure_names
                     if dst.name.endswith(h) and len(dst.name) > len(h) + 1), None)
        if head is None or not self.measure_count.fullmatch(src.name):
            return src, [dst]
        name = ctx.sim[src.start:dst.end]
        return (Ent(name, "Initiative", src.start, dst.end, "noun_phrase", (src.name,)),
                [Ent(dst.name[:-len(head)], dst.type, dst.start, dst.end - len(head),
                     dst.rule)])

    def _names_measures(self, toks: list[Tok], q: int) -> bool:
        """The cue at ``q`` and its object qualify measures that close the clause (X出台推动B的
        政策措施): the measures drive B (read by ``_purpose``), not what issued them."""
        end = len(toks)
        while end and toks[end - 1].tag == "x":
            end -= 1
        return end > q + 2 and any(t.text == "的" for t in toks[q + 1:end - 1]) and \
            toks[end - 1].text.endswith(self.purpose_heads)
