"""A body named right after the body it belongs to, with nothing between them: ``自然资源部甲乙
调查局开展X``, ``水利部丙丁委员会启动Y``. News names a bureau with its ministry before it; the
bureau is the one that acts, its full name the two names together (the bureau's own name an
alias). A bare word for a kind of body or for the writer's own (``appositive_kinds``,
``org_heads``, ``org_self_mentions``; also a phrase ending with a word of ``appositive_kinds``:
``全资子公司甲乙快运``, ``集团乙公司``) is no superior. A place
before a body is no such superior (``海州市商务局`` is one name already), and a mark or a word
between the two (``甲部、乙局``, ``甲部与乙局``) parts two bodies that both act. A count of
bodies after the last of a list (``甲部、乙部、丙部三部门``) is no body of its own either.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..mentions.mention_types import Ent

if TYPE_CHECKING:
    from ..discourse.context import SentenceContext
    from ..words.tokens import Tok

__all__ = ["subordinate_body"]


def _kinds(ctx: SentenceContext) -> frozenset[str]:
    """Words that name a kind of body, or the writer's own, not one body."""
    return frozenset(ctx.lex.list("appositive_kinds")) | frozenset(ctx.lex.list("org_heads")) \
        | frozenset(ctx.lex.list("org_self_mentions"))


def subordinate_body(actors: object, ctx: SentenceContext, toks: list[Tok], found: list[Ent],
                     k: int, q: int) -> tuple[Ent, int] | None:
    """The body named at toks[k] when it follows the last of ``found`` with nothing between
    (its superior is no place), as an actor with the two names together, and the index after
    it; None otherwise. ``actors`` is the :class:`.cue_actors.ImplementsActors`."""
    if not found or k >= q or found[-1].end != toks[k].start:
        return None
    sup = found[-1]
    if ctx.args.is_place(sup.start, sup.end) or sup.type != "Organization" or \
            sup.name in _kinds(ctx) or len(sup.name) < 3 or \
            sup.name.endswith(ctx.lex.words("appositive_kinds")):
        return None  # (子公司甲乙快运: a kind of body, no superior)
    span = actors._org_at(ctx, toks, k, q)  # type: ignore[attr-defined]
    if span is None or ctx.args.is_place(span[0], span[1]):
        return None
    _, e, name, j = span
    if len(name) < 3 or name[0].isdigit() or name[0] in ctx.lex.charset("org_number_chars"):
        return None  # (甲部、乙部、丙部三部门联合印发X: a count of the bodies listed, no bureau)
    full = Ent(sup.name + name, "Organization", sup.start, e, "cue_org", (name,))
    return full, j
