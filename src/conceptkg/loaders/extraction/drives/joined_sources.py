"""Two things joined by 和 drive each (``A和B带动C``, ``以A和B赋能C``, ``A和B是C的关键要素``):
a source phrase that is two noun phrases joined by one ``engine_joins`` word (和, 及, 以及) names
two drivers, not one. Not a pair that changes together (``A和B融合``, ``A和B协同转型``:
``joint_tails``, ``drive_joint_words``), not a
phrase with 的 (``A和B的提升`` is one process), not 与 (``A与B`` often names one relation).
"""

from __future__ import annotations

from ..arguments.phrases import Ent
from ..discourse.context import SentenceContext
from ..words.tokens import Tok

__all__ = ["joined_sources"]


def joined_sources(ctx: SentenceContext, src: Ent, joins: frozenset[str], rule: str,
                   actors: tuple[str, ...]) -> list[Ent] | None:
    """The two members of ``src`` (each a phrase of nouns, see :func:`_nominal`; the pair no
    joint change), those of them that name a thing; None when ``src`` is no such pair (a name
    of the lexicon, a quoted name, a list with 、)."""
    if src.rule != "chunk" or not any(j in src.name for j in joins) or \
            any(c in src.name for c in "的、“”《》"):
        return None
    words = ctx.tokens((src.start, src.end))
    cut = [k for k, t in enumerate(words) if t.text in joins]
    if len(cut) != 1 or not 0 < cut[0] < len(words) - 1 or \
            src.name.endswith(tuple(ctx.lex.list("joint_tails"))):
        return None
    k = cut[0]
    left, right = words[:k], words[k + 1:]
    if any(w in ctx.sim[right[0].start:right[-1].end] for w in ctx.lex.list("drive_joint_words")):
        return None  # (A和B协同转型: the joint change; 以文旅融合和B: 融合 names A)
    if not all(_nominal(part) for part in (left, right)):
        return None
    out = []
    for part in (left, right):
        ent = ctx.args.entity(part[0].start, part[-1].end, rule)
        if ent is not None and ent.type not in actors and \
                not ctx.args.is_place(part[0].start, part[-1].end):
            out.append(ent)
    return out


def _nominal(words: list[Tok]) -> bool:
    """A phrase of two or more characters made of nouns; its last word may be the verb of
    what the nouns before it undergo (绿色化/n 改造/v: an action said as a noun)."""
    head = words[:-1] if len(words) > 1 and words[-1].verb else words
    return words[-1].end - words[0].start >= 2 and all(t.noun for t in head)
