"""List heads that only say what sort of provision the items are (``A、B等配套设施``,
``A、B等新服务``, ``A、B等高频事项``, ``A、B等多类资源``): a qualifier of scope, novelty or
frequency (``generic_kind_qualifiers`` in zh/grammar.yaml: 配套, 便民, 基础, 新, 全流程, 多类,
存量, 高频 …) and a generic noun of provision (``generic_kind_nouns``: 服务, 设施, 资源, 事项)
name no concept, factor or initiative of their own, so such a head owns no INCLUDES edge,
whichever rule read the list; the items stay nodes. A head the lexicon knows (``基础设施``) and a
head with a word of content (``综合能源服务``, ``数字基础设施``, ``特色产品``) keep their lists.

After 等, a head that is one bare word of sort as written (``bare_kind_heads``:
``A、B等业态``, ``A、B等事项``, ``A、B等工序``) only says what sort of things the items
are: it owns no INCLUDES edge either, unless the lexicon knows it as a term (a concrete
kind, ``A、B等干果``, is no word of sort). A head cut down from a longer phrase
(``等口粮供需调度``, an aspect word after it: ``head_aspect_words``) keeps its list; a
process word after it (``等业态发展``: ``nominal_verbs``) does not make it longer.
Used where ``extract.py`` adds the edges.
"""

from __future__ import annotations

from ...lexicon import Lexicon
from ..mentions.mention_types import Ent

__all__ = ["GenericKindHeads"]



class GenericKindHeads:
    """Tells a head made of a generic qualifier and a generic noun of provision."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.qualifiers = tuple(sorted(lex.words("generic_kind_qualifiers"), key=len,
                                       reverse=True))
        self.nouns = frozenset(lex.words("generic_kind_nouns"))
        self.aspects = tuple(lex.words("head_aspect_words"))
        self.bare_kinds = frozenset(lex.words("bare_kind_heads"))
        self.process_words = frozenset(lex.words("nominal_verbs"))

    def generic(self, name: str) -> bool:
        """``name`` is one qualifier followed by one generic noun, and no lexicon term."""
        q = next((q for q in self.qualifiers if name.startswith(q)), None)
        return q is not None and name[len(q):] in self.nouns and self.lex.lookup(name) is None

    def bare(self, sim: str, head: Ent) -> bool:
        """``head`` is one bare word of sort, as written and as named, that the lexicon does not
        know and no aspect word follows (a list's bare kind after 等)."""
        n = len(head.name)
        return head.name in self.bare_kinds and head.end - head.start == n and \
            not any(len(a) > n and a[n:] not in self.process_words for a in head.aliases) and \
            self.lex.lookup(head.name) is None and not sim.startswith(self.aspects, head.end)
