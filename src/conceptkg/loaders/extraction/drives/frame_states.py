"""Two readings of a clause next to a driving frame or a cue clause:

``以A为动力/引领/支撑，B不断壮大``: a clause that is only a driving frame (``以A为<frame>``,
``DRIVES.frames``; not a frame of focus or occasion, ``DRIVES.focus_frames``) followed by a
clause with a subject of its own that only says how that subject grows or changes (it ends with
a ``drive_frame_growth_verbs`` word or a ``DRIVES.state_predicates`` one, adverbs before it):
A drives the subject B, as in ``在A的带动下，B快速增长`` (:meth:`.cue_drives.CueDrives._under`).

A clause that opens with a task (``以A为引领，加强X``) is left to the frame carried over task
clauses; an actor as the subject (``以A为抓手，甲市…``) is no target.

``各地培育壮大A，为B注入动能``: a clause whose own cue verb (培育, 推动) has an actor as its
subject (its own or that of the clauses before; or none at all) hands its object A to the
subjectless ``为B提供/注入…`` clause after it (:func:`cued_task_object`), unless what it
launched is read as such, unless the clause drives by an instrument (``以A推动C，为B…``: the
instrument is the driver) or the object is itself a clause (``推动A赋能C``).
"""

from __future__ import annotations

from typing import Any

from ..discourse.context import SentenceContext
from ..rules.common import Found
from ..words.tokens import Tok
from .cue_args import ACTORS

__all__ = ["cued_task_object", "frame_state_drives"]

_RULE = "cue_drives_under"


def _frame_span(drv: Any, toks: list[Tok]) -> tuple[int, int] | None:
    """The span of A when the clause ``toks`` is only ``以A为<frame>`` (adverbs before)."""
    n = len(toks)
    while n and toks[n - 1].tag == "x":
        n -= 1
    k = 0
    while k < n and toks[k].tag in ("d", "ad", "c", "x"):
        k += 1
    if n - k < 4 or toks[k].text != "以" or toks[n - 1].text not in drv.frames or \
            toks[n - 2].text != "为" or toks[n - 1].text in drv.focus:
        return None
    inner = toks[k + 1:n - 2]
    if any(t.text == "为" or t.tag == "p" for t in inner):
        return None
    return inner[0].start, inner[-1].end


def _grows(drv: Any, ctx: SentenceContext, toks: list[Tok], growth: frozenset[str]) -> bool:
    """The clause closes with a word of growth or a state word, only adverbs before it."""
    n = len(toks)
    while n and toks[n - 1].tag == "x":
        n -= 1
    if n < 2:
        return False
    last = toks[n - 1]
    st = drv.states.match(ctx.sim, last.start)
    if last.text not in growth and (st is None or st.end() != last.end):
        return False
    return toks[n - 2].tag in ("d", "ad", "vd") or toks[n - 2].noun


def frame_state_drives(drv: Any, ctx: SentenceContext, cl: tuple[int, int],
                       before_cl: tuple[int, int] | None, out: list[Found]) -> None:
    """以A为<frame>，B<grows>: A drives B (``drv``: the :class:`.cue_drives.CueDrives`)."""
    if before_cl is None or "以" not in ctx.sim[before_cl[0]:before_cl[0] + 4]:
        return
    span = _frame_span(drv, ctx.tokens(before_cl))
    if span is None:
        return
    toks = ctx.tokens(cl)
    growth = ctx.lex.wordset("drive_frame_growth_verbs")
    if drv._opens_task(ctx, toks) or any(t.text in drv.verbs for t in toks) or \
            not _grows(drv, ctx, toks, growth):
        return
    src = drv._source(ctx, span, _RULE) or ctx.args.entity(*span, _RULE)
    # (以创新为动力: one word of action between 以 and 为 names the driving thing too)
    if src is None or src.type in ACTORS:
        return
    drv._under_target(ctx, cl, toks, -1, True, [src], out)


def cued_task_object(drv: Any, ctx: SentenceContext, cl: tuple[int, int]) -> tuple[int, int] | None:
    """The object of the cue clause ``cl`` that a 为B提供… clause after it takes as its driver
    (see the module), else None."""
    toks = ctx.tokens(cl)
    if ctx.state.objects.get(cl) or any(t.text in drv.instrument for t in toks):
        return None  # (实施甲培育工程，为B…: what was launched, read as such)
    subject = drv.clause_subject(ctx, toks)
    for earlier in reversed([c for c in ctx.clauses if c[1] <= cl[0]] if subject is None else []):
        subject = drv.clause_subject(ctx, ctx.tokens(earlier))  # (the topic carried over tasks)
        if subject is not None:
            break  # (A…，不仅推动X，也为B…: A, the topic of the clauses before, drives)
    if subject is not None and (
            drv._source(ctx, subject, "cue_drives_provide") is not None or (
                all(t.tag == "r" for t in ctx.tokens(subject))
                and ctx.sim[subject[0]:subject[1]] not in drv.place_deictics)):
        return None  # (A推动X，为B…: A drives, read as the subject carried; 它推动X: the thing
        # it points at)
    span = drv._task_object(ctx, toks)
    if span is None or drv._source(ctx, span, "cue_drives_provide") is None or any(
            t.text in drv.verbs or t.tag in ("d", "ad", "p") for t in ctx.tokens(span)):
        return None
    return span
