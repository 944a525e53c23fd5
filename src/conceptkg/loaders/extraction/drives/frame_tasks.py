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

__all__ = ["frame_task_drives"]

_RULE = "cue_drives_frame_task"
_ACTORS = ("Organization", "Place", "Person")


def frame_task_drives(ctx: SentenceContext, toks: list[Tok], src: Ent | None,
                      out: list[Found]) -> None:
    """Add ``src`` DRIVES each thing the task clause ``toks`` fosters."""
    if src is None or src.type in _ACTORS or not toks:
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
            if actor is None or actor.type not in _ACTORS:
                return  # (甲产业加快发展: a thing of its own acts)
    j, fostered = k, False
    while j < len(toks) and (toks[j].text in ctx.args.light or toks[j].text in fosters
                             or toks[j].text in ctx.args.lead):
        fostered = fostered or toks[j].text in fosters
        j += 1
    if not fostered or j >= len(toks):
        return
    objs = ctx.args.objects(toks, j, verbs=fosters | ctx.args.light)
    end = next((t.end for t in reversed(toks) if t.tag != "x"), None)
    if not objs or objs[-1][1] != end:
        return  # (提升自主培养X水平: a verb inside, the object is no thing named whole)
    for s, e, _ in objs:
        ent = ctx.args.entity(s, e, _RULE)
        if ent is not None and ent.type in ("Concept", "Factor", "Initiative") and \
                (ent.start, ent.end) == (s, e) and ent.name != src.name:  # (the whole object)
            out.append(Found(src, "DRIVES", ent, _RULE))
