"""A process said as a noun (``A的深度应用``, ``A、B等H的高效配置``, ``A与B的深度融合``) as the
subject of a DRIVES cue: the thing before ``的`` is what drives, the whole phrase an alias
(without a word of manner, ``A的开通``, ``A的稳定与成长``, the whole phrase drives, A an alias);
a phrase that joins two things with a word of ``mutual_joins`` names the process whole (a
fusion of both is no property of either). The manner words are the list ``process_manners``.
"""

from __future__ import annotations

from ..discourse.context import SentenceContext
from ..words.tokens import Tok, word_tag

__all__ = ["process_subject"]

_Span = tuple[int, int]


#: the tags of a bare action word after 的 (A的开通, A的稳定与成长)
_ACTION_TAGS = ("v", "vn", "a", "an")


def _fused_manner(word: str, manners: frozenset[str]) -> bool:
    """``word`` is a word of manner and an action the segmenter keeps as one word (快速增长,
    持续提升: the action a verb of two characters or more)."""
    return any(word.startswith(m) and len(word) - len(m) >= 2
               and (word_tag(word[len(m):]) or "")[:1] == "v" for m in manners)


def _process_start(ctx: SentenceContext, toks: list[Tok], n: int, manners: frozenset[str],
                   joins: frozenset[str]) -> tuple[int, bool] | None:
    """The index of the ``的`` before the process that ``toks[:n]`` ends with, and whether it
    is a word of manner and one action (A的深度应用); else a bare action or two joined ones
    (A的开通, A的稳定与成长; no cue word: A的带动 is a frame of its own); else None."""
    if n >= 3 and toks[n - 2].text == "的" and _fused_manner(toks[n - 1].text, manners):
        return n - 2, True  # (A的快速增长, one word: a word of manner and one action)
    if n >= 4 and toks[n - 2].text in manners and toks[n - 3].text == "的" and \
            len(toks[n - 1].text) >= 2 and toks[n - 1].tag not in ("x", "m", "q", "uj", "r"):
        return n - 3, True
    de = max((j for j in range(n) if toks[j].text == "的"), default=-1)
    if de < 1 or n - de - 1 not in (1, 2, 3, 4):
        return None
    tail = toks[de + 1:n]
    cues = ctx.lex.cues("DRIVES", "verbs")  # (A的带动: a frame of its own; A的开通 is none)
    k = 1 if tail[0].text in manners and len(tail) > 1 else 0
    acts = [t for j, t in enumerate(tail[k:]) if not (j == 1 and t.text in joins)]
    if len(acts) > 2 or (len(acts) == 2 and len(tail) - k != 3) or any(
            t.tag not in _ACTION_TAGS or len(t.text) < 2 or t.text in cues
            or t.text in ctx.args.lead for t in acts):
        return None
    return de, k == 1 and len(acts) == 1


def process_subject(ctx: SentenceContext, toks: list[Tok], manners: frozenset[str],
                    joins: frozenset[str], etc: frozenset[str]
                    ) -> tuple[_Span, tuple[str, ...]] | None:
    """``toks`` (a clause, or the words before a cue) read as ``X的<manner><action>`` or
    ``X的<action>`` (an action word of two characters or more the dictionary tags as a verb; the
    whole drives then, X an alias): the span of what drives and its aliases, else None. Words
    of ``lead_words`` may open the clause (正是, 更); X holds no verb of its own and no copula."""
    n = len(toks)
    while n and toks[n - 1].tag == "x":
        n -= 1
    while n and toks[n - 1].text in ctx.args.lead and toks[n - 1].text not in manners:
        n -= 1  # (A的高效配置正在催生B: the adverb before the cue)
    got = _process_start(ctx, toks, n, manners, joins)
    if got is None:
        return None
    de, manner = got
    a = ctx.args._lead_end(toks, 0, de, light=False)
    while a < de and toks[a].text in ctx.args.copulas:
        a += 1  # (正是A的持续加码: a focus word)
    words = toks[a:de]
    if not words or any(t.text in ("的", "，", "；") or t.text in ctx.args.copulas
                        or (t.tag in ("p", "r", "ul") and t.text not in joins)
                        for t in words) or not any(t.noun for t in words):
        return None  # (X在Y中的深度应用: a place in the phrase; 我们的…: a pronoun)
    whole = ctx.sim[words[0].start:toks[n - 1].end]
    if de == n - 2 and not manner:  # (with no manner the action is named, not its thing:
        # A的应用 is one topic)
        k = max((j for j, t in enumerate(words) if t.text in etc), default=-1)
        if k + 1 >= len(words) or (k < 0 and any(t.text == "、" for t in words)):
            return None  # (A、B等的…: no head)
        return (words[k + 1].start, toks[n - 1].end), (
            ctx.sim[words[k + 1].start:words[-1].end],)  # (A、B等H的集聚: H's)
    if any(t.text in joins for t in words[1:-1]):
        return (words[0].start, toks[n - 1].end), ()  # A与B的深度融合: the process itself
    if not manner and not any(t.text in etc or t.text == "、" for t in words):
        # A的开通, A的汇聚与融合: a bare action (or two) names the process itself (A an alias:
        # annotators name either)
        return (words[0].start, toks[n - 1].end), (ctx.sim[words[0].start:words[-1].end],)
    k = max((j for j, t in enumerate(words) if t.text in etc), default=-1)
    if k >= 0:
        if k + 1 >= len(words):
            return None  # (A、B等的…: no head)
        return (words[k + 1].start, words[-1].end), (whole, ctx.sim[words[0].start:words[-1].end])
    if any(t.text == "、" for t in words):
        return None
    return (words[0].start, words[-1].end), (whole,)
