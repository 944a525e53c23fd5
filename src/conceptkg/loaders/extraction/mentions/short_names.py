"""Short names a document gives its companies: the ones it declares in a bracket after the full
name (（以下简称“甲科技”或“公司”）), and the brand it writes without the place that opens the full
name (甲州云起智能科技有限公司 … 云起智能)."""

from __future__ import annotations

from ...lexicon import Lexicon
from ..words.tokens import tag_table
from .mention_types import is_proper_name

__all__ = ["bare_brands", "declared_short_names"]


def bare_brands(sim: str, canon: dict[str, str], lex: Lexicon) -> None:
    """甲州云起智能科技有限公司 … 云起智能还与…: a company's short form without the two
    characters of place that open it (云起智能 of 甲州云起智能), four characters or more, stands
    for the company where the text writes it on its own (not only inside the full name)."""
    company = lex.regex("company_word")
    levels = frozenset(lex.list("place_levels"))  # (甲州市…: the place's own level)
    tags = tag_table()  # (a dictionary word opening the rest: 甲州城市建设 → no 城市建设)
    found: dict[str, str] = {}
    for a, n in list(canon.items()):
        rest = a[2:]  # (a 2-character place: 甲州)
        if len(rest) < 4 or rest in canon or not company.search(n) or \
                rest[:1] in levels or rest[:2] in tags or not is_proper_name(rest):
            continue
        k = sim.find(rest)
        while k >= 0 and sim.startswith(a[:2], k - 2):
            k = sim.find(rest, k + 1)
        if k >= 0 and found.setdefault(rest, n) != n:
            found[rest] = ""
    for rest, n in found.items():
        if n:
            canon[rest] = n


def declared_short_names(sim: str, canon: dict[str, str], lex: Lexicon) -> str | None:
    """X科技有限公司（以下简称“X科技”）: the declared short name stands for the organisation
    named right before the bracket, everywhere in the document. A bracket of several names
    (（以下简称“X科技”或“公司”）) declares each; the organisation for which it declares a word
    of ``org_self_mentions`` (公司, 集团, 本行) is returned: the text names itself by it."""
    selfs = frozenset(lex.list("org_self_mentions"))
    owner: str | None = None
    quoted = lex.regex("quoted_short_name")
    decls = [(m.start(), [m.group(1)]) for m in lex.regex("short_name_decl").finditer(sim)]
    decls += [(m.start(), [q.group(1) for q in quoted.finditer(m.group(1))])
              for m in lex.regex("short_names_decl").finditer(sim)]
    for at, declared in decls:
        before = sim[max(0, at - 40):at]
        names = [n for n in canon if before.endswith(n)]
        if not names:
            continue
        body = canon[max(names, key=len)]
        for short in declared:
            if short in selfs:
                owner = owner or body
            else:
                canon[short] = body
    return owner
