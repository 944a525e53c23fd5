"""Names a company declares as its units in a counted list (``旗下甲水务、甲环保两家子公司``,
``旗下A和B两家子公司``): each name is an organisation everywhere in the document, so that a
later sentence in which the unit acts (``甲环保推出“X”服务``) finds it. Only lists that a
word of ``subsidiary_words`` opens and a count of units (the ``subsidiary_count`` pattern)
closes, with as many items as the count says, each of two to twelve name characters.

The units a plan names on a units line or in a units box (``牵头单位：A、B``, ``（责任单位：C）``:
the ``responsible_units_label`` pattern) are organisations everywhere in the document too, so
that a sentence in which such a unit acts (``由A牵头，联合D建设X``) finds it: each item of three
to sixteen name characters that ends like a body (``org_suffixes``, ``gov_dept_suffixes``,
``unit_suffixes``) and names no group (各…, 有关…, 相关…).
"""

from __future__ import annotations

import re

from ...lexicon import Lexicon
from ...zh import shipped

__all__ = ["count_number", "declared_units", "labelled_units"]

_ITEM_SEP = re.compile(shipped().alternation("unit_list_splits"))
_CLAUSE_END = re.compile("[，。；：！？,;:!?\n]")
_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{2,12}")
_UNIT = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{3,16}")
_UNITS_END = re.compile(r"[\n）)。]")
_UNIT_SEP = re.compile(r"[、，,；;]")
_DIGITS = {c: int(v) for c, v in shipped().mapping("numeral_values").items()}


def count_number(text: str) -> int:
    """The number a count word says (``3``, ``三``, ``两``); -1 for anything else."""
    return int(text) if text.isdigit() else _DIGITS.get(text, -1)


def declared_units(sim: str, lex: Lexicon) -> list[str]:
    """The unit names of the counted lists of ``sim`` (see the module)."""
    words = lex.list("subsidiary_words")
    if not words:
        return []
    count = lex.regex("subsidiary_count")
    out: list[str] = []
    for m in re.finditer("|".join(map(re.escape, words)), sim):
        s = m.end() + int(sim.startswith("的", m.end()))
        end = _CLAUSE_END.search(sim, s, s + 80)
        tail = count.search(sim, s, end.start() if end is not None else min(len(sim), s + 80))
        if tail is None:
            continue
        parts = _ITEM_SEP.split(sim[s:tail.start()])
        if count_number(tail.group("n")) != len(parts) or len(parts) < 2 or \
                not all(_NAME.fullmatch(p) for p in parts):
            continue
        out += [p for p in parts if p not in out]
    return out


def labelled_units(sim: str, lex: Lexicon) -> list[str]:
    """The unit names of the units lines and boxes of ``sim`` (see the module)."""
    label = lex.regex("responsible_units_label")
    ends = tuple(lex.list("org_suffixes")) + tuple(lex.list("gov_dept_suffixes")) + \
        tuple(lex.list("unit_suffixes"))
    out: list[str] = []
    for m in label.finditer(sim):
        stop = _UNITS_END.search(sim, m.end())
        for part in _UNIT_SEP.split(sim[m.end():stop.start() if stop else len(sim)]):
            part = label.sub("", part).strip()  # (牵头单位：A；责任单位：B)
            if _UNIT.fullmatch(part) and part.endswith(ends) and \
                    not part.startswith(("各", "有关", "相关")) and part not in out:
                out.append(part)
    return out
