"""Counted summaries of a plan's parts (``《实施方案》涵盖A、B、C和D四大行动``): when the plan
itself includes the listed items, the counted head (a count and a word of
``plan_summary_heads``: 行动, 工程, 任务, 举措) only sums them up. It is no part between the plan
and the items: the edge from the plan to it is dropped, and its items are the plan's (one the
plan's own list missed included). A counted head no plan owns the items of keeps its list
(A、B、C三大工程 alone). Used where ``extract.py`` adds the edges of a sentence.
"""

from __future__ import annotations

from ...lexicon import Lexicon
from ..rules.common import Found

__all__ = ["PlanSummaries"]


class PlanSummaries:
    """Drops the counted summary between a plan and the items it includes."""

    def __init__(self, lex: Lexicon) -> None:
        self.count = lex.regex("count_prefix")
        self.heads = tuple(lex.words("plan_summary_heads"))

    def _summary(self, name: str) -> bool:
        m = self.count.match(name)
        return m is not None and m.end() < len(name) and name.endswith(self.heads)

    def __call__(self, found: list[Found]) -> list[Found]:
        summaries = {f.target.name for f in found if f.type == "INCLUDES"
                     and f.source.type == "Initiative" and self._summary(f.target.name)}
        if not summaries:
            return found
        owned: dict[str, set[str]] = {}  # item → the plans (no summary) that include it
        for f in found:
            if f.type == "INCLUDES" and f.source.name not in summaries and \
                    f.source.type == "Initiative":
                owned.setdefault(f.target.name, set()).add(f.source.name)
        plan: dict[str, Found] = {}  # summary → an edge of the plan that shares its items
        for f in found:
            if f.type == "INCLUDES" and f.source.name in summaries and f.target.name in owned:
                p = next(g for g in found if g.type == "INCLUDES" and g.target.name ==
                         f.target.name and g.source.name in owned[f.target.name])
                plan.setdefault(f.source.name, p)
        out, seen = [], {(f.source.name, f.target.name) for f in found if f.type == "INCLUDES"}
        for f in found:
            if f.type == "INCLUDES" and f.target.name in plan and \
                    f.source.type == "Initiative":
                continue  # (the plan includes its summary: no part)
            if f.type == "INCLUDES" and f.source.name in plan:
                p = plan[f.source.name]
                if (p.source.name, f.target.name) not in seen:  # (an item the plan missed)
                    seen.add((p.source.name, f.target.name))
                    out.append(Found(p.source, f.type, f.target, p.rule, f.extra_evidence))
                continue
            out.append(f)
        return out
