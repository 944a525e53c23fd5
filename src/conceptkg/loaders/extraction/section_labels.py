"""The labels of a plan's or a report's sections (``二、重点任务``, ``三、保障措施``,
``（一）2025年经营计划``): a heading that only says which part of the text follows names no
thing. A node read only as a chunk (rule ``chunk``) that no edge uses and whose name is such a
label (``section_labels``, after a time of ``section_label_time``: ``下半年重点任务``) is left
out of the graph; a label that a relation reads (a list's head, a plan's part) stays. So is
such a node whose name holds a heading's colon (``label_colon_chars``: ``牵头单位：甲局``,
``治理：把责任写进制度``): a label and what follows it are no one name."""

from __future__ import annotations

import re

from .records import EdgeRecord, NodeRecord

__all__ = ["drop_section_labels"]


def drop_section_labels(nodes: dict[str, NodeRecord],
                        edges: dict[tuple[str, str, str], EdgeRecord],
                        labels: frozenset[str], time_lead: re.Pattern[str] | None,
                        colons: str = "") -> None:
    """Remove (in place) the chunk-only nodes without edges that name a section label or hold
    a heading's colon."""
    if not labels and not colons:
        return
    used = {s for s, _, _ in edges} | {d for _, _, d in edges}
    for nid in [n for n, rec in nodes.items() if rec.rules == {"chunk"} and n not in used]:
        name = nodes[nid].name
        if colons and any(c in name for c in colons):
            del nodes[nid]
            continue
        if time_lead is not None and (m := time_lead.match(name)) is not None:
            name = name[m.end():]
        if name in labels:
            del nodes[nid]
