"""Helpers of the viz tests: reading a rendered page's payload and tags."""

from __future__ import annotations

import html.parser
import json
import re

__all__ = ["page_data", "parse_tags", "TagCollector"]

_DATA = re.compile(r'<script type="application/json" id="ckg-data">(.*?)</script>', re.S)


def page_data(text: str) -> dict:
    """The JSON payload embedded in a rendered page."""
    match = _DATA.search(text)
    assert match, "page has no ckg-data block"
    return json.loads(match.group(1))


class TagCollector(html.parser.HTMLParser):
    """Every start tag of a page with its attributes, and the text of each <script>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self._in_script: dict[str, str | None] | None = None
        self._buf: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in_script, self._buf = dict(attrs), []

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        if self._in_script is not None:
            self._buf.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._in_script is not None:
            self.scripts.append((self._in_script, "".join(self._buf)))
            self._in_script = None


def parse_tags(text: str) -> TagCollector:
    collector = TagCollector()
    collector.feed(text)
    collector.close()
    return collector
