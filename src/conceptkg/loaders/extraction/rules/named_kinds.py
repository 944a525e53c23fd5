"""``X包括A、B等H`` where H is a named kind (a term of the lexicon, or one after a qualifier of
novelty: ``新型劳动资料``): the list is H's, and X includes H, not each item (``新质生产力包括
工业机器人、智能传感器等新型劳动资料``: 新质生产力 INCLUDES 新型劳动资料, 新型劳动资料 INCLUDES
工业机器人 …, the second read by the 等-rules). A generic head (``等环节``, ``等多种形态``,
``等有形的要素``) is no named kind: X keeps the items. The qualifiers are
``named_kind_qualifiers`` (zh/grammar.yaml)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..arguments.phrases import Ent, ent_of

if TYPE_CHECKING:  # pragma: no cover
    from .common import RuleBase

__all__ = ["named_kind"]

#: the types of a named kind
_KINDS = ("Concept", "Factor")


def named_kind(rules: RuleBase, s: int, e: int) -> Ent | None:
    """The named kind after the 等 that closes the object slot ``[s, e)``, else None."""
    deng = rules._slot_deng(s, e)
    if deng < 0:
        return None
    hs = deng + 1
    he = rules.ph.cut_at_stop(hs, e)
    if he - hs < 2:
        return None
    m = rules.dm.at(hs, he)
    if m is not None and not m.weak and m.type in _KINDS and m.rule == "lexicon":
        return ent_of(m)
    text = rules.sim[hs:he]
    q = next((q for q in rules.lex.words("named_kind_qualifiers") if text.startswith(q)), None)
    if q is None:
        return None
    term = rules.lex.lookup(text[len(q):])
    if term is None or term.weak or term.type not in _KINDS:
        return None
    return Ent(text, term.type, hs, he, "noun_phrase")
