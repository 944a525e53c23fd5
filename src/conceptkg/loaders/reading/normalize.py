"""Text normalization for documents extracted from PDFs and web pages.

- control characters and lone surrogates are removed, line ends unified;
- full-width letters, digits and ASCII symbols become half-width (CJK punctuation stays);
- spaces inside CJK runs (``我 国 已 转 向``) and between CJK and Latin/digits are removed, except
  one space between two runs of at least four CJK characters, which separates a headline's
  segments (``甲地推出冬季新玩法 乙地冰雪旅游升温``) and so cuts a clause;
  so are spaces between digits printed apart (``3 2万辆``) and, on a line printed with a space
  after every character, all single spaces (``建 设 5 G 专 网``); a number wrapped across lines
  is joined without a space; the space after an article's number that opens a line
  (``第三条 …``) stays;
- HTML tags left in text copied from a web page become line breaks or go (``markup``);
- lines wrapped mid-sentence are joined; short lines without punctuation that stand between
  sentences (headings, side-bar titles) are kept on lines of their own.

The result is the text that all evidence offsets point into. Deterministic: the same input
gives the same text.
"""

from __future__ import annotations

import re
import statistics
import unicodedata

from ..zh import shipped
from .markup import has_markup, strip_markup

_ZH = shipped()

__all__ = ["normalize_text", "to_simplified", "CJK", "is_heading_line"]

CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff"
_CJK_PUNCT = r"\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65“”‘’—…·"
_WIDE = r"[" + CJK + _CJK_PUNCT + r"]"

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\ufeff]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_SPACES = re.compile(r"[ \t\u00a0\u3000\u2000-\u200a\u202f\u205f]+")
_SPACE_NEAR_WIDE = re.compile(r"(?<=" + _WIDE + r") +| +(?=" + _WIDE + r")")
# one space between two runs of four CJK characters or more: a break between a headline's
# segments, kept (a clause ends there)
_SEGMENT_SPACE = re.compile(r"(?<=[" + CJK + r"]{4}) (?=[" + CJK + r"]{4})")
# … and digits printed apart (3 2万辆, 3 0 00万颗): a single digit, a space, digits, then a
# CJK character, a point or the end (2023 2024年 stays as it is)
_SPACE_IN_NUMBER = re.compile(r"(?<=\d) +(?=[.%])|(?<=\.) +(?=\d)|"
                              r"(?<![\d.]\d)(?<=\d) (?=\d+(?: \d+)*(?:[.%" + CJK + r"]|$))")
# a spaced-out line (8 0 0 余 台): single spaces between characters and digits go
_SPACE_IN_SPACED = re.compile(r"(?<=\S) (?=\S)")
_TERMINAL = "。！？!?；;…"
_ANY_PUNCT = re.compile(r"[，,。！？!?；;、]")
#: lines longer than this are paragraphs, not lines of a PDF column; a text with more than 5% of
#: them is read as one paragraph per line
_WRAP_WIDTH = 80

# full-width ASCII variants (！ to ～) map to ASCII, except the punctuation Chinese text keeps
_KEEP_WIDE = set("，。：；！？（）【】「」、")
_FULL_TO_HALF = {
    cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F) if chr(cp) not in _KEEP_WIDE
}


