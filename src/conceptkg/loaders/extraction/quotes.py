"""Quotation marks in names: the one place that says which marks pair up, whether a span's
marks are balanced, and when a name is nothing but one quote.

A name may carry quotes that are part of it (``“甲乙”行动``, ``共建“丙丁”``); a name that is
one quote and nothing else (``“甲乙行动”``) is the name without its marks."""

from __future__ import annotations

import re

__all__ = ["QUOTE_PAIRS", "unquoted"]

#: quotation marks that open and close a quote inside a name (“X”行动, 《X》)
QUOTE_PAIRS = (("“", "”"), ("‘", "’"), ("「", "」"), ("『", "』"), ("《", "》"))
_OPEN = {a: b for a, b in QUOTE_PAIRS}
_MARKS = re.compile("[" + "".join(a + b for a, b in QUOTE_PAIRS) + "]")


def unquoted(name: str) -> str:
    """``name`` without the marks of the one quote that is all of it (“甲乙行动” → 甲乙行动);
    ``name`` itself otherwise (a quote that is part of a longer name stays: “甲乙”行动, and so
    do two quotes side by side: “甲”“乙”)."""
    if len(name) < 3 or _OPEN.get(name[0]) != name[-1] or name[0] == "《":
        return name
    inner = name[1:-1]
    return name if _MARKS.search(inner) else inner
