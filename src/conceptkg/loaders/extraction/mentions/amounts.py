"""Amounts (``37.5%``, ``69.4亿元``, ``35.4万人``) with the words before them as a label."""

from __future__ import annotations

from bisect import bisect_left

from ...lexicon import Lexicon
from ..words.tokens import tokenize
from .mention_types import PUNCT, Amount, Mention

__all__ = ["find_amounts"]

#: the longest label kept (characters); a longer one loses whole words from its start
MAX_LABEL = 12


def _last_words(label: str, limit: int = MAX_LABEL) -> str:
    """The end of ``label`` within ``limit`` characters, cut between two words (全省甲乙丙丁产业
    增加值 keeps 甲乙丙丁产业增加值, not 省甲乙…): the first word that starts within the limit."""
    if len(label) <= limit:
        return label
    for w in tokenize(label, 0, len(label)):
        if len(label) - w.start <= limit:
            return label[w.start:]
    return label[-limit:]


def find_amounts(sim: str, items: list[Mention], lex: Lexicon) -> list[Amount]:
    """Amounts with the words before them as a label (营业收入 12.5亿元, 同比增长 8.3%)."""
    out = []
    ends = sorted(m.end for m in items if m.type in ("Organization", "Place"))
    for m in lex.regex("amount").finditer(sim):
        s = m.start()
        left = s
        while left > 0 and s - left < 16 and sim[left - 1] not in PUNCT and \
                not sim[left - 1].isdigit() and sim[left - 1] not in "%‰":
            left -= 1
        i = bisect_left(ends, s + 1) - 1  # the text after the subject's name
        if i >= 0 and left < ends[i] <= s:
            left = ends[i]
        label = lex.regex("amount_label_tail").sub("", sim[left:s])
        label = lex.regex("amount_label_head").sub("", label)
        for sep in lex.list("amount_label_separators"):
            if sep in label:
                label = label.rsplit(sep, 1)[-1]
        label = _last_words(label)
        raw = m.group().replace(" ", "")
        out.append(Amount(s, m.end(), label, raw, float(m.group(1)), m.group(2)))
    return out