def _clean_chars(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _SURROGATE.sub("", text)
    text = _CONTROL.sub("", text)
    text = text.translate(_FULL_TO_HALF)
    return unicodedata.normalize("NFC", text)


# the number of an article opening a line (第三条　…): the space after it is kept, so that the
# line's first sentence starts after it (``article_number``)
_ARTICLE = _ZH.regex("article_number")
# a bullet mark opening a line (■ 甲县推广X模式): dropped (``line_bullet``)
_BULLET = _ZH.regex("line_bullet")


def _clean_line(line: str) -> str:
    line = _BULLET.sub("", _SPACES.sub(" ", line).strip())
    article = _ARTICLE.match(line)
    if article is not None:  # 第三条 市X局要…: the number stands apart from the article's text
        line = line[:article.end()] + "\u3000" + line[article.end():].lstrip()
    spaced = _spaced_out(line)
    if not spaced:  # 甲乙丙丁 戊己庚辛 (a headline's segments): one space between long runs stays
        line = _SEGMENT_SPACE.sub("\u3000", line)
    line = _SPACE_NEAR_WIDE.sub("", line)
    line = line.replace("\u3000", " ")
    if spaced:  # 建 设 5 G 专 网 / 2 0 2 7 年: every character stands apart
        line = _SPACE_IN_SPACED.sub("", line)
    return _SPACE_IN_NUMBER.sub("", line)


def _spaced_out(line: str) -> bool:
    """A line printed with a space after (almost) every character (PDF letter spacing)."""
    chars = len(line) - line.count(" ")
    return chars >= 6 and line.count(" ") >= 0.6 * (chars - 1) and \
        not re.search(r"[A-Za-z]{2}", line)


# the title of an official document: 关于…的通知, …实施方案, …工作报告 (+ a bracketed note)
_DOC_TITLE = _ZH.regex("document_title")


# the start of a numbered item, a section or a responsible-units line: （一） 一、 1. （1） 第三章
_NEW_ITEM = _ZH.regex("new_item")


def is_heading_line(line: str, typical: float) -> bool:
    """A short line without punctuation: a title, a side-bar heading or a byline; or the
    title of an official document (关于…的通知), whatever its length."""
    if not line or _ANY_PUNCT.search(line):
        return False
    if _DOC_TITLE.match(line):
        return True
    return len(line) <= max(8.0, typical * 0.7) and len(line) <= 40


def _ends_sentence(line: str) -> bool:
    return line[-1] in _TERMINAL or (line[-1] in "”」』\"）)" and len(line) > 1
                                     and line[-2] in _TERMINAL)


def normalize_text(text: str) -> str:
    """Normalize document text (see the module docstring)."""
    marked = has_markup(text)
    lines = [_clean_line(x) for x in _clean_chars(strip_markup(text)).split("\n")]
    lines = [x for x in lines if x]
    if not lines:
        return ""
    lengths = [len(x) for x in lines if len(x) > 3]
    typical = statistics.median(lengths) if lengths else 20.0
    # PDF text has lines wrapped at a column width; web/markdown text has a paragraph per line
    # (a text with page markup is web text: its line breaks are the page's)
    wrapped = not marked and sum(1 for x in lines if len(x) > _WRAP_WIDTH) <= 0.05 * len(lines)
    out: list[str] = []
    prev_ended = True  # the previous line closed a sentence or a block
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        heading = prev_ended and is_heading_line(line, typical) and not (
            wrapped and len(line) <= 2 and nxt and not is_heading_line(nxt, typical))
        title_next = bool(nxt) and not _ends_sentence(nxt) and len(nxt) < typical * 0.8 \
            and not _ANY_PUNCT.search(nxt)
        if heading or not wrapped:
            sep = "\n"
        elif _ends_sentence(line):
            sep = "\n" if len(line) < typical * 0.9 or not nxt or title_next else ""
        elif line[-1] in "：:" and len(line) < typical * 0.9:
            sep = "\n"
        elif line.startswith(("——", "--")) or (title_next and len(line) >= 3):
            # a byline, or a line followed by a short unpunctuated one (a title, not the rest
            # of a paragraph: the last line of a wrapped paragraph ends with punctuation)
            sep = "\n"
        else:
            sep = " " if (line[-1].isascii() and line[-1].isalnum()
                          and nxt[:1].isascii() and nxt[:1].isalnum()
                          and not (line[-1].isdigit() and nxt[:1].isdigit()
                                   and re.search(_WIDE, line))) else ""
        if sep != "\n" and _NEW_ITEM.match(nxt):
            sep = "\n"  # a numbered item or a units line starts a line of its own
        out.append(line + sep)
        prev_ended = (sep == "\n" or heading or line[-1] in _TERMINAL
                      or (line[-1] in "）)" and len(line) < typical * 0.9))
    return "".join(out).rstrip("\n").replace("\n\n", "\n")


def to_simplified(text: str) -> str:
    """Traditional → Simplified Chinese, character by character so offsets do not move.

    Uses the character table of OpenCC (``TSCharacters``) through ``str.translate``; a character
    whose simplified form is more than one character is kept as it is.
    """
    table = _table()
    return text.translate(table) if table else text


_TABLE_CACHE: list[dict[int, str]] = []


def _table() -> dict[int, str]:
    if not _TABLE_CACHE:
        table: dict[int, str] = {}
        try:
            from importlib import resources

            ref = resources.files("opencc") / "dictionary" / "TSCharacters.txt"
            for line in ref.read_text(encoding="utf-8").splitlines():
                parts = line.split("\t")
                if len(parts) == 2 and len(parts[0]) == 1:
                    simp = parts[1].split(" ")[0]
                    if len(simp) == 1 and simp != parts[0]:
                        table[ord(parts[0])] = simp
        except Exception:  # pragma: no cover - the converter is optional
            table = {}
        _TABLE_CACHE.append(table)
    return _TABLE_CACHE[0]
