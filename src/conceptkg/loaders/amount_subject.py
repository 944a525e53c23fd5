"""What an amount (``同比增长5%``, ``69.4亿元``) measures: the last organisation, concept or
initiative before it in its sentence, but never the body that only *reports* the figure
(``据海关统计``, ``记者从交通运输部了解到``, ``国家统计局发布数据显示``) and never the
paragraph's authority carried over from an earlier sentence: a statistic measures the thing it
is about. Without such a mention the amount measures nothing (a Metric node without edge)."""

from __future__ import annotations

import re
from typing import Any

from .phrases import Ent, ent_of

__all__ = ["amount_subject", "reports"]

_TYPES = ("Organization", "Concept", "Initiative")
# words after an organisation's name that make it the source of a figure, not its subject
_REPORTS_AFTER = re.compile(
    r"(?:有关负责人|负责人|新闻发言人|发言人|网站|官网|记者)?"
    r"(?:今天|今日|近日|日前|昨天|最新|\d{1,2}日|（[^）]{0,12}）)?[^，。；]{0,8}?"
    r"(?:了解到|获悉|显示|统计|发布|公布|消息|表示|介绍|监测|调度|报告|指出|称|数据|披露|通报)")
# words right before it: 据X…, 从X了解到, 来自X
_REPORTS_BEFORE = re.compile(r"(?:据|从|来自|根据)$")


def reports(sim: str, start: int, end: int) -> bool:
    """Whether the organisation at ``sim[start:end]`` is cited as the source of a figure."""
    return bool(_REPORTS_AFTER.match(sim, end, min(len(sim), end + 24))
                or _REPORTS_BEFORE.search(sim, max(0, start - 3), start))


def amount_subject(rules: Any, sim: str, sentence_start: int, amount_start: int) -> Ent | None:
    """The mention the amount at ``amount_start`` measures (see the module docstring)."""
    mentions = [m for m in rules._mentions(sentence_start, amount_start)
                if m.type in _TYPES and not m.weak]
    for m in reversed(mentions):
        if m.type == "Organization" and reports(sim, m.start, m.end):
            continue
        return ent_of(m)
    return None
