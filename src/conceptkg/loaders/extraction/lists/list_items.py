"""Lists of items: where a list starts in a clause and what count it names (:func:`list_start`,
:func:`count_of`); items that share one kind: a known term under a short qualifier names the
narrower thing (人工智能、人形机器人、氢能: 人形机器人, not 机器人), and an unknown name guessed
from its head word takes the type of the known items beside it (5G、千兆光网: both factors)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..mentions.mention_types import Ent
from ..words.tokens import word_tag
from .list_first_item import parallel_first

if TYPE_CHECKING:  # pragma: no cover
    from ..arguments.phrases import Phrases
    from ..discourse.context import SentenceContext
    from ..words.tokens import Tok

__all__ = ["BARRIER_TAGS", "count_of", "list_start", "qualified_item", "route_end", "same_kind"]

#: word tags that end a phrase when read backwards from a list (verbs, prepositions, adverbs …)
BARRIER_TAGS = ("v", "p", "x", "d", "c", "r", "t", "uj", "vd")


def qualified_item(ph: Phrases, a: int, b: int, ent: Ent) -> Ent:
    """``ent`` found in the list item ``[a, b)``, or the whole item when a two-character
    qualifier stands before the known term (人形机器人)."""
    a, b = ph.clean(a, b)
    prefix = ph.sim[a:ent.start]
    if ent.rule != "lexicon" or ent.end != b or ent.weak or len(prefix) != 2 or \
            not re.fullmatch(r"[\u4e00-\u9fff]{2}", prefix) or \
            ph.lex.regex("not_qualifier").search(prefix) or \
            prefix.startswith(tuple(ph.prefixes)) or prefix in ph.lex.words("list_task_verbs") or \
            ph.dm.between(a, ent.start):
        return ent
    text = ph.sim[a:b]
    if not ph.valid_name(text, ent.type):
        return ent
    return Ent(text, ent.type, a, b, "list_item")


def same_kind(out: list[Ent]) -> list[Ent]:
    """Guessed names (noun phrases) take the one type of the known items of their list."""
    known = {x.type for x in out if x.rule == "lexicon" and not x.weak}
    if len(known) != 1 or not known <= {"Concept", "Factor"}:
        return out
    type_ = next(iter(known))
    return [Ent(x.name, type_, x.start, x.end, x.rule, x.aliases) if x.rule == "noun_phrase"
            and x.type != type_ else x for x in out]


def list_start(ctx: SentenceContext, toks: list[Tok], q: int, joined: bool = False) -> int | None:
    """Index where the list before token q starts; None without a 、 in it (or a single
    item right after a verb: 推进X等项目). The items between two 、 are taken whole (their
    word tags are too unreliable to cut them); the first item starts after the last verb,
    preposition, adverb or lead word before it. With ``joined`` a conjunction (和, 与, 及:
    ``conjunctions``, whatever its tag) joins words inside an item and starts nothing."""
    joins = frozenset(ctx.lex.words("conjunctions")) if joined else frozenset()
    objects = ctx.lex.words("list_object_verbs")
    experiences = ctx.lex.words("list_experience_verbs")  # (体验A、B等项目)
    ranges = ctx.lex.words("range_words")
    etcs = frozenset(ctx.lex.cues("INCLUDES", "etc") or ["等"])
    seps = []
    depth = 0
    for k in range(q - 1, -1, -1):
        t = toks[k].text
        if depth == 0 and t == "”" and k + 1 < q and toks[k + 1].text == "“":
            seps.append(k + 1)  # “A”“B”: names side by side are items of a list
        if t in "”》)）":
            depth += 1
        elif t in "“《(（":
            depth = max(0, depth - 1)
        elif depth == 0 and t == "、":
            seps.append(k)
        elif depth == 0 and (t in ("，", "；", "：", "。") or (k + 1 < q and t in etcs)):
            break  # (围绕A、B等园区引进C、D等项目: the list before 等 is another one)
        elif depth == 0 and seps and t not in joins and (toks[k].tag in ("uj", "p") or (
                toks[k].tag == "d" and t in ctx.args.lead) or (
                t in ctx.args.complements and k > 0 and toks[k - 1].tag in ("v", "vn"))):
            break  # A、B也推出C的D、E等: the list starts after 的 (A、B is another list; so
            # does 从A、B保护到C、D等: after a verb's complement)
    end = seps[-1] if seps else q
    k = end - 1
    while k >= 0:
        t = toks[k]
        if t.text in "”》)）":
            depth += 1
        elif t.text in "“《(（":
            depth = max(0, depth - 1)
        elif depth == 0 and k + 1 < end and (
                t.text in ctx.args.complements
                or (len(t.text) == 4 and t.text[:2] in ctx.args.nominal
                    and t.text[2:] in ctx.args.nominal)):
            break  # 串联起A、B; 创新发展A、B (two action words before the first item)
        elif depth == 0 and ((seps and k + 1 == end and t.tag == "d" and len(t.text) > 1
                              and t.text not in ctx.args.lead) or t.text in joins
                             or (t.text in ranges and 0 < k and k + 1 < end
                                 and toks[k - 1].tag == "ns"
                                 and toks[k + 1].tag in ("ns", "n", "nz"))
                             or (t.tag == "t" and k + 1 < end and not ctx.args.is_time(t))
                             or (k + 1 < end and toks[k + 1].text == "式")):
            pass  # 人民至上、…: a longer word tagged as an adverb ends the first item (甲地至
            # (沉浸式X、…: a verb before 式 makes a word of manner inside the item)
            # 乙地段、…: a range between two places stays inside it; 现代X、…, 新一代X、…: a
            # word the dictionary tags as a time, but that names none, qualifies the item)
        elif depth == 0 and ((t.tag in BARRIER_TAGS and (
                t.tag != "v" or (len(t.text) > 1 and k + 1 < end
                                 and t.text not in ctx.args.nominal)))
                             or (t.text in ctx.args.lead and t.text not in ctx.args.nominal)
                             or ((t.text in ctx.args.cue_verbs or t.text in ctx.args.light)
                                 and (t.tag != "vn" or k + 1 < end))
                             or (t.text in objects and k + 1 < end)
                             or (t.text in experiences and k + 1 < end
                                 and not (k + 2 == end and len(toks[k + 1].text) == 1)
                                 and (k == 0 or toks[k - 1].tag != "eng"))  # (体验区, VR体验X)
                             or (t.tag in ("l", "i") and len(t.text) >= 4 and k + 1 < end
                                 and t.text[-2:] in ctx.args.light)
                             or (len(t.text) >= 4 and k + 1 < end and t.text[:2] in ctx.args.lead
                                 and t.text[2:] in ctx.args.light)
                             or (k + 1 < end and _glued_adverb_verb(ctx, t.text, t.tag))
                             or (k + 1 < end and t.tag == "m" and t.text in ctx.args.counts
                                 and (k == 0 or toks[k - 1].tag != "m"))
                             or (k + 1 < end and 0 < k and t.tag == "f" and len(t.text) == 1
                                 and t.text in ctx.lex.charset("frame_localizer_chars")
                                 and toks[k - 1].tag[:1] == "n" and len(toks[k - 1].text) > 1)
                             or (t.tag == "q" and 0 < k and k + 1 < end
                                 and toks[k - 1].tag == "m")
                             or _opening_verb(ctx, toks, k, end)
                             or (k + 1 < end and k > 0 and (
                                 (t.tag == "f" and toks[k - 1].tag == "v"
                                  and len(toks[k - 1].text) == 1)
                                 or (t.tag == "vn" and toks[k - 1].tag in ("d", "ad")
                                     and t.text not in ctx.args.nominal)))):
            # (补上A、B: a verb and its complement; 共设置A、B: a verbal noun after an adverb;
            # 大力推进A、B: an adverb glued to a light verb, whatever its tag; 300家A、B, 一批
            # A、B: a count of the listed things; 系列X, 部分X: no count, a part of the item;
            # 庙会上A、B: a place closed by a localizer frames the list)
            if not _modifier_after_verb(ctx, toks, k, end, objects):
                break  # (a verb that ends the first item is a noun: 设施建设、…; an idiom
                # that ends with a light verb is a verb: 广泛应用A、B)
        k -= 1
    k = _glued_verb(ctx, toks, k, end, objects)
    if seps:
        k = _verb_inside_first(ctx, toks, k, end, objects)
    if seps:
        k = parallel_first(ctx, toks, k, end, seps, q, objects)  # (提供诊断评估、方案设计)
        return k + 1 if k + 1 < seps[-1] else None
    single = k >= 0 and (toks[k].text in ctx.args.light or toks[k].text in ctx.args.cue_verbs)
    quoted = k + 2 < q and toks[k + 1].text in "“《" and toks[q - 1].text in "”》" and \
        not any(t.text in "“”《》" for t in toks[k + 2:q - 1])  # (发起的“X”等Y: a name)
    return k + 1 if (single or quoted) and k + 1 < q else None


def _opening_verb(ctx: SentenceContext, toks: list[Tok], k: int, end: int) -> bool:
    """Whether token k, a verb the lexicon also reads as a noun (改造, 开放: ``nominal_verbs``),
    an adjective used as a verb (稳定, 丰富: ``verbal_adjectives``) or an idiom that ends with a
    verb (X培养), takes the first item as its object: nothing
    but adverbs stands before it in the clause (改造A、B等H, 优先开放A、B), or only a noun after a
    preposition (向公众开放A、B). After a noun it is part of the item (旧城改造项目、…), and
    after the clause's own verb it qualifies the item (鼓励共享X、…)."""
    t = toks[k]
    if k + 1 >= end or toks[k + 1].tag[:1] not in ("n", "j", "l"):
        return False
    if toks[k + 1].tag[:1] == "l" and t.tag != "a":
        return False  # (稳定退役军人、…: a fixed phrase after an adjective of a task only)
    if t.tag == "v" and len(t.text) == 2:
        if t.text not in ctx.args.nominal:
            return False
    elif t.tag == "a" and t.text in ctx.lex.words("verbal_adjectives"):
        pass  # 稳定A、B等群体就业: an adjective that opens the clause acts on the list
    elif not (t.tag in ("l", "i") and len(t.text) == 4 and word_tag(t.text[2:]) == "v"):
        return False
    if all(x.tag in ("d", "ad", "vn", "c") or x.text in ctx.args.lead for x in toks[:k]):
        return True  # (鼓励共享X、…: the clause's own verb 鼓励 stands before, not only adverbs)
    return t.tag == "v" and k >= 2 and toks[k - 2].tag == "p" and \
        toks[k - 1].tag[:1] in ("n", "r")


