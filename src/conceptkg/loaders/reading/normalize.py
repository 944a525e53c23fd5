"""Text normalization for documents extracted from PDFs and web pages.

- control characters and lone surrogates are removed, line ends unified;
- full-width letters, digits and ASCII symbols become half-width (CJK punctuation stays);
- radical code points that a PDF's text layer gives for whole characters (``⼈⺠`` for 人民)
  become those characters (``radicals``);
- spaces inside CJK runs (``我 国 已 转 向``) and between CJK and Latin/digits are removed, except
  one space between two runs of at least four CJK characters, which separates a headline's
  segments (``甲地推出冬季新玩法 乙地冰雪旅游升温``) and so cuts a clause;
  so are spaces between digits printed apart (``3 2万辆``) and, on a line printed with a space
  after every character, all single spaces (``建 设 5 G 专 网``); a number wrapped across lines
  is joined without a space; the space after an article's number that opens a line
  (``第三条 …``) stays;
- HTML tags left in text copied from a web page become line breaks or go (``markup``);
- ASCII punctuation between Chinese characters (a PDF's mixed widths: ``集团,坚持``) takes its
  Chinese form; a bracket pair of mixed widths becomes full-width;
- page furniture (page numbers, running headers) and side-bar boxes that interrupt a paragraph
  are found by ``pagelayout``; when the text is wrapped at a fixed width, a full line goes on in
  the next one and an indented line opens a paragraph;
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
from .pagelayout import (
    Line,
    drop_page_furniture,
    is_box_label,
    is_full,
    move_side_boxes,
    wrap_width,
)
from .radicals import read_radicals

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
#: the characters of :data:`_FULL_TO_HALF`: ``str.translate`` looks up every character of a
#: document, these few are translated where they occur (the same text, in a tenth of the time)
_FULL_WIDTH = re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(_FULL_TO_HALF)) + "]")


# ASCII punctuation set in Chinese text (a PDF's mixed widths: 集团,坚持; 设备(套)): the
# Chinese form, when a Chinese character or quote stands on either side
_HALF_PUNCT = re.compile(r"(?<=[" + CJK + r"“”」』）])[,;:?!()]|[,;:?!()](?=[" + CJK + r"“「『（])")
_MIXED_PAIR = re.compile(r"\(([^()（）\n]{1,30})）|（([^()（）\n]{1,30})\)")
_HALF_TO_WIDE = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}


def _to_half(m: re.Match[str]) -> str:
    return m.group().translate(_FULL_TO_HALF)


def _clean_chars(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _SURROGATE.sub("", text)
    text = _CONTROL.sub("", text)
    text = read_radicals(_FULL_WIDTH.sub(_to_half, text))  # a PDF's ⼈⺠ are 人民
    return unicodedata.normalize("NFC", text)


def _wide_punct(line: str) -> str:
    """ASCII punctuation between Chinese characters in its Chinese form (after the spaces of
    a letter-spaced line are closed up)."""
    line = _HALF_PUNCT.sub(lambda m: _HALF_TO_WIDE[m.group()], line)
    # (2025年1月22日） → （2025年1月22日）
    return _MIXED_PAIR.sub(lambda m: "（" + (m.group(1) or m.group(2)) + "）", line)


# the number of an article opening a line (第三条　…): the space after it is kept, so that the
# line's first sentence starts after it (``article_number``)
_ARTICLE = _ZH.regex("article_number")
# a bullet mark opening a line (■ 甲县推广X模式): dropped (``line_bullet``)
_BULLET = _ZH.regex("line_bullet")


_GAP = re.compile(r"[ \t\u00a0\u3000\u2000-\u200a\u202f\u205f]{2,}")


#: any white space (a line without any is only cleared of a bullet and given wide punctuation)
_ANY_SPACE = re.compile(r"\s")


def _clean_line(line: str) -> str:
    if _ANY_SPACE.search(line) is None:  # (what follows changes nothing else in such a line)
        return _wide_punct(_BULLET.sub("", line))
    raw = line.strip(" \t\u00a0\u3000")
    line = _BULLET.sub("", _SPACES.sub(" ", raw).strip())
    closed_up = _spaced_out(line)
    if closed_up and _GAP.search(raw):
        # 第 四 条   引 育 龙 头: a letter-spaced line whose wider gaps are its real spaces
        line = _SPACES.sub("", _GAP.sub("\x00", raw)).replace("\x00", " ")
    if not closed_up:
        line = _wide_punct(line)
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
    line = _SPACE_IN_NUMBER.sub("", line)
    return _wide_punct(line) if closed_up else line  # ( 三 ) 做 强 → （三）做强


def _spaced_out(line: str) -> bool:
    """A line printed with a space after (almost) every character (PDF letter spacing)."""
    chars = len(line) - line.count(" ")
    return chars >= 6 and line.count(" ") >= 0.6 * (chars - 1) and \
        not re.search(r"[A-Za-z]{2}", line)


# the title of an official document: 关于…的通知, …实施方案, …工作报告 (+ a bracketed note)
_DOC_TITLE = _ZH.regex("document_title")


# the start of a numbered item, a section or a responsible-units line: （一） 一、 1. （1） 第三章
_NEW_ITEM = _ZH.regex("new_item")


# the number of a section heading (一、 （二） 3.): its punctuation is no clause's
_HEADING_NUMBER = _ZH.regex("section_heading_number")


def is_heading_line(line: str, typical: float) -> bool:
    """A short line without punctuation: a title, a side-bar heading or a byline; or the
    title of an official document (关于…的通知), whatever its length."""
    if not line or _ANY_PUNCT.search(_HEADING_NUMBER.sub("", line, count=1)):
        return False
    if _DOC_TITLE.match(line):
        return True
    return len(line) <= max(8.0, typical * 0.7) and len(line) <= 40


def _ends_sentence(line: str) -> bool:
    return line[-1] in _TERMINAL or (line[-1] in "”」』\"）)" and len(line) > 1
                                     and line[-2] in _TERMINAL)


_INDENT = re.compile(r"^(?:[ \u3000\u00a0]{2,}|\t|\u3000)")


def _lines(text: str) -> list[Line]:
    """Cleaned non-empty lines, each with whether it opened with an indent."""
    out: list[Line] = []
    for raw in _clean_chars(strip_markup(text)).split("\n"):
        line = _clean_line(raw)
        if line:
            out.append((line, bool(_INDENT.match(raw))))
    return out


def normalize_text(text: str, paragraphs: bool = False) -> str:
    """Normalize document text (see the module docstring). ``paragraphs``: each line of
    ``text`` is a paragraph, heading or cell of its own (the text of an HTML page or a Word
    file, whose breaks are the document's), never a line wrapped at a width."""
    marked = paragraphs or has_markup(text)
    pairs = _lines(text)
    if not pairs:
        return ""
    width = None if marked else wrap_width([x for x, _ in pairs])
    pairs, cuts = drop_page_furniture(pairs, width)
    pairs, cuts = move_side_boxes(pairs, cuts, width)
    lines = [x for x, _ in pairs]
    # (the lengths of lines as they were before a page break or a box cut them)
    whole: list[int] = []
    for i, x in enumerate(lines):
        if whole and i - 1 in cuts and not _ends_sentence(lines[i - 1]):
            whole[-1] += len(x)
        else:
            whole.append(len(x))
    lengths = [n for n in whole if n > 3]
    typical = statistics.median(lengths) if lengths else 20.0
    # PDF text has lines wrapped at a column width; web/markdown text has a paragraph per line
    # (a text with page markup is web text: its line breaks are the page's)
    wrapped = not marked and sum(1 for n in whole if n > _WRAP_WIDTH) <= 0.05 * len(whole)
    out: list[str] = []
    prev_ended = True  # the previous line closed a sentence or a block
    para = ""  # the lines of the current paragraph before this one
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        nxt_indented = i + 1 < len(lines) and pairs[i + 1][1]
        heading = prev_ended and is_heading_line(line, typical) and not (
            wrapped and len(line) <= 2 and nxt and not is_heading_line(nxt, typical)
            and not is_box_label(line))
        title_next = bool(nxt) and not _ends_sentence(nxt) and len(nxt) < typical * 0.8 \
            and not _ANY_PUNCT.search(nxt)
        if width is not None and i == 0 and len(line) > 2 and not _ANY_PUNCT.search(line) \
                and _ANY_PUNCT.search(nxt):
            sep = "\n"  # a first line without punctuation before a sentence: the title
        elif width is not None and not heading and is_full(line, width) \
                and not _ends_sentence(line) and nxt and not line.startswith(("——", "--")) \
                and (not title_next or _ANY_PUNCT.search(line) or len(line) >= width - 1):
            sep = _joiner(line, nxt)  # a full line of a wrapped text goes on in the next one
        elif width is not None and len(line) > 2 and not is_full(line, width) \
                and not _ANY_PUNCT.search(para + line) and len(para + line) <= 80 \
                and not _ANY_PUNCT.match(nxt):
            sep = "\n"  # a title short of the width, or the last line of one wrapped at it
        elif width is not None and not para and not is_full(line, width) \
                and _HEADING_NUMBER.match(line) and not _ends_sentence(line):
            sep = "\n"  # a numbered heading short of the width (一、X，Y)
        elif i in cuts and not heading and not _ends_sentence(line):
            sep = _joiner(line, nxt)  # a paragraph cut by a page break or a box goes on
        elif heading or not wrapped:
            sep = "\n"
        elif _ends_sentence(line):
            short = len(line) < typical * 0.9 if width is None else not is_full(line, width)
            # (a bracket of units wrapped onto a line of its own is no title: （X局负责）)
            units = width is not None and _UNITS_BOX.match(nxt) is not None
            sep = "\n" if short or not nxt or (title_next and not units) else ""
        elif line[-1] in "：:" and len(line) < typical * 0.9:
            sep = "\n"
        elif line.startswith(("——", "--")) or (title_next and len(line) >= 3):
            # a byline, or a line followed by a short unpunctuated one (a title, not the rest
            # of a paragraph: the last line of a wrapped paragraph ends with punctuation)
            sep = "\n"
        else:
            sep = _joiner(line, nxt)
        if sep != "\n" and (nxt_indented or (_NEW_ITEM.match(nxt) and not (
                width is not None and _open_bracket(para + line)))):
            # a numbered item, a units line or an indented paragraph starts a line (not in
            # a bracket a wrapped line left open: （牵头单位：X，⏎配合单位：Y）)
            sep = "\n"
        if sep == "\n" and width is not None and _CLOSING_ONLY.match(nxt):
            sep = ""  # a closing quote or bracket wrapped onto a line of its own
        out.append(line + sep)
        para = "" if sep == "\n" else para + line
        prev_ended = (sep == "\n" or heading or line[-1] in _TERMINAL
                      or (line[-1] in "）)" and len(line) < typical * 0.9))
    return "".join(out).rstrip("\n").replace("\n\n", "\n")


_UNITS_BOX = _ZH.regex("units_box")
_CLOSING_ONLY = re.compile(r"^[”」』’）)】》]+$")


def _open_bracket(text: str) -> bool:
    """The text opens a bracket it does not close."""
    return text.count("（") + text.count("(") > text.count("）") + text.count(")")


_LATIN_TAIL = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-+.]*$")


