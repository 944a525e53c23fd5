"""Companies a text names by their short form as a partner (与甲乙汽车合作, 联合丙丁快递、戊己银行
共建…): a brand of two to four characters and a word of trade (``partner_trade_heads``: 汽车,
快递, 物流 …) between a partner opener (``partner_openers``: 与, 联合, 携手 …) and a partner
closer (``partner_closers``: 合作, 签约, 共建 …), alone or as an item of a list joined by 、.
The brand is no dictionary word and opens with no verb, adverb, time or count (与新能源汽车合作,
与当地物流企业合作: a kind of firm, no name). Once learned, the name is an organisation wherever
the document names it again (甲乙汽车把…).
"""

from __future__ import annotations

import functools
import re

from ...lexicon import Lexicon
from ...zh import shipped
from ..words.tokens import word_tag
from ..words.wordclass import word_classes

__all__ = ["numbered_units", "partner_companies"]

_CJK = r"\u4e00-\u9fff"
#: tags of a first word that opens no name (a verb, an adverb, a time, a count, a preposition)
_NO_NAME_TAGS = ("d", "t", "p", "c", "r", "m", "f", "ad", "uj", "v", "vn", "a", "q", "ns")
#: the characters of a place's level: a brand holds none (甲市, 乙县)
_LEVELS = shipped().charset("admin_level_chars")


@functools.lru_cache(maxsize=16)
def _frame(openers: tuple[str, ...], closers: tuple[str, ...]) -> re.Pattern[str]:
    alt = "|".join(map(re.escape, sorted(openers, key=len, reverse=True)))
    close = "|".join(map(re.escape, sorted(closers, key=len, reverse=True)))
    # (a lookahead: every opener starts a frame, also one inside the items of another)
    return re.compile("(?=(?:" + alt + r")(?P<items>[" + _CJK + r"A-Za-z、]{4,40}?)(?:" + close
                      + "))")


def _brand_ok(brand: str, lex: Lexicon) -> bool:
    """``brand`` names one firm: two to four characters, no dictionary word, no word of a kind
    that opens no name, no place-start stop character."""
    wc = word_classes()
    if not 2 <= len(brand) <= 4 or brand in wc.words or word_tag(brand) is not None:
        return False
    if word_tag(brand[:2]) in _NO_NAME_TAGS or brand[:2] in wc.words:
        return False
    stops = lex.charset("not_place_start_chars")
    if any(ch in stops or ch in _LEVELS for ch in brand) or brand.startswith(
            tuple(lex.list("places"))):
        return False  # (与甲市文旅合作: a place's sector, no firm)
    return lex.lookup(brand) is None


def partner_companies(sim: str, lex: Lexicon) -> list[str]:
    """The short company names ``sim`` names as partners (see the module's doc)."""
    openers = tuple(lex.list("partner_openers"))
    closers = tuple(lex.list("partner_closers"))
    heads = tuple(sorted(lex.list("partner_trade_heads"), key=len, reverse=True))
    if not openers or not closers or not heads:
        return []
    out: list[str] = []
    for m in _frame(openers, closers).finditer(sim):
        for item in m.group("items").split("、"):
            head = next((h for h in heads if item.endswith(h)), None)
            if head is None or item in out or lex.lookup(item) is not None:
                continue
            if _brand_ok(item[:-len(head)], lex):
                out.append(item)
    return out


def numbered_units(sim: str, lex: Lexicon, orgs: list[str]) -> list[str]:
    """A group's numbered unit named by the group's brand (甲乙建工集团 … 甲乙一局, 甲乙三公司): the
    first two characters of a group the document names (one of ``numbered_unit_groups`` in its
    name), a count of one or two characters and one of ``numbered_unit_heads``, standing as a
    word (after no name character but a function character or a clause mark)."""
    groups = tuple(lex.list("numbered_unit_groups"))
    heads = lex.list("numbered_unit_heads")
    if not groups or not heads:
        return []
    brands = sorted({o[:2] for o in orgs if len(o) >= 4 and any(g in o[2:] for g in groups)
                     and _brand_ok(o[:2], lex)})
    if not brands:
        return []
    rx = re.compile("(?:" + "|".join(map(re.escape, brands)) + ")[一二三四五六七八九十]{1,2}(?:"
                    + "|".join(map(re.escape, sorted(heads, key=len, reverse=True))) + ")")
    stops = lex.charset("org_left_stop_chars")
    out: list[str] = []
    for m in rx.finditer(sim):
        s = m.start()
        if s > 0 and re.match("[" + _CJK + "A-Za-z0-9]", sim[s - 1]) and sim[s - 1] not in stops:
            continue  # (inside a longer word)
        if m.group() not in out:
            out.append(m.group())
    return out
