"""Quotation marks of speech, not of names: a reader cuts a quoted speech into its clauses.

News and reports quote what people said: ``“A，B。`` opens a paragraph of speech whose closing
mark comes sentences later (or never in this sentence), and ``他说：“A带动B，C。”`` quotes a whole
run of clauses. Such marks hold clauses, not a name, so the clause splitter
(:func:`.context.clause_spans`) cuts inside them as it would outside. A quoted name (“一号工程”,
“一带一路”) holds no clause mark and stays whole.
"""

from __future__ import annotations

import re

__all__ = ["speech_marks"]

_OPEN = "“「"
_CLOSE = {"“": "”", "「": "」"}
_OPENER = re.compile("[" + re.escape(_OPEN) + "]")
_CLAUSE_MARKS = "，；。！？,;!?"
_SPEECH_LEADS = "：:"
_ENDS = "。！？!?…；; \u3000"


def speech_marks(sim: str, s: int, e: int) -> frozenset[int]:
    """The offsets in ``sim[s:e]`` of the quotation marks that quote speech: an opening mark
    never closed in the sentence, or a pair that follows a colon and closes the sentence, with
    a clause mark inside (他说：“A，B。”)."""
    out: set[int] = set()
    k = s
    while k < e:
        opener = _OPENER.search(sim, k, e)  # (the next opening mark: one search, no loop
        if opener is None:  # over the characters before it)
            break
        k = opener.start()
        ch = sim[k]
        close = sim.find(_CLOSE[ch], k + 1, e)
        if close < 0:
            out.add(k)  # (a paragraph of speech: its closing mark comes sentences later)
            k += 1
            continue
        inner = sim[k + 1:close]
        if k > s and sim[k - 1] in _SPEECH_LEADS and any(m in inner for m in _CLAUSE_MARKS) \
                and sim.find(ch, k + 1, close) < 0 and all(c in _ENDS for c in sim[close + 1:e]):
            out.update((k, close))
        k = close + 1
    return frozenset(out)
