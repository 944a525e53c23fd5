"""Names a document teaches about itself: places missing from the lexicon, industrial parks and
companies introduced by a list.

- a place: ``X省/X市/X县/X州`` directly followed by the name of a government body
  (``江州省人民政府``, ``临江市工业和信息化局``, ``临江市委``), where ``X`` is two characters that
  are not an ordinary word. The place then serves every place rule of the document
  (``江州港务集团``, ``临江高新区``);
- a park: a place + ``park_suffixes`` (``临江高新区``, ``苏州工业园区``) names an organisation;
- a branch: bare 分行/分公司 (``branch_self_mentions``) stands for the one branch the text names
  with that ending (``甲银行乙市分行…。分行推出“丙贷”``);
- companies: the items of ``A、B、C等(一批)(上下游|龙头…)企业`` that look like proper names
  (``芯源微电子、恒驰动力电池、北斗智行等上下游企业``) are organisations wherever the document
  names them again.
"""

from __future__ import annotations

import dataclasses
import re

from ...lexicon import Lexicon
from ..words.tokens import word_tag
from ..words.wordclass import word_classes

__all__ = ["appositive_companies", "learn_places", "with_places", "park_candidates",
           "list_companies", "park_self", "branch_self"]

_CJK = r"\u4e00-\u9fff"
_WORD_CHAR = re.compile(r"[" + _CJK + r"A-Za-z0-9]")
_TWO_CJK = re.compile(r"[" + _CJK + r"]{2}")


def learn_places(sim: str, lex: Lexicon) -> list[str]:
    """Two-character place names the document uses with a level and a government body."""
    known = lex.wordset("places")
    words = word_classes().words
    dept = sorted(lex.list("gov_dept_words"), key=len, reverse=True)
    follow = "|".join(map(re.escape, (*lex.words("gov_after_place"), *dept)))
    # (the level first: scanning for two characters and a level at every character is slow;
    # a run read must not start inside the one before, as when the three are matched at once)
    rx = re.compile(r"[省市县州](?=" + follow + ")")
    out: list[str] = []
    after = 0
    for m in rx.finditer(sim):
        at = m.start()
        if at - 2 < after or not _TWO_CJK.fullmatch(sim, at - 2, at):
            continue
        after = at + 1
        x = sim[at - 2:at]
        if at >= 3 and sim[at - 3:at - 1] in words:
            continue  # 建设城市数据中心: 设城 starts inside a word (建设), no place
        if x in known or x in out or x in words or x[0] in lex.charset("not_place_start_chars") or \
                x[1] in lex.charset("not_place_start_chars") or lex.lookup(x) is not None:
            continue
        out.append(x)
    return out


def with_places(lex: Lexicon, places: list[str]) -> Lexicon:
    """The lexicon with extra place names (the compiled term matcher is shared)."""
    if not places:
        return lex
    lists = dict(lex.lists)
    lists["places"] = [*lex.list("places"), *places]
    return dataclasses.replace(lex, lists=lists, _matcher=lex.matcher)


def park_candidates(sim: str, lex: Lexicon) -> list[tuple[int, int, str]]:
    """Industrial parks named by a place and a park suffix: 临江高新区, 苏州工业园区."""
    sufs = lex.list("park_suffixes")
    places = [p for p in lex.list("places") if p not in ("中国", "全国", "国家")]
    if not sufs or not places:
        return []
    rx = re.compile("(?:" + "|".join(map(re.escape, sorted(places, key=len, reverse=True)))
                    + r")(?:省|市|县|区)?(?:" + "|".join(map(re.escape, sorted(
                        sufs, key=len, reverse=True))) + ")(?:管委会|管理委员会)?")
    return [(m.start(), m.end(), m.group()) for m in rx.finditer(sim)]




def list_companies(sim: str, strip: list[str], lex: Lexicon) -> list[str]:
    """Proper names listed before 等…企业 (the list's first item loses a leading verb)."""
    wc = word_classes()
    out: list[str] = []
    for m in lex.regex("company_list").finditer(sim):
        items = m.group(1).split("、")
        first = items[0]
        cut = max((first.rfind(p) + len(p) for p in strip
                   if len(p) >= 2 and 0 <= first.rfind(p) < len(first) - len(p) - 1), default=0)
        items[0] = first[cut:]
        for it in items:
            if 2 <= len(it) <= 8 and wc.is_proper_name(it) and \
                    wc.stop_ending_at(it, len(it), 0) == 0 and it not in out:
                out.append(it)
    return out


