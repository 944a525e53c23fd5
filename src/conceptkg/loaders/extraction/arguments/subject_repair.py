"""A clause's subject that is no plain name, read as the thing it is about.

:meth:`.finder.ArgumentFinder.subject` takes the words before a verb when they can be a name.
Four common shapes of subject are no name and hold one:

- an event of a thing, ``X的 [adverbs] V`` (甲项目的陆续落地带动B): the whole event;
- a place's or a body's thing, ``P的 Y`` (岚州市的文旅融合推动B): Y, when P is a place or an
  organisation and Y can be a name of three characters or more (a verb may end it: 融合;
  not 甲集团的领导, people);
- a quoted name opened by a verb and closed by a head noun (共建“丙丁”倡议推动B): the whole.
- an event a pointing word names after the one who made it (甲市长此访推动B, 乙代表团此次访问
  推动B): the pointing phrase (``event_determiners``, ``standalone_pointers``), which
  :mod:`..drives.pointed_events` reads as the event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..words.tokens import Tok
    from .finder import ArgumentFinder

__all__ = ["subject_repair"]

_ADVERB_TAGS = frozenset({"d", "ad", "vd"})


def subject_repair(args: ArgumentFinder, toks: list[Tok], i: int, j: int,
                   de: int | None) -> tuple[int, int] | None:
    """The span of the thing ``toks[i:j]`` is about, or None (see the module)."""
    pointers = (*args.lex.words("event_determiners"), *args.lex.words("standalone_pointers"))
    at = next((k for k in range(i + 1, j) if toks[k].text in pointers), None)
    if at is not None and all(t.noun or t.tag in ("q", "m") for t in toks[i:at]):
        return toks[at].start, toks[j - 1].end  # 甲市长此访: the visit
    if de is not None and i < de < j - 1:
        left, right = toks[i:de], toks[de + 1:j]
        if len(right) >= 2 and all(t.tag in _ADVERB_TAGS for t in right[:-1]) and \
                len(right[-1].text) >= 2 and right[-1].text not in args.light and \
                right[-1].text not in args.cue_verbs and args.phrase_ok(left):
            return toks[i].start, toks[j - 1].end  # X的陆续落地: the event names itself
        if left and (args.is_place(left[0].start, left[-1].end)
                     or args.organisation(left[0].start, left[-1].end)) and \
                args.phrase_ok(right, final_verb=True) and \
                right[-1].end - right[0].start >= 3 and \
                not any(w in right[-1].text for w in args.titles):  # (甲集团的领导: people)
            return right[0].start, right[-1].end  # 岚州的文旅融合: 文旅融合
    if j - i >= 4 and toks[i].verb and len(toks[i].text) == 2 and toks[i + 1].text == "“":
        close = next((k for k in range(i + 2, j) if toks[k].text == "”"), None)
        if close is not None and close < j - 1 and all(t.noun for t in toks[close + 1:j]):
            return toks[i].start, toks[j - 1].end  # 共建“丙丁”倡议: a name
    return None
