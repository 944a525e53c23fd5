"""Programmes a numbered task's paragraph launches: ``8.整治X秩序。开展“Y”专项行动，…`` — a
clause that opens with a word of ``task_body_launch_verbs`` (zh/grammar.yaml) and whose object
is a name without figures (3–24 characters). A task whose title names no programme is carried
out through these (``responsibility.py``, ``rules/projects.py``); each caller checks that the
object ends with an initiative head.
"""

from __future__ import annotations

import re

from ..lexicon import Lexicon

__all__ = ["launch_regex", "launched_spans"]


def launch_regex(lex: Lexicon) -> re.Pattern[str] | None:
    """The pattern of a launching clause (its object is group 1); None without the list."""
    verbs = lex.list("task_body_launch_verbs")
    if not verbs:
        return None
    return re.compile(r"(?<=[，。；,;])(?:" + "|".join(map(re.escape, verbs)) +
                      r")([^，。；,;、（）()]{3,24})(?=[，。；,;])")


def launched_spans(rx: re.Pattern[str] | None, sim: str, s: int, e: int
                   ) -> list[tuple[int, int, str]]:
    """(start, end, name without quotes) of each launched object in sim[s:e] that holds no
    figure."""
    if rx is None:
        return []
    out = []
    for m in rx.finditer(sim, s, e):
        name = m.group(1).replace("“", "").replace("”", "")
        if not any(ch.isdigit() for ch in name):
            out.append((m.start(1), m.end(1), name))
    return out
