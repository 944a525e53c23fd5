"""Names of systems, mechanisms and catalogues a text says are set up: ``建立甲乙联席会议制度``,
``建立由丙、丁参与的戊己联合监管机制``, ``编制庚辛产品推广目录`` — a programme of rules that needs
no named body to be a node (a measure often names none).

A name follows a verb of setting up (``system_set_verbs``: 建立, 健全, 编制 …; what opens the
object as a second verb, ``system_verb_tails``: 建立健全, 编制完成, stays out), an optional
relative clause that ends with 的 (由…牵头的, 军地民协同的: the name is what follows its 的) and
is a run of name characters that ends with a system head (``system_heads``: 机制, 制度, 目录,
清单). At least five characters stand before the head (工作推进机制, 风险分担机制: kinds of
system, no names), and a name the lexicon knows is none.

The names are nodes of type Initiative (rule ``system_name``), kept with the other names of
things set up (:attr:`~.mention_types.DocMentions.held`), read by no rule.
"""

from __future__ import annotations

import re

from ...lexicon import Lexicon
from ..quotes import balanced
from .mention_types import Mention, name_chars

__all__ = ["system_names"]

#: the longest name before its head, and the longest relative clause before the name
_LONGEST, _CLAUSE = 18, 30
_NAME_CHAR = name_chars("“”（）")


def _pattern(lex: Lexicon) -> re.Pattern[str] | None:
    return lex.derived("regex", "system_names", lambda: _compile(lex))


def _compile(lex: Lexicon) -> re.Pattern[str] | None:
    alt, left = lex.alternation("system_heads"), lex.alternation("system_set_verbs")
    if not left or not alt:
        return None
    tails = lex.alternation("system_verb_tails") or "了"
    return re.compile(
        r"(?:" + left + r")(?:" + tails + r")?(?:[^，。；：！？\n]{0," + str(_CLAUSE) + r"}的)?"
        r"(?P<name>" + _NAME_CHAR + r"{5," + str(_LONGEST) + r"}?(?:" + alt + r"))"
        r"(?![\u4e00-\u9fffA-Za-z0-9])")


def system_names(sim: str, lex: Lexicon) -> list[Mention]:
    """The names of systems set up in the (simplified) document text, by start."""
    rx = _pattern(lex)
    if rx is None:
        return []
    out: list[Mention] = []
    for m in rx.finditer(sim):
        name = m.group("name")
        if not balanced(name, (("“", "”"), ("（", "）"))) or \
                lex.lookup(name) is not None:
            continue
        out.append(Mention(m.start("name"), m.end("name"), name, "Initiative", "system_name"))
    return out
