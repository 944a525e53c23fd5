"""Quotation marks in names: the one place that says which marks pair up, whether a span's
marks are balanced, and when a name is nothing but one quote.

A name may carry quotes that are part of it (``“甲乙”行动``, ``共建“丙丁”``); a name that is
one quote and nothing else (``“甲乙行动”``) is the name without its marks."""

from __future__ import annotations

import re

__all__ = ["NAME_MARKS", "QUOTE_PAIRS", "balanced", "paired_quotes", "unclosed", "unquoted"]

#: quotation marks that open and close a quote inside a name (“X”行动, 《X》)
QUOTE_PAIRS = (("“", "”"), ("‘", "’"), ("「", "」"), ("『", "』"), ("《", "》"))
_OPEN = {a: b for a, b in QUOTE_PAIRS}
_MARKS = re.compile("[" + "".join(a + b for a, b in QUOTE_PAIRS) + "]")
#: double quotes only: the pair most checks of a name ask about
_DOUBLE = (("“", "”"),)
#: double quotes and book-title marks: what a phrase read as a name must close
NAME_MARKS = (("“", "”"), ("《", "》"))


def balanced(text: str, pairs: tuple[tuple[str, str], ...] = _DOUBLE) -> bool:
    """Each pair of marks of ``pairs`` (double quotes unless told) opens in ``text`` as often
    as it closes (a name cut inside a quote does not: 甲乙”工程)."""
    return all(text.count(left) == text.count(right) for left, right in pairs)


def unclosed(text: str, pairs: tuple[tuple[str, str], ...] = _DOUBLE) -> bool:
    """A mark of ``pairs`` opens in ``text`` more often than it closes: the end of ``text``
    is inside a quote (“甲、乙”: a list mark inside it)."""
    return any(text.count(left) > text.count(right) for left, right in pairs)


def paired_quotes(name: str) -> str:
    """``name`` without the marks of a quote it opens or closes but not both (a span cut inside a
    quote: X”工程 → X工程); balanced quotes stay (“X”行动)."""
    if _MARKS.search(name) is None:  # (most names: nothing to count)
        return name
    for left, right in QUOTE_PAIRS:
        if name.count(left) != name.count(right):
            name = name.replace(left, "").replace(right, "")
    return name


def unquoted(name: str) -> str:
    """``name`` without the marks of the one quote that is all of it (“甲乙行动” → 甲乙行动);
    ``name`` itself otherwise (a quote that is part of a longer name stays: “甲乙”行动, and so
    do two quotes side by side: “甲”“乙”)."""
    if len(name) < 3 or _OPEN.get(name[0]) != name[-1] or name[0] == "《":
        return name
    inner = name[1:-1]
    return name if _MARKS.search(inner) else inner
