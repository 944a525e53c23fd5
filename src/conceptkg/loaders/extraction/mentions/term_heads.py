"""A lexicon term inside a longer name: a head word after the term (甲能产业集群, 乙材料市场) or
a modifier before it (多层次乙市场) makes the phrase the thing the text names.

The lexicon finder matches the longest known term; where the text goes on with a head of
``term_extension_heads`` (集群, 市场, 设施…) or opens with a modifier of
``term_extension_modifiers`` (多层次), the mention covers the whole phrase and is
named by it, so nodes and edges follow the longer name. The term stays a node where the text
uses it alone. A head that is the first part of a longer term (市场 in 市场化) extends nothing,
nor one a longer name goes on from (甲能集群园, 乙材料市场监管局).
"""

from __future__ import annotations

from ...lexicon import Lexicon
from ..words.tokens import tokenize
from .mention_types import Mention

__all__ = ["extend_terms"]


def _longer_term_at(lex: Lexicon, sim: str, pos: int, end: int) -> bool:
    """True when a lexicon term starting at ``pos`` runs past ``end``."""
    m = lex.matcher.match(sim, pos)
    return m is not None and m.end() > end


def _closes(sim: str, s: int, e: int) -> bool:
    """True when the phrase ``[s, e)`` ends at a word boundary and no noun follows it (甲能集群，
    甲能集群的, 甲能集群加快成长, 甲能集群建设，; not 甲能集群园区, 甲能集群投资基金: a longer name
    goes on)."""
    if e >= len(sim) or not "\u4e00" <= sim[e] <= "\u9fff":
        return True
    toks = tokenize(sim, s, min(len(sim), e + 6))
    if not any(t.end == e for t in toks):
        return False
    k = next((i for i, t in enumerate(toks) if t.start == e), None)
    if k is None:
        return False
    if toks[k].tag == "vn":  # 甲能集群发展、 甲能集群建设: a process of the named thing
        return k + 1 == len(toks) or not toks[k + 1].noun
    return not toks[k].noun


def extend_terms(sim: str, found: list[Mention], lex: Lexicon) -> list[Mention]:
    """The lexicon mentions ``found`` with concept and factor terms widened over a head word
    after them or a modifier before them (the phrase as written names the node)."""
    heads = tuple(sorted(lex.list("term_extension_heads"), key=len, reverse=True))
    mods = tuple(sorted(lex.list("term_extension_modifiers"), key=len, reverse=True))
    if not heads and not mods:
        return found
    out: list[Mention] = []
    for m in found:
        if m.weak or m.type not in ("Concept", "Factor") or m.rule != "lexicon":
            out.append(m)
            continue
        s, e = m.start, m.end
        for h in heads:
            if sim.startswith(h, e) and not m.name.endswith(h) and not any(
                    _longer_term_at(lex, sim, p, e + len(h)) for p in range(e, e + len(h))):
                e += len(h)
                break
        for w in mods:
            if sim.endswith(w, 0, s) and not m.name.startswith(w) and \
                    lex.lookup(sim[s - len(w):e]) is None:
                s -= len(w)
                break
        if (s, e) == (m.start, m.end) or not _closes(sim, s, e):
            out.append(m)
            continue
        name = sim[s:e]
        known = lex.lookup(name)
        if known is not None:
            out.append(Mention(s, e, known.name, known.type, "lexicon", known.weak))
            continue
        out.append(Mention(s, e, name, m.type, "term_phrase", False, (*m.aliases,)))
    return out