def _verb_inside_first(ctx: SentenceContext, toks: list[Tok], k: int, end: int,
                       objects: tuple[str, ...]) -> int:
    """The token before the first item when the scan stopped at a verb inside it (聚焦甲型垂直
    起降平台、…, 推广乙型导航系统、…): a two-character verb the clause does not act with,
    followed by one or two nouns that end the item, and reached back over a few modifiers from
    the clause's own verb or from a preposition; ``k`` as it was otherwise (支持企业建设X、…:
    a body before the verb does it)."""
    def acts(w: str) -> bool:
        return w in ctx.args.light or w in ctx.args.cue_verbs or w in objects or \
            w in ctx.args.lead

    if k < 1 or k + 1 >= end or toks[k].tag != "v" or len(toks[k].text) != 2 or \
            acts(toks[k].text) or toks[k].text in ctx.args.nominal or end - k - 1 > 2 or \
            not all(x.tag[:1] in ("n", "j") or x.tag == "vn" for x in toks[k + 1:end]):
        return k
    bodies = tuple(ctx.lex.list("org_heads"))
    for j in range(k - 1, max(-1, k - 4), -1):
        x = toks[j]
        if x.tag == "p":
            return j  # (围绕A聚合调控、…)
        if x.tag == "v" and len(x.text) == 2 and j < k - 1:
            return j  # (the clause's verb, with modifiers of the item after it)
        if x.tag not in ("n", "nz", "nr", "b", "a", "v", "j") or x.text.endswith(bodies) or \
                ctx.args.is_person(x.text):
            return k
    return k


