"""Programmes a numbered task's paragraph launches: ``8.整治X秩序。开展“Y”专项行动，…`` — a
clause that opens with a word of ``task_body_launch_verbs`` (zh/grammar.yaml) and whose object
is a name without figures (3–24 characters); of a list closed by 等 (开展A、B等Y创建行动) the
head after 等 is what is launched when it is a name of six characters or more (not a bare
kind: 开展A、B等特色活动); a clause that turns an old thing into a new one (将原X厂改造为“Y”文创
园区: ``conversion_verbs``) launches what it becomes, figures allowed inside its quoted name. A
task whose title names no programme is carried
out through these (``layout/responsibility.py``, ``rules/projects.py``), each reading the objects
through its own filter (:func:`launched_by_head_words`, :func:`launched_by_head_type`).
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from ...lexicon import Lexicon
from ..arguments.phrases import Ent, ent_of

if TYPE_CHECKING:
    from ..arguments.finder import ArgumentFinder
    from ..arguments.phrases import Phrases
    from ..mentions.mention_types import DocMentions

__all__ = ["launch_regex", "launched_by_head_type", "launched_by_head_words", "launched_spans"]

#: the shortest head of a launched list that names a programme (X生活创建行动, not 特色活动)
_LIST_HEAD = 6


def launch_regex(lex: Lexicon) -> re.Pattern[str] | None:
    """The pattern of a launching clause (its object: group ``name``, or ``enrolled`` for a
    clause that enrols people into a quoted programme); None without the list."""
    return _launch_pattern(tuple(lex.list("task_body_launch_verbs")),
                           tuple(lex.list("enrolment_verbs")),
                           tuple(lex.list("enrolment_scopes")),
                           tuple(lex.list("conversion_verbs")),
                           tuple(lex.list("task_body_launch_adverbs")))


def _alt(words: tuple[str, ...]) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


@functools.lru_cache(maxsize=8)
def _launch_pattern(verbs: tuple[str, ...], enrol: tuple[str, ...] = (),
                    scopes: tuple[str, ...] = (), convert: tuple[str, ...] = (),
                    adverbs: tuple[str, ...] = ()) -> re.Pattern[str] | None:
    if not verbs:
        return None
    enrolled = r"|(?:将|把)[^，。；,;（）()“”]{2,30}?(?:" + _alt(enrol) + \
        r")(?P<enrolled>“[^“”，。]{2,20}”[\u4e00-\u9fff]{0,4}?)(?=" + _alt(scopes) + ")" \
        if enrol and scopes else ""
    # 将原X厂改造为“Y”文创园区: what the old thing is turned into
    enrolled += r"|(?:将|把)[^，。；,;（）()“”、]{2,30}?(?:" + _alt(convert) + \
        r")(?P<converted>[^，。；,;、（）()]{3,24})(?=[，。；,;])" if convert else ""
    lead = "(?:" + _alt(adverbs) + "){0,2}" if adverbs else ""  # (全面实施Y)
    return re.compile(r"(?<=[，。；,;])(?:" + lead + "(?:" + _alt(verbs) +
                      r")(?P<list>[^，。；,;（）()]{2,60}?、[^，。；,;（）()]{2,30}?等)?"
                      r"(?P<name>[^，。；,;、（）()]{3,24})(?=[，。；,;])" + enrolled + ")")


def launched_spans(rx: re.Pattern[str] | None, sim: str, s: int, e: int
                   ) -> list[tuple[int, int, str]]:
    """(start, end, name without quotes) of each launched object in sim[s:e] that holds no
    figure."""
    if rx is None:
        return []
    out = []
    for m in rx.finditer(sim, s, e):
        group = next(g for g in ("name", "enrolled", "converted")
                     if g in m.re.groupindex and m.group(g) is not None)
        name = m.group(group).replace("“", "").replace("”", "")
        if m.group("list") and len(name) < _LIST_HEAD:
            continue  # 开展A、B等特色活动: a bare kind of activity, no programme
        quoted = sim[m.start(group):m.end(group)].startswith("“")
        if not any(ch.isdigit() for ch in name) or (group == "converted" and quoted):
            # (a figure outside quotes is an amount; 改造为“X1958”街区 names one)
            out.append((m.start(group), m.end(group), name))
    return out


def launched_by_head_words(rx: re.Pattern[str] | None, sim: str, s: int, e: int,
                           args: ArgumentFinder, rule: str) -> list[Ent]:
    """The programmes launched in sim[s:e] whose name ends with an initiative head word
    (``initiative_heads``, not ``non_initiative_tails``), typed by the argument finder: the
    reading of the units boxes (``layout/responsibility.py``)."""
    out: list[Ent] = []
    for a, b, name in launched_spans(rx, sim, s, e):
        if not name.endswith(args.init_heads) or name.endswith(args.non_init):
            continue
        ent = args.entity(a, b, rule, hint="Initiative")
        if ent is not None and ent.type == "Initiative":
            out.append(Ent(ent.name, "Initiative", ent.start, ent.end, ent.rule, ent.aliases))
    return out


def launched_by_head_type(rx: re.Pattern[str] | None, sim: str, s: int, e: int,
                          ph: Phrases, dm: DocMentions, rule: str) -> list[Ent]:
    """The programmes launched in sim[s:e] whose head types the name as an initiative and
    that are valid initiative names; the document's mention when it knows one: the reading of
    the units lines (``rules/projects.py``)."""
    out: list[Ent] = []
    for a, b, name in launched_spans(rx, sim, s, e):
        m = dm.at(a, b)
        known = m is not None and m.type == "Initiative"
        if (known and sim.startswith("“", a)) or (
                ph.head_type(name) == "Initiative" and ph.valid_name(name, "Initiative")):
            # (a quoted name the document types as a programme: 改造为“X”街区)
            out.append(ent_of(m) if known else Ent(name, "Initiative", a, b, rule))
    return out
