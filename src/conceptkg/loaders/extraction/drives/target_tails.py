"""What a cue drives when its object is a thing followed by a word of how that thing changes
(``带动甲产品上行``, ``赋能乙产业提质增效``): the thing is driven, and the whole phrase, thing and
change together, is its alias (as for a known term before a change word, ``传统产业转型升级``).
The change words are ``change_tails`` in the language data; a tail counts only when it closes
the object (the clause ends, or a list separator or conjunction follows it), so that
``带动乙产业提质增效的举措`` keeps its head.

A process said as a noun after 的 (``带动甲数据的汇聚利用``, ``推动乙产品的迭代优化``) closes the
object the same way: the thing before 的 is driven, the whole phrase is its alias. The words
after 的 must end the object, be a few verbs or adverbs (the last a verb, or a word in 化:
``丙制品的品牌化``) and hold no noun of their own (``甲的感知能力`` is a thing, no process)."""

from __future__ import annotations

from ...zh import shipped
from ..arguments.phrases import Ent
from ..discourse.context import SentenceContext
from ..words.tokens import Tok

__all__ = ["change_tail_end", "driven_entity", "predicate_tail_end", "process_tail_end",
           "setting_end"]

#: what may follow a change word that closes the driven phrase
_CLOSERS = shipped().wordset("item_joins") | frozenset({"，", "。", "；", "！", "？", "”"})


def change_tail_end(ctx: SentenceContext, toks: list[Tok], end: int) -> int | None:
    """The end of a change word of ``change_tails`` that starts at ``end`` (the end of a driven
    phrase) and closes it, else None."""
    tails = ctx.lex.list("change_tails")
    if not tails:
        return None
    k = next((j for j, t in enumerate(toks) if t.start == end), None)
    if k is None:
        return None
    stop = k
    text = ""
    while stop < len(toks) and len(text) < 6 and toks[stop].tag != "x":
        text += toks[stop].text
        stop += 1
        if text in tails and (stop == len(toks) or toks[stop].text in _CLOSERS
                              or toks[stop].tag in ("m", "mq")):  # (A增收8000元: how much)
            return toks[stop - 1].end
    return None


#: the tags of the words of a process said as a noun after 的 (持续/vd 扩容/v, 迭代/v 优化/vn)
_PROCESS_TAGS = frozenset({"v", "vn", "vd", "d", "ad"})


def process_tail_end(ctx: SentenceContext, toks: list[Tok], end: int) -> int | None:
    """The end of ``的`` + a process said as a noun that starts at ``end`` and closes the driven
    phrase (甲数据的汇聚利用), else None."""
    k = next((j for j, t in enumerate(toks) if t.start == end), None)
    if k is None or toks[k].text != "的":
        return None
    stop = k + 1
    while stop < len(toks) and toks[stop].tag != "x" and toks[stop].text not in _CLOSERS:
        stop += 1
    words = toks[k + 1:stop]
    if not words or len(words) > 3 or sum(len(t.text) for t in words) > 6:
        return None
    last = words[-1]
    if not (last.tag in ("v", "vn") or (last.text.endswith("化") and len(last.text) > 2)
            or (len(words) > 1 and last.tag == "n")):  # (汇聚/v 利用/n)
        return None
    if any(t.tag not in _PROCESS_TAGS for t in words[:-1]):
        return None
    return last.end


#: the tags of the words of a change said with verbs that no list names (协同/vd 创新/v)
_CHANGE_TAGS = frozenset({"v", "vn", "vd", "vi", "a", "ad", "d"})


def verb_tail_end(ctx: SentenceContext, toks: list[Tok], end: int) -> int | None:
    """The end of a few verbs right after the driven phrase ending at ``end`` that close it (the
    clause ends, a separator, or a figure follows: 推动乙效率提升, 带动丙扩容提质), whether
    or not ``change_tails`` lists them; else None. Only an alias is made of it."""
    k = next((j for j, t in enumerate(toks) if t.start == end), None)
    if k is None:
        return None
    stop = k
    while stop < len(toks) and toks[stop].tag in _CHANGE_TAGS and \
            toks[stop].text not in _CLOSERS:
        stop += 1
    words = toks[k:stop]
    if not words or sum(len(t.text) for t in words) > 6 or words[-1].tag[:1] not in ("v", "a") \
            or any(t.text in ctx.args.light or t.text in ctx.args.cue_verbs
                   for t in words[:1]):
        return None
    if stop < len(toks) and toks[stop].text not in _CLOSERS and \
            toks[stop].tag not in ("m", "mq", "x"):
        return None
    return words[-1].end


def driven_entity(ctx: SentenceContext, toks: list[Tok], s: int, e: int, rule: str
                  ) -> Ent | None:
    """The driven phrase sim[s:e]; with a change word that closes it, the whole phrase is an
    alias."""
    tail = change_tail_end(ctx, toks, e)
    if tail is None:
        tail = process_tail_end(ctx, toks, e)
    if tail is None:
        tail = verb_tail_end(ctx, toks, e)
    if tail is None:
        return ctx.args.entity(s, e, rule)
    return ctx.args.entity(s, e, rule, extra_aliases=(ctx.sim[s:tail],))


def setting_end(ctx: SentenceContext, s: int, e: int) -> int | None:
    """The start of what is driven when the phrase ``s``-``e`` opens with a setting closed by a
    localizer (``drive_setting_localizers``: 后续任务中A研制 — A研制 is driven, in those tasks):
    the localizer is a word of its own after a noun, with two characters or more on each side;
    else None."""
    marks = ctx.lex.list("drive_setting_localizers")
    if not marks:
        return None
    words = ctx.tokens((s, e))
    k = next((j for j, t in enumerate(words) if 0 < j < len(words) - 1 and t.text in marks
              and t.tag == "f" and words[j - 1].noun), None)
    if k is None or words[k].start - s < 2 or e - words[k].end < 2:
        return None
    return words[k + 1].start


#: the most characters of a short predicate that closes a clause after a driven phrase
_TAIL_MOST = 6
#: the tags that may open such a predicate (就地/d 转化/v, 减污降碳/l, 配送/v 效率/n)
_TAIL_OPENERS = frozenset({"v", "vn", "d", "ad", "l", "i"})


def predicate_tail_end(ctx: SentenceContext, toks: list[Tok], end: int,
                       cues: frozenset[str]) -> int | None:
    """The clause's end when a short predicate (a few words, no cue, light verb, particle,
    figure or punctuation) follows the driven phrase ending at ``end`` and closes the clause
    (以A赋能B就地转化, 以A驱动B减污降碳, 以A提升B配送效率): the phrase with it is an alias of
    what is driven, which annotators name either way; else None."""
    k = next((j for j, t in enumerate(toks) if t.start == end), None)
    if k is None or toks[k].tag not in _TAIL_OPENERS:
        return None
    stop = len(toks)
    while stop > k and toks[stop - 1].tag == "x":
        stop -= 1
    words = toks[k:stop]
    if not words or sum(len(t.text) for t in words) > _TAIL_MOST or any(
            t.tag in ("x", "p", "uj", "ul", "m", "mq", "q", "r") or t.text in cues
            or t.text in ctx.args.light for t in words):
        return None
    return words[-1].end
