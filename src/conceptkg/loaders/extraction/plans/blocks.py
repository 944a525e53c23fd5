"""The numbered task blocks of a plan, in one place.

A plan's numbered task (``（三）实施X工程。…全面实施“Y”三年行动。…牵头单位：甲局``) opens a
*block* that the units lines after it close. Three readers take part:

- the project rules (``rules/projects.py``) open and close the block at numbered items and
  units lines, and give the units lines their targets;
- the IMPLEMENTS component (``implements/cue_implements.py``) adds to the open block the programmes
  its subjectless clauses set up (:func:`block_programme`, :func:`is_block_clause`);
- the pipeline (``extract.py``) creates one :class:`TaskBlock` per document and hands the same
  object to both (``SentenceRules.block``, ``DocState.block``), and decides who issues a plan
  that names no units (:func:`plan_issuers`).

The programmes a block's clauses *launch* (``开展“Y”专项行动``) are read by ``plans/launched.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...lexicon import Lexicon
from ..arguments.phrases import Ent
from ..words.tokens import Tok

if TYPE_CHECKING:
    from ..arguments.finder import ArgumentFinder
    from ..discourse.context import SentenceContext

__all__ = ["TaskBlock", "block_programme", "is_block_clause", "office_place", "plan_issuers",
           "start_after_de", "title_tail_after_de"]


@dataclass
class TaskBlock:
    """The numbered task block of a plan that is open: what the units lines that close it
    carry out."""

    #: the programme the block's title names (实施X工程 → X工程)
    project: Ent | None = None
    #: a numbered task that names no programme (开展X全覆盖): a project only for the units
    #: line that closes its block
    task: Ent | None = None
    #: the programmes the block's subjectless clauses set up (全面实施“Y”三年行动: added by
    #: the IMPLEMENTS component); None outside a block
    programmes: list[Ent] | None = None
    #: programmes launched in the block (开展“Y”专项行动: ``plans/launched.py``)
    launched: tuple[Ent, ...] = ()
    #: where the open block's item starts
    start: int = 0
    #: a units line was read (牵头单位 and 配合单位 may stand on lines of their own)
    units_seen: bool = False

    @property
    def is_open(self) -> bool:
        return self.programmes is not None

    def open(self) -> None:
        """A numbered item starts a new block."""
        self.programmes = []

    def close(self) -> None:
        self.programmes = None

    def add(self, o: Ent) -> None:
        """Add a programme of the open block (once per name)."""
        assert self.programmes is not None
        if all(o.name != b.name for b in self.programmes):
            self.programmes.append(o)


def start_after_de(sim: str, s: int, e: int) -> int:
    """Where the name after the last 的 of ``sim[s:e]`` starts (设立规模N亿元的X基金 → X基金);
    0 when there is no 的."""
    return sim.rfind("的", s, e) + 1


def title_tail_after_de(title: Ent | None, named: list[Ent]) -> Ent | None:
    """The programme of ``named`` that a title holding 的 ends with (设立规模N亿元的X基金 and
    X基金: the title names X基金), or None."""
    if title is None or "的" not in title.name:
        return None
    return next((n for n in named if title.name.endswith(n.name)), None)


def is_block_clause(toks: list[Tok], q: int) -> bool:
    """A clause of a plan's task that opens with time words only before its verb ``q``
    (年内建成X, 全年举办Y; 每季度召开X: a frequency is a time word)."""
    return all(t.tag in ("t", "m", "q") or (t.text[0] == "每" and len(t.text) > 1)
               for t in toks[:q]) and q > 0


def block_programme(ctx: SentenceContext, o: Ent, block_count: re.Pattern[str]
                    ) -> Ent | None:
    """What an object of a subjectless clause inside a task block names as the block's
    programme, or None: the name after the last 的 or after a count (召开一次X会议:
    ``block_count``), typed by its head; an initiative that ends in no particle, adverb or
    verb, and is no chain (A—B), list (A、B) nor head after 等 (A等H)."""
    cut = start_after_de(ctx.sim, o.start, o.end)
    count = block_count.match(ctx.sim, o.start, o.end)
    if cut == 0 and count is not None and o.end - count.end() >= 3:
        cut = count.end()  # 召开一次X会议: the count is no part of the name
    if cut > 0:
        found = ctx.args.entity(cut, o.end, "cue_implements")
        if found is None:
            return None
        o = found
    if o.type == "Initiative" and \
            ctx.tokens((o.start, o.end))[-1].tag not in ("p", "l", "d", "v") and \
            not any(c in o.name for c in "—、") and ctx.sim[o.start - 1:o.start] != "等":
        return o
    return None


def _assigns_units(sim: str, lexicon: Lexicon) -> bool:
    """Whether a plan names units for its tasks anywhere (``responsibility_markers`` words,
    ``（A牵头，B负责）`` boxes)."""
    return any(w in sim for w in lexicon.cues("IMPLEMENTS", "responsibility_markers")) or \
        lexicon.regex("units_box").search(sim) is not None


def plan_issuers(sim: str, lexicon: Lexicon, title_actor: Ent | None, titled: bool,
                 main: str | None) -> tuple[Ent | None, bool]:
    """Who issues the plan, for two readers with different gates (``titled``: the title line
    gave an edge):

    - the body that carries out the programmes the numbered task titles name
      (``ProjectRules.issuer``, rule ``implements_issuer``): the title's actor of a plan that
      names no units anywhere, unless it is an office (``office_issuer``: it issues on its
      government's behalf);
    - whether the document's own organisation (``main``) issues it, a body by its suffix
      (``issuer_body_suffixes``), so that its subjectless launching clauses outside a task
      block are its programmes (``DocState.issuer``, rule ``cue_implements_issuer``).
    """
    if not titled or title_actor is None:
        return None, False
    block_issuer = title_actor if not _assigns_units(sim, lexicon) and \
        not lexicon.regex("office_issuer").search(title_actor.name) else None
    launches = bool(main) and title_actor.name == main and \
        main.endswith(tuple(lexicon.list("issuer_body_suffixes")))
    return block_issuer, launches


def office_place(sim: str, lexicon: Lexicon, title_actor: Ent | None, issued: Ent | None,
                 args: ArgumentFinder, with_units: bool = False) -> Ent | None:
    """The place whose measures a government's office issues (甲省人民政府办公厅关于印发甲省X
    若干措施的通知 → 甲省): the office issues them on the place's behalf, and the programmes the
    measures set up in subjectless clauses are the place's (its government's). None unless
    the title's actor is an office (``office_issuer``), the issued text's name opens with a
    place of a level of ``place_levels`` and the text names no units for its tasks (any text,
    ``with_units``)."""
    if title_actor is None or issued is None or \
            not lexicon.regex("office_issuer").search(title_actor.name) or \
            issued.start < title_actor.end or (not with_units and _assigns_units(sim, lexicon)):
        return None  # (甲省人民政府办公厅关于X的若干措施: the office's own measures; a text
        # that names units for its tasks: they carry them out)
    levels = tuple(lexicon.list("place_levels"))
    governments = tuple(lexicon.list("issuer_body_suffixes"))
    for n in (2, 3, 4, 5):
        s, e = issued.start, issued.start + n
        name = sim[s:e]
        own = title_actor.name.startswith(tuple(name + g for g in governments))
        if title_actor.name.startswith(name) and not own:
            continue  # (甲区乙局办公室 … 《甲区X计划》: a department's office, not the place's)
        if name.endswith(levels) and (
                (args.is_place(s, e) and args.organisation(s, e)) or
                (with_units and own)):
            # (甲区人民政府办公室 … 《甲区X计划》: the office of the place's government names it)
            return Ent(name, "Organization", s, e, "office_place")
    return None
