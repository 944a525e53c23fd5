"""Page layout that text extracted from a PDF keeps, found on the document's cleaned lines.

- the width its lines were wrapped at (:func:`wrap_width`): the most common line length, when a
  good share of the lines have it; a line that long continues on the next one;
- page furniture (:func:`drop_page_furniture`): page numbers (``— 3 —``, ``第2页共9页``), running
  headers (``X日报 2025年6月3日 第2版``) and any short unpunctuated line repeated at page breaks
  (a report's title printed on every page), which stand between the two halves of a paragraph
  cut by the page break: they go, and the line before them is marked as cut;
- side-bar boxes (:func:`move_side_boxes`): a box opened by a label (``相关链接``, ``专栏1 …``)
  set into a paragraph that it interrupts mid-sentence is moved after that paragraph, so the
  paragraph's halves meet again.

Lines are ``(text, indented)`` pairs: ``indented`` says the line opened with an indent (a
paragraph's first line in a PDF). A *cut* is the index of a line whose paragraph may go on in
the next line although something stood between them.
"""

from __future__ import annotations

import re
from collections import Counter

from ..zh import shipped

__all__ = ["Line", "wrap_width", "drop_page_furniture", "move_side_boxes", "is_full",
           "is_box_label"]

_ZH = shipped()
_PAGE_NUMBER = _ZH.regex("page_number_line")
_PAGE_HEADER = _ZH.regex("page_header_line")
_BOX_LABEL = _ZH.regex("side_box_label")
_NEW_ITEM = _ZH.regex("new_item")
_TERMINAL = "。！？!?；;…"
# … or a closing bracket or quote (a plan's item closes with its units: （X局牵头）)
_CLOSED = _TERMINAL + "）)】」』”\"：:"
_CLAUSE_PUNCT = re.compile(r"[，,。！？!?；;：:、]")
_DIGITS = re.compile(r"\d+")
_GOES_ON = re.compile(r"^[，,、。；;：:！？!?”’」』）)]")

Line = tuple[str, bool]

#: lines shorter than this say nothing of the wrap width (headings, page numbers)
_MIN_BODY = 9
#: the share of body lines that must have the most common length (±1) for a wrap width
_WIDTH_SHARE = 0.35
#: a line of a box longer than this (in a text not wrapped) is a paragraph, not the box's
_BOX_LINE = 60
_BOX_LINES = 8
#: boxes moved per text at most (each move copies the list of lines)
_MAX_BOXES = 200


def wrap_width(texts: list[str]) -> float | None:
    """The width the lines were wrapped at, or None for a text with a paragraph per line."""
    lens = [len(x) for x in texts if len(x) >= _MIN_BODY]
    if len(lens) < 6:
        return None
    counts = Counter(lens)
    # (±1 and two less: an indented first line, a wide character)
    def near(n: int) -> int:
        return counts[n - 2] + counts[n - 1] + counts[n] + counts[n + 1]

    best = max(counts, key=lambda n: (near(n), n))
    share = near(best) / len(lens)
    # in a wrapped text no line runs much beyond the width
    longer = sum(1 for n in lens if n > best + 3)
    if share < _WIDTH_SHARE or longer > 0.05 * len(lens) or best < _MIN_BODY + 6:
        return None
    # the longest of the common lengths: lines with a few narrow (Latin) characters run longer
    return float(best + 1 if counts[best + 1] else best)


def is_full(text: str, width: float | None) -> bool:
    """A line that reaches the wrap width (its paragraph may go on in the next line)."""
    return width is not None and width - 3 <= len(text) <= width + 3


def _ends_open(text: str) -> bool:
    """A line of running text that stops mid-sentence."""
    return bool(text) and text[-1] not in _CLOSED and bool(_CLAUSE_PUNCT.search(text)) \
        and len(text) >= 10


def _stops_open(text: str, width: float | None) -> bool:
    """A line after which its paragraph goes on: it stops mid-sentence, or it reaches the
    width of a wrapped text without closing a sentence."""
    return _ends_open(text) or (is_full(text, width) and text[-1] not in _TERMINAL)


def _furniture_keys(lines: list[Line], width: float | None) -> set[str]:
    """Short unpunctuated lines (digits aside) repeated at least twice, where at least one
    occurrence stands right after a line stopping mid-sentence: running headers."""
    seen: Counter[str] = Counter()
    cutting: set[str] = set()
    for i, (text, _) in enumerate(lines):
        if i == 0 or not 6 <= len(text) <= 40 or _CLAUSE_PUNCT.search(text) \
                or text[-1] in _CLOSED or _NEW_ITEM.match(text) or _BOX_LABEL.match(text):
            continue  # (工负责）: the end of a wrapped sentence, however often it recurs)
        key = _DIGITS.sub("#", text)
        seen[key] += 1
        k = i - 1
        while k > 0 and len(lines[k][0]) <= 16 and _PAGE_NUMBER.match(lines[k][0]):
            k -= 1  # (a header after the page's number: the line before the number)
        if _stops_open(lines[k][0], width):
            cutting.add(key)
    return {k for k in cutting if seen[k] >= 2}


