"""在A、B和C等多轮驱动下，X…: a list of drivers before an ``under`` cue, closed by a word of
joint force (多轮, 双轮, 多重因素, 共同: ``DRIVES.under_joint_tails``), names each item as a
driver of X; so does a single item closed by 等 and such a word (在A等因素带动下: A, not
"A等因素"). Each item is a phrase that may end with its verb (政策引导, 技术创新); an item
with an adverb or preposition inside, a person's name or a title is no driver, and so the
whole list gives nothing. Not a list without a joint word whose items are fine as one phrase
(that reading is the ordinary one)."""

from __future__ import annotations

import re

from ..discourse.context import SentenceContext
from ..words.tokens import Tok
from .under_targets import closing_state

__all__ = ["under_head_span", "under_list_items"]

#: the tags of the words that say how the thing after them is (不断/d 升温/v 的 A)
_HOW = frozenset({"a", "ad", "an", "d", "vd", "b", "z", "v"})


def under_list_items(ctx: SentenceContext, words: list[Tok], tails: tuple[str, ...],
                     joins: frozenset[str], etc: frozenset[str],
                     states: re.Pattern[str] | None = None) -> list[tuple[int, int]] | None:
    """The spans of the items of the driver list ``words`` (the words between 在 and the cue),
    or None when ``words`` is no list closed by a joint word of ``tails``; with ``states``, an
    item that closes with how it fares (A持续增长) is the thing before that."""
    if not words:
        return None
    text = ctx.sim[words[0].start:words[-1].end]
    k = len(words)
    while k and words[k - 1].text == "的":
        k -= 1
    end = words[k - 1].end if k else words[0].start
    tail = next((t for t in sorted(tails, key=len, reverse=True)
                 if ctx.sim[words[0].start:end].endswith(t)), None)
    if tail is None or len(text) <= len(tail):
        return None
    cut = end - len(tail)
    head = [t for t in words if t.end <= cut]
    if not head or head[-1].end != cut:
        return None  # (the joint word is part of a longer word)
    etc_closed = bool(head) and head[-1].text in etc
    while head and (head[-1].text in etc or head[-1].text == "的"):
        head = head[:-1]
    seps = [j for j, t in enumerate(head) if t.text == "、" or t.text in joins]
    if not seps and not etc_closed:
        return None  # (在A共同推动下: one thing, read as before; A等因素: A)
    items: list[list[Tok]] = []
    start = 0
    for j in [*seps, len(head)]:
        items.append(head[start:j])
        start = j + 1
    out = []
    for item in items:
        k = closing_state(ctx, item, states, frozenset()) if states is not None and item \
            else None
        if k and (len(item) - k > 1 or not ctx.args.phrase_ok(item, final_verb=True)):
            item = item[:k]  # 受A逐月回暖、B明显回升等因素带动: A, B (how each fares is said)
        if not item or item[-1].end - item[0].start < 2 or \
                not ctx.args.phrase_ok(item, final_verb=True) or \
                any(t.tag in ("nr", "nrfg", "nrt", "x") or t.text in etc for t in item):
            return None
        out.append((item[0].start, item[-1].end))
    return out


def under_head_span(ctx: SentenceContext, words: list[Tok], etc: frozenset[str]
                    ) -> tuple[int, int] | None:
    """The thing that drives in a driver phrase that is no plain name: the head after 等 of a
    list that may hold actions (在A扩容和B提速等X政策推动下: X政策), or the name after
    a 的 that only says how it is (在不断升温的A需求推动下: A需求); else None."""
    k = max((j for j, t in enumerate(words) if t.text in etc), default=None)
    if k is None:
        de = max((j for j, t in enumerate(words) if t.text == "的"), default=None)
        if de is None:
            return _measures(ctx, words)
        if not 0 < de or not all(t.tag in _HOW for t in words[:de]):
            return None
        k = de
    head = words[k + 1:]
    if not head or not (head[-1].noun or head[-1].text in ctx.args.nominal) or \
            head[-1].end - head[0].start < 3 or not ctx.args.phrase_ok(head, final_verb=True):
        return None
    return head[0].start, head[-1].end


def _measures(ctx: SentenceContext, words: list[Tok]) -> tuple[int, int] | None:
    """在一系列扩大A消费政策推动下: measures named by what they do (a verb, its object, a head
    of measures: ``initiative_heads``), no adverb or preposition inside; the whole, else None."""
    a = 0
    while a < len(words) and words[a].tag in ("m", "mq", "q"):
        a += 1  # (一系列: how many)
    rest = words[a:]
    if len(rest) < 3 or not rest[0].verb or not rest[-1].noun or \
            not rest[-1].text.endswith(ctx.args.init_heads2) or \
            any(t.tag in ("p", "d", "ad", "x", "uj") for t in rest):
        return None
    return rest[0].start, rest[-1].end
