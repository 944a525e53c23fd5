"""Markdown as plain text (read by ``readers``): the words of links, emphasis, code, list items,
quotes and table cells, without their marks; inline HTML tags as line breaks or nothing."""

from __future__ import annotations

import re

__all__ = ["ITEM_INDENT", "markdown_to_text"]

_FRONT = re.compile(r"\A\ufeff?[ \t]*---[ \t]*\n.*?\n[ \t]*---[ \t]*(?:\n|\Z)", re.S)
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_TAG = re.compile(r"</?(?:p|br|div)\b[^>]*>", re.I)
_MD_INLINE = re.compile(r"</?(?:span|a|strong|em|b|i)\b[^>]*>", re.I)
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s*", re.M)
#: **x**, __x__ (also between Chinese characters, as Chinese writers use them), *x*, `x`
_STRONG = re.compile(r"(\*\*|__)(?=\S)([^\n]+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*")
_CODE = re.compile(r"`+([^`\n]+?)`+")
#: a list item's mark opening a line (numbered items are kept: 1. …), and a quote's
_ITEM = re.compile(r"^[ \t]{0,3}[-*+][ \t]+", re.M)
_QUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?", re.M)
#: what a list item's mark, and the mark of a quote's first line, become: an indent, which
#: opens a paragraph (``normalize``), so that an item or a quote never goes on the line of the
#: sentence before it (``…结束。⏎- 第一项``); a quote's later lines go on as its lines do
ITEM_INDENT = "\u3000"
_RULE = re.compile(r"^[ \t]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$", re.M)
_TABLE_RULE = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*(?::?-{3,}:?)?[ \t]*$",
                         re.M)
_TABLE_ROW = re.compile(r"^[ \t]*\|(.*)\|[ \t]*$", re.M)


def _cells(m: re.Match[str]) -> str:
    return "\n".join(c.strip() for c in m.group(1).split("|") if c.strip())


def _quotes(text: str) -> str:
    """``text`` without quote marks; the first line of each quote indented."""
    if ">" not in text:
        return text
    out, quoted = [], False
    for line in text.split("\n"):
        m = _QUOTE.match(line)
        out.append(line if m is None else
                   ("" if quoted else ITEM_INDENT) + line[m.end():])
        quoted = m is not None
    return "\n".join(out)


def markdown_to_text(text: str) -> str:
    """Markdown as plain text: links keep their words, inline HTML tags become line breaks,
    emphasis and code marks go, list and quote marks opening a line go, each table cell is a
    line, rules and a table's separator rows go."""
    front = _FRONT.match(text)  # (read by docmeta: its --- lines are no rules)
    head, text = (front.group(), text[front.end():]) if front else ("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_TAG.sub("\n", _MD_INLINE.sub("", text))
    text = _TABLE_ROW.sub(_cells, _RULE.sub("", _TABLE_RULE.sub("", text)))
    text = _ITEM.sub(ITEM_INDENT, _quotes(_HEADING.sub("", text)))
    return head + _EMPHASIS.sub(r"\1", _STRONG.sub(r"\2", _CODE.sub(r"\1", text)))
