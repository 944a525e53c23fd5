"""Names of funds a text says are set up or spent: ``设立甲乙风险补偿资金池``, ``每年安排丙丁
发展专项资金不少于1亿元``, ``统筹用好省级戊己专项资金`` — a programme of money that needs no
named body to be a node (a plan often names none).

A name follows a verb of setting up or spending money (``fund_set_verbs``, one or more:
统筹安排; a 了 after them stays out) and an optional size (``fund_size`` pattern: 规模20亿元的,
首期5亿元, 不少于1亿元), and runs, over name characters and quotes, to the first fund head
(``fund_name_heads``: 专项资金, 资金池, 扶持资金, 基金 …) within ``_LONGEST`` characters; at
least two characters stand before the head (a bare 专项资金 is no name), and a name the lexicon
knows is none.

The names are nodes of type Initiative (rule ``fund_name``), kept with the facility names apart
from the document's mentions (they displace no term). One regular-expression pass.
"""

from __future__ import annotations

import re

from ...lexicon import Lexicon
from ...zh import shipped
from ..quotes import balanced
from .mention_types import Mention, name_chars

__all__ = ["fund_names"]

#: the longest name before its head
_LONGEST = 18
#: a sum of money inside a run (no part of a fund's name)
_AMOUNT = shipped().regex("money_amount")
_NAME_CHAR = name_chars("“”")


def _pattern(lex: Lexicon) -> re.Pattern[str] | None:
    return lex.derived("regex", "fund_names", lambda: _compile(lex))


def _compile(lex: Lexicon) -> re.Pattern[str] | None:
    alt, left = lex.alternation("fund_name_heads"), lex.alternation("fund_set_verbs")
    if not left or not alt:
        return None
    return re.compile(
        r"(?:" + left + r")+了?(?:" + lex.pattern("fund_size") + r")?"
        r"(?P<name>" + _NAME_CHAR + r"{2," + str(_LONGEST) + r"}?(?:" + alt + r"))")


def fund_names(sim: str, lex: Lexicon) -> list[Mention]:
    """The names of funds set up or spent in the (simplified) document text, by start."""
    rx = _pattern(lex)
    if rx is None:
        return []
    out: list[Mention] = []
    for m in rx.finditer(sim):
        name = m.group("name")
        if not balanced(name) or lex.lookup(name) is not None or \
                _AMOUNT.search(name):
            continue  # (安排不少于300万元专项资金: a sum of money, no fund's name)
        out.append(Mention(m.start("name"), m.end("name"), name, "Initiative", "fund_name"))
    return out
