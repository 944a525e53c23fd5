"""Names marked by their form: quoted names with a head word (``“一站两链三服务”运营模式``),
policy titles (``《关于…的指导意见》``) and numbered names (``七大平台``). After a verb of
launching, a product's head makes a quoted name too (``推出“甲乙贷”系列产品``)."""

from __future__ import annotations

import re

from ...lexicon import Lexicon
from ...zh import shipped
from ..words.wordclass import word_classes
from .mention_types import Mention

#: what follows a quoted name: 的 and a word run of up to 12 characters, not past 等
_RUN_AFTER_QUOTE = shipped().regex("run_after_quote")

__all__ = ["book_titles", "launched_quotes", "numbered_names", "quoted_names"]

#: a quoted name: in double quotes, or in single ones inside a quote (“…‘一村一管家’帮办机制…”)
_QUOTE = re.compile(r"“([^“”\n]{1,24})”|‘([^‘’“”\n]{1,24})’")
_CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+")
#: how far before a quote a verb of launching a product may stand (发行的三只“X”系列产品)
_PRODUCT_VERB_REACH = 8
_CLAUSE_MARKS = "，。；：,;:！？\n"
#: a launched product's series word: the name runs to the end of its clause
_SERIES = shipped().words("series_words")
#: the longest such run (系列 and a noun of up to six characters: 系列协作机器人)
_SERIES_RUN = 8


def _after_product_verb(sim: str, s: int, verbs: tuple[str, ...]) -> bool:
    """A verb of ``quoted_product_verbs`` stands in the few characters before the quote at s,
    in the same clause (推出“X”服务; 推出高速公路“Y”服务), not past an earlier quote."""
    left = sim[max(0, s - _PRODUCT_VERB_REACH):s]
    for mark in _CLAUSE_MARKS + "”":
        left = left.rpartition(mark)[2]
    return bool(verbs) and any(v in left for v in verbs)


#: joins after a product series' name (“甲”系列A和“乙”系列B, “丙”系列C并获得订单)
_SERIES_JOINS = shipped().words("series_joins")


def _series_end(sim: str, e: int, word: str, predicates: tuple[str, ...]) -> int:
    """The length of a product line's name after its quote (“X”系列一体化关节已完成…): 系列 and
    a noun of up to six characters, closed by a clause mark, a join or a word that opens the
    predicate (``IMPLEMENTS.built_predicate_words``: 已, 完成, 实现 …); 0 where none closes it."""
    first = next(len(w) for w in _SERIES if word.startswith(w))
    for k in range(first + 2, min(len(word), _SERIES_RUN) + 1):
        if word[k - 1] in "的之":
            return 0  # “X”系列的第三款产品: a phrase, no name
        if word.startswith(predicates, k):
            return k
        if k == len(word) and sim[e + k:e + k + 1] in _CLAUSE_MARKS[:-1]:
            return k
    return 0


def _slogan_list(q: str) -> bool:
    """A quote that lists the short parts of one slogan (推出“提前申报、抵港直装”服务: two to four
    parts of two to six characters, each a phrase and not one dictionary word: “可靠、温暖”
    is a list of qualities): right after a verb of launching and with a head after it, the
    whole names one practice."""
    parts = q.split("、")
    wc = word_classes()
    return 2 <= len(parts) <= 4 and all(
        2 <= len(p) <= 6 and _CJK_ONLY.fullmatch(p) is not None and p not in wc.words
        and not wc.is_ordinary(p, 1) for p in parts)


