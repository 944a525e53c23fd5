"""在A、B和C等多轮驱动下，X…: a list of drivers before an ``under`` cue, closed by a word of
joint force (多轮, 双轮, 多重因素, 共同: ``DRIVES.under_joint_tails``), names each item as a
driver of X; so does a single item closed by 等 and such a word (在A等因素带动下: A, not
"A等因素"). Each item is a phrase that may end with its verb (政策引导, 技术创新); an item
with an adverb or preposition inside, a person's name or a title is no driver, and so the
whole list gives nothing. Not a list without a joint word whose items are fine as one phrase
(that reading is the ordinary one)."""

from __future__ import annotations

import re

from .context import SentenceContext
from .drive_under_targets import closing_state
from .tokens import Tok

__all__ = ["under_list_items"]


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
