"""Public institutions named by an administrative level and their function: ``省海洋装备研究院``,
``市外贸企业服务促进中心``, ``省无线电监测站``, ``市贸促会`` — a body of that level's government,
though its words are ordinary ones (the organisation finder leaves a name made of dictionary
words alone: ``航空公司`` is a kind of company).

A name opens with a level of ``body_levels`` standing as a word of its own (after punctuation,
a join or a preposition of ``level_body_openers``: ``与省X研究院``, ``由市X中心牵头``, not inside
``城市数据中心``), runs two to twelve characters with no ``的``, no verb of the organisation
finder (but the words of ``level_body_name_words``: ``市外贸企业服务促进中心``), no join and
no suffix of another body (``市甲局与乙学院`` names two), and closes with a suffix of
``level_body_suffixes``. A level's own committee or government (``省委、省政府出台X``,
``经县政府同意``: ``level_bare_bodies``) is one too, where a mark, a join or a verb follows
it (not ``县委书记``, ``县政府督查室``). Regular-expression passes over the document; the
names are organisation candidates.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from ...lexicon import Lexicon
from ...zh import shipped

__all__ = ["level_bodies"]

#: the marks of a list of bodies (市甲局与乙学院: two names, not one)
_JOINS = shipped().charset("body_joins")
#: the most characters between the level and the suffix
_MAX_BODY = 12


def _pattern(lex: Lexicon) -> re.Pattern[str] | None:
    levels = lex.alternation("body_levels")
    sufs = lex.alternation("level_body_suffixes")
    opens = "".join(lex.list("level_body_openers"))
    if not levels or not sufs or not opens:
        return None
    return lex.derived("level_bodies", "regex", lambda: re.compile(
        r"(?:^|(?<=[" + re.escape(opens) + r"]))(?P<name>(?:" + levels +
        r")[\u4e00-\u9fff]{2," + str(_MAX_BODY) + r"}?(?P<suf>" + sufs + r"))", re.M))


def _bare_pattern(lex: Lexicon) -> re.Pattern[str] | None:
    levels = lex.alternation("body_levels")
    bare = lex.alternation("level_bare_bodies")
    opens = "".join(lex.list("level_body_openers"))
    titles = lex.alternation("person_titles")
    if not levels or not bare or not opens:
        return None
    return lex.derived("level_bodies", "bare", lambda: re.compile(
        r"(?:^|(?<=[" + re.escape(opens) + r"]))(?P<name>(?:" + levels + r")(?:" + bare +
        r"))" + (r"(?!" + titles + r")" if titles else ""), re.M))


def level_bodies(sim: str, lex: Lexicon, verbs: Collection[str]) -> list[str]:
    """The names of ``sim`` of institutions named by level and function (see the module)."""
    bare = _bare_names(_bare_pattern(lex), sim, frozenset(lex.list("level_body_openers")),
                       verbs, lex.charset("level_bare_unit_chars"))
    rx = _pattern(lex)
    if rx is None:
        return bare
    keep = frozenset(lex.list("level_body_name_words"))
    bodies = lex.list("org_suffixes")
    verbs = [v for v in verbs if v not in keep]
    out: list[str] = []
    for m in rx.finditer(sim):
        name = m.group("name")
        body = name[1:len(name) - len(m.group("suf"))]
        if "的" in body or any(c in body for c in _JOINS) or \
                any(x in body for x in bodies) or \
                any(body[k:k + n] in verbs for n in (2, 3) for k in range(len(body) - n + 1)):
            continue  # (省内企业牵头建设X研究院: a clause, not a name)
        out.append(name)
    return out + bare


def _bare_names(rx: re.Pattern[str] | None, sim: str, opens: frozenset[str],
                verbs: Collection[str], units: frozenset[str]) -> list[str]:
    """The bare bodies (省委, 县政府) that a mark, a join or a verb follows: not one that
    qualifies the noun after it (纳入县政府年度计划) or names a unit of it (县政府督查室:
    ``level_bare_unit_chars`` close the word after it)."""
    if rx is None:
        return []
    return sorted({m.group("name") for m in rx.finditer(sim) if (
        m.end() == len(sim) or sim[m.end()] in opens or sim[m.end():m.end() + 2] in verbs)
        and not any(c in units for c in sim[m.end() + 1:m.end() + 4])})
