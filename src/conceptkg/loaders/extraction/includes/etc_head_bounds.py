"""Where the head of a ``B、C 等 H`` list ends, read from the words after 等 (called from
:meth:`.cue_etc.EtcLists._etc`):

- a localizer closes the frame ``在B、C等H中…``: what follows it is the clause's action
  (:func:`localizer_end`);
- a verb between nouns, right before the last noun of a kind, qualifies that noun
  (``等雨水收集设施``, ``等价格对冲工具``: :func:`verb_qualified_kind`), no predicate of H;
- a word the segmenter glued of a quality in 化 and an action (``等H数字化改造``) says what
  is done to H (:func:`glued_upgrade`);
- one character tagged as a verb between a noun and a stop ends the name (``等临港产业带，``:
  :func:`glued_last_character`);
- a time word between the head and its verb says when H acts (``等公共空间夜间开放``:
  :func:`time_before_action`);
- a count of groups before the count of the head (``等四个方面12条举措``) only sorts the
  listed things: the head starts at the second count (:func:`grouped_count_start`);
- a bare two-character head keeps the one qualifier after 等 (:func:`qualified_bare_head`).
"""

from __future__ import annotations

import re

from ..arguments.phrases import Ent
from ..discourse.context import SentenceContext
from ..words.tokens import Tok

__all__ = ["counted_kind_end", "glued_last_character", "glued_upgrade", "grouped_count_start",
           "localizer_end", "qualified_bare_head", "time_before_action", "verb_qualified_kind"]

#: the stops after which a one-character word glued to a noun ends a head
_STOPS = "，。；、"


def localizer_end(ctx: SentenceContext, toks: list[Tok], q: int, end: int) -> int:
    """The index of a one-character localizer (``frame_localizer_chars``: 中, 内 …) after the
    nouns that follow 等 (at ``q``), else ``end``. A localizer glued to one character makes a
    word (线上), and a head of two characters before it is too bare to keep (等测试中). An
    adjective may qualify the head (等主要港区内)."""
    chars = ctx.lex.charset("frame_localizer_chars")
    loc = next((k for k in range(q + 2, end) if toks[k].tag == "f" and len(toks[k].text) == 1
                and toks[k].text in chars), None)
    if loc is None or not all(t.noun or t.tag == "a" for t in toks[q + 1:loc]) or \
            len(toks[loc - 1].text) < 2 or toks[loc - 1].end - toks[q + 1].start <= 2:
        return end
    return loc


def verb_qualified_kind(ctx: SentenceContext, toks: list[Tok], h: int | None, end: int,
                        kinds: tuple[str, ...], bodies: tuple[str, ...]) -> bool:
    """Whether the two-character verb at ``h``, between a noun and the clause's last word, a
    plain noun of a kind (``kinds``: 设施, 工具), qualifies that noun (等雨水收集设施): no
    light or cue verb (等企业拓展市场), no action noun at the end (等业态集聚发展), no body
    before it (等企业建设平台: the body does it)."""
    if h is None or not (h + 2 == end == len(toks)) or len(toks[h].text) != 2 or \
            toks[h].tag != "v":
        return False
    verb, last, before = toks[h].text, toks[-1], toks[h - 1]
    if verb in ctx.args.light or verb in ctx.args.cue_verbs:
        return False
    return last.text.endswith(kinds) and last.tag[:1] == "n" and \
        last.text not in ctx.args.nominal and before.tag[:1] == "n" and \
        not before.text.endswith(bodies)


def counted_kind_end(ctx: SentenceContext, toks: list[Tok], h: int | None,
                     bodies: tuple[str, ...]) -> int | None:
    """Where the head ends when the two-character verb at ``h`` qualifies the noun of a kind or
    of bodies after it, which a figure follows (等骨干参展商户超500家, 等入驻企业达300家:
    ``figure_verbs`` + a number, or the number right after it): the index after that noun."""
    if h is None or h + 2 >= len(toks) or len(toks[h].text) != 2 or toks[h].tag != "v" or \
            toks[h].text in ctx.args.light or toks[h].text in ctx.args.cue_verbs:
        return None
    noun, nxt = toks[h + 1], toks[h + 2]
    if noun.tag[:1] != "n" or not noun.text.endswith(bodies) or toks[h - 1].tag[:1] != "n":
        return None
    figure = (nxt.tag == "m" and nxt.text[:1].isdigit()) or (
        nxt.text in ctx.lex.words("figure_verbs") and h + 3 < len(toks)
        and toks[h + 3].tag == "m" and toks[h + 3].text[:1].isdigit())
    return h + 2 if figure else None


def glued_upgrade(ctx: SentenceContext, words: list[Tok]) -> bool:
    """Whether the head's last word is a quality in 化 glued to an action (数字化改造,
    智能化升级: ``nominal_verbs``) after other words: it says what is done to the head."""
    if len(words) < 2:
        return False
    text = words[-1].text
    return len(text) >= 5 and text[-2:] in ctx.args.nominal and text[:-2].endswith("化")


def glued_last_character(ctx: SentenceContext, words: list[Tok], e: int) -> bool:
    """Whether the head's last word (ending at ``e``) is one character tagged as a verb after
    a noun and before a stop (临港产业|带，): a part of the name, not its predicate."""
    return len(words) > 1 and len(words[-1].text) == 1 and words[-1].tag == "v" and \
        words[-2].tag[:1] == "n" and ctx.sim[e:e + 1] in _STOPS


def time_before_action(ctx: SentenceContext, words: list[Tok], k: int) -> int:
    """``k`` less one when the head ``words[:k]`` ends with a time word (``head_time_words``:
    夜间, 全天) that a verb follows (``k`` short of the words): the head ends before it."""
    if 1 < k < len(words) and words[k - 1].text in ctx.lex.words("head_time_words"):
        return k - 1
    return k


def grouped_count_start(ctx: SentenceContext, toks: list[Tok], start: int, end: int,
                        count: re.Pattern[str]) -> int:
    """The index of the second count in ``toks[start:end]`` when the head opens with a count of
    groups (a number, then only classifiers or summary units: 四个方面, 三大类, 六方面) right
    before a count of its own (等三大类20项措施: 20项措施), else ``start``. The words between
    must be such units (等3家企业5个项目: a tally of bodies, left), and the second count one
    of ``count`` (等3个百亿级园区: a scale, no count)."""
    if start + 3 >= end or toks[start].tag != "m":
        return start
    units = frozenset(ctx.lex.cues("INCLUDES", "count_classifiers")) | \
        frozenset(ctx.lex.cues("INCLUDES", "summary_units"))
    j = next((k for k in range(start + 1, min(start + 4, end - 1)) if toks[k].tag == "m"), None)
    if j is None or j == start + 1 or not all(t.text in units for t in toks[start + 1:j]) or \
            not count.match(ctx.sim[toks[j].start:toks[end - 1].end]):
        return start
    return j


def qualified_bare_head(ctx: SentenceContext, toks: list[Tok], q: int, head: Ent) -> Ent:
    """等服务短板, 等务实合作: a two-character head the word list does not know keeps the one
    qualifier between 等 and it (a bare 短板, 合作 says nothing of which)."""
    t = toks[q + 1] if q + 1 < len(toks) else None
    if t is None or head.rule == "lexicon" or len(head.name) != 2 or \
            t.end != head.start or len(t.text) != 2 or t.tag not in ("vn", "d", "a", "ad", "b"):
        return head
    return Ent(t.text + head.name, head.type, t.start, head.end, head.rule, head.aliases)
