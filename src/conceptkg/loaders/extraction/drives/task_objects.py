"""What a task clause put in place, read as the driver of the subjectless cue clause after it
(``…，愿积极落实甲倡议，推动乙建设``).

A clause that launches or issues a thing (``推出X，促进B``; ``出台A措施，推动B``:
``DRIVES.launch_verbs``, ``IMPLEMENTS.issue_verbs``) hands it to a cue clause after it, and so
does one that puts a measure in force (``深入实施A行动，推动B``: ``DRIVES.putting_verbs``) unless
the body says it wills the task (``甲方愿实施好A项目，推动B``: ``DRIVES.topic_wills`` before).
A clause that only carries out, joins or speeds up a thing (落实A, 对接A, 加快A建设) lists one
task among others when the next clause opens with 推动 or 促进 (``落实甲倡议，推动乙``: two
tasks, 甲 drives nothing). The object still drives when it opens its clause (``A扎实推进，推动
B``: the clause says how A fares), when the next clause opens with a chain verb
(``DRIVES.chain``: 落实A，助力B) or with a word of result before the cue
(``DRIVES.result_adverbs``: 落实A，进一步促进B).
"""

from __future__ import annotations

from collections.abc import Collection

from ..arguments.phrases import Ent
from ..discourse.context import SentenceContext
from ..words.tokens import Tok

__all__ = ["task_object_drives"]


def task_object_drives(ctx: SentenceContext, obj: Ent, toks: list[Tok], q: int,
                       launches: Collection[str], putting: Collection[str],
                       chain: Collection[str], results: Collection[str],
                       wills: Collection[str]) -> bool:
    """Whether ``obj`` (an object of an earlier clause) drives what the cue at ``q`` of the
    subjectless clause ``toks`` names (``launches``: the verbs that launch or issue a thing;
    ``putting``: those that put it in force; ``wills``: words of will or duty)."""
    if obj.name.endswith(tuple(ctx.lex.list("aim_heads"))):
        return False  # 打造X高地，赋能Y: an aim to reach, no thing that works yet
    if toks[q].text in chain or any(t.text in results for t in toks[:q]):
        return True
    clause = next((c for c in ctx.clauses if c[0] <= obj.start < c[1]), None)
    if clause is None:
        return True
    own = [t for t in ctx.tokens(clause) if t.end <= obj.start]
    if not any(t.verb for t in own):
        return True  # 一系列新政策密集出台，推动B: the clause is about the thing itself
    if any(t.text in launches for t in own):
        return True  # 推出A，促进B; 出台A措施，推动B
    before = [t for c in ctx.clauses if c[0] < clause[0] for t in ctx.tokens(c)] + own
    if any(t.text in wills for t in before):
        return False  # 甲方愿实施好A项目，推动B: tasks the body wills
    return any(t.text in putting for t in own)
