"""A thing that helps a task: ``A有助于完善B`` / ``A有利于稳定B`` — after a verb of help
(``DRIVES.help_verbs``) and adverbs, a verb that is no cue of DRIVES and its object: A drives B
(``完善B`` an alias). A is the subject before the verb of help (as for ``A有利于推动B``, read by
the cue component); a body, or a help verb without a subject, gives nothing."""

from __future__ import annotations

from collections.abc import Callable, Collection

from ..arguments.phrases import Ent
from ..discourse.context import SentenceContext
from ..rules.common import Found
from ..words.tokens import Tok
from .cue_args import ACTORS
from .frame_tasks import whole_object_drives

__all__ = ["help_task_drives"]

_RULE = "cue_drives_help"


def help_task_drives(ctx: SentenceContext, toks: list[Tok], helps: Collection[str],
                     subject: Callable[[], tuple[int, int] | None],
                     source: Callable[[tuple[int, int]], Ent | None], out: list[Found]) -> None:
    """Add the subject's DRIVES edges to what the task after a verb of help works on."""
    h = next((k for k, t in enumerate(toks) if t.text in helps), None)
    if h is None:
        return
    v = h + 1
    while v < len(toks) and (toks[v].text in ctx.args.lead or toks[v].tag in ("d", "ad")):
        v += 1
    if v + 1 >= len(toks) or toks[v].tag != "v" or len(toks[v].text) < 2:
        return
    span = subject()
    src = source(span) if span is not None else None
    if src is None or src.type in ACTORS:
        return
    whole_object_drives(ctx, toks, v + 1, src, _RULE, out, task=v)  # (A有利于形成X的Y: none)