def _modifier_after_verb(ctx: SentenceContext, toks: list[Tok], k: int, end: int,
                         objects: tuple[str, ...]) -> bool:
    """Whether token k, a word stopped only by its tag (no verb, lead or light word the
    lexicon knows), qualifies the first item because the clause's own verb or preposition
    stands right before it (催生虚拟X、…, 落实差别Y、…: the item is 虚拟X, 差别Y)."""
    t = toks[k]
    if not (0 < k and k + 1 < end and t.tag in ("v", "d", "j") and len(t.text) == 2):
        return False
    if t.text in ctx.args.cue_verbs or t.text in ctx.args.light or t.text in objects \
            or t.text in ctx.args.lead or t.text in ctx.args.nominal:
        return False
    nxt = toks[k + 1]
    if nxt.verb or nxt.tag not in ("n", "nz", "vn", "j"):
        return False
    prev = toks[k - 1]
    return prev.tag == "p" or (prev.text in ctx.args.cue_verbs and prev.text not in ctx.args.light
                               and prev.text not in ctx.args.lead)


def _glued_adverb_verb(ctx: SentenceContext, word: str, tag: str) -> bool:
    """A four-character idiom the segmenter glued from an adverb and a verb (深入开展, 积极开展:
    a word of ``strip_prefixes`` then a word tagged as a verb): the clause's own verb, which
    the first item of a list after it does not include."""
    return tag in ("l", "i") and len(word) == 4 and \
        word[:2] in ctx.lex.wordset("strip_prefixes") and word_tag(word[2:]) == "v"


def _glued_verb(ctx: SentenceContext, toks: list[Tok], k: int, end: int,
                objects: tuple[str, ...]) -> int:
    """Token before the first item's start once a verb of two one-character tokens that
    opens the item is cut off (做/强A、B等H: the segmenter splits 做强; A stays)."""
    i = k + 1
    if i + 2 < end and len(toks[i].text) == 1 and len(toks[i + 1].text) == 1 and \
            toks[i].text + toks[i + 1].text in objects:
        return i + 1
    return k


def count_of(text: str) -> int:
    """The number a count word names (三 → 3, 两 → 2, 12 → 12; 0 when none)."""
    digits = "一二三四五六七八九十"
    if text.isdecimal():  # (not isdigit: ¹ is a digit but no number int() reads)
        return int(text)
    if text == "两":
        return 2
    return digits.index(text) + 1 if len(text) == 1 and text in digits else 0


def route_end(toks: list[Tok], e: int, b: int) -> int:
    """After a route word (``route_words``: 至) at ``e`` in an object (开通A至B的C): the index
    of the word after the 的 that closes the route's end point (a few words, no verb), when a
    phrase follows it before ``b``; else 0."""
    for m in range(e + 1, min(b - 1, e + 7)):
        if toks[m].text == "的":
            return m + 1 if m > e + 1 else 0
        if toks[m].verb or toks[m].tag in ("p", "x", "u", "d"):
            return 0
    return 0
