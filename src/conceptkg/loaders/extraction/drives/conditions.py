"""``只有(不断)推进A，才能促进B、C``: a clause of the only condition (it opens with a
``drive_condition_openers`` word and ends with a task and its object A) before a clause that
opens with a word of the result (``drive_condition_results``: 才能, 方能) and then a cue verb: A
is what brings B and C about, A drives each (:class:`.cue_drives.CueDrives`).

A condition that names no thing (``只有各方共同努力``: an actor; ``只有坚持不懈``: no object) and
a condition driven by an instrument (``只有以A推动X``) give nothing.
"""

from __future__ import annotations

from typing import Any

from ..discourse.context import SentenceContext
from ..rules.common import Found
from .cue_args import ACTORS

__all__ = ["condition_drives"]

_RULE = "cue_drives_chain"


def condition_drives(drv: Any, ctx: SentenceContext, cl: tuple[int, int],
                     before_cl: tuple[int, int] | None, out: list[Found]) -> None:
    """只有A，才能推动B: A drives B (``drv``: the :class:`.cue_drives.CueDrives`)."""
    if before_cl is None:
        return
    openers = ctx.lex.words("drive_condition_openers")
    lead = ctx.sim[before_cl[0]:before_cl[0] + 4]
    if not lead.startswith(openers):  # (a tuple: one test in C)
        return
    toks = ctx.tokens(cl)
    results = ctx.lex.wordset("drive_condition_results")
    k = 0
    while k < len(toks) and toks[k].tag in ("x", "c"):
        k += 1
    if k >= len(toks) or toks[k].text not in results:
        return
    q = k + 1
    while q < len(toks) and toks[q].tag in ("d", "ad") and toks[q].text not in drv.verbs:
        q += 1
    if q >= len(toks) or toks[q].text not in drv.verbs:
        return
    words = ctx.tokens(before_cl)
    if any(t.text in drv.instrument for t in words):
        return
    span = drv._task_object(ctx, words)
    if span is None:
        return
    src = drv._source(ctx, span, _RULE)
    if src is None or src.type in ACTORS:
        return
    drv._emit(ctx, src, drv._targets(ctx, toks, q + 1, _RULE), _RULE, out)
