"""Tasks under a driving frame: ``以A为引领，(甲省)加快培育壮大B、布局C`` — the clause after a
frame of instrument (``以A为引领/引擎/动力``) names no cue, but its verbs foster things
(``drive_frame_task_verbs``, after light verbs and adverbs): A drives each of them (B, C). The
clause may open with the body that acts (甲省: an organisation or place), not with a thing of its
own (甲产业加快发展: the frame's A is no driver of what another thing does)."""

from __future__ import annotations

from ..arguments.phrases import Ent
from ..discourse.context import SentenceContext
from ..rules.common import Found
from ..words.tokens import Tok
from .cue_args import ACTORS

__all__ = ["frame_task_drives", "whole_object_drives"]

_RULE = "cue_drives_frame_task"


def frame_task_drives(ctx: SentenceContext, toks: list[Tok], src: Ent | None,
                      out: list[Found]) -> None:
    """Add ``src`` DRIVES each thing the task clause ``toks`` fosters."""
    if src is None or src.type in ACTORS or not toks:
        return
    fosters = ctx.lex.wordset("drive_frame_task_verbs")
    k = next((j for j, t in enumerate(toks) if t.verb or t.text in ctx.args.light
              or t.text in fosters), None)
    if k is None:
        return
    if k > 0:
        lead = ctx.args._lead_end(toks, 0, k, light=False)
        if lead > 0:
            subject = ctx.args.subject(toks, lead) or (toks[0].start, toks[lead - 1].end)
            actor = ctx.args.entity(*subject, _RULE)
            if actor is None or actor.type not in ACTORS:
                return  # (甲产业加快发展: a thing of its own acts)
    j, fostered = k, False
    while j < len(toks) and (toks[j].text in ctx.args.light or toks[j].text in fosters
                             or toks[j].text in ctx.args.lead):
        fostered = fostered or toks[j].text in fosters
        j += 1
    if not fostered or j >= len(toks):
        return
    whole_object_drives(ctx, toks, j, src, _RULE, out, verbs=fosters | ctx.args.light)


def whole_object_drives(ctx: SentenceContext, toks: list[Tok], i: int, src: Ent, rule: str,
                        out: list[Found], verbs: frozenset[str] = frozenset(),
                        task: int | None = None) -> None:
    """Add ``src`` DRIVES each object after token ``i`` (items split at 、, an item's leading
    verb of ``verbs`` dropped) when the objects run to the clause's end and each is a thing named
    whole (提升自主培养X水平: a verb inside, no thing named whole: nothing). With ``task`` (the
    index of the task's verb), the task and its object are an alias of each object."""
    objs = ctx.args.objects(toks, i, verbs=verbs)
    end = next((t.end for t in reversed(toks) if t.tag != "x"), None)
    if not objs or objs[-1][1] != end:
        return
    for s, e, _ in objs:
        aka = (ctx.sim[toks[task].start:e],) if task is not None else ()
        ent = ctx.args.entity(s, e, rule, extra_aliases=aka)
        if ent is not None and ent.type in ("Concept", "Factor", "Initiative") and \
                (ent.start, ent.end) == (s, e) and ent.name != src.name:
            out.append(Found(src, "DRIVES", ent, rule))