def _joiner(line: str, nxt: str) -> str:
    """What joins a line to the next one that goes on with its paragraph: a space between
    two Latin words, nothing otherwise (nor between the digits of a number)."""
    if not (line[-1].isascii() and line[-1].isalnum() and nxt[:1].isascii()
            and nxt[:1].isalnum()):
        return ""
    if line[-1].isdigit() and nxt[:1].isdigit() and re.search(_WIDE, line):
        return ""
    # a Latin word that began right after a Chinese character was cut by the wrap (欧盟GM⏎P认证)
    run = _LATIN_TAIL.search(line)
    return "" if run is not None and run.start() > 0 and re.match(_WIDE, line[run.start() - 1]) \
        else " "


def to_simplified(text: str) -> str:
    """Traditional → Simplified Chinese, character by character so offsets do not move.

    Uses the character table of OpenCC (``TSCharacters``) through ``str.translate``; a character
    whose simplified form is more than one character is kept as it is.
    """
    table = _table()
    if not table or _TRADITIONAL[0].isdisjoint(text):
        return text  # (most text holds no traditional character: nothing to translate)
    return text.translate(table)


_TABLE_CACHE: list[dict[int, str]] = []
#: the characters the table translates
_TRADITIONAL: list[frozenset[str]] = []


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
        _TRADITIONAL.append(frozenset(map(chr, table)))
    return _TABLE_CACHE[0]