def drop_page_furniture(lines: list[Line], width: float | None) -> tuple[list[Line], set[int]]:
    """The lines without page numbers and running headers, and the cuts they leave."""
    repeated = _furniture_keys(lines, width)
    # (a bare number in a text not wrapped: only where it cuts a sentence)
    numbers = [len(t) <= 16 and bool(_PAGE_NUMBER.match(t)) and (
        width is not None or not t.isdigit() or (k > 0 and _ends_open(lines[k - 1][0])))
        for k, (t, _) in enumerate(lines)]
    out: list[Line] = []
    cuts: set[int] = set()
    for i, (text, indented) in enumerate(lines):
        furniture = numbers[i] or (len(text) <= 60 and bool(_PAGE_HEADER.match(text))) or (
            len(text) <= 40 and ((i > 0 and bool(repeated) and _DIGITS.sub("#", text) in repeated)
                                 or _beside_number(lines, numbers, i, width)))
        if furniture and out:
            cuts.add(len(out) - 1)
            continue
        out.append((text, indented))
    return out, cuts


def _beside_number(lines: list[Line], numbers: list[bool], i: int, width: float | None) -> bool:
    """A short unpunctuated line right after (or before) a page number that cuts a paragraph:
    the next page's header (or this one's footer)."""
    text = lines[i][0]
    if not 4 <= len(text) <= 40 or _CLAUSE_PUNCT.search(text) or text[-1] in _CLOSED \
            or _NEW_ITEM.match(text) or _BOX_LABEL.match(text):
        return False
    if i >= 2 and numbers[i - 1] and _stops_open(lines[i - 2][0], width):
        return True
    return i >= 1 and i + 1 < len(lines) and numbers[i + 1] and \
        _stops_open(lines[i - 1][0], width)


def is_box_label(text: str) -> bool:
    """The label of a side-bar box (相关链接, 专栏1 …): a line of its own."""
    return bool(_BOX_LABEL.match(text))


def _box_line(text: str, width: float | None) -> bool:
    if width is not None:
        return not is_full(text, width)
    return len(text) <= _BOX_LINE


def _paragraph_end(lines: list[Line], j: int, width: float | None) -> int:
    """The last line of the paragraph that goes on in line ``j``."""
    k = j
    while width is not None and k + 1 < len(lines) and k - j < 40 and is_full(lines[k][0], width) \
            and not lines[k + 1][1] and not _NEW_ITEM.match(lines[k + 1][0]):
        k += 1
    return k


def move_side_boxes(lines: list[Line], cuts: set[int],
                    width: float | None) -> tuple[list[Line], set[int]]:
    """Boxes that interrupt a paragraph mid-sentence moved after the paragraph (see the
    module docstring); the cuts follow their lines."""
    if not any(_BOX_LABEL.match(t) for t, _ in lines):
        return lines, cuts
    order = list(range(len(lines)))
    i, moved = 1, 0
    while i < len(order) and moved < _MAX_BOXES:
        text = lines[order[i]][0]
        prev = lines[order[i - 1]][0]
        if not _BOX_LABEL.match(text) or not _stops_open(prev, width):
            i += 1
            continue
        j = i + 1
        # the box's lines are short; the paragraph goes on in the first longer one, or in
        # one that opens with a clause's punctuation (no box line does)
        # (in a box of figures and captions without punctuation, the first sentence)
        figures = True
        while j < len(order) and j - i <= _BOX_LINES and _box_line(lines[order[j]][0], width) \
                and not _NEW_ITEM.match(lines[order[j]][0]) \
                and not (j > i + 1 and _GOES_ON.match(lines[order[j]][0])):
            punctuated = bool(_CLAUSE_PUNCT.search(lines[order[j]][0]))
            if punctuated and figures and j > i + 1:
                break
            figures = figures and not punctuated
            j += 1
        stopped = j >= len(order) or _NEW_ITEM.match(lines[order[j]][0])
        if stopped and width is None and j - 1 >= i + 2 and j - i <= _BOX_LINES:
            j -= 1  # the box runs to the next item: its last short line ends the paragraph
        elif stopped or j == i + 1 or j - i > _BOX_LINES:
            i += 1
            continue
        box = order[i:j]
        rest = order[j:]
        end = _paragraph_end([lines[k] for k in rest], 0, width)
        order = order[:i] + rest[:end + 1] + box + rest[end + 1:]
        cuts = cuts | {order[i - 1]}
        i += end + 1 + len(box)
        moved += 1
    new_index = {old: new for new, old in enumerate(order)}
    return [lines[k] for k in order], {new_index[c] for c in cuts if c in new_index}
