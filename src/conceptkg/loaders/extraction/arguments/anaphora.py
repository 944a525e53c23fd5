"""The body an anaphoric pronoun takes up: a company text names a unit once (集团新组建甲乙
能源服务公司, 子公司丙丁科技有限公司…) and goes on with ``该公司`` (``该行``, ``该集团``).
Such a pronoun (one of ``pronouns`` that is no ``first_person_pronouns`` word and opens with a
word of ``anaphoric_determiners``) stands for the nearest organisation named before it, in its
paragraph or the one before (within a short window), whose name ends with the pronoun's head
(公司, 行, 集团); with none named there it stands for nobody (and the rules fall back on the
paragraph's or the document's own body, as before).
"""

from __future__ import annotations

from ...lexicon import Lexicon
from ..mentions.mention_types import DocMentions

__all__ = ["anaphor_head", "earlier_named"]

#: how far back (characters) the body may be named
_WINDOW = 300


def anaphor_head(lex: Lexicon, word: str) -> str:
    """The head of an anaphoric pronoun (该公司 → 公司), '' for any other word (我们, 本行)."""
    if word not in lex.wordset("pronouns") or word in lex.wordset("first_person_pronouns"):
        return ""
    det = next((d for d in lex.list("anaphoric_determiners") if word.startswith(d)), "")
    return word[len(det):] if det else ""


def earlier_named(sim: str, dm: DocMentions, start: int, head: str) -> str | None:
    """The organisation named nearest before ``start`` (see the module) whose name ends with
    ``head``; None when none is."""
    if not head:
        return None
    para = sim.rfind("\n", 0, max(0, sim.rfind("\n", 0, start))) + 1
    for m in reversed(dm.between(max(para, start - _WINDOW), start)):
        if m.type == "Organization" and m.end <= start and m.name.endswith(head) and \
                len(m.name) > len(head) + 1:
            return m.name
    return None
