"""The action that closes a 等-list's clause (``推动A、B等重点产业加快发展``,
``加强A、B等配套设施建设``): the words after 等 are the list's head and then what is done to
it, a development or construction word (``etc_action_tails``) with the manner words before
it (``etc_action_manners``: 加快, 规范, 协同; zh/grammar.yaml). The head ends before the
action; a phrase that is all action (``促进A、B等振兴发展``, ``引导A、B等健康发展``) has no
head, and the list no owner. Called from :meth:`.cue_etc.EtcLists._etc` before the
head is read.
"""

from __future__ import annotations

from ..discourse.context import SentenceContext
from ..words.tokens import Tok

__all__ = ["NO_HEAD", "action_tail"]

#: :func:`action_tail`'s answer for a phrase that is nothing but the action
NO_HEAD = -1


def action_tail(ctx: SentenceContext, toks: list[Tok], start: int, end: int) -> int | None:
    """Where the action that ends the clause starts in ``toks[start:end]`` (the words after
    等, ``end`` the clause's end): the index of its first word when a noun comes right before
    it, :data:`NO_HEAD` when no noun is left before it, else None (no such action, or a word
    before it that is neither noun nor manner: 等产业升温升级 is left as it was)."""
    n = end
    while n > start and toks[n - 1].tag == "x" and toks[n - 1].text not in "”》":
        n -= 1
    actions = ctx.lex.words("etc_action_tails")
    if n <= start or toks[n - 1].text not in actions:
        return None
    manners = ctx.lex.words("etc_action_manners")
    k = n - 1
    while k > start and (toks[k - 1].text in actions or toks[k - 1].text in manners):
        k -= 1
    if not any(t.noun and t.text not in actions and t.text not in manners
               for t in toks[start:k]):
        return NO_HEAD
    last = toks[k - 1]
    if not (last.text in "”》" or (last.tag[:1] in ("n", "j", "b") and last.tag != "vn"
                                    and not last.text.endswith("化"))):
        return None  # (等项目投资建设, 等器件批量化生产: the word before is an action too)
    return k
