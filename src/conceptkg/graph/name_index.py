"""The index behind :meth:`KnowledgeGraph.find`: node ids by normalized name and alias.

The graph updates it as nodes are added, merged and removed; a node renamed or given aliases
in place (curation assigns ``node.name`` and ``node.aliases``) is caught by
:func:`~conceptkg.graph.models.names_version`: after it moved, the next look-up compares each
node's names with those it was indexed under and indexes the changed ones again."""

from __future__ import annotations

from collections.abc import Iterable

from .models import Node, names_version, normalize_name

__all__ = ["NameIndex"]


class NameIndex:
    def __init__(self) -> None:
        self._ids: dict[str, set[str]] = {}  # normalized name -> node ids
        self._names: dict[str, tuple[str, tuple[str, ...], frozenset[str]]] = {}  # id -> names
        self._version = names_version()

    def add(self, node: Node) -> None:
        """Index ``node`` under its current name and aliases (again, when it was)."""
        names = (node.name, tuple(node.aliases))
        old = self._names.get(node.id)
        if old is not None and old[:2] == names:
            return
        keys = frozenset(normalize_name(x) for x in (node.name, *node.aliases))
        if old is not None:
            self._drop_keys(node.id, old[2] - keys)
        for key in keys:
            self._ids.setdefault(key, set()).add(node.id)
        self._names[node.id] = (*names, keys)

    def remove(self, node_id: str) -> None:
        old = self._names.pop(node_id, None)
        if old is not None:
            self._drop_keys(node_id, old[2])

    def _drop_keys(self, node_id: str, keys: Iterable[str]) -> None:
        for key in keys:
            ids = self._ids.get(key)
            if ids is not None:
                ids.discard(node_id)
                if not ids:
                    del self._ids[key]

    def ids(self, name: str, nodes: Iterable[Node]) -> list[str]:
        """The ids of the nodes named or aliased ``name`` (normalized), sorted; ``nodes``: every
        node of the graph, read only when a name was assigned since the last look-up."""
        version = names_version()
        if version != self._version:
            for node in nodes:
                self.add(node)
            self._version = version
        return sorted(self._ids.get(normalize_name(name), ()))
