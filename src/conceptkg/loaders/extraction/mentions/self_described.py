"""Companies a text describes in the words of a company profile (``甲乙科技成立于2011年，总部
位于丙市，是一家…公司``; ``关于甲乙科技：…``): the name that opens such a description is an
organisation everywhere in the document, so that the sentences in which it acts (``甲乙科技于
2022年启动“X”计划``) find it even when its short name carries no legal form.

The description is the ``company_profile`` pattern (zh/grammar.yaml): a name of two to eight
characters opening a sentence, a line or the part after a colon, then a founding phrase with a
year (成立于N年, 创立于N年) or ``是一家 … 公司/企业``. Names that open with a pointing or own word
(该公司, 本公司: ``profile_name_stops``) and names the lexicon knows are left out; the name must
be mentioned again elsewhere in the document.
"""

from __future__ import annotations

from ...lexicon import Lexicon

__all__ = ["self_described_companies"]


def self_described_companies(sim: str, lex: Lexicon) -> list[str]:
    """The names of the companies ``sim`` describes in a profile (see the module)."""
    rx = lex.regex("company_profile")
    stops = tuple(lex.list("profile_name_stops"))
    out: list[str] = []
    for m in rx.finditer(sim):
        name = m.group("name")
        if name.startswith(stops) or name in out or lex.lookup(name) is not None:
            continue
        if sim.count(name) < 2:
            continue  # (named once: nothing else to find)
        out.append(name)
    return out
