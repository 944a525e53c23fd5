"""Sources of a cue clause read from the words around it (:class:`.cue_drives.CueDrives`, a
mixin of methods only, like :class:`.cue_frames.DriveFrames`):

- ``投放200余台清扫车助力B``: what the clause puts to work right before the cue
  (:mod:`.deployed`), unless people;
- ``X成为销售主力，明显拉动B``: the subject of a copula clause before that gives X a driving
  role (:func:`.aim_copula.role_copula_subject`).
"""

from __future__ import annotations

from typing import Any

from ..arguments.phrases import Ent
from ..discourse.context import SentenceContext
from ..words.tokens import Tok
from .aim_copula import role_copula_subject
from .deployed import deployed_object

__all__ = ["DriveNewsSources"]


class DriveNewsSources:
    """The put-to-work and role-copula sources of :class:`.cue_drives.CueDrives`."""

    deploy: frozenset[str]
    engines: frozenset[str]
    role_copulas: frozenset[str]
    people_heads: tuple[str, ...]
    _source: Any

    def _deployed_source(self, ctx: SentenceContext, toks: list[Tok], q: int) -> Ent | None:
        """X in ``投入(count)X<cue at q>B``, not people (投入X人员助力B: people work)."""
        put = deployed_object(ctx, toks, q, self.deploy)
        src = self._source(ctx, put[0], "cue_drives_chain", put[1]) if put else None
        return None if src is None or src.name.endswith(self.people_heads) else src

    def _role_copula_source(self, ctx: SentenceContext, before: tuple[int, int] | None
                            ) -> Ent | None:
        """X of a clause ``X成为…主力`` right before (``before``), else None."""
        if before is None:
            return None
        span = role_copula_subject(ctx, ctx.tokens(before), self.engines, self.role_copulas)
        return self._source(ctx, span, "cue_drives_chain") if span is not None else None
