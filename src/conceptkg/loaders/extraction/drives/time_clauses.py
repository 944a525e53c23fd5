"""The thing a clause of time names as done, read as the driver of its cue (``甲项目建成投产后，
将带动B``; ``乙产业园全面建成后将带动B``; ``丙计划全部落地后，有望带动B``): the clause says
when, but what it says is done is the named project, park or programme, and that drives B.

Only a clause whose words after the thing are all predicates of completion or of being put in
force (``DRIVES.time_clause_predicates``) and manner words of completion
(``DRIVES.time_clause_manners``), closed by a word of "after" (``DRIVES.time_clause_ends``),
hands its thing on; a clause of time that names only an act (``开展业务后，…``) has no thing
and drives nothing, and so does one whose subject is a body (the caller's checks of the
source still apply to what is left).
"""

from __future__ import annotations

from collections.abc import Collection

from ..discourse.context import SentenceContext
from ..words.tokens import Tok

__all__ = ["acted_thing_span", "completed_thing_span", "time_clause_thing"]


def _done(word: str, predicates: Collection[str], manners: Collection[str]) -> bool:
    """A predicate of completion, alone or fused with a manner word before it (全面实施)."""
    return word in predicates or any(
        word.endswith(p) and word[:-len(p)] in manners for p in predicates if len(p) < len(word))


def completed_thing_span(ctx: SentenceContext, span: tuple[int, int],
                         ends: Collection[str], predicates: Collection[str],
                         manners: Collection[str], heads: Collection[str] = ()
                         ) -> tuple[int, int] | None:
    """The span of the thing the time clause at ``span`` (``X建成投产后``) says is done, else
    None (no word of "after" at its end, other words than predicates of completion between, or
    no thing before them); ``heads``: bare heads that stand for a thing named before."""
    words = ctx.tokens(span)
    if len(words) < 3 or words[-1].text not in ends:
        return None
    k = len(words) - 1
    seen = False
    while k > 0 and (_done(words[k - 1].text, predicates, manners)
                     or words[k - 1].text in manners):
        seen = seen or _done(words[k - 1].text, predicates, manners)
        k -= 1
    if not seen or k == 0 or words[k - 1].text in ("的", "之"):
        return None
    thing = words[:k]
    if len(thing) == 1 and thing[0].text in heads:
        return (span[0], thing[-1].end)  # 计划全面实施后: a bare head (a verb to the segmenter)
    if thing[0].verb or thing[0].tag[:1] in ("d", "p", "c", "u"):
        return None  # 开展业务后: an act, no thing
    return (span[0], thing[-1].end)


def time_clause_thing(ctx: SentenceContext, toks: list[Tok], q: int,
                      before: tuple[int, int] | None, ends: Collection[str],
                      predicates: Collection[str], manners: Collection[str],
                      modals: Collection[str], heads: Collection[str] = ()
                      ) -> tuple[int, int] | None:
    """The thing done of a clause of time right before the cue at ``q`` of the clause ``toks``
    (``X建成后将带动B``) or, when the cue clause has no words of its own before the cue but
    modal words (``将``, ``有望``), closing the clause ``before`` (``X投产后，将带动B``)."""
    k = q
    while k > 0 and (toks[k - 1].text in modals or toks[k - 1].tag in ("d", "ad")):
        k -= 1
    if k > 0:
        return completed_thing_span(ctx, (toks[0].start, toks[k - 1].end), ends, predicates,
                                    manners, heads)
    if before is None or ctx.sim[before[1]:before[1] + 1] not in ("，", ","):
        return None
    words = ctx.tokens(before)
    if not words:
        return None
    return completed_thing_span(ctx, (words[0].start, words[-1].end), ends, predicates, manners,
                                heads)


def acted_thing_span(ctx: SentenceContext, span: tuple[int, int], acts: Collection[str],
                     manners: Collection[str]) -> tuple[int, int] | None:
    """The thing of ``X的建成`` / ``X的推广应用`` / ``X的有序开放`` at ``span`` (a thing of two
    characters or more, 的 and one word of ``acts`` after it, a manner word of ``manners``
    fused before it or not), else None (``产业园的落地，将带动B``: a bare head whose act drives
    stands for the park named before)."""
    text = ctx.sim[span[0]:span[1]]
    de = text.rfind("的")
    if de < 2:
        return None
    tail = text[de + 1:]
    bare = next((tail[len(m):] for m in manners if tail.startswith(m)), tail)
    if tail not in acts and bare not in acts:
        return None
    return (span[0], span[0] + de)
