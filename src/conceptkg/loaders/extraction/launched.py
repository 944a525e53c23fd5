"""Programmes a numbered task's paragraph launches: ``8.整治X秩序。开展“Y”专项行动，…`` — a
clause that opens with a word of ``task_body_launch_verbs`` (zh/grammar.yaml) and whose object
is a name without figures (3–24 characters); of a list closed by 等 (开展A、B等Y创建行动) the
head after 等 is what is launched when it is a name of six characters or more (not a bare
kind: 开展A、B等特色活动). A task whose title names no programme is carried
out through these (``responsibility.py``, ``rules/projects.py``); each caller checks that the
object ends with an initiative head.
"""

from __future__ import annotations

import re

from ..lexicon import Lexicon

__all__ = ["launch_regex", "launched_spans"]

#: the shortest head of a launched list that names a programme (X生活创建行动, not 特色活动)
_LIST_HEAD = 6


def launch_regex(lex: Lexicon) -> re.Pattern[str] | None:
    """The pattern of a launching clause (its object: group ``name``); None without the list."""
    verbs = lex.list("task_body_launch_verbs")
    if not verbs:
        return None
    return re.compile(r"(?<=[，。；,;])(?:" + "|".join(map(re.escape, verbs)) +
                      r")(?P<list>[^，。；,;（）()]{2,60}?、[^，。；,;（）()]{2,30}?等)?"
                      r"(?P<name>[^，。；,;、（）()]{3,24})(?=[，。；,;])")


def launched_spans(rx: re.Pattern[str] | None, sim: str, s: int, e: int
                   ) -> list[tuple[int, int, str]]:
    """(start, end, name without quotes) of each launched object in sim[s:e] that holds no
    figure."""
    if rx is None:
        return []
    out = []
    for m in rx.finditer(sim, s, e):
        name = m.group("name").replace("“", "").replace("”", "")
        if m.group("list") and len(name) < _LIST_HEAD:
            continue  # 开展A、B等特色活动: a bare kind of activity, no programme
        if not any(ch.isdigit() for ch in name):
            out.append((m.start("name"), m.end("name"), name))
    return out