def appositive_companies(sim: str, lex: Lexicon) -> list[str]:
    """Company names after a noun of their kind, in apposition (家电企业甲乙电器推出…, 车企丙丁汽车
    联合…, 子公司戊己快运在…): a run of two to six characters between a word of
    ``appositive_kinds`` and a verb or adverb of ``appositive_closers``. A kind word of one
    character's length before it (企业, 平台) needs a word of trade right before it (家电企业,
    电商平台), not a clause start (，企业下一步: the firms just named); the run is no dictionary
    word, opens with no verb, adverb, time or count, and holds no function character."""
    kinds = tuple(sorted(lex.list("appositive_kinds"), key=len, reverse=True))
    closers = tuple(sorted(lex.list("appositive_closers"), key=len, reverse=True))
    if not kinds or not closers:
        return []
    wc = word_classes()
    rx = re.compile("(?P<kind>" + "|".join(map(re.escape, kinds)) + r")(?P<name>[" + _CJK +
                    r"A-Za-z]{2,6}?)(?=" + "|".join(map(re.escape, closers)) + ")")
    stops = lex.charset("not_place_start_chars")
    bare = frozenset(lex.list("appositive_bare_kinds"))
    out: list[str] = []
    for m in rx.finditer(sim):
        name, s = m.group("name"), m.start()
        for cut in (3, 2):  # 企业甲乙不久前宣布…: a word of time closes the run, no part of it
            if len(name) - cut >= 2 and word_tag(name[-cut:]) == "t":
                name = name[:-cut]
                break
        if m.group("kind") in bare and (s == 0 or not _WORD_CHAR.match(sim[s - 1])
                                         or sim[s - 1] in stops):
            continue  # (，企业下一步还将…: the firms the text just named)
        if name in out or name in wc.words or word_tag(name) is not None or \
                word_tag(name[:2]) in _NO_NAME_TAGS or any(ch in stops for ch in name) or \
                lex.lookup(name) is not None:
            continue
        out.append(name)
    return out


#: tags of a first word that opens no name (a verb, an adverb, a time, a count, a preposition)
_NO_NAME_TAGS = ("d", "t", "p", "c", "r", "m", "f", "ad", "uj", "v", "vn", "a")


def park_self(sim: str, words: list[str], lex: Lexicon) -> list[tuple[int, int]]:
    """Bare 园区/高新区 standing for the one park a text is about (not inside 产业园区: the
    character before must end a word)."""
    if not words:
        return []
    rx = re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))
    out = []
    for m in rx.finditer(sim):
        s = m.start()
        prev = sim[s - 1] if s > 0 else "\n"
        if _WORD_CHAR.match(prev) and \
                prev not in lex.charset("not_place_start_chars") \
                and prev not in "让使年月日":
            continue
        out.append((s, m.end()))
    return out


def branch_self(sim: str, bodies: set[str], lex: Lexicon) -> list[tuple[int, int, str]]:
    """Bare 分行/分公司 (``branch_self_mentions``) standing for the one body of ``bodies`` whose
    name ends with that word, (start, end, body) of each: a word opening a clause or after a
    function word (``，分行推出…``, ``由分行负责``), not inside another word (``总分行``) nor
    the start of one (分行业: ``branch_self_stop_chars`` after it)."""
    out: list[tuple[int, int, str]] = []
    stops = lex.charset("branch_self_stop_chars")
    for word in lex.list("branch_self_mentions"):
        named = {n for n in bodies if n.endswith(word) and n != word}
        # (a name that ends a longer one is a piece of it: 乙银行丙分行 of 甲乙银行丙分行)
        named = {n for n in named if not any(m != n and m.endswith(n) for m in named)}
        if len(named) != 1:
            continue
        body = next(iter(named))
        for s, e in park_self(sim, [word], lex):
            if sim[e:e + 1] not in stops:
                out.append((s, e, body))
    return out
