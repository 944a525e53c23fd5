"""Names of campaigns and reforms a text says are carried out: ``推进甲乙街区无障碍改造``,
``深化丙丁制度改革``, ``探索戊己入表试点`` — a programme that needs no named body to be a node
(a measure or a commentary often names none).

A name follows a verb of carrying out (``activity_verbs``: 开展, 推进, 实施, 深化, 探索 …; a
second verb or 了 after it stays out: ``activity_verb_tails``, 启动实施) and is a run of name
characters that ends with an activity head (``activity_heads``: 改造, 改革, 试点, 创建, 整治,
行动, 工程 …). At least four characters stand before the head (国企改革, 联合攻关: kinds of
activity, no names), the run ends there (推进X改革工作 names none) and holds no count (推动300家
企业完成X改造), and a name the lexicon knows is none.

The names are nodes of type Initiative (rule ``activity_name``), kept with the other names of
things set up (:attr:`~.mention_types.DocMentions.held`), read by no rule.
"""

from __future__ import annotations

import re

from ...lexicon import Lexicon
from ...zh import shipped
from ..quotes import balanced
from .mention_types import Mention, name_chars

__all__ = ["activity_names"]

#: the longest name before its head
_LONGEST = 16
#: a count inside a run (300家, 两台): the run holds a clause, not a name
_COUNT = shipped().regex("counted_bodies")
_NAME_CHAR = name_chars("“”")


def _pattern(lex: Lexicon) -> re.Pattern[str] | None:
    return lex.derived("regex", "activity_names", lambda: _compile(lex))


def _compile(lex: Lexicon) -> re.Pattern[str] | None:
    alt, left = lex.alternation("activity_heads"), lex.alternation("activity_verbs")
    if not left or not alt:
        return None
    tails = lex.alternation("activity_verb_tails") or "了"
    return re.compile(
        r"(?:" + left + r")(?:" + tails + r")?"
        r"(?P<name>" + _NAME_CHAR + r"{4," + str(_LONGEST) + r"}?(?:" + alt + r"))"
        r"(?![\u4e00-\u9fffA-Za-z0-9])")


def activity_names(sim: str, lex: Lexicon) -> list[Mention]:
    """The names of campaigns and reforms carried out in the (simplified) text, by start."""
    rx = _pattern(lex)
    if rx is None:
        return []
    out: list[Mention] = []
    for m in rx.finditer(sim):
        name = m.group("name")
        if not balanced(name) or lex.lookup(name) is not None or \
                _COUNT.search(name):
            continue  # (推动300家企业完成X改造: a count of those who do it, no name)
        out.append(Mention(m.start("name"), m.end("name"), name, "Initiative", "activity_name"))
    return out
