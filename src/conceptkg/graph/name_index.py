"""The index behind :meth:`KnowledgeGraph.find`: node ids by normalized name and alias.

The graph updates it as nodes are added, merged and removed; a node renamed or given aliases
in place (curation assigns ``node.name`` and ``node.aliases``) is caught by
:func:`~conceptkg.graph.models.names_version`: after it moved, the next look-up compares each
node's names with those it was indexed under and indexes the changed ones again. An indexed
node's aliases are a :class:`TrackedNames` (a list that moves the version on when changed in
place, ``node.aliases.append(...)``), so such a change is caught the same way."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, SupportsIndex

from .models import Node, names_changed, names_version, normalize_name

__all__ = ["NameIndex", "TrackedNames"]


def _tracked(method: Callable[..., Any]) -> Callable[..., Any]:
    def changed(self: list[str], *args: Any, **kwargs: Any) -> Any:
        names_changed()
        return method(self, *args, **kwargs)

    changed.__name__ = method.__name__
    changed.__doc__ = method.__doc__
    return changed


class TrackedNames(list[str]):
    """A node's aliases while the node is in a graph: a plain list to its readers (equal to
    one, serialized as one) whose every change in place moves
    :func:`~conceptkg.graph.models.names_version` on, so the graph's index looks again."""

    append = _tracked(list.append)
    extend = _tracked(list.extend)
    insert = _tracked(list.insert)
    remove = _tracked(list.remove)
    pop = _tracked(list.pop)
    clear = _tracked(list.clear)
    sort = _tracked(list.sort)
    reverse = _tracked(list.reverse)
    __setitem__ = _tracked(list.__setitem__)
    __delitem__ = _tracked(list.__delitem__)

    def __iadd__(self, other: Iterable[str]) -> TrackedNames:  # type: ignore[override,misc]
        names_changed()
        self.extend(other)
        return self

    def __imul__(self, n: SupportsIndex) -> TrackedNames:
        names_changed()
        return super().__imul__(n)

    def __reduce__(self) -> tuple[Any, ...]:  # (a copy or a pickle is a plain list again)
        return (list, (list(self),))


class NameIndex:
    def __init__(self) -> None:
        self._ids: dict[str, set[str]] = {}  # normalized name -> node ids
        self._names: dict[str, tuple[str, tuple[str, ...], frozenset[str]]] = {}  # id -> names
        self._version = names_version()

    def add(self, node: Node) -> None:
        """Index ``node`` under its current name and aliases (again, when it was); its
        aliases become a :class:`TrackedNames`."""
        if type(node.aliases) is not TrackedNames:
            node.__dict__["aliases"] = TrackedNames(node.aliases)
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
