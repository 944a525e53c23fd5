"""Words that open no node's name: a verb that launches or finishes a thing (``实施甲行动``,
``推出乙专线``, ``投产丙基地一期项目``), a count or a share of things (``一套丁小程序``,
``两家戊支行``, ``部分己设施``), the scope of a body (``全省庚平台``, ``公司辛产品``) or a
function word (``了``, ``还有``) that a finder left at the start of a phrase it read as a name.

Whatever finder made the name (a heading read as a chunk, a facility or a list item), the node
is the thing without the word, and the whole phrase is its alias; a node of the same type and
name elsewhere in the document is then the same node. The words are ``node_name_leads`` in the
language data; names the lexicon, a title or a quotation gives keep all their words."""

from __future__ import annotations

from dataclasses import replace

from .mentions.mention_types import Ent

__all__ = ["KEPT_RULES", "MIN_REST", "strip_name_lead"]

#: the rules whose names are given, not read: the lexicon, titles and quoted names
KEPT_RULES = frozenset({"lexicon", "book_title", "document_title", "quoted_name",
                        "project_title", "org_name", "cue_org", "responsible_unit"})
#: the fewest characters a name keeps once its lead is gone
MIN_REST = 3
#: the node types a lead is taken from (an organisation's name is read by its own finders)
TYPES = frozenset({"Initiative", "Concept", "Factor"})


def strip_name_lead(ent: Ent, leads: tuple[str, ...]) -> Ent:
    """``ent`` without a lead word of ``leads`` (longest first) at the start of its name, the
    whole name kept as an alias; ``ent`` itself when no lead opens it or too little is left."""
    if ent.type not in TYPES or ent.rule in KEPT_RULES or not leads:
        return ent
    name = ent.name
    if not name.startswith(leads):  # (most names: one test in C, no word by word search)
        return ent
    lead = next((w for w in leads if name.startswith(w)), None)
    if lead is None or len(name) - len(lead) < MIN_REST:
        return ent
    start = ent.start + len(lead) if ent.end - ent.start == len(name) else ent.start
    return replace(ent, name=name[len(lead):], start=start, aliases=(*ent.aliases, name))
