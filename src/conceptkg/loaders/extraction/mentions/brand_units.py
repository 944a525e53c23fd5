"""Units a company's own account names by its brand and a line of business (``甲乙快运``,
``甲乙冷链``, ``甲乙国际供应链``, where ``甲乙物流股份有限公司`` writes the text): a group
names its subsidiaries by the first two characters of its own name (the brand) and a trade word,
without any legal form. Such a name is an organisation where it stands as a clause's subject: at
the start of a clause (after a mark, or after a word of a kind of unit: ``子公司甲乙快运``) and
right before a word that goes on to a predicate (an implementing verb, ``IMPLEMENTS.gap_words``,
``subject_boundaries``). The words after the brand must be nouns of the segmenter's dictionary
(no count, verb or adverb: ``甲乙首批发行`` names nothing), end with no head of initiatives or
concepts, and the brand must be no place name.
"""

from __future__ import annotations

import re

from ...lexicon import Lexicon, trie_regex
from ..words.tokens import word_tag
from .mention_types import PUNCT, Mention

__all__ = ["brand_units"]

#: tags of the words a trade word may be made of (nouns, abbreviations, idioms, unknown)
_NOUN_TAGS = frozenset(("n", "nz", "vn", "j", "nt", "ns", "l", "an", "b", "ng", None))


def _noun_words(text: str) -> bool:
    """Whether ``text`` splits (longest dictionary words first) into noun-like words only."""
    i = 0
    while i < len(text):
        j = next((j for j in range(min(len(text), i + 4), i + 1, -1)
                  if word_tag(text[i:j]) is not None), None)
        if j is None:  # (a pair the dictionary does not know is a word of its own: 冷链)
            j = min(len(text), i + 2)
        if word_tag(text[i:j]) not in _NOUN_TAGS:
            return False
        i = j
    return True


def brand_units(sim: str, lex: Lexicon, main: str | None, found: list[Mention]
                ) -> list[Mention]:
    """The brand units of ``sim`` (see the module) for the document's company ``main``."""
    if not main or not lex.regex("company_word").search(main) or len(main) < 6:
        return []
    brand = main[:2]
    if not re.fullmatch(r"[\u4e00-\u9fff]{2}", brand) or brand in lex.list("places") or \
            lex.lookup(brand) is not None or word_tag(brand) in ("ns", "v", "d", "p"):
        return []
    ends = {*lex.cues("IMPLEMENTS", "verbs"), *lex.cues("IMPLEMENTS", "gap_words"),
            *lex.cues("IMPLEMENTS", "partner_words"), *lex.cues("IMPLEMENTS", "lead_verbs"),
            *lex.list("subject_boundaries")}
    rx = re.compile(re.escape(brand) + r"([\u4e00-\u9fff]{2,6}?)(?=" + trie_regex(ends).pattern
                    + ")")
    kinds = tuple(lex.list("org_descriptor_heads")) + tuple(lex.list("subsidiary_words"))
    heads = (*lex.list("initiative_heads"), *lex.list("concept_heads"), *lex.list("factor_heads"))
    taken = [(m.start, m.end) for m in found if m.type == "Organization"]
    out: list[Mention] = []
    for m in rx.finditer(sim):
        s, e, tail = m.start(), m.end(), m.group(1)
        if s > 0 and sim[s - 1] not in PUNCT and not sim.endswith(kinds, 0, s):
            continue  # (not a clause's subject)
        if any(a <= s < b for a, b in taken) or tail.endswith(heads) or \
                lex.lookup(m.group()) is not None or not _noun_words(tail):
            continue
        out.append(Mention(s, e, m.group(), "Organization", "org_name"))
    return out
