"""Markup left in plain text copied from web pages.

Transcripts and articles saved from a site often keep the page's tags
(``</p><p><strong>某地推出新举措</strong></p><p>某地今天……``). In such text a block tag
(``p``, ``br``, ``div``, a heading…) and a bold run (``strong``, ``b``: a headline or a byline
such as ``<strong>某某网消息</strong>``) mark where a unit of the page ends, so each becomes a
line break; other inline tags (a link, a coloured span, emphasis) are dropped and their words
kept. Character references (``&nbsp;``, ``&amp;``) become their characters. Text without a
tag is returned unchanged, so ``<`` and ``>`` used as signs (``增速<5%``) are left alone.
"""

from __future__ import annotations

import html
import re

__all__ = ["has_markup", "strip_markup"]

# tags that close a unit of the page: blocks, line breaks and bold runs (headlines, bylines)
_BREAKING = ("p|br|div|h[1-6]|li|ul|ol|tr|td|th|table|section|article|header|footer|"
             "blockquote|hr|strong|b|center|title")
# inline tags whose words belong to the sentence around them
_INLINE = "a|span|em|i|u|font|sup|sub|small|big|img|mark|ins|del|s"
# attributes as HTML writes them (name="value"), so that ``a<b 与 c>d`` is no tag
_VALUE = r"""(?:"[^"<>]*"|'[^'<>]*'|[^\s"'=<>`]+)"""
_ATTRS = r"(?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:\s*=\s*" + _VALUE + r")?)*\s*/?>"
_TAG = re.compile(r"</?(?:" + _BREAKING + r"|" + _INLINE + r")\b" + _ATTRS, re.I)
_BREAK = re.compile(r"</?(?:" + _BREAKING + r")\b" + _ATTRS, re.I)
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,6}|#x[0-9a-fA-F]{2,5});")


def has_markup(text: str) -> bool:
    """Whether ``text`` holds an HTML tag of a web page."""
    return _TAG.search(text) is not None


def strip_markup(text: str) -> str:
    """``text`` with the HTML tags of a web page turned into line breaks or dropped (see the
    module docstring); unchanged when it holds no tag."""
    if not _TAG.search(text):
        return text
    text = _BREAK.sub("\n", text)
    text = _TAG.sub("", text)
    return _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
