"""Items of a list that share one kind: a known term under a short qualifier names the
narrower thing (人工智能、人形机器人、氢能: 人形机器人, not 机器人), and an unknown name guessed
from its head word takes the type of the known items beside it (5G、千兆光网: both factors)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .mention_types import Ent

if TYPE_CHECKING:  # pragma: no cover
    from .phrases import Phrases

__all__ = ["qualified_item", "same_kind"]


def qualified_item(ph: Phrases, a: int, b: int, ent: Ent) -> Ent:
    """``ent`` found in the list item ``[a, b)``, or the whole item when a two-character
    qualifier stands before the known term (人形机器人)."""
    a, b = ph.clean(a, b)
    prefix = ph.sim[a:ent.start]
    if ent.rule != "lexicon" or ent.end != b or ent.weak or len(prefix) != 2 or \
            not re.fullmatch(r"[\u4e00-\u9fff]{2}", prefix) or \
            ph.lex.regex("not_qualifier").search(prefix) or \
            prefix.startswith(tuple(ph.prefixes)) or prefix in ph.lex.words("list_task_verbs") or \
            ph.dm.between(a, ent.start):
        return ent
    text = ph.sim[a:b]
    if not ph.valid_name(text, ent.type):
        return ent
    return Ent(text, ent.type, a, b, "list_item")


def same_kind(out: list[Ent]) -> list[Ent]:
    """Guessed names (noun phrases) take the one type of the known items of their list."""
    known = {x.type for x in out if x.rule == "lexicon" and not x.weak}
    if len(known) != 1 or not known <= {"Concept", "Factor"}:
        return out
    type_ = next(iter(known))
    return [Ent(x.name, type_, x.start, x.end, x.rule, x.aliases) if x.rule == "noun_phrase"
            and x.type != type_ else x for x in out]
