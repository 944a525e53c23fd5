"""A document's own metadata: front matter, title and date.

* front matter: a leading ``---`` block of ``key: value`` lines (``title``, ``date``), removed
  from the text;
* title: the front matter's, else the first line of the text when it reads as a title (short,
  not a sentence), else the file name without suffix;
* date (ISO ``YYYY-MM-DD``): ``--date``, else the front matter's, else a date in the title, else
  one in the file name (``20240301``, ``2024-03-01``, ``2024年3月1日``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from ...errors import InputError
from ..zh import shipped

__all__ = ["DocMeta", "document_meta", "find_date", "parse_date", "split_front_matter"]

#: a first line longer than this is a paragraph, not a title
MAX_TITLE_CHARS = 80
_FRONT = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")
_DATES = (
    re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)"),
    re.compile(r"(?<!\d)(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?!\d)"),
    shipped().regex("written_date"),  # 2024年3月1日
    re.compile(r"(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)"),
)
_SENTENCE_END = "。！？!?；;，,：:"


@dataclass(frozen=True)
class DocMeta:
    title: str
    date: str


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """The ``key: value`` pairs of a leading front-matter block, and the text without it."""
    m = _FRONT.match(text)
    if not m:
        return {}, text
    meta: dict[str, str] = {}
    for line in m.group(1).splitlines():
        kv = _KEY.match(line)
        if kv:
            meta[kv.group(1).lower()] = kv.group(2).strip("\"'")
    if not meta:  # a horizontal rule, not front matter
        return {}, text
    return meta, text[m.end():]


def find_date(text: str) -> str:
    """The first valid calendar date written in ``text``, as ``YYYY-MM-DD``; '' if none."""
    found: list[tuple[int, str]] = []
    for pattern in _DATES:
        for m in pattern.finditer(text):
            try:
                day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                continue
            if 1900 <= day.year <= 2200:
                found.append((m.start(), day.isoformat()))
                break
    return min(found)[1] if found else ""


def parse_date(value: str) -> str:
    """A date given by the user (``--date``, front matter) as ``YYYY-MM-DD``, else InputError."""
    day = find_date(value.strip())
    if not day or len(value.strip()) > 20:
        raise InputError(f"not a date: {value!r} (use YYYY-MM-DD)")
    return day


def _title_line(text: str) -> str:
    from .normalize import normalize_text

    for raw in text[:4096].splitlines():
        line = normalize_text(raw.strip().strip("#").strip())
        if line:  # (one character is no title: a page's drop cap, a stray mark)
            if 1 < len(line) <= MAX_TITLE_CHARS and line[-1] not in _SENTENCE_END:
                return line
            return ""
    return ""


def document_meta(text: str, path: str | Path, front: dict[str, str] | None = None,
                  date: str = "") -> DocMeta:
    """Title and date of a document from its text as read (before normalization joins its
    lines; see the module docstring for the order of sources)."""
    front = front or {}
    title = front.get("title", "").strip() or _title_line(text) or Path(path).stem
    if date:
        day = parse_date(date)
    elif front.get("date"):
        day = find_date(front["date"])
    else:
        day = ""
    day = day or find_date(title) or find_date(Path(path).name)
    return DocMeta(title, day)
