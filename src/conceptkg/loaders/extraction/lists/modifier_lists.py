"""A list of bare manner words in 化 that share one head (``集约化、标准化、品牌化经营``,
``网络化、数字化改造``) names one thing: the change done in all those ways at once, not a
list of things. Each item but the last is a bare word in 化 (two to four characters before
化, no term of its own in the lexicon); the last is such a word followed by the head
(``品牌化经营``). Read whole, the list is one entity named by its whole text.

Lists of things that end in 化 each (``工业化、城镇化``) have no head after the last item and
are left alone, and so is a list whose first items are words of their own (``智能家居、绿色化
改造``)."""

from __future__ import annotations

from ...lexicon import Lexicon
from ...zh import shipped

__all__ = ["modifier_list_text"]

#: a bare manner word in 化 (二至四字 + 化)
_BARE = shipped().regex("bare_modifier")
#: the last item: a manner word in 化 and a head of two to four characters after it
_LAST = shipped().regex("modified_last_item")


def modifier_list_text(texts: list[str], lex: Lexicon) -> bool:
    """``texts`` (a list's items, in order) are bare manner words in 化 that share the head of
    the last item (an item that is a strong term of ``lex`` is no bare word)."""
    if len(texts) < 2:
        return False
    last = _LAST.fullmatch(texts[-1])
    if last is None or last.group(1).endswith("化"):
        return False
    return all(_BARE.fullmatch(t) and ((x := lex.lookup(t)) is None or x.weak)
               for t in texts[:-1])
