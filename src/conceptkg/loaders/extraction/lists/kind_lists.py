"""A list of known terms closed by 等 and a bare kind word (``甲、乙、丙等要素``): the kind word
names the class of the items and includes each of them, although on its own it is too
general to be a node (it is a stop head).

The kind words and their node types are ``kind_list_heads`` (``要素|Factor``). The list must
hold two items or more and every item must be a term of the lexicon of that type, weak ones
included (土地, 资本, 技术); the first item may follow a verb, an adverb or a preposition, one
of company too (``同``, ``与``: ``只有同甲、乙等要素结合`` and ``丙与甲、乙等要素结合`` list 甲 and
乙, ``kind_list_preps``). A kind word that opens a longer noun (``甲、乙等要素保障``: the
provision of them, ``kind_head_compounds``) names no class.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..mentions.mention_types import Ent
from ..words.tokens import tokenize

if TYPE_CHECKING:  # pragma: no cover
    from ..arguments.phrases import Phrases

__all__ = ["kind_list"]

#: tags of a word after which the first item starts (放大A、B等要素: a verb; 同A、B: a
#: preposition; 更A: an adverb)
_OPENING_TAGS = ("v", "vd", "p", "d", "c")


def _item(ph: Phrases, a: int, b: int, type_: str, first: bool) -> Ent | None:
    """The known term of type ``type_`` that the list part ``[a, b)`` is (the first part: a
    term that ends it after a verb, an adverb or a preposition)."""
    a, b = ph.clean(a, b)
    text = ph.sim[a:b]
    term = ph.lex.lookup(text)
    if term is not None and term.type == type_:
        return Ent(term.name, type_, a, b, "lexicon", weak=term.weak)
    if not first:
        return None
    preps = ph.lex.words("kind_list_preps")
    toks = tokenize(ph.sim, a, b)
    for k in range(1, len(toks)):
        term = ph.lex.lookup(ph.sim[toks[k].start:b])
        if term is not None and term.type == type_ and (
                toks[k - 1].text in preps or toks[k - 1].tag in _OPENING_TAGS):
            return Ent(term.name, type_, toks[k].start, b, "lexicon", weak=term.weak)
    return None


def kind_list(ph: Phrases, etc: int, ls: int, le: int) -> tuple[Ent, list[Ent]] | None:
    """For the 等 at ``etc`` closing the list ``[ls, le)``: the kind word after 等 and the
    listed terms, or None."""
    sim, lex = ph.sim, ph.lex
    if "、" not in sim[ls:le]:
        return None
    for word, type_ in lex.mapping("kind_list_heads").items():
        end = etc + 1 + len(word)
        if not sim.startswith(word, etc + 1):
            continue
        if sim.startswith(lex.words("kind_head_compounds"), end):
            return None
        first = sim.find("、", ls, le)
        for prep in lex.words("kind_list_preps"):  # 甲与乙、丙等要素: 与 is a preposition
            k = sim.rfind(prep, ls, first)
            if k >= 0 and not ph._covered(k):
                ls = max(ls, k + len(prep))
        parts = ph.split(ls, le)
        items = [_item(ph, a, b, type_, k == 0) for k, (a, b) in enumerate(parts)]
        if len(items) < 2 or any(x is None for x in items):
            return None
        head = Ent(word, type_, etc + 1, end, "kind_list")
        return head, [x for x in items if x is not None]
    return None
