"""The place behind a plan's section headings: a plan that a government's office issues on its
place's behalf (``甲区人民政府办公室关于印发《甲区X行动计划》的通知``,
``plans.blocks.office_place``) and that groups its numbered tasks under section headings naming
programmes (``（一）实施X提升行动``: a heading line that opens with a word of
``issuer_launch_verbs`` after its numbering and names an initiative) — the place carries out each
such section programme, while the units named under the tasks carry out the tasks. A heading
without such a verb (``（二）X提升行动``, ``（三）加快Y建设``) gives no edge.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...lexicon import Lexicon
from ...reading.sentences import Sentence
from ..arguments.finder import ArgumentFinder
from ..arguments.phrases import Ent
from ..plans.blocks import office_place
from ..rules.common import Found

__all__ = ["section_programmes"]


def section_programmes(sents: Sequence[Sentence], sim: str, lexicon: Lexicon,
                       args: ArgumentFinder, title_actor: Ent | None, issued: Ent | None,
                       headings: Sequence[tuple[Ent, int]]) -> list[tuple[Found, int]]:
    """(place IMPLEMENTS programme, sentence index) for each programme heading of a section
    (see the module)."""
    if not headings:
        return []
    place = office_place(sim, lexicon, title_actor, issued, args, with_units=True)
    if place is None:
        return []
    numbering = lexicon.regex("section_opening")
    verbs = tuple(lexicon.list("issuer_launch_verbs"))
    out: list[tuple[Found, int]] = []
    for ent, k in headings:
        st = sents[k]
        m = numbering.match(sim, st.start, st.end)
        if m is None or not sim.startswith(verbs, m.end()) or ent.start < m.end():
            continue
        out.append((Found(place, "IMPLEMENTS", ent, "heading_issuer"), k))
    return out
