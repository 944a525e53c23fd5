"""Co-organisers in the clause after ``X由A主办`` (a report's programme): a clause that names
only bodies and closes with an organiser verb and no object (``，B、C承办``, ``，B、C等N个部门
共同组织实施``, ``，联合B、C共同建设运营``) has the same subject X, so B and C carry out X
too. The clause may open with a partner word (联合, 会同) and hold, besides the bodies, only
list marks, words of ``IMPLEMENTS.gap_words`` (共同, 分别), counts and a group head (等12个部门).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..arguments.phrases import Ent
from ..discourse.context import SentenceContext
from ..words.tokens import Tok

if TYPE_CHECKING:
    from .cue_implements import CueImplements

__all__ = ["co_organisers"]


def co_organisers(imp: CueImplements, ctx: SentenceContext, toks: list[Tok]) -> list[Ent]:
    """The bodies of a clause that only names them and closes with organiser verbs; []."""
    closing = imp.organizer | imp.subject_organizer | imp.verbs
    v = len(toks)
    while v > 0 and toks[v - 1].text in closing:
        v -= 1
    if v == len(toks) or v == 0:
        return []
    k = 1 if toks[0].text in imp.partners else 0
    actors = imp._orgs_between(ctx, toks, k, v)
    if not actors:
        return []
    covered = [(a.start, a.end) for a in actors]
    joins = ctx.lex.charset("list_join_marks")
    for t in toks[k:v]:
        if any(s <= t.start and t.end <= e for s, e in covered):
            continue
        if t.text in joins or t.text in imp.gap_words or t.tag in ("m", "q") or \
                t.text.endswith(imp.actor_groups):
            continue
        return []  # (anything else: an object, a place, a clause of its own)
    return actors
