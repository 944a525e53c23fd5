"""A place before a known term in a driver (``甲市人工智能赋能B``): the place says where, the
term drives; the phrase as written stays an alias."""

from __future__ import annotations

from ..arguments.phrases import Ent
from ..discourse.context import SentenceContext

__all__ = ["term_after_place"]


def term_after_place(ctx: SentenceContext, span: tuple[int, int], ent: Ent) -> Ent:
    """The known term (a lexicon Concept or Factor, not weak) that follows a place opening
    ``span``, with ``ent``'s name as an alias; ``ent`` itself when there is none."""
    place = ctx.args.dm.starting(span[0], span[1] - 2)
    if place is None or place.type != "Place":
        return ent
    term = ctx.args.dm.at(place.end, span[1])
    if term is None or term.weak or term.type not in ("Concept", "Factor") or \
            term.rule != "lexicon":
        return ent
    return Ent(term.name, term.type, term.start, term.end, "lexicon", (*term.aliases, ent.name))
