"""Copula clauses before a clause without a subject of its own:

- ``X是一项…活动，旨在促进B``: a clause that opens with a verb of aim (``DRIVES.aim_verbs``:
  旨在, 意在) right after ``X是…`` speaks of X, the copula's subject (not of the noun the
  copula gives it: 活动, 举措): X drives what the cue names;
- ``X成为销售主力，明显拉动了B``: a copula clause that gives X a driving role (its last word
  ends with an engine noun, ``DRIVES.engine_nouns``) makes X the driver of a chain cue after.
"""

from __future__ import annotations

from collections.abc import Collection

from ..discourse.context import SentenceContext
from ..words.tokens import Tok

__all__ = ["aim_after_copula", "role_copula_subject"]


def aim_after_copula(ctx: SentenceContext, before: list[Tok], toks: list[Tok], q: int,
                     aims: Collection[str]) -> tuple[int, int] | None:
    """The span of X in ``X是…，旨在<cue>B`` (``before``: the clause before, ``toks``: the cue
    clause, ``q``: the cue's index), else None."""
    a = next((j for j in range(q) if toks[j].text in aims), None)
    if a is None or any(t.tag not in ("d", "ad", "x") and t.text not in ctx.args.lead
                        for j, t in enumerate(toks[:q]) if j != a):
        return None
    c = next((j for j, t in enumerate(before) if t.text in ctx.args.copulas), None)
    if not c:
        return None
    return ctx.args.subject(before, c)


def role_copula_subject(ctx: SentenceContext, before: list[Tok], engines: Collection[str],
                        copulas: Collection[str]) -> tuple[int, int] | None:
    """The span of X in ``X成为/是…<engine noun>，`` (``before``: that clause; ``copulas``:
    ``DRIVES.role_copulas``, not 作为: X作为Y, says in what role X acts), else None."""
    n = len(before)
    while n and before[n - 1].tag == "x":
        n -= 1
    if not n or not before[n - 1].text.endswith(tuple(engines)):
        return None
    c = next((j for j, t in enumerate(before[:n]) if t.text in ctx.args.copulas), None)
    if not c or before[c].text not in copulas or any(t.text == "的" for t in before[c + 1:n]):
        return None  # (X是推动B的引擎: the engine frame, read where it names B)
    return ctx.args.subject(before, c)
