"""Units a company or body names as its own (``X集团旗下A、B、C三家子公司``, ``集团下属的D``):
the owner INCLUDES each unit.

- the owner is the organisation named right before the word of ownership
  (``subsidiary_words``: 旗下, 下属, 所属), or, for a bare ``集团``/``公司``
  (``org_self_mentions``), the document's own organisation; a word that opens a clause
  (``…，所属A、B两家二级企业``) names the document's own organisation too, but only units
  closed by a matching count;
- the units are the organisations named right after it (with ``的``), joined by ``、``, ``和``
  or ``及``; a list closed by a count and a head of units (``三家子公司``: the
  ``subsidiary_count`` pattern) names units the text need not recognise, when there are as
  many items as the count says.
"""

from __future__ import annotations

import re

from ...lexicon import Lexicon
from ...zh import shipped
from ..mentions.declared_units import count_number
from ..mentions.mention_types import DocMentions, Ent
from ..rules.common import Found

__all__ = ["Subsidiaries"]

_ITEM_SEP = re.compile(shipped().alternation("unit_list_splits"))
_CLAUSE_END = re.compile("[，。；：！？,;:!?\n]")


class Subsidiaries:
    """Reads a sentence's units of an owner (see the module)."""

    def __init__(self, lex: Lexicon) -> None:
        self.words = tuple(lex.list("subsidiary_words"))
        self.selfs = tuple(sorted(lex.list("org_self_mentions"), key=len, reverse=True))
        self.count = lex.regex("subsidiary_count") if self.words else None

    def __call__(self, sim: str, ss: int, se: int, dm: DocMentions,
                 self_org: Ent | None) -> list[Found]:
        out: list[Found] = []
        if not self.words or self.count is None:
            return out
        for w in self.words:
            i = sim.find(w, ss, se)
            while i >= 0:
                owner = self._owner(sim, ss, i, dm, self_org)
                opening = owner is None and self_org is not None and \
                    (i == ss or sim[i - 1] in "，；：")
                if opening:  # …，所属A、B两家二级企业: the document's own body, when counted
                    owner = Ent(self_org.name, "Organization", i, i, "includes_subsidiary")
                if owner is not None:
                    out += [Found(owner, "INCLUDES", u, "includes_subsidiary")
                            for u in self._units(sim, i + len(w), se, dm, opening)]
                i = sim.find(w, i + len(w), se)
        return out

    def _owner(self, sim: str, ss: int, i: int, dm: DocMentions, self_org: Ent | None
               ) -> Ent | None:
        m = dm.ending(i, ss)
        if m is not None and m.type == "Organization":
            return Ent(m.name, m.type, m.start, m.end, "includes_subsidiary", m.aliases)
        word = next((w for w in self.selfs if sim.startswith(w, i - len(w))), None)
        if word is not None and self_org is not None:  # 集团旗下…: the document's own body
            return Ent(self_org.name, "Organization", i - len(word), i, "includes_subsidiary")
        return None

    def _units(self, sim: str, s: int, se: int, dm: DocMentions, only_counted: bool = False
               ) -> list[Ent]:
        if sim.startswith("的", s):
            s += 1
        end = _CLAUSE_END.search(sim, s, se)
        e = end.start() if end is not None else se
        tail = self.count.search(sim, s, e)
        stop = tail.start() if tail is not None else e
        parts, pos = [], s
        for sep in _ITEM_SEP.finditer(sim, s, stop):
            parts.append((pos, sep.start()))
            pos = sep.end()
        parts.append((pos, stop))
        counted = tail is not None and count_number(tail.group("n")) == len(parts)
        if only_counted and not counted:
            return []
        out: list[Ent] = []
        for a, b in parts:
            m = dm.starting(a, b)
            if m is not None and m.type == "Organization" and (m.end == b or not counted):
                out.append(Ent(m.name, m.type, m.start, m.end, "includes_subsidiary",
                               m.aliases))
            elif counted and 2 <= b - a <= 12:
                out.append(Ent(sim[a:b], "Organization", a, b, "includes_subsidiary"))
            else:
                return out if not counted else []
            if not counted:
                break  # (without a count, only the body named right after the word)
        return out

