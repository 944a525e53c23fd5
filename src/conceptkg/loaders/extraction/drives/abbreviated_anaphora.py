"""A driver named by a pointing word fused with one character of its head (此访 for 此次访问,
此行 for 这次出访): the visit the sentence named before (部长此次正式访问) is what drives, the
abbreviation an alias. The abbreviations and the heads they stand for are the language data
``abbreviated_anaphors`` (``此访|访问、出访、之行``). The antecedent is the noun phrase that ends
with the nearest such head before the abbreviation in the same sentence: nouns, names and the
pointing words inside it (此次), back to a preposition, a verb or a punctuation mark.
"""

from __future__ import annotations

from ..discourse.context import SentenceContext
from ..mentions.mention_types import Ent
from ..words.tokens import Tok

__all__ = ["abbreviated_thing"]

_Span = tuple[int, int]

#: the tags of the words an antecedent phrase holds (nouns, names, 此次 / 本次)
_PHRASE_TAGS = ("n", "nr", "nrfg", "nrt", "ns", "nt", "nz", "vn", "r", "j", "l", "b", "eng",
                "a", "ad")


def _phrase_start(toks: list[Tok], k: int) -> int:
    """Index of the first word of the noun phrase that ends with ``toks[k]``."""
    j = k
    while j > 0 and toks[j - 1].tag in _PHRASE_TAGS and toks[j - 1].text not in ("我", "我们"):
        j -= 1
    while j < k and ((toks[j].tag == "r" and not toks[j].text.endswith("次"))
                     or toks[j].tag in ("a", "ad")):
        j += 1  # (其…: a pronoun opens no name; 正式访问: a word of manner neither)
    return j


def abbreviated_thing(ctx: SentenceContext, span: _Span, table: dict[str, str]) -> Ent | None:
    """The thing an abbreviated pointing word at ``span`` stands for, else None."""
    text = ctx.sim[span[0]:span[1]]
    heads = table.get(text)
    if not heads:
        return None
    at, head = max(((ctx.sim.rfind(h, ctx.start, span[0]), h) for h in heads.split("、")),
                   default=(-1, ""))
    if at < 0:
        return None
    end = at + len(head)
    cl = next((c for c in ctx.clauses if c[0] <= at < c[1]), None)
    if cl is None:
        return None
    toks = ctx.tokens(cl)
    k = next((j for j, t in enumerate(toks) if t.end == end), None)
    if k is None or toks[k].tag == "x":
        return None  # (the head inside a longer word: no phrase of its own)
    j = _phrase_start(toks, k)
    if j == k:
        return None  # (访问 alone: too bare a name for the thing meant)
    s = toks[j].start
    ent = ctx.args.entity(s, end, "cue_drives_anaphor", extra_aliases=(text,))
    if ent is None or ent.type in ("Organization", "Place", "Person"):
        return None
    return ent
