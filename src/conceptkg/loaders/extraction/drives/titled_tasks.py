"""The programme a numbered task's title names (``3. 实施甲计划。…，为B输送可靠的人才储备。``),
read as the driver of a subjectless 为B提供… clause in the task's body: the body tells what the
programme does, and its closing purpose is the programme's. Only inside the open task block
(``plans.blocks.TaskBlock``), whose title put the programme in place (``TaskBlock.project``
right after a verb of ``DRIVES.launch_verbs``, ``DRIVES.putting_verbs`` or
``task_body_launch_verbs``, or named by an initiative head that is no process word of
``programme_process_tails``: not 扎实推进X建设, a task said as a whole); a clause
with a subject, a means or a thing of its own keeps it (the caller tries those first).
"""

from __future__ import annotations

from ..arguments.phrases import Ent
from ..discourse.context import SentenceContext

__all__ = ["titled_programme"]


def titled_programme(ctx: SentenceContext) -> Ent | None:
    """The programme of the open task block's title when the sentence stands in that block
    after its title, else None."""
    block = ctx.state.block
    project = block.project
    if not block.is_open or project is None or project.type != "Initiative":
        return None
    if not (block.start <= project.start < project.end <= ctx.start):
        return None  # (the title itself, or a block the sentence is not in)
    verbs = (*ctx.lex.cues("DRIVES", "launch_verbs"), *ctx.lex.cues("DRIVES", "putting_verbs"),
             *ctx.lex.list("task_body_launch_verbs"))
    named = project.name.endswith(ctx.args.init_heads) and \
        not project.name.endswith(ctx.lex.words("programme_process_tails"))
    if not named and not ctx.sim[block.start:project.start].rstrip("“《").endswith(verbs):
        return None  # (扎实推进X建设: a task said as a whole, no programme the title put in place)
    return project
