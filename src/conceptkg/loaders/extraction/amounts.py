"""Amounts (``41.6%``, ``69.4亿元``, ``35.4万人``) with the words before them as a label."""

from __future__ import annotations

import re
from bisect import bisect_left

from .mention_types import PUNCT, Mention

__all__ = ["find_amounts"]

_AMOUNT = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(%|‰|万亿元|亿元|万元|亿美元|万美元|元|万亿|"
                     r"亿人次|万人次|亿人|万人|万户|万吨|亿吨|万千瓦|亿千瓦时|万辆|万台|万公里)")
# words between a label and its amount (营业收入达到12.5亿元); 增长/下降 stay in the label
_AMOUNT_LABEL_TAIL = re.compile(r"(?:已经|已|累计|共|合计|分别|约|近|超过|超|突破|达到|达|为|是|"
                                r"实现|完成|至|到|了|占|高达|约为|逾|将|的)+$")
_AMOUNT_LABEL_HEAD = re.compile(r"^(?:[0-9一二三四五六七八九十]+(?:月份|月|年|季度)|今年|去年|明年|"
                                r"上半年|下半年|全年|当年|目前|截至|前|其中|一季度|二季度|三季度|"
                                r"四季度|近|以来|同期|比|较|的)+")


def find_amounts(sim: str, items: list[Mention]) -> list[tuple[int, int, str, str, float, str]]:
    """Amounts with the words before them as a label (营业收入 12.5亿元, 同比增长 8.3%)."""
    out = []
    ends = sorted(m.end for m in items if m.type in ("Organization", "Place"))
    for m in _AMOUNT.finditer(sim):
        s = m.start()
        left = s
        while left > 0 and s - left < 16 and sim[left - 1] not in PUNCT and \
                not sim[left - 1].isdigit() and sim[left - 1] not in "%‰":
            left -= 1
        i = bisect_left(ends, s + 1) - 1  # the text after the subject's name
        if i >= 0 and left < ends[i] <= s:
            left = ends[i]
        label = _AMOUNT_LABEL_TAIL.sub("", sim[left:s])
        label = _AMOUNT_LABEL_HEAD.sub("", label)
        for sep in ("的", "在", "中", "从"):
            if sep in label:
                label = label.rsplit(sep, 1)[-1]
        label = label[-12:]
        raw = m.group().replace(" ", "")
        out.append((s, m.end(), label, raw, float(m.group(1)), m.group(2)))
    return out
