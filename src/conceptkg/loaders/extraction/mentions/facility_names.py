"""Facility and project names in running text: ``建成甲乙智算中心``, ``规划建设丙丁产业园``,
``由某公司承建的戊己综合管廊一期工程`` — a name that no relation verb need take as its object.

A name opens after a verb of building or running (``facility_left_cues``), after ``的`` or a
join (``facility_inner_joins``: ``甲站和乙基地``) or at a clause start, runs at most 18 characters
(a name is 16 at most once what opens the run is cut) and closes with a facility head
(``facility_heads``; a phase after it stays: ``…中心二期工程``; a production line of
``facility_line_heads`` only after a cue or ``的``, not at a clause start: 工人走上生产线). A
count or ``首座`` phrase that opens it (``facility_run_openers``: ``全省首座``, ``一批``) is no
part of the name, nor is anything up to a cue, stop word, verb that lists parts
(``INCLUDES.verbs``: ``X，涵盖甲基地``) or count inside it
(``支持企业建设X中心`` → ``X中心``,
``甲系统已在X电站`` → ``X电站``, ``全市12个X站`` → ``X站``; a join cuts only before a name
of its own). A name that the lexicon knows, or whose words before the head are fewer than
two characters, is none.

The names are nodes of type Initiative (rule ``facility_name``; no term of the lexicon is
displaced: they are kept apart from the document's mentions). One regular-expression pass over
the document.
"""

from __future__ import annotations

import re

from ...lexicon import Lexicon, trie_regex
from ..words.tokens import tokenize
from .anchored import anchored_finditer
from .mention_types import Mention, name_chars

__all__ = ["facility_names"]

_NAME_CHAR = name_chars()
_CLAUSE_OPEN = "，。；：、\n“”（("


#: the most characters of a name before its head (``{1,18}`` in :func:`_pattern`)
_MAX_BODY = 18


def _heads(lex: Lexicon) -> tuple[re.Pattern[str], tuple[str, ...], re.Pattern[str], int]:
    """What finds where a head of a name starts: the first characters of the facility heads
    (a head starts at such a character, where one of the heads themselves follows) and the bare
    phase as a zero-width pattern (found at every position it starts); and the most characters
    from the start of a match of :func:`_pattern` to its head: the words that open the name,
    then at most ``_MAX_BODY``."""
    key = ("facility_names", "heads")
    found = lex._derived.get(key)
    if found is None:
        heads = tuple(h for h in lex.list("facility_heads") + lex.list("facility_line_heads")
                      if h)
        left = (*lex.list("facility_left_cues"), *lex.list("facility_inner_joins"), "的")
        found = lex._derived[key] = (
            re.compile("[" + "".join(sorted({re.escape(h[0]) for h in heads})) + "]"), heads,
            re.compile("(?=" + lex.pattern("facility_bare_phase") + ")"),
            max(len(w) for w in left) + _MAX_BODY)
    return found


def _head_starts(sim: str, lex: Lexicon) -> list[int]:
    """Where a head of a name (a facility head or a bare phase) starts in ``sim``, in order."""
    first, heads, bare, _before = _heads(lex)
    return sorted({m.start() for m in first.finditer(sim) if sim.startswith(heads, m.start())}
                  | {m.start() for m in bare.finditer(sim)})


def _pattern(lex: Lexicon) -> re.Pattern[str] | None:
    key = ("facility_names", "regex")
    rx = lex._derived.get(key)
    if rx is None:
        heads = lex.list("facility_heads") + lex.list("facility_line_heads")
        cues = lex.list("facility_left_cues")
        if not heads:
            return None
        # (the words as tries: the longest first at each position, as in a sorted alternation,
        # without trying every word at every length of the name)
        alt = head_alt = trie_regex(heads).pattern
        # a phase that closes a project's name without a facility head (甲乙快速路二期、丙丁
        # 治沙二期等项目): the phase is the head
        alt += "|" + lex.pattern("facility_bare_phase")
        left = trie_regex((*cues, *lex.list("facility_inner_joins"), "的")).pattern
        rx = lex._derived[key] = re.compile(
            # (a clause start first: 和平里X中心 there is one name, not 和 and a name)
            r"(?:(?<=[" + re.escape(_CLAUSE_OPEN) + r"])|^|(?:" + left + r"))"
            r"(?P<name>" + _NAME_CHAR + r"{1," + str(_MAX_BODY) + r"}?(?P<head>" + alt + r")(?:" +
            # (a head after the phase closes the name: 甲乙电厂三期扩建工程)
            lex.pattern("facility_phase") + r"(?:" + head_alt + r")?)?)",
            re.M)
    return rx


