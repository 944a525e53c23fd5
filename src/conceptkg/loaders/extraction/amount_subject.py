"""What an amount (``同比增长5%``, ``69.4亿元``) measures: the last organisation, concept or
initiative before it in its sentence, but never the body that only *reports* the figure
(``据海关统计``, ``记者从交通运输部了解到``, ``国家统计局发布数据显示``) and never the
paragraph's authority carried over from an earlier sentence: a statistic measures the thing it
is about. Without such a mention the amount measures nothing (a Metric node without edge)."""

from __future__ import annotations

from typing import Any

from ..lexicon import Lexicon
from ..zh import shipped
from .arguments.phrases import Ent, ent_of

__all__ = ["amount_subject", "reports"]

_TYPES = ("Organization", "Concept", "Initiative")


def reports(sim: str, start: int, end: int, lex: Lexicon | None = None) -> bool:
    """Whether the organisation at ``sim[start:end]`` is cited as the source of a figure (the
    ``reports_after``/``reports_before`` patterns of ``lex``, by default the shipped data)."""
    lex = lex or shipped()
    return bool(lex.regex("reports_after").match(sim, end, min(len(sim), end + 24))
                or lex.regex("reports_before").search(sim, max(0, start - 3), start))


def amount_subject(rules: Any, sim: str, sentence_start: int, amount_start: int) -> Ent | None:
    """The mention the amount at ``amount_start`` measures (see the module docstring)."""
    mentions = [m for m in rules._mentions(sentence_start, amount_start)
                if m.type in _TYPES and not m.weak]
    for m in reversed(mentions):
        if m.type == "Organization" and reports(sim, m.start, m.end, rules.lex):
            continue
        return ent_of(m)
    return None
