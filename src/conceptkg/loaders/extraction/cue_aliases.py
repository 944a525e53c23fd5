"""No alias opens with the cue word of the relation that found its entity.

A finder that reads an entity right after a relation's cue word may keep the cue with it as an
alias (``X包括A、B``: an alias ``包括A`` of A, ``推广“甲贷”``: ``推广“甲贷”`` of 甲贷). The cue
belongs to the relation, not to the thing's name: :func:`without_cue_aliases` drops every alias
that opens with a cue word of the edge's relation which stands in the sentence right before the
entity (its own span never holds the cue). A name that only happens to open with such a word
(an organisation 乙建设集团 whose alias is 建设集团, an edge found elsewhere) keeps its aliases.

The cue words are the relation's verbs in the language data (``relations`` in ``cues.yaml``:
``INCLUDES`` ``verbs``, ``compose``, ``range_verbs``, ``division_verbs``, ``list_verbs``;
``DRIVES`` and ``IMPLEMENTS`` ``verbs``), read by :func:`relation_cues`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from ..lexicon import Lexicon
from .mentions.mention_types import Ent

__all__ = ["CUE_KINDS", "relation_cues", "without_cue_aliases"]

#: the kinds of cue words of each relation (keys of ``relations`` in the language data)
CUE_KINDS: Mapping[str, tuple[str, ...]] = {
    "INCLUDES": ("verbs", "compose", "range_verbs", "division_verbs", "list_verbs"),
    "DRIVES": ("verbs",),
    "IMPLEMENTS": ("verbs",),
}
#: marks that may stand between a cue word and the entity it introduces (包括“A”)
_OPENERS = "“‘「『《\"' "


def relation_cues(lexicon: Lexicon) -> dict[str, tuple[str, ...]]:
    """The cue words of each relation of :data:`CUE_KINDS` (two characters or more: a
    one-character word opens too many names), longest first."""
    out = {}
    for relation, kinds in CUE_KINDS.items():
        words = {w for k in kinds for w in lexicon.cues(relation, k) if len(w) >= 2}
        out[relation] = tuple(sorted(words, key=len, reverse=True))
    return out


def without_cue_aliases(ent: Ent, sim: str, cues: tuple[str, ...]) -> Ent:
    """``ent`` without the aliases that open with the cue word standing right before it in
    ``sim`` (one of ``cues``); ``ent`` itself when none does."""
    if not ent.aliases or not cues or ent.start <= 0:
        return ent
    before = sim[max(0, ent.start - 12):ent.start].rstrip(_OPENERS)
    cue = next((w for w in cues if before.endswith(w)), None)
    if cue is None or not any(a.startswith(cue) for a in ent.aliases):
        return ent
    return replace(ent, aliases=tuple(a for a in ent.aliases if not a.startswith(cue)))