def _single_starts(sim: str, s: int, e: int, known: set[int] | None) -> set[int]:
    """Where a one-character word of its own starts in ``sim[s:e]`` (segmented once per name:
    a stop or opener of one character cuts only there, not inside 和平里, 高等教育, 以色列)."""
    if known is not None:
        return known
    return {t.start for t in tokenize(sim, s, e) if t.end - t.start == 1}


def facility_names(sim: str, lex: Lexicon) -> list[Mention]:
    """The facility and project names of the (simplified) document text, by start."""
    rx = _pattern(lex)
    if rx is None:
        return []
    cut = lex._derived.get(("facility_names", "cut"))
    if cut is None:
        # (X，涵盖A基地: a verb that lists parts opens no name)
        words = (*lex.list("facility_left_cues"), *lex.list("facility_inner_stops"),
                 *lex.list("facility_inner_keeps"), *lex.list("facility_inner_joins"),
                 *(w for w in lex.cues("INCLUDES", "verbs") if len(w) >= 2))
        cut = lex._derived[("facility_names", "cut")] = re.compile(
            "|".join(map(re.escape, sorted(words, key=len, reverse=True))))
    openers = tuple(sorted(lex.list("facility_run_openers"), key=len, reverse=True))
    keeps = frozenset(lex.list("facility_inner_keeps"))
    joins = frozenset(lex.list("facility_inner_joins"))
    count = lex.regex("facility_name_count")
    heads = lex.list("facility_heads") + lex.list("facility_line_heads")
    lines = tuple(lex.list("facility_line_heads"))
    out: list[Mention] = []
    # (the positions near a head only: a name ends with one; the same matches as finditer)
    for m in anchored_finditer(rx, sim, _head_starts(sim, lex), _heads(lex)[3]):
        s, e = m.span("name")
        body_end = m.start("head")
        if m.start() == s and m.group("head").startswith(lines):
            continue  # 工人走上生产线: a line at a clause start, after a subject and its verb
        singles: set[int] | None = None  # where a one-character word stands alone
        for w in cut.finditer(sim, s, body_end):
            if w.group() in joins and (e - w.end() < 5 or body_end - w.end() < 2):
                continue  # 甲服务和监管平台: a short tail shares the head
            if len(w.group()) == 1:
                singles = _single_starts(sim, m.start("name"), body_end, singles)
                if w.start() not in singles:
                    continue  # 和平里X中心, 将军山X电站: a piece of a word
            if w.group() not in keeps:  # (在线 is no 在)
                s = w.end()  # 支持企业建设X中心, 依托X中心, 甲在X中心: after the last stop
        for w in openers:
            if sim.startswith(w, s):
                if len(w) == 1:
                    singles = _single_starts(sim, m.start("name"), body_end, singles)
                    if s not in singles:
                        break  # 以色列X园, 各类X中心: the character opens a word
                s += len(w)
                break
        for c in count.finditer(sim, s, body_end):
            s = c.end()  # 全市12个X站, 西部两座X基地: the name follows the count
        name = sim[s:e]
        if not m.group("head").startswith(tuple(heads)) and (
                body_end - s < 4 or sim[body_end - 1] in "第首"):
            continue  # 第二期, 甲二期: a count or too short a name before a bare phase
        if body_end - s < 2 or not 5 <= len(name) <= 16 or lex.lookup(name) is not None:
            continue
        out.append(Mention(s, e, name, "Initiative", "facility_name"))
    return out

