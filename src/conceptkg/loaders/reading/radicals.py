"""Radical code points read as the characters they draw.

The text layer of many PDFs (and text copied from them) gives, for some characters, the code
point of the radical whose glyph the font shares with the character: ``⼈`` (U+2F08, KANGXI
RADICAL MAN) for 人, ``⺠`` (U+2EA0, CJK RADICAL CIVILIAN) for 民, ``⻓`` for 长. They look
right but match nothing: ``新质⽣产⼒`` is not the lexicon's 新质生产力. Each such code point is
one character and becomes one character, so offsets are kept.

- Kangxi radicals (U+2F00–U+2FD5) all have a compatibility mapping to their ideograph (NFKC);
- the CJK radicals supplement (U+2E80–U+2EF3) has one for two of them only; the others that
  draw a whole character (not a component such as 氵 or 扌) are listed here.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["RADICALS", "read_radicals"]

# CJK radicals supplement: the forms that are whole characters, with the character they draw
_SUPPLEMENT = {
    "⺁": "厂", "⺇": "几", "⺊": "卜", "⺒": "巳", "⺓": "幺", "⺙": "攵", "⺜": "日",
    "⺝": "月", "⺟": "母", "⺠": "民", "⺩": "王", "⺬": "示", "⺯": "糸", "⺽": "臼",
    "⻁": "虎", "⻄": "西", "⻅": "见", "⻆": "角", "⻉": "贝", "⻋": "车", "⻑": "長",
    "⻓": "长", "⻔": "门", "⻘": "青", "⻙": "韦", "⻚": "页", "⻛": "风", "⻜": "飞",
    "⻝": "食", "⻟": "飠", "⻢": "马", "⻣": "骨", "⻤": "鬼", "⻥": "鱼", "⻦": "鸟",
    "⻧": "卤", "⻨": "麦", "⻩": "黄", "⻪": "黾", "⻫": "斉", "⻬": "齐", "⻭": "歯",
    "⻮": "齿", "⻯": "竜", "⻰": "龙", "⻱": "龜", "⻲": "亀", "⻳": "龟",
}


def _table() -> dict[int, str]:
    table = {ord(k): v for k, v in _SUPPLEMENT.items()}
    for cp in range(0x2F00, 0x2FD6):
        mapped = unicodedata.normalize("NFKC", chr(cp))
        if len(mapped) == 1 and mapped != chr(cp):
            table[cp] = mapped
    return table


#: code point → the character it draws (for :meth:`str.translate`)
RADICALS: dict[int, str] = _table()
_RADICAL = re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(RADICALS)) + "]+")


def read_radicals(text: str) -> str:
    """``text`` with every radical code point that draws a whole character replaced by that
    character (the length stays the same)."""
    return _RADICAL.sub(_read, text)  # (one regex scan: most texts hold none)


def _read(m: re.Match[str]) -> str:
    return m.group().translate(RADICALS)
