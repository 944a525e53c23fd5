"""Projects named by their yearly output: ``年产5万吨甲乙新材料项目``, ``年产2GWh的丙丁产线``,
``恒拓制衣年产1,200万件功能服装项目`` — a name that opens with ``年产`` and an amount with its
unit (pattern ``capacity_lead``) and closes with a head of ``capacity_project_heads``.

The name runs from ``年产`` to the head (a company before it is no part of it; a phase before
the head stays: ``…系统的二期项目``); the words after the amount (and its ``的``) are an alias,
when they are four characters or more, and so are those after a ``的`` inside them
(``年产5000架X的Y基地`` → ``Y基地``) unless they open with a phase (``二期项目``). One
regular-expression pass over the document.
The names are nodes of type Initiative (rule ``capacity_project``), kept with the facility
names (:func:`.facility_names.facility_names`), so that the verbs of building take them as
their objects.
"""

from __future__ import annotations

import re

from ...lexicon import Lexicon
from .mention_types import Mention, name_chars

__all__ = ["capacity_projects"]

_NAME_CHAR = name_chars()
#: the most name characters after the amount
_MAX_BODY = 18


def _pattern(lex: Lexicon) -> re.Pattern[str] | None:
    heads = lex.alternation("capacity_project_heads")
    if not heads:
        return None
    return lex.derived("capacity_projects", "regex", lambda: re.compile(
        "(?P<lead>" + lex.pattern("capacity_lead") + ")(?P<body>" + _NAME_CHAR + "{1," +
        str(_MAX_BODY) + "}?(?:的" + _NAME_CHAR + "{0,6}?)?)(?:" + heads + ")"))


def capacity_projects(sim: str, lex: Lexicon) -> list[Mention]:
    """The projects of the (simplified) document text named by their yearly output, by start."""
    rx = _pattern(lex)
    if rx is None:
        return []
    out: list[Mention] = []
    for m in rx.finditer(sim):
        name = m.group()
        tail = sim[m.start("body"):m.end()]
        aliases = [tail] if len(tail) >= 4 else []
        after = tail.rpartition("的")[2]  # 年产5000架X的Y基地: Y基地 is the name too
        if after != tail and len(after) >= 4 and not lex.regex("capacity_phase").match(after):
            aliases.append(after)
        out.append(Mention(m.start(), m.end(), name, "Initiative", "capacity_project",
                           False, tuple(aliases)))
    return out
