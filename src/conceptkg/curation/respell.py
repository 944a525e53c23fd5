"""One spelling for a node however its documents were built: the names of one node that differ
only in case, width or quotes (one id: :func:`~conceptkg.graph.models.normalize_name` folds
them) are kept as the name the store saw first and aliases of the later ones, so the order of
builds chose the name and each alias's documents. Entity resolution chooses again from every
spelling, by the rule merged organisations follow (:mod:`.auto_merge`): the one most stored
documents contain, then the shorter, then the first in code-point order (among the spellings
some stored document gives: not the one a removed document alone gave, even if the texts left
contain it); and it gives each other spelling the documents it was seen in, whichever spelling
the store kept."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from ..graph.knowledge_graph import KnowledgeGraph
from ..graph.models import Node, normalize_name

if TYPE_CHECKING:
    from .ops import Changes

__all__ = ["preferred_name", "respell", "respell_as", "respellable", "spellings"]

log = logging.getLogger(__name__)


def spellings(name: str, aliases: Iterable[str]) -> list[str]:
    """``name`` and those of ``aliases`` spelt differently that normalize to it, sorted."""
    key = normalize_name(name)
    return sorted({name, *(a for a in aliases if normalize_name(a) == key)})


def respellable(name: str, aliases: Iterable[str]) -> bool:
    """Whether a node of ``name`` and ``aliases`` has another spelling of its name."""
    return len(spellings(name, aliases)) > 1


def respell(kg: KnowledgeGraph, ch: Changes, naming: Callable[[str], int],
            pinned: Iterable[str] = ()) -> list[tuple[str, str]]:
    """Give every node of ``kg`` with several spellings of its name the one stored documents
    prefer (``naming``: how many contain a name) and each other spelling the documents it was
    seen in (:func:`respell_as`).
    A spelling in ``pinned`` (what a user's ``curate rename`` chose) is kept where it is one.
    Returns (old name, new name) of the nodes renamed."""
    chosen = {normalize_name(p): p for p in pinned}
    done = []
    for node in [n for n in kg.nodes() if respellable(n.name, n.aliases)]:
        old = node.name
        user_spelling = chosen.get(normalize_name(node.name))
        if user_spelling is not None and user_spelling in spellings(node.name, node.aliases):
            if user_spelling != node.name:
                continue  # (the user's rename respells it, and says so)
            changed = respell_as(node, user_spelling)  # (the user's spelling kept)
        else:
            changed = _respell(node, naming)
        if changed:
            ch.nodes.add(node.id)
        if node.name != old:
            done.append((old, node.name))
            log.debug("respelt %s as %s", old, node.name)
    return done


def preferred_name(names: Iterable[str], naming: Callable[[str], int]) -> str:
    """The name of ``names`` a node (or a body merged from several) keeps: the one most stored
    documents contain (``naming``), then the shorter, then the first in code-point order."""
    return min(names, key=lambda x: (-naming(x), len(x), x))


def _respell(node: Node, naming: Callable[[str], int]) -> bool:
    names = spellings(node.name, node.aliases)
    if node.counts and not set(node.counts) - set().union(
            *(node.alias_docs.get(s, ()) for s in names if s != node.name)):
        # no document left gives the name it has (a remove took them away): the documents
        # that contain it may write it, but their extraction gave another spelling; a build of
        # them would not have it
        names = [s for s in names if s != node.name]
    return respell_as(node, preferred_name(names, naming))


def respell_as(node: Node, best: str) -> bool:
    """Name ``node`` ``best`` (a spelling of its name: same normalized name); its other
    spellings become aliases, each with the documents it was seen in: an alias's recorded
    documents, and for the name it had, the node's other documents (a document names a node
    by one spelling: its extraction keeps the first). Whether anything changed."""
    names = spellings(node.name, [*node.aliases, best])
    node_docs = set(node.counts)
    others = [s for s in names if s != node.name]
    seen = {s: set(node.alias_docs.get(s, ())) for s in others}
    seen[node.name] = node_docs - set().union(*seen.values())
    alias_docs = {a: ds for a, ds in node.alias_docs.items() if a not in names}
    alias_docs.update({s: sorted(seen[s]) for s in names if s != best and seen[s]})
    # (a spelling no document has any more, after a remove, is no alias: as in a build
    # without the removed documents)
    gone = {s for s in names if not seen[s]} if node_docs else set()
    aliases = sorted({*node.aliases, node.name} - {best} - gone)
    if (best, aliases, alias_docs) == (node.name, list(node.aliases), node.alias_docs):
        return False
    node.name, node.aliases = best, aliases
    node.alias_docs = dict(sorted(alias_docs.items()))
    return True