def quoted_names(sim: str, lex: Lexicon, verbs: set[str], rel_verbs: frozenset[str] = frozenset(),
                 terms: list[Mention] | None = None) -> tuple[list[Mention], list[Mention]]:
    """Quoted names: “X”开发模式 (initiative), “X”企业 (organisation); bare quotes kept apart.
    A verb inside the words after the quote makes them a clause (以“链”聚势打造…), except a
    relation verb right after the quote (“溪宁智城”建设行动方案). A quoted term of the lexicon
    is the lexicon's mention; with a head after it (“甲乙行动”专项行动) the name it would have
    as any other quote goes to ``terms`` (a name without the marks for the phrase the
    arguments read there: :attr:`.DocMentions.quoted_terms`)."""
    closing = tuple(lex.list("quoted_closing_heads"))  # (only where they close the phrase)
    ini = lex.list("initiative_heads") + lex.list("quoted_heads") + lex.list("facility_heads") + \
        list(closing)
    ini_long = tuple(h for h in ini if len(h) >= 2)
    orgh = lex.list("org_heads")
    org_heads = tuple(orgh)
    plain = tuple(sorted(set(ini) | set(orgh), key=len, reverse=True))
    plain_open = tuple(h for h in plain if h not in closing)
    products = tuple(sorted(set(plain) | set(lex.list("quoted_product_heads")),
                            key=len, reverse=True))
    pverbs = tuple(lex.list("quoted_product_verbs"))
    copulas = tuple(lex.list("copulas"))
    verbal_heads = tuple(lex.list("verbal_name_heads"))
    predicates = tuple(lex.cues("IMPLEMENTS", "built_predicate_words")) + _SERIES_JOINS
    launch = tuple(lex.list("quoted_launch_verbs"))
    typed, bare = [], []
    for m in _QUOTE.finditer(sim):
        q = (m.group(1) or m.group(2) or "").strip()
        slogan = _slogan_list(q) and sim[:m.start()].endswith(launch)
        known = lex.lookup(q) is not None
        if not q or (known and terms is None) or any(c in q for c in "，。；！？") or \
                ("、" in q and not slogan):
            continue
        s, e = m.span()
        heads = products if _after_product_verb(sim, s, pverbs) else plain
        run = _RUN_AFTER_QUOTE.match(sim, e, e + 14)
        name, end, type_ = "", e, ""
        if run:
            de, word = run.group(1), run.group(2)
            best = 0
            if de:
                for h in heads:
                    if word.startswith(h):
                        best = len(h)
                        break
            else:
                for k in range(len(word), 0, -1):
                    if word[:k].endswith(heads) and (
                            k == len(word) or lex.lookup(word[:k]) is None) and (
                            k == len(word) or not word[:k].endswith(closing)
                            or word[:k].endswith(plain_open)):
                        if k > 1 and any(word[j:j + 2] in verbs for j in range(1, k - 1)) \
                                and not word[:k].endswith(verbal_heads):
                            continue  # “甲乙”App进行改造: a clause runs to 改造; the App heads
                        best = k
                        break
                if not best and heads is products and word.startswith(_SERIES) and \
                        len(word) <= _SERIES_RUN and \
                        sim[run.end():run.end() + 1] in _CLAUSE_MARKS[:-1]:
                    best = len(word)  # 推出“X”系列协作机器人，: the whole series is launched
                if not best and word.startswith(_SERIES):
                    best = _series_end(sim, e, word, predicates)
            if best and any(word[k:k + 2] in verbs for k in range(best - 1)
                            if k or word[:2] not in rel_verbs) and \
                    not word[:best].endswith(verbal_heads):
                best = 0  # “12345”热线接到企业: a clause, not a name (but “X”双轮驱动战略)
            if best and not de and word.startswith(copulas):
                best = 0  # “X”是本公司…: the quote's predicate, no part of a name
            if best and not de and word[:1] in _QUOTE_PREDICATES:
                best = 0  # “两翼”为X小镇: the quote's predicate, no part of a name
            if best:
                np_ = word[:best]
                name = f"“{q}”{np_}" if slogan else q + np_  # (the quote keeps its list one)
                end = e + best + (1 if de else 0)
                type_ = "Organization" if np_.endswith(org_heads) else "Initiative"
        if slogan and not name:
            continue  # 推出“甲乙、丙丁”: a list of words, no name without a head after it
        if known:
            if name and terms is not None:
                terms.append(Mention(s, end, name, type_, "quoted_name", False, (q,)))
            continue
        if name:
            typed.append(Mention(s, end, name, type_, "quoted_name", False, (q,)))
        elif q.endswith(ini_long) or \
                lex.regex("numbered_name").fullmatch(q):
            typed.append(Mention(s, e, q, "Initiative", "quoted_name"))
        else:
            bare.append(Mention(s, e, q, "", "quoted_name"))
    return typed, bare


