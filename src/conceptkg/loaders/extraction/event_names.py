"""Names of events a text says are held: ``每年举办甲乙采摘节``, ``召开丙丁推进大会``, ``举办第三届
戊己消费季`` — a name that needs no organiser to be a node (a plan often names none).

A name follows a verb of holding (``event_hold_verbs``: 举办, 召开, 举行; a 了 after it stays
out), an optional count of editions (``event_edition`` pattern: 第三届, 首届; kept as an
alias: 第三届X节 is X节) and is a run of name characters (no punctuation, no list mark, at most
``_LONGEST``) that ends with an event head (``event_heads``: 节, 大会, 博览会, 论坛, 对接会,
消费季 …; 举办A对接会、B路演等: A对接会 only; 举办X节活动 names no event of its own). At least
two characters stand before the head, and a name the lexicon knows is none (a term of its own).

The names are nodes of type Initiative (rule ``event_name``), kept with the facility names apart
from the document's mentions (they displace no term). One regular-expression pass.
"""

from __future__ import annotations

import re

from ..lexicon import Lexicon
from .mention_types import Mention, name_chars

__all__ = ["event_names"]

#: the longest name (the edition count not included)
_LONGEST = 22
_NAME_CHAR = name_chars("+")


def _pattern(lex: Lexicon) -> re.Pattern[str] | None:
    return lex.derived("regex", "event_names", lambda: _compile(lex))


def _compile(lex: Lexicon) -> re.Pattern[str] | None:
    alt, left = lex.alternation("event_heads"), lex.alternation("event_hold_verbs")
    if not left or not alt:
        return None
    return re.compile(
        r"(?:" + left + r")了?(?P<edition>" + lex.pattern("event_edition") + r")?"
        r"(?P<name>" + _NAME_CHAR + r"{2," + str(_LONGEST) + r"}?(?:" + alt + r"))"
        r"(?!" + _NAME_CHAR + r")")


def event_names(sim: str, lex: Lexicon) -> list[Mention]:
    """The names of events held in the (simplified) document text, by start."""
    rx = _pattern(lex)
    if rx is None:
        return []
    out: list[Mention] = []
    for m in rx.finditer(sim):
        name = m.group("name")
        if lex.lookup(name) is not None:
            continue
        aliases = (m.group("edition") + name,) if m.group("edition") else ()
        out.append(Mention(m.start("name"), m.end("name"), name, "Initiative", "event_name",
                           aliases=aliases))
    return out
