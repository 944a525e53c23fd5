"""The visible text of an HTML page or fragment, one block per line (read by ``readers``)."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

__all__ = ["html_to_text"]

_HTML_SPACE = re.compile(r"[ \t\r\n\f]+")
#: Chinese characters and punctuation: a line break of the source between two of them is no
#: space (the page's text was wrapped in the editor, not between words)
_WIDE_CHAR = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef“”‘’—…·]")


def _html_space(data: str) -> str:
    """White space of an HTML text run as a browser shows it: one space, or none where the
    source broke a line between two Chinese characters."""
    def one(m: re.Match[str]) -> str:
        if ("\n" in m.group() or "\r" in m.group()) and 0 < m.start() and m.end() < len(data) \
                and _WIDE_CHAR.match(data[m.start() - 1]) and _WIDE_CHAR.match(data[m.end()]):
            return ""
        return " "
    return _HTML_SPACE.sub(one, data)


class _TextExtractor(HTMLParser):
    """The visible text of a page: a line break where a block (paragraph, heading, table cell,
    list item…) opens or closes; inside a block, the source's line breaks and runs of white
    space are one space, as a browser shows them (except in ``<pre>``)."""

    _BLOCK = {"p", "br", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
              "section", "article", "header", "footer", "nav", "aside", "main", "table",
              "caption", "ul", "ol", "dl", "dt", "dd", "blockquote", "figure", "figcaption",
              "hr", "pre", "address", "form", "fieldset", "details", "summary", "title"}
    _SKIP = {"script", "style", "noscript", "template", "head"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0
        self._pre = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self._SKIP and tag != "head":
            self._skip += 1
        if tag == "pre":
            self._pre += 1
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and tag != "head" and self._skip:
            self._skip -= 1
        if tag == "pre" and self._pre:
            self._pre -= 1
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data if self._pre else _html_space(data))


def html_to_text(markup: str) -> str:
    """Visible text of an HTML page or fragment, one block per line."""
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    return html.unescape("".join(parser.parts)) if "&" in "".join(parser.parts) else "".join(
        parser.parts)