def launched_quotes(sim: str, lex: Lexicon, bare: list[Mention]) -> list[Mention]:
    """Quoted names with no head word that a verb of launching or carrying out takes right
    before the quote (``quoted_launch_verbs``; a 了 between stays out), when a clause mark or
    等 closes the quote: 推出“甲乙贷”，…; 发行“丙丁债”等…; 组织“甲乙帮扶”。 They are
    initiatives (a product, a programme, a practice); a quote that lists (、) or goes on into
    a noun (“X”频道) is none."""
    verbs = tuple(lex.list("quoted_launch_verbs"))
    out = []
    for m in bare:
        before = sim[max(0, m.start - 8):m.start]
        before = before[:-1] if before.endswith("了") else before
        if not verbs or not before.endswith(verbs) or "、" in m.name or len(m.name) < 2:
            continue
        if sim[m.end:m.end + 1] in _LAUNCH_CLOSERS:
            out.append(Mention(m.start, m.end, m.name, "Initiative", "launched_quote"))
    return out


#: one-character verbs and prepositions that open a predicate right after a quote (“A”为B,
#: “A”是B, “A”在B): the words after them are no head of the quote
_QUOTE_PREDICATES = shipped().charset("quote_predicate_chars")

#: what may follow a launched quote (a clause mark, 等 opening a list's head)
_LAUNCH_CLOSERS = frozenset("，。；：！？") | shipped().charset("list_close_chars")

_BOOK = re.compile(r"《([^《》\n]{2,60})》")
_BOOK_TAIL = re.compile(r"[（(][^（）()]*[)）]$")


def book_titles(sim: str, lex: Lexicon) -> list[Mention]:
    """《关于…的意见》, 《…三年行动计划（2023—2025）》: policy documents are initiatives."""
    heads = tuple(lex.list("policy_heads")) + tuple(lex.list("agreement_title_heads"))
    out = []
    for m in _BOOK.finditer(sim):
        name = _BOOK_TAIL.sub("", m.group(1)).strip()
        if name.endswith(heads) and lex.lookup(name) is None:
            out.append(Mention(m.start(), m.end(), name, "Initiative", "book_title"))
    return out


def numbered_names(sim: str, lex: Lexicon) -> list[Mention]:
    """七大平台 (a programme: the numbered name), 五大战略性新兴产业 / 三大支柱产业 (a group of
    industries: the concept itself, the numbered form an alias)."""
    ini = set(lex.list("initiative_heads"))
    heads = tuple(sorted(ini | set(lex.list("concept_heads")), key=len, reverse=True))
    heads2 = tuple(h for h in heads if len(h) >= 2)  # (the heads a two-character word may end in)
    ini_heads = tuple(ini)
    generic = set(lex.list("concept_heads")) | set(lex.list("stop_heads"))
    out = []
    for m in lex.regex("numbered_name").finditer(sim):
        word = m.group(2)
        known = lex.matcher.match(sim, m.start(2))
        term = lex.terms[known.group()] if known else None
        if term is not None and term.type in ("Concept", "Factor") and not term.weak:
            out.append(Mention(m.start(), known.end(), term.name, term.type, "numbered_name",
                               aliases=(sim[m.start():known.end()],)))
            continue
        for k in range(len(word), 1, -1):
            if word[:k].endswith(heads if k >= 3 else heads2):
                e = m.start(2) + k
                # 四大主导产业 is a group of industries (a concept), 七大平台 a programme
                type_ = "Initiative" if word[:k].endswith(ini_heads) else "Concept"
                bare = word[:k]
                if type_ == "Concept" and len(bare) >= 3 and bare not in generic:
                    out.append(Mention(m.start(), e, bare, type_, "numbered_name",
                                       aliases=(sim[m.start():e],)))
                else:
                    out.append(Mention(m.start(), e, sim[m.start():e], type_, "numbered_name"))
                break
    return out
