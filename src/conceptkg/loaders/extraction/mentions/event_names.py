"""Names of events a text says are held: ``每年举办甲乙采摘节``, ``召开丙丁推进大会``, ``举办第三届
戊己消费季`` — a name that needs no organiser to be a node (a plan often names none).

A name follows a verb of holding (``event_hold_verbs``: 举办, 召开, 举行; a 了 after it stays
out), an optional count of editions (``event_edition`` pattern: 第三届, 首届; kept as an
alias: 第三届X节 is X节) and is a run of name characters (no punctuation, no list mark, at most
``_LONGEST``) that ends with an event head (``event_heads``: 节, 大会, 博览会, 论坛, 对接会,
消费季 …; 举办A对接会、B路演等: A对接会 only; 举办X节活动 names no event of its own). A
further item of the list, after a join of ``event_list_joins``, that closes with an event head
is an event too (举办甲节、乙季和丙马拉松等系列活动). At least
two characters stand before the head, and a name the lexicon knows is none (a term of its own).

The names are nodes of type Initiative (rule ``event_name``), kept with the facility names apart
from the document's mentions (they displace no term). One regular-expression pass.
"""

from __future__ import annotations

import re

from ...lexicon import Lexicon
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


def _next_item(lex: Lexicon) -> re.Pattern[str]:
    """A further item of the list a verb of holding takes (举办甲节、“乙”季和丙马拉松等): a join
    (``event_list_joins``) and a name, quotes inside it too, that closes with an event head."""
    joins = lex.alternation("event_list_joins")
    return lex.derived("regex", "event_list_items", lambda: re.compile(
        r"(?:" + joins + r")(?P<name>(?:[“”]|" + _NAME_CHAR + r"){2," + str(_LONGEST)
        + r"}?(?:" + lex.alternation("event_heads") + r"))"
        # (the item ends before 等, the next join or a character that is no name's)
        r"(?:(?=等|" + joins + r")|(?!" + _NAME_CHAR + r"))"))


def event_names(sim: str, lex: Lexicon) -> list[Mention]:
    """The names of events held in the (simplified) document text, by start."""
    rx = _pattern(lex)
    if rx is None:
        return []
    more = _next_item(lex) if lex.list("event_list_joins") else None
    out: list[Mention] = []
    for m in rx.finditer(sim):
        name = m.group("name")
        if lex.lookup(name) is not None:
            continue
        aliases = (m.group("edition") + name,) if m.group("edition") else ()
        out.append(Mention(m.start("name"), m.end("name"), name, "Initiative", "event_name",
                           aliases=aliases))
        end = m.end("name")
        while more is not None and (n := more.match(sim, end)) is not None:
            end = n.end("name")  # 举办甲节、乙季和丙马拉松等: each item held is an event
            if lex.lookup(n.group("name")) is None:
                out.append(Mention(n.start("name"), end, n.group("name"), "Initiative",
                                   "event_name"))
    return out
