"""``A…，为 B 赋能/助力``: a cue verb of ``DRIVES.bare_provide_verbs`` right after the beneficiary
of 为 ends the clause (only adverbs and punctuation after it): it provides as 为B提供动力 does,
with no force noun; :meth:`.cue_provide.DriveProvide._provide` reads who provides.
"""

from __future__ import annotations

from collections.abc import Collection

from ..words.tokens import Tok

__all__ = ["bare_provide"]


def bare_provide(toks: list[Tok], wei: int, verbs: Collection[str]) -> int | None:
    """Index of the bare cue verb of ``为B赋能`` (``wei``: the index of 为; of the first of the
    verbs that close the clause with it: 为B蓄势赋能), or None: the verb comes after at least
    one word of B, and only punctuation follows it (为B赋能的X names X; 为B赋能X is an ordinary
    cue with an object)."""
    n = len(toks)
    while n and toks[n - 1].tag == "x":
        n -= 1
    k = n - 1
    if k <= wei + 1 or toks[k].text not in verbs:
        return None
    if any(t.tag == "x" or t.text == "为" for t in toks[wei + 1:k]):
        return None  # (为A、为B赋能: no single beneficiary)
    while k > wei + 2 and (toks[k - 1].tag == "v" or toks[k - 1].text in verbs):
        k -= 1  # 为B蓄势赋能: the verbs before the cue are no part of B
    return k
