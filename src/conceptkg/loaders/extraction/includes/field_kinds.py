"""A 等-list whose head is a kind of trade closed by a word of field (``A、B等未来产业方向``):
the field word (``field_heads``: 方向) says the items are topics of a field, but before it stands
a kind of thing that has them (``field_kind_heads``: 产业, 行业); the edge is kept with that kind
as its head (未来产业 includes A and B). Heads of field alone (A、B等研究方向) keep no edge.
Called from :func:`..extract.extract_document` (zh/grammar.yaml holds the words)."""

from __future__ import annotations

from ...lexicon import Lexicon
from ..arguments.phrases import Ent
from ..rules.common import Found

__all__ = ["FieldKinds"]


class FieldKinds:
    def __init__(self, lex: Lexicon) -> None:
        self.fields = lex.words("field_heads")
        self.kinds = lex.words("field_kind_heads")

    def kind_edge(self, f: Found) -> Found | None:
        """``f`` (an INCLUDES edge whose head ends with a field word) with the kind before that
        word as its head, else None."""
        name = f.source.name
        word = next((w for w in self.fields if name.endswith(w)), None)
        if word is None:
            return None
        kind = name[:-len(word)]
        if len(kind) < 3 or not kind.endswith(self.kinds):
            return None
        src = f.source
        head = Ent(kind, "Concept", src.start, src.end - len(word), src.rule, (name,))
        return Found(head, f.type, f.target, f.rule, f.extra_evidence)
