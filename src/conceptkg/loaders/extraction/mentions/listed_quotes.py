"""Quoted names listed before ``等`` and the kind they belong to: ``“甲乙互助”等互助养老模式``,
``“丙丁贷”“戊己贷”等专属信贷产品`` — each quote names one thing of that kind, so it is a node of
the kind's type (an initiative head of ``initiative_heads``/``quoted_heads``, a factor head, an
organisation head; ``stop_heads`` and other kinds name no type: ``“卡脖子”等问题``).

The quotes may follow each other directly or be joined by ``、``/``和``/``及``; the kind is the
run of characters after ``等`` up to a clause mark (12 at most, figures and counts left off:
``等乡村工匠1000名``), and it must end with the head; a list of two quotes or more may close
with a count instead of ``等`` (``“甲”“乙”和“丙”三大主题活动``: pattern ``quote_list_count``;
the last quote, read with its kind as one name, keeps that name). Nodes only (rule
``listed_quote``); the relation between kind and items is read by the INCLUDES rules."""

from __future__ import annotations

import re

from ...lexicon import Lexicon
from ...zh import shipped
from .mention_types import Mention

__all__ = ["listed_quotes"]

#: what may stand between two quotes of one list
_JOINS = shipped().charset("list_join_marks") | {""}
#: the kind's words after 等: CJK characters, up to a figure or a clause mark
_KIND = shipped().regex("etc_kind")
#: the last quote of a list, before its count and kind (和“丙”三大主题活动)
_LAST_QUOTE = shipped().regex("joined_quote")
#: the kind's words after a count (三大主题活动)
_BARE_KIND = re.compile(r"([\u4e00-\u9fff]{2,12})")


def _kind_type(kind: str, lex: Lexicon, counted: bool = False) -> str | None:
    """The type a kind's head gives its items, or None (a stop head, no head); a counted kind
    (三大主题活动) lists its named items even under a stop head."""
    if not counted and kind in set(lex.list("stop_heads")):
        return None
    for key, typ in (("initiative_heads", "Initiative"), ("quoted_heads", "Initiative"),
                     ("factor_heads", "Factor"), ("org_heads", "Organization")):
        heads = tuple(h for h in lex.list(key) if len(h) >= 2)
        if kind.endswith(heads):
            return typ
    return None


def _counted_kind(sim: str, end: int, lex: Lexicon) -> re.Match[str] | None:
    """The kind after a count that closes a list of quotes (三大主题活动 → 主题活动)."""
    c = lex.regex("quote_list_count").match(sim, end)
    return _BARE_KIND.match(sim, c.end()) if c else None


def listed_quotes(sim: str, lex: Lexicon, bare: list[Mention]) -> list[Mention]:
    """The bare quotes (no head of their own) of a list closed by ``等`` and a kind with a
    typed head, as mentions of that type."""
    out: list[Mention] = []
    run: list[Mention] = []
    for i, m in enumerate(bare):
        if run and sim[run[-1].end:m.start] not in _JOINS:
            run = []
        run.append(m)
        nxt = bare[i + 1] if i + 1 < len(bare) else None
        if nxt is not None and sim[m.end:nxt.start] in _JOINS:
            continue  # the list goes on
        k = _KIND.match(sim, m.end)
        counted = k is None
        if counted:  # “甲”“乙”和“丙”三大主题活动: a count, then the kind (the last quote,
            # named with the kind, is no bare quote)
            last = _LAST_QUOTE.match(sim, m.end)
            k = _counted_kind(sim, last.end(), lex) if last else None
            k = k or (_counted_kind(sim, m.end, lex) if len(run) >= 2 else None)
        typ = _kind_type(k.group(1), lex, counted) if k else None
        if typ is not None:
            out += [Mention(q.start, q.end, q.name, typ, "listed_quote") for q in run
                    if len(q.name) >= 2 and "、" not in q.name]
        run = []
    return out
