"""Text normalization for documents extracted from PDFs and web pages.

- control characters and lone surrogates are removed, line ends unified;
- full-width letters, digits and ASCII symbols become half-width (CJK punctuation stays);
- spaces inside CJK runs (``我 国 已 转 向``) and between CJK and Latin/digits are removed;
- lines wrapped mid-sentence are joined; short lines without punctuation that stand between
  sentences (headings, side-bar titles) are kept on lines of their own.

The result is the text that all evidence offsets point into. Deterministic: the same input
gives the same text.
"""

from __future__ import annotations

import re
import statistics
import unicodedata

__all__ = ["normalize_text", "to_simplified", "CJK", "is_heading_line"]

CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff"
_CJK_PUNCT = r"\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65“”‘’—…·"
_WIDE = r"[" + CJK + _CJK_PUNCT + r"]"

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\ufeff]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_SPACES = re.compile(r"[ \t\u00a0\u3000\u2000-\u200a\u202f\u205f]+")
_SPACE_NEAR_WIDE = re.compile(r"(?<=" + _WIDE + r") +| +(?=" + _WIDE + r")")
_SPACE_IN_NUMBER = re.compile(r"(?<=\d) +(?=[.%])|(?<=\.) +(?=\d)")
_TERMINAL = "。！？!?；;…"
_ANY_PUNCT = re.compile(r"[，,。！？!?；;、]")

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


def _clean_line(line: str) -> str:
    line = _SPACES.sub(" ", line).strip()
    line = _SPACE_NEAR_WIDE.sub("", line)
    return _SPACE_IN_NUMBER.sub("", line)


def is_heading_line(line: str, typical: float) -> bool:
    """A short line without punctuation: a title, a side-bar heading or a byline."""
    if not line or _ANY_PUNCT.search(line):
        return False
    return len(line) <= max(4.0, typical * 0.7) and len(line) <= 40


def normalize_text(text: str) -> str:
    """Normalize document text (see the module docstring)."""
    lines = [_clean_line(x) for x in _clean_chars(text).split("\n")]
    lines = [x for x in lines if x]
    if not lines:
        return ""
    lengths = [len(x) for x in lines if len(x) > 3]
    typical = statistics.median(lengths) if lengths else 20.0
    out: list[str] = []
    prev_ended = True  # the previous line closed a sentence or a block
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        heading = prev_ended and is_heading_line(line, typical)
        if heading:
            sep = "\n"
            if out and not out[-1].endswith("\n"):
                out[-1] += "\n"
        elif line[-1] in _TERMINAL or (line[-1] in "”」』\"" and len(line) > 1
                                       and line[-2] in _TERMINAL):
            sep = "\n" if len(line) < typical * 0.9 or not nxt else ""
        elif line[-1] in "：:" and len(line) < typical * 0.9:
            sep = "\n"
        else:
            sep = " " if (line[-1].isascii() and line[-1].isalnum()
                          and nxt[:1].isascii() and nxt[:1].isalnum()) else ""
        out.append(line + sep)
        prev_ended = (sep == "\n" or heading or line[-1] in _TERMINAL
                      or (line[-1] in "）)" and len(line) < typical * 0.9))
    return "".join(out).rstrip("\n").replace("\n\n", "\n")


def to_simplified(text: str) -> str:
    """Traditional → Simplified Chinese, character by character so offsets do not move."""
    conv = _converter()
    if conv is None:
        return text
    out = []
    for ch in text:
        if "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff":
            s = conv(ch)
            out.append(s if len(s) == 1 else ch)
        else:
            out.append(ch)
    return "".join(out)


_CONV_CACHE: list = []


def _converter():  # type: ignore[no-untyped-def]
    if not _CONV_CACHE:
        try:
            from opencc import OpenCC

            cc = OpenCC("t2s")
            _CONV_CACHE.append(cc.convert)
        except Exception:  # pragma: no cover - optional
            _CONV_CACHE.append(None)
    return _CONV_CACHE[0]
